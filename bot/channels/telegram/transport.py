"""python-telegram-bot's HTTP layer on aiohttp instead of its default, httpx.

Why: a broadcast at Telegram's paid rate is 1,000 requests a second from one process. Measured
against the fake Bot API on 127.0.0.1 (``bench/broadcast.py``), httpx's pure-Python HTTP/1.1
costs about 1.4 ms of CPU per ``sendMessage`` (one core saturates near 700/s, before the bot
does any work of its own); aiohttp's C parser costs about 0.4 ms for the same call, PTB's own
work included. Everything above the wire (methods, types, errors) stays python-telegram-bot's:
this is its documented extension point, ``telegram.request.BaseRequest``.

Requests carry what PTB's own httpx request carries: parameters as a form (values JSON-encoded
by PTB), files as multipart. Only PTB's public API is used: ``BaseRequest`` and the documented
members of ``RequestData``.

Every URL holds the bot token (``…/bot<TOKEN>/getFile``), and aiohttp puts the URL in its errors
("Connection timeout to host http://…/bot<TOKEN>/getFile"). The errors raised here carry the
method and aiohttp's message with the token taken out, and no chained cause, so no traceback of
a failed call shows the token (the log's redaction, ``bot/core/redaction.py``, is the second
guard).
"""

from __future__ import annotations

import re

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
_TOKEN_IN_PATH = re.compile(r"/bot[^/]+/")
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0


def _seconds(value: object, default: float | None) -> float | None:
    """A timeout PTB passed (seconds, or ``None`` for none), else ``default``: PTB passes
    ``BaseRequest.DEFAULT_NONE`` for a timeout the caller left out."""
    if value is None or isinstance(value, int | float):
        return value
    return default


class AiohttpRequest(BaseRequest):
    """One aiohttp session with a pool of ``connections`` keep-alive connections."""

    def __init__(
        self,
        connections: int = 64,
        read_timeout: float | None = READ_TIMEOUT,
        connect_timeout: float | None = CONNECT_TIMEOUT,
    ) -> None:
        self.connections = connections
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self.connections)
            headers = {"User-Agent": self.USER_AGENT}
            self._session = aiohttp.ClientSession(connector=connector, headers=headers)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            await self.initialize()  # PTB does not insist on Bot.initialize() before a call
        assert self._session is not None
        # aiohttp's connect timeout covers waiting for a pooled connection too.
        connect = _seconds(connect_timeout, self._connect_timeout)
        pool = _seconds(pool_timeout, None)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if connect is None else connect + (pool or 0.0),
            sock_read=_seconds(read_timeout, self._read_timeout),
        )
        try:
            data = _body(request_data)
            headers = FORM if isinstance(data, bytes) else None
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut(_described(error, url, "Timed out")) from None
        except aiohttp.ClientError as error:
            raise NetworkError(_described(error, url, f"aiohttp.{type(error).__name__}")) from None


def without_token(text: str) -> str:
    """``text`` with the token of any Bot API URL in it replaced (``/bot<token>/``)."""
    return _TOKEN_IN_PATH.sub("/bot<token>/", text)


def _described(error: BaseException, url: str, what: str) -> str:
    """What failed, for the error raised instead of ``error``: the method (the URL's last
    part) and aiohttp's message, neither with the token."""
    method = url.rstrip("/").rsplit("/", 1)[-1]
    detail = without_token(str(error).replace(url, without_token(url)))
    return f"{what} ({method}): {detail}" if detail else f"{what} ({method})"


def _body(request_data: RequestData | None) -> aiohttp.FormData | bytes | None:
    """A form as bytes, from PTB's own encoding: aiohttp's encoding of a dict cost a quarter of
    a request."""
    if request_data is None:
        return None
    if not request_data.contains_files:
        return request_data.url_encoded_parameters().encode()
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, part in request_data.multipart_data.items():
        file_name, content = part[0], part[1]
        content_type = part[2] if len(part) > 2 else None
        form.add_field(name, content, filename=file_name, content_type=content_type)
    return form
