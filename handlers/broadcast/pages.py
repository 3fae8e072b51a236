"""The Broadcasts page of the dashboard: the composer (audience, the texts in mn / ja / en, an
attachment, a preview of each language version with who gets which, send now, schedule), the
list of the program's broadcasts, and one broadcast's live progress with every recipient's
status. Creating, previewing and cancelling use the same use cases as /broadcast."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.core import pages as p
from bot.core.exports import CSV_MIME, Cell, Sheet, csv_bytes
from bot.core.messages import Document, Msg, Text, Verbatim
from handlers.broadcast.attachment import checked_attachment
from handlers.broadcast.audience import AUDIENCES, LANGUAGES, NO_SUBMISSION, TEAM
from handlers.broadcast.compose import MAX_TEXT
from handlers.broadcast.drafts import Draft, create_broadcast, people_of, reach_of
from handlers.broadcast.lifecycle import Outcome
from handlers.broadcast.lifecycle import cancel as cancel_broadcast
from handlers.broadcast.progress import counts_of
from handlers.broadcast.report import RECIPIENT_COLUMNS, recipient_rows
from handlers.decks.stages import stage_name
from storage.broadcasts import RUNNING, BroadcastState, group_key
from storage.models import Broadcast

SLUG = "broadcasts"
KEPT = ("kept_sha256", "kept_name", "kept_photo")
COUNTS = ("sent", "failed", "blocked", "waiting", "deferred")
STATE_TONES = {"scheduled": "info", "sending": "warn", "done": "ok", "cancelled": "bad"}
DELIVERY_TONES = {"sent": "ok", "failed": "bad", "blocked": "bad", "deferred": "warn"}


def language_name(code: str) -> Msg:
    return Msg(f"broadcast-language-{code}")


def _version_cell(version: str, wanted: str) -> Msg:
    """A version, and whose fallback it is when its readers asked for another language."""
    if version == wanted:
        return language_name(version)
    names = {"language": language_name(version), "wanted": language_name(wanted)}
    return Msg("broadcast-version-fallback", names)


def state_badge(state: str) -> p.Badge:
    return p.Badge(Msg(f"broadcast-state-{state}"), STATE_TONES.get(state, "info"))  # type: ignore[arg-type]


async def broadcast_of(ctx: p.PageContext, broadcast_id: int | None) -> Broadcast | None:
    """The broadcast, when it is one of the organizer's program."""
    if broadcast_id is None or ctx.program is None:
        return None
    broadcast = await ctx.uow.broadcasts.get(broadcast_id)
    return broadcast if broadcast is not None and broadcast.program_id == ctx.program.id else None


# --- the composer -------------------------------------------------------------------------


def _composer(ctx: p.PageContext) -> p.Section:
    program = ctx.program
    assert program is not None
    teams_select = p.Select(
        "team",
        Msg("dash-broadcast-team"),
        [("", Msg("dash-choose"))],
        ctx.param("team"),
    )
    fields: list[p.Field] = [
        p.Select(
            "audience",
            Msg("dash-broadcast-audience"),
            [(name, Msg(f"broadcast-audience-{name}")) for name in AUDIENCES],
            ctx.param("audience") or "everyone",
        ),
        p.Select(
            "stage",
            Msg("dash-broadcast-stage"),
            [("", Msg("dash-choose"))]
            + [(str(s.id), stage_name(s, ctx.locale)) for s in program.stages],
            ctx.param("stage"),
        ),
        teams_select,
    ]
    fields += [
        p.TextInput(
            f"text_{code}",
            Msg("dash-broadcast-text", {"language": language_name(code)}),
            ctx.param(f"text_{code}"),
            multiline=True,
            max_length=MAX_TEXT,
        )
        for code in LANGUAGES
    ]
    kept = ctx.param("kept_name")
    if kept:
        fields += [p.Hidden(name, ctx.param(name)) for name in KEPT]
    fields += [
        p.FileInput(
            "file",
            Msg("dash-broadcast-file-kept", {"name": kept}) if kept else Msg("dash-broadcast-file"),
        ),
        p.Select(
            "as",
            Msg("dash-broadcast-file-as"),
            [
                ("document", Msg("dash-broadcast-as-document")),
                ("photo", Msg("dash-broadcast-as-photo")),
            ],
            ctx.param("as") or "document",
        ),
        p.DateTimeInput("at", Msg("dash-broadcast-at")),
    ]
    return p.Section(
        Msg("dash-broadcast-new"),
        [
            p.Form(
                fields,
                [
                    p.Submit(Msg("dash-button-preview"), "preview"),
                    p.Submit(Msg("broadcast-button-now"), "send", confirm=Msg("dash-confirm-send")),
                    p.Submit(Msg("dash-button-schedule"), "schedule"),
                ],
                name="composer",
            )
        ],
        name="composer",
    )


async def _with_teams(ctx: p.PageContext, section: p.Section) -> p.Section:
    """The composer with the program's teams to choose from."""
    assert ctx.program is not None
    teams = await ctx.uow.teams.in_program(ctx.program.id)
    form = section.blocks[0]
    assert isinstance(form, p.Form)
    fields = [
        p.Select(
            f.name,
            f.label,
            [("", Msg("dash-choose"))] + [(str(t.id), Verbatim(t.name)) for t in teams],
            f.value,
        )
        if isinstance(f, p.Select) and f.name == "team"
        else f
        for f in form.fields
    ]
    return p.Section(section.title, [p.Form(fields, form.submits, form.name)], section.name)


async def _list(ctx: p.PageContext) -> p.Section:
    assert ctx.program is not None
    rows: list[list[p.Cell]] = []
    for broadcast in await ctx.uow.broadcasts.recent(ctx.program.id, 50):
        counts = await _counts(ctx, broadcast)
        action: p.Cell = None
        if broadcast.state == BroadcastState.SCHEDULED and broadcast.scheduled_at > ctx.now():
            action = p.Button(
                Msg("dash-button-cancel"),
                "cancel",
                {"broadcast": broadcast.id},
                confirm=Msg("dash-confirm-cancel"),
            )
        rows.append(
            [
                p.Link(
                    Msg("dash-broadcast-number", {"number": broadcast.id}),
                    SLUG,
                    {"broadcast": broadcast.id},
                ),
                broadcast.scheduled_at,
                Msg(f"broadcast-audience-{broadcast.audience}"),
                state_badge(broadcast.state),
                Msg("dash-broadcast-sent-of", {"sent": counts["sent"], "total": counts["total"]}),
                action,
            ]
        )
    return p.Section(
        Msg("dash-broadcast-list"),
        [
            p.Table(
                [
                    Msg("dash-col-number"),
                    Msg("dash-col-when"),
                    Msg("dash-col-audience"),
                    Msg("dash-col-status"),
                    Msg("dash-col-sent"),
                    Msg("dash-col-action"),
                ],
                rows,
                empty=Msg("dash-broadcast-none"),
                name="broadcasts",
            )
        ],
    )


# --- one broadcast ------------------------------------------------------------------------


async def _counts(ctx: p.PageContext, broadcast: Broadcast) -> dict[str, int]:
    """Its rows by status; a scheduled one has none yet (its audience is resolved when it
    starts), and its total is the estimate."""
    counts = counts_of(await ctx.uow.outbox.progress(group_key(broadcast.id)))
    if broadcast.state == BroadcastState.SCHEDULED:
        counts["total"] = broadcast.recipients
    return counts


async def _progress(ctx: p.PageContext, broadcast: Broadcast) -> p.Live:
    counts = await _counts(ctx, broadcast)
    people = await recipient_rows(ctx.uow, broadcast, ctx.settings.default_language)
    rows: list[list[p.Cell]] = [
        [
            Verbatim(str(name)) if name else Msg("team-member-unnamed"),
            Verbatim(str(channel)),
            Msg(f"dash-language-{language or 'none'}"),
            p.Badge(Msg(f"dash-delivery-{status}"), DELIVERY_TONES.get(str(status), "info")),  # type: ignore[arg-type]
            sent_at if isinstance(sent_at, datetime) else None,
            Verbatim(str(error)) if error and status == "failed" else None,
        ]
        for _, name, channel, language, _, status, sent_at, _, error in people
    ]
    running = broadcast.state in RUNNING
    actions: list[p.Block] = []
    if running:
        actions.append(
            p.Button(
                Msg(
                    "dash-button-cancel"
                    if broadcast.scheduled_at > ctx.now()
                    else "dash-button-stop"
                ),
                "cancel",
                {"broadcast": broadcast.id},
                confirm=Msg("dash-confirm-cancel"),
            )
        )
    return p.Live(
        [
            p.Paragraph(
                Msg(
                    "dash-broadcast-state",
                    {
                        "state": Msg(f"broadcast-state-{broadcast.state}"),
                        "at": broadcast.scheduled_at,
                    },
                )
            ),
            p.Stats(
                [p.Stat(Msg(f"dash-count-{name}"), counts[name], name) for name in COUNTS]
                + [p.Stat(Msg("dash-count-total"), counts["total"], "total")]
            ),
            *actions,
            p.Section(
                Msg("dash-broadcast-recipients"),
                [
                    p.Table(
                        [
                            Msg("dash-col-name"),
                            Msg("dash-col-channel"),
                            Msg("dash-col-language"),
                            Msg("dash-col-status"),
                            Msg("dash-col-sent-at"),
                            Msg("dash-col-error"),
                        ],
                        rows,
                        name="recipients",
                    ),
                    p.Link(
                        Msg("broadcast-button-csv"),
                        SLUG,
                        {"broadcast": broadcast.id},
                        download="recipients",
                    ),
                ],
            ),
        ],
        running=running,
        seconds=2.0,
        name="progress",
    )


async def _detail(ctx: p.PageContext, broadcast: Broadcast) -> list[p.Block]:
    texts: list[p.Block] = []
    for code in LANGUAGES:
        if broadcast.texts.get(code):
            texts += [
                p.Paragraph(
                    Msg("dash-broadcast-version", {"language": language_name(code)}), "muted"
                ),
                p.Paragraph(Verbatim(broadcast.texts[code]), "quote"),
            ]
    if broadcast.attachment_name:
        texts.append(
            p.Paragraph(Msg("dash-broadcast-attached", {"name": broadcast.attachment_name}))
        )
    return [
        p.Link(Msg("dash-back-to-broadcasts"), SLUG),
        await _progress(ctx, broadcast),
        p.Section(Msg("dash-broadcast-texts"), texts),
    ]


async def view(ctx: p.PageContext) -> list[p.Block]:
    if ctx.program is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    if "broadcast" in ctx.query:
        broadcast = await broadcast_of(ctx, ctx.int_param("broadcast"))
        if broadcast is None:
            return [
                p.Callout(Msg("dash-broadcast-unknown"), "bad"),
                p.Link(Msg("dash-back-to-broadcasts"), SLUG),
            ]
        return await _detail(ctx, broadcast)
    return [await _with_teams(ctx, _composer(ctx)), await _list(ctx)]


# --- the actions --------------------------------------------------------------------------


def _refused(message: Text) -> p.Outcome:
    return p.Outcome(message, ok=False)


async def _draft(ctx: p.PageContext, form: p.FormData) -> Draft | Text:
    """The draft the form describes, or what is wrong with it."""
    assert ctx.program is not None
    audience = form.text("audience")
    if audience not in AUDIENCES:
        return Msg("dash-broadcast-bad-audience")
    arg: str | None = None
    if audience == NO_SUBMISSION:
        stage = next((s for s in ctx.program.stages if s.id == form.number("stage")), None)
        if stage is None:
            return Msg("dash-broadcast-need-stage")
        arg = str(stage.id)
    if audience == TEAM:
        teams = await ctx.uow.teams.in_program(ctx.program.id)
        team = next((t for t in teams if t.id == form.number("team")), None)
        if team is None:
            return Msg("dash-broadcast-need-team")
        arg = str(team.id)
    texts = {
        code: form.text(f"text_{code}") for code in LANGUAGES if form.text(f"text_{code}").strip()
    }
    if not texts:
        return Msg("broadcast-need-text")
    for text in texts.values():
        if len(text) > MAX_TEXT:
            return Msg("broadcast-too-long", {"limit": MAX_TEXT, "length": len(text)})
    draft = Draft(ctx.program.id, audience, arg, texts)
    attached = await _attachment(ctx, form, draft)
    if isinstance(attached, Msg | Verbatim):
        return attached
    return Draft(draft.program_id, audience, arg, texts, attached)


async def _attachment(
    ctx: p.PageContext, form: p.FormData, draft: Draft
) -> dict[str, Any] | Text | None:
    """The uploaded file, else the one kept from the preview, checked against the audience's
    channels; ``None`` without one."""
    upload = form.files.get("file")
    photo = form.text("as") == "photo"
    if upload is not None:
        data, name = upload.data, upload.file_name
    elif form.text("kept_sha256"):
        stored = await ctx.services.files.get(form.text("kept_sha256")[:64])
        if stored is None:
            return Msg("dash-broadcast-file-gone")
        data, name, photo = stored, form.text("kept_name"), form.text("kept_photo") == "1"
    else:
        return None
    channels = {person.channel for person in await people_of(ctx, draft)}
    checked = await checked_attachment(ctx.services.files, data, name, photo, channels)
    return checked


def _keep(ctx: p.PageContext, form: p.FormData, draft: Draft) -> None:
    """Show the composer again with what was posted and the stored file kept."""
    values = {k: v for k, v in form.values.items() if k not in KEPT}
    if draft.attachment is not None:
        values |= {
            "kept_sha256": str(draft.attachment["sha256"]),
            "kept_name": str(draft.attachment["name"]),
            "kept_photo": "1" if draft.attachment["photo"] else "0",
        }
    ctx.form = p.FormData(values)


async def preview(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    if ctx.program is None:
        return _refused(Msg("dash-no-program"))
    draft = await _draft(ctx, form)
    if not isinstance(draft, Draft):
        return _refused(draft)
    _keep(ctx, form, draft)
    reach = reach_of(await people_of(ctx, draft), draft.texts, ctx, draft.audience)
    blocks: list[p.Block] = []
    for code in LANGUAGES:
        if draft.texts.get(code):
            blocks += [
                p.Paragraph(
                    Msg("broadcast-preview-version", {"language": language_name(code)}), "muted"
                ),
                p.Paragraph(Verbatim(draft.texts[code]), "quote"),
            ]
    if draft.attachment is not None:
        blocks.append(
            p.Paragraph(Msg("dash-broadcast-attached", {"name": str(draft.attachment["name"])}))
        )
    blocks += [
        p.Table(
            [Msg("dash-col-version"), Msg("dash-col-channel"), Msg("dash-col-people")],
            [
                [_version_cell(code, wanted), Verbatim(channel), count]
                for code, wanted, channel, count in reach.lines()
            ],
            empty=Msg("dash-broadcast-nobody"),
            name="reach",
        ),
        p.Stats(
            [
                p.Stat(Msg("dash-count-total"), reach.total, "reach-total"),
                p.Stat(Msg("dash-count-blocked"), reach.blocked, "reach-blocked"),
            ]
        ),
    ]
    return p.Outcome(
        Msg("dash-preview-ready"),
        show=[p.Section(Msg("dash-broadcast-preview"), blocks, name="preview")],
    )


async def _create(ctx: p.PageContext, form: p.FormData, at: datetime) -> p.Outcome:
    if ctx.program is None:
        return _refused(Msg("dash-no-program"))
    draft = await _draft(ctx, form)
    if not isinstance(draft, Draft):
        return _refused(draft)
    broadcast, count = await create_broadcast(ctx, draft, at)
    if at <= ctx.now():
        message = Msg("broadcast-queued", {"number": broadcast.id, "count": count})
    else:
        message = Msg("broadcast-scheduled", {"number": broadcast.id, "count": count, "at": at})
    languages = ",".join(sorted(draft.texts))
    return p.Outcome(
        message,
        go={"broadcast": broadcast.id},
        audit={
            "broadcast": broadcast.id,
            "audience": draft.audience,
            "recipients": count,
            "languages": languages,
            "at": at.isoformat(),
        },
    )


async def send(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    return await _create(ctx, form, ctx.now())


async def schedule(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    at = form.moment("at", ctx.tz)
    if at is None:
        return _refused(Msg("dash-broadcast-need-time"))
    if at <= ctx.now():
        return _refused(Msg("broadcast-time-past"))
    return await _create(ctx, form, at)


async def cancel(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    broadcast = await broadcast_of(ctx, form.number("broadcast"))
    if broadcast is None:
        return _refused(Msg("dash-broadcast-unknown"))
    done = await cancel_broadcast(ctx.uow, broadcast.id, broadcast.program_id, ctx.now())
    if done.outcome != Outcome.DONE:
        return _refused(Msg("broadcast-already-over", {"number": broadcast.id}))
    return p.Outcome(
        Msg(
            "broadcast-cancelled",
            {"number": broadcast.id, "cancelled": done.cancelled, "sent": done.sent},
        ),
        go={"broadcast": broadcast.id},
        audit={"broadcast": broadcast.id, "cancelled": done.cancelled},
    )


async def recipients_csv(ctx: p.PageContext) -> Document | None:
    broadcast = await broadcast_of(ctx, ctx.int_param("broadcast"))
    if broadcast is None:
        return None
    rows = await recipient_rows(ctx.uow, broadcast, ctx.settings.default_language)
    content = csv_bytes(RECIPIENT_COLUMNS, rows)
    return Document(f"broadcast-{broadcast.id}.csv", content, CSV_MIME)


BROADCAST_COLUMNS = (
    "id",
    "audience",
    "audience_arg",
    "state",
    "scheduled_at_utc",
    "recipients",
    *COUNTS,
    "attachment",
    "text_mn",
    "text_ja",
    "text_en",
)


async def broadcasts_table(ctx: p.PageContext) -> Sheet:
    rows: list[tuple[Cell, ...]] = []
    if ctx.program is None:
        return Sheet("broadcasts", BROADCAST_COLUMNS, rows)
    for broadcast in reversed(await ctx.uow.broadcasts.recent(ctx.program.id, 10_000)):
        counts = counts_of(await ctx.uow.outbox.progress(group_key(broadcast.id)))
        rows.append(
            (
                broadcast.id,
                broadcast.audience,
                broadcast.audience_arg or "",
                broadcast.state,
                broadcast.scheduled_at,
                broadcast.recipients,
                *(counts[name] for name in COUNTS),
                broadcast.attachment_name or "",
                *(str(broadcast.texts.get(code, "")) for code in LANGUAGES),
            )
        )
    return Sheet("broadcasts", BROADCAST_COLUMNS, rows)


PAGE = p.Page(
    SLUG,
    "dash-page-broadcasts",
    view,
    actions=(
        p.Action("preview", preview, audited=False),
        p.Action("send", send),
        p.Action("schedule", schedule),
        p.Action("cancel", cancel),
    ),
    downloads=(p.Download("recipients", recipients_csv),),
    order=30,
)
EXPORT = p.Export("broadcasts", "dash-export-broadcasts", table=broadcasts_table)
