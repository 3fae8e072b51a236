"""The ``file_id`` of each file the bot has uploaded, so a file sent to many chats (a broadcast's
attachment) is uploaded once and then sent by its ``file_id``.

A ``file_id`` a bot gets back from an upload can be sent again by the same bot to any chat.
Only documents that carry their ``sha256`` are remembered (senders set it when one file goes
to many people). The key also holds the file name, because a document sent by ``file_id`` keeps
the name of its first upload, and whether it went as a photo. The map is in memory and bounded:
after a restart, or once an entry has been pushed out, the next send uploads again.
"""

from __future__ import annotations

from collections import OrderedDict

from telegram import Message

from bot.core.messages import Document

MEMORY = 1_000
"""How many uploaded files are remembered."""

Key = tuple[str, str, bool]


class Uploads:
    def __init__(self, size: int = MEMORY) -> None:
        self.size = size
        self._ids: OrderedDict[Key, str] = OrderedDict()

    @staticmethod
    def _key(document: Document) -> Key | None:
        if document.sha256 is None:
            return None
        return (document.sha256, document.file_name, document.photo)

    def file_id(self, document: Document) -> str | None:
        """The ``file_id`` of an earlier upload of this document, if one is remembered."""
        key = self._key(document)
        return self._ids.get(key) if key is not None else None

    def remember(self, document: Document, sent: Message) -> None:
        """Keep the ``file_id`` Telegram gave the uploaded ``document`` (the largest size of a
        photo)."""
        key = self._key(document)
        if key is None:
            return
        if sent.photo:
            file_id = sent.photo[-1].file_id
        elif sent.document is not None:
            file_id = sent.document.file_id
        else:
            return
        self._ids[key] = file_id
        self._ids.move_to_end(key)
        while len(self._ids) > self.size:
            self._ids.popitem(last=False)

    def forget(self, document: Document) -> None:
        key = self._key(document)
        if key is not None:
            self._ids.pop(key, None)
