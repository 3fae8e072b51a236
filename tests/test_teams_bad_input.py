"""Bad input to the team features: each gets a clear message in the person's language, and
nothing half-written is left behind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.settings import SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from storage.models import ConversationState, Team, TeamMember
from tests.support import Chat
from tests.team_support import register_team, role_codes, team_codes

NAME_PROMPT = "What is your team's name? (2–60 characters)\n[1] ‹ Back\n[2] Cancel\n\n"
TITLE_PROMPT = "What is the title of your project?\n[1] ‹ Back\n[2] Cancel\n\n"
NAME_LENGTH = "A team name has 2 to 60 characters. Please type it again.\n\n"


async def count(chat: Chat, model: type) -> int:
    async with chat.app.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def start_wizard(chat: Chat, lang: str = "3") -> None:
    await chat.say("/start", lang, "/register", "1")


async def test_team_name_is_normalized_before_its_length_is_checked(chat: Chat) -> None:
    await start_wizard(chat)
    assert await chat.say("  A \t ") == NAME_LENGTH
    assert await chat.say("x" * 61) == NAME_LENGTH
    assert await chat.say("  Sun \u3000\u3000  Gers ") == TITLE_PROMPT
    async with chat.app.sessions() as session:
        state = await session.get(ConversationState, 1)
    assert state is not None and state.data == {"name": "Sun Gers"}


async def test_the_same_name_twice_in_a_program_is_refused_ignoring_case(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    await register_team(chat, "Café Gers")
    await chat.say("/as aya", "/start", "3", "/register", "1")
    # "e" + combining acute is the same name once NFC-normalized; case and spaces do not count.
    assert await chat.say("CAFE\u0301   gers") == (
        "There is already a team called CAFÉ gers in this program. Please choose another name.\n\n"
    )
    assert (await count(chat, Team), await count(chat, TeamMember)) == (1, 1)


async def test_the_same_name_is_refused_in_mongolian(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "1")
    await register_team(chat, "Нарны гэр")
    await chat.say("/as aya", "/start", "1", "/register", "1")
    assert await chat.say("НАРНЫ ГЭР") == (
        "Энэ хөтөлбөрт НАРНЫ ГЭР нэртэй баг аль хэдийн байна. Өөр нэр сонгоно уу.\n\n"
    )


async def test_other_fields_refuse_bad_values_in_japanese(chat: Chat) -> None:
    await start_wizard(chat, "2")
    await chat.say("ソーラーゲル", "タイトル")
    assert await chat.say("あ" * 501) == (
        "説明は空にできず、500文字以内です。短くしてください。\n\n"
    )
    await chat.say("説明です。")
    assert await chat.say("1, 1") == "1～17の異なる番号を1～3個入力してください（例：3, 7）\n\n"
    assert await chat.say("1, 2, 3, 4") == (
        "1～17の異なる番号を1～3個入力してください（例：3, 7）\n\n"
    )
    await chat.say("3, 7", "東京工業大学", "2", "2")
    assert await chat.say("aya@") == (
        "メールアドレスの形式ではないようです（name@example.com）。もう一度入力してください。\n\n"
    )
    assert await chat.say("aya@example") == (
        "メールアドレスの形式ではないようです（name@example.com）。もう一度入力してください。\n\n"
    )
    await chat.say("aya@example.jp")
    assert await chat.say("call me") == (
        "電話番号の形式ではないようです。数字と空白、先頭の + を使ってください（例：+81 90 1234 5678）。\n\n"
    )


async def test_html_like_text_is_shown_literally(chat: Chat) -> None:
    await chat.say("/start", "3")
    await register_team(chat, "<b>Bold</b> & <i>co</i>")
    assert (await chat.say("/team")).splitlines()[0] == "Team: <b>Bold</b> & <i>co</i>"


async def test_cancel_leaves_nothing_behind(chat: Chat) -> None:
    await start_wizard(chat)
    await chat.say("Solar Yurts", "Title")
    assert (
        await chat.say("/cancel")
        == "Cancelled. Nothing was saved. Send /menu for the main menu.\n\n"
    )
    assert (await count(chat, Team), await count(chat, ConversationState)) == (0, 0)


async def test_invalid_and_replaced_codes(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    old = await register_team(chat, "Solar Yurts")
    await chat.say("/invite", "1")  # a new code; the old one stops working
    await chat.say("/as aya", "/start", "3")
    invalid = "That code is not valid. Please check it with whoever gave it to you.\n\n"
    assert await chat.say("/join ZZZZZZ") == invalid
    assert await chat.say("/start join_<script>") == invalid
    assert await chat.say(f"/join {old}") == (
        "That code has been replaced by a newer one. Ask your team lead for the new code.\n\n"
    )
    assert await chat.say("/join") == (
        "Send /join followed by the code your team lead gave you, for example: /join AB12CD\n\n"
    )
    new = (await team_codes(chat.app))[-1]
    assert (await chat.say(f"/join {new.lower()}")).splitlines()[-4] == (
        "Lead: lead · 1 of at most 8 members"
    )


async def test_used_and_expired_role_invites(chat: Chat, clock: FixedClock) -> None:
    await chat.say("/as org", "/start", "3", "/invite_mentor", "/invite_mentor")
    first, second = await role_codes(chat.app)
    await chat.say("/as mia", "/start", "3", f"/join {first}")
    await chat.say("/as kai", "/start", "3")
    assert await chat.say(f"/join {first}") == (
        "That invite has already been used. Ask the organizers for a new one.\n\n"
    )
    clock.advance(timedelta(days=7))
    assert await chat.say(f"/start role_{second}") == (
        "That invite has expired. Ask the organizers for a new one.\n\n"
    )
    assert await chat.say("/invite_mentor") == "Sorry, that is only for organizers.\n\n"


async def test_wrong_codes_are_rate_limited_per_person(chat: Chat, clock: FixedClock) -> None:
    await chat.say("/as lead", "/start", "3")
    code = await register_team(chat, "Solar Yurts")
    await chat.say("/as aya", "/start", "2")
    for wrong in ("AAAAAA", "BBBBBB", "CCCCCC", "DDDDDD", "EEEEEE"):
        assert await chat.say(f"/join {wrong}") == (
            "このコードは無効です。コードを受け取った相手にご確認ください。\n\n"
        )
    limited = "誤ったコードの入力が多すぎます。15分後にもう一度お試しください。\n\n"
    assert await chat.say(f"/join {code}") == limited
    assert await chat.say(f"/start join_{code}") == limited
    await chat.say("/as kai", "/start", "3")  # another person is not limited
    assert (await chat.say(f"/join {code}")).splitlines()[-3] == "[1] Join"
    await chat.say("/as aya")
    clock.advance(timedelta(minutes=15))
    assert (await chat.say(f"/join {code}")).splitlines()[-3] == "[1] 参加する"


async def test_already_in_a_team(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    first = await register_team(chat, "Solar Yurts")
    await chat.say("/as kai", "/start", "3")
    await register_team(chat, "Wind Gers")
    already = "You are already in a team of this program. Send /team to see it.\n\n"
    assert await chat.say(f"/join {first}") == already
    assert await chat.say("/register") == already
    assert (await count(chat, Team), await count(chat, TeamMember)) == (2, 2)


async def test_pressing_join_twice_adds_the_member_once(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    code = await register_team(chat, "Solar Yurts")
    await chat.say("/as aya", "/start", "3", f"/join {code}")
    await chat.say(f"/join {code}")
    await chat.say("1")
    assert await chat.say("1") == (
        "You are already in a team of this program. Send /team to see it.\n\n"
    )
    assert await count(chat, TeamMember) == 2


async def test_a_full_team_takes_nobody_else(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    program = tmp_path / "small.toml"
    text = SHIPPED_PROGRAM.read_text(encoding="utf-8").replace("max_size = 8", "max_size = 2")
    program.write_text(text, encoding="utf-8")
    app = await build_app(settings_for(program_files=(str(program),)), clock, translator)
    try:
        chat = Chat(app, tmp_path / "files")
        await chat.say("/as lead", "/start", "3")
        code = await register_team(chat, "Solar Yurts")
        await chat.say("/as aya", "/start", "3")
        await chat.say(f"/join {code}", "1")
        await chat.say("/as kai", "/start", "3")
        assert await chat.say(f"/join {code}") == (
            "The team Solar Yurts is full (at most 2 members).\n\n"
        )
        assert await count(chat, TeamMember) == 2
    finally:
        await app.close()


async def test_a_single_goal_can_be_typed_with_a_comma_in_the_console(chat: Chat) -> None:
    """The console reads a bare number as a button; "7," is a goal (a bare 7 works elsewhere)."""
    await start_wizard(chat)
    await chat.say("Solar Yurts", "Title", "Description.")
    assert await chat.say("7,") == (
        "Which organization is in your team? Type the name of one; you can add more next.\n"
        "[1] ‹ Back\n[2] Cancel\n\n"
    )


async def test_organizer_buttons_refuse_someone_who_lost_the_role(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    await register_team(chat, "Solar Yurts")
    await chat.say("/as org", "/start", "3", "/invite_organizer")
    (code,) = await role_codes(chat.app)
    await chat.say("/as kai", "/start", "3", f"/join {code}", "/teams")
    await chat.say("/as org", "/revoke_role", "1")
    await chat.say("/as kai")
    refused = "Sorry, that is only for organizers.\n\n"
    assert [await chat.say("1"), await chat.say("2"), await chat.say("/teams")] == [refused] * 3
