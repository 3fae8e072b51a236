"""Co-creation matching through the console, in Mongolian and Japanese, on the shipped MICS
program after its final screening (only selected teams may publish; an organizer approves
each project): a lead publishes, a Japanese visitor onboards, browses, filters and asks for an
introduction, the Mongolian lead accepts, and each side gets the other's contact in their own
language and nothing else; then a first meeting from the lead's proposed times."""

from __future__ import annotations

from pathlib import Path

from bot.app import App
from storage.matching import IntroState
from tests.matching_support import (
    button,
    final_screening,
    introductions,
    register,
    showcase,
    visitor,
)
from tests.selection_support import deck_file
from tests.support import Chat, saved_paths

NAR = ("Нарны эрчим хүчээр гэр халаана.", "太陽の力でゲルを暖めます。", None)
SAKURA = (
    "Монголд хүлэмжийн ногоо тарина.",
    "モンゴルで温室野菜を育てます。",
    "Greenhouse vegetables.",
)
KEN = ("Tanaka Corp", "1", "1, 2", ("1", "ken@tanaka.jp"))
"""A Japanese company offering technology and investment, sharing an e-mail address."""


async def four_teams(chat: Chat) -> None:
    await chat.say("/as org", "/start", "1")
    await register(chat, "bat", "mn", "Nar", "Solar yurts")
    await register(chat, "dorj", "mn", "Gobi", "Gobi water")
    await register(chat, "yuki", "ja", "Sakura", "Sakura farm")
    await register(chat, "kenji", "ja", "Tenger", "Sky data")


async def published_nar_and_sakura(app: App, chat: Chat) -> None:
    """After the final screening (Nar, Sakura, Gobi selected; Tenger not), Nar (needs
    technology and sales in Japan) and Sakura (investment and research, SDGs 2 and 12) are
    published and approved; Gobi's lead started /showcase and cancelled."""
    await four_teams(chat)
    await final_screening(app, ["Nar", "Sakura", "Gobi"], ["Tenger"])
    await showcase(chat, "bat", NAR, "1, 3", "Японд борлуулах түнш")
    await chat.say("/as org", "1")  # Approve
    await showcase(chat, "yuki", SAKURA, "2, 5", None, "2, 12")
    await chat.say("/as org", "1")
    await chat.say("/as dorj", "/showcase", "1", "Говийн ус", "ゴビの水", "/cancel")


async def test_only_selected_teams_publish_once_confirmed_and_approved(
    app: App, chat: Chat
) -> None:
    await four_teams(chat)
    assert await chat.say("/as bat", "/showcase") == (
        "Танай баг төслөө одоогоор нийтлэх боломжгүй: энэ хөтөлбөрт шалгаруулалтын дүн "
        "зарлагдсаны дараа шалгарсан багуудын төсөл нийтлэгдэнэ.\n\n"
    )
    await final_screening(app, ["Nar", "Sakura", "Gobi"], ["Tenger"])
    assert await chat.say("/as kenji", "/showcase") == (
        "現在、チームのプロジェクトは公開できません。このプログラムでは、選考結果の発表後に"
        "採択チームのプロジェクトを公開します。\n\n"
    )
    await chat.say("/as bat", "/showcase", "1", NAR[0], NAR[1], "1", "7, 13", "1, 3")
    preview = await chat.say("Японд борлуулах түнш")
    assert preview == (
        "Зочдод ингэж харагдана:\n\n"
        "Solar yurts\nБаг: Nar\nНарны эрчим хүчээр гэр халаана.\n"
        "Тогтвортой хөгжлийн зорилго:\n7. Хүртээмжтэй, цэвэр эрчим хүч\n"
        "13. Уур амьсгалын өөрчлөлтийн эсрэг арга хэмжээ\n"
        "Хайж буй түнш:\n• Технологи\n• Японд борлуулах\nДэлгэрэнгүй: Японд борлуулах түнш\n\n"
        "Танилцуулга:\nМонгол хэлээр: Нарны эрчим хүчээр гэр халаана.\n"
        "Япон хэлээр: 太陽の力でゲルを暖めます。\nИлтгэлийн файл нууц хэвээр үлдэнэ.\n\n"
        "«Нийтлэх» дарах хүртэл юу ч нийтэд харагдахгүй.\n"
        "[1] Нийтлэх\n[2] ‹ Буцах\n[3] Цуцлах\n\n"
    )
    # Confirmed, but waiting for approval: a visitor sees nothing yet.
    assert (await chat.say("1")).startswith(
        "Баярлалаа. Зочдод харагдахаас өмнө зохион байгуулагч төслийг тань шалгана, хариуг нь "
        "танд мэдэгдэнэ.\n\n→ org\nNar баг төслөө нийтлэх хүсэлт гаргалаа:\n\nSolar yurts\n"
    )
    listed = await visitor(chat, "ken", "ja", *KEN)
    assert listed == (
        "kenさん、ありがとうございます。プロジェクトをご紹介します。\n\n"
        "公開中のプロジェクトはまだありません。後ほどもう一度ご覧ください。\n"
        "[1] SDGsで絞り込む\n[2] ニーズで絞り込む\n\n"
    )
    assert await chat.say("/as org", "1") == (
        "Nar багийн төсөл нийтлэгдлээ.\n\n→ bat\n"
        "Танай «Solar yurts» төслийг зөвшөөрч, үзэсгэлэнд нийтэллээ.\n\n"
    )
    cancelled = await chat.say("/as dorj", "/showcase", "1", "Говийн ус", "/cancel")
    assert cancelled.endswith(
        "Цуцаллаа. Юу ч хадгалагдаагүй. Үндсэн цэсийг /menu тушаалаар нээнэ үү.\n\n"
    )
    assert await chat.say("/as ken", "/projects") == (
        "プロジェクト：1件\n1. ★ Solar yurts（チーム「Nar」）\n"
        "★は、お客様が提供できるものを求めているプロジェクトです。詳細はプロジェクトを押して"
        "ご覧ください。\n[1] Solar yurts\n[2] SDGsで絞り込む\n[3] ニーズで絞り込む\n\n"
    )
    assert await chat.say("/as bat", "/unpublish") == (
        "Танай төслийг үзэсгэлэнгээс хаслаа. Өмнө ирсэн хүсэлтүүдэд хариулах боломжтой хэвээр "
        "байна.\n\n"
    )
    assert "Solar yurts" not in await chat.say("/as ken", "/projects")


async def test_a_japanese_visitor_browses_filters_and_a_mongolian_lead_accepts(
    app: App, chat: Chat
) -> None:
    await published_nar_and_sakura(app, chat)
    listed = await visitor(chat, "ken", "ja", *KEN, start="/start projects")
    assert listed == (
        "kenさん、ありがとうございます。プロジェクトをご紹介します。\n\n"
        "プロジェクト：2件\n1. ★ Solar yurts（チーム「Nar」）\n2. ★ Sakura farm（チーム「Sakura」）\n"
        "★は、お客様が提供できるものを求めているプロジェクトです。詳細はプロジェクトを押して"
        "ご覧ください。\n[1] Solar yurts\n[2] Sakura farm\n[3] SDGsで絞り込む\n"
        "[4] ニーズで絞り込む\n\n"
    )
    needs = await chat.say(button(listed, "ニーズで絞り込む"))
    assert (
        needs == "どのニーズで絞り込みますか？\n[1] 技術\n[2] 投資\n[3] 日本での販売\n[4] 研究\n\n"
    )
    research = await chat.say(button(needs, "研究"))
    assert research.splitlines()[:2] == [
        "プロジェクト：1件 ・研究",
        "1. ★ Sakura farm（チーム「Sakura」）",
    ]
    goals = await chat.say(button(research, "SDGsで絞り込む"))
    assert goals.splitlines()[0] == "どの目標で絞り込みますか？"
    both = await chat.say(button(goals, "SDGs 7"))
    assert both == (
        "条件に合うプロジェクトはありません ・SDGs 7・研究。\n"
        "[1] SDGsで絞り込む\n[2] ニーズで絞り込む\n[3] すべてのプロジェクト\n\n"
    )
    listed = await chat.say(button(both, "すべてのプロジェクト"))
    card = await chat.say(button(listed, "Solar yurts"))
    assert card == (
        "Solar yurts\nチーム：Nar\n太陽の力でゲルを暖めます。\nSDGs：\n"
        "7. エネルギーをみんなに そしてクリーンに\n13. 気候変動に具体的な対策を\n"
        "求めているパートナー：\n・技術\n・日本での販売\n詳細：Японд борлуулах түнш\n"
        "[1] 面談を依頼\n[2] 一覧に戻る\n\n"
    )
    await chat.say(button(card, "面談を依頼"))
    sent = await chat.say("太陽熱の技術で協力したいです。")
    assert sent == (
        "プロジェクト「Solar yurts」への依頼を送信しました。リーダーの回答期限は"
        "2024年12月2日（月）10:00（日本時間）です。期限までに回答がない場合、依頼は失効し、"
        "お知らせします。\n\n→ bat\n"
        "«Solar yurts» төсөлтэй танилцах хүсэлт ирлээ:\nХэнээс: ken, Tanaka Corp (Япон)\n"
        "Санал болгож буй туслалцаа:\n• Технологи\n• Хөрөнгө оруулалт\n"
        "Захидал: 太陽熱の技術で協力したいです。\n\n"
        "Та зөвшөөрсөн тохиолдолд л холбоо барих хаяг солилцоно. Хариугаа өгөх эцсийн хугацаа: "
        "12-р сарын 2 (Да) 09:00.\n[1] Зөвшөөрөх\n[2] Татгалзах\n[3] Зохион байгуулагчид\n\n"
    )
    assert "ken@tanaka.jp" not in sent and "bat@nar.mn" not in sent
    share = await chat.say("/as bat", "1")
    assert (
        share
        == "Багийнхаа аль холбоо барих хаягийг хуваалцах вэ?\nИ-мэйл: bat@nar.mn\n[1] И-мэйл хуваалцах\n\n"
    )
    accepted = await chat.say("1")
    assert accepted == (
        "Та зөвшөөрлөө. Танай холбоо барих хаягийг зочинд илгээж байна. Зочин:\n"
        "ken, Tanaka Corp\nИ-мэйл: ken@tanaka.jp\n\n"
        "Дараагийн алхам: анхны уулзалтад 3 хүртэлх цаг санал болгоно уу.\n"
        "[1] Уулзалт санал болгох\n\n→ ken\n"
        "プロジェクト「Solar yurts」のチーム（チーム「Nar」）が依頼を承諾しました。\n"
        "batさん、Nar LLC\nメール：bat@nar.mn\n\n"
        "最初の面談の日時はチームリーダーからご提案します。\n\n"
    )
    assert [(i.state, i.lead_contact_kind) for i in await introductions(app)] == [
        (IntroState.ACCEPTED, "email")
    ]
    # The suggested first step: the session request's times step, then the visitor picks one.
    await chat.say("1", "2024-11-21 15:00")
    times = await chat.say("1")  # 11/19 10:00 in Ulaanbaatar
    offered = await chat.say(button(times, "Болсон"))
    assert offered == (
        "Санал болгосон цагийг илгээлээ. Зочин нэгийг нь сонгоно.\n\n→ ken\n"
        "チーム「Nar」から、最初の面談（1時間）の日時のご提案です：\n"
        "1. 2024年11月21日（木）16:00（日本時間）\n2. 2024年11月19日（火）11:00（日本時間）\n"
        "ご都合のよい日時を押してください。\n[1] 11/21（木）16:00\n[2] 11/19（火）11:00\n\n"
    )
    assert await chat.say("/as ken", "2") == (
        "最初の面談が決まりました。日時：2024年11月19日（火）11:00（日本時間）／10:00（モンゴル時間）、"
        "お相手：Nar\n\n→ bat\n"
        "Анхны уулзалт товлогдлоо. Цаг: 11-р сарын 19 (Мя) 10:00 (УБ цагаар) / 11:00 "
        "(Токиогийн цагаар). Уулзах тал: ken.\n\n"
    )


async def test_a_deck_the_lead_made_public_reaches_the_visitor(
    app: App, chat: Chat, tmp_path: Path
) -> None:
    deck = deck_file(tmp_path, "nar-interim.pdf")
    await chat.say("/as org", "/start", "1")
    await register(chat, "bat", "mn", "Nar", "Solar yurts")
    await chat.say(f"/file '{deck}'")  # the interim deck, handed in on its last day
    await register(chat, "yuki", "ja", "Sakura", "Sakura farm")
    await final_screening(app, ["Nar", "Sakura"], [])
    await chat.say("/as bat", "/showcase", "1", NAR[0], NAR[1], "1", "7, 13", "1, 3")
    asked = await chat.say("1")  # Skip the line of text: the deck question follows
    assert asked == (
        "Зочид танай сүүлийн илтгэлийн файлыг нээж болох уу?\n"
        "[1] Илтгэлийг харуулах\n[2] Харуулахгүй\n[3] ‹ Буцах\n[4] Цуцлах\n\n"
    )
    preview = await chat.say("1")
    assert "Зочид танай сүүлийн илтгэлийн файлыг нээх боломжтой." in preview
    await chat.say("1", "/as org", "1")  # Publish, Approve
    # Sakura has no deck: its lead is not asked.
    await chat.say("/as yuki", "/showcase", "1", SAKURA[0], SAKURA[1], "1", "2, 12", "2, 5")
    assert (await chat.say("1")).startswith("来場者には次のように表示されます：")
    listed = await visitor(chat, "ken", "ja", *KEN)
    card = await chat.say(button(listed, "Solar yurts"))
    assert card.splitlines()[-4:] == ["[1] 面談を依頼", "[2] 資料", "[3] 一覧に戻る", ""]
    sent = await chat.say("2")
    [path] = saved_paths(sent)
    assert (sent.splitlines()[0], path.read_bytes()) == (
        "チームの最新のピッチ資料です。",
        deck.read_bytes(),
    )
