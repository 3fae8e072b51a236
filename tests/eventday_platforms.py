"""What the Telegram and Messenger event-day tests share: the shipped interim event, a staff
member granted in the database, and a ticket's QR code read back with zxing-cpp."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from sqlalchemy import select

from bot.app import App
from bot.core.roles import Role
from storage.models import Event
from storage.uow import UnitOfWork

PROGRAM = "mics-2024"


async def interim_id(app: App) -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(Event.id).where(Event.key == "interim"))
    assert found is not None
    return found


async def make_staff(app: App, channel: str, external_id: str) -> None:
    """The person (who has written to the bot) becomes event staff of the shipped program."""
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        person = await uow.participants.find(channel, external_id)
        assert person is not None
        await uow.participants.grant(person, Role.STAFF, app.clock.now(), PROGRAM)


def qr_text(png: bytes) -> list[str]:
    """The texts of the QR codes in a PNG (regular QR codes only: phone cameras read them)."""
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    return [b.text for b in found if b.format == zxingcpp.BarcodeFormat.QRCode]
