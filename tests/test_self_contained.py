"""A clone of the repository with nothing beside it collects the whole suite and loads the
platform fixtures from ``tests/fixtures``: no test, benchmark or module reads a file outside the
repository (a folder beside it, for instance).

The clone is ``git archive HEAD`` (what a newcomer gets from a public host; commit first), or the
tree as it is when there is no git checkout. It runs with this virtualenv's Python and
``PYTHONPATH`` set to the clone, so the clone's own ``bot`` is the one imported.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from bot.core.settings import PROJECT_ROOT

FIXTURE_TESTS = [
    "tests/telegram/test_fixtures.py::test_every_fixture_is_covered",
    "tests/messenger/test_signature.py::test_the_test_vector_verifies",
]


def export_tree(root: Path, destination: Path) -> None:
    """The files a clone of ``root`` holds, written to ``destination``."""
    if shutil.which("git") and (root / ".git").exists():
        archive = subprocess.run(
            ["git", "-C", str(root), "archive", "--format=tar", "HEAD"],
            capture_output=True,
            check=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(destination, filter="data")
        return
    ignored = [
        line.strip().rstrip("/")
        for line in (root / ".gitignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    shutil.copytree(root, destination, ignore=shutil.ignore_patterns(".git", *ignored))


def run_in(clone: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"TEST_DATABASE_URL", "PYTEST_ADDOPTS"}
    }
    environment["PYTHONPATH"] = str(clone)
    return subprocess.run(
        [sys.executable, *args],
        cwd=clone,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_clone_with_nothing_beside_it_collects_and_loads_its_fixtures(tmp_path: Path) -> None:
    clone = tmp_path / "mics-bot"
    export_tree(PROJECT_ROOT, clone)
    assert [path.name for path in tmp_path.iterdir()] == ["mics-bot"]

    imported = run_in(
        clone, "-c", "from bot.core.settings import PROJECT_ROOT; print(PROJECT_ROOT)"
    )
    assert (imported.returncode, imported.stdout.strip()) == (0, str(clone.resolve())), (
        imported.stderr
    )

    collected = run_in(clone, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider")
    summary = collected.stdout.strip().splitlines()[-1] if collected.stdout.strip() else ""
    assert collected.returncode == 0, collected.stdout + collected.stderr
    assert re.fullmatch(r"\d+ tests collected in [\d.]+s", summary), collected.stdout

    loaded = run_in(clone, "-m", "pytest", "-q", "-p", "no:cacheprovider", *FIXTURE_TESTS)
    summary = loaded.stdout.strip().splitlines()[-1] if loaded.stdout.strip() else ""
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    assert re.fullmatch(rf"{len(FIXTURE_TESTS)} passed in [\d.]+s", summary), loaded.stdout
