"""The console channel: a chat in the terminal, for people, scripts and tests.

Protocol (scripts depend on it, keep it exactly):
- one input line is one message; at end of input, exit after printing all pending output;
- a bot message prints as its text, then its buttons as ``[1] label``, ``[2] label``…, then an
  empty line; typing a number presses that button of the latest message that had buttons;
- a message to another simulated person prints after a line ``→ NAME``;
- ``/file PATH [caption]`` sends a local file as a document, ``/photo PATH [caption]`` as a
  photo (as a phone's gallery sends a picture); files the bot sends are saved under the
  downloads folder, and shown as ``[file] …`` or, for photos, ``[photo] …``;
- ``/as NAME`` switches to another simulated person (channel ``console``, external id NAME).
"""

from __future__ import annotations

import asyncio
import mimetypes
import re
import shlex
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Literal, TextIO
from zoneinfo import ZoneInfo

from bot.core.clock import Clock
from bot.core.messages import (
    Attachment,
    IncomingMessage,
    Msg,
    Purpose,
    RenderedMessage,
    TooLarge,
    parse_command,
)
from bot.core.ports import Recipient, SendResult, Translator

CHANNEL = "console"
_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\s*$")
FileKind = Literal["document", "photo"]
_FILE_COMMANDS: dict[str, FileKind] = {"/file": "document", "/photo": "photo"}


class ConsoleChannel:
    name = CHANNEL

    def __init__(
        self,
        translator: Translator,
        locale: str,
        out: TextIO,
        downloads: Path,
        user: str = "me",
    ) -> None:
        self.translator = translator
        self.locale = locale
        self.out = out
        self.downloads = downloads
        self.user = user
        self.latest_buttons: dict[str, list[str]] = {}
        self.locales: dict[str, str] = {}
        """Each simulated person's language: that of the bot's latest message to them."""
        self._sent = 0

    def say(self, message_id: str, person: str | None = None, **args: str | int) -> None:
        """Print a line of the console's own, in the language of ``person`` (the current one
        by default), or the console's until the bot has written to them."""
        locale = self.locales.get(person or self.user, self.locale)
        text = self.translator.render(Msg(message_id, args), locale, ZoneInfo("UTC"))
        self.out.write(text + "\n")
        self.out.flush()

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        recipient_id = recipient.external_id
        if recipient_id != self.user:
            self.out.write(f"→ {recipient_id}\n")
        self.out.write(message.text + "\n")
        for number, button in enumerate(message.buttons, start=1):
            self.out.write(f"[{number}] {button.label}\n")
        if message.buttons:
            self.latest_buttons[recipient_id] = [b.payload for b in message.buttons]
        if message.locale is not None:
            self.locales[recipient_id] = message.locale
        if message.document is not None:
            folder = self.downloads / recipient_id
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / Path(message.document.file_name).name
            path.write_bytes(message.document.content)
            self.say(
                "console-photo" if message.document.photo else "console-document",
                recipient_id,
                name=message.document.file_name,
                size=len(message.document.content),
                path=str(path),
            )
        self.out.write("\n")
        self.out.flush()
        self._sent += 1
        return SendResult("sent", platform_message_id=str(self._sent))

    def start_link(self, payload: str) -> str | None:
        return None

    def to_message(self, line: str, clock: Clock) -> IncomingMessage | None:
        """Turn one typed line into a message; ``None`` for lines the console handles itself."""
        now = clock.now()
        base = {
            "channel": CHANNEL,
            "sender_id": self.user,
            "received_at": now,
            "display_name": self.user,
            "language_hint": self.locale,
        }
        if line.startswith("/as "):
            name = line[4:].strip()
            if name:
                self.user = name
            return None
        for prefix, kind in _FILE_COMMANDS.items():
            if line == prefix or line.startswith(f"{prefix} "):
                return self._file_message(line[len(prefix) :].strip(), base, kind)
        number = _NUMBER_RE.match(line)
        buttons = self.latest_buttons.get(self.user)
        if number and buttons:
            index = int(number.group(1)) - 1
            if 0 <= index < len(buttons):
                return IncomingMessage(**base, payload=buttons[index])  # type: ignore[arg-type]
            self.say("console-no-button", number=number.group(1))
            return None
        command = parse_command(line)
        if command is not None:
            return IncomingMessage(**base, text=line, command=command[0], command_arg=command[1])  # type: ignore[arg-type]
        return IncomingMessage(**base, text=line)  # type: ignore[arg-type]

    def _file_message(
        self, rest: str, base: dict[str, object], kind: FileKind
    ) -> IncomingMessage | None:
        try:
            parts = shlex.split(rest)
        except ValueError:
            parts = rest.split()
        if not parts:
            self.say("console-file-missing", path="")
            return None
        path = Path(parts[0]).expanduser()
        if not path.is_file():
            self.say("console-file-missing", path=str(path))
            return None
        caption = " ".join(parts[1:])
        attachment = Attachment(
            kind=kind,
            file_name=path.name,
            mime_type=mimetypes.guess_type(path.name)[0],
            size=path.stat().st_size,
            fetch=_reader(path),
        )
        return IncomingMessage(**base, text=caption, attachments=(attachment,))  # type: ignore[arg-type]


def _reader(path: Path) -> Callable[[int], Awaitable[bytes]]:
    async def fetch(limit: int) -> bytes:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise TooLarge(f"{path} is larger than {limit} bytes")
        return data

    return fetch


async def read_lines(stream: TextIO) -> asyncio.Queue[str | None]:
    """Lines of ``stream`` read in a thread, so background work runs while a person types."""
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    loop = asyncio.get_running_loop()

    def pump() -> None:
        for line in stream:
            loop.call_soon_threadsafe(queue.put_nowait, line.rstrip("\r\n"))
        loop.call_soon_threadsafe(queue.put_nowait, None)

    loop.run_in_executor(None, pump)
    return queue


async def run_console(
    channel: ConsoleChannel,
    handle: Callable[[IncomingMessage], Awaitable[None]],
    clock: Clock,
    stream: TextIO | None = None,
) -> None:
    """Feed every line of ``stream`` (standard input by default) to ``handle``, in order."""
    queue = await read_lines(stream if stream is not None else sys.stdin)
    while (line := await queue.get()) is not None:
        message = channel.to_message(line, clock)
        if message is not None:
            await handle(message)
