"""What a platform calls a file the bot has already uploaded (Telegram's ``file_id``,
Messenger's ``attachment_id``), so a file sent to many people (a broadcast's attachment) is
uploaded once and then sent by that id.

Only documents that carry their ``sha256`` are remembered: senders set it when one file goes to
many people. The key also holds the file name, because a file sent by id keeps the name of its
first upload, and whether it went as a photo. The memory is per process and bounded: after a
restart, or once an entry has been pushed out, the next send uploads again.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TypeVar

from bot.core.messages import Document

log = logging.getLogger(__name__)
Sent = TypeVar("Sent")

MEMORY = 1_000
"""How many uploaded files are remembered."""

Key = tuple[str, str, bool]


def _key(document: Document) -> Key | None:
    if document.sha256 is None:
        return None
    return (document.sha256, document.file_name, document.photo)


class UploadMemory:
    def __init__(self, size: int = MEMORY) -> None:
        self.size = size
        self._ids: OrderedDict[Key, str] = OrderedDict()
        self._locks: dict[Key, asyncio.Lock] = {}

    async def send(
        self,
        document: Document,
        by_id: Callable[[str], Awaitable[Sent]],
        upload: Callable[[], Awaitable[tuple[Sent, str | None]]],
        refused: Callable[[Exception], bool],
    ) -> Sent:
        """Send ``document`` by the id of an earlier upload, else ``upload`` it (which
        returns what was sent and the platform's id for the file). Concurrent sends of one
        file (the outbox's lanes) wait for the first upload and then use its id. An id the
        platform no longer accepts (``refused(error)``) is dropped and the file uploaded."""
        known = self.get(document)
        if known is None:
            async with self._lock(document):
                known = self.get(document)  # another sender may have uploaded it meanwhile
                if known is None:
                    return await self._upload(document, upload)
        try:
            return await by_id(known)
        except Exception as error:
            if not refused(error):
                raise
            log.info("upload %s of %s refused (%s)", known, document.file_name, error)
            self.forget(document)
        return await self._upload(document, upload)

    async def _upload(
        self, document: Document, upload: Callable[[], Awaitable[tuple[Sent, str | None]]]
    ) -> Sent:
        sent, platform_id = await upload()
        if platform_id is not None:
            self.remember(document, platform_id)
        return sent

    def _lock(self, document: Document) -> asyncio.Lock:
        """One upload of a file at a time (a document without ``sha256`` gets a lock of its
        own: it is never sent by id)."""
        key = _key(document)
        if key is None:
            return asyncio.Lock()
        if key not in self._locks and len(self._locks) >= self.size:
            self._locks = {k: v for k, v in self._locks.items() if v.locked()}
        return self._locks.setdefault(key, asyncio.Lock())

    def get(self, document: Document) -> str | None:
        """The platform's id of an earlier upload of this document, if one is remembered."""
        key = _key(document)
        return self._ids.get(key) if key is not None else None

    def remember(self, document: Document, platform_id: str) -> None:
        key = _key(document)
        if key is None:
            return
        self._ids[key] = platform_id
        self._ids.move_to_end(key)
        while len(self._ids) > self.size:
            self._ids.popitem(last=False)

    def forget(self, document: Document) -> None:
        key = _key(document)
        if key is not None:
            self._ids.pop(key, None)
