"""Co-creation matching on Messenger through the real webhook and the fake Graph API: a new
thread opened from ``m.me/<page>?ref=projects`` (a QR code on an event table) goes through
the visitor's onboarding to the projects, and ``ref=projects_<id>`` (the public page's link)
opens that project's card."""

from __future__ import annotations

from typing import Any

from tests.matching_support import published_project
from tests.messenger.conftest import Messenger, postback_item, text_item
from tests.messenger.test_eventday import referral_item

VISITOR = "24000000000000101"


def text_of(message: dict[str, Any]) -> str:
    body = message["message"]
    return str(body.get("text") or body["attachment"]["payload"]["text"])


async def test_the_projects_ref_reaches_the_onboarding_and_the_list(messenger: Messenger) -> None:
    app = messenger.app
    project = await published_project(app, "Nar", "Solar yurts", "24000000000000100", "messenger")
    assert app.services.start_link("messenger", f"projects_{project}") == (
        f"https://m.me/micsbot?ref=projects_{project}"
    )
    item = postback_item("get_started", "v.1", VISITOR)
    item["postback"]["referral"] = {"ref": "projects", "source": "SHORTLINK", "type": "OPEN_THREAD"}
    await messenger.event(item)
    start = len(messenger.fake.messages)
    await messenger.event(postback_item("~:language:choose:ja", "v.2", VISITOR))
    # The program's welcome (the Get Started reply), then the link's own answer.
    assert [text_of(m) for m in messenger.fake.messages[start:]][-2:] == [
        "ようこそ。チームにご紹介を依頼するために、まずお客様について簡単にお聞かせください。"
        "1分ほどで終わります。",
        "お名前をお聞かせください。",
    ]
    for n, answer in enumerate(
        [
            text_item("Sato", "v.3", VISITOR),
            text_item("Hikari Solar KK", "v.4", VISITOR),
            postback_item("~:mvis:country:jp", "v.5", VISITOR),
            text_item("1, 2", "v.6", VISITOR),
            postback_item("~:mvis:kind:email", "v.7", VISITOR),
            text_item("sato@hikari-solar.jp", "v.8", VISITOR),
            postback_item("~:mvis:consent:agree", "v.9", VISITOR),
        ]
    ):
        assert (await messenger.event(answer)).status_code == 200, n
    assert text_of(messenger.fake.messages[-1]).startswith(
        "プロジェクト：1件\n1. ★ Solar yurts（チーム「Nar」）\n"
    )
    start = len(messenger.fake.messages)
    await messenger.event(referral_item(f"projects_{project}", "v.10", VISITOR))
    [card] = messenger.fake.messages[start:]
    assert text_of(card).splitlines()[:3] == ["Solar yurts", "チーム：Nar", "太陽のゲル"]
