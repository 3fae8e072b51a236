"""Test helpers that drive the real code paths: the console channel and the dispatcher."""

from __future__ import annotations

import io
import re
from pathlib import Path

from bot.app import App
from bot.channels.console import ConsoleChannel


class Chat:
    """Types lines into the console channel, as ``python -m bot chat`` does, and returns the
    output those lines produced."""

    def __init__(self, app: App, downloads: Path, user: str = "me", lang: str = "en") -> None:
        self.app = app
        self.out = io.StringIO()
        self.console = ConsoleChannel(app.translator, lang, self.out, downloads, user)
        app.add_channel(self.console)

    async def say(self, *lines: str) -> str:
        start = self.out.tell()
        for line in lines:
            message = self.console.to_message(line, self.app.clock)
            if message is not None:
                await self.app.dispatcher.handle(message)
        self.out.seek(start)
        produced = self.out.read()
        self.out.seek(0, io.SEEK_END)
        return produced


SAVED_LINE = re.compile(r" saved to (\S+)$| хадгалагдлаа: (\S+)$|を (\S+) に保存しました$", re.M)
"""Where the console says it saved a file, in each language (``console-document``,
``console-photo``)."""


def saved_paths(output: str) -> list[Path]:
    """The paths of the files the console saved, in the order its output names them."""
    return [Path(next(g for g in m.groups() if g)) for m in SAVED_LINE.finditer(output)]
