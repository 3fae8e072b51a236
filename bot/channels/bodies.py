"""What the webhooks share: reading a request's body with a hard cap."""

from __future__ import annotations

from starlette.requests import Request

MAX_BODY_BYTES = 1024 * 1024
"""The most of a webhook's body that is read."""


async def read_capped(request: Request, cap: int = MAX_BODY_BYTES) -> bytes | None:
    """The body, or ``None`` as soon as it is longer than ``cap`` (nothing past it is read),
    whatever its headers say: a chunked body has no length, and a wrong one is a lie."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            return None
    return bytes(body)
