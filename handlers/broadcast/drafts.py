"""A broadcast before and as it is created: who would get which language version, and the
creation itself (the broadcast row, started at once when it is due now: ``lifecycle.start``
resolves the audience and queues the rows in the caller's transaction; a scheduled one is
started by the planner at its time). The chat's composer and the dashboard's both use these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.core.pages import Acting
from handlers.broadcast.audience import LANGUAGES, ME, recipients, version_for
from handlers.broadcast.lifecycle import start
from storage.broadcasts import BroadcastState
from storage.models import Broadcast, Participant


@dataclass(frozen=True)
class Draft:
    """What the organizer chose: the audience (with its stage or team), the texts by language,
    and the attachment as the file store keeps it (``sha256``, ``name``, ``mime``, ``size``,
    ``photo``)."""

    program_id: str
    audience: str
    arg: str | None
    texts: dict[str, str]
    attachment: dict[str, Any] | None = None


def _position(code: str) -> int:
    return LANGUAGES.index(code) if code in LANGUAGES else len(LANGUAGES)


@dataclass(frozen=True)
class Reach:
    """Who a draft reaches: per (language version, the reader's own language, channel) how
    many, how many people in all (``total``; "only me" is one person getting every version),
    and how many have blocked the bot (they get nothing). A reader whose language has no
    version gets a fallback one and is counted apart."""

    counts: dict[tuple[str, str, str], int] = field(default_factory=dict)
    total: int = 0
    blocked: int = 0

    def lines(self) -> list[tuple[str, str, str, int]]:
        """``(version, wanted, channel, count)`` in the order mn, ja, en of the version, its
        own readers before fallback ones, then by channel."""

        def order(item: tuple[tuple[str, str, str], int]) -> tuple[int, int, str]:
            (code, wanted, channel), _ = item
            return (_position(code), _position(wanted) if wanted != code else -1, channel)

        return [
            (code, wanted, ch, n)
            for (code, wanted, ch), n in sorted(self.counts.items(), key=order)
        ]


def chain_of(actor: Acting) -> list[str]:
    return list(actor.settings.broadcast_fallback)


async def people_of(actor: Acting, draft: Draft) -> list[Participant]:
    return await recipients(
        actor.uow, draft.program_id, actor.participant, draft.audience, draft.arg, actor.now()
    )


def reach_of(
    people: Sequence[Participant], texts: dict[str, str], actor: Acting, audience: str = ""
) -> Reach:
    """How many get which version; "only me" (a test) gets every version written."""
    counts: Counter[tuple[str, str, str]] = Counter()
    blocked = 0
    for person in people:
        if audience == ME:
            for code in LANGUAGES:
                if texts.get(code):
                    counts[(code, code, person.channel)] += 1
            continue
        if person.blocked_at is not None:
            blocked += 1
            continue
        locale = person.language or actor.settings.default_language
        version = version_for(locale, texts, chain_of(actor)) or ""
        counts[(version, locale if locale != version else version, person.channel)] += 1
    total = len(people) if audience == ME else len(people) - blocked
    return Reach(dict(counts), total, blocked)


async def create_broadcast(actor: Acting, draft: Draft, at: datetime) -> tuple[Broadcast, int]:
    """The broadcast row, in the caller's transaction; due now, it starts at once. Returns the
    broadcast and how many people it goes to (scheduled: how many it would reach now, an
    estimate; the audience is resolved when it starts)."""
    now = actor.now()
    attached = draft.attachment or {}
    broadcast = await actor.uow.broadcasts.add(
        Broadcast(
            program_id=draft.program_id,
            organizer_id=actor.participant.id,
            audience=draft.audience,
            audience_arg=draft.arg,
            texts=dict(draft.texts),
            attachment=attached.get("sha256"),
            attachment_name=attached.get("name"),
            attachment_mime=attached.get("mime"),
            attachment_photo=bool(attached.get("photo")),
            state=BroadcastState.SCHEDULED,
            recipients=len(await people_of(actor, draft)),
            scheduled_at=at,
            created_at=now,
        )
    )
    if at <= now:
        await start(actor.uow, broadcast, now, chain_of(actor))
    return broadcast, broadcast.recipients
