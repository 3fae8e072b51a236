"""Bad input around mentoring sessions, each answered in the person's language (exact texts):
a time in the past, a time over a confirmed session of the mentor, a mentor not assigned to
the team, a button pressed after the session changed or meant for someone else, a typed time
that does not parse, and /session from someone who leads no team or has no mentor."""

from __future__ import annotations

from tests.mentoring_support import (
    confirmed,
    delivered,
    lead_registers,
    mentor_joins,
    participant_id,
    press,
    quiet,
)
from tests.support import Chat

ASK_TIMES_MN = (
    "3 хүртэл цаг санал болгоно уу: товч дарах эсвэл 2024-11-21 15:00 гэх мэтээр бичнэ үү "
    "(өөрийн цагийн бүсээр).\n"
    "[1] 11/19 (Мя) 10:00\n"
    "[2] 11/19 (Мя) 15:00\n"
    "[3] 11/20 (Лх) 10:00\n"
    "[4] 11/20 (Лх) 15:00\n"
    "[5] 11/21 (Пү) 10:00\n"
    "[6] 11/21 (Пү) 15:00\n"
    "[7] ‹ Буцах\n[8] Цуцлах\n\n"
)


async def test_times_in_the_past_over_a_confirmed_session_or_unreadable(chat: Chat) -> None:
    await confirmed(chat)  # mia meets Nar on 19 Nov 10:00-11:00 Ulaanbaatar
    await lead_registers(chat, "dorj", "mn", "Gal")
    await quiet(chat, "dorj")
    assert await chat.say("/as org", "/mentors", "1", "2") == (
        "Mentors:\n"
        "• mia Sato, JICA: Solar energy (Japanese, English; Tokyo (UTC+9))\n"
        "Press a mentor's name to assign them to a team.\n"
        "[1] mia Sato\n"
        "\n"
        "Assign mia Sato to which team?\n"
        "[1] Gal\n"
        "[2] Nar\n"
        "\n"
        "mia Sato is already a mentor of Nar.\n\n"
    )
    await chat.say("/mentors", "1", "1")
    await delivered(chat)
    await chat.say("/as dorj", "/session", "1", "Market entry")
    assert await chat.say("2") == ASK_TIMES_MN
    assert await chat.say("2024-11-17 10:00") == (
        "Энэ цаг аль хэдийн өнгөрсөн байна: 11-р сарын 17 (Ня) 10:00. Дараагийн цаг санал болгоно "
        "уу.\n\n"
    )
    assert await chat.say("2024-11-19 10:30") == (
        "Ментор энэ цагт баталгаажсан өөр уулзалттай байна: 11-р сарын 19 (Мя) 10:30. Өөр цаг "
        "санал болгоно уу.\n\n"
    )
    unreadable = (
        "Энэ цагийг уншиж чадсангүй. 2024-11-21 15:00 гэх мэтээр бичих эсвэл товч дарна уу.\n\n"
    )
    assert await chat.say("next tuesday") == unreadable
    assert await chat.say("2024-02-30 10:00") == unreadable
    # nothing was lost: the step still waits for a first time
    assert await chat.say("2024-11-19 11:00") == (
        "Одоогоор санал болгосон цагууд:\n"
        "1. 11-р сарын 19 (Мя) 11:00\n"
        "Өөр цаг нэмэх эсвэл «Болсон» товчийг дарна уу.\n"
        "[1] 11/19 (Мя) 10:00\n"
        "[2] 11/19 (Мя) 15:00\n"
        "[3] 11/20 (Лх) 10:00\n"
        "[4] 11/20 (Лх) 15:00\n"
        "[5] 11/21 (Пү) 10:00\n"
        "[6] 11/21 (Пү) 15:00\n"
        "[7] Болсон\n"
        "[8] ‹ Буцах\n"
        "[9] Цуцлах\n\n"
    )


async def test_a_mentor_not_assigned_to_the_team(chat: Chat) -> None:
    await confirmed(chat)
    await mentor_joins(chat, "ken", "ja", "2")
    ken = await participant_id(chat, "ken")
    await chat.say("/as bat", "/session")
    assert await press(chat, f"~:sreq:mentor:{ken}") == (
        "Энэ ментор танай багт хуваарилагдаагүй байна. Багийнхаа менторуудаас сонгоно уу.\n\n"
    )


async def test_buttons_after_a_change_or_for_someone_else(chat: Chat) -> None:
    await confirmed(chat)
    await chat.say("/as mia")
    assert await press(chat, "ses:c:1:1:0") == (
        "このボタンは使用できません。その後セッションが変更されました。現在の状態：確定\n\n"
    )
    await lead_registers(chat, "dorj", "mn", "Gal")
    assert await press(chat, "ses:x:1:2") == ("Энэ товч танд зориулагдаагүй.\n\n")
    assert await press(chat, "ses:h:1:2") == ("Энэ товч танд зориулагдаагүй.\n\n")


async def test_session_needs_a_team_lead_with_a_mentor(chat: Chat) -> None:
    await chat.say("/as tuya", "/start", "1")
    assert await chat.say("/session") == (
        "Менторын уулзалтыг зөвхөн багийн ахлагч хүсэж болно.\n\n"
    )
    await lead_registers(chat, "dorj", "mn", "Gal")
    assert await chat.say("/session") == (
        "Танай багт ментор хараахан томилогдоогүй байна. "
        "Менторыг зохион байгуулагчид хуваарилна.\n\n"
    )
