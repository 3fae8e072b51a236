"""``python -m bot`` under cProfile, switched on and off by signals, so a profile holds the
updates a benchmark sent and not the start-up: SIGUSR1 starts profiling, SIGUSR2 stops and
writes the statistics to ``$PROFILE_OUT`` (``pstats`` format). cProfile sees the event loop's
thread; the database driver's thread (aiosqlite) is not in it, only the waits for it.

``python bench/support/profiled.py serve`` (the arguments of ``python -m bot``);
``bench/updates.py --profile FILE`` runs the bot this way.
"""

from __future__ import annotations

import cProfile
import os
import signal
import sys
from pathlib import Path
from types import FrameType

sys.path.insert(0, os.getcwd())  # the checkout being measured, as ``python -m bot`` would

from bot.__main__ import main

profile = cProfile.Profile()


def start(signum: int, frame: FrameType | None) -> None:
    profile.enable()


def stop(signum: int, frame: FrameType | None) -> None:
    profile.disable()
    profile.dump_stats(Path(os.environ["PROFILE_OUT"]))


if __name__ == "__main__":
    signal.signal(signal.SIGUSR1, start)
    signal.signal(signal.SIGUSR2, stop)
    sys.exit(main(sys.argv[1:]))
