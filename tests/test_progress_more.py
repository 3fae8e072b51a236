"""Progress reports at the edges: a period that closes while the form is open, a crafted
button, someone in no team, a member who is not the lead, and /delete_me."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from openpyxl import load_workbook
from sqlalchemy import select

from bot.core.flows import FlowChoice
from storage.progress import ProgressReport
from tests.mentoring_support import press
from tests.progress_support import BAT_NOVEMBER, at, sent_file, three_teams
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON


async def reports(chat: Chat) -> list[tuple[int, str, int | None, dict[str, object]]]:
    async with chat.app.sessions() as session:
        rows = await session.scalars(select(ProgressReport).order_by(ProgressReport.id))
        return [(r.team_id, r.period_key, r.filled_by, r.values) for r in rows]


async def test_the_period_closes_while_the_form_is_open(chat: Chat) -> None:
    await three_teams(chat)
    chat.app.clock.set(at("2024-11-30T09:58+08:00"))
    await chat.say("/as bat", "/report", *BAT_NOVEMBER[:-1])
    chat.app.clock.set(at("2024-11-30T10:00+08:00"))
    assert await chat.say(BAT_NOVEMBER[-1]) == (
        "Тайлангийн хугацаа дууссан (хаагдсан: 11-р сарын 30 (Бя) 10:00) тул илгээх боломжгүй."
        " Юу ч хадгалагдаагүй.\n\n"
    )
    assert await reports(chat) == []


async def test_a_crafted_keep_without_a_value_is_a_stale_button(chat: Chat) -> None:
    await three_teams(chat)
    chat.app.clock.set(at("2024-11-26T10:00+08:00"))
    await chat.say("/as yui", "/report")
    out = await press(chat, FlowChoice("progress-report", "k0", "keep").pack())
    assert out == (
        "このボタンは以前のメッセージのもので、現在は使用できません。\n\n"
        "1/8. 海外市場への進出\n前回の報告以降に増えた数を整数（0以上）で入力してください。\n"
        "[1] キャンセル\n\n"
    )
    assert await reports(chat) == []


async def test_someone_in_no_team_and_a_member_who_fills_it_for_the_team(chat: Chat) -> None:
    await three_teams(chat)
    chat.app.clock.set(at("2024-11-26T10:00+08:00"))
    await chat.say("/as ken", "/start", LANGUAGE_BUTTON["en"])
    assert await chat.say("/report") == (
        "You are not in a team yet. Send /register to register one, or /join CODE with the code"
        " your team lead gave you.\n\n"
    )
    code = (await chat.say("/as bat", "/invite")).split("/join ")[1].split()[0]
    await chat.say("/as ken", f"/join {code}", "1")
    await chat.say("/report", *BAT_NOVEMBER)
    assert [
        (team, period, values["customers"]) for team, period, _, values in await reports(chat)
    ] == [(1, "2024-11-25", 4)]  # Nar, filled in by ken


async def test_delete_me_removes_the_name_and_keeps_the_report(chat: Chat) -> None:
    await three_teams(chat)
    chat.app.clock.set(at("2024-11-26T10:00+08:00"))
    await chat.say("/as bat", "/report", *BAT_NOVEMBER)
    [(team, period, filled_by, values)] = await reports(chat)
    assert filled_by is not None
    await chat.say("/delete_me", "1")
    assert await reports(chat) == [(team, period, None, values)]


async def test_a_text_answer_that_looks_like_a_formula_is_neutralised_in_the_files(
    chat: Chat,
) -> None:
    await three_teams(chat)
    chat.app.clock.set(at("2024-11-26T10:00+08:00"))
    sneaky = '=HYPERLINK("http://example.invalid","x")'
    await chat.say("/as bat", "/report", *BAT_NOVEMBER[:7], sneaky, "1", "1")
    await chat.say("/as org", "/kpis")

    raw = sent_file(chat, "org", ".csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [row for row in rows if row[2] == "progress"] == [
        ["2024-11-25", "Nar", "progress", "Progress and next steps", f"'{sneaky}", ""]
    ]
    workbook = load_workbook(sent_file(chat, "org", ".xlsx"))
    texts = [[c.value for c in row] for row in workbook["texts"].iter_rows()]
    assert texts[1:] == [[datetime(2024, 11, 25), "Nar", "Progress and next steps", f"'{sneaky}"]]
    cell = workbook["2024-11-25"]["I3"]
    assert (cell.value, cell.data_type) == (f"'{sneaky}", "s")
