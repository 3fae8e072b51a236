"""A fake of Meta's Graph API on 127.0.0.1: it records every call, answers the Send API (with an
``attachment_id`` for a reusable upload) and the Messenger Profile API, can answer the next calls
with recorded error bodies, and serves files for attachment downloads. The real httpx client
talks to it over HTTP."""

from __future__ import annotations

import asyncio
import json
import socket
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from bot.core.settings import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "messenger"
VERSION = "v26.0"
TOKEN = "test-page-token"


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


@dataclass
class Call:
    path: str
    access_token: str | None
    body: dict[str, Any]
    """The JSON body; for a multipart upload, its form fields (JSON fields decoded)."""
    file: tuple[str, bytes, str] | None = None
    """For an upload: file name, bytes, content type."""


@dataclass
class FakeGraph:
    calls: list[Call] = field(default_factory=list)
    answers: list[tuple[int, bytes]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    url: str = ""

    def fail_next(self, fixture_name: str, status: int = 400) -> None:
        """Answer the next Send API call with a recorded error body."""
        data = fixture(fixture_name)
        raw = data.get("raw_body")
        if raw is None:
            payload = data["payload"]
            raw = json.dumps(payload if "error" in payload else {"error": payload})
        self.answers.append((status, raw.encode()))

    def answer_next(self, status: int, body: bytes) -> None:
        self.answers.append((status, body))

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The bodies sent to ``/me/messages``, in order."""
        return [call.body for call in self.calls if call.path == f"/{VERSION}/me/messages"]

    def app(self) -> Starlette:
        async def messages(request: Request) -> Response:
            await self._record(request)
            if self.answers:
                status, body = self.answers.pop(0)
                return Response(body, status_code=status, media_type="application/json")
            body = self.calls[-1].body
            answer = {
                "recipient_id": body.get("recipient", {}).get("id"),
                "message_id": f"m_{len(self.calls)}",
            }
            if body.get("message", {}).get("attachment", {}).get("payload", {}).get("is_reusable"):
                answer["attachment_id"] = f"att_{len(self.calls)}"  # as the Send API does
            return JSONResponse(answer)

        async def profile(request: Request) -> Response:
            await self._record(request)
            return JSONResponse({"result": "success"})

        async def download(request: Request) -> Response:
            content = self.files.get(request.path_params["name"])
            if content is None:
                return Response(status_code=404)

            async def chunks() -> Any:
                for start in range(0, len(content), 65536):
                    yield content[start : start + 65536]

            return StreamingResponse(chunks(), media_type="application/octet-stream")

        return Starlette(
            routes=[
                Route(f"/{VERSION}/me/messages", messages, methods=["POST"]),
                Route(f"/{VERSION}/me/messenger_profile", profile, methods=["POST"]),
                Route("/files/{name}", download, methods=["GET"]),
            ]
        )

    async def _record(self, request: Request) -> None:
        raw = await request.body()
        content_type = request.headers.get("content-type", "")
        token = request.query_params.get("access_token")
        if content_type.startswith("multipart/form-data"):
            parsed = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + raw
            )
            body: dict[str, Any] = {}
            upload = None
            for part in parsed.iter_parts():
                name = part.get_param("name", header="content-disposition")
                value = part.get_payload(decode=True)
                if part.get_filename():
                    upload = (part.get_filename(), value, part.get_content_type())
                else:
                    text = value.decode()
                    body[str(name)] = json.loads(text) if text.startswith("{") else text
            self.calls.append(Call(request.url.path, token, body, upload))
        else:
            self.calls.append(Call(request.url.path, token, json.loads(raw)))


async def start(fake: FakeGraph) -> tuple[uvicorn.Server, asyncio.Task[None]]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(fake.app(), lifespan="off", log_level="warning", access_log=False)
    )
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        await asyncio.sleep(0.01)
    fake.url = f"http://127.0.0.1:{port}"
    return server, task


async def stop(server: uvicorn.Server, task: asyncio.Task[None]) -> None:
    server.should_exit = True
    await task
