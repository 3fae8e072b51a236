"""The translator: Fluent messages from ``locales/``, dates and numbers by Babel.

fluent.runtime hides formatting errors (a missing message renders as its id). Here every
error is logged, and a strict translator, used by the tests, raises instead.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Junk

from bot.core.messages import ArgValue, LocalTime, Msg, Text, Verbatim

log = logging.getLogger(__name__)

FALLBACK_LOCALE = "en"


class TranslationError(LookupError):
    pass


class FluentTranslator:
    def __init__(
        self, locales_dir: Path, locales: tuple[str, ...] = ("mn", "ja", "en"), strict: bool = False
    ):
        self.locales = locales
        self.strict = strict
        self.bundles: dict[str, FluentBundle] = {}
        for locale in locales:
            bundle = FluentBundle([locale], use_isolating=False)
            for path in sorted((locales_dir / locale).glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                junk = [entry for entry in resource.body if isinstance(entry, Junk)]
                if junk:
                    raise TranslationError(f"{path}: cannot parse {(junk[0].content or '')[:60]!r}")
                bundle.add_resource(resource)
            self.bundles[locale] = bundle

    def message_ids(self, locale: str) -> set[str]:
        return set(self.bundles[locale]._messages)

    def has(self, message_id: str, locale: str = FALLBACK_LOCALE) -> bool:
        return self.bundles[locale].has_message(message_id)

    def render(self, text: Text, locale: str, tz: ZoneInfo) -> str:
        if isinstance(text, Verbatim):
            return text.text
        bundle = self.bundles.get(locale) or self.bundles[FALLBACK_LOCALE]
        if not bundle.has_message(text.id):
            self._fail(f"message {text.id!r} is missing in {locale!r}")
            bundle = self.bundles[FALLBACK_LOCALE]
            if not bundle.has_message(text.id):
                return text.id
        pattern = bundle.get_message(text.id).value
        if pattern is None:
            self._fail(f"message {text.id!r} has no value")
            return text.id
        args = {name: self._arg(value, bundle.locales[0], tz) for name, value in text.args.items()}
        result, errors = bundle.format_pattern(pattern, args)
        if errors:
            self._fail(f"message {text.id!r} in {locale!r}: {errors}")
        return str(result)

    def _arg(self, value: ArgValue, locale: str, tz: ZoneInfo) -> Any:
        if isinstance(value, Msg | Verbatim):
            return self.render(value, locale, tz)
        if isinstance(value, list):
            return "\n".join(self.render(item, locale, tz) for item in value)
        if isinstance(value, datetime):
            value = LocalTime(value)
        if isinstance(value, LocalTime):
            return format_local_time(value, locale, tz)
        if isinstance(value, date):
            return format_skeleton("yMMMEd", value, locale=locale)
        if isinstance(value, timedelta):
            return self.render(duration_message(value), locale, tz)
        if value is None:
            return ""
        return value

    def _fail(self, problem: str) -> None:
        if self.strict:
            raise TranslationError(problem)
        log.error("translation: %s", problem)


def format_local_time(value: LocalTime, locale: str, tz: ZoneInfo) -> str:
    at = value.at.astimezone(tz)
    clock = at.strftime("%H:%M")
    if value.style == "time":
        return clock
    day = format_skeleton("yMMMEd", at, locale=locale)
    return day if value.style == "date" else f"{day} {clock}"


def duration_message(delta: timedelta) -> Msg:
    """``2 days 4 hours``, ``3 hours 20 minutes`` or ``5 minutes``: the two largest units."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return Msg("duration-days-hours", {"days": days, "hours": hours})
    if hours:
        return Msg("duration-hours-minutes", {"hours": hours, "minutes": minutes})
    return Msg("duration-minutes", {"minutes": minutes})
