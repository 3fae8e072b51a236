"""The QR code port drawn with segno: error correction M (a phone reads it through a scratched
screen or a reflection), a quiet zone of four modules, 10 pixels per module (about 330 px
square for a deep link: sharp on a phone held up at the desk)."""

from __future__ import annotations

import io

import segno

SCALE = 10
BORDER = 4


class SegnoQrWriter:
    def png(self, content: str) -> bytes:
        out = io.BytesIO()
        # make_qr, not make: segno picks a Micro QR code for short content, which phone
        # cameras do not read.
        segno.make_qr(content, error="m").save(out, kind="png", scale=SCALE, border=BORDER)
        return out.getvalue()
