"""Staff check-in through the console on the event day, in Japanese (the staff member) and
Mongolian: by link and by /checkin CODE, a double scan, a participant opening their own link, a
non-staff refused (also by a crafted button), a code of another event and of another program,
a walk-in found by name, the ticket's QR code, and /attendance with its CSV."""

from __future__ import annotations

import io
from pathlib import Path

import zxingcpp
from PIL import Image

from bot.app import App, load_programs
from bot.core.clock import FixedClock
from storage.eventday import EventDayRepository
from storage.models import Participant
from storage.uow import UnitOfWork
from tests.eventday_support import (
    PROGRAM,
    code_of,
    day,
    day_app,
    event_id,
    joins,
    person_id,
    press,
    program_file,
)
from tests.sql_support import statements
from tests.support import Chat
from tests.team_support import register_team, role_codes
from tests.timeline_support import at

__all__ = ["day", "day_app", "program_file"]

NOT_STAFF_MN = "Уучлаарай, энэ үйлдлийг зөвхөн арга хэмжээний ажилтан болон зохион байгуулагч хийх боломжтой.\n\n"
WELCOME_MN = (
    "→ bat\n«Үзүүлэх өдөр» арга хэмжээнд тавтай морилно уу!\n"
    "Өнөөдрийн мөрийн хөтөлбөр (УБ цагаар):\n"
    "13:30 Бүртгэл\n14:00 Илтгэлүүд\n\n"
)


async def arrive(day: Chat, clock: FixedClock) -> tuple[str, str]:
    """sta (ja) is event staff; bat (mn, team Nar) and aya (ja) come and have their tickets
    (aya also for the forum); tuya (mn) never answered. It is 13:05 on the day. Returns the
    codes of bat and aya."""
    await day.say("/as org", "/start", "3", "/invite_staff")
    code = (await role_codes(day.app))[-1]
    await joins(day, "sta", "ja")
    assert await day.say(f"/join {code}") == (
        "ようこそ。このプログラムのイベントスタッフとして登録されました。イベント当日は、参加者の参加証を"
        "スマートフォンのカメラで読み取るか、/checkin コード を送ってください。\n\n"
        "→ org\nsta accepted your invite and is now event staff.\n\n"
    )
    await joins(day, "bat", "mn")
    await register_team(day, "Nar")
    await day.say("/schedule", "1", "1", "/ticket")
    await joins(day, "aya", "ja")
    await day.say("/schedule", "1", "1", "/schedule", "2", "1", "/ticket")
    await joins(day, "tuya", "mn")
    clock.set(at("2024-11-20T13:05+08:00"))
    return await code_of(day.app, "bat"), await code_of(day.app, "aya")


async def test_a_scan_and_a_tap_read_what_they_show_in_few_statements(
    day: Chat, clock: FixedClock
) -> None:
    bat, _ = await arrive(day, clock)
    await day.say("/as sta", "/help")  # last seen now: no write of it below
    with statements(day.app) as scan:
        assert (await day.say(f"/start ci_{bat}")).startswith("batさん\nチーム：Nar\n")
    with statements(day.app) as tap:
        assert (await day.say("1")).startswith("batさんを受付しました。")
    sender = ["SELECT participants"]  # with roles, conversation and deferred rows (the console
    # has no update ids to de-duplicate)
    assert (scan, tap) == (
        [*sender, "SELECT event_tickets", "SELECT teams"],
        [
            *sender,
            "SELECT events",  # with its agenda, for the welcome
            "SELECT participants",  # the attendee, and whether they hold a ticket
            "INSERT INTO event_checkins",
            "SELECT event_checkins",  # checked in and coming, together
        ],
    )


async def test_check_in_by_link_and_by_code_and_a_double_scan(day: Chat, clock: FixedClock) -> None:
    bat, aya = await arrive(day, clock)
    card = "batさん\nチーム：Nar\n出欠：出席\nイベント：デモデイ\n[1] 受付する\n\n"
    assert await day.say("/as sta", f"/start ci_{bat}") == card
    assert await day.say("1") == (
        "batさんを受付しました。現在の来場者は1人、出席予定は2人です。\n\n" + WELCOME_MN
    )
    assert (
        await day.say(f"/start ci_{bat}")
        == "batさんは14:05（日本時間）に受付済みです（担当：sta）。\n\n"
    )
    assert await press(
        day, f"checkin:{await event_id(day.app, 'demo')}:{await person_id(day.app, 'bat')}:0"
    ) == ("batさんは14:05（日本時間）に受付済みです（担当：sta）。\n\n")
    typed = f"{aya[:4].lower()}-{aya[4:8]} {aya[8:]}"  # as read aloud at the desk
    assert await day.say(f"/checkin {typed}") == (
        "ayaさん\nチーム：なし\n出欠：出席\nイベント：デモデイ\n[1] 受付する\n\n"
    )
    assert await day.say("1") == (
        "ayaさんを受付しました。現在の来場者は2人、出席予定は2人です。\n\n"
        "→ aya\n「デモデイ」へようこそ！\n本日のアジェンダ（日本時間）：\n14:30 受付\n15:00 ピッチ\n\n"
    )
    assert await day.say("/checkin QQQQ-QQQQ-QQQQ") == (
        "この受付コードの参加証はありません。コードを確認してもう一度お試しいただくか、"
        "/checkin で名前から探してください。\n\n"
    )


async def test_the_holder_a_non_staff_member_and_other_events_are_refused(
    day: Chat, clock: FixedClock
) -> None:
    bat, aya = await arrive(day, clock)
    assert await day.say("/as bat", f"/start ci_{bat}") == (
        "Энэ бол таны өөрийн тасалбар. Бүртгэлийн ширээн дээр үзүүлнэ үү: ажилтан уншуулна.\n\n"
    )
    assert await day.say(f"/start ci_{aya}") == NOT_STAFF_MN
    assert await day.say(f"/checkin {aya}") == NOT_STAFF_MN
    crafted = f"checkin:{await event_id(day.app, 'demo')}:{await person_id(day.app, 'bat')}:1"
    assert await press(day, crafted) == NOT_STAFF_MN
    forum = await code_of(day.app, "aya", "forum")
    assert await day.say("/as sta", f"/checkin {forum}") == (
        "この参加証は2024年12月5日（木）11:00（日本時間）開始の「フォーラム」のものです。"
        "受付開始は2024年12月5日（木）05:00（日本時間）です。\n\n"
    )
    other = await ticket_of_another_program(day.app, clock, day.app.settings.program_files[0])
    assert await day.say(f"/start ci_{other}") == (
        "この参加証は別のプログラム（アザー2024）の「デモデイ」のものなので、ここでは受付できません。\n\n"
    )
    clock.set(at("2024-11-20T17:00+08:00"))
    assert await day.say(f"/start ci_{bat}") == (
        "この参加証は2024年11月20日（水）14:30（日本時間）開始の「デモデイ」のもので、"
        "このイベントは終了しています。\n\n"
    )
    assert await repo_checkins(day.app) == 0


async def ticket_of_another_program(app: App, clock: FixedClock, first: str) -> str:
    """A ticket of the same event key in a second program loaded beside the first."""
    path = Path(first).with_name("other-2024.toml")
    path.write_text(
        PROGRAM.replace('id = "day-2024"', 'id = "other-2024"').replace(
            'ja = "デイ2024"', 'ja = "アザー2024"'
        ),
        encoding="utf-8",
    )
    await load_programs(app.sessions, [str(path)], clock)
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        program = await uow.programs.get("other-2024")
        assert program is not None
        person = Participant(
            channel="console",
            external_id="far",
            program_id="other-2024",
            created_at=clock.now(),
            last_seen_at=clock.now(),
            roles=[],
        )
        session.add(person)
        await session.flush()
        ticket = await uow.get(EventDayRepository).ticket(
            program.events[0].id, person.id, clock.now()
        )
        return ticket.code


async def repo_checkins(app: App) -> int:
    async with app.sessions() as session:
        return (
            await UnitOfWork(session)
            .get(EventDayRepository)
            .count_checked_in(await event_id(app, "demo"))
        )


async def test_a_walk_in_by_name_and_the_attendance_with_its_csv(
    day: Chat, clock: FixedClock, tmp_path: Path
) -> None:
    bat, _ = await arrive(day, clock)
    await day.say("/as sta", f"/start ci_{bat}", "1")
    assert await day.say("/checkin") == (
        "お名前（一部でも可）または受付コードを入力してください。\n[1] キャンセル\n\n"
    )
    assert await day.say("t") == "お名前を2文字以上入力してください。\n\n"
    assert await day.say("zz") == (
        "「zz」を含むお名前は見つかりませんでした。別の部分で検索してください。\n\n"
    )
    assert await day.say("TUY") == (
        "どなたですか？\n[1] tuya（チームなし）\n[2] ‹ 戻る\n[3] キャンセル\n\n"
    )
    assert await day.say("1") == (
        "tuyaさん\nチーム：なし\n出欠：未回答\nイベント：デモデイ\n[1] 受付する\n\n"
    )
    assert await day.say("1") == (
        "tuyaさんを受付しました。現在の来場者は2人、出席予定は2人です。\n\n"
        + WELCOME_MN.replace("→ bat", "→ tuya")
    )
    assert await day.say("/as org", "/attendance demo") == (
        "Attendance: Demo day\nStarts: Wed, Nov 20, 2024 13:30\n"
        "Checked in: 2 (walk-ins: 1)\n"
        "Coming on site: 2 (seats: 2)\n"
        "Online: 0\n"
        "Waiting list: 0\n"
        "Not coming: 0\n"
        "Not arrived yet: 1\n"
        "By team:\n"
        "• Nar: 1 here, 1 coming\n"
        "Feedback: none yet\n"
        "Reminders go to: everyone following the program\n"
        "[1] Refresh\n[2] CSV file\n[3] Remind only coming\n\n"
    )
    saved = tmp_path / "console-files/org/attendance-demo.csv"
    assert await day.say("2") == (
        "Attendance of Demo day: 3 people; the times are in Ulaanbaatar (UTC+8).\n"
        f"[file] attendance-demo.csv ({saved.stat().st_size} bytes) saved to {saved}\n\n"
    )
    csv = saved.read_bytes().decode("utf-8")
    assert csv.splitlines() == [
        "\ufeffname,channel,team,rsvp,checked_in_at,checked_in_by,method,rating,comment",
        "aya,console,,coming,,,,,",
        "bat,console,Nar,coming,2024-11-20T13:05:00+08:00,sta,ticket,,",
        "tuya,console,,,2024-11-20T13:05:00+08:00,sta,walkin,,",
    ]
    assert await day.say("/as bat", "/attendance") == (
        "Уучлаарай, энэ үйлдлийг зөвхөн зохион байгуулагч хийх боломжтой.\n\n"
    )


async def test_the_ticket_is_a_qr_code_of_the_code_where_no_channel_has_links(
    day: Chat, tmp_path: Path
) -> None:
    """The console has no deep links: the QR code holds the code as typed at the desk (the
    Telegram and Messenger tests decode their deep links)."""
    await joins(day, "bat", "mn")
    await day.say("/schedule", "1", "1")
    shown = await day.say("/ticket")
    code = await code_of(day.app, "bat")
    text = f"{code[:4]}-{code[4:8]}-{code[8:]}"
    picture = tmp_path / "console-files/bat/ticket-demo.png"
    assert shown == (
        "Таны тасалбар: Үзүүлэх өдөр\n11-р сарын 20 (Лх) 13:30, Шангри-Ла, Улаанбаатар\n"
        f"Энэ зургийг бүртгэлийн ширээн дээр үзүүлэх эсвэл кодоо хэлнэ үү: {text}\n"
        f"[зураг] ticket-demo.png ({picture.stat().st_size} байт) хадгалагдлаа: {picture}\n\n"
    )
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(picture.read_bytes())))
    assert [(b.format, b.text) for b in decoded] == [(zxingcpp.BarcodeFormat.QRCode, text)]
    assert await day.say("/ticket") == shown  # one code per person and event
