"""Onboarding end to end on Messenger: the Get Started button, the language choice, the menu."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from storage.models import Participant
from tests.messenger.conftest import PSID, Messenger, postback_item
from tests.messenger.test_webhook import LANGUAGE_PROMPT, response

MENU_PAYLOADS = [
    "cmd:register",
    "cmd:join",
    "cmd:help",
    "cmd:language",
    "cmd:timezone",
    "cmd:schedule",
    "cmd:deadlines",
    "cmd:ask",
]


def menu(text: str, labels: list[str]) -> dict[str, Any]:
    """The main menu has more than three buttons, so Messenger shows it as quick replies."""
    return {
        "text": text,
        "quick_replies": [
            {"content_type": "text", "title": label, "payload": payload}
            for label, payload in zip(labels, MENU_PAYLOADS, strict=True)
        ],
    }


WELCOME = {
    "mn": [
        {
            "text": "Тавтай морилно уу! Энэ бол «MICS 2024: ТХЗ-ын төлөөх Монголын нээлттэй "
            "инноваци, хамтын бүтээл» хөтөлбөрийн бот.\nАрга хэмжээ, эцсийн хугацааг таны "
            "сонгосон хэлээр, таны цагийн бүсээр сануулж байх болно."
        },
        menu(
            "Та юу хийх вэ?",
            [
                "Баг бүртгүүлэх",
                "Багт нэгдэх",
                "Тусламж",
                "Хэл",
                "Цагийн бүс",
                "Хуваарь",
                "Эцсийн хугацаа",
                "Асуулт асуух",
            ],
        ),
    ],
    "ja": [
        {
            "text": "MICS 2024：SDGsのためのモンゴル・オープンイノベーション共創へようこそ！\n"
            "イベントや締め切りを、ご指定の言語とタイムゾーンでお知らせします。"
        },
        menu(
            "ご用件をお選びください。",
            [
                "チームを登録",
                "チームに参加",
                "ヘルプ",
                "言語",
                "タイムゾーン",
                "スケジュール",
                "締め切り",
                "運営者に質問",
            ],
        ),
    ],
}


async def language_of(messenger: Messenger) -> str | None:
    async with messenger.app.sessions() as session:
        person = await session.scalar(select(Participant).where(Participant.external_id == PSID))
    assert person is not None
    return person.language


async def onboard(messenger: Messenger, language: str) -> None:
    assert (await messenger.event(postback_item("get_started", "m.1"))).status_code == 200
    assert messenger.fake.messages == [response(LANGUAGE_PROMPT)]
    await messenger.event(postback_item(f"~:language:choose:{language}", "m.2"))
    assert messenger.fake.messages[1:] == [response(m) for m in WELCOME[language]]
    assert await language_of(messenger) == language


async def test_onboarding_in_mongolian(messenger: Messenger) -> None:
    await onboard(messenger, "mn")


async def test_onboarding_in_japanese(messenger: Messenger) -> None:
    await onboard(messenger, "ja")


async def test_the_persistent_menu_opens_the_main_menu(messenger: Messenger) -> None:
    await onboard(messenger, "ja")
    await messenger.event(postback_item("cmd:menu", "m.3"))
    assert messenger.fake.messages[3:] == [response(WELCOME["ja"][1])]


async def test_typed_commands_work_as_on_telegram(messenger: Messenger) -> None:
    await onboard(messenger, "mn")
    await messenger.event(
        {"sender": {"id": PSID}, "timestamp": 3, "message": {"mid": "m.3", "text": "/menu"}}
    )
    assert messenger.fake.messages[3:] == [response(WELCOME["mn"][1])]


async def test_get_started_from_an_m_me_link_keeps_its_ref(messenger: Messenger) -> None:
    """A new thread opened from m.me/<page>?ref=R: the Get Started postback carries R, which
    opens like a Telegram deep link once the language is chosen."""
    item = postback_item("get_started", "m.1")
    item["postback"]["referral"] = {
        "ref": "nosuch_AB12",
        "source": "SHORTLINK",
        "type": "OPEN_THREAD",
    }
    await messenger.event(item)
    await messenger.event(postback_item("~:language:choose:mn", "m.2"))
    assert messenger.fake.messages[1:] == [
        *(response(m) for m in WELCOME["mn"]),
        response(
            {
                "text": "Энэ холбоос хүчингүй эсвэл хугацаа нь дууссан байна. Илгээсэн хүнээс шинэ "
                "холбоос авна уу."
            }
        ),
    ]


async def test_start_links_are_m_me_links(messenger: Messenger) -> None:
    assert messenger.app.services.start_link("messenger", "team_AB12") == (
        "https://m.me/micsbot?ref=team_AB12"
    )
