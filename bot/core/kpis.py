"""Progress reports as a program file declares them: the indicators (``[[kpis]]``) and the
reporting cadence (``[reports]``), validated on load and kept in the program's settings.

The loader (``bot/programs.py``) calls ``parse_progress`` with the whole TOML document; it
returns the two keys in a JSON-ready form (``settings["kpis"]``, ``settings["reports"]``) or
raises ``ValueError`` naming the key. Features read them back with ``reporting_of``.

A *period* is one ask: it opens at a cadence instant and closes ``deadline_days`` later; its
key is the ask's date in the program's zone (``2024-12-25``). A cumulative indicator is asked
as what is new in the period (partnerships signed since the last report) and summed over
periods; a level is the state at the period (users this month).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

LANGUAGES = ("mn", "ja", "en")
KPI_TYPES = ("count", "money", "percent", "yes_no", "text")
NUMERIC = ("count", "money", "percent")
TEAM_CHOICES = ("all",)
"""Every team of the program that is neither archived nor out of it (a published selection
round did not select it)."""
SELECTED_IN = "selected:"
"""``selected:ROUND``: only the teams the round (its id in the file) selected, once its results
are published (before, no team reports), and of those the ones not out of the program."""
MAX_KPIS = 12
"""Each indicator is one step of the form; more would tire any team lead."""
MAX_PERIODS = 60
MAX_TEXT = 1000
MAX_NUMBER = Decimal(10) ** 12
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
DEFAULT_AT = time(10, 0)


@dataclass(frozen=True)
class Kpi:
    key: str
    names: dict[str, str]
    type: str
    cumulative: bool = False
    currency: str | None = None
    target: float | None = None

    @property
    def numeric(self) -> bool:
        return self.type in NUMERIC

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names["en"]


@dataclass(frozen=True)
class Period:
    key: str
    opens_at: datetime
    closes_at: datetime

    def is_open(self, now: datetime) -> bool:
        return self.opens_at <= now < self.closes_at


@dataclass(frozen=True)
class Reporting:
    """A program's reporting plan: its periods, who reports, when late reporters are
    reminded (hours before the close), and the indicators asked."""

    periods: tuple[Period, ...]
    teams: str
    """``all`` or ``selected:ROUND`` (``TEAM_CHOICES``, ``SELECTED_IN``)."""
    reminder_hours: tuple[int, ...]
    kpis: tuple[Kpi, ...]
    help_key: str | None = None
    """A text indicator whose answer the organizers are told of (help needed from JICA)."""

    def kpi(self, key: str) -> Kpi | None:
        return next((k for k in self.kpis if k.key == key), None)

    def period(self, key: str) -> Period | None:
        return next((p for p in self.periods if p.key == key), None)

    def current(self, now: datetime) -> Period | None:
        """The latest period that has opened by ``now`` (open or closed)."""
        started = [p for p in self.periods if p.opens_at <= now]
        return started[-1] if started else None

    def upcoming(self, now: datetime) -> Period | None:
        return next((p for p in self.periods if p.opens_at > now), None)

    @property
    def selected_in(self) -> str | None:
        """The round whose selected teams report, when the plan names one."""
        return self.teams[len(SELECTED_IN) :] if self.teams.startswith(SELECTED_IN) else None

    def started(self, now: datetime) -> list[Period]:
        return [p for p in self.periods if p.opens_at <= now]


# --- the program file ---------------------------------------------------------------------


def parse_progress(doc: Mapping[str, Any], tz: ZoneInfo) -> dict[str, Any]:
    """``{"kpis": [...], "reports": {...}}`` for the settings, or ``{}`` when the file has
    neither key. ``ValueError`` names the key (``reports.day: …``)."""
    if "kpis" not in doc and "reports" not in doc:
        return {}
    if "reports" not in doc:
        raise ValueError("reports: [[kpis]] need a [reports] table (when teams report)")
    raw_kpis = doc.get("kpis", [])
    if not isinstance(raw_kpis, list) or any(not isinstance(k, dict) for k in raw_kpis):
        raise ValueError("kpis: expected an array of tables, [[kpis]]")
    if not 1 <= len(raw_kpis) <= MAX_KPIS:
        raise ValueError(f"kpis: give 1 to {MAX_KPIS} [[kpis]]")
    kpis = [_kpi(entry, f"kpis[{i}]") for i, entry in enumerate(raw_kpis)]
    keys = [k["id"] for k in kpis]
    for key in keys:
        if keys.count(key) > 1:
            raise ValueError(f"kpis: the id {key!r} is used twice")
    reports = doc["reports"]
    if not isinstance(reports, dict):
        raise ValueError("reports: expected a table, [reports]")
    plan = _reports(reports, tz)
    if plan["teams"].startswith(SELECTED_IN):
        rounds = doc.get("rounds", [])
        wanted = plan["teams"][len(SELECTED_IN) :]
        if not isinstance(rounds, list) or not any(
            isinstance(r, dict) and r.get("id") == wanted for r in rounds
        ):
            raise ValueError(f"reports.teams: no [[rounds]] has the id {wanted!r}")
    help_key = plan["help"]
    if help_key is not None and not any(k["id"] == help_key and k["type"] == "text" for k in kpis):
        raise ValueError(f"reports.help: no text indicator has the id {help_key!r}")
    return {"kpis": kpis, "reports": plan}


def _kpi(entry: dict[str, Any], where: str) -> dict[str, Any]:
    key = entry.get("id")
    if not isinstance(key, str) or not KEY_RE.match(key):
        raise ValueError(f"{where}.id: 1-32 of a-z, 0-9 and -, starting with a letter or digit")
    kind = entry.get("type")
    if kind not in KPI_TYPES:
        raise ValueError(f"{where}.type: one of {', '.join(KPI_TYPES)}")
    names = entry.get("name")
    if not isinstance(names, dict) or any(
        not isinstance(names.get(lang), str) or not names[lang].strip() for lang in LANGUAGES
    ):
        raise ValueError(f"{where}.name: give a text for each of {', '.join(LANGUAGES)}")
    cumulative = entry.get("cumulative", False)
    if not isinstance(cumulative, bool):
        raise ValueError(f"{where}.cumulative: true or false")
    if cumulative and kind not in ("count", "money"):
        raise ValueError(f"{where}.cumulative: only a count or an amount adds up over periods")
    currency = entry.get("currency")
    if kind == "money":
        if not isinstance(currency, str) or not CURRENCY_RE.match(currency):
            raise ValueError(f"{where}.currency: an amount needs a currency code, such as USD")
    elif currency is not None:
        raise ValueError(f"{where}.currency: only an amount (type money) has a currency")
    target = entry.get("target")
    if target is not None:
        if kind not in NUMERIC:
            raise ValueError(f"{where}.target: only a count, an amount or a percent has a target")
        if isinstance(target, bool) or not isinstance(target, int | float) or target < 0:
            raise ValueError(f"{where}.target: a number of 0 or more")
        if kind == "percent" and target > 100:
            raise ValueError(f"{where}.target: a percent is at most 100")
    unknown = set(entry) - {"id", "type", "name", "cumulative", "currency", "target"}
    if unknown:
        raise ValueError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    return {
        "id": key,
        "type": kind,
        "name": {lang: names[lang].strip() for lang in LANGUAGES},
        "cumulative": cumulative,
        "currency": currency,
        "target": target,
    }


def _reports(entry: dict[str, Any], tz: ZoneInfo) -> dict[str, Any]:
    at = entry.get("at", DEFAULT_AT)
    if not isinstance(at, time):
        raise ValueError("reports.at: a time of day, such as 10:00:00")
    if "dates" in entry and "monthly_day" in entry:
        raise ValueError("reports: give either dates or monthly_day, not both")
    if "dates" in entry:
        dates = entry["dates"]
        if not isinstance(dates, list) or not dates:
            raise ValueError("reports.dates: a list of dates, such as [2024-12-25, 2025-01-25]")
        asks = [_ask(value, at, tz, f"reports.dates[{i}]") for i, value in enumerate(dates)]
    elif "monthly_day" in entry:
        asks = _monthly(entry, at, tz)
    else:
        raise ValueError("reports: give the ask dates (dates = [...]) or monthly_day")
    if len(asks) > MAX_PERIODS:
        raise ValueError(f"reports: at most {MAX_PERIODS} periods")
    if any(b <= a for a, b in itertools.pairwise(asks)):
        raise ValueError("reports.dates: the dates must be in order, each after the one before")
    days = entry.get("deadline_days", 5)
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError("reports.deadline_days: a whole number of days, at least 1")
    closes = [ask + timedelta(days=days) for ask in asks]
    if any(close > ask for close, ask in zip(closes, asks[1:], strict=False)):
        raise ValueError("reports.deadline_days: a period must close before the next one opens")
    hours = entry.get("reminder_hours", [48, 2])
    if (
        not isinstance(hours, list)
        or any(isinstance(h, bool) or not isinstance(h, int) for h in hours)
        or any(not 0 < h < days * 24 for h in hours)
    ):
        raise ValueError(
            "reports.reminder_hours: whole hours before the close, each less than the period"
        )
    teams = entry.get("teams", "all")
    if not isinstance(teams, str) or (
        teams not in TEAM_CHOICES and not (teams.startswith(SELECTED_IN) and len(teams) > 9)
    ):
        raise ValueError('reports.teams: "all", or "selected:ROUND" with the id of a round')
    help_key = entry.get("help")
    if help_key is not None and not isinstance(help_key, str):
        raise ValueError("reports.help: the id of a text indicator")
    unknown = set(entry) - {
        "help",
        "at",
        "dates",
        "monthly_day",
        "first",
        "last",
        "deadline_days",
        "reminder_hours",
        "teams",
    }
    if unknown:
        raise ValueError(f"reports: unknown key {sorted(unknown)[0]!r}")
    return {
        "periods": [
            {
                "key": ask.astimezone(tz).date().isoformat(),
                "opens": ask.isoformat(),
                "closes": close.isoformat(),
            }
            for ask, close in zip(asks, closes, strict=True)
        ],
        "teams": teams,
        "reminder_hours": sorted(set(hours), reverse=True),
        "help": help_key,
    }


def _ask(value: Any, at: time, tz: ZoneInfo, where: str) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    if isinstance(value, date):
        return datetime.combine(value, at, tzinfo=tz)
    raise ValueError(f"{where}: a date (2024-12-25) or a date-time")


def _monthly(entry: dict[str, Any], at: time, tz: ZoneInfo) -> list[datetime]:
    day = entry["monthly_day"]
    if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 28:
        raise ValueError("reports.monthly_day: a day of the month from 1 to 28")
    first, last = entry.get("first"), entry.get("last")
    for name, value in (("first", first), ("last", last)):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValueError(f"reports.{name}: a date, such as 2024-12-25")
    assert isinstance(first, date) and isinstance(last, date)
    if last < first:
        raise ValueError("reports.last: comes before reports.first")
    asks: list[datetime] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(asks) <= MAX_PERIODS:
        candidate = date(year, month, day)
        if first <= candidate <= last:
            asks.append(datetime.combine(candidate, at, tzinfo=tz))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if not asks:
        raise ValueError("reports.first: no monthly_day falls between first and last")
    return asks


def reporting_of(settings: Mapping[str, Any] | None) -> Reporting | None:
    """The plan stored by ``parse_progress``; ``None`` when the program has none."""
    if not settings or "reports" not in settings or "kpis" not in settings:
        return None
    reports = settings["reports"]
    return Reporting(
        periods=tuple(
            Period(
                p["key"], datetime.fromisoformat(p["opens"]), datetime.fromisoformat(p["closes"])
            )
            for p in reports["periods"]
        ),
        teams=reports["teams"],
        reminder_hours=tuple(reports["reminder_hours"]),
        help_key=reports.get("help"),
        kpis=tuple(
            Kpi(
                key=k["id"],
                names=dict(k["name"]),
                type=k["type"],
                cumulative=bool(k["cumulative"]),
                currency=k.get("currency"),
                target=k.get("target"),
            )
            for k in settings["kpis"]
        ),
    )


# --- answers -----------------------------------------------------------------------------

Value = int | float | bool | str


class BadAnswer(ValueError):
    """An answer that is not a value of the indicator; ``args[0]`` is the Fluent id that says
    what is expected."""


YES = {"yes", "y", "тийм", "はい", "1"}
NO = {"no", "n", "үгүй", "いいえ", "0"}


def parse_answer(kpi: Kpi, typed: str) -> Value:
    """A typed answer as the indicator's value: full-width digits and spaces, thousands
    separators (``1,200``, ``1 200``) and a currency sign are accepted."""
    text = unicodedata.normalize("NFKC", typed).strip()
    if kpi.type == "text":
        if not text:
            raise BadAnswer("progress-error-text-empty")
        if len(text) > MAX_TEXT:
            raise BadAnswer("progress-error-text-long")
        return text
    if kpi.type == "yes_no":
        word = text.casefold()
        if word in YES:
            return True
        if word in NO:
            return False
        raise BadAnswer("progress-error-yes-no")
    cleaned = re.sub(r"[\s,_$¥₮%]", "", text)
    if kpi.currency:
        cleaned = cleaned.removesuffix(kpi.currency).removeprefix(kpi.currency)
    error = f"progress-error-{kpi.type}"
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise BadAnswer(error) from None
    if not number.is_finite() or number < 0:
        raise BadAnswer(error)
    if number > MAX_NUMBER:
        raise BadAnswer("progress-error-too-big")
    if kpi.type == "count":
        if number != number.to_integral_value():
            raise BadAnswer(error)
        return int(number)
    if kpi.type == "percent":
        if number > 100:
            raise BadAnswer(error)
        return float(round(number, 1))
    if number.as_tuple().exponent < -2:  # type: ignore[operator]
        raise BadAnswer(error)
    return _number(float(number))


# --- indicators ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamReport:
    team_id: int
    period_key: str
    values: Mapping[str, Value]


class Reports:
    """A program's reports, indexed by team and period (what the arithmetic below reads)."""

    def __init__(self, reports: Iterable[TeamReport]) -> None:
        self.all = list(reports)
        self.by_team: dict[int, dict[str, Mapping[str, Value]]] = {}
        for report in self.all:
            self.by_team.setdefault(report.team_id, {})[report.period_key] = report.values

    def __iter__(self) -> Iterator[TeamReport]:
        return iter(self.all)

    def of(self, team_id: int, period_key: str) -> Mapping[str, Value] | None:
        return self.by_team.get(team_id, {}).get(period_key)

    def reported(self, period_key: str) -> set[int]:
        return {team for team, own in self.by_team.items() if period_key in own}


def running_value(kpi: Kpi, reports: Reports, team_id: int, periods: Sequence[str]) -> Value | None:
    """A team's value of ``kpi`` as of the last of ``periods`` (in order): a cumulative
    indicator summed over them, a level its latest reported value."""
    own = reports.by_team.get(team_id, {})
    if kpi.cumulative:
        numbers = [
            value
            for p in periods
            if p in own and isinstance(value := own[p].get(kpi.key), int | float)
        ]
        return _number(sum(numbers)) if numbers else None
    for key in reversed(periods):
        value = own[key].get(kpi.key) if key in own else None
        if value is not None:
            return value
    return None


def program_total(
    kpi: Kpi, reports: Reports, team_ids: Sequence[int], periods: Sequence[str]
) -> Value | None:
    """The program's value of ``kpi`` as of the last of ``periods``."""
    return aggregate(kpi, [running_value(kpi, reports, team, periods) for team in team_ids])


def aggregate(kpi: Kpi, values: Iterable[Value | None]) -> Value | None:
    """The teams' values as the program's: the sum (for a count, an amount, and yes/no as the
    number of teams answering yes), the mean over the teams that gave one for a percent,
    nothing for a text."""
    if kpi.type == "text":
        return None
    known = [v for v in values if v is not None]
    if kpi.type == "yes_no":
        return sum(1 for v in known if v is True)
    numbers = [float(v) for v in known if isinstance(v, int | float)]
    if not numbers:
        return None
    if kpi.type == "percent":
        return round(sum(numbers) / len(numbers), 1)
    return _number(sum(numbers))


def running_series(
    kpi: Kpi, reports: Reports, team_id: int, periods: Sequence[str]
) -> list[Value | None]:
    """``running_value`` as of each of ``periods`` (in order), in one pass."""
    own = reports.by_team.get(team_id, {})
    found: list[Value | None] = []
    current: Value | None = None
    for key in periods:
        value = own[key].get(kpi.key) if key in own else None
        if kpi.cumulative:
            if isinstance(value, int | float) and not isinstance(value, bool):
                current = _number((current or 0) + value)  # type: ignore[operator]
        elif value is not None:
            current = value
        found.append(current)
    return found


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)
