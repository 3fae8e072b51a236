"""/eventnews EVENT: an organizer sends a short live update (the panel starts late, the room
changed) written in Mongolian and Japanese (English optional), like a broadcast, to the people
checked in or to everyone coming (on site or online, and those checked in). Each recipient is
one outbox row sent as an event update: on Messenger outside the 24-hour window it carries
``CONFIRMED_EVENT_UPDATE``, which only an upcoming or running event may use, so the rows expire
when the event ends and /eventnews refuses an event that is over.

The flow ``evnews``: aud → mn → ja → en → confirm.
"""

from __future__ import annotations

from collections import Counter

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Attachment, LanguageNames, Msg, Reply, Text, Verbatim
from bot.core.outbox import RenderContext, Renderers
from bot.core.roles import Role
from bot.core.router import Router
from handlers.broadcast.audience import LANGUAGES, fallback_chain, version_for
from handlers.eventday.common import event_end, event_name, pick_event, repo
from storage.eventday import EventNews, NewsAudience, RsvpState
from storage.models import Event, Participant
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork

router = Router()
renderers = Renderers()

RENDERER = "eventday-news"
MAX_TEXT = 1000
"""A live update is short; a long one is a broadcast."""
SKIP = "skip"


async def recipients(uow: UnitOfWork, event: Event, audience: str) -> list[Participant]:
    days = repo(uow)
    found = await days.checked_in_people(event.id)
    if audience == NewsAudience.COMING:
        found += await days.people_in(event.id, (RsvpState.COMING, RsvpState.ONLINE))
    unique = {person.id: person for person in found}
    return [unique[key] for key in sorted(unique)]


async def _event(ctx: Context) -> Event | None:
    event = await repo(ctx.uow).event(int(flow_data(ctx)["event"]))
    if event is None or event_end(event) <= ctx.now():
        ctx.reply("eventday-news-over", name=event_name(event, ctx.locale) if event else "")
        return None
    return event


async def _ask_audience(ctx: Context) -> Prompt:
    return Prompt(
        Msg("eventday-news-ask-audience"),
        [(Msg(f"eventday-news-audience-{a}"), str(a)) for a in NewsAudience],
    )


async def _audience(ctx: Context, value: str) -> str:
    if value not in tuple(NewsAudience):
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["audience"] = value
    return NEXT


def _ask_text(language: str) -> Step:
    async def ask(ctx: Context) -> Prompt:
        return Prompt(
            Msg("eventday-news-ask-text", {"language": LanguageNames((language,))}),
            [(Msg("eventday-button-skip"), SKIP)],
        )

    async def typed(ctx: Context, text: str) -> str:
        if not text.strip():
            ctx.reply("eventday-news-empty")
            return STAY
        if len(text) > MAX_TEXT:
            ctx.reply("eventday-news-too-long", limit=MAX_TEXT, length=len(text))
            return STAY
        flow_data(ctx).setdefault("texts", {})[language] = text.strip()
        return NEXT

    async def skipped(ctx: Context, value: str) -> str:
        texts = flow_data(ctx).setdefault("texts", {})
        texts.pop(language, None)
        if language == LANGUAGES[-1] and not texts:
            ctx.reply("eventday-news-need-text")
            return STAY
        return NEXT

    async def file_instead(ctx: Context, attachment: Attachment) -> str:
        ctx.reply("eventday-news-text-only")
        return STAY

    return Step(language, ask, on_text=typed, on_choice=skipped, on_attachment=file_instead)


async def _ask_confirm(ctx: Context) -> Prompt:
    data = flow_data(ctx)
    texts: dict[str, str] = data.get("texts", {})
    for code in LANGUAGES:
        if texts.get(code):
            ctx.reply("eventday-news-preview-version", language=LanguageNames((code,)))
            ctx.send(Reply(Verbatim(texts[code])))
    event = await repo(ctx.uow).event(int(data["event"]))
    people = await recipients(ctx.uow, event, data["audience"]) if event else []
    chain = list(ctx.settings.broadcast_fallback)
    counts = Counter(
        version_for(p.language or ctx.settings.default_language, texts, chain) or "" for p in people
    )
    lines = [
        Msg(
            "eventday-news-preview-line",
            {"language": LanguageNames((code,)), "count": counts[code]},
        )
        for code in LANGUAGES
        if counts[code]
    ]
    text: Text = Msg(
        "eventday-news-preview",
        {"total": len(people), "lines": lines or [Msg("eventday-news-nobody")]},
    )
    return Prompt(text, [(Msg("eventday-button-send"), "send")])


async def _confirm(ctx: Context, value: str) -> str:
    if value != "send":
        await ctx.router.flows.stale(ctx)
        return STAY
    event = await _event(ctx)
    if event is None:
        return DONE
    data, now = flow_data(ctx), ctx.now()
    people = await recipients(ctx.uow, event, data["audience"])
    news = await repo(ctx.uow).add_news(
        EventNews(
            event_id=event.id,
            organizer_id=ctx.participant.id,
            audience=data["audience"],
            texts=dict(data.get("texts", {})),
            recipients=len(people),
            created_at=now,
        )
    )
    group = f"{event.program_id}:news:{event.key}:{news.id}"
    fallback = ",".join(ctx.settings.broadcast_fallback)
    await ctx.uow.outbox.enqueue_many(
        [
            NewDelivery(
                key=f"{group}:p{person.id}",
                participant_id=person.id,
                due_at=now,
                purpose="event_update",
                category=RENDERER,
                renderer=RENDERER,
                params={"news": news.id, "fallback": fallback},
                group_key=group,
                expires_at=event_end(event),
            )
            for person in people
        ],
        now,
    )
    ctx.reply("eventday-news-queued", name=event_name(event, ctx.locale), count=len(people))
    return DONE


FLOW = router.add_flow(
    Flow(
        "evnews",
        [
            Step("aud", _ask_audience, on_choice=_audience),
            *(_ask_text(code) for code in LANGUAGES),
            Step("confirm", _ask_confirm, on_choice=_confirm),
        ],
        roles=(Role.ORGANIZER,),
    )
)


@router.command("eventnews", help_id="help-eventnews", roles=(Role.ORGANIZER,))
async def eventnews(ctx: Context) -> None:
    now = ctx.now()
    event = await pick_event(ctx, ctx.message.command_arg, now)
    if event is None:
        return
    if event_end(event) <= now:
        ctx.reply("eventday-news-over", name=event_name(event, ctx.locale))
        return
    await ctx.router.flows.start(ctx, FLOW, {"event": event.id, "texts": {}})


@renderers.register(RENDERER)
async def news_message(ctx: RenderContext) -> Reply | None:
    """The reader's language version, else the fallback's; nothing once the event is over."""
    key = f"news:{ctx.params['news']}"
    if key not in ctx.memo:
        ctx.memo[key] = await repo(ctx.uow).news(int(ctx.params["news"]))
    news: EventNews | None = ctx.memo[key]
    if news is None:
        return None
    version = version_for(
        ctx.locale, news.texts, fallback_chain(str(ctx.params.get("fallback", "")))
    )
    if version is None:
        return None
    if f"{key}:event" not in ctx.memo:
        ctx.memo[f"{key}:event"] = await repo(ctx.uow).event(news.event_id)
    event: Event | None = ctx.memo[f"{key}:event"]
    if event is None or event_end(event) <= ctx.now:
        return None
    return Reply(
        Msg(
            "eventday-news",
            {"name": event_name(event, ctx.locale), "text": Verbatim(news.texts[version])},
        )
    )
