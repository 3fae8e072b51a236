"""Files people hand in: the content-addressed store, the content check, and safe file names.

The store keeps each distinct content once, under its SHA-256, and never overwrites it: a
version in the database points at bytes that cannot change under it. The content check is a
port because reading PDFs needs a library the core does not import (``bot/documents.py``).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from bot.core.messages import Attachment, TooLarge

BadContent = Literal["unknown", "encrypted", "corrupt", "no-pages", "empty"]


class DocumentRefused(Exception):
    """The bytes are not a document we accept; ``reason`` says why, for the person."""

    def __init__(self, reason: BadContent) -> None:
        super().__init__(reason)
        self.reason: BadContent = reason


class DocumentChecker(Protocol):
    def kind_of(self, data: bytes) -> str:
        """``pdf`` or ``pptx`` from the content, or raise ``DocumentRefused``."""
        ...


class FileStore(Protocol):
    exports_dir: Path

    async def put(self, data: bytes) -> str:
        """Keep ``data`` (once) and return its SHA-256 in hex."""
        ...

    async def get(self, sha256: str) -> bytes | None: ...


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class LocalFileStore:
    """Files under ``root/ab/cd/<sha256>``; exports under ``root/exports``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.exports_dir = root / "exports"

    def path_of(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    async def put(self, data: bytes) -> str:
        digest = sha256_of(data)
        await asyncio.to_thread(self._write_once, self.path_of(digest), data)
        return digest

    async def get(self, sha256: str) -> bytes | None:
        path = self.path_of(sha256)
        return await asyncio.to_thread(path.read_bytes) if path.is_file() else None

    @staticmethod
    def _write_once(path: Path, data: bytes) -> None:
        if path.is_file():
            return  # same name, same content: nothing to do, and nothing is overwritten
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_bytes(data)
        os.replace(partial, path)


MAX_NAME_LENGTH = 120
DOCUMENT_EXTENSIONS = ("pdf", "pptx", "ppt", "docx", "doc", "xlsx", "xls", "jpg", "jpeg", "png")
"""Extensions of the documents people send: one of these that does not match the content
(a PDF named ``.pptx``) is replaced, not kept before the right one."""


def _document_suffix(name: str) -> str | None:
    suffix = name.rpartition(".")[2].strip().lower() if "." in name else ""
    return suffix if suffix in DOCUMENT_EXTENSIONS else None


def wrong_extension(name: str | None, kind: str) -> str | None:
    """The document extension ``name`` ends with when it is not that of ``kind`` (what the
    content really is): ``pptx`` for a PDF named ``deck.pptx``; ``None`` otherwise."""
    suffix = _document_suffix(name or "")
    if suffix is None or suffix == kind or {suffix, kind} == {"jpg", "jpeg"}:
        return None
    return suffix


def sanitize_file_name(name: str | None, kind: str, default_stem: str = "deck") -> str:
    """A name safe to show and to use in a ZIP: no folders, no ``..``, no control characters,
    at most 120 characters, ending in the extension of what the content really is (a wrong
    document extension is replaced; ``default_stem`` plus the extension when nothing of the
    name is left)."""
    text = unicodedata.normalize("NFC", name or "")
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    text = re.split(r"[/\\]", text)[-1]  # the last part of a path: no folders, no traversal
    text = text.replace(":", "_")
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"\s+", " ", text).strip()
    extension = f".{kind}"
    if _document_suffix(text) not in (None, kind):
        text = text.rpartition(".")[0]
    stem = text[: -len(extension)] if text.lower().endswith(extension) else text
    stem = stem.strip(" .")[: MAX_NAME_LENGTH - len(extension)].rstrip(" .")
    return f"{stem or default_stem}{extension}"


Refusal = Literal["empty", "too_large", "too_large_unsized"]


@dataclass(frozen=True)
class Fetched:
    """A person's file as ``fetch_within`` got it: its bytes, or why there are none (with the
    size the platform reported when that was the reason)."""

    data: bytes | None
    refusal: Refusal | None = None
    size: int | None = None


async def fetch_within(attachment: Attachment, limit: int) -> Fetched:
    """At most ``limit`` bytes of a file a person sent. Refused as empty or too large from
    the size the platform reports, before any download, and again from the bytes (a fetch
    that ignored its limit, a size the platform did not report)."""
    if attachment.size == 0:
        return Fetched(None, "empty")
    if attachment.size is not None and attachment.size > limit:
        return Fetched(None, "too_large", attachment.size)
    try:
        data = await attachment.fetch(limit)
    except TooLarge:
        return Fetched(None, "too_large_unsized")
    if len(data) > limit:
        return Fetched(None, "too_large_unsized")
    if not data:
        return Fetched(None, "empty")
    return Fetched(data)
