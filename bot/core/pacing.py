"""A strict pacer for platforms with hard send limits (Telegram: 30 messages/s per bot, one
per second per chat; a 429 stops the whole bot for ``retry_after`` seconds).

Per limited channel it keeps a token bucket for the overall rate (capacity ``burst``: with 1,
sends are evenly spaced, so no one-second window ever holds more than the rate), the next
instant each chat may receive a message, and a pause shared by every send after a 429.
Channels without a rate pass straight through. One pacer paces one process: with several
worker processes, give each a share of the rate.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

EPSILON = 1e-9
"""Float slack: a token refilled to 0.9999999999 is a whole token."""
MAX_CHATS = 50_000
"""How many per-chat slots are remembered before the expired ones are dropped."""


class StrictPacer:
    def __init__(
        self,
        rates: dict[str, float],
        per_chat: float = 1.0,
        burst: float = 1.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rates = rates
        self.per_chat = per_chat
        self.burst = burst
        self.sleep = sleep
        self.monotonic = monotonic
        self.tokens: dict[str, float] = {}
        self.filled_at: dict[str, float] = {}
        self.paused_until: dict[str, float] = {}
        self.chat_next: dict[tuple[str, str], float] = {}
        self.lock = asyncio.Lock()

    async def acquire(self, channel: str, chat_id: str) -> None:
        rate = self.rates.get(channel)
        if not rate:
            return
        async with self.lock:  # concurrent senders take their turns one after another
            while True:
                wait = self._wait(channel, chat_id, rate)
                if wait <= EPSILON:
                    break
                await self.sleep(wait)
            now = self.monotonic()
            self.tokens[channel] = max(self.tokens[channel] - 1, 0.0)
            self.chat_next[(channel, chat_id)] = now + 1 / self.per_chat
            if len(self.chat_next) > MAX_CHATS:
                self.chat_next = {k: v for k, v in self.chat_next.items() if v > now}

    def _wait(self, channel: str, chat_id: str, rate: float) -> float:
        """Seconds until a send to ``chat_id`` is allowed (0 when it is now)."""
        now = self.monotonic()
        tokens = self.tokens.get(channel, self.burst)
        last = self.filled_at.get(channel, now)
        tokens = min(self.burst, tokens + (now - last) * rate)
        self.tokens[channel], self.filled_at[channel] = tokens, now
        wait = max(
            self.paused_until.get(channel, 0.0) - now,
            self.chat_next.get((channel, chat_id), 0.0) - now,
            (1 - tokens) / rate if tokens < 1 - EPSILON else 0.0,
        )
        return max(wait, 0.0)

    def retry_after(self, channel: str, seconds: float) -> None:
        """A 429: nothing goes out on ``channel`` for ``seconds``."""
        until = self.monotonic() + seconds
        self.paused_until[channel] = max(self.paused_until.get(channel, 0.0), until)
