"""Onboarding end to end through the console channel, in each language, with exact texts."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import Participant
from tests.support import Chat

LANGUAGE_PROMPT = """Хэлээ сонгоно уу · 言語を選んでください · Choose your language
[1] Монгол
[2] 日本語
[3] English

"""

WELCOME = {
    "mn": "Тавтай морилно уу! Энэ бол «MICS 2024: ТХЗ-ын төлөөх Монголын нээлттэй инноваци, хамтын "
    "бүтээл» хөтөлбөрийн бот.\n"
    "Арга хэмжээ, эцсийн хугацааг таны сонгосон хэлээр, таны цагийн бүсээр сануулж байх "
    "болно.\n"
    "\n"
    "Та юу хийх вэ?\n"
    "[1] Баг бүртгүүлэх\n"
    "[2] Багт нэгдэх\n"
    "[3] Тусламж\n"
    "[4] Хэл\n"
    "[5] Цагийн бүс\n"
    "[6] Хуваарь\n"
    "[7] Эцсийн хугацаа\n"
    "[8] Асуулт асуух\n\n",
    "ja": """MICS 2024：SDGsのためのモンゴル・オープンイノベーション共創へようこそ！
イベントや締め切りを、ご指定の言語とタイムゾーンでお知らせします。

ご用件をお選びください。
[1] チームを登録
[2] チームに参加
[3] ヘルプ
[4] 言語
[5] タイムゾーン
[6] スケジュール
[7] 締め切り
[8] 運営者に質問

""",
    "en": """Welcome to MICS 2024: Mongolia Open Innovation and Co-creation for SDGs!
I will keep you up to date with events and deadlines, in your language and time zone.

What would you like to do?
[1] Register a team
[2] Join a team
[3] Help
[4] Language
[5] Time zone
[6] Schedule
[7] Deadlines
[8] Ask the organizers

""",
}


async def test_start_in_mongolian(chat: Chat) -> None:
    assert await chat.say("/start") == LANGUAGE_PROMPT
    assert await chat.say("1") == WELCOME["mn"]


async def test_start_in_japanese(chat: Chat) -> None:
    assert await chat.say("/start") == LANGUAGE_PROMPT
    assert await chat.say("2") == WELCOME["ja"]


async def test_start_in_english(chat: Chat) -> None:
    assert await chat.say("/start") == LANGUAGE_PROMPT
    assert await chat.say("3") == WELCOME["en"]


async def test_choice_is_stored_with_the_default_time_zone_of_the_language(chat: Chat) -> None:
    await chat.say("/start", "2")
    async with chat.app.sessions() as session:
        person = await session.scalar(select(Participant).where(Participant.external_id == "me"))
    assert person is not None
    assert (person.language, person.time_zone) == ("ja", None)
    assert await chat.say("/timezone") == (
        "現在のタイムゾーンは東京（UTC+9）です。現在時刻：2024年11月18日（月）10:00\n"
        "別のタイムゾーンを選ぶか、Europe/Berlin のように名前を入力してください。\n"
        "[1] ウランバートル（UTC+8）\n"
        "[2] 東京（UTC+9）\n"
        "[3] キャンセル\n"
        "\n"
    )


async def test_start_again_skips_the_language_question(chat: Chat) -> None:
    await chat.say("/start", "3")
    assert await chat.say("/start") == WELCOME["en"]


async def test_platform_hint_is_only_a_first_guess(chat: Chat) -> None:
    chat.console.locale = "ja"  # the person's phone is set to Japanese
    assert await chat.say("hello") == LANGUAGE_PROMPT
    assert await chat.say("1") == WELCOME["mn"]
    assert await chat.say("/menu") == WELCOME["mn"].split("\n\n", 1)[1]


async def test_help_lists_the_commands_in_the_chosen_language(chat: Chat) -> None:
    await chat.say("/start", "1")
    assert await chat.say("/help") == (
        "Та дараах үйлдлүүдийг хийж болно:\n"
        "/start: дахин эхлэх\n"
        "/menu: үндсэн цэс\n"
        "/help: энэ жагсаалт\n"
        "/language: хэл солих\n"
        "/timezone: цагийн бүс солих\n"
        "/cancel: бөглөж буй зүйлээ цуцлах\n"
        "/program: таны оролцож буй хөтөлбөр\n"
        "/schedule: удахгүй болох арга хэмжээнүүд, мөрийн хөтөлбөр ба хуанлийн файлтай\n"
        "/deadlines: файл илгээх эцсийн хугацаа ба үлдсэн хугацаа\n"
        "/reminders: ямар сануулга авахаа сонгох\n"
        "/register: шинэ баг бүртгүүлэх\n"
        "/team: таны багийн карт\n"
        "/invite: багтаа хүн урих (ахлагч)\n"
        "/join КОД: кодоор багт нэгдэх\n"
        "/leave: багаас гарах\n"
        "/remove: гишүүнийг багаас хасах (ахлагч)\n"
        "/handover: өөр гишүүнийг ахлагч болгох (ахлагч)\n"
        "/edit_team: багийн мэдээллийг засах (ахлагч)\n"
        "/privacy: таны талаар хадгалж буй мэдээлэл\n"
        "/delete_me: хувийн мэдээллээ устгах\n"
        "/submit: багийнхаа илтгэлийн файлыг илгээх\n"
        "/deck: багийнхаа илгээсэн илтгэлийн файлууд, бүх хувилбар\n"
        "/session: багийнхаа ментороос уулзалт хүсэх (ахлагч)\n"
        "/ask: зохион байгуулагчдаас асуулт асуух\n"
        "/ticket: ирэх арга хэмжээнийхээ тасалбар (бүртгэлийн код)\n"
        "/report: багийнхаа энэ үеийн явцын тайлан\n"
        "/showcase: зочдод төслийнхөө юуг харуулахаа сонгож нийтлэх (ахлагч)\n"
        "/unpublish: төслөө үзэсгэлэнгээс хасах (ахлагч)\n"
        "/projects: төслүүдтэй танилцаж, багтай танилцуулга хүсэх\n"
        "/visitor_profile: зочны мэдээлэл болон хуваалцах холбоо барих хаягаа өөрчлөх\n"
        "\n"
    )


async def test_menu_button_runs_its_command(chat: Chat) -> None:
    await chat.say("/start", "3")
    assert await chat.say("4") == LANGUAGE_PROMPT
    assert await chat.say("2") == (
        "設定しました。これからは日本語でお送りします。\n\n" + WELCOME["ja"].split("\n\n", 1)[1]
    )


async def test_time_zone_typed_and_chosen(chat: Chat) -> None:
    await chat.say("/start", "3", "/timezone")
    assert await chat.say("Mars/Olympus") == (
        "I don't know that time zone. Type a name such as Europe/Berlin, or use the buttons.\n\n"
    )
    assert await chat.say("Europe/Berlin") == (
        "Your time zone is now Berlin (UTC+1). Local time: Mon, Nov 18, 2024 02:00.\n\n"
    )
    await chat.say("/timezone")
    assert await chat.say("2") == (
        "Your time zone is now Tokyo (UTC+9). Local time: Mon, Nov 18, 2024 10:00.\n\n"
    )
    # An explicit time zone survives a change of language.
    await chat.say("/language", "1")
    assert await chat.say("/timezone") == (
        "Таны цагийн бүс: Токио (UTC+9). Одоогийн цаг: 11-р сарын 18 (Да) 10:00.\n"
        "Өөр бүс сонгох эсвэл түүний нэрийг бичнэ үү, жишээ нь Europe/Berlin.\n"
        "[1] Улаанбаатар (UTC+8)\n"
        "[2] Токио (UTC+9)\n"
        "[3] Цуцлах\n\n"
    )


async def test_cancel_leaves_the_time_zone_alone(chat: Chat) -> None:
    await chat.say("/start", "3", "/timezone")
    assert await chat.say("3") == (
        "Cancelled. Nothing was saved. Send /menu for the main menu.\n\n"
    )
    assert await chat.say("/cancel") == "There is nothing to cancel.\n\n"


async def test_unknown_command_and_text(chat: Chat) -> None:
    await chat.say("/start", "2")
    assert await chat.say("/frobnicate") == (
        "/frobnicate というコマンドはありません。ご利用いただける機能は /help でご確認ください。\n"
        "\n"
    )
    assert await chat.say("what?") == (
        "申し訳ありません、内容を読み取れませんでした。ボタンをお使いいただくか、/help "
        "でご利用いただける機能をご確認ください。\n\n"
    )


async def test_program_command_shows_the_program(chat: Chat) -> None:
    await chat.say("/start", "3")
    assert await chat.say("/program") == (
        "You follow MICS 2024: Mongolia Open Innovation and Co-creation for SDGs.\n\n"
    )
