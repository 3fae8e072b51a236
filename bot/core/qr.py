"""The QR code port: a short text (a deep link) as a PNG picture a phone camera reads.
``bot/qr.py`` draws it with segno."""

from __future__ import annotations

from typing import Protocol


class QrCodeWriter(Protocol):
    def png(self, content: str) -> bytes:
        """A QR code holding ``content``, as a PNG image."""
        ...
