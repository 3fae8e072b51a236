"""The ``[matching]`` section of a program file: validated on load, named in the error."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.settings import SHIPPED_PROGRAM
from bot.programs import ProgramFileError, load_program_file

SMALL = """
id = "match-test"
time_zone = "Asia/Ulaanbaatar"
name = { mn = "Туршилт", ja = "テスト", en = "Test" }

[[rounds]]
id = "final"
name = { mn = "Эцсийн шалгаруулалт", ja = "最終選考", en = "Final screening" }
opens = 2024-08-19T09:00:00
closes = 2024-08-23T18:00:00
judges_per_team = 1
select = 3

[[rounds.criteria]]
id = "impact"
name = { mn = "Нөлөө", ja = "インパクト", en = "Impact" }
"""


def test_the_shipped_program_shows_the_final_screenings_teams_after_approval() -> None:
    assert load_program_file(SHIPPED_PROGRAM).settings["matching"] == {
        "publish": "final",
        "approval": True,
    }


@pytest.mark.parametrize(
    ("section", "kept"),
    [
        ("", None),
        ("[matching]\n", {"publish": "all", "approval": False}),
        (
            '[matching]\npublish = "final"\napproval = true\n',
            {"publish": "final", "approval": True},
        ),
    ],
)
def test_a_matching_section_is_optional_and_has_defaults(
    tmp_path: Path, section: str, kept: dict[str, object] | None
) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(SMALL + section, encoding="utf-8")
    assert load_program_file(path).settings.get("matching") == kept


@pytest.mark.parametrize(
    ("section", "problem"),
    [
        ('[matching]\npublish = "documents"\n', 'matching.publish: one of "all", "final"'),
        ("[matching]\npublish = 3\n", 'matching.publish: one of "all", "final"'),
        ('[matching]\napproval = "yes"\n', "matching.approval: true or false"),
        ("[matching]\nmax_requests = 5\n", "matching: unknown keys max_requests"),
        ('matching = "all"\n', "matching: must be a table"),
    ],
)
def test_a_bad_matching_section_names_the_file_and_the_key(
    tmp_path: Path, section: str, problem: str
) -> None:
    path = tmp_path / "bad.toml"
    text = section + SMALL if not section.startswith("[") else SMALL + section
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProgramFileError) as error:
        load_program_file(path)
    assert str(error.value) == f"{path}: {problem}"
