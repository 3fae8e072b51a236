"""RSVPs through the console in Mongolian and Japanese on a fixed clock: two seats, a waiting
list, a freed seat offered to the first on it and, when the offer runs out, to the next."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import FixedClock
from bot.rehearsal import rehearse
from storage.eventday import EventDayRepository, RsvpState
from storage.uow import UnitOfWork
from tests.eventday_support import day, day_app, delivered, joins, press, program_file
from tests.support import Chat
from tests.timeline_support import at

__all__ = ["day", "day_app", "program_file"]

DETAILS_MN = """Үзүүлэх өдөр
Хэзээ: 11-р сарын 20 (Лх) 13:30–17:00
Хаана: Шангри-Ла, Улаанбаатар
Ярих хэл: монгол, япон
Мөрийн хөтөлбөр (УБ цагаар):
13:30 Бүртгэл
14:00 Илтгэлүүд
"""
COMING_MN = (
    "Үзүүлэх өдөр\nТаныг ирнэ гэж тэмдэглэлээ. Эхлэх цаг: 11-р сарын 20 (Лх) 13:30. "
    "Бүртгэлийн ширээн дээр тасалбараа үзүүлнэ үү («Миний тасалбар» товч эсвэл /ticket).\n"
    "[1] Миний тасалбар\n\n"
)
COMING_JA = (
    "デモデイ\n出席で承りました。2024年11月20日（水）14:30（日本時間）に会場でお待ちしております。"
    "受付で参加証（「参加証を表示」ボタン、または /ticket）をご提示ください。\n[1] 参加証を表示\n\n"
)

STALE_MN = "Энэ товч өмнөх мессежийнх тул одоо хүчингүй.\n\n"


async def states(chat: Chat) -> dict[str, str]:
    async with chat.app.sessions() as session:
        rows = await UnitOfWork(session).get(EventDayRepository).rsvps(1)
        people = {
            p.id: p.external_id
            for p in await UnitOfWork(session).participants.many([r.participant_id for r in rows])
        }
    return {people[r.participant_id]: r.state for r in rows}


async def test_two_seats_a_waiting_list_and_an_offer_that_runs_out(
    day: Chat, clock: FixedClock
) -> None:
    await joins(day, "bat", "mn")
    await day.say("/schedule")
    assert await day.say("1") == (
        DETAILS_MN + "[1] Ирнэ\n[2] Ирэхгүй\n[3] Цахимаар\n[4] Хуанлидаа нэмэх\n\n"
    )
    assert await day.say("1") == COMING_MN
    await joins(day, "aya", "ja")
    assert await day.say("/schedule", "1", "1") == COMING_JA.join(
        [
            "デイ2024の今後のイベント：\n"
            "• 2024年11月20日（水）14:30（日本時間）：デモデイ（シャングリ・ラ（ウランバートル）"
            "／使用言語：モンゴル語・日本語）\n"
            "• 2024年12月5日（木）11:00（日本時間）：フォーラム（ウランバートル／使用言語：）\n"
            "[1] 11/20（水）14:30\n[2] 12/5（木）11:00\n[3] 過去のイベント\n[4] カレンダーファイル\n\n"
            "デモデイ\n日時：2024年11月20日（水）14:30～18:00（日本時間）\n"
            "会場：シャングリ・ラ（ウランバートル）\n"
            "使用言語：モンゴル語・日本語\nアジェンダ（日本時間）：\n14:30 受付\n15:00 ピッチ\n"
            "[1] 出席\n[2] 欠席\n[3] オンライン参加\n[4] カレンダーに追加\n\n",
            "",
        ]
    )
    await joins(day, "tuya", "mn")
    await day.say("/schedule", "1")
    assert await day.say("1") == (
        "Үзүүлэх өдөр\nСуудал дүүрсэн байна. Та хүлээлгийн жагсаалтад 1 дугаарт орлоо. "
        "Суудал сулравал танд санал болгож, 12 цаг хугацаанд хадгална.\n\n"
    )
    await joins(day, "ken", "ja")
    await day.say("/schedule", "1")
    assert await day.say("1") == (
        "デモデイ\n満席のため、キャンセル待ち（2番目）に登録しました。"
        "席が空いたらご案内し、12時間の間お取り置きします。\n\n"
    )
    assert await states(day) == {
        "bat": RsvpState.COMING,
        "aya": RsvpState.COMING,
        "tuya": RsvpState.WAITING,
        "ken": RsvpState.WAITING,
    }

    # Bat cancels: the seat is offered to Tuya, the first on the list, for 12 hours.
    await day.say("/as bat", "/schedule", "1")
    assert await day.say("2") == (
        "Үзүүлэх өдөр\nТаныг ирэхгүй гэж тэмдэглэлээ. Хариултаа /schedule тушаалаар өөрчилж болно.\n\n"
    )
    assert await delivered(day) == (
        "→ tuya\nҮзүүлэх өдөр: 11-р сарын 20 (Лх) 13:30\n"
        "Нэг суудал сул болж, танд хадгалагдаж байна. "
        "Суудлаа авах эцсийн хугацаа: 11-р сарын 18 (Да) 21:00. Авах уу?\n[1] Суудлаа авах\n[2] Үгүй, баярлалаа\n\n"
    )

    # Tuya does not answer: 12 hours later the offer lapses and goes to Ken.
    clock.advance(timedelta(hours=11, minutes=59))
    assert await delivered(day) == ""
    clock.advance(timedelta(minutes=1))
    assert await delivered(day) == (
        "→ tuya\nҮзүүлэх өдөр\nТанд санал болгосон суудлыг хугацаанд нь аваагүй тул хүлээлгийн "
        "жагсаалтын дараагийн хүнд шилжлээ.\n[1] Жагсаалтад орох\n\n"
        "→ ken\nデモデイ：2024年11月20日（水）14:30（日本時間）\n"
        "席が1つ空きました。2024年11月19日（火）10:00（日本時間）までお取り置きしています。ご出席になりますか？\n"
        "[1] 席を確保する\n[2] 辞退する\n\n"
    )
    assert await day.say("/as ken", "1") == COMING_JA
    # Tuya's old offer button is refused: that seat is Ken's now, and the event is full.
    await day.say("/as tuya")
    assert await day.say("1") == (
        "Үзүүлэх өдөр\nСуудал дүүрсэн байна. Та хүлээлгийн жагсаалтад 1 дугаарт орлоо. "
        "Суудал сулравал танд санал болгож, 12 цаг хугацаанд хадгална.\n\n"
    )
    assert await states(day) == {
        "bat": RsvpState.DECLINED,
        "aya": RsvpState.COMING,
        "tuya": RsvpState.WAITING,
        "ken": RsvpState.COMING,
    }
    assert await delivered(day) == ""


async def test_online_an_offer_taken_late_and_answers_after_closing(
    day: Chat, clock: FixedClock
) -> None:
    await joins(day, "bat", "mn")
    await day.say("/schedule", "1")
    assert await day.say("3") == (
        "Үзүүлэх өдөр\nТаныг цахимаар оролцоно гэж тэмдэглэлээ. Холбоосыг зохион байгуулагчид "
        "арга хэмжээ эхлэхээс өмнө илгээнэ. Эхлэх цаг: 11-р сарын 20 (Лх) 13:30\n\n"
    )
    for name in ("aya", "ken", "mia"):
        await joins(day, name, "ja")
        await day.say("/schedule", "1", "1")
    await day.say("/as aya", "/schedule", "1", "2")  # Mia, first on the list, is offered the seat
    await delivered(day)
    clock.advance(timedelta(hours=12))  # before the planner lapses it, the offer is over
    assert await day.say("/as mia", "1") == (
        "デモデイ\nご案内した席の受付期限が過ぎたため、次の方にご案内します。"
        "もう一度「出席」を押すと、キャンセル待ちの最後に登録されます。\n\n"
    )
    clock.set(at("2024-11-20T12:00+08:00"))  # answers close
    await day.say("/as bat", "/schedule")
    # Online holds no seat; after closing, only Not coming is left.
    assert await day.say("1") == DETAILS_MN + "[1] Ирэхгүй\n[2] Хуанлидаа нэмэх\n\n"
    event = 1
    assert await press(day, f"rsvp:{event}:coming") == (
        "Үзүүлэх өдөр\nИрэх эсэхийн бүртгэл хаагдсан: 11-р сарын 20 (Лх) 12:00. "
        "Зохион байгуулагчидтай холбогдоно уу.\n\n"
    )
    assert await press(day, f"rsvp:{event}:no") == (
        "Үзүүлэх өдөр\nТаныг ирэхгүй гэж тэмдэглэлээ. Хариултаа /schedule тушаалаар өөрчилж болно.\n\n"
    )
    clock.set(at("2024-11-20T13:30+08:00"))
    assert await press(day, f"rsvp:{event}:coming") == (
        "Үзүүлэх өдөр\nЭнэ арга хэмжээ эхэлсэн тул хариултыг өөрчлөх боломжгүй.\n\n"
    )
    for crafted in ("rsvp:999:coming", "rsvp:1:maybe", "rsvp:2:online"):  # no such event,
        assert await press(day, crafted) == STALE_MN  # no such answer, the forum is not online


async def test_reminders_only_to_those_coming_and_the_ask_to_the_others(
    day: Chat, clock: FixedClock
) -> None:
    await joins(day, "bat", "mn")
    await day.say("/schedule", "1", "1")
    await joins(day, "aya", "ja")
    await joins(day, "ken", "ja")
    await day.say("/schedule", "1", "2")
    await day.say("/as org", "/start", "3", "/attendance")
    assert (await day.say("3")).split("\n\n")[0] == (
        "Demo day: reminders and the morning agenda now go only to those coming."
    )
    clock.set(at("2024-11-19T13:30+08:00"))
    # Bat (coming) is reminded; Aya and the organizer (no answer) are asked; Ken (not coming)
    # hears nothing.
    assert await delivered(day) == (
        "→ bat\nСануулга: «Үзүүлэх өдөр» эхлэхэд 1 хоног үлдлээ.\n"
        "Эхлэх цаг: 11-р сарын 20 (Лх) 13:30\nХаана: Шангри-Ла, Улаанбаатар\n"
        "Ярих хэл: монгол, япон\n[1] Дэлгэрэнгүй\n\n"
        "→ aya\n「デモデイ」の開始まであと1日です。\n開始：2024年11月20日（水）14:30（日本時間）\n"
        "会場：シャングリ・ラ（ウランバートル）\n使用言語：モンゴル語・日本語\n"
        "ご出席いただけますか？2024年11月20日（水）13:00（日本時間）までにご回答ください。\n"
        "[1] 出席\n[2] 欠席\n[3] オンライン参加\n\n"
        "“Demo day” starts in 1 day.\nStarts: Wed, Nov 20, 2024 13:30\n"
        "Where: Shangri-La, Ulaanbaatar\nLanguages spoken: Mongolian, Japanese\n"
        "Will you come? Please answer by Wed, Nov 20, 2024 12:00.\n"
        "[1] Coming\n[2] Not coming\n[3] Online\n\n"
    )
    assert await day.say("/as aya", "3") == (
        "デモデイ\nオンライン参加で承りました。参加用のリンクは2024年11月20日（水）14:30（日本時間）までに"
        "運営者からお送りします。\n\n"
    )


async def test_a_rehearsal_shows_the_offer_lapsing_to_the_next_without_writing(
    day: Chat, clock: FixedClock
) -> None:
    for name, language in (("bat", "mn"), ("aya", "ja"), ("tuya", "mn"), ("ken", "ja")):
        await joins(day, name, language)
        await day.say("/schedule", "1", "1")
    await day.say("/as bat", "/schedule", "1", "2")
    await delivered(day)  # Tuya's offer
    before = await states(day)
    now = clock.now()
    shown = await rehearse(day.app, now, now + timedelta(hours=13), "day-2024")
    assert [(m.at - now, m.recipient, m.category, m.text.splitlines()[-1]) for m in shown] == [
        (
            timedelta(hours=12),
            "tuya",
            "rsvp",
            "Танд санал болгосон суудлыг хугацаанд нь аваагүй тул хүлээлгийн жагсаалтын дараагийн "
            "хүнд шилжлээ.",
        ),
        (
            timedelta(hours=12),
            "ken",
            "rsvp",
            "席が1つ空きました。2024年11月19日（火）10:00（日本時間）までお取り置きしています。"
            "ご出席になりますか？",
        ),
    ]
    assert await states(day) == before
