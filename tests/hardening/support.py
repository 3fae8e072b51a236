"""Helpers of the hardening tests: an address that never answers, free ports, and the bot as a
process of its own."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sys
from collections.abc import Iterator

from bot.core.settings import PROJECT_ROOT


@contextlib.contextmanager
def unreachable_address() -> Iterator[str]:
    """``http://127.0.0.1:PORT`` of a listening socket whose accept queue is full: a connection
    to it never completes, so a client's connect times out, as it does towards a Bot API that
    cannot be reached, without any traffic leaving the machine."""
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    listening.listen(0)
    port = listening.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        for filler in fillers:
            filler.close()
        listening.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def bot_process(*args: str, env: dict[str, str]) -> asyncio.subprocess.Process:
    """``python -m bot ARGS`` with exactly ``env`` (and PATH, PYTHONPATH)."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT_ROOT), **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
