"""Every benchmark (``bench/*.py``) and the fake Bot API it can start answer ``--help`` with a
usage line naming the script, and exit 0; the benchmarks themselves are not run here."""

from __future__ import annotations

import subprocess
import sys

from bot.core.settings import PROJECT_ROOT

BENCH = PROJECT_ROOT / "bench"
SCRIPTS = [*sorted(BENCH.glob("*.py")), BENCH / "support" / "fake_bot_api.py"]


def test_every_benchmark_prints_its_usage() -> None:
    running = {
        script.name: subprocess.Popen(
            [sys.executable, str(script), "--help"],
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for script in SCRIPTS
    }
    outcomes = {}
    try:
        for name, process in running.items():
            stdout, stderr = process.communicate(timeout=60)
            usage = stdout.split("\n", 1)[0].split(" ", 2)[:2]
            outcomes[name] = (process.returncode, usage, stderr)
    finally:
        for process in running.values():  # one that ignored --help is running the benchmark
            if process.poll() is None:
                process.kill()
                process.wait()
    assert outcomes == {name: (0, ["usage:", name], "") for name in running}
    assert sorted(running) == [
        "broadcast.py",
        "checkin.py",
        "fake_bot_api.py",
        "messenger_webhook.py",
        "progress.py",
        "reminders.py",
        "selection.py",
        "submissions.py",
        "teams_export.py",
        "updates.py",
    ]
