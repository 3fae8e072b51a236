"""A strict pacer for platforms with hard send limits (Telegram: 30 messages/s per bot, one
per second per chat; a 429 stops the whole bot for ``retry_after`` seconds).

Per limited channel it keeps a token bucket for the overall rate (capacity ``burst``: with 1,
sends are evenly spaced, so no one-second window ever holds more than the rate), the next
instant each chat may receive a message, and a pause shared by every send after a 429.

Senders run concurrently (the outbox's lanes): the overall rate is handed out under one lock,
in turn, while a sender waiting for one chat's next slot waits outside it, so one busy chat
never holds up the others. A pause longer than ``max_wait`` is not waited out: ``acquire``
returns it, and the caller puts the message back until then.

The rate is kept ``headroom`` below the limit: requests reach the server a little unevenly,
and a server counting a sliding second must never see one more than the limit (at most
``burst + rate`` sends fall in any second).
One pacer paces one process; ``storage/pacing_lock.py`` lets one process at a time pace a
platform when several share a database.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

EPSILON = 1e-9
"""Float slack: a token refilled to 0.9999999999 is a whole token."""
MAX_CHATS = 50_000
"""How many per-chat slots are remembered before the expired ones are dropped."""
HEADROOM = 0.03
MAX_WAIT = 5.0


class StrictPacer:
    def __init__(
        self,
        rates: dict[str, float],
        per_chat: float = 1.0,
        burst: float = 1.0,
        headroom: float = HEADROOM,
        max_wait: float = MAX_WAIT,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rates = {channel: rate * (1 - headroom) for channel, rate in rates.items()}
        self.per_chat = per_chat
        self.burst = burst
        self.max_wait = max_wait
        self.sleep = sleep
        self.monotonic = monotonic
        self.tokens: dict[str, float] = {}
        self.filled_at: dict[str, float] = {}
        self.paused_until: dict[str, float] = {}
        self.chat_next: dict[tuple[str, str], float] = {}
        self.lock = asyncio.Lock()

    async def acquire(self, channel: str, chat_id: str) -> float:
        """Wait for a send slot for ``chat_id``: 0.0 once it is taken, or the seconds the
        channel stays paused when that is more than ``max_wait`` (nothing is taken then)."""
        pause = self._paused(channel)
        if pause > self.max_wait:
            return pause
        rate = self.rates.get(channel)
        if not rate:
            if pause > 0:
                await self.sleep(pause)
            return 0.0
        while True:
            chat_wait = self._chat_wait(channel, chat_id)
            if chat_wait > EPSILON:
                await self.sleep(chat_wait)  # outside the lock: other chats go on
                continue
            async with self.lock:  # concurrent senders take the overall rate in turn
                while True:
                    pause = self._paused(channel)
                    if pause > self.max_wait:
                        return pause
                    wait = max(pause, self._token_wait(channel, rate))
                    if wait <= EPSILON:
                        break
                    await self.sleep(wait)
                if self._chat_wait(channel, chat_id) > EPSILON:
                    continue  # another sender took this chat's slot meanwhile
                self._take(channel, chat_id)
                return 0.0

    def _paused(self, channel: str) -> float:
        return max(self.paused_until.get(channel, 0.0) - self.monotonic(), 0.0)

    def _chat_wait(self, channel: str, chat_id: str) -> float:
        return self.chat_next.get((channel, chat_id), 0.0) - self.monotonic()

    def _token_wait(self, channel: str, rate: float) -> float:
        """Seconds until the overall rate allows one more send (0 when it is now)."""
        now = self.monotonic()
        tokens = self.tokens.get(channel, self.burst)
        last = self.filled_at.get(channel, now)
        tokens = min(self.burst, tokens + (now - last) * rate)
        self.tokens[channel], self.filled_at[channel] = tokens, now
        return (1 - tokens) / rate if tokens < 1 - EPSILON else 0.0

    def _take(self, channel: str, chat_id: str) -> None:
        now = self.monotonic()
        self.tokens[channel] = max(self.tokens[channel] - 1, 0.0)
        self.chat_next[(channel, chat_id)] = now + 1 / self.per_chat
        if len(self.chat_next) > MAX_CHATS:
            self.chat_next = {k: v for k, v in self.chat_next.items() if v > now}

    def retry_after(self, channel: str, seconds: float) -> None:
        """A 429: nothing goes out on ``channel`` for ``seconds``."""
        until = self.monotonic() + seconds
        self.paused_until[channel] = max(self.paused_until.get(channel, 0.0), until)
