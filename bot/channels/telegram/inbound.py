"""Incoming updates, from polling or the webhook, into the dispatcher.

Updates of different chats run in parallel; updates of one chat run one after the other in
the order they arrived (a ``ChatSequencer`` chains them). ``process`` returns once its update
has been handled, so a webhook answers Telegram only after the work is committed and a poller
moves its offset only past handled updates: a crash loses nothing a person sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from telegram.error import TelegramError

from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.updates import Inbound, Reachability, map_update
from bot.core.clock import Clock
from bot.core.messages import IncomingMessage

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ("message", "callback_query", "my_chat_member")
"""What the bot asks Telegram for, by polling or webhook; everything else is ignored."""


class ChatSequencer:
    """Runs work for one key strictly in arrival order; different keys run concurrently."""

    def __init__(self) -> None:
        self._tails: dict[str, asyncio.Future[None]] = {}

    async def run(self, key: str, work: Callable[[], Awaitable[None]]) -> None:
        previous = self._tails.get(key)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._tails[key] = done
        try:
            if previous is not None:
                await asyncio.shield(previous)
            await work()
        finally:
            done.set_result(None)
            if self._tails.get(key) is done:
                del self._tails[key]


class TelegramInbound:
    def __init__(
        self,
        channel: TelegramChannel,
        handle: Callable[[IncomingMessage], Awaitable[None]],
        clock: Clock,
    ) -> None:
        self.channel = channel
        self.handle = handle
        self.clock = clock
        self.sequencer = ChatSequencer()

    async def process(self, update: Mapping[str, Any]) -> bool:
        """Handle one update; ``False`` when it is nothing the bot handles (it is ignored)."""
        event = map_update(update, self.clock.now(), self.channel.fetcher)
        if event is None:
            log.debug("telegram: ignored update %s", update.get("update_id"))
            return False
        if isinstance(event, Reachability):
            reachable = event.reachable
            await self.sequencer.run(
                event.chat_id, lambda: self.channel.on_reachability(event.chat_id, reachable)
            )
            return True
        await self.sequencer.run(event.chat_id, lambda: self._handle(event))
        return True

    async def _handle(self, event: Inbound) -> None:
        if event.callback_query_id is not None:
            try:  # stops the spinner on the button; the answer itself can wait
                await self.channel.bot.answer_callback_query(event.callback_query_id)
            except TelegramError as error:
                log.warning("telegram: answerCallbackQuery failed: %s", error)
        await self.handle(event.message)
