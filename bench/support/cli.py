"""The command line every benchmark shares: its ``--help`` (the module docstring as written, then
the options; each option's help names its default) and the table it prints its results as
(Markdown, so a run pastes into ``docs/benchmarks.md``)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def benchmark_parser(docstring: str | None) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        description=docstring, formatter_class=argparse.RawDescriptionHelpFormatter
    )


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A Markdown table whose columns line up in a terminal too."""
    cells = [[str(cell) for cell in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        padded = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        return f"| {' | '.join(padded)} |"

    print(line(cells[0]))
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for row in cells[1:]:
        print(line(row), flush=True)
