"""A fake Telegram Bot API server on 127.0.0.1 that the real python-telegram-bot client talks
to over HTTP, with Telegram's URL layout (``/bot{token}/{method}``, ``/file/bot{token}/{path}``).

It serves scripted updates through ``getUpdates`` (long polling, woken when updates arrive),
pushes them to a webhook, records every call with its decoded parameters, answers scripted
errors (429 with ``retry_after``, 403 "bot was blocked by the user", 5xx) and serves files.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

TOKEN = "123456:TEST-token_for-the-fake"
BOT_ID = 7000001
BOT_USERNAME = "mics_test_bot"
JSON_FIELDS = {"reply_markup", "allowed_updates", "commands"}
WAIT_LIMIT = 10.0
"""Seconds a test waits for the bot's calls before failing (a safety net, not a delay)."""


@dataclass
class LocalServer:
    base_url: str
    server: uvicorn.Server
    task: asyncio.Task[None]

    async def stop(self) -> None:
        self.server.should_exit = True
        await self.task


async def serve_on_localhost(app: Starlette) -> LocalServer:
    """Serve ``app`` with uvicorn on a free port of 127.0.0.1 (clients queue until it serves)."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    listening = socket.create_server(("127.0.0.1", 0))
    listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    base_url = f"http://127.0.0.1:{listening.getsockname()[1]}"
    return LocalServer(base_url, server, asyncio.create_task(server.serve(sockets=[listening])))


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    sender: str = ""
    """The ``SENDER`` of a client whose base URL is ``{base_url}/as/SENDER`` (several bot
    processes on one fake tell themselves apart by it)."""


@dataclass
class Failure:
    status: int
    body: str


@dataclass
class FakeTelegram:
    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    failures: dict[str, list[Failure]] = field(default_factory=dict)
    stalls: dict[str, list[asyncio.Event]] = field(default_factory=dict)
    base_url: str = ""
    _message_id: int = 1000
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _local: LocalServer = field(init=False)
    _closing: bool = False
    limit_per_second: float | None = None
    """When set, sends beyond this many in the last second get a real 429 body."""
    limit_per_chat: float | None = None
    _recent: list[float] = field(default_factory=list)
    _chat_last: dict[str, float] = field(default_factory=dict)
    rejected: int = 0
    rejected_at: list[float] = field(default_factory=list)
    delivered: Counter[str] = field(default_factory=Counter)
    """Accepted ``send*`` calls per chat id."""
    delivered_at: list[tuple[float, str]] = field(default_factory=list)
    """When each accepted ``send*`` call arrived, and its chat id."""

    # ---- scripting -------------------------------------------------------------------------

    async def queue_updates(self, *updates: dict[str, Any]) -> None:
        async with self._changed:
            self.updates.extend(updates)
            self._changed.notify_all()

    def fail_next(self, method: str, body: dict[str, Any] | str, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` answer ``body`` with its ``error_code``."""
        text = body if isinstance(body, str) else json.dumps(body)
        status = int(json.loads(text)["error_code"])
        self.failures.setdefault(method, []).extend([Failure(status, text)] * times)

    def stall_next(self, method: str, chat_id: str | None = None) -> asyncio.Event:
        """The next call of ``method`` (to ``chat_id``, when given) gets no answer until the
        returned event is set, and then a 504."""
        release = asyncio.Event()
        key = method if chat_id is None else f"{method}@{chat_id}"
        self.stalls.setdefault(key, []).append(release)
        return release

    def add_file(self, file_id: str, content: bytes) -> None:
        self.files[file_id] = content

    async def wait_for(self, done: Callable[[list[Call]], bool]) -> None:
        """Until ``done(self.calls)`` holds (the bot works concurrently with the test)."""

        async def check() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: done(self.calls))

        await asyncio.wait_for(check(), WAIT_LIMIT)

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [call.params for call in self.calls if call.method == method]

    def methods(self) -> list[str]:
        return [call.method for call in self.calls]

    # ---- the web server ----------------------------------------------------------------------

    async def start(self) -> None:
        app = Starlette(
            routes=[
                Route("/bot{token}/{method}", self._api, methods=["GET", "POST"]),
                Route("/as/{sender}/bot{token}/{method}", self._api, methods=["GET", "POST"]),
                Route("/file/bot{token}/{path:path}", self._file, methods=["GET"]),
                Route("/fake/stats", self._stats, methods=["GET"]),
            ]
        )
        self._local = await serve_on_localhost(app)
        self.base_url = self._local.base_url

    async def stop(self) -> None:
        async with self._changed:
            self._closing = True  # ends a pending long poll now
            self._changed.notify_all()
        await self._local.stop()

    async def push(
        self, url: str, update: dict[str, Any] | bytes, secret: str | None
    ) -> httpx.Response:
        """POST an update to a webhook as Telegram does."""
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        body = update if isinstance(update, bytes) else json.dumps(update).encode()
        async with httpx.AsyncClient() as client:
            return await client.post(url, content=body, headers=headers)

    async def _params(self, request: Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query_params)
        if request.method == "POST":
            content_type = request.headers.get("content-type", "")
            if content_type.startswith("application/json"):
                params.update(json.loads(await request.body() or b"{}"))
            elif content_type.startswith("application/x-www-form-urlencoded"):
                body = (await request.body()).decode()
                for key, value in parse_qsl(body, keep_blank_values=True):
                    params[key] = json.loads(value) if key in JSON_FIELDS else value
            else:
                form = await request.form()
                for key, value in form.multi_items():
                    if isinstance(value, UploadFile):
                        params[key] = {"file_name": value.filename, "content": await value.read()}
                    else:
                        params[key] = json.loads(value) if key in JSON_FIELDS else value
        return params

    async def _api(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.path_params["method"]
        params = await self._params(request)
        async with self._changed:
            self.calls.append(Call(method, params, request.path_params.get("sender", "")))
            self._changed.notify_all()
        stalled = self.stalls.get(f"{method}@{params.get('chat_id')}") or self.stalls.get(method)
        if stalled:
            await stalled.pop(0).wait()
            return _error(504, "Gateway Timeout")
        queued = self.failures.get(method)
        if queued:
            failure = queued.pop(0)
            return Response(failure.body, failure.status, media_type="application/json")
        if method == "getUpdates":
            return _ok(await self._get_updates(params))
        if method.startswith("send") and self._over_limit(str(params.get("chat_id"))):
            self.rejected += 1
            self.rejected_at.append(time.monotonic())
            body = {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 1",
                "parameters": {"retry_after": 1},
            }
            return JSONResponse(body, 429)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return _error(404, "Not Found")
        if method.startswith("send"):
            self.delivered[str(params.get("chat_id"))] += 1
            self.delivered_at.append((time.monotonic(), str(params.get("chat_id"))))
        return _ok(handler(params))

    async def _stats(self, request: Request) -> Response:
        """What a benchmark running the fake in another process reads at the end."""
        return JSONResponse(
            {
                "delivered": self.delivered,
                "delivered_at": self.delivered_at,
                "rejected": self.rejected,
                "rejected_at": self.rejected_at,
            }
        )

    def _over_limit(self, chat_id: str) -> bool:
        """Telegram's limits, when enforced: overall sends in a sliding second, one a second
        per chat. A rejected send does not count."""
        now = time.monotonic()
        if self.limit_per_second is not None:
            self._recent = [t for t in self._recent if t > now - 1.0]
            if len(self._recent) >= self.limit_per_second:
                return True
        if self.limit_per_chat is not None:
            last = self._chat_last.get(chat_id)
            if last is not None and now - last < 1.0 / self.limit_per_chat:
                return True
        self._recent.append(now)
        self._chat_last[chat_id] = now
        return False

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)

        def pending() -> list[dict[str, Any]]:
            return [u for u in self.updates if u["update_id"] >= offset]

        async with self._changed:
            self.updates = pending()
            try:
                await asyncio.wait_for(
                    self._changed.wait_for(lambda: bool(pending()) or self._closing), timeout
                )
            except TimeoutError:
                return []
            return pending()

    async def _file(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return Response(status_code=401)
        file_id = request.path_params["path"].rsplit("/", 1)[-1]
        if file_id not in self.files:
            return Response(status_code=404)
        async with self._changed:
            self.calls.append(Call("download", {"path": request.path_params["path"]}))
            self._changed.notify_all()
        return Response(self.files[file_id], media_type="application/octet-stream")

    # ---- methods -------------------------------------------------------------------------------

    def _message(
        self, params: dict[str, Any], message_id: int | None = None, **content: Any
    ) -> dict[str, Any]:
        if message_id is None:
            self._message_id += 1
            message_id = self._message_id
        chat_id = int(params["chat_id"])
        return {
            "message_id": message_id,
            "date": 1732000000,
            "chat": {"id": chat_id, "type": "private", "first_name": "Person"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "MICS", "username": BOT_USERNAME},
            **content,
        }

    def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "MICS",
            "username": BOT_USERNAME,
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, text=params["text"])

    def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, int(params["message_id"]), text=params["text"])

    def _m_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        document = {"file_id": f"doc{self._message_id}", "file_unique_id": f"u{self._message_id}"}
        return self._message(params, document=document)

    def _m_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        """Telegram keeps a photo in several sizes, smallest first; each has its own file_id."""
        number = self._message_id
        sizes = [
            {"file_id": f"photo{number}{suffix}", "file_unique_id": f"p{number}{suffix}", **size}
            for suffix, size in (
                ("-s", {"width": 90, "height": 60}),
                ("", {"width": 1280, "height": 853}),
            )
        ]
        return self._message(params, photo=sizes)

    def _m_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = params["file_id"]
        return {
            "file_id": file_id,
            "file_unique_id": f"u-{file_id}",
            "file_size": len(self.files.get(file_id, b"")),
            "file_path": f"documents/{file_id}",
        }

    def _m_true(self, params: dict[str, Any]) -> bool:
        return True

    _m_answerCallbackQuery = _m_true
    _m_setMyCommands = _m_true
    _m_setMyDescription = _m_true
    _m_setMyShortDescription = _m_true
    _m_deleteWebhook = _m_true
    _m_setWebhook = _m_true


def _ok(result: Any) -> Response:
    return JSONResponse({"ok": True, "result": result})


def _error(code: int, description: str) -> Response:
    return JSONResponse({"ok": False, "error_code": code, "description": description}, code)
