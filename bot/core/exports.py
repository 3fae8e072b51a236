"""Tables people download: one Excel-safe CSV writer for every export, and the spreadsheet port.

A CSV opens correctly in Excel in every script only with a UTF-8 BOM, and a cell a person typed
(a team name, a note) that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is a formula there (``=HYPERLINK(…)``): such a cell gets a leading ``'``. Every CSV the bot
sends goes through ``csv_bytes``; XLSX workbooks through the ``SpreadsheetWriter`` port
(``bot/xlsx.py`` writes them with openpyxl), with the same neutralising of text cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | bool | datetime | date | None


def safe_text(value: str) -> str:
    """``value``, with a leading ``'`` when a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return safe_text(value)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """A CSV file: UTF-8 with a BOM, numbers as numbers, every text cell formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])
    return (BOM + out.getvalue()).encode("utf-8")


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: a title (at most 31 characters in Excel), a header, rows."""

    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]] = field(default_factory=list)


class SpreadsheetWriter(Protocol):
    def write(self, sheets: Sequence[Sheet]) -> bytes:
        """An XLSX workbook with one sheet per ``Sheet``, text cells formula-safe."""
        ...


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"
