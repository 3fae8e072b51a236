"""What a file really is, from its bytes: the kinds an organizer may attach to a broadcast.

The name and MIME type that come with a file are never trusted. A PDF starts with ``%PDF-``, a
JPEG with ``FF D8 FF``, a PNG with its 8-byte signature; Word, PowerPoint and Excel files are
ZIP packages whose ``[Content_Types].xml`` names their main part (the macro-enabled variants
name another type and are not accepted: renamed to ``.docx`` they would not even open).
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass


@dataclass(frozen=True)
class FileType:
    extension: str
    mime_type: str
    picture: bool = False
    """JPEG or PNG: it may go as a photo."""


PDF = FileType("pdf", "application/pdf")
DOCX = FileType("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
PPTX = FileType("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation")
XLSX = FileType("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
JPEG = FileType("jpg", "image/jpeg", picture=True)
PNG = FileType("png", "image/png", picture=True)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ZIP_SIGNATURE = b"PK\x03\x04"
OFFICE_MAIN_PARTS: dict[str, tuple[FileType, bytes]] = {
    "word/document.xml": (DOCX, b"wordprocessingml.document.main+xml"),
    "ppt/presentation.xml": (PPTX, b"presentationml.presentation.main+xml"),
    "xl/workbook.xml": (XLSX, b"spreadsheetml.sheet.main+xml"),
}
_JPEG_FRAMES = set(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
"""Start-of-frame markers (they carry the size); C4, C8 and CC are other segments."""
_JPEG_STANDALONE = {0x01, *range(0xD0, 0xD9)}
"""Markers without a length: TEM, the restart markers and SOI."""


def sniff(data: bytes) -> FileType | None:
    """The type of ``data``, or ``None`` when it is not one of ours (or a broken package)."""
    if data.lstrip()[:5] == b"%PDF-":
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(PNG_SIGNATURE):
        return PNG
    if data.startswith(ZIP_SIGNATURE):
        return _office(data)
    return None


def _office(data: bytes) -> FileType | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if "[Content_Types].xml" not in names or package.testzip() is not None:
                return None
            content_types = package.read("[Content_Types].xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        return None
    for part, (kind, main_type) in OFFICE_MAIN_PARTS.items():
        if part in names and main_type in content_types:
            return kind
    return None


def picture_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG or JPEG from its header; ``None`` when they cannot be read."""
    if data.startswith(PNG_SIGNATURE):
        if data[12:16] != b"IHDR" or len(data) < 24:
            return None
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the JPEG's segments to its start-of-frame, which holds height then width."""
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # a fill byte before the marker
            index += 1
            continue
        if marker in _JPEG_STANDALONE:
            index += 2
            continue
        if marker in _JPEG_FRAMES:
            if index + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return width, height
        if marker in (0xD9, 0xDA):  # the image ends or its data starts before any frame
            return None
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        index += 2 + length
    return None
