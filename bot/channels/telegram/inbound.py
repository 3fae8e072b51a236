"""Incoming updates, from polling or the webhook, into the dispatcher.

Ordering is the dispatcher's (``Dispatcher.turn``): the updates of one person are handled one
at a time in the order they arrived, those of different people in parallel. A block or an
unblock (``my_chat_member``) takes the same turn as the person's messages, so a block that
arrives after a message is recorded after that message cleared it. ``process`` reaches the
dispatcher without waiting for anything first, so its turn is taken in the order updates
arrive; a pressed button is answered (``answerCallbackQuery``, which stops its spinner) at
once, beside the turn, not after the person's earlier updates.

``process`` returns once its update has been handled, so a webhook answers Telegram only after
the work is committed and a poller moves its offset only past handled updates: a crash loses
nothing a person sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

from telegram.error import TelegramError

from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.updates import CHANNEL, Reachability, map_update
from bot.core.clock import Clock
from bot.core.dispatcher import Dispatcher

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ("message", "callback_query", "my_chat_member")
"""What the bot asks Telegram for, by polling or webhook; everything else is ignored."""


class TelegramInbound:
    def __init__(self, channel: TelegramChannel, dispatcher: Dispatcher, clock: Clock) -> None:
        self.channel = channel
        self.dispatcher = dispatcher
        self.clock = clock

    async def process(self, update: Mapping[str, Any]) -> bool:
        """Handle one update; ``False`` when it is nothing the bot handles (it is ignored)."""
        event = map_update(update, self.clock.now(), self.channel.fetcher)
        if event is None:
            log.debug("telegram: ignored update %s", update.get("update_id"))
            return False
        if isinstance(event, Reachability):
            # Only private chats are served, and a private chat's id is the person's.
            async with self.dispatcher.turn(CHANNEL, event.chat_id):
                await self.channel.on_reachability(event.chat_id, event.reachable)
            return True
        answer = None
        if event.callback_query_id is not None:
            answer = asyncio.create_task(self._answer(event.callback_query_id))
        try:
            await self.dispatcher.handle(event.message)
        finally:
            if answer is not None:
                await answer
        return True

    async def _answer(self, callback_query_id: str) -> None:
        try:
            await self.channel.bot.answer_callback_query(callback_query_id)
        except TelegramError as error:
            log.warning("telegram: answerCallbackQuery failed: %s", error)
