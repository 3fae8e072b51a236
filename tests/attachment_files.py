"""Small real files of the kinds a broadcast may carry, made with the standard library: a PNG
that any viewer opens, a JPEG header with its frame size, Word and Excel packages."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

OOXML = "application/vnd.openxmlformats-officedocument"
OFFICE_TYPES = {
    "docx": ("word/document.xml", f"{OOXML}.wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", f"{OOXML}.spreadsheetml.sheet.main+xml"),
    "docm": ("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"),
}


def png_bytes(width: int = 2, height: int = 1) -> bytes:
    """A grey PNG of ``width`` × ``height`` pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg_bytes(width: int = 640, height: int = 480) -> bytes:
    """The segments of a baseline JPEG up to its frame header (JFIF, then SOF0), then EOI."""
    jfif = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    app0 = b"\xff\xe0" + struct.pack(">H", len(jfif) + 2) + jfif
    frame = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    sof0 = b"\xff\xc0" + struct.pack(">H", len(frame) + 2) + frame
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"


def office_bytes(kind: str) -> bytes:
    """A minimal Office Open XML package: ``docx``, ``xlsx`` or the macro-enabled ``docm``."""
    part, content_type = OFFICE_TYPES[kind]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'content-types"><Override PartName="/{part}" ContentType="{content_type}"/></Types>',
        )
        package.writestr("_rels/.rels", "<Relationships/>")
        package.writestr(part, "<root/>")
    return buffer.getvalue()
