"""``make run`` with the dashboard: the console chat prints the dashboard's local address, and
``/dashboard`` typed as ``console:org`` gives a link that opens it in Mongolian on 127.0.0.1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx

from bot.core.settings import PROJECT_ROOT

LINK = re.compile(r"(http://127\.0\.0\.1:\d+/admin/login\?token=\S+)")


def test_make_run_serves_the_dashboard_and_dashboard_signs_in(tmp_path: Path) -> None:
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        "BOT_ORGANIZERS": "console:org",
        "PORT": "0",
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "--clock", "2024-11-18T09:00+08:00"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environment,
    )
    assert bot.stdin is not None and bot.stdout is not None
    try:
        bot.stdin.write("/as org\n/dashboard\n")
        bot.stdin.flush()
        seen = []
        for line in bot.stdout:
            seen.append(line)
            found = LINK.search(line)
            if found:
                break
        assert found is not None, "".join(seen)
        with httpx.Client(follow_redirects=True, timeout=10) as client:
            page = client.get(found.group(1))
            assert (page.status_code, str(page.url).endswith("/admin/overview")) == (200, True)
            assert '<html lang="mn">' in page.text and "<h1>Тойм</h1>" in page.text
            assert client.get(found.group(1)).status_code == 403  # used once
    finally:
        bot.stdin.close()
        assert bot.wait(30) == 0
        assert bot.stderr is not None and bot.stderr.read() == ""
