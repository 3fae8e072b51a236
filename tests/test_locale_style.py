"""The style rules of locales/GLOSSARY.md that a machine can check, on the files themselves:
no Mongolian case ending glued onto a placeholder, Japanese punctuation full-width in Japanese
text, every button label within Messenger's 20 characters, and dates, durations, zone and
language names as bot/i18n.py formats them."""

from __future__ import annotations

import ast
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast

from bot.core.messages import ArgValue, LanguageNames, LocalTime, Msg, ZoneName
from bot.core.settings import PROJECT_ROOT, SHIPPED_PROGRAM
from bot.i18n import FluentTranslator
from bot.programs import load_program_file

LOCALES = ("mn", "ja", "en")
BUTTON_LIMIT = 20
"""Messenger shows at most 20 characters of a quick reply or postback title."""

NOW = datetime(2024, 11, 18, 1, 0, tzinfo=UTC)
UB, TOKYO = ZoneInfo("Asia/Ulaanbaatar"), ZoneInfo("Asia/Tokyo")


def label_length(text: str) -> int:
    """Characters as Messenger counts them: UTF-16 code units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def messages(source: str) -> list[fluent_ast.Message]:
    resource = FluentParser().parse(source)
    return [entry for entry in resource.body if isinstance(entry, fluent_ast.Message)]


def ftl_files(locale: str) -> list[Path]:
    return sorted((PROJECT_ROOT / "locales" / locale).glob("*.ftl"))


# --- Mongolian: no case ending glued onto a placeholder ---------------------------------

_GLUED = re.compile(r"^[-\u0400-\u04ff]")


def _patterns(node: object) -> list[fluent_ast.Pattern]:
    found: list[fluent_ast.Pattern] = []
    if isinstance(node, fluent_ast.Pattern):
        found.append(node)
        for element in node.elements:
            if isinstance(element, fluent_ast.Placeable):
                found += _patterns(element.expression)
    elif isinstance(node, fluent_ast.SelectExpression):
        for variant in node.variants:
            found += _patterns(variant.value)
    elif isinstance(node, fluent_ast.Message) and node.value is not None:
        found += _patterns(node.value)
    return found


def glued_endings(source: str) -> list[str]:
    """``id: text`` of every placeable followed at once by a hyphen or a Cyrillic letter."""
    offenders = []
    for message in messages(source):
        for pattern in _patterns(message):
            pairs = zip(pattern.elements, pattern.elements[1:], strict=False)
            for element, after in pairs:
                if (
                    isinstance(element, fluent_ast.Placeable)
                    and isinstance(after, fluent_ast.TextElement)
                    and _GLUED.match(after.value)
                ):
                    offenders.append(f"{message.id.name}: {after.value[:20]!r}")
    return offenders


def test_no_mongolian_message_glues_an_ending_onto_a_placeholder() -> None:
    found = {path.name: glued_endings(path.read_text("utf-8")) for path in ftl_files("mn")}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_ending_check_catches_hyphens_letters_and_selectors() -> None:
    source = (
        "a = { $name }-г хуваарилах\n"
        "b = { $program }д тавтай\n"
        "c = { $n ->\n    [one] { $stage }ийн\n   *[other] x\n}\n"
        "d = { $name } менторт, { $at } цагт, хувилбар { $v }.\n"
    )
    assert glued_endings(source) == ["a: '-г хуваарилах'", "b: 'д тавтай'", "c: 'ийн'"]


# --- Japanese: full-width ?:() in Japanese text ----------------------------------------

_HALF_WIDTH = "?:()"
_PLACEABLE = re.compile(r"\{[^{}]*\}")


def half_width_in_japanese(source: str) -> list[str]:
    """``id: context`` of each half-width ``?:()`` that is not inside ASCII (``15:00``,
    ``https://``, ``HH:MM``); a placeable counts as Japanese text."""
    offenders = []
    for message in messages(source):
        for pattern in _patterns(message):
            text = "".join(
                e.value if isinstance(e, fluent_ast.TextElement) else "〇" for e in pattern.elements
            )
            text = _PLACEABLE.sub("〇", text)
            for i, char in enumerate(text):
                if char not in _HALF_WIDTH:
                    continue
                before = text[i - 1] if i else " "
                after = text[i + 1] if i + 1 < len(text) else " "
                if not (before.isascii() and after.isascii() and " " not in before + after):
                    offenders.append(f"{message.id.name}: {text[max(0, i - 6) : i + 6]!r}")
    return offenders


def test_japanese_text_uses_full_width_punctuation() -> None:
    found = {path.name: half_width_in_japanese(path.read_text("utf-8")) for path in ftl_files("ja")}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_punctuation_check_allows_ascii_and_catches_the_rest() -> None:
    source = (
        "a = 2024-11-21 15:00 のように入力（https://…）\n"
        "b = 誰に送りますか?\n"
        "c = 件数: { $n }\n"
        "d = 自分だけ(テスト)\n"
    )
    assert half_width_in_japanese(source) == [
        "b: 'に送りますか?'",
        "c: '件数: 〇'",
        "d: '自分だけ(テスト)'",
        "d: 'だけ(テスト)'",
    ]


# --- Buttons: every label fits 20 characters with realistic arguments -------------------

PERSON = "Батбаярын Ганхуяг Бо"  # 20 characters
TEAM = "Green Gobi Water"  # 16: the teams' own names of MICS 2024 are shorter
assert len(PERSON) == 20


def _msg_id(node: ast.AST) -> list[str]:
    """The id of a ``Msg("id", …)`` call, or ``prefix-*`` for ``Msg(f"prefix-{x}")``; its
    arguments (nested messages) are not labels."""
    if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Msg"):
        return []
    first = node.args[0] if node.args else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return [first.value]
    if isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
        return [f"{first.values[0].value}*"]
    return []


def button_label_ids() -> set[str]:
    """Every message a handler uses as a button label: the label of ``Button(...)``, the
    first of a ``(label, value)`` choice, a menu item; labels built apart are named here."""
    found: set[str] = {"button-back", "button-cancel", "teams-filter-button"}
    for path in sorted((PROJECT_ROOT / "handlers").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Button":
                found.update(_msg_id(node.args[0]) if node.args else [])
            elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
                found.update(_msg_id(node.elts[0]))
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "menu_item":
                first = node.args[0]
                if isinstance(first, ast.Constant):
                    found.add(first.value)
    return found


NOT_LABELS = {"language-set"}
"""Messages that share the prefix of an f-string label (``language-{code}``) but are not one."""


def _expand(ids: set[str], translator: FluentTranslator) -> set[str]:
    every = translator.message_ids("en") - NOT_LABELS
    return {
        message_id
        for pattern in ids
        for message_id in every
        if message_id == pattern or (pattern.endswith("*") and message_id.startswith(pattern[:-1]))
    }


def realistic_arguments(message_id: str, locale: str) -> list[dict[str, ArgValue]]:
    """Each set of arguments the label can be shown with, at their longest."""
    program = load_program_file(SHIPPED_PROGRAM)
    stage = max((s.names[locale] for s in program.stages), key=len)
    when = datetime(2024, 11, 20, 5, 30, tzinfo=UTC)
    base: dict[str, ArgValue] = {
        "name": TEAM if message_id == "teams-button-team" else PERSON,
        "team": TEAM,
        "stage": stage,
        "at": LocalTime(when, "short"),
        "starts": LocalTime(when, "short"),
        "length": timedelta(minutes=90),
        "n": 5,
        "number": 128,
        "version": 12,
        "size": 8,
    }
    if message_id == "reminder-toggle":
        return [
            {"category": Msg(f"reminder-category-{c}"), "state": s}
            for c in ("deadline", "event", "agenda")
            for s in ("on", "off")
        ]
    if message_id == "mentor-language-toggle":
        return [
            {"language": Msg(f"mentor-language-{code}"), "state": s}
            for code in LOCALES
            for s in ("on", "off")
        ]
    if message_id in ("eventday-button-coming", "eventday-button-no", "eventday-button-online"):
        return [{"chosen": chosen} for chosen in ("yes", "no")]
    if message_id == "match-button-need":
        return [
            {"need": Msg(f"match-need-{need}"), "chosen": chosen}
            for need in ("technology", "investment", "dist-japan", "dist-mongolia", "pilot")
            for chosen in ("yes", "no")
        ]
    if message_id == "eventday-button-rating":
        return [{"rating": n} for n in range(1, 6)]
    if message_id == "teams-filter-button":
        return [
            {**base, "status": Msg(f"teams-filter-mark-{s}")}
            for s in ("on_time", "late", "missing")
        ]
    return [base]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_button_label_fits_with_realistic_arguments(
    translator: FluentTranslator, locale: str
) -> None:
    ids = _expand(button_label_ids(), translator)
    assert len(ids) > 80  # the discovery found the handlers' buttons
    too_long = {}
    for message_id in sorted(ids):
        for args in realistic_arguments(message_id, locale):
            label = translator.render(Msg(message_id, args), locale, UB, NOW)
            if label_length(label) > BUTTON_LIMIT:
                too_long[message_id] = label
    assert too_long == {}


# --- Dates, times, durations, zones and languages, as bot/i18n.py formats them ----------


def shown(translator: FluentTranslator, value: ArgValue, locale: str, tz: ZoneInfo) -> str:
    return translator.render(Msg("schedule-when", {"starts": value}), locale, tz, NOW)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "mn",
            ["11-р сарын 20 (Лх) 13:30", "2025 оны 1-р сарын 31 (Ба) 18:00", "11/20 (Лх) 13:30"],
        ),
        ("ja", ["2024年11月20日（水）13:30", "2025年1月31日（金）18:00", "11/20（水）13:30"]),
        ("en", ["Wed, Nov 20, 2024 13:30", "Fri, Jan 31, 2025 18:00", "Wed 11/20 13:30"]),
    ],
)
def test_dates_in_the_current_year_another_year_and_on_buttons(
    translator: FluentTranslator, locale: str, expected: list[str]
) -> None:
    interim = datetime(2024, 11, 20, 5, 30, tzinfo=UTC)
    final = datetime(2025, 1, 31, 10, 0, tzinfo=UTC)
    assert [
        shown(translator, interim, locale, UB),
        shown(translator, final, locale, UB),
        shown(translator, LocalTime(interim, "short"), locale, UB),
    ] == expected


def test_mongolian_dates_have_no_stray_dot_narrow_space_or_roman_month(
    translator: FluentTranslator,
) -> None:
    texts = [
        shown(translator, LocalTime(datetime(2024, m, 3, 4, tzinfo=UTC), style), "mn", UB)
        for m in range(1, 13)
        for style in ("datetime", "date", "short", "short-date")
    ]
    assert [t for t in texts if re.search(r"\. |\u202f|\b[IVX]+\b", t)] == []


def test_an_all_day_date_stays_its_own_day_in_every_zone(translator: FluentTranslator) -> None:
    day = LocalTime(date(2024, 8, 5), "date")
    assert [shown(translator, day, locale, TOKYO) for locale in LOCALES] == [
        "8-р сарын 5 (Да)",
        "2024年8月5日（月）",
        "Mon, Aug 5, 2024",
    ]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("mn", ["9 цаг", "1 хоног", "1 цаг 30 минут", "2 хоног 4 цаг", "5 минут"]),
        ("ja", ["9時間", "1日", "1時間30分", "2日4時間", "5分"]),
        ("en", ["9 hours", "1 day", "1 hour 30 minutes", "2 days 4 hours", "5 minutes"]),
    ],
)
def test_durations_drop_a_zero_unit(
    translator: FluentTranslator, locale: str, expected: list[str]
) -> None:
    lengths = [
        timedelta(hours=9),
        timedelta(days=1, minutes=20),
        timedelta(minutes=90),
        timedelta(days=2, hours=4),
        timedelta(minutes=5),
    ]
    assert [shown(translator, length, locale, UB) for length in lengths] == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "mn",
            [
                "13:30",
                "14:30 (Токиогийн цагаар)",
                "14:30 (Токиогийн цагаар) / 13:30 (УБ цагаар)",
                "06:30 (UTC+1 цагаар) / 14:30 (Токиогийн цагаар)",
            ],
        ),
        (
            "ja",
            [
                "13:30",
                "14:30（日本時間）",
                "14:30（日本時間）／13:30（モンゴル時間）",
                "06:30（UTC+1）／14:30（日本時間）",
            ],
        ),
        (
            "en",
            [
                "13:30",
                "14:30 (Tokyo time)",
                "14:30 (Tokyo time) / 13:30 (Ulaanbaatar time)",
                "06:30 (UTC+1) / 14:30 (Tokyo time)",
            ],
        ),
    ],
)
def test_a_time_says_whose_clock_when_the_place_is_on_another(
    translator: FluentTranslator, locale: str, expected: list[str]
) -> None:
    at = datetime(2024, 11, 20, 5, 30, tzinfo=UTC)
    berlin = ZoneInfo("Europe/Berlin")
    assert [
        shown(translator, LocalTime(at, "time", place="Asia/Ulaanbaatar"), locale, UB),
        shown(translator, LocalTime(at, "time", place="Asia/Ulaanbaatar"), locale, TOKYO),
        shown(translator, LocalTime(at, "time", "Asia/Ulaanbaatar", both=True), locale, TOKYO),
        shown(translator, LocalTime(at, "time", "Asia/Tokyo", both=True), locale, berlin),
    ] == expected


def test_a_second_time_on_another_day_shows_its_date(translator: FluentTranslator) -> None:
    late = datetime(2024, 11, 20, 15, 30, tzinfo=UTC)  # 23:30 in Ulaanbaatar, 00:30 in Tokyo
    assert shown(translator, LocalTime(late, place="Asia/Tokyo", both=True), "mn", UB) == (
        "11-р сарын 20 (Лх) 23:30 (УБ цагаар) / 11-р сарын 21 (Пү) 00:30 (Токиогийн цагаар)"
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("mn", ["Улаанбаатар (UTC+8)", "Токио (UTC+9)", "Калькутта (UTC+5:30)", "монгол, япон"]),
        (
            "ja",
            [
                "ウランバートル（UTC+8）",
                "東京（UTC+9）",
                "コルカタ（UTC+5:30）",
                "モンゴル語・日本語",
            ],
        ),
        (
            "en",
            ["Ulaanbaatar (UTC+8)", "Tokyo (UTC+9)", "Kolkata (UTC+5:30)", "Mongolian, Japanese"],
        ),
    ],
)
def test_zones_are_cities_with_offsets_and_languages_are_names(
    translator: FluentTranslator, locale: str, expected: list[str]
) -> None:
    values: list[ArgValue] = [
        ZoneName("Asia/Ulaanbaatar"),
        ZoneName("Asia/Tokyo"),
        ZoneName("Asia/Kolkata"),
        LanguageNames(("mn", "ja")),
    ]
    assert [shown(translator, value, locale, UB) for value in values] == expected
