"""Typed button payloads: a handler never splits strings.

A payload class is a frozen dataclass with a short ASCII ``prefix`` and typed fields::

    @dataclass(frozen=True)
    class RevokeRole(Payload, prefix="rolerevoke"):
        person: int
        role: Role

``RevokeRole(12, Role.MENTOR).pack()`` is ``"rolerevoke:12:mentor"`` and
``RevokeRole.unpack("rolerevoke:12:mentor")`` gives the value back; a payload that does not
parse (a crafted one, one from an older version of the bot) unpacks to ``None``, and the router
answers it as a button from an old message. Fields may be ``int`` (ASCII digits, at most 18 of
them, so any value fits a 64-bit column), ``bool``, ``str`` (without ``:``, except the last
field, which takes the rest), a ``StrEnum`` or an optional of these (``None`` packs as ``-``;
trailing fields that default to ``None`` are left out when they are ``None``).
A packed payload over 64 bytes (Telegram's limit for ``callback_data``) raises ``ValueError``
when it is built, never when a person presses it. The model is aiogram's ``CallbackData``.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import types
import typing
from typing import Any, ClassVar, Self, Union, get_args, get_origin, get_type_hints

from bot.core.messages import check_payload

SEPARATOR = ":"
NONE = "-"
_INT = re.compile(r"-?[0-9]{1,18}")


def prefix_of(payload: str) -> str:
    """The prefix a packed payload starts with: what the router looks its class up by."""
    return payload.partition(SEPARATOR)[0]


class PayloadError(ValueError):
    """A payload string that is not a value of the class it was unpacked with."""


class Payload:
    prefix: ClassVar[str]
    _codecs: ClassVar[tuple[tuple[str, Any, bool], ...]]
    _required: ClassVar[int]

    def __init_subclass__(cls, prefix: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not re.fullmatch(r"~|[a-z][a-z0-9]{0,15}", prefix):
            raise ValueError(f"{cls.__name__}: prefix must be 1-16 of a-z0-9: {prefix!r}")
        cls.prefix = prefix

    @classmethod
    def _fields(cls) -> tuple[tuple[str, Any, bool], ...]:
        """``(name, type, optional)`` per field, read once from the dataclass."""
        cached = cls.__dict__.get("_codecs")
        if cached is None:
            hints = get_type_hints(cls)
            codecs = []
            for f in dataclasses.fields(cls):  # type: ignore[arg-type]
                kind, optional = _unwrap(hints[f.name])
                if kind not in (int, str, bool) and not (
                    isinstance(kind, type) and issubclass(kind, enum.StrEnum)
                ):
                    raise TypeError(f"{cls.__name__}.{f.name}: unsupported type {kind!r}")
                codecs.append((f.name, kind, optional))
            cached = tuple(codecs)
            cls._codecs = cached
            defaults = [f for f in dataclasses.fields(cls) if f.default is None]  # type: ignore[arg-type]
            cls._required = len(cached) - len(defaults)
        return cached

    def pack(self) -> str:
        fields = self._fields()
        parts = [self.prefix]
        for index, (name, kind, _) in enumerate(fields):
            value = getattr(self, name)
            text = _encode(value)
            if kind is str and value is not None:
                last = index == len(fields) - 1
                if not value or (SEPARATOR in value and not last) or value == NONE:
                    raise ValueError(f"{type(self).__name__}.{name}: cannot pack {value!r}")
            parts.append(text)
        while len(parts) - 1 > self._required and parts[-1] == NONE:
            parts.pop()
        return check_payload(SEPARATOR.join(parts))

    @classmethod
    def unpack(cls, payload: str) -> Self | None:
        """The value ``payload`` packs, or ``None`` when it is not one of this class."""
        try:
            return cls.parse(payload)
        except PayloadError:
            return None

    @classmethod
    def parse(cls, payload: str) -> Self:
        fields = cls._fields()
        head, separator, rest = payload.partition(SEPARATOR)
        if head != cls.prefix:
            raise PayloadError(f"not a {cls.__name__} payload: {payload!r}")
        if not fields:
            if separator:
                raise PayloadError(f"{cls.__name__} has no fields: {payload!r}")
            return cls()
        parts = rest.split(SEPARATOR, len(fields) - 1)
        if not separator or not cls._required <= len(parts) <= len(fields):
            raise PayloadError(f"{cls.__name__}: wrong number of fields in {payload!r}")
        values = {
            name: _decode(part, kind, optional, cls.__name__)
            for (name, kind, optional), part in zip(fields, parts, strict=False)
        }
        return cls(**values)


def _unwrap(hint: Any) -> tuple[Any, bool]:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    if origin is typing.Literal:
        raise TypeError("Literal fields are not supported: use a StrEnum")
    return hint, False


def _encode(value: object) -> str:
    if value is None:
        return NONE
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _decode(text: str, kind: Any, optional: bool, owner: str) -> object:
    if optional and text == NONE:
        return None
    if kind is bool:
        if text not in ("0", "1"):
            raise PayloadError(f"{owner}: not a flag: {text!r}")
        return text == "1"
    if kind is int:
        if not _INT.fullmatch(text):
            raise PayloadError(f"{owner}: not a number: {text!r}")
        return int(text)
    if kind is str:
        if not text:
            raise PayloadError(f"{owner}: empty field")
        return text
    try:
        return kind(text)
    except ValueError as error:
        raise PayloadError(f"{owner}: not a {kind.__name__}: {text!r}") from error
