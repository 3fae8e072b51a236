"""/ask (and the main menu's "Ask the organizers"): a participant's question to the organizers.

Flow ``hdask``: question (text, or a file or photo with its words) → the FAQ entries that
match it, when there are any ("This answers it" ends here, nothing is sent) → a file or
photo, unless one came with the question → about the team or personal (for a member of a
team) → confirm. The thread's number is the answer to the confirm.
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.limits import MB
from bot.core.messages import Attachment, Msg, Verbatim
from bot.core.router import Router
from handlers.helpdesk.faq import FaqEntry, entries_of, matches
from handlers.helpdesk.files import limit_for
from handlers.helpdesk.threads import StoredFile, desk_group, open_thread
from handlers.helpdesk.writing import sent_file, text_problem, typed
from storage.helpdesk import About

router = Router()

ANSWERED, SEND, NO_FILE, CONFIRM = "answered", "send", "nofile", "confirm"


async def _faq(ctx: Context) -> list[FaqEntry]:
    program = await ctx.uow.programs.get(ctx.participant.program_id or "")
    if program is None:
        return []
    return matches(str(flow_data(ctx).get("text", "")), entries_of(program.settings))


async def _team(ctx: Context) -> tuple[int, str] | None:
    team = await ctx.uow.teams.team_of(ctx.participant.id, ctx.participant.program_id or "")
    if team is None or team.archived_at is not None:
        return None
    return team.id, team.name


async def _after_question(ctx: Context) -> str:
    if await _faq(ctx):
        return "faq"
    return await _after_faq(ctx)


async def _after_faq(ctx: Context) -> str:
    if flow_data(ctx).get("file"):
        return await _after_file(ctx)
    return "file"


async def _after_file(ctx: Context) -> str:
    if await _team(ctx) is not None:
        return "about"
    flow_data(ctx)["about"] = About.PERSONAL
    return "confirm"


async def _ask_question(ctx: Context) -> Prompt:
    if flow_data(ctx).get("file"):
        return Prompt(Msg("helpdesk-ask-words", {"name": flow_data(ctx)["file"]["name"]}))
    return Prompt(Msg("helpdesk-ask-question"))


async def _question(ctx: Context, text: str) -> str:
    written = typed(ctx, text)
    if written is None:
        return STAY
    flow_data(ctx)["text"] = written[0]
    return await _after_question(ctx)


async def _question_file(ctx: Context, attachment: Attachment) -> str:
    written = await sent_file(ctx, attachment)
    if written is None:
        return STAY
    words, stored = written
    data = flow_data(ctx)
    data["file"] = stored.as_data()
    if not words:
        await ctx.router.flows.ask(ctx, ASK)  # the same step, now asking for the words
        return STAY
    data["text"] = words
    return await _after_question(ctx)


async def _ask_faq(ctx: Context) -> Prompt:
    entries = [
        Msg(
            "helpdesk-faq-entry",
            {
                "question": e.questions.get(ctx.locale, ""),
                "answer": e.answers.get(ctx.locale, ""),
            },
        )
        for e in await _faq(ctx)
    ]
    return Prompt(
        Msg("helpdesk-faq-found", {"entries": entries, "count": len(entries)}),
        [(Msg("helpdesk-button-answered"), ANSWERED), (Msg("helpdesk-button-send"), SEND)],
    )


async def _faq_choice(ctx: Context, value: str) -> str:
    if value == ANSWERED:
        ctx.reply("helpdesk-faq-glad")
        return DONE
    if value == SEND:
        return await _after_faq(ctx)
    await ctx.router.flows.stale(ctx)
    return STAY


async def _ask_file(ctx: Context) -> Prompt:
    return Prompt(
        Msg("helpdesk-ask-file", {"max_mb": _max_mb(ctx)}),
        [(Msg("helpdesk-button-no-file"), NO_FILE)],
    )


def _max_mb(ctx: Context) -> int:
    return limit_for(ctx.message.channel) // MB


async def _file(ctx: Context, attachment: Attachment) -> str:
    written = await sent_file(ctx, attachment)
    if written is None:
        return STAY
    words, stored = written
    data = flow_data(ctx)
    if words:  # words sent with the file belong to the question
        longer = f"{data['text']}\n\n{words}"
        if text_problem(ctx, longer):
            return STAY
        data["text"] = longer
    data["file"] = stored.as_data()
    return await _after_file(ctx)


async def _file_typed(ctx: Context, text: str) -> str:
    ctx.reply("helpdesk-file-expected")
    return STAY


async def _no_file(ctx: Context, value: str) -> str:
    if value != NO_FILE:
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx).pop("file", None)
    return await _after_file(ctx)


async def _ask_about(ctx: Context) -> Prompt:
    team = await _team(ctx)
    return Prompt(
        Msg("helpdesk-ask-about", {"team": team[1] if team else ""}),
        [
            (Msg("helpdesk-button-about-team"), About.TEAM),
            (Msg("helpdesk-button-about-personal"), About.PERSONAL),
        ],
    )


async def _about(ctx: Context, value: str) -> str:
    if value not in (About.TEAM, About.PERSONAL):
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["about"] = value
    return "confirm"


async def _ask_confirm(ctx: Context) -> Prompt:
    data = flow_data(ctx)
    team = await _team(ctx)
    if data.get("about") == About.TEAM and team is not None:
        about = Msg("helpdesk-about-team", {"team": team[1]})
    else:
        about = Msg("helpdesk-about-personal")
    kept = StoredFile.from_data(data.get("file"))
    return Prompt(
        Msg(
            "helpdesk-confirm",
            {
                "text": Verbatim(str(data.get("text", ""))),
                "about": about,
                "file": kept.name if kept else Msg("helpdesk-confirm-no-file"),
            },
        ),
        [(Msg("helpdesk-button-confirm"), CONFIRM)],
    )


async def _confirm(ctx: Context, value: str) -> str:
    if value != CONFIRM:
        await ctx.router.flows.stale(ctx)
        return STAY
    data = flow_data(ctx)
    program_id = ctx.participant.program_id
    if program_id is None:
        ctx.reply("helpdesk-no-program")
        return DONE
    team = await _team(ctx)
    about = About.TEAM if data.get("about") == About.TEAM and team is not None else About.PERSONAL
    now = ctx.now()
    thread = await open_thread(
        ctx.uow,
        ctx.settings,
        ctx.participant,
        program_id,
        str(data["text"]),
        now,
        about=about,
        team_id=team[0] if team else None,
        language=ctx.locale,
        file=StoredFile.from_data(data.get("file")),
    )
    heard = await desk_group(ctx.uow, ctx.settings, program_id, besides=ctx.participant.id)
    ctx.reply("helpdesk-sent" if heard else "helpdesk-sent-nobody-yet", number=thread.id)
    return DONE


ASK = router.add_flow(
    Flow(
        "hdask",
        [
            Step("question", _ask_question, on_text=_question, on_attachment=_question_file),
            Step("faq", _ask_faq, on_choice=_faq_choice),
            Step("file", _ask_file, on_text=_file_typed, on_choice=_no_file, on_attachment=_file),
            Step("about", _ask_about, on_choice=_about),
            Step("confirm", _ask_confirm, on_choice=_confirm),
        ],
    )
)


@router.command("ask", help_id="help-ask")
async def ask(ctx: Context) -> None:
    if ctx.participant.program_id is None:
        ctx.reply("helpdesk-no-program")
        return
    await ctx.router.flows.start(ctx, ASK, {})


router.menu_item("menu-ask", "ask")
