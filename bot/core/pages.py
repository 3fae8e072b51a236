"""Dashboard pages as plain data: what a feature shows on the organizer dashboard and what it
lets an organizer do there, with no web framework in sight.

A feature lists ``Page`` values in its ``Feature(pages=...)`` and ``Export`` values in
``Feature(exports=...)``. A page's ``view`` is a use case: it reads through ``ctx.uow`` and
returns a list of blocks (``Section``, ``Table``, ``Stats``, ``Form``…), values the dashboard
(``bot/dashboard/``) renders with its own templates, in the organizer's language and time zone.
An ``Action`` is a use case that changes something: the dashboard calls it inside one
transaction, after checking the role and the CSRF token, and writes an audit row beside it;
what it returns (``Outcome``) says what to tell the organizer and where to go next. Texts are
``Msg`` (a Fluent id) or ``Verbatim`` (what people typed; always escaped). See
``docs/dashboard.md``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol, Union
from zoneinfo import ZoneInfo

from bot.core.clock import Clock
from bot.core.context import Notice, Services
from bot.core.exports import Sheet
from bot.core.messages import Document, LocalTime, Msg, Purpose, Reply, Text, Verbatim
from bot.core.roles import Role
from bot.core.settings import Settings
from storage.models import Participant, Program
from storage.uow import UnitOfWork


class Acting(Protocol):
    """Who acts and with what: what a use case shared by a chat command and a dashboard action
    needs. Both the chat's ``Context`` and the dashboard's ``PageContext`` are one."""

    uow: UnitOfWork
    settings: Settings
    services: Services
    participant: Participant
    locale: str
    tz: ZoneInfo

    def now(self) -> datetime: ...

    def notify(
        self, participant: Participant, reply: Reply, purpose: Purpose = "account_update"
    ) -> None: ...


@dataclass
class PageContext:
    """One dashboard request: the signed-in organizer, their program, language and zone, the
    query string (``?team=5``) and, for an action, the form that was posted."""

    uow: UnitOfWork
    participant: Participant
    program: Program | None
    locale: str
    tz: ZoneInfo
    clock: Clock
    settings: Settings
    services: Services
    query: Mapping[str, str] = field(default_factory=dict)
    form: FormData | None = None
    notices: list[Notice] = field(default_factory=list)

    def now(self) -> datetime:
        return self.clock.now()

    @property
    def roles(self) -> frozenset[str]:
        return self.participant.roles_in(self.participant.program_id)

    def notify(
        self, participant: Participant, reply: Reply, purpose: Purpose = "account_update"
    ) -> None:
        """Tell someone in the chat, in their language, once the action is committed."""
        self.notices.append(Notice(participant, reply, purpose))

    def param(self, name: str) -> str:
        """A query or form value, ``""`` when absent (the form wins)."""
        if self.form is not None and name in self.form.values:
            return self.form.values[name]
        return self.query.get(name, "")

    def int_param(self, name: str) -> int | None:
        return row_id(self.param(name))


_ROW_ID = re.compile(r"[0-9]{1,9}")


def row_id(value: str) -> int | None:
    """A row id a form or a query names (``"5"``), ``None`` if it is not one: ASCII digits
    only, since ``str.isdigit`` also accepts ``²``, which ``int`` refuses."""
    value = value.strip()
    return int(value) if _ROW_ID.fullmatch(value) else None


EMPTY_TABLE = Msg("dash-table-empty")
EMPTY_CHART = Msg("dash-chart-empty")

# --- what a page shows -------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A link to a page of the dashboard (``page`` is its slug) with a query, or to a file a
    page offers (``download``: the name of one of its ``Download`` values)."""

    text: Text
    page: str
    query: Mapping[str, str | int] = field(default_factory=dict)
    download: str | None = None


@dataclass(frozen=True)
class Button:
    """A one-button form posting to an action of the page it is on, with hidden fields."""

    label: Text
    action: str
    fields: Mapping[str, str | int] = field(default_factory=dict)
    confirm: Text | None = None
    """Asked in the browser before posting."""


@dataclass(frozen=True)
class Badge:
    """A short status word with a colour: ``ok``, ``warn``, ``bad`` or ``info``."""

    text: Text
    tone: Literal["ok", "warn", "bad", "info"] = "info"


CellValue = Union[  # noqa: UP007 (a runtime alias)
    Msg, Verbatim, str, int, float, datetime, LocalTime, Link, Button, Badge, None
]
"""What a table cell may hold: a ``str`` is shown as typed (escaped), a ``datetime`` in the
organizer's zone; a list of these goes one per line."""
Cell = Union[CellValue, Sequence[CellValue]]  # noqa: UP007


@dataclass(frozen=True)
class Table:
    columns: Sequence[Text]
    rows: Sequence[Sequence[Cell]]
    empty: Text = EMPTY_TABLE
    name: str = ""
    """An id for the table (browser tests and styles find it by ``data-table``)."""


@dataclass(frozen=True)
class Stat:
    label: Text
    value: int | str
    name: str = ""
    """An id for the number (``data-stat``)."""


@dataclass(frozen=True)
class Stats:
    items: Sequence[Stat]


@dataclass(frozen=True)
class Series:
    label: Text
    points: Sequence[tuple[datetime, int]]


@dataclass(frozen=True)
class Chart:
    """A line chart drawn on the server (cumulative counts over time)."""

    title: Text
    series: Sequence[Series]
    empty: Text = EMPTY_CHART


@dataclass(frozen=True)
class Paragraph:
    text: Text
    style: Literal["plain", "quote", "muted"] = "plain"
    """``quote``: text people wrote, shown as they wrote it (line breaks kept)."""


@dataclass(frozen=True)
class Callout:
    """A highlighted line: the outcome of an action, a warning."""

    text: Text
    tone: Literal["ok", "bad", "info"] = "info"


# Form fields: the dashboard renders each as a labelled input.


@dataclass(frozen=True)
class TextInput:
    name: str
    label: Text
    value: str = ""
    multiline: bool = False
    required: bool = False
    max_length: int | None = None


@dataclass(frozen=True)
class Select:
    name: str
    label: Text
    options: Sequence[tuple[str, Text]]
    value: str = ""


@dataclass(frozen=True)
class DateTimeInput:
    """A date and a time in the organizer's zone (``FormData.moment`` reads it back)."""

    name: str
    label: Text
    value: datetime | None = None
    required: bool = False


@dataclass(frozen=True)
class FileInput:
    name: str
    label: Text


@dataclass(frozen=True)
class Hidden:
    name: str
    value: str | int


Field = TextInput | Select | DateTimeInput | FileInput | Hidden


@dataclass(frozen=True)
class Submit:
    """A submit button posting the form to ``action`` (an action of this page)."""

    label: Text
    action: str
    confirm: Text | None = None


@dataclass(frozen=True)
class Form:
    """With ``submits``: posted to the page's actions (with the CSRF token). Without: a filter,
    sent as a query to the page itself; the dashboard's script refreshes the ``live`` part of
    the page as the organizer types or chooses."""

    fields: Sequence[Field]
    submits: Sequence[Submit] = ()
    name: str = ""


@dataclass(frozen=True)
class Section:
    title: Text | None
    blocks: Sequence[Block]
    name: str = ""


@dataclass(frozen=True)
class Live:
    """A part of the page the browser refreshes every ``seconds`` without a reload, until the
    view returns it with ``running=False`` (a broadcast's progress)."""

    blocks: Sequence[Block]
    running: bool = True
    seconds: float = 2.0
    name: str = "live"


Block = Union[  # noqa: UP007
    Section, Table, Stats, Chart, Paragraph, Callout, Form, Live, Link, Button
]


# --- what a page does ---------------------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    file_name: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class FormData:
    """What an organizer posted: text values and uploaded files, by field name."""

    values: Mapping[str, str]
    files: Mapping[str, Upload] = field(default_factory=dict)

    def text(self, name: str) -> str:
        return self.values.get(name, "")

    def number(self, name: str) -> int | None:
        return row_id(self.text(name))

    def moment(self, name: str, tz: ZoneInfo) -> datetime | None:
        """A ``DateTimeInput`` (``2024-11-20T18:30``) read in ``tz``; ``None`` if it is not one."""
        raw = self.text(name).strip()
        try:
            local = datetime.fromisoformat(raw) if raw else None
        except ValueError:
            return None
        if local is None:
            return None
        return local if local.tzinfo else local.replace(tzinfo=tz)


@dataclass(frozen=True)
class Outcome:
    """What an action did: a message for the organizer (``ok`` false: nothing changed), the
    query of the page to show next (``None``: the same page as before), and what the audit row
    records beside the action's name (``{"team": 5, "until": "2024-11-20T18:00+08:00"}``)."""

    message: Text
    ok: bool = True
    go: Mapping[str, str | int] | None = None
    audit: Mapping[str, str | int] = field(default_factory=dict)
    show: Sequence[Block] = ()
    """Blocks shown above the page instead of going on (a preview): the form keeps its values."""


View = Callable[[PageContext], Awaitable[Sequence[Block]]]
Run = Callable[[PageContext, FormData], Awaitable[Outcome]]


@dataclass(frozen=True)
class Action:
    """A state-changing use case behind a form of the page. ``audited`` false for one that
    changes nothing of the program (a preview)."""

    name: str
    run: Run
    audited: bool = True


@dataclass(frozen=True)
class Download:
    """A file a page offers (a deck version, a broadcast's report): ``None`` when the query
    names nothing there is."""

    name: str
    make: Callable[[PageContext], Awaitable[Document | None]]


@dataclass(frozen=True)
class Page:
    """One page of the dashboard at ``/admin/{slug}``: its title (a Fluent id), the roles that
    may open it (checked on the server on every request, for the page, its actions and its
    downloads), a view, its actions and downloads, and its place in the navigation."""

    slug: str
    title: str
    view: View
    roles: tuple[Role, ...] = (Role.ORGANIZER,)
    actions: tuple[Action, ...] = ()
    downloads: tuple[Download, ...] = ()
    order: int = 100


@dataclass(frozen=True)
class Variant:
    """One file of an export that has several (the decks of one stage)."""

    label: Text
    query: Mapping[str, str | int]


@dataclass(frozen=True)
class Export:
    """A table or a file on the Exports page. ``table``: offered as CSV (``csv_bytes``) and as
    XLSX (``Services.spreadsheets``); ``file``: offered as it is (a ZIP). ``variants`` lists
    the files of an export that has several (each adds its query); without, there is one."""

    name: str
    title: str
    table: Callable[[PageContext], Awaitable[Sheet]] | None = None
    file: Callable[[PageContext], Awaitable[Document | None]] | None = None
    variants: Callable[[PageContext], Awaitable[list[Variant]]] | None = None
    roles: tuple[Role, ...] = (Role.ORGANIZER,)
