"""The handler context: everything a handler may use, handed in explicitly (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.core.calendar import CalendarWriter
from bot.core.charts import ChartPainter
from bot.core.clock import Clock
from bot.core.exports import SpreadsheetWriter
from bot.core.files import DocumentChecker, FileStore
from bot.core.indicators import ProgramIndicators
from bot.core.messages import ArgValue, Button, Document, IncomingMessage, Msg, Purpose, Reply
from bot.core.metrics import Metrics
from bot.core.ports import OutputChannel, Translator
from bot.core.qr import QrCodeWriter
from bot.core.roles import Role
from bot.core.settings import Settings
from storage.models import ConversationState, Participant
from storage.uow import UnitOfWork

if TYPE_CHECKING:
    from bot.core.router import Router

DEFAULT_TIME_ZONES = {"mn": "Asia/Ulaanbaatar", "ja": "Asia/Tokyo", "en": "Asia/Ulaanbaatar"}


def time_zone_of(participant: Participant, locale: str) -> ZoneInfo:
    """The person's chosen time zone, else the default of their language."""
    return ZoneInfo(participant.time_zone or DEFAULT_TIME_ZONES.get(locale, "Asia/Ulaanbaatar"))


@dataclass
class Services:
    """Long-lived collaborators shared by every handler call."""

    files: FileStore
    """Where handed-in files and broadcast attachments are kept (content-addressed)."""
    documents: DocumentChecker
    """What a handed-in file really is, from its bytes."""
    calendar: CalendarWriter
    """Writes iCalendar files."""
    spreadsheets: SpreadsheetWriter
    """Writes XLSX workbooks."""
    charts: ChartPainter
    """Draws charts as PNG images."""
    translator: Translator
    """Renders a message in a language other than the reader's: a preview of what people
    of each language will read (selection results)."""
    qr_codes: QrCodeWriter
    """Draws QR codes (check-in tickets)."""
    channels: dict[str, OutputChannel] = field(default_factory=dict)
    indicators: tuple[ProgramIndicators, ...] = ()
    """Every feature's program-level indicators (``Feature.indicators``), for the KPI report."""
    metrics: Metrics = field(default_factory=Metrics)

    def start_link(self, channel: str, payload: str) -> str | None:
        out = self.channels.get(channel)
        return out.start_link(payload) if out is not None else None


@dataclass
class Notice:
    """A message to someone other than the sender, delivered after the transaction commits."""

    participant: Participant
    reply: Reply
    purpose: Purpose


@dataclass
class Context:
    message: IncomingMessage
    uow: UnitOfWork
    clock: Clock
    settings: Settings
    services: Services
    router: Router
    participant: Participant = field(init=False)
    locale: str = "en"
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Ulaanbaatar"))
    state: ConversationState | None = None
    replies: list[Reply] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def now(self) -> datetime:
        return self.clock.now()

    @property
    def roles(self) -> frozenset[str]:
        """The roles the person holds in the program they follow (and those for every program)."""
        return self.participant.roles_in(self.participant.program_id)

    def has_role(self, role: Role) -> bool:
        return role in self.roles

    def reply(
        self,
        message_id: str,
        buttons: list[Button] | None = None,
        document: Document | None = None,
        **args: ArgValue,
    ) -> Reply:
        """Answer the sender with a Fluent message; returns the reply so it can be extended."""
        reply = Reply(Msg(message_id, args), list(buttons or []), document)
        self.replies.append(reply)
        return reply

    def send(self, reply: Reply) -> Reply:
        self.replies.append(reply)
        return reply

    def notify(
        self, participant: Participant, reply: Reply, purpose: Purpose = "account_update"
    ) -> None:
        """Tell someone else, in their language, once this message's work is committed."""
        self.notices.append(Notice(participant, reply, purpose))
