"""Program files: TOML descriptions of a program's stages, events, selection rounds, helpdesk
FAQ and rules (see docs/program-files.md)."""

from __future__ import annotations

import hashlib
import re
import tomllib
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.kpis import parse_progress
from bot.core.settings import LANGUAGES
from storage.programs import AgendaSpec, EventSpec, ProgramSpec, StageSpec
from storage.selection import CriterionSpec, RoundSpec

LATE_POLICIES = ("reject", "accept_late")
KINDS = ("pdf", "pptx", "link")
FILE_KEYS = {"id", "name", "time_zone", "teams", "stages", "events", "submissions", "rounds"}
"""The keys the loader reads; any other top-level key is kept as a program setting."""
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
KEY_RULE = "1-32 of a-z, 0-9 and -, starting with a letter or digit"
MAX_CRITERIA = 10
"""Each criterion is one step of a judge's scoring; more would tire any judge."""
MAX_SCALE = 10
"""The points of a criterion are buttons: at most 1 to 10."""
FAQ_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
FAQ_QUESTION_MAX = 300
FAQ_ANSWER_MAX = 1500
"""An answer fits one Messenger message (2,000 characters) with the words around it."""
FAQ_MAX_ENTRIES = 100
SUBMISSION_DEFAULTS: dict[str, Any] = {
    "accepts": ["pdf", "pptx"],
    "max_size_mb": 20,
    "late_policy": "reject",
    "reminder_hours": [72, 24, 2],
}


class ProgramFileError(ValueError):
    """A program file that cannot be loaded; the message names the file and the key."""


def load_program_file(path: str | Path) -> ProgramSpec:
    path = Path(path)
    try:
        raw = path.read_bytes()
        document = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ProgramFileError(f"{path}: {error}") from error
    try:
        return parse_program(document, hashlib.sha256(raw).hexdigest())
    except ProgramFileError as error:
        raise ProgramFileError(f"{path}: {error}") from error


PROGRAM_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


def parse_program(doc: dict[str, Any], sha256: str) -> ProgramSpec:
    program_id = _text(doc, "id")
    if not PROGRAM_ID_RE.match(program_id):
        raise ProgramFileError("id: 1-40 of a-z, 0-9 and -, starting with a letter or digit")
    tz_name = _zone(doc.get("time_zone"), "time_zone")
    teams = doc.get("teams", {})
    defaults = {**SUBMISSION_DEFAULTS, **doc.get("submissions", {})}
    stages = [
        _stage(entry, defaults, ZoneInfo(tz_name), f"stages[{i}]")
        for i, entry in enumerate(doc.get("stages", []))
    ]
    events = [
        _event(entry, tz_name, f"events[{i}]") for i, entry in enumerate(doc.get("events", []))
    ]
    _unique([s.key for s in stages], "stages")
    _unique([e.key for e in events], "events")
    try:
        progress = parse_progress(doc, ZoneInfo(tz_name))
    except ValueError as error:
        raise ProgramFileError(str(error)) from error
    rounds = [
        _round(entry, ZoneInfo(tz_name), stages, events, f"rounds[{i}]")
        for i, entry in enumerate(_tables(doc, "rounds", "rounds"))
    ]
    _unique([r.key for r in rounds], "rounds")
    min_size, max_size = int(teams.get("min_size", 1)), int(teams.get("max_size", 6))
    if not 1 <= min_size <= max_size:
        raise ProgramFileError("teams: need 1 <= min_size <= max_size")
    settings = {k: v for k, v in doc.items() if k not in FILE_KEYS}
    if "faq" in doc:
        settings["faq"] = _faq(doc["faq"])
    if "matching" in doc:
        settings["matching"] = _matching(doc["matching"], [r.key for r in rounds])
    return ProgramSpec(
        id=program_id,
        names=_names(doc.get("name"), "name"),
        time_zone=tz_name,
        team_min_size=min_size,
        team_max_size=max_size,
        settings=settings | progress,
        sha256=sha256,
        stages=stages,
        events=sorted(events, key=lambda e: e.starts_at),
        rounds=rounds,
    )


def _stage(entry: dict[str, Any], defaults: dict[str, Any], tz: ZoneInfo, where: str) -> StageSpec:
    rules = {**defaults, **{k: v for k, v in entry.items() if k in SUBMISSION_DEFAULTS}}
    opens = _instant(entry.get("opens"), tz, f"{where}.opens")
    deadline = _instant(entry.get("deadline"), tz, f"{where}.deadline")
    if deadline <= opens:
        raise ProgramFileError(f"{where}: the deadline must come after the opening")
    accepts = [str(kind) for kind in rules["accepts"]]
    if not accepts or any(kind not in KINDS for kind in accepts):
        raise ProgramFileError(f"{where}.accepts: choose from {', '.join(KINDS)}")
    if rules["late_policy"] not in LATE_POLICIES:
        raise ProgramFileError(f"{where}.late_policy: one of {', '.join(LATE_POLICIES)}")
    hours = sorted({int(h) for h in rules["reminder_hours"]}, reverse=True)
    if any(h <= 0 for h in hours):
        raise ProgramFileError(f"{where}.reminder_hours: positive hours before the deadline")
    return StageSpec(
        key=_text(entry, "id", where),
        names=_names(entry.get("name"), f"{where}.name"),
        opens_at=opens,
        deadline_at=deadline,
        accepts=accepts,
        max_size_mb=int(rules["max_size_mb"]),
        late_policy=str(rules["late_policy"]),
        reminder_hours=hours,
    )


def _round(
    entry: dict[str, Any],
    tz: ZoneInfo,
    stages: list[StageSpec],
    events: list[EventSpec],
    where: str,
) -> RoundSpec:
    key = _text(entry, "id", where)
    if not KEY_RE.match(key):
        raise ProgramFileError(f"{where}.id: {KEY_RULE}")
    stage_key = _optional_text(entry, "stage", where)
    if stage_key is not None and stage_key not in {s.key for s in stages}:
        raise ProgramFileError(f"{where}.stage: no stage has the id {stage_key!r}")
    event_key = _optional_text(entry, "event", where)
    if event_key is not None and event_key not in {e.key for e in events}:
        raise ProgramFileError(f"{where}.event: no event has the id {event_key!r}")
    opens = _instant(entry.get("opens"), tz, f"{where}.opens")
    closes = _instant(entry.get("closes"), tz, f"{where}.closes")
    if closes <= opens:
        raise ProgramFileError(f"{where}: judging must close after it opens")
    select = entry.get("select")
    criteria = [
        _criterion(item, f"{where}.criteria[{i}]")
        for i, item in enumerate(_tables(entry, "criteria", f"{where}.criteria"))
    ]
    if not 1 <= len(criteria) <= MAX_CRITERIA:
        raise ProgramFileError(f"{where}.criteria: give 1 to {MAX_CRITERIA} [[rounds.criteria]]")
    _unique([c.key for c in criteria], f"{where}.criteria")
    return RoundSpec(
        key=key,
        names=_names(entry.get("name"), f"{where}.name"),
        stage_key=stage_key,
        event_key=event_key,
        opens_at=opens,
        closes_at=closes,
        judges_per_team=_positive_int(entry.get("judges_per_team", 3), f"{where}.judges_per_team"),
        blind=_flag(entry, "blind", where),
        select_target=None if select is None else _positive_int(select, f"{where}.select"),
        share_feedback=_flag(entry, "share_feedback", where),
        criteria=criteria,
    )


def _criterion(entry: dict[str, Any], where: str) -> CriterionSpec:
    key = _text(entry, "id", where)
    if not KEY_RE.match(key):
        raise ProgramFileError(f"{where}.id: {KEY_RULE}")
    weight = entry.get("weight", 1)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not weight > 0:
        raise ProgramFileError(f"{where}.weight: a positive number is needed")
    scale = entry.get("scale", [1, 5])
    if (
        not isinstance(scale, list)
        or len(scale) != 2
        or any(isinstance(n, bool) or not isinstance(n, int) for n in scale)
        or not 0 <= scale[0] < scale[1] <= MAX_SCALE
    ):
        raise ProgramFileError(
            f"{where}.scale: two whole numbers [low, high], 0 <= low < high <= {MAX_SCALE}"
        )
    return CriterionSpec(
        key=key,
        names=_names(entry.get("name"), f"{where}.name"),
        weight=float(weight),
        low=scale[0],
        high=scale[1],
    )


MATCHING_KEYS = {"publish", "approval"}


def _matching(value: Any, round_keys: list[str]) -> dict[str, Any]:
    """``[matching]``: which teams may publish their project to visitors (``"all"``, or the
    id of a round: the teams selected in it) and whether an organizer approves each one."""
    if not isinstance(value, dict):
        raise ProgramFileError("matching: must be a table")
    unknown = sorted(set(value) - MATCHING_KEYS)
    if unknown:
        raise ProgramFileError(f"matching: unknown keys {', '.join(unknown)}")
    publish = value.get("publish", "all")
    if not isinstance(publish, str) or (publish != "all" and publish not in round_keys):
        choices = ", ".join(['"all"', *(f'"{key}"' for key in round_keys)])
        raise ProgramFileError(f"matching.publish: one of {choices}")
    approval = value.get("approval", False)
    if not isinstance(approval, bool):
        raise ProgramFileError("matching.approval: true or false")
    return {"publish": publish, "approval": approval}


def _tables(doc: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    """An array of tables (``[[key]]``), empty when absent."""
    value = doc.get(key, [])
    if not isinstance(value, list) or any(not isinstance(item, dict) for item in value):
        raise ProgramFileError(f"{where}: expected an array of tables, [[{key}]]")
    return value


def _optional_text(doc: dict[str, Any], key: str, where: str) -> str | None:
    return _text(doc, key, where) if key in doc else None


def _positive_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ProgramFileError(f"{where}: a whole number of at least 1 is needed")
    return value


def _faq(value: Any) -> list[dict[str, Any]]:
    """The helpdesk's FAQ (``[[faq]]``): per entry an ``id``, a ``question`` and an ``answer``
    in every language, and optional extra ``keywords`` per language that the matching of a
    question also counts. Kept as plain values in the program's settings."""
    if not isinstance(value, list) or any(not isinstance(item, dict) for item in value):
        raise ProgramFileError("faq: expected an array of tables, [[faq]]")
    if len(value) > FAQ_MAX_ENTRIES:
        raise ProgramFileError(f"faq: at most {FAQ_MAX_ENTRIES} entries")
    entries: list[dict[str, Any]] = []
    for i, entry in enumerate(value):
        where = f"faq[{i}]"
        key = _text(entry, "id", where)
        if not FAQ_ID_RE.match(key):
            raise ProgramFileError(
                f"{where}.id: 1-40 of a-z, 0-9 and -, starting with a letter or digit"
            )
        unknown = sorted(set(entry) - {"id", "question", "answer", "keywords"})
        if unknown:
            raise ProgramFileError(f"{where}.{unknown[0]}: not a key of an FAQ entry")
        question = _names(entry.get("question"), f"{where}.question")
        answer = _names(entry.get("answer"), f"{where}.answer")
        _longest(question, FAQ_QUESTION_MAX, f"{where}.question")
        _longest(answer, FAQ_ANSWER_MAX, f"{where}.answer")
        entries.append(
            {
                "id": key,
                "question": question,
                "answer": answer,
                "keywords": _keywords(entry.get("keywords", {}), f"{where}.keywords"),
            }
        )
    _unique([e["id"] for e in entries], "faq")
    return entries


def _longest(texts: dict[str, str], limit: int, where: str) -> None:
    for lang, text in texts.items():
        if len(text) > limit:
            raise ProgramFileError(f"{where}.{lang}: at most {limit} characters ({len(text)})")


def _keywords(value: Any, where: str) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ProgramFileError(f'{where}: a table of languages, such as {{ en = ["subsidy"] }}')
    found = {}
    for lang, words in value.items():
        if lang not in LANGUAGES:
            raise ProgramFileError(f"{where}.{lang}: not one of {', '.join(LANGUAGES)}")
        if not isinstance(words, list) or any(
            not isinstance(w, str) or not w.strip() for w in words
        ):
            raise ProgramFileError(f"{where}.{lang}: a list of non-empty strings is needed")
        found[lang] = [w.strip() for w in words]
    return found


def _event(entry: dict[str, Any], program_tz: str, where: str) -> EventSpec:
    tz_name = _zone(entry.get("time_zone", program_tz), f"{where}.time_zone")
    tz = ZoneInfo(tz_name)
    starts_raw = entry.get("starts")
    all_day = isinstance(starts_raw, date) and not isinstance(starts_raw, datetime)
    starts = _instant(starts_raw, tz, f"{where}.starts")
    ends = _instant(entry["ends"], tz, f"{where}.ends") if "ends" in entry else None
    if all_day and ends is None:
        ends = starts + timedelta(days=1)
    if ends is not None and ends < starts:
        raise ProgramFileError(f"{where}: ends before it starts")
    day = starts.astimezone(tz).date()
    agenda = []
    for i, item in enumerate(entry.get("agenda", [])):
        at = f"{where}.agenda[{i}]"
        agenda.append(
            AgendaSpec(
                starts_at=_instant(item.get("starts"), tz, f"{at}.starts", day),
                ends_at=_instant(item["ends"], tz, f"{at}.ends", day) if "ends" in item else None,
                titles=_names(item.get("title"), f"{at}.title"),
            )
        )
    languages = [str(lang) for lang in entry.get("languages", [])]
    rsvp = _flag(entry, "rsvp", where)
    capacity = entry.get("capacity")
    closes = entry.get("rsvp_closes")
    if not rsvp and (capacity is not None or closes is not None):
        raise ProgramFileError(f"{where}: capacity and rsvp_closes need rsvp = true")
    if capacity is not None and (
        not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1
    ):
        raise ProgramFileError(f"{where}.capacity: a whole number of seats, at least 1")
    closes_at = _instant(closes, tz, f"{where}.rsvp_closes") if closes is not None else None
    if closes_at is not None and closes_at > starts:
        raise ProgramFileError(f"{where}.rsvp_closes: at the latest when the event starts")
    return EventSpec(
        key=_text(entry, "id", where),
        names=_names(entry.get("name"), f"{where}.name"),
        venue=_names(entry.get("venue"), f"{where}.venue") if "venue" in entry else {},
        languages=languages,
        time_zone=tz_name,
        starts_at=starts,
        ends_at=ends,
        all_day=all_day,
        agenda=agenda,
        rsvp=rsvp,
        capacity=capacity,
        rsvp_closes_at=closes_at,
        online=_flag(entry, "online", where),
    )


def _flag(entry: dict[str, Any], key: str, where: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise ProgramFileError(f"{where}.{key}: true or false")
    return value


def _instant(value: Any, tz: ZoneInfo, where: str, day: date | None = None) -> datetime:
    """A TOML date-time (offset or local, local read in ``tz``), a date, or a time on ``day``."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    if isinstance(value, date):
        return datetime.combine(value, time(0), tzinfo=tz)
    if isinstance(value, time) and day is not None:
        return datetime.combine(day, value, tzinfo=tz)
    raise ProgramFileError(f"{where}: expected a TOML date-time, such as 2024-11-20T13:30:00+08:00")


def _names(value: Any, where: str) -> dict[str, str]:
    if isinstance(value, str):
        value = {lang: value for lang in LANGUAGES}
    if not isinstance(value, dict) or any(
        not str(value.get(lang, "")).strip() for lang in LANGUAGES
    ):
        raise ProgramFileError(f"{where}: give a text for each of {', '.join(LANGUAGES)}")
    return {lang: str(value[lang]).strip() for lang in LANGUAGES}


def _text(doc: dict[str, Any], key: str, where: str = "") -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ProgramFileError(f"{where + '.' if where else ''}{key}: a non-empty string is needed")
    return value.strip()


def _zone(value: Any, where: str) -> str:
    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ProgramFileError(f"{where}: not a time zone name: {value!r}") from error
    return str(value)


def _unique(keys: list[str], where: str) -> None:
    seen = set()
    for key in keys:
        if key in seen:
            raise ProgramFileError(f"{where}: the id {key!r} is used twice")
        seen.add(key)
