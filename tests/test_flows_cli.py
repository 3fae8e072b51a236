"""The command line as operators and people use it (issue 16): an unknown program for
``rehearse`` (item 13), library warnings kept out of the console chat (item 12)."""

from __future__ import annotations

from pathlib import Path

from tests.decks import pdf_bytes
from tests.test_cli import run_bot

REGISTER = [
    "/start",
    "3",
    "/register",
    "1",
    "Blue Steppe",
    "Solar yurts",
    "We heat yurts with the sun.",
    "7, 13",
    "Khan Solar LLC",
    "1",
    "2",
    "team@example.mn",
    "1",
    "1",
]


def test_rehearse_refuses_an_unknown_program(tmp_path: Path) -> None:
    result = run_bot(
        [
            "rehearse",
            "--from",
            "2024-11-18T00:00+08:00",
            "--to",
            "2024-11-19T00:00+08:00",
            "--program",
            "nope",
        ],
        "",
        tmp_path,
    )
    assert (result.returncode, result.stdout, result.stderr.splitlines()[-1]) == (
        2,
        "",
        "error: no program 'nope' is loaded (loaded: mics-2024)",
    )


def test_a_library_warning_goes_to_the_log_not_into_the_chat(tmp_path: Path) -> None:
    data = pdf_bytes()
    (tmp_path / "broken.pdf").write_bytes(data[: data.rfind(b"%%EOF")])
    script = "\n".join([*REGISTER, "/file broken.pdf"]) + "\n"
    result = run_bot(["--clock", "2024-11-18T09:00+08:00"], script, tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.split("\n\n")[-2] == (
        "This file is damaged and cannot be opened. Please export it again and resend it. Nothing was saved."
    )
    log = (tmp_path / "data" / "console.log").read_text(encoding="utf-8")
    assert [line.split(" ", 2)[2] for line in log.splitlines()] == [
        "WARNING pypdf._reader: CAUTION: startxref found while searching for %%EOF. "
        "The file might be truncated and some data might not be read.",
        "WARNING pypdf._reader: EOF marker not found",
    ]
