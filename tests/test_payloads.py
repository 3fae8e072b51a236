"""Typed button payloads: packed and unpacked exactly, refused when they do not parse."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import pytest

from bot.core.payloads import Payload


class Colour(StrEnum):
    RED = "r"
    BLUE = "b"


@dataclass(frozen=True)
class Sample(Payload, prefix="smp"):
    number: int
    colour: Colour
    flag: bool
    rest: str


@dataclass(frozen=True)
class Optional(Payload, prefix="opt"):
    team: int | None
    n: int | None = None


@dataclass(frozen=True)
class Empty(Payload, prefix="nothing"):
    pass


def test_a_value_packs_and_unpacks_to_itself() -> None:
    value = Sample(12, Colour.BLUE, True, "a:b")
    assert value.pack() == "smp:12:b:1:a:b"
    assert Sample.unpack("smp:12:b:1:a:b") == value
    assert Empty().pack() == "nothing"
    assert Empty.unpack("nothing") == Empty()


def test_none_packs_as_a_dash_and_trailing_defaults_are_left_out() -> None:
    assert Optional(None).pack() == "opt:-"
    assert Optional(3, 4).pack() == "opt:3:4"
    assert Optional(3).pack() == "opt:3"
    assert Optional.unpack("opt:-") == Optional(None)
    assert Optional.unpack("opt:3") == Optional(3, None)
    assert Optional.unpack("opt:3:-") == Optional(3, None)


@pytest.mark.parametrize(
    "payload",
    [
        "smp:12:b:1",  # a field missing
        "smp:x:b:1:z",  # not a number
        "smp:²:b:1:z",  # a digit, but not an ASCII one
        "smp:1234567890123456789:b:1:z",  # does not fit a 64-bit column
        "smp:1:g:1:z",  # not a colour
        "smp:1:b:2:z",  # not a flag
        "smp:1:b:1:",  # empty text
        "other:1:b:1:z",  # another prefix
        "smpx:1:b:1:z",
        "opt",
        "opt:1:2:3",
        "nothing:",
    ],
)
def test_a_payload_that_does_not_parse_unpacks_to_none(payload: str) -> None:
    for cls in (Sample, Optional, Empty):
        assert cls.unpack(payload) is None


def test_a_payload_over_64_bytes_is_refused_when_it_is_built() -> None:
    with pytest.raises(ValueError):
        Sample(1, Colour.RED, False, "x" * 60).pack()


def test_text_with_a_separator_is_refused_except_in_the_last_field() -> None:
    @dataclass(frozen=True)
    class Two(Payload, prefix="two"):
        first: str
        second: str

    assert Two("a", "b:c").pack() == "two:a:b:c"
    with pytest.raises(ValueError):
        Two("a:b", "c").pack()


def test_a_prefix_must_be_short_ascii() -> None:
    with pytest.raises(ValueError):

        @dataclass(frozen=True)
        class Bad(Payload, prefix="Bad:"):
            pass
