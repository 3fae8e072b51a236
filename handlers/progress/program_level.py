"""The program-level indicators other features contribute (``bot/core/indicators.py``), as
the KPI report shows them: a message for /kpis, a table for the dashboard's Progress page,
rows under the workbook's totals and in the CSV. Computed when asked, never stored."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.exports import Cell
from bot.core.indicators import IndicatorGroup, IndicatorValue
from bot.core.messages import ArgValue, Msg, Text


def shown(value: IndicatorValue) -> ArgValue:
    """A count as a number, an average with one decimal, – before there is anything to average."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}"
    return value


def chat_message(groups: list[IndicatorGroup]) -> Msg:
    return Msg(
        "progress-program-indicators",
        {
            "groups": [
                Msg(
                    "progress-program-group",
                    {
                        "title": group.title,
                        "lines": [
                            Msg(
                                "progress-program-line",
                                {"name": item.name, "value": shown(item.value)},
                            )
                            for item in group.indicators
                        ],
                    },
                )
                for group in groups
            ]
        },
    )


def labelled(
    groups: list[IndicatorGroup], text: Callable[[Text], str]
) -> list[tuple[str, str, Cell]]:
    """``(key, "heading: name", value)`` per indicator, in the reader's language."""
    return [
        (item.key, f"{text(group.title)}: {text(item.name)}", item.value)
        for group in groups
        for item in group.indicators
    ]


def totals_rows(groups: list[IndicatorGroup], text: Callable[[Text], str]) -> list[list[Cell]]:
    """Under the workbook's totals: a blank row, a heading, then one ``name, value`` row each."""
    if not groups:
        return []
    heading: list[Cell] = [text(Msg("progress-program-heading"))]
    return [[], heading, *([name, value] for _, name, value in labelled(groups, text))]


def csv_rows(
    groups: list[IndicatorGroup], period_key: str, text: Callable[[Text], str]
) -> list[list[Cell]]:
    """The CSV's rows of the program (no team), as of the period the report is for."""
    return [[period_key, "", key, name, value, None] for key, name, value in labelled(groups, text)]
