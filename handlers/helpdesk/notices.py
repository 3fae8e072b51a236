"""What the helpdesk's outbox rows say at send time, in the reader's language.

Texts people wrote go out as they were written (``Verbatim``) inside the reader's own words
around them. A row whose thread was closed, or whose texts the asker deleted, says nothing
any more (``None``: the row is skipped).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.context import time_zone_of
from bot.core.files import FileStore
from bot.core.messages import (
    ArgValue,
    Button,
    Document,
    LanguageNames,
    LocalTime,
    Msg,
    Reply,
    Verbatim,
)
from bot.core.outbox import RenderContext, Renderers
from handlers.helpdesk.buttons import AskerAct, AskerButton, DeskAct, DeskButton
from handlers.helpdesk.threads import ANSWER_RENDERER, NOTICE_RENDERER, desk, is_organizer
from storage.helpdesk import About, HelpdeskMessage, HelpdeskThread, ThreadState
from storage.models import Participant
from storage.uow import UnitOfWork

renderers = Renderers()


def number(thread: HelpdeskThread) -> int:
    return thread.id


def person_name(person: Participant | None) -> ArgValue:
    if person is None or not person.display_name:
        return Msg("helpdesk-someone")
    return person.display_name


async def name_of(uow: UnitOfWork, participant_id: int | None) -> ArgValue:
    person = await uow.participants.get(participant_id) if participant_id is not None else None
    return person_name(person)


async def about(uow: UnitOfWork, thread: HelpdeskThread) -> Msg:
    if thread.about == About.TEAM and thread.team_id is not None:
        team = await uow.teams.get(thread.team_id)
        if team is not None:
            return Msg("helpdesk-about-team", {"team": team.name})
    return Msg("helpdesk-about-personal")


def said(message: HelpdeskMessage) -> ArgValue:
    """What the message says: its text as written, or the name of the file it is alone."""
    if message.text:
        return Verbatim(message.text)
    if message.file_name:
        return Msg("helpdesk-file-only", {"name": message.file_name})
    return Msg("helpdesk-deleted")


async def attached(store: FileStore, message: HelpdeskMessage) -> Document | None:
    """The message's file as it is sent on; ``None`` without one (or if the store lost it:
    the text still goes, naming the file)."""
    if message.file_sha256 is None:
        return None
    content = await store.get(message.file_sha256)
    if content is None:
        return None
    return Document(
        message.file_name or "file",
        content,
        message.file_mime or "application/octet-stream",
        photo=message.file_photo,
    )


DESK_LABELS = (
    (Msg("helpdesk-button-show"), DeskAct.SHOW),
    (Msg("helpdesk-button-claim"), DeskAct.CLAIM),
    (Msg("helpdesk-button-take-over"), DeskAct.TAKE_OVER),
    (Msg("helpdesk-button-reply"), DeskAct.REPLY),
    (Msg("helpdesk-button-close"), DeskAct.CLOSE),
)


def desk_buttons(thread: HelpdeskThread, *acts: DeskAct) -> list[Button]:
    labels = {act: label.id for label, act in DESK_LABELS}
    return [
        Button(Msg(labels[act], {"number": thread.id}), DeskButton(act, thread.id).pack())
        for act in acts
    ]


def asker_buttons(thread: HelpdeskThread) -> list[Button]:
    if thread.state != ThreadState.OPEN:
        return []
    return [
        Button(Msg("helpdesk-button-write-back"), AskerButton(AskerAct.WRITE, thread.id).pack()),
        Button(Msg("helpdesk-button-solved"), AskerButton(AskerAct.CLOSE, thread.id).pack()),
    ]


async def _live(ctx: RenderContext) -> HelpdeskThread | None:
    """The row's thread while it is open and its texts are there."""
    thread = await desk(ctx.uow).get(int(ctx.params["thread"]))
    if thread is None or thread.erased_at is not None or thread.state != ThreadState.OPEN:
        return None
    return thread


async def _message(ctx: RenderContext) -> HelpdeskMessage | None:
    return await desk(ctx.uow).message(int(ctx.params["message"]))


@renderers.register(ANSWER_RENDERER)
async def render_answer(ctx: RenderContext) -> Reply | None:
    """An organizer's answer, to the asker. It goes even when the organizer closed the thread
    right after answering: the answer is what the person waits for."""
    thread = await desk(ctx.uow).get(int(ctx.params["thread"]))
    message = await _message(ctx)
    if thread is None or thread.erased_at is not None or message is None:
        return None
    return Reply(
        Msg("helpdesk-answer", {"number": thread.id, "text": said(message)}),
        asker_buttons(thread),
        await attached(ctx.services.files, message),
    )


TO_ASKER = ("closed-by-desk",)
"""The notice kinds that go to the asker; every other goes to organizers, and only while
they are organizers of the thread's program (a question is not for someone who lost it)."""


@renderers.register(NOTICE_RENDERER)
async def render_notice(ctx: RenderContext) -> Reply | None:
    kind = str(ctx.params["kind"])
    thread = await desk(ctx.uow).get(int(ctx.params["thread"]))
    if thread is None or (kind not in TO_ASKER and not is_organizer(ctx.participant, thread)):
        return None
    if kind.startswith("closed-by-"):
        return await _closed(ctx, kind)
    thread = await _live(ctx)
    if thread is None:
        return None
    uow = ctx.uow
    if kind == "claimed":
        if thread.claimed_by != ctx.params["by"]:
            return None  # taken over again since
        return Reply(
            Msg(
                "helpdesk-claimed-notice",
                {"number": thread.id, "name": await name_of(uow, thread.claimed_by)},
            ),
            desk_buttons(thread, DeskAct.SHOW),
        )
    if kind == "deferred":
        asker = await uow.participants.get(thread.asker_id) if thread.asker_id else None
        return Reply(
            Msg(
                "helpdesk-deferred",
                {
                    "number": thread.id,
                    "asker": person_name(asker),
                    "last": _on_both_clocks(asker.last_seen_at, asker) if asker else None,
                },
            )
        )
    if kind == "remind":
        if thread.first_answer_at is not None:
            return None
        question = (await desk(uow).first_messages([thread.id])).get(thread.id)
        if question is None:
            return None
        return Reply(
            Msg(
                "helpdesk-remind",
                {
                    "number": thread.id,
                    "waiting": _rounded(ctx.now - thread.created_at),
                    "asker": await name_of(uow, thread.asker_id),
                    "text": said(question),
                },
            ),
            desk_buttons(thread, DeskAct.CLAIM, DeskAct.REPLY, DeskAct.CLOSE),
        )
    message = await _message(ctx)
    if message is None:
        return None
    if kind == "follow-up":
        return Reply(
            Msg(
                "helpdesk-follow-up",
                {
                    "number": thread.id,
                    "asker": await name_of(uow, thread.asker_id),
                    "text": said(message),
                },
            ),
            desk_buttons(thread, DeskAct.REPLY, DeskAct.CLOSE),
            await attached(ctx.services.files, message),
        )
    return Reply(  # "new"
        Msg(
            "helpdesk-new",
            {
                "number": thread.id,
                "asker": await name_of(uow, thread.asker_id),
                "about": await about(uow, thread),
                "language": LanguageNames((thread.language,)),
                "text": said(message),
            },
        ),
        desk_buttons(thread, DeskAct.CLAIM, DeskAct.REPLY, DeskAct.CLOSE),
        await attached(ctx.services.files, message),
    )


async def _closed(ctx: RenderContext, kind: str) -> Reply | None:
    thread = await desk(ctx.uow).get(int(ctx.params["thread"]))
    if thread is None or thread.erased_at is not None:
        return None
    args: dict[str, ArgValue] = {"number": thread.id}
    if kind == "closed-by-asker":
        args["asker"] = await name_of(ctx.uow, thread.asker_id)
    elif kind == "closed-by-other":
        args["name"] = await name_of(ctx.uow, thread.closed_by)
    return Reply(Msg(f"helpdesk-{kind}", args))


def _on_both_clocks(at: datetime, other: Participant) -> LocalTime:
    """A moment of the other side of the thread, on the reader's clock and, when the other
    side's differs, on theirs too (a one-to-one text between two zones)."""
    return LocalTime(at, place=time_zone_of(other, other.language or "").key, both=True)


def _rounded(delta: timedelta) -> timedelta:
    """To the minute (a reminder planned ahead goes out a few seconds late)."""
    return timedelta(minutes=round(delta.total_seconds() / 60))
