"""The parts of progress reporting that need no chat: [reports] and [[kpis]] in a program file
(validated, errors naming the file and the key), answers as values, the arithmetic of totals,
and the chart's fonts (Mongolian Cyrillic and Japanese drawn as glyphs, not boxes)."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.charts import FONTS, MatplotlibPainter
from bot.core.charts import Panel
from bot.core.kpis import (
    BadAnswer,
    Kpi,
    Reports,
    TeamReport,
    parse_answer,
    program_total,
    reporting_of,
    running_value,
)
from bot.programs import ProgramFileError, load_program_file

PROGRAM = """
id = "dxcup-2025"
time_zone = "Asia/Tokyo"
name = "DXCUP 2025"

[reports]
dates = [2025-05-01, 2025-06-01T09:00:00]
deadline_days = 7
reminder_hours = [24]
help = "help"

[[kpis]]
id = "customers"
name = { mn = "Хэрэглэгч", ja = "顧客", en = "Customers" }
type = "count"
target = 40

[[kpis]]
id = "raised"
name = { mn = "Санхүүжилт", ja = "資金", en = "Raised" }
type = "money"
currency = "JPY"
cumulative = true

[[kpis]]
id = "help"
name = { mn = "Дэмжлэг", ja = "支援", en = "Help" }
type = "text"
"""


def load(tmp_path: Path, text: str = PROGRAM) -> object:
    path = tmp_path / "dxcup.toml"
    path.write_text(text, encoding="utf-8")
    return load_program_file(path)


def test_the_plan_is_read_back_from_the_settings(tmp_path: Path) -> None:
    spec = load(tmp_path)
    plan = reporting_of(spec.settings)  # type: ignore[attr-defined]
    assert plan is not None
    assert [
        (p.key, p.opens_at.astimezone(UTC), p.closes_at.astimezone(UTC)) for p in plan.periods
    ] == [
        (
            "2025-05-01",
            datetime(2025, 5, 1, 1, 0, tzinfo=UTC),
            datetime(2025, 5, 8, 1, 0, tzinfo=UTC),
        ),
        (
            "2025-06-01",
            datetime(2025, 6, 1, 0, 0, tzinfo=UTC),
            datetime(2025, 6, 8, 0, 0, tzinfo=UTC),
        ),
    ]
    assert plan.reminder_hours == (24,)
    assert plan.help_key == "help"
    assert [(k.key, k.type, k.cumulative, k.currency, k.target) for k in plan.kpis] == [
        ("customers", "count", False, None, 40),
        ("raised", "money", True, "JPY", None),
        ("help", "text", False, None, None),
    ]


def test_the_shipped_program_asks_monthly_from_september_to_february() -> None:
    spec = load_program_file("programs/mics-2024.toml")
    plan = reporting_of(spec.settings)
    assert plan is not None
    assert [p.key for p in plan.periods] == [
        "2024-09-25",
        "2024-10-25",
        "2024-11-25",
        "2024-12-25",
        "2025-01-25",
        "2025-02-25",
    ]
    assert [k.key for k in plan.kpis] == [
        "foreign-markets",
        "jp-partners",
        "mn-partners",
        "customers",
        "funding",
        "jobs",
        "progress",
        "help-needed",
    ]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            ('type = "count"', 'type = "number"'),
            "kpis[0].type: one of count, money, percent, yes_no, text",
        ),
        (
            ('currency = "JPY"\n', ""),
            "kpis[1].currency: an amount needs a currency code, such as USD",
        ),
        (("target = 40", 'target = "many"'), "kpis[0].target: a number of 0 or more"),
        (('id = "help"\nname', 'id = "customers"\nname'), "kpis: the id 'customers' is used twice"),
        (('ja = "顧客", ', ""), "kpis[0].name: give a text for each of mn, ja, en"),
        (
            ("deadline_days = 7", "deadline_days = 40"),
            "reports.deadline_days: a period must close before the next one opens",
        ),
        (
            ("reminder_hours = [24]", "reminder_hours = [200]"),
            "reports.reminder_hours: whole hours before the close, each less than the period",
        ),
        (
            ("dates = [2025-05-01, 2025-06-01T09:00:00]", "dates = [2025-06-01, 2025-05-01]"),
            "reports.dates: the dates must be in order",
        ),
        (
            ("dates = [2025-05-01, 2025-06-01T09:00:00]", "monthly_day = 31"),
            "reports.monthly_day: a day of the month from 1 to 28",
        ),
        (
            ('help = "help"', 'help = "customers"'),
            "reports.help: no text indicator has the id 'customers'",
        ),
        (
            ("deadline_days = 7", 'teams = "selected"'),
            'reports.teams: "all", or "selected:ROUND" with the id of a round',
        ),
        (
            ("deadline_days = 7", 'teams = "selected:final"'),
            "reports.teams: no [[rounds]] has the id 'final'",
        ),
        (("[reports]", "[report]"), "reports: [[kpis]] need a [reports] table"),
        (("cumulative = true", "cumulative = true\ncolour = 3"), "kpis[1]: unknown key 'colour'"),
    ],
)
def test_a_bad_plan_names_the_file_and_the_key(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    with pytest.raises(ProgramFileError) as error:
        load(tmp_path, PROGRAM.replace(*change))
    assert str(error.value).startswith(f"{tmp_path / 'dxcup.toml'}: {problem}")


COUNT = Kpi("n", {"en": "n"}, "count")
MONEY = Kpi("m", {"en": "m"}, "money", cumulative=True, currency="USD")
PERCENT = Kpi("p", {"en": "p"}, "percent")
YES_NO = Kpi("y", {"en": "y"}, "yes_no")


@pytest.mark.parametrize(
    ("kpi", "typed", "value"),
    [
        (COUNT, "12", 12),
        (COUNT, "+3", 3),
        (COUNT, "１２", 12),
        (COUNT, "1,200", 1200),
        (COUNT, "1 200", 1200),
        (MONEY, "$12,500.50", 12500.5),
        (MONEY, "12500 USD", 12500),
        (PERCENT, "40%", 40.0),
        (YES_NO, "はい", True),
        (YES_NO, "үгүй", False),
    ],
)
def test_answers_people_type(kpi: Kpi, typed: str, value: object) -> None:
    assert parse_answer(kpi, typed) == value


@pytest.mark.parametrize(
    ("kpi", "typed", "error"),
    [
        (COUNT, "three", "progress-error-count"),
        (COUNT, "2.5", "progress-error-count"),
        (COUNT, "-1", "progress-error-count"),
        (COUNT, "NaN", "progress-error-count"),
        (COUNT, "1e30", "progress-error-too-big"),
        (MONEY, "12.345", "progress-error-money"),
        (PERCENT, "140", "progress-error-percent"),
        (YES_NO, "maybe", "progress-error-yes-no"),
    ],
)
def test_answers_that_are_refused(kpi: Kpi, typed: str, error: str) -> None:
    with pytest.raises(BadAnswer) as refused:
        parse_answer(kpi, typed)
    assert refused.value.args == (error,)


def test_totals_sum_cumulative_values_and_carry_levels() -> None:
    reports = Reports(
        [
            TeamReport(1, "a", {"n": 3, "m": 100, "p": 20.0, "y": True}),
            TeamReport(1, "b", {"n": 5, "m": 50}),
            TeamReport(2, "a", {"n": 1, "m": 10, "p": 60.0, "y": False}),
        ]
    )
    assert running_value(MONEY, reports, 1, ["a", "b"]) == 150
    assert running_value(COUNT, reports, 2, ["a", "b"]) == 1  # carried from period a
    assert program_total(COUNT, reports, [1, 2, 3], ["a", "b"]) == 6
    assert program_total(MONEY, reports, [1, 2, 3], ["a", "b"]) == 160
    assert program_total(MONEY, reports, [1, 2, 3], ["a"]) == 110
    assert program_total(PERCENT, reports, [1, 2, 3], ["a"]) == 40.0
    assert program_total(YES_NO, reports, [1, 2, 3], ["a", "b"]) == 1


def ink(text: str, fonts: list[str]) -> np.ndarray:
    """The dark pixels of ``text`` drawn at 24 pt, cropped to where there is ink."""
    figure = Figure(figsize=(1.2, 0.6), dpi=100)
    figure.text(0.1, 0.3, text, fontsize=24, family=fonts)
    canvas = FigureCanvasAgg(figure)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # matplotlib warns of the missing glyph we draw on purpose
        canvas.draw()
    dark = np.asarray(canvas.buffer_rgba())[:, :, 0] < 128
    rows, columns = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    return dark[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1]


def looks_like_box(text: str, fonts: list[str]) -> bool:
    """Drawn as the missing-glyph box: the same size (to a pixel) and about as much ink as a
    character no font has (anti-aliasing moves the box's outline by a pixel)."""
    drawn, box = ink(text, fonts), ink(MISSING, fonts)
    same_size = all(abs(a - b) <= 1 for a, b in zip(drawn.shape, box.shape, strict=True))
    return same_size and abs(int(drawn.sum()) - int(box.sum())) <= 0.1 * box.sum()


MISSING = "\ue000"  # a private-use character no font draws: the missing-glyph box


@pytest.mark.parametrize("text", ["Ө", "Ү", "日", "進"])
def test_mongolian_and_japanese_letters_are_drawn_not_boxes(text: str) -> None:
    assert not looks_like_box(text, FONTS)


def test_the_comparison_sees_a_box() -> None:
    """Without the Japanese font, 日 is DejaVu Sans's box: the test above can fail."""
    assert looks_like_box("日", ["DejaVu Sans"])
    assert not looks_like_box("Ө", ["DejaVu Sans"])


def test_the_chart_is_a_png_of_three_panels_a_row() -> None:
    panel = Panel("Гадаад зах зээл / 海外市場", ["2024-11-25", "2024-12-25"], [("Nar", [1, 2])])
    data = MatplotlibPainter().png([panel] * 4)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1200, 660)


def test_a_team_keeps_its_colour_in_every_panel_and_the_legend_names_every_team() -> None:
    """Each panel lists its teams highest first, so the order differs from panel to panel; the
    legend under the chart is shared, so a team's colour must not depend on its place."""
    first = Panel("Markets", ["2024-11-25"], [("Nar", [2]), ("Sakura", [1])])
    second = Panel("Pilots", ["2024-11-25"], [("Sakura", [5]), ("Gobi", [3]), ("Nar", [1])])
    figure = MatplotlibPainter().figure([first, second])
    colours = [
        {bars.get_label(): bars.patches[0].get_facecolor() for bars in axes.containers}
        for axes in figure.axes
    ]
    assert colours[1]["Nar"] == colours[0]["Nar"]
    assert colours[1]["Sakura"] == colours[0]["Sakura"]
    assert len({colours[1]["Nar"], colours[1]["Sakura"], colours[1]["Gobi"]}) == 3
    [legend] = figure.legends
    assert [text.get_text() for text in legend.get_texts()] == ["Nar", "Sakura", "Gobi"]
