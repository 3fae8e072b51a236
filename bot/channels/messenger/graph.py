"""The Graph API over httpx: the Send API, attachment uploads and the Messenger Profile API.

Errors come back as ``{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}``;
``GraphError`` carries them, and ``GraphError.kind`` says what the sender should do.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from bot.channels.messenger.config import MessengerConfig
from bot.core.messages import Document

# httpx logs each request's URL at INFO, and ours carry the Page access token in the query.
logging.getLogger("httpx").setLevel(logging.WARNING)

ErrorKind = Literal["unreachable", "outside_window", "rate_limited", "temporary", "token", "other"]

UNREACHABLE = {551}
OUTSIDE_WINDOW = {10}
RATE_LIMITED = {4, 32, 613}
TEMPORARY = {1200}
TOKEN = {190}


@dataclass
class GraphError(Exception):
    http_status: int
    code: int | None = None
    subcode: int | None = None
    message: str = ""

    def __str__(self) -> str:
        return f"HTTP {self.http_status} code={self.code} subcode={self.subcode}: {self.message}"

    @property
    def kind(self) -> ErrorKind:
        if self.code in UNREACHABLE:
            return "unreachable"
        if self.code in OUTSIDE_WINDOW:
            return "outside_window"
        if self.code in RATE_LIMITED:
            return "rate_limited"
        if self.code in TOKEN:
            return "token"
        if self.code in TEMPORARY or self.http_status >= 500:
            return "temporary"
        return "other"


def _error_of(response: httpx.Response) -> GraphError:
    try:
        body = response.json()
    except ValueError:
        body = {}
    inner = body.get("error", body) if isinstance(body, dict) else {}
    if not isinstance(inner, dict):
        inner = {}
    code, subcode = inner.get("code"), inner.get("error_subcode")
    return GraphError(
        response.status_code,
        code if isinstance(code, int) else None,
        subcode if isinstance(subcode, int) else None,
        str(inner.get("message", response.text[:200])),
    )


def attachment_type(document: Document) -> str:
    """How the Send API shows a file: a photo as an ``image``, anything else as a ``file``."""
    return "image" if document.photo else "file"


class GraphClient:
    """One httpx client for the Page; every call carries the Page access token."""

    def __init__(self, config: MessengerConfig, http: httpx.AsyncClient | None = None) -> None:
        self.config = config
        self.http = http or httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=10.0))

    async def aclose(self) -> None:
        await self.http.aclose()

    async def _post(self, path: str, **kwargs: Any) -> dict[str, Any]:
        response = await self.http.post(
            f"{self.config.base_url}/{path}",
            params={"access_token": self.config.page_access_token},
            **kwargs,
        )
        if response.status_code != 200:
            raise _error_of(response)
        try:
            body = response.json()
        except ValueError as error:
            raise GraphError(response.status_code, message="not JSON") from error
        return body if isinstance(body, dict) else {}

    async def send_message(self, body: dict[str, Any]) -> dict[str, Any]:
        """``POST /me/messages``; returns ``{"recipient_id", "message_id"}``."""
        return await self._post("me/messages", json=body)

    async def send_document(
        self, envelope: dict[str, Any], document: Document, reusable: bool = False
    ) -> dict[str, Any]:
        """Upload ``document`` (multipart) to the person in ``envelope``: an ``image`` for a
        photo, else a ``file``. When ``reusable``, the answer also carries the
        ``attachment_id`` that later sends of the same file use instead of uploading it."""
        message = {
            "attachment": {
                "type": attachment_type(document),
                "payload": {"is_reusable": reusable},
            }
        }
        fields = {
            key: json.dumps(value) if isinstance(value, dict) else value
            for key, value in envelope.items()
        }
        fields["message"] = json.dumps(message)
        files = {"filedata": (document.file_name, document.content, document.mime_type)}
        return await self._post("me/messages", data=fields, files=files)

    async def send_uploaded(
        self, envelope: dict[str, Any], document: Document, attachment_id: str
    ) -> dict[str, Any]:
        """Send a file uploaded before as reusable, by its ``attachment_id``."""
        attachment = {
            "type": attachment_type(document),
            "payload": {"attachment_id": attachment_id},
        }
        return await self.send_message({**envelope, "message": {"attachment": attachment}})

    async def set_messenger_profile(self, body: dict[str, Any]) -> dict[str, Any]:
        """``POST /me/messenger_profile``: Get Started, greeting, persistent menu."""
        return await self._post("me/messenger_profile", json=body)
