"""[[rounds]] in program files: the shipped MICS 2024 rounds, the DXCUP example, and an error
naming the file and the key for every kind of mistake."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.settings import PROJECT_ROOT, SHIPPED_PROGRAM
from bot.programs import ProgramFileError, load_program_file

BASE = """
id = "contest"
time_zone = "Asia/Ulaanbaatar"
name = "Contest"

[[stages]]
id = "plan"
name = "Plan"
opens = 2025-03-01T09:00:00
deadline = 2025-04-01T18:00:00

[[events]]
id = "final"
name = "Final"
starts = 2025-05-17T10:00:00
"""
ROUND = """
[[rounds]]
id = "screening"
name = "Screening"
stage = "plan"
opens = 2025-04-02T09:00:00
closes = 2025-04-10T18:00:00

[[rounds.criteria]]
id = "impact"
name = "Impact"
"""


def test_the_shipped_mics_rounds_are_the_real_funnel_with_this_file_s_criteria() -> None:
    spec = load_program_file(SHIPPED_PROGRAM)
    assert [
        (r.key, r.names["en"], r.stage_key, r.event_key, r.select_target, r.judges_per_team)
        for r in spec.rounds
    ] == [
        ("documents", "Document screening", "proposal", None, 15, 3),
        ("final", "Final screening", None, "business-forum", 10, 3),
    ]
    assert [(c.key, c.weight, c.low, c.high) for c in spec.rounds[0].criteria] == [
        ("sdg-impact", 2.0, 1, 5),
        ("feasibility", 1.5, 1, 5),
        ("co-creation", 1.5, 1, 5),
        ("team", 1.0, 1, 5),
    ]
    assert [c.key for c in spec.rounds[1].criteria] == [
        "sdg-impact",
        "feasibility",
        "co-creation",
        "team",
        "pitch",
    ]
    assert (spec.rounds[1].opens_at, sorted(spec.settings)) == (
        datetime(2024, 8, 19, 1, 0, tzinfo=UTC),
        ["faq", "kpis", "matching", "reports"],  # helpdesk, progress reports, matching; not the rounds
    )
    assert "this file's own" in SHIPPED_PROGRAM.read_text(encoding="utf-8")


def test_the_dxcup_example_is_a_contest_judged_live_at_its_final() -> None:
    spec = load_program_file(PROJECT_ROOT / "programs" / "dxcup-example.toml")
    (final,) = spec.rounds
    assert (final.key, final.stage_key, final.event_key, final.select_target) == (
        "final",
        None,
        "final",
        3,
    )
    assert (final.opens_at, final.closes_at) == (
        datetime(2025, 5, 17, 2, 0, tzinfo=UTC),
        datetime(2025, 5, 17, 10, 0, tzinfo=UTC),
    )
    assert [(c.key, c.weight, c.high) for c in final.criteria] == [
        ("problem", 1.0, 5),
        ("innovation", 2.0, 5),
        ("technology", 2.0, 5),
        ("business", 1.0, 5),
        ("pitch", 1.0, 10),
    ]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (('id = "screening"', 'id = "Screening!"'), "rounds[0].id: 1-32 of a-z, 0-9 and -"),
        (('stage = "plan"', 'stage = "deck"'), "rounds[0].stage: no stage has the id 'deck'"),
        (('stage = "plan"', 'event = "gala"'), "rounds[0].event: no event has the id 'gala'"),
        (
            ("closes = 2025-04-10T18:00:00", "closes = 2025-04-01T18:00:00"),
            "rounds[0]: judging must close after it opens",
        ),
        (("closes = 2025-04-10T18:00:00", ""), "rounds[0].closes: expected a TOML date-time"),
        (
            ('name = "Screening"', 'name = { mn = "Шалгаруулалт" }'),
            "rounds[0].name: give a text for each of mn, ja, en",
        ),
        (
            ('stage = "plan"', 'stage = "plan"\njudges_per_team = 0'),
            "rounds[0].judges_per_team: a whole number of at least 1 is needed",
        ),
        (
            ('stage = "plan"', 'stage = "plan"\nselect = "ten"'),
            "rounds[0].select: a whole number of at least 1 is needed",
        ),
        (
            ('stage = "plan"', 'stage = "plan"\nblind = "yes"'),
            "rounds[0].blind: true or false",
        ),
        (
            ('name = "Impact"', 'name = "Impact"\nweight = 0'),
            "rounds[0].criteria[0].weight: a positive number is needed",
        ),
        (
            ('name = "Impact"', 'name = "Impact"\nscale = [1, 11]'),
            "rounds[0].criteria[0].scale: two whole numbers [low, high], 0 <= low < high <= 10",
        ),
        (
            (
                'id = "impact"\nname = "Impact"',
                'id = "impact"\nname = "Impact"\n\n'
                '[[rounds.criteria]]\nid = "impact"\nname = "Again"',
            ),
            "rounds[0].criteria: the id 'impact' is used twice",
        ),
        (
            ('[[rounds.criteria]]\nid = "impact"\nname = "Impact"\n', ""),
            "rounds[0].criteria: give 1 to 10 [[rounds.criteria]]",
        ),
    ],
)
def test_every_mistake_names_the_file_and_the_key(
    tmp_path: Path, change: tuple[str, str], error: str
) -> None:
    path = tmp_path / "contest.toml"
    old, new = change
    assert old in BASE + ROUND
    path.write_text(BASE + ROUND.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ProgramFileError) as raised:
        load_program_file(path)
    assert str(raised.value).startswith(f"{path}: {error}")


def test_a_second_round_with_the_same_id_and_rounds_that_are_not_tables(tmp_path: Path) -> None:
    path = tmp_path / "contest.toml"
    path.write_text(BASE + ROUND + ROUND, encoding="utf-8")
    with pytest.raises(ProgramFileError) as twice:
        load_program_file(path)
    path.write_text('rounds = "screening"\n' + BASE, encoding="utf-8")
    with pytest.raises(ProgramFileError) as not_tables:
        load_program_file(path)
    assert (str(twice.value), str(not_tables.value)) == (
        f"{path}: rounds: the id 'screening' is used twice",
        f"{path}: rounds: expected an array of tables, [[rounds]]",
    )


def test_a_round_s_defaults(tmp_path: Path) -> None:
    path = tmp_path / "contest.toml"
    path.write_text(BASE + ROUND, encoding="utf-8")
    (row,) = load_program_file(path).rounds
    assert (
        row.judges_per_team,
        row.blind,
        row.select_target,
        row.share_feedback,
        [(c.weight, c.low, c.high) for c in row.criteria],
    ) == (3, False, None, False, [(1.0, 1, 5)])
