"""The content check of handed-in files: a PDF must open and have a page, a PPTX must be an
Office Open XML presentation. Names and MIME types are never trusted."""

from __future__ import annotations

import io
import zipfile

from pypdf import PdfReader

from bot.core.files import DocumentRefused

PPTX_PARTS = ("[Content_Types].xml", "ppt/presentation.xml")


class PdfAndPptxChecker:
    def kind_of(self, data: bytes) -> str:
        if not data:
            raise DocumentRefused("empty")
        if data.lstrip()[:5] == b"%PDF-":
            check_pdf(data)
            return "pdf"
        if data[:4] == b"PK\x03\x04":
            check_pptx(data)
            return "pptx"
        raise DocumentRefused("unknown")


def check_pdf(data: bytes) -> None:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentRefused("encrypted")
        if len(reader.pages) < 1:
            raise DocumentRefused("no-pages")
    except DocumentRefused:
        raise
    except Exception as error:  # a broken PDF can make pypdf raise almost anything
        raise DocumentRefused("corrupt") from error


def check_pptx(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if not all(part in names for part in PPTX_PARTS):
                raise DocumentRefused("unknown")
            if package.testzip() is not None:
                raise DocumentRefused("corrupt")
            content_types = package.read("[Content_Types].xml")
    except DocumentRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise DocumentRefused("corrupt") from error
    if b"presentationml" not in content_types:
        raise DocumentRefused("unknown")
