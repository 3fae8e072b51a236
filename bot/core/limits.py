"""How large a file each channel lets the bot download and upload.

An adapter states its platform's limits here (one line each); features read them through
``download_limit`` and ``upload_limit``. A channel without an entry has no limit of its own
(the console reads local files). Figures: Telegram's Bot API documentation (a bot downloads
up to 20 MB through ``getFile`` and uploads up to 50 MB) and Meta's Messenger Platform
documentation.
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
PHOTO_UPLOAD_LIMITS: dict[str, int] = {
    "telegram": 10 * MB,  # sendPhoto; a larger picture has to go as a document
    "messenger": 25 * MB,
}
PHOTO_SHAPES: dict[str, tuple[int, float]] = {
    "telegram": (10_000, 20.0),
}
"""Per channel: the most a photo's width and height may add up to, and the largest ratio of
its longer side to its shorter one (Telegram refuses other photos with PHOTO_INVALID_DIMENSIONS)."""


def download_limit(channel: str) -> int | None:
    """The most bytes the bot can fetch of a file a person sent on ``channel``."""
    return DOWNLOAD_LIMITS.get(channel)


def upload_limit(channel: str, photo: bool = False) -> int | None:
    """The most bytes the bot can send on ``channel`` as a document, or as a photo."""
    return (PHOTO_UPLOAD_LIMITS if photo else UPLOAD_LIMITS).get(channel)


def photo_shape_fits(channel: str, width: int, height: int) -> bool:
    """Whether ``channel`` shows a picture of ``width`` × ``height`` pixels as a photo."""
    shape = PHOTO_SHAPES.get(channel)
    if shape is None:
        return True
    most, ratio = shape
    short, long = sorted((width, height))
    return short > 0 and width + height <= most and long <= ratio * short
