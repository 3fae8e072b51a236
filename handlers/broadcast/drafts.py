"""A broadcast before and as it is created: who would get which language version, and the
creation itself (the broadcast row and one outbox row per recipient, in the caller's
transaction). The chat's composer and the dashboard's both use these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.core.pages import Acting
from handlers.broadcast.audience import LANGUAGES, recipients, version_for
from storage.broadcasts import BroadcastState, group_key
from storage.models import Broadcast, Participant
from storage.outbox import NewDelivery

RENDERER = "broadcast"
"""The renderer and category of a broadcast's rows."""
ENQUEUE_CHUNK = 1000


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


@dataclass(frozen=True)
class Reach:
    """Who a draft reaches: per (language version, channel) how many, and how many have
    blocked the bot (they get nothing)."""

    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    blocked: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[tuple[str, str, int]]:
        """``(language, channel, count)`` in the order mn, ja, en, then by channel."""

        def order(item: tuple[tuple[str, str], int]) -> tuple[int, str]:
            (code, channel), _ = item
            return (LANGUAGES.index(code) if code in LANGUAGES else len(LANGUAGES), channel)

        return [(code, ch, n) for (code, ch), n in sorted(self.counts.items(), key=order)]


def chain_of(actor: Acting) -> list[str]:
    return list(actor.settings.broadcast_fallback)


async def people_of(actor: Acting, draft: Draft) -> list[Participant]:
    return await recipients(
        actor.uow, draft.program_id, actor.participant, draft.audience, draft.arg
    )


def reach_of(people: Sequence[Participant], texts: dict[str, str], actor: Acting) -> Reach:
    counts: Counter[tuple[str, str]] = Counter()
    blocked = 0
    for person in people:
        if person.blocked_at is not None:
            blocked += 1
            continue
        locale = person.language or actor.settings.default_language
        version = version_for(locale, texts, chain_of(actor)) or ""
        counts[(version, person.channel)] += 1
    return Reach(dict(counts), blocked)


async def create_broadcast(actor: Acting, draft: Draft, at: datetime) -> tuple[Broadcast, int]:
    """The broadcast row and one outbox row per recipient, all in the caller's transaction;
    returns the broadcast and how many people it goes to. Due at ``at`` (now: at once)."""
    people = await people_of(actor, draft)
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
            recipients=len(people),
            scheduled_at=at,
            created_at=now,
        )
    )
    group = group_key(broadcast.id)
    fallback = ",".join(chain_of(actor))
    for start in range(0, len(people), ENQUEUE_CHUNK):
        await actor.uow.outbox.enqueue_many(
            [
                NewDelivery(
                    key=f"{group}:{person.id}",
                    participant_id=person.id,
                    due_at=at,
                    purpose="announcement",
                    category=RENDERER,
                    renderer=RENDERER,
                    params={"broadcast": broadcast.id, "fallback": fallback},
                    group_key=group,
                )
                for person in people[start : start + ENQUEUE_CHUNK]
            ],
            now,
        )
    if not people:
        broadcast.state, broadcast.finished_at = BroadcastState.DONE, now
    return broadcast, len(people)
