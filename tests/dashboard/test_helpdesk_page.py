"""The dashboard's Helpdesk page without a browser, on both databases: the open questions with
who asked and how old they are, the answer-time figures on a fixed clock, an answer from the
page that reaches the asker as one from the chat does, taking over a thread someone else has,
closing; and the server's checks (a participant's session, a thread that is not there, an
empty answer)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from html.parser import HTMLParser

import httpx
import pytest
from sqlalchemy import select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.models import Participant
from tests.dashboard.support import BASE, client_for, signed_in
from tests.dashboard.test_access import session_cookie
from tests.helpdesk_support import ORGANIZERS, ask, delivered, everyone, messages, outbox_rows
from tests.support import Chat

QUESTION = "会場でWi-Fiは使えますか？デモで使いたいです。"
TEAM_QUESTION = "Манай багийн лого ямар хэмжээтэй байх ёстой вэ?"
ANSWER = "はい、会場のWi-Fiをお使いいただけます。パスワードは受付でお渡しします。"


@pytest.fixture
async def app(
    settings_for: Callable[..., Settings], clock: FixedClock, translator: FluentTranslator
) -> AsyncIterator[App]:
    application = await build_app(
        settings_for(organizers=ORGANIZERS, public_base_url=BASE), clock, translator
    )
    yield application
    await application.close()


class Cells(HTMLParser):
    """The text of each cell of one ``table[data-table=NAME]``, row by row."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name, self.inside, self.rows = name, False, []  # type: ignore[var-annotated]
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and ("data-table", self.name) in attrs:
            self.inside = True
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag == "td":
            self.cell = []
        elif self.cell is not None and tag == "div" and self.cell:
            self.cell.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.inside = False
        elif tag == "td" and self.cell is not None:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def table(html: str, name: str) -> list[list[str]]:
    parser = Cells(name)
    parser.feed(html)
    return [row for row in parser.rows if row]


def stats(html: str) -> dict[str, str]:
    found = {}
    for name in ("open", "unanswered", "closed"):
        found[name] = html.split(f'data-stat="{name}">')[1].split("<")[0]
    return found


def csrf_of(html: str) -> str:
    return html.split('name="csrf" value="')[1].split('"')[0]


async def two_questions(chat: Chat, clock: FixedClock) -> None:
    """aya asks at 09:00 (personal, in Japanese); bat asks about team Nar 2 hours later (the
    FAQ has an entry that may answer it: he sends it anyway)."""
    await everyone(chat)
    await ask(chat, "aya", QUESTION, "1", "1")
    clock.advance(timedelta(hours=2))
    await ask(chat, "bat", TEAM_QUESTION, "2", "1", "1", "1")
    await delivered(chat)


async def post(
    client: httpx.AsyncClient, action: str, csrf: str, **fields: str | int
) -> httpx.Response:
    return await client.post(
        f"/admin/helpdesk/do/{action}",
        data={"csrf": csrf, **{k: str(v) for k, v in fields.items()}},
    )


async def test_the_open_questions_their_age_and_the_answer_times(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    await two_questions(chat, clock)
    clock.advance(timedelta(minutes=30))
    async with client_for(app) as (client, _):
        await signed_in(client, chat, "tuya")
        page = await client.get("/admin/helpdesk")
        assert page.status_code == 200
        assert table(page.text, "threads") == [
            [
                "#1",
                QUESTION,
                "aya",
                "2 цаг 30 минут",
                "хариуцагчгүй | 2 цаг 30 минут хариулт хүлээж байна",
            ],
            [
                "#2",
                TEAM_QUESTION,
                "bat (Nar баг)",
                "30 минут",
                "хариуцагчгүй | 30 минут хариулт хүлээж байна",
            ],
        ]
        assert stats(page.text) == {"open": "2", "unanswered": "2", "closed": "0"}
        assert table(page.text, "medians") == [["одоогоор байхгүй", "одоогоор байхгүй"]]
        csrf = csrf_of(page.text)

        answered = await post(client, "answer", csrf, thread=1, text=ANSWER)
        assert (answered.status_code, answered.headers["location"]) == (
            303,
            "/admin/helpdesk?thread=1",
        )
        clock.advance(timedelta(hours=1))
        closed = await post(client, "close", csrf, thread=1)
        assert (closed.status_code, closed.headers["location"]) == (303, "/admin/helpdesk")
        page = await client.get("/admin/helpdesk")
        assert table(page.text, "threads") == [
            [
                "#2",
                TEAM_QUESTION,
                "bat (Nar баг)",
                "1 цаг 30 минут",
                "хариуцагчгүй | 1 цаг 30 минут хариулт хүлээж байна",
            ]
        ]
        assert stats(page.text) == {"open": "1", "unanswered": "1", "closed": "1"}
        # #1: answered 2 h 30 min after it was asked, closed an hour later.
        assert table(page.text, "medians") == [["2 цаг 30 минут", "3 цаг 30 минут"]]
        assert table(page.text, "slowest") == table(page.text, "threads")


async def test_an_answer_from_the_page_reaches_the_asker_as_from_the_chat(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    await two_questions(chat, clock)
    async with client_for(app) as (client, _):
        await signed_in(client, chat, "tuya")
        thread = await client.get("/admin/helpdesk", params={"thread": 1})
        assert table(thread.text, "messages") == [
            ["2024 оны 11-р сарын 18 (Да) 09:00", "асуусан хүн", QUESTION]
        ]
        response = await post(client, "answer", csrf_of(thread.text), thread=1, text=ANSWER)
        assert response.status_code == 303
        shown = await client.get(response.headers["location"])
        assert "№1 асуултын хариултыг илгээлээ. Хүлээн авагч: aya." in shown.text
        assert table(shown.text, "messages") == [
            ["2024 оны 11-р сарын 18 (Да) 09:00", "асуусан хүн", QUESTION],
            ["2024 оны 11-р сарын 18 (Да) 11:00", "tuya (зохион байгуулагч)", ANSWER],
        ]
    assert await delivered(chat) == (
        "→ kenji\n"
        "質問 #1 の担当：tuya\n[1] #1\n\n"
        "→ aya\n"
        "ご質問 #1 への運営者からの回答です。\n\n"
        f"{ANSWER}\n"
        "[1] 返信する\n[2] 解決済みにする\n\n"
    )
    assert [row for row in await outbox_rows(app) if row[0].startswith("hd:m")] == [
        ("hd:m3:p3", "human_reply", "sent")
    ]


async def test_a_question_someone_else_has_is_answered_by_taking_it_over(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    await two_questions(chat, clock)
    await chat.say("/as kenji", "/helpdesk", "1", "1")  # kenji claims #1 in the chat
    await delivered(chat)
    async with client_for(app) as (client, _):
        await signed_in(client, chat, "tuya")
        page = await client.get("/admin/helpdesk", params={"thread": 1})
        assert (
            "Энэ асуултыг хариуцагч: kenji. Хариулт илгээвэл асуултыг өөртөө авна (түүнд мэдэгдэнэ)."
            in page.text
        )
        # Sent without taking over (a page shown before kenji took it): refused, text kept.
        refused = await post(client, "answer", csrf_of(page.text), thread=1, text=ANSWER)
        assert refused.status_code == 400
        assert f">{ANSWER}</textarea>" in refused.text
        assert await messages(app) == [
            (1, "asker", QUESTION, None),
            (2, "asker", TEAM_QUESTION, None),
        ]
        taken = await post(client, "answer", csrf_of(page.text), thread=1, text=ANSWER, take_over=1)
        assert taken.status_code == 303
    assert await delivered(chat) == (
        "→ kenji\n"
        "質問 #1 の担当：tuya\n[1] #1\n\n"
        "→ aya\n"
        "ご質問 #1 への運営者からの回答です。\n\n"
        f"{ANSWER}\n"
        "[1] 返信する\n[2] 解決済みにする\n\n"
    )


async def test_the_server_checks_who_acts_on_what(app: App, chat: Chat, clock: FixedClock) -> None:
    await two_questions(chat, clock)
    async with client_for(app) as (client, dashboard):
        async with app.sessions() as session:
            aya = await session.scalar(select(Participant).where(Participant.external_id == "aya"))
        assert aya is not None
        cookie, csrf = await session_cookie(app, dashboard, aya.id)
        client.cookies.set("mics_dashboard", cookie, path="/admin")
        for action, fields in (("answer", {"text": "forged"}), ("claim", {}), ("close", {})):
            response = await post(client, action, csrf, thread=1, **fields)
            assert response.status_code == 403
        assert (await client.get("/admin/helpdesk")).status_code == 403
        client.cookies.clear()

        page = await signed_in(client, chat, "tuya")
        csrf = csrf_of(page.text)
        for thread, text, expected in (
            (99, ANSWER, "Таны хөтөлбөрт ийм асуулт алга."),
            ("x", ANSWER, "Таны хөтөлбөрт ийм асуулт алга."),
            (1, "   ", "Хэдэн үг бичнэ үү."),
            (
                1,
                "あ" * 2001,
                "Энэ мессеж 2,001 тэмдэгттэй байна; хамгийн ихдээ 2,000 тэмдэгт байж болно. "
                "Богиносгох эсвэл хэд хуваан илгээнэ үү.",
            ),
        ):
            response = await post(client, "answer", csrf, thread=thread, text=text)
            assert (response.status_code, f"data-flash>{expected}</p>" in response.text) == (
                400,
                True,
            )
        assert (await post(client, "close", csrf, thread=1)).status_code == 303
        again = await post(client, "close", csrf, thread=1)
        assert (again.status_code, "№1 асуулт хаагдсан байна." in again.text) == (400, True)
    assert await messages(app) == [(1, "asker", QUESTION, None), (2, "asker", TEAM_QUESTION, None)]
    assert await delivered(chat) == (
        "→ aya\n"
        "ご質問 #1 は運営者により完了となりました。新しいご質問は /ask でお送りください。\n\n"
    )


async def test_what_people_wrote_is_shown_as_text(app: App, chat: Chat) -> None:
    sneaky = "<script>alert('x')</script> Wi-Fi & <b>projector</b>?"
    escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Wi-Fi &amp; &lt;b&gt;projector"
    await everyone(chat)
    await ask(chat, "aya", sneaky, "1", "1")
    async with client_for(app) as (client, _):
        await signed_in(client, chat, "tuya")
        listed = await client.get("/admin/helpdesk")  # open, and waiting longest
        shown = await client.get("/admin/helpdesk", params={"thread": 1})
    assert [
        (page.text.count(escaped), "<script>alert" in page.text) for page in (listed, shown)
    ] == [
        (2, False),
        (1, False),
    ]
