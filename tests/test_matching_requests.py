"""Introduction requests through the console on a program where every team may publish without
approval (``[matching] publish = "all"``): a decline with and without a reason, the expiry
after 14 days on the rehearsal clock, the 6th open request refused, answers refused to anyone
but the asked team's lead (also by a crafted button payload), /leads with exact counts and its
CSV and XLSX, and the visitor's data in /privacy and /delete_me."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from bot.rehearsal import rehearse
from handlers.helpdesk.buttons import DeskAct, DeskButton
from handlers.matching.buttons import (
    Answer,
    AnswerIntro,
    LeadsFile,
    PickTime,
    ProposeMeeting,
    Review,
    ShareContact,
)
from storage.matching import IntroState
from tests.conftest import REHEARSAL_START
from tests.helpdesk_support import threads
from tests.matching_support import button, introductions, register, showcase, visitor
from tests.mentoring_support import delivered, press
from tests.support import Chat, saved_paths

PROGRAM = """
id = "match-test"
time_zone = "Asia/Ulaanbaatar"
name = { mn = "Туршилт", ja = "テストプログラム", en = "Test program" }

[matching]
publish = "all"
"""
REQUEST_SENT = (
    "プロジェクト「Project {n}」への依頼を送信しました。リーダーの回答期限は2024年12月2日（月）"
    "10:00（日本時間）です。期限までに回答がない場合、依頼は失効し、お知らせします。"
)
REFUSED = "この依頼を確認・回答できるのは、依頼先チームのリーダーのみです。\n\n"


@pytest.fixture
async def open_program(
    settings_for: Callable[..., Settings], translator: FluentTranslator, tmp_path: Path
) -> AsyncIterator[tuple[App, Chat, FixedClock]]:
    clock = FixedClock(REHEARSAL_START)
    path = tmp_path / "match-test.toml"
    path.write_text(PROGRAM, encoding="utf-8")
    application = await build_app(settings_for(program_files=(str(path),)), clock, translator)
    yield application, Chat(application, tmp_path / "console-files"), clock
    await application.close()


async def six_projects_and_ken(chat: Chat) -> None:
    """Six Mongolian teams publish Project 0…5 (needs technology and investment); ken of
    Tanaka Corp (Japan) onboards in Japanese offering the same, sharing his phone."""
    await chat.say("/as org", "/start", "1")
    for i in range(6):
        await register(chat, f"lead{i}", "mn", f"Team{i}", f"Project {i}")
        assert await showcase(chat, f"lead{i}", ("Монгол", "日本", None), "1, 2", None) == (
            "Танай төсөл үзэсгэлэнд нийтлэгдлээ. Зочид /projects тушаалаар олж харна.\n\n"
        )
    await visitor(chat, "ken", "ja", "Tanaka Corp", "1", "1, 2", ("2", "+81 90 1234 5678"))


async def ask(chat: Chat, n: int) -> str:
    """ken asks the team of Project ``n`` from /projects; returns what the request printed."""
    listed = await chat.say("/as ken", "/projects")
    card = await chat.say(button(listed, f"Project {n}"))
    pressed = await chat.say(button(card, "面談を依頼"))
    if "キャンセル" not in pressed:
        return pressed
    return await chat.say(f"Message {n}")


async def test_a_decline_with_and_without_a_reason_and_the_sixth_open_request(
    open_program: tuple[App, Chat, FixedClock],
) -> None:
    app, chat, _ = open_program
    await six_projects_and_ken(chat)
    for n in range(5):
        assert (await ask(chat, n)).startswith(REQUEST_SENT.format(n=n) + "\n\n→ lead")
    assert await ask(chat, 5) == (
        "回答待ちの依頼がすでに5件あります。ほかのチームに依頼する前に、回答をお待ちください。\n\n"
    )
    assert await ask(chat, 0) == (
        "プロジェクト「Project 0」のチームにはすでに依頼済みで、回答をお待ちいただいています。\n\n"
    )
    assert await chat.say("/as lead0", "2", "Одоогоор хөрөнгө оруулалт хэрэгтэй байна.") == (
        "Хүсвэл зочинд шалтгаанаа бичнэ үү, эсвэл «Шалтгаангүй» дарна уу: зочинд эелдэг "
        "мэдэгдэл очно.\n[1] Шалтгаангүй\n[2] Цуцлах\n\n"
        "Татгалзлаа. Зочинд эелдэг мэдэгдэл очно.\n\n→ ken\n"
        "プロジェクト「Project 0」にご関心をお寄せいただき、ありがとうございます。誠に恐縮ながら、"
        "チームは今回のご依頼をお受けすることができません。チームからのコメント：\n"
        "Одоогоор хөрөнгө оруулалт хэрэгтэй байна.\n\n"
    )
    declined = await chat.say("/as lead1", "2", "1")
    assert declined.endswith(
        "Татгалзлаа. Зочинд эелдэг мэдэгдэл очно.\n\n→ ken\n"
        "プロジェクト「Project 1」にご関心をお寄せいただき、ありがとうございます。誠に恐縮ながら、"
        "チームは今回のご依頼をお受けすることができません。/projects でほかのプロジェクトもぜひ"
        "ご覧ください。\n\n"
    )
    await chat.say("/as lead1")
    again = await press(chat, AnswerIntro(2, Answer.ACCEPT).pack())
    assert again == "Энэ хүсэлтээс аль хэдийн татгалзсан байна.\n\n"
    # Two answered, three waiting: a sixth request may go now.
    assert (await ask(chat, 5)).startswith(REQUEST_SENT.format(n=5))
    assert [i.state for i in await introductions(app)] == [
        IntroState.DECLINED,
        IntroState.DECLINED,
        IntroState.OPEN,
        IntroState.OPEN,
        IntroState.OPEN,
        IntroState.OPEN,
    ]


async def test_an_unanswered_request_expires_after_14_days_on_the_rehearsal_clock(
    open_program: tuple[App, Chat, FixedClock],
) -> None:
    app, chat, clock = open_program
    await six_projects_and_ken(chat)
    for n in range(5):
        await ask(chat, n)
    await chat.say("/as lead4", "2", "1")  # declined: nothing expires for it
    clock.advance(timedelta(days=14) - timedelta(minutes=1))
    assert await delivered(chat) == ""
    planned = await rehearse(app, clock.now(), clock.now() + timedelta(minutes=2))
    assert [(m.recipient, m.category, m.text) for m in planned] == [
        (
            "ken",
            "matching",
            f"プロジェクト「Project {n}」への依頼は14日間回答がなかったため、失効しました。"
            "/projects でほかのプロジェクトもぜひご覧ください。",
        )
        for n in range(4)
    ]
    clock.advance(timedelta(minutes=1))
    assert await delivered(chat) == "".join(
        f"→ ken\nプロジェクト「Project {n}」への依頼は14日間回答がなかったため、失効しました。"
        "/projects でほかのプロジェクトもぜひご覧ください。\n\n"
        for n in range(4)
    )
    assert await delivered(chat) == ""
    await chat.say("/as lead2")
    late = await press(chat, AnswerIntro(3, Answer.ACCEPT).pack())
    assert late == "Энэ хүсэлтийн хугацаа дууссан байна.\n\n"
    assert [i.state for i in await introductions(app)] == [IntroState.EXPIRED] * 4 + [
        IntroState.DECLINED
    ]
    assert (await ask(chat, 5)).startswith(
        REQUEST_SENT.format(n=5).replace("2日（月）", "16日（月）")
    )


async def test_only_the_asked_teams_lead_sees_and_answers_a_request_even_by_crafted_payload(
    open_program: tuple[App, Chat, FixedClock],
) -> None:
    app, chat, _ = open_program
    await six_projects_and_ken(chat)
    await ask(chat, 0)
    # Another team's lead, and the visitor, press what only lead0 was given.
    for person in ("lead1", "ken"):
        await chat.say(f"/as {person}")
        for payload in (
            AnswerIntro(1, Answer.ACCEPT),
            AnswerIntro(1, Answer.DECLINE),
            AnswerIntro(1, Answer.ASK),
            ShareContact(1, "email"),
            ProposeMeeting(1),
        ):
            pressed = await press(chat, payload.pack())
            assert pressed == (
                REFUSED
                if person == "ken"
                else ("Энэ хүсэлтийг зөвхөн хүсэлт ирсэн багийн ахлагч харж, хариулна.\n\n")
            )
    assert await press(chat, "mans:1:steal") == (
        "このボタンは以前のメッセージのもので、現在は使用できません。\n\n"
    )
    assert (
        await press(chat, Review(1, True).pack())
        == "申し訳ありません。この操作は運営者のみ行えます。\n\n"
    )
    assert (
        await press(chat, LeadsFile("csv").pack())
        == "申し訳ありません。この操作は運営者のみ行えます。\n\n"
    )
    assert await chat.say("/leads") == "申し訳ありません。この操作は運営者のみ行えます。\n\n"
    assert [(i.state, i.answered_by) for i in await introductions(app)] == [(IntroState.OPEN, None)]
    # lead0 accepts; only ken may pick a meeting time, and nobody else gets a contact.
    accepted = await chat.say("/as lead0", "1", "1")
    assert accepted == (
        "Багийнхаа аль холбоо барих хаягийг хуваалцах вэ?\nИ-мэйл: lead0@team0.mn\n"
        "[1] И-мэйл хуваалцах\n\n"
        "Та зөвшөөрлөө. Танай холбоо барих хаягийг зочинд илгээж байна. Зочин:\n"
        "ken, Tanaka Corp\nУтас: +81 90 1234 5678\n\n"
        "Дараагийн алхам: анхны уулзалтад 3 хүртэлх цаг санал болгоно уу.\n"
        "[1] Уулзалт санал болгох\n\n→ ken\n"
        "プロジェクト「Project 0」のチーム（チーム「Team0」）が依頼を承諾しました。\n"
        "lead0さん、Team0 LLC\nメール：lead0@team0.mn\n\n"
        "最初の面談の日時はチームリーダーからご提案します。\n\n"
    )
    await chat.say("1", "2024-11-21 15:00", "1")  # two times, then Done
    await chat.say("5")
    await chat.say("/as lead1")
    assert await press(chat, PickTime(1, 0).pack()) == (
        "Энэ хүсэлтийг зөвхөн хүсэлт ирсэн багийн ахлагч харж, хариулна.\n\n"
    )
    assert [i.meeting_at for i in await introductions(app)] == [None]


async def test_leads_counts_and_the_csv_and_xlsx_files(
    open_program: tuple[App, Chat, FixedClock],
) -> None:
    _app, chat, clock = open_program
    await six_projects_and_ken(chat)
    await visitor(chat, "mika", "ja", "=HYPERLINK(1)", "1", "3, 5", ("1", "mika@uni.ac.jp"))
    for n in range(4):
        await ask(chat, n)
    listed = await chat.say("/as mika", "/projects")
    card = await chat.say(button(listed, "Project 0"))
    await chat.say(button(card, "面談を依頼"), "Research")
    clock.advance(timedelta(hours=3))
    await chat.say("/as lead0", "1", "1")  # accepts mika's request, the last it got
    clock.advance(timedelta(hours=2))
    await chat.say("/as lead1", "2", "1")  # declines ken after 5 hours
    await chat.say("/as lead0")
    await press(chat, AnswerIntro(1, Answer.ACCEPT).pack())
    await chat.say("1")  # accepts ken after 5 hours
    await chat.say("/as lead3", "3")  # asks the organizers: still waiting
    out = await chat.say("/as org", "/leads")
    assert out == (
        "Танилцуулга: хүссэн 5, зөвшөөрсөн 2, татгалзсан 1, хүлээгдэж буй 2, хугацаа дууссан 0.\n"
        "Анхны уулзалт: товлосон 0, болсон 0. Хариулах хугацааны медиан: 5 цаг.\n\n"
        "Хүсэлтүүд:\n"
        "№1 Tanaka Corp (ken) → Team0, «Project 0»: зөвшөөрсөн, хариулсан хугацаа: 5 цаг\n"
        "№2 Tanaka Corp (ken) → Team1, «Project 1»: татгалзсан, хариулсан хугацаа: 5 цаг\n"
        "№3 Tanaka Corp (ken) → Team2, «Project 2»: хүлээгдэж буй, хүссэн: 11-р сарын 18 (Да) 09:00\n"
        "№4 Tanaka Corp (ken) → Team3, «Project 3»: хүлээгдэж буй, хүссэн: 11-р сарын 18 (Да) 09:00\n"
        "№5 =HYPERLINK(1) (mika) → Team0, «Project 0»: зөвшөөрсөн, хариулсан хугацаа: 3 цаг\n\n"
        "Багаар:\n"
        "Team0: хүссэн 2, зөвшөөрсөн 2, татгалзсан 0, хүлээгдэж буй 0, хугацаа дууссан 0\n"
        "Team1: хүссэн 1, зөвшөөрсөн 0, татгалзсан 1, хүлээгдэж буй 0, хугацаа дууссан 0\n"
        "Team2: хүссэн 1, зөвшөөрсөн 0, татгалзсан 0, хүлээгдэж буй 1, хугацаа дууссан 0\n"
        "Team3: хүссэн 1, зөвшөөрсөн 0, татгалзсан 0, хүлээгдэж буй 1, хугацаа дууссан 0\n\n"
        "Зочны байгууллагаар:\n"
        "=HYPERLINK(1): хүссэн 1, зөвшөөрсөн 1, татгалзсан 0, хүлээгдэж буй 0, хугацаа дууссан 0\n"
        "Tanaka Corp: хүссэн 4, зөвшөөрсөн 1, татгалзсан 1, хүлээгдэж буй 2, хугацаа дууссан 0\n"
        "[1] CSV\n[2] XLSX\n\n"
    )
    [csv_path] = saved_paths(await chat.say("1"))
    raw = csv_path.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows == [
        [
            "request",
            "asked_at",
            "team",
            "project",
            "visitor",
            "organization",
            "country",
            "offers",
            "state",
            "answered_at",
            "hours_to_answer",
            "meeting_at",
        ],
        [
            "1",
            "2024-11-18T01:00:00+00:00",
            "Team0",
            "Project 0",
            "ken",
            "Tanaka Corp",
            "jp",
            "technology investment",
            "accepted",
            "2024-11-18T06:00:00+00:00",
            "5.0",
            "",
        ],
        [
            "2",
            "2024-11-18T01:00:00+00:00",
            "Team1",
            "Project 1",
            "ken",
            "Tanaka Corp",
            "jp",
            "technology investment",
            "declined",
            "2024-11-18T06:00:00+00:00",
            "5.0",
            "",
        ],
        [
            "3",
            "2024-11-18T01:00:00+00:00",
            "Team2",
            "Project 2",
            "ken",
            "Tanaka Corp",
            "jp",
            "technology investment",
            "open",
            "",
            "",
            "",
        ],
        [
            "4",
            "2024-11-18T01:00:00+00:00",
            "Team3",
            "Project 3",
            "ken",
            "Tanaka Corp",
            "jp",
            "technology investment",
            "open",
            "",
            "",
            "",
        ],
        [
            "5",
            "2024-11-18T01:00:00+00:00",
            "Team0",
            "Project 0",
            "mika",
            "'=HYPERLINK(1)",
            "jp",
            "dist-japan research",
            "accepted",
            "2024-11-18T04:00:00+00:00",
            "3.0",
            "",
        ],
    ]
    [xlsx_path] = saved_paths(await chat.say("/leads", "2"))
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [row[0] for row in values] == ["request", 1, 2, 3, 4, 5]
    assert values[5][5] == "'=HYPERLINK(1)"
    assert [row[8] for row in values[1:]] == ["accepted", "declined", "open", "open", "accepted"]


async def test_privacy_shows_the_visitor_and_delete_me_clears_it(
    open_program: tuple[App, Chat, FixedClock],
) -> None:
    app, chat, _ = open_program
    await six_projects_and_ken(chat)
    await ask(chat, 0)
    privacy = await chat.say("/as ken", "/privacy")
    assert (
        "来場者情報：ken、Tanaka Corp、電話：+81 90 1234 5678\n提供できるもの：\n・技術\n・投資\n"
        "ご紹介依頼：1件\n"
    ) in privacy
    await chat.say("/delete_me")
    await chat.say("1")
    assert await introductions(app) == []
    assert "来場者情報" not in await chat.say("/privacy")
    assert await chat.say("/as lead0") == ""
    assert await press(chat, AnswerIntro(1, Answer.ACCEPT).pack()) == (
        "Энэ хүсэлтийг зөвхөн хүсэлт ирсэн багийн ахлагч харж, хариулна.\n\n"
    )


async def test_a_lead_who_asks_the_organizers_gets_their_answer_through_the_helpdesk(
    open_program: tuple[App, Chat, FixedClock],
) -> None:
    app, chat, _ = open_program
    await six_projects_and_ken(chat)
    await ask(chat, 0)
    question = "Энэ компанитай <b>хамтрах</b> нь зөв үү? 🤝"
    prompt = await chat.say("/as lead0", "3")
    out = await chat.say(question)
    sent = await delivered(chat)
    await chat.say("/as org")
    listing = await chat.say("/helpdesk")
    await press(chat, DeskButton(DeskAct.REPLY, 1).pack())
    replied = await chat.say("Tanaka Corp нь манай түнш байгууллага, итгэж болно.")
    answer = await delivered(chat)
    assert prompt == (
        "Энэ хүсэлтийн талаар зохион байгуулагчдад асуух зүйлээ бичнэ үү (500 хүртэлх тэмдэгт). "
        "Хариулт энэ чатад ирнэ.\n[1] Цуцлах\n\n"
    )
    assert out == (
        "Таны асуултыг зохион байгуулагчдын лавлагаанд №1 асуулт болгон илгээлээ. Хариулт энэ "
        "чатад ирнэ. Хүсэлтэд хариулах боломжтой хэвээр байна.\n\n→ org\n"
        "Team0 баг (ахлагч: lead0) танилцуулгын хүсэлтийн талаар зохион байгуулагчаас асууж "
        "байна:\nХэнээс: ken, Tanaka Corp\nЗахидал: Message 0\n"
        "Ахлагчийн асуулт лавлагааны №1 асуулт болж бүртгэгдлээ: /helpdesk тушаалаар хариулна "
        "уу.\n\n"
    )
    assert sent == (
        "→ org\nШинэ асуулт №1 — асуусан: lead0 (Team0 багийн тухай, монгол хэлээр):\n"
        f"{question}\n[1] Хариуцах\n[2] Хариулах\n[3] Хаах\n\n"
    )
    assert listing.splitlines()[1:] == [
        f"№1 · 0 минут хүлээж байна · хариуцагчгүй · lead0 (Team0 баг): {question}",
        "[1] №1",
        "",
    ]
    assert replied == "№1 асуултын хариултыг илгээлээ. Хүлээн авагч: lead0.\n\n"
    assert answer == (
        "→ lead0\nЗохион байгуулагчдаас таны №1 асуултад өгсөн хариулт:\n\n"
        "Tanaka Corp нь манай түнш байгууллага, итгэж болно.\n"
        "[1] Хариу бичих\n[2] Шийдэгдсэн, хаах\n\n"
    )
    assert [(t.origin, t.about, t.team_id) for t in await threads(app)] == [
        ("matching", "team", 1)
    ]
    # The request still waits for the lead's answer.
    assert [i.state for i in await introductions(app)] == [IntroState.ASKED]
