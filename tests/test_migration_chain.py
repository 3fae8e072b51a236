"""The Alembic revisions form one straight line: one base, one head, each revision with one
``down_revision`` (no merge), and every file of ``versions/`` a revision of its own. Two
migrations written in parallel then fail here instead of at deployment ("multiple heads"); the
order is that of the ``down_revision`` links, not of the ids in the file names."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from storage.migrate import MIGRATIONS_DIR, alembic_config


def chain_problems(script: ScriptDirectory) -> list[str]:
    """What keeps the revisions of ``script`` from being one line; empty when they are."""
    problems = []
    heads, bases = sorted(script.get_heads()), sorted(script.get_bases())
    if len(heads) != 1:
        problems.append(f"{len(heads)} heads: {', '.join(heads)}")
    if len(bases) != 1:
        problems.append(f"{len(bases)} bases: {', '.join(bases)}")
    revisions = sorted(script.walk_revisions(), key=lambda revision: revision.revision)
    for revision in revisions:
        down = revision.down_revision
        if down is not None and not isinstance(down, str):
            problems.append(f"{revision.revision} merges {', '.join(sorted(down))}")
    files = len(list(Path(script.versions).glob("*.py")))
    if files != len(revisions):
        problems.append(f"{files} files hold {len(revisions)} revisions")
    return problems


def write_revision(folder: Path, revision: str, down: str | tuple[str, ...] | None) -> None:
    (folder / f"{revision}_step.py").write_text(
        f"revision = {revision!r}\ndown_revision = {down!r}\n"
        "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n",
        encoding="utf-8",
    )


def test_the_migrations_are_one_line_from_one_base_to_one_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert Path(script.dir) == MIGRATIONS_DIR
    assert chain_problems(script) == []
    assert script.get_bases() == ["0001"]


def test_a_fork_a_merge_and_a_second_base_are_each_reported(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    write_revision(versions, "a1", None)
    write_revision(versions, "a2", "a1")
    write_revision(versions, "a3", "a1")  # written in parallel with a2
    assert chain_problems(ScriptDirectory(str(tmp_path))) == ["2 heads: a2, a3"]

    write_revision(versions, "a4", ("a2", "a3"))  # `alembic merge` would make this
    assert chain_problems(ScriptDirectory(str(tmp_path))) == ["a4 merges a2, a3"]

    write_revision(versions, "b1", None)
    assert chain_problems(ScriptDirectory(str(tmp_path))) == [
        "2 heads: a4, b1",
        "2 bases: a1, b1",
        "a4 merges a2, a3",
    ]


def test_two_files_with_one_revision_id_are_reported(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    write_revision(versions, "a1", None)
    write_revision(versions, "a2", "a1")
    (versions / "a2_copy.py").write_text((versions / "a2_step.py").read_text(), encoding="utf-8")
    with pytest.warns(UserWarning, match="Revision a2 is present more than once"):
        problems = chain_problems(ScriptDirectory(str(tmp_path)))
    assert problems == ["2 heads: a2, a2", "3 files hold 2 revisions"]
