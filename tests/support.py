"""Test helpers that drive the real code paths: the console channel and the dispatcher."""

from __future__ import annotations

import io
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
