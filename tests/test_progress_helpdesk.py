""" "Help needed from JICA" becomes a helpdesk question of the team: the organizers see it in
/helpdesk, their answer reaches the member who wrote it, a corrected answer is added to the
same thread, and once the organizers have closed it a changed answer opens a new one."""

from __future__ import annotations

from handlers.helpdesk.buttons import DeskAct, DeskButton
from tests.helpdesk_support import messages, threads
from tests.mentoring_support import delivered, press
from tests.progress_support import YUI_NOVEMBER, at, three_teams
from tests.support import Chat

HELP = "通訳の支援が必要です"
CORRECTED = "通訳と会場の支援が必要です"


async def correct_help(chat: Chat, text: str) -> str:
    """yui keeps the six numbers, leaves the progress note out and types a new help text."""
    return await chat.say("/as yui", "/report", "1", "1", "1", "1", "1", "1", "1", text, "1")


async def test_help_needed_opens_one_thread_per_report_that_the_desk_answers(chat: Chat) -> None:
    await three_teams(chat)
    chat.app.clock.set(at("2024-11-26T10:00+08:00"))
    await delivered(chat)  # the asks
    out = await chat.say("/as yui", "/report", *YUI_NOVEMBER)
    assert out.endswith(
        "2024年11月30日（土）11:00（日本時間）まで /report で修正できます。\n\n"
        "支援のご依頼は、運営者のヘルプデスクにも質問 #1 として送信しました。"
        "回答はこのチャットに届きます。\n\n"
    )
    assert await delivered(chat) == (
        "→ org\nTeam “Sakura” needs help (progress report of Mon, Nov 25, 2024):\n"
        f"{HELP}\n[1] Indicators\n\n"
        "→ org\nNew question #1 from yui (about the team Sakura, in Japanese):\n"
        f"{HELP}\n[1] Claim\n[2] Reply\n[3] Close\n\n"
    )
    [thread] = await threads(chat.app)
    assert (thread.origin, thread.about, thread.team_id) == ("progress", "team", 2)

    # The desk sees it and answers; the answer reaches yui.
    listing = await chat.say("/as org", "/helpdesk")
    assert listing.splitlines()[1:] == [
        f"#1 · waiting 0 minutes · unclaimed · yui (team Sakura): {HELP}",
        "[1] #1",
        "",
    ]
    await press(chat, DeskButton(DeskAct.REPLY, 1).pack())
    answer = "来週の面談に通訳を手配します。"
    assert await chat.say(answer) == "Sent to yui as the answer to question #1.\n\n"
    assert await delivered(chat) == (
        f"→ yui\nご質問 #1 への運営者からの回答です。\n\n{answer}\n"
        "[1] 返信する\n[2] 解決済みにする\n\n"
    )

    # A corrected answer is added to the same thread and reaches the organizer who has it.
    chat.app.clock.set(at("2024-11-26T11:00+08:00"))
    out = await correct_help(chat, CORRECTED)
    assert out.endswith("修正された支援のご依頼を、ヘルプデスクの質問 #1 に追加しました。\n\n")
    assert [(t.id, t.state) for t in await threads(chat.app)] == [(1, "open")]
    assert [(thread, side, text) for thread, side, text, _ in await messages(chat.app)] == [
        (1, "asker", HELP),
        (1, "organizer", answer),
        (1, "asker", CORRECTED),
    ]
    assert await delivered(chat) == (
        "→ org\nTeam “Sakura” needs help (progress report of Mon, Nov 25, 2024):\n"
        f"{CORRECTED}\n[1] Indicators\n\n"
        f"→ org\nyui writes again in question #1:\n{CORRECTED}\n[1] Reply\n[2] Close\n\n"
    )

    # The desk closes it; a changed answer afterwards is a new request: thread #2.
    await chat.say("/as org")
    await press(chat, DeskButton(DeskAct.CLOSE, 1).pack())
    await delivered(chat)
    chat.app.clock.set(at("2024-11-26T12:00+08:00"))
    out = await correct_help(chat, "会場の支援が必要です")
    assert out.endswith(
        "支援のご依頼は、運営者のヘルプデスクにも質問 #2 として送信しました。"
        "回答はこのチャットに届きます。\n\n"
    )
    assert [(t.id, t.state) for t in await threads(chat.app)] == [(1, "closed"), (2, "open")]
