"""Files a handler fetches are fetched outside the message's transaction.

A handler asks for a file's bytes where it needs them (``fetch_within(attachment, limit)``,
after its own checks: the team, the stage, the size the platform reports), and that is inside
the message's transaction. A download there would hold the transaction, and its database
connection (SQLite has one), for as long as the file server takes: one slow download froze
every conversation (issue 15). So the fetch a handler gets never downloads inside: it raises
``FetchOutside``, the unit of work (``bot/core/middlewares.py``) rolls the transaction back,
downloads the file with the limit asked for, outside any transaction, and runs the message
again in a new one, where the same fetch returns the bytes at once (or raises what the
download raised). The second run makes the same checks against the database as it is then.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable

from bot.core.messages import Attachment, IncomingMessage, TooLarge

ROUNDS = 4
"""Runs of one message at most: one, and one more per file it fetches."""


class FetchOutside(Exception):
    """A handler asked for a file inside the transaction: fetch it outside, then run again."""

    def __init__(self, index: int, limit: int) -> None:
        super().__init__(f"attachment {index}, at most {limit} bytes")
        self.index = index
        self.limit = limit


class OutsideFetches:
    """The message with fetches that never download (``message``), and the real downloads."""

    def __init__(self, message: IncomingMessage) -> None:
        self._real = message.attachments
        self._got: dict[int, tuple[int, bytes | BaseException]] = {}
        self.message = dataclasses.replace(
            message,
            attachments=tuple(
                dataclasses.replace(attachment, fetch=self._deferred(index))
                for index, attachment in enumerate(message.attachments)
            ),
        )

    def _deferred(self, index: int) -> Callable[[int], Awaitable[bytes]]:
        async def fetch(limit: int) -> bytes:
            got = self._got.get(index)
            if got is not None:
                fetched_with, outcome = got
                if isinstance(outcome, bytes):  # the whole file: it was within its limit
                    if len(outcome) > limit:
                        raise TooLarge(f"attachment {index}: {len(outcome)} bytes > {limit}")
                    return outcome
                if not isinstance(outcome, TooLarge) or limit <= fetched_with:
                    raise outcome
            raise FetchOutside(index, limit)

        return fetch

    async def fetch(self, needed: FetchOutside) -> None:
        """The download a run asked for, outside any transaction; what it raised is raised
        again to the next run."""
        attachment: Attachment = self._real[needed.index]
        try:
            outcome: bytes | BaseException = await attachment.fetch(needed.limit)
        except Exception as error:
            outcome = error
        self._got[needed.index] = (needed.limit, outcome)
