"""``python -m bot`` as a person or a script runs it: the console protocol over real pipes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from bot.core.settings import PROJECT_ROOT


def run_bot(
    args: list[str], stdin: str, tmp_path: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**environment, "PYTHONPATH": str(PROJECT_ROOT)},
        timeout=60,
    )


DASHBOARD_LINE = re.compile(
    r"^Organizer dashboard: http://127\.0\.0\.1:\d+/admin "
    r"\(as an organizer, type /dashboard for a sign-in link\)$"
)


def test_make_run_opens_the_console_on_a_rehearsal_clock(tmp_path: Path) -> None:
    result = run_bot(["--clock", "2024-11-18T09:00+08:00"], "/start\n3\n", tmp_path, PORT="0")
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert DASHBOARD_LINE.match(lines.pop(1)), result.stdout
    assert lines[:6] == [
        "Console chat on MICS 2024: Mongolia Open Innovation and Co-creation for SDGs. "
        "Rehearsal clock: Mon, Nov 18, 2024 09:00 (it runs on from there). Type /start; end with Ctrl-D.",
        "Хэлээ сонгоно уу · 言語を選んでください · Choose your language",
        "[1] Монгол",
        "[2] 日本語",
        "[3] English",
        "",
    ]
    assert lines[6] == "Welcome to MICS 2024: Mongolia Open Innovation and Co-creation for SDGs!"


def test_chat_with_user_lang_and_as(tmp_path: Path) -> None:
    script = "/start\n1\n/as org\n/start\n2\n/as me\n/menu\n"
    result = run_bot(
        ["chat", "--user", "me", "--lang", "ja"],
        script,
        tmp_path,
        BOT_ORGANIZERS="console:org",
        PORT="0",
    )
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "MICS 2024：SDGsのためのモンゴル・オープンイノベーション共創 "
        "のコンソールチャットです（実時刻）。/start と入力してください。Ctrl-D で終了します。"
    )
    assert lines[-10:] == [
        "Та юу хийх вэ?",
        "[1] Баг бүртгүүлэх",
        "[2] Багт нэгдэх",
        "[3] Тусламж",
        "[4] Хэл",
        "[5] Цагийн бүс",
        "[6] Хуваарь",
        "[7] Эцсийн хугацаа",
        "[8] Асуулт асуух",
        "",
    ]


def test_migrate_and_program_load_are_idempotent(tmp_path: Path) -> None:
    assert run_bot(["migrate"], "", tmp_path).stdout == "migrated\n"
    program = PROJECT_ROOT / "programs" / "mics-2024.toml"
    first = run_bot(["program", "load", str(program)], "", tmp_path, PROGRAM_FILES="")
    second = run_bot(["program", "load", str(program)], "", tmp_path, PROGRAM_FILES="")
    assert (first.stdout, second.stdout) == ("mics-2024: created\n", "mics-2024: unchanged\n")


def test_a_broken_program_file_is_reported_not_raised(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\n', encoding="utf-8")
    result = run_bot(["program", "load", str(bad)], "", tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines()[-1] == f"error: {bad}: time_zone: not a time zone name: None"
