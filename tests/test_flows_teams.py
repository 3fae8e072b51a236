"""Team flows as people use them (issue 16): e-mail addresses (item 11), the SDG toggles
(item 9), confirmations of /handover and /remove, and a lead's contact details after
/delete_me (item 15)."""

from __future__ import annotations

from tests.support import Chat
from tests.team_support import register_team

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


GOALS = [
    "No Poverty",
    "Zero Hunger",
    "Good Health and Well-being",
    "Quality Education",
    "Gender Equality",
    "Clean Water and Sanitation",
    "Affordable and Clean Energy",
    "Decent Work and Economic Growth",
    "Industry, Innovation and Infrastructure",
    "Reduced Inequalities",
    "Sustainable Cities and Communities",
    "Responsible Consumption and Production",
    "Climate Action",
    "Life Below Water",
    "Life on Land",
    "Peace, Justice and Strong Institutions",
    "Partnerships for the Goals",
]


def sdg_prompt(chosen: list[int]) -> str:
    """The SDG step as the console prints it: the goals, what is chosen, a toggle per goal."""
    goals = "".join(f"{n}. {name}\n" for n, name in enumerate(GOALS, 1))
    toggles = "".join(
        f"[{n}] {'✓ ' if n in chosen else ''}SDG {n}\n" for n in range(1, len(GOALS) + 1)
    )
    return (
        "Which Sustainable Development Goals does your project serve? Choose 1 to 3 with the "
        "buttons and press Done, or type their numbers, for example: 3, 7\n"
        f"{goals}Chosen: {', '.join(map(str, chosen)) or '—'}\n"
        f"{toggles}[18] Done\n[19] ‹ Back\n[20] Cancel\n\n"
    )


ASK_ORGANIZATION = (
    "Which organization is in your team? Type the name of one; you can add more next.\n"
    "[1] ‹ Back\n[2] Cancel\n\n"
)


async def test_a_typed_goal_number_toggles_that_goal(chat: Chat) -> None:
    await chat.say("/start", "3", "/register", "1")
    await chat.say("Blue Steppe", "Solar yurts")
    assert await chat.say("We heat yurts with the sun.") == sdg_prompt([])
    # 2 and 1 were Cancel and Back, 7 was "There is no button 7": now each is a goal.
    assert await chat.say("2") == sdg_prompt([2])
    assert await chat.say("1") == sdg_prompt([1, 2])
    assert await chat.say("7") == sdg_prompt([1, 2, 7])
    assert await chat.say("13") == (
        "You can choose at most 3 goals. Press a chosen one to take it away first.\n\n"
    )
    assert await chat.say("1") == sdg_prompt([2, 7])
    assert await chat.say("18") == ASK_ORGANIZATION
    assert await chat.say("1") == sdg_prompt([2, 7])  # Back keeps the choice
    assert await chat.say("3, 7") == ASK_ORGANIZATION
    await chat.say("Khan Solar LLC", "1", "2", "team@example.mn", "1")
    confirm = await chat.say("1")
    assert confirm.split("SDGs:\n", 1)[1].split("Organizations", 1)[0] == (
        "3. Good Health and Well-being\n7. Affordable and Clean Energy\n"
    )


async def test_done_without_a_goal_asks_for_one(chat: Chat) -> None:
    await chat.say("/start", "3", "/register", "1")
    await chat.say("Blue Steppe", "Solar yurts", "We heat yurts with the sun.")
    assert await chat.say("18") == "Please choose at least one goal, then press Done.\n\n"


async def test_the_lead_edits_the_goals_with_the_toggles(chat: Chat) -> None:
    await chat.say("/start", "3")
    await register_team(chat, "Blue Steppe")
    await chat.say("/edit_team")
    assert await chat.say("4") == sdg_prompt([7, 13])
    assert await chat.say("7") == sdg_prompt([13])
    saved = await chat.say("18")
    assert saved.split("SDGs:\n", 1)[1].split("Organizations", 1)[0] == "13. Climate Action\n"


async def test_the_console_speaks_the_persons_language(chat: Chat) -> None:
    await chat.say("/start", "2")  # the console's own language is English
    assert await chat.say("/file missing.pdf") == "missing.pdf にファイルがありません。\n"
    assert await chat.say("9") == "最新のメッセージに 9 番のボタンはありません。\n"


async def test_a_lead_who_deletes_their_data_takes_the_contact_details_along(chat: Chat) -> None:
    await chat.say("/start", "3")
    code = await register_team(chat, "Blue Steppe", email="lead@example.mn")
    await chat.say("/as sara", "/start", "3", f"/join {code}", "1", "1")
    await chat.say("/as me", "/delete_me")
    assert await chat.say("1") == (
        "Done: your personal data is deleted.\n\n"
        "→ sara\nYou are now the lead of the team Blue Steppe.\n\n"
        "→ sara\nThe team Blue Steppe has no contact e-mail or phone any more: please give "
        "yours with /edit_team.\n\n"
    )
    await chat.say("/as sara")
    card = (await chat.say("/team")).splitlines()
    assert [line for line in card if line.startswith("Contact")] == ["Contact: —, —"]


async def _team_of_two(chat: Chat) -> None:
    await chat.say("/start", "3")
    code = await register_team(chat, "Blue Steppe")
    await chat.say("/as sara", "/start", "3", f"/join {code}", "1", "1", "/as me")


async def test_removing_a_member_asks_first_and_can_be_cancelled(chat: Chat) -> None:
    await _team_of_two(chat)
    assert await chat.say("/remove") == (
        "Whom do you want to remove from the team?\n[1] sara\n[2] Cancel\n\n"
    )
    assert await chat.say("2") == "Nobody was removed.\n\n"
    await chat.say("/remove")
    assert await chat.say("1") == ("Remove sara from Blue Steppe?\n[1] Remove\n[2] Cancel\n\n")
    assert await chat.say("2") == "Nobody was removed.\n\n"
    await chat.say("/remove", "1")
    assert await chat.say("1") == (
        "sara is no longer in Blue Steppe.\n\n→ sara\nThe team lead removed you from the team Blue Steppe.\n\n"
    )


async def test_handing_over_the_lead_asks_first(chat: Chat) -> None:
    await _team_of_two(chat)
    assert await chat.say("/handover") == ("Who should lead the team?\n[1] sara\n[2] Cancel\n\n")
    assert await chat.say("1") == (
        "Make sara the lead of Blue Steppe? You stay a member.\n[1] Hand over\n[2] Cancel\n\n"
    )
    assert await chat.say("2") == "You stay the lead.\n\n"
    await chat.say("/handover", "1")
    assert await chat.say("1") == (
        "sara now leads Blue Steppe; you stay a member.\n\n"
        "→ sara\nYou are now the lead of the team Blue Steppe.\n\n"
    )
