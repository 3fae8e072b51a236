"""Team flows as people use them (issue 16): e-mail addresses (item 11), the SDG toggles
(item 9), confirmations of /handover and /remove, and a lead's contact details after
/delete_me (item 15)."""

from __future__ import annotations

from tests.support import Chat

ASK_PHONE = "A contact phone number? (optional)\n[1] Skip\n[2] ‹ Back\n[3] Cancel\n\n"
EMAIL_INVALID = (
    "That does not look like an e-mail address (name@example.com). Please type it again.\n\n"
)


async def _up_to_the_email(chat: Chat) -> None:
    await chat.say("/start", "3", "/register", "1")
    await chat.say("Blue Steppe", "Solar yurts", "We heat yurts with the sun.", "7, 13")
    await chat.say("Khan Solar LLC", "1", "2")


async def test_an_address_with_markup_is_refused(chat: Chat) -> None:
    await _up_to_the_email(chat)
    assert await chat.say("<script>@x.mn") == EMAIL_INVALID
    assert await chat.say("team@@x.mn") == EMAIL_INVALID
    assert await chat.say("team@localhost") == EMAIL_INVALID


async def test_full_width_characters_are_read_as_their_ascii_forms(chat: Chat) -> None:
    await _up_to_the_email(chat)
    assert await chat.say("ｔｅａｍ＠ｅｘａｍｐｌｅ．ｍｎ") == ASK_PHONE
    confirm = await chat.say("1")
    assert [line for line in confirm.splitlines() if "@" in line] == ["E-mail: team@example.mn"]
