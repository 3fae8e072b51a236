"""How large a file each channel lets the bot download and upload.

An adapter states its platform's limits here (one line each); features read them through
``download_limit`` and ``upload_limit``. A channel without an entry has no limit of its own
(the console reads local files). Figures: ``/work/shared/PLATFORMS.md``.
"""

from __future__ import annotations

MB = 1024 * 1024

DOWNLOAD_LIMITS: dict[str, int] = {
    "telegram": 20 * MB,  # getFile refuses larger files ("file is too big")
    "messenger": 25 * MB,  # attachments are at most about 25 MB
}
UPLOAD_LIMITS: dict[str, int] = {
    "telegram": 50 * MB,
    "messenger": 25 * MB,
}


def download_limit(channel: str) -> int | None:
    """The most bytes the bot can fetch of a file a person sent on ``channel``."""
    return DOWNLOAD_LIMITS.get(channel)


def upload_limit(channel: str) -> int | None:
    """The most bytes the bot can send as a document on ``channel``."""
    return UPLOAD_LIMITS.get(channel)
