"""The Telegram output channel: python-telegram-bot's ``Bot`` as a thin HTTP client.

Two ways to send, for two kinds of caller:

- ``send`` (the ``OutputChannel`` port; replies): waits out a 429 for the whole bot and
  retries, retries timeouts and 5xx with backoff, and returns ``sent``, ``blocked`` or
  ``failed``.
- ``try_send`` (callers that pace themselves, such as the outbox): one attempt per API call;
  a 429, a timeout or a 5xx returns ``SendResult("retry", retry_after=seconds)`` at once.
  A message split into several parts may then have sent its first parts already.

Either way a 429 pauses every send of the bot until ``retry_after`` has passed (Telegram's
limit is per bot, not per chat), and a 403 marks the person unreachable.

With ``paid_broadcast`` (``TELEGRAM_PAID_BROADCAST=1``), what goes through ``try_send`` (the
outbox: broadcasts, reminders) carries ``allow_paid_broadcast``: Telegram then accepts up to
1,000 messages a second and charges Stars for those above 30. Replies never do.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import partial
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, InputFile, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.channels.telegram import raw
from bot.channels.telegram.rendering import CAPTION_LIMIT, keyboard, split_text, units
from bot.channels.telegram.updates import CHANNEL
from bot.channels.uploads import UploadMemory
from bot.core.messages import Document, Purpose, RenderedMessage, TooLarge
from bot.core.metrics import Metrics
from bot.core.ports import Recipient, SendResult

log = logging.getLogger(__name__)

_LEGACY_RETRY_AFTER = re.compile(r"retry after (\d+)", re.IGNORECASE)
MAX_ATTEMPTS = 5
MAX_BACKOFF = 30.0
EDIT_MEMORY = 10_000
"""How many editable messages (``edit_key``) are remembered; older ones are sent anew."""

Sleep = Callable[[float], Awaitable[None]]
ReachabilityHook = Callable[[str, bool], Awaitable[None]]


class _Retry(Exception):
    def __init__(self, seconds: float, error: str) -> None:
        super().__init__(error)
        self.seconds = seconds


class _Blocked(Exception):
    pass


def retry_after_of(error: TelegramError) -> float | None:
    """Seconds to wait after a 429: from ``parameters`` or, on old servers, the description."""
    if isinstance(error, RetryAfter):
        with warnings.catch_warnings():  # PTB 22 warns that the type will become timedelta
            warnings.simplefilter("ignore")
            value = error.retry_after
        return value.total_seconds() if isinstance(value, timedelta) else float(value)
    match = _LEGACY_RETRY_AFTER.search(str(error))
    return float(match.group(1)) if match and "too many requests" in str(error).lower() else None


def _file_id_of(sent: Message) -> str | None:
    """The ``file_id`` of the file in a sent message: the largest size of a photo."""
    if sent.photo:
        return sent.photo[-1].file_id
    return sent.document.file_id if sent.document is not None else None


class TelegramChannel:
    name = CHANNEL

    def __init__(
        self,
        bot: Bot,
        metrics: Metrics,
        on_reachability: ReachabilityHook,
        sleep: Sleep = asyncio.sleep,
        paid_broadcast: bool = False,
    ) -> None:
        self.bot = bot
        self.paid_broadcast = paid_broadcast
        self.metrics = metrics
        self.on_reachability = on_reachability
        self.sleep = sleep
        self.username: str | None = None
        self._resume_at = 0.0
        self._edits: OrderedDict[tuple[str, str], int] = OrderedDict()
        self._uploads = UploadMemory()

    async def initialize(self) -> None:
        """``getMe``: the bot's username makes the deep links."""
        await self.bot.initialize()
        self.username = self.bot.username

    def start_link(self, payload: str) -> str | None:
        return f"https://t.me/{self.username}?start={payload}" if self.username else None

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        return await self._deliver(recipient, message, wait=True)

    async def try_send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        return await self._deliver(recipient, message, wait=False)

    async def _deliver(
        self, recipient: Recipient, message: RenderedMessage, wait: bool
    ) -> SendResult:
        chat_id = recipient.external_id
        try:
            sent = await self._put(chat_id, message, wait)
        except _Retry as retry:
            return SendResult("retry", retry_after=retry.seconds, error=str(retry))
        except _Blocked as blocked:
            try:
                await self.on_reachability(chat_id, False)
            except Exception:  # the send's outcome stands even if recording it failed
                log.exception("telegram: could not mark %s unreachable", chat_id)
            return SendResult("blocked", error=str(blocked))
        except TelegramError as error:
            self.metrics.error("telegram_failed")
            log.warning("telegram: sending to %s failed: %s", chat_id, error)
            return SendResult("failed", error=str(error))
        if message.edit_key is not None:
            self._remember(chat_id, message.edit_key, sent)
        return SendResult("sent", platform_message_id=str(sent))

    async def _put(self, chat_id: str, message: RenderedMessage, wait: bool) -> int:
        """Put the message on the wire; returns the id of its last (or edited) Telegram message."""
        edited = await self._edit(chat_id, message, wait)
        if edited is not None:
            return edited
        markup = keyboard(message.buttons)
        paid = True if self.paid_broadcast and not wait else None
        document = message.document
        texts = split_text(message.text) if message.text else []
        caption = None
        if document is not None and len(texts) == 1 and units(texts[0]) <= CAPTION_LIMIT:
            caption, texts = texts[0], []
        last: int | None = None
        for index, text in enumerate(texts):
            is_last = index == len(texts) - 1 and document is None
            send = partial(self._send_text, chat_id, text, markup if is_last else None, paid)
            last = await self._call(send, wait)
        if document is not None:
            sent = await self._put_file(chat_id, document, caption, markup, paid, wait)
            last = sent.message_id
        if last is None:
            raise BadRequest("nothing to send: the message has no text and no document")
        return last

    async def _send_text(
        self, chat_id: str, text: str, markup: InlineKeyboardMarkup | None, paid: bool | None
    ) -> int:
        """``sendMessage``, keeping only the message id of Telegram's answer (see ``raw``)."""
        parameters: dict[str, Any] = {"chat_id": chat_id, "text": text}
        if markup is not None:
            parameters["reply_markup"] = markup
        if paid:
            parameters["allow_paid_broadcast"] = True
        return await raw.send_message(self.bot, parameters)

    async def _put_file(
        self,
        chat_id: str,
        document: Document,
        caption: str | None,
        markup: InlineKeyboardMarkup | None,
        paid: bool | None,
        wait: bool,
    ) -> Message:
        """``sendPhoto`` for a photo, ``sendDocument`` otherwise: by the ``file_id`` of an
        earlier upload of the same file when there is one, else uploading it. A ``file_id``
        that Telegram no longer accepts (an error about the file) is dropped and the file is
        uploaded instead."""
        send = self.bot.send_photo if document.photo else self.bot.send_document

        async def put(file: str | InputFile) -> Message:
            sent: Message = await self._call(
                lambda: send(
                    chat_id, file, caption=caption, reply_markup=markup, allow_paid_broadcast=paid
                ),
                wait,
            )
            return sent

        async def upload() -> tuple[Message, str | None]:
            sent = await put(InputFile(document.content, filename=document.file_name))
            return sent, _file_id_of(sent)

        def refused(error: Exception) -> bool:
            return isinstance(error, BadRequest) and "file" in str(error).lower()

        return await self._uploads.send(document, put, upload, refused)

    async def _edit(self, chat_id: str, message: RenderedMessage, wait: bool) -> int | None:
        """Edit the earlier message with this ``edit_key``; ``None`` when it has to be sent."""
        if message.edit_key is None or message.document is not None:
            return None
        message_id = self._edits.get((chat_id, message.edit_key))
        texts = split_text(message.text)
        if message_id is None or len(texts) != 1:
            return None
        try:
            await self._call(
                lambda: self.bot.edit_message_text(
                    texts[0],
                    chat_id=chat_id,
                    message_id=message_id,
                    reply_markup=keyboard(message.buttons),
                ),
                wait,
            )
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                log.info("telegram: cannot edit %s in %s: %s", message_id, chat_id, error)
                return None
        return message_id

    def _remember(self, chat_id: str, edit_key: str, message_id: int) -> None:
        self._edits[(chat_id, edit_key)] = message_id
        self._edits.move_to_end((chat_id, edit_key))
        while len(self._edits) > EDIT_MEMORY:
            self._edits.popitem(last=False)

    def _pause(self, seconds: float) -> None:
        self._resume_at = max(self._resume_at, time.monotonic() + seconds)

    async def _call(self, request: Callable[[], Awaitable[Any]], wait: bool) -> Any:
        """One Bot API call under the bot-wide 429 pause, with the retry policy of ``wait``."""
        attempt = 0
        waited = False
        while True:
            pause = 0.0 if waited else self._resume_at - time.monotonic()
            waited = False
            if pause > 0:
                if not wait:
                    raise _Retry(pause, "paused after 429")
                await self.sleep(pause)
            try:
                return await request()
            except Forbidden as error:
                self.metrics.error("telegram_blocked")
                raise _Blocked(str(error)) from error
            except BadRequest:
                raise
            except (NetworkError, RetryAfter) as error:
                seconds = retry_after_of(error)
                if seconds is not None:
                    self.metrics.error("telegram_rate_limited")
                    log.warning("telegram: 429, the whole bot waits %.0f s", seconds)
                    self._pause(seconds)
                    if not wait:
                        raise _Retry(seconds, str(error)) from error
                    await self.sleep(seconds)
                    waited = True
                    continue
                attempt += 1
                self.metrics.error("telegram_transient")
                backoff = min(2.0 ** (attempt - 1), MAX_BACKOFF)
                if not wait:
                    raise _Retry(backoff, str(error)) from error
                if attempt >= MAX_ATTEMPTS:
                    raise
                log.warning("telegram: %s; retry %d in %.0f s", error, attempt, backoff)
                await self.sleep(backoff)

    def fetcher(self, file_id: str, size: int | None) -> Callable[[int], Awaitable[bytes]]:
        """Download a file a person sent (``getFile``, then its URL), at most ``limit`` bytes."""

        async def fetch(limit: int) -> bytes:
            if size is not None and size > limit:
                raise TooLarge(f"telegram file {file_id}: {size} bytes > {limit}")
            file = await self._call(lambda: self.bot.get_file(file_id), wait=True)
            if file.file_size is not None and file.file_size > limit:
                raise TooLarge(f"telegram file {file_id}: {file.file_size} bytes > {limit}")
            data = bytes(await self._call(file.download_as_bytearray, wait=True))
            if len(data) > limit:
                raise TooLarge(f"telegram file {file_id}: more than {limit} bytes")
            return data

        return fetch
