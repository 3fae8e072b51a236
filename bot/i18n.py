"""The translator: Fluent messages from ``locales/``, dates and numbers by Babel.

fluent.runtime hides formatting errors (a missing message renders as its id). Here every
error is logged, and a strict translator, used by the tests, raises instead.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, get_timezone_location
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Junk

from bot.core.messages import (
    ArgValue,
    ClockLabel,
    LanguageNames,
    LocalTime,
    Msg,
    Text,
    Verbatim,
    ZoneName,
)

log = logging.getLogger(__name__)

FALLBACK_LOCALE = "en"


class TranslationError(LookupError):
    pass


PLACEABLE_LIMIT = 1000
"""The longest value fluent.runtime puts into a placeable."""


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

    def render(self, text: Text, locale: str, tz: ZoneInfo, now: datetime | None = None) -> str:
        """``text`` in ``locale`` with times in ``tz``; ``now`` (the bot's clock) decides which
        dates are in the reader's current year."""
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
        shown = bundle.locales[0]
        args = {name: self._arg(value, shown, tz, now) for name, value in text.args.items()}
        # Fluent refuses a placeable longer than 1,000 characters (a long list of lines, a
        # question someone typed): such a value goes in as a marker and replaces it after.
        long_values: dict[str, str] = {}
        for index, (name, value) in enumerate(args.items()):
            if isinstance(value, str) and len(value) > PLACEABLE_LIMIT:
                marker = f"\ue000{index}\ue001"
                long_values[marker], args[name] = value, marker
        result, errors = bundle.format_pattern(pattern, args)
        if errors:
            self._fail(f"message {text.id!r} in {locale!r}: {errors}")
        rendered = str(result)
        for marker, value in long_values.items():
            rendered = rendered.replace(marker, value)
        return rendered

    def _arg(self, value: ArgValue, locale: str, tz: ZoneInfo, now: datetime | None) -> Any:
        if isinstance(value, Msg | Verbatim):
            return self.render(value, locale, tz, now)
        if isinstance(value, list):
            return "\n".join(self.render(item, locale, tz, now) for item in value)
        if isinstance(value, datetime):
            value = LocalTime(value)
        if isinstance(value, LocalTime):
            return self.local_time(value, locale, tz, now)
        if isinstance(value, date):
            return self._day(value, locale, now.astimezone(tz).date() if now else None)
        if isinstance(value, timedelta):
            return self.render(duration_message(value), locale, tz, now)
        if isinstance(value, ZoneName):
            return self.zone_name(ZoneInfo(value.key), locale, now)
        if isinstance(value, LanguageNames):
            return self.language_names(value.codes, locale)
        if isinstance(value, ClockLabel):
            return self.clock_label(tz, locale, now or datetime.now(UTC))
        if value is None:
            return ""
        return value

    # Dates, times and zones. Every pattern is a message in core.ftl; Babel (CLDR) gives the
    # month and day names, the weekdays and the cities of the zones.

    def local_time(
        self, value: LocalTime, locale: str, tz: ZoneInfo, now: datetime | None = None
    ) -> str:
        """``value`` on the reader's clock ``tz``; labelled with whose clock when the place of
        the moment is on another one, and with ``both`` also on the place's clock."""
        today = (now or datetime.now(UTC)).astimezone(tz).date()
        if not isinstance(value.at, datetime):
            return self._day(value.at, locale, today, short=value.style == "short-date")
        at = value.at.astimezone(tz)
        shown = self._moment(at, value.style, locale, today)
        if value.place is None:
            return shown
        place = ZoneInfo(value.place)
        there = value.at.astimezone(place)
        if there.utcoffset() == at.utcoffset():
            return shown
        here = self._plain(
            "time-in-zone", locale, time=shown, zone=self.clock_label(tz, locale, at)
        )
        if not value.both:
            return here
        style = "time" if there.date() == at.date() and value.style != "date" else value.style
        there_text = self._plain(
            "time-in-zone",
            locale,
            time=self._moment(there, style, locale, today),
            zone=self.clock_label(place, locale, there),
        )
        return self._plain("time-in-two-zones", locale, first=here, second=there_text)

    def _moment(self, at: datetime, style: str, locale: str, today: date) -> str:
        clock = at.strftime("%H:%M")
        if style == "time":
            return clock
        day = self._day(at.date(), locale, today, short=style in ("short", "short-date"))
        if style in ("date", "short-date"):
            return day
        pattern = "datetime-short" if style == "short" else "datetime-full"
        return self._plain(pattern, locale, date=day, time=clock)

    def _day(self, day: date, locale: str, today: date | None, short: bool = False) -> str:
        """A date; the message decides whether a date of the current year shows the year."""
        if short:
            weekday = format_date(day, "EEE", locale=locale)
            return self._plain(
                "date-short", locale, month=str(day.month), day=str(day.day), weekday=weekday
            )
        this_year = today is not None and day.year == today.year
        return self._plain(
            "date-full",
            locale,
            this_year="yes" if this_year else "no",
            month_day=_cldr(format_skeleton("MMMd", day, locale=locale)),
            full_date=_cldr(format_skeleton("yMMMd", day, locale=locale)),
            weekday=format_date(day, "EEE", locale=locale),
        )

    def clock_label(self, tz: ZoneInfo, locale: str, at: datetime) -> str:
        """Whose clock a time is on: «УБ цагаар», 「日本時間」, or the offset for other zones."""
        message = ZONE_CLOCKS.get(tz.key)
        if message is not None:
            return self._plain(message, locale)
        return self._plain("zone-clock-offset", locale, offset=utc_offset(tz, at))

    def zone_name(self, tz: ZoneInfo, locale: str, now: datetime | None = None) -> str:
        """A zone as its city and offset: «Улаанбаатар (UTC+8)», 「東京（UTC+9）」."""
        offset = utc_offset(tz, now or datetime.now(UTC))
        if tz.key in UTC_KEYS:
            return self._plain("zone-name-utc", locale)
        city = get_timezone_location(tz, locale=locale, return_city=True)
        return self._plain("zone-name", locale, city=city, offset=offset)

    def language_names(self, codes: tuple[str, ...], locale: str) -> str:
        """«монгол, япон», 「モンゴル語・日本語」: the names, never the codes."""
        names = [
            self._plain(f"language-name-{code}", locale)
            if self.has(f"language-name-{code}", locale)
            else get_language_name(code, locale) or code
            for code in codes
        ]
        return self._plain("language-list-separator", locale).join(names)

    def _plain(self, message_id: str, locale: str, **args: str) -> str:
        return self.render(Msg(message_id, args), locale, ZoneInfo("UTC"))

    def _fail(self, problem: str) -> None:
        if self.strict:
            raise TranslationError(problem)
        log.error("translation: %s", problem)


ZONE_CLOCKS = {"Asia/Ulaanbaatar": "zone-clock-ulaanbaatar", "Asia/Tokyo": "zone-clock-tokyo"}
"""Zones with a label of their own; any other is labelled by its offset."""
UTC_KEYS = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT"})


def utc_offset(tz: ZoneInfo, at: datetime) -> str:
    """``+8``, ``+9``, ``+5:30``, ``-3``, ``+0``: the zone's offset at ``at``."""
    delta = at.astimezone(tz).utcoffset() or timedelta(0)
    minutes = int(delta.total_seconds() // 60)
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{hours}:{rest:02d}" if rest else f"{sign}{hours}"


def _cldr(text: str) -> str:
    """CLDR's Mongolian patterns put a narrow no-break space (U+202F) after the year."""
    return text.replace("\u202f", " ")


def duration_message(delta: timedelta) -> Msg:
    """``2 days 4 hours``, ``3 hours 20 minutes``, ``1 day`` or ``5 minutes``: the two largest
    units, and never a unit that is zero."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        if hours:
            return Msg("duration-days-hours", {"days": days, "hours": hours})
        return Msg("duration-days", {"days": days})
    if hours:
        if minutes:
            return Msg("duration-hours-minutes", {"hours": hours, "minutes": minutes})
        return Msg("duration-hours", {"hours": hours})
    return Msg("duration-minutes", {"minutes": minutes})


def get_language_name(code: str, locale: str) -> str | None:
    """CLDR's name of a language no message names (a mentor may speak one we do not ship)."""
    try:
        return Locale.parse(locale).languages.get(code)
    except (UnknownLocaleError, ValueError):
        return None
