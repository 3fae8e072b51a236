"""What a file is, from its bytes (never its name): the kinds a broadcast may carry, and the
size of a picture read from its header."""

from __future__ import annotations

import pytest

from bot.core.filetypes import DOCX, JPEG, PDF, PNG, PPTX, XLSX, FileType, picture_size, sniff
from bot.core.limits import MB, photo_shape_fits, upload_limit
from tests.attachment_files import jpeg_bytes, office_bytes, png_bytes
from tests.decks import pdf_bytes, pptx_bytes


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (pdf_bytes(), PDF),
        (pptx_bytes(), PPTX),
        (office_bytes("docx"), DOCX),
        (office_bytes("xlsx"), XLSX),
        (jpeg_bytes(), JPEG),
        (png_bytes(), PNG),
    ],
)
def test_each_accepted_kind_is_recognised_by_its_content(data: bytes, kind: FileType) -> None:
    assert sniff(data) == kind


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"plain text that calls itself deck.pdf",
        b"GIF89a\x01\x00\x01\x00",
        b"PK\x03\x04 but no ZIP after it",
        office_bytes("docm"),  # macro-enabled: another content type
    ],
)
def test_anything_else_is_not_recognised(data: bytes) -> None:
    assert sniff(data) is None


def test_the_size_of_a_picture_comes_from_its_header() -> None:
    assert picture_size(png_bytes(3, 2)) == (3, 2)
    assert picture_size(jpeg_bytes(1280, 720)) == (1280, 720)
    assert picture_size(b"\xff\xd8\xff\xd9") is None
    assert picture_size(pdf_bytes()) is None


def test_telegram_limits_photos_by_bytes_and_shape() -> None:
    assert (upload_limit("telegram", photo=True), upload_limit("telegram")) == (10 * MB, 50 * MB)
    assert upload_limit("messenger", photo=True) == 25 * MB
    assert photo_shape_fits("telegram", 6000, 4000) is True
    assert photo_shape_fits("telegram", 6000, 4001) is False  # 10,001 together
    assert photo_shape_fits("telegram", 4200, 200) is False  # 21 to 1
    assert photo_shape_fits("messenger", 12000, 100) is True
