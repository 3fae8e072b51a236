"""Team features beyond the scripted conversations: a restart mid-wizard, invite links per
channel, the CSV export, paging, archiving, and the grant/revoke command line."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.ports import CollectingChannel
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.models import Participant, Team
from tests.support import Chat
from tests.team_support import register_team
from tests.test_cli import run_bot

SDG_PROMPT_END = (
    "17. Partnerships for the Goals\n"
    "Chosen: —\n"
    + "".join(f"[{n}] SDG {n}\n" for n in range(1, 18))
    + "[18] Done\n[19] ‹ Back\n[20] Cancel\n\n"
)


class LinkingChannel(CollectingChannel):
    """A channel with deep links, as Telegram has."""

    def start_link(self, payload: str) -> str | None:
        return f"https://t.me/mics_bot?start={payload}"


async def test_a_half_finished_wizard_survives_a_restart(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    first = await build_app(settings_for(), clock, translator)
    chat = Chat(first, tmp_path / "files")
    await chat.say("/start", "3", "/register", "1", "Solar Yurts", "Heating gers")
    await first.close()

    second = await build_app(settings_for(), clock, translator)
    try:
        chat = Chat(second, tmp_path / "files")
        answer = await chat.say("We heat gers with the sun.")
        assert answer.endswith(SDG_PROMPT_END)
        assert answer.splitlines()[0] == (
            "Which Sustainable Development Goals does your project serve? Choose 1 to 3 with "
            "the buttons and press Done, or type their numbers, for example: 3, 7"
        )
        await chat.say("7, 13", "Khan Solar LLC", "1", "2", "a@example.mn", "1", "1")
        async with second.sessions() as session:
            team = await session.scalar(select(Team))
        assert team is not None
        assert (team.name, team.project_title, team.description, team.sdgs) == (
            "Solar Yurts",
            "Heating gers",
            "We heat gers with the sun.",
            [7, 13],
        )
        assert team.organizations == [{"name": "Khan Solar LLC", "country": "MN"}]
    finally:
        await second.close()


async def test_invites_show_a_link_for_each_channel_that_has_links(chat: Chat) -> None:
    chat.app.add_channel(LinkingChannel("telegram"))
    await chat.say("/as lead", "/start", "3")
    code = await register_team(chat, "Solar Yurts")
    assert await chat.say("/invite") == (
        "Invite people to Solar Yurts (1 of at most 8 members):\n"
        f"Telegram: https://t.me/mics_bot?start=join_{code}\n"
        f"Code: {code} (they send /join {code})\n"
        "A new code makes the old one stop working.\n"
        "[1] New code\n\n"
    )


async def test_csv_export_has_a_bom_and_a_row_per_member(chat: Chat, tmp_path: Path) -> None:
    await chat.say("/as lead", "/start", "1")
    code = await register_team(chat, "Нарны гэр")
    await chat.say("/as aya", "/start", "2", f"/join {code}", "1")
    await chat.say("/as ken", "/start", "3")
    await register_team(chat, "=HYPERLINK(1)", email="ken@example.jp")
    await chat.say("/as org", "/start", "3")
    path = tmp_path / "console-files" / "org" / "mics-2024-teams-20241118-0100.csv"
    assert await chat.say("/export") == (
        "Teams and members, 2 teams, as of Mon, Nov 18, 2024 09:00.\n"
        f"[file] mics-2024-teams-20241118-0100.csv ({path.stat().st_size} bytes) saved to {path}\n\n"
    )
    content = path.read_bytes()
    assert content[:3] == b"\xef\xbb\xbf"
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows == [
        [
            "team",
            "project_title",
            "description",
            "sdgs",
            "organizations",
            "contact_email",
            "contact_phone",
            "created_at",
            "member",
            "channel",
            "member_id",
            "role",
            "joined_at",
        ],
        [
            "'=HYPERLINK(1)",
            "Solar yurts",
            "We heat yurts with the sun.",
            "7 13",
            "Khan Solar LLC (MN)",
            "ken@example.jp",
            "",
            "2024-11-18T01:00:00+00:00",
            "ken",
            "console",
            "ken",
            "lead",
            "2024-11-18T01:00:00+00:00",
        ],
        [
            "Нарны гэр",
            "Solar yurts",
            "We heat yurts with the sun.",
            "7 13",
            "Khan Solar LLC (MN)",
            "team@example.mn",
            "",
            "2024-11-18T01:00:00+00:00",
            "lead",
            "console",
            "lead",
            "lead",
            "2024-11-18T01:00:00+00:00",
        ],
        [
            "Нарны гэр",
            "Solar yurts",
            "We heat yurts with the sun.",
            "7 13",
            "Khan Solar LLC (MN)",
            "team@example.mn",
            "",
            "2024-11-18T01:00:00+00:00",
            "aya",
            "console",
            "aya",
            "member",
            "2024-11-18T01:00:00+00:00",
        ],
    ]


async def test_the_team_list_is_paged(chat: Chat) -> None:
    for number in range(11):
        await chat.say(f"/as p{number:02}", "/start", "3")
        await register_team(chat, f"Team {number:02}")
    await chat.say("/as org", "/start", "3")
    first = await chat.say("/teams")
    assert first.splitlines()[0] == "Teams: all teams. 11 in all, page 1 of 2."
    assert first.splitlines()[-3:] == ["[11] Next ›", "[12] Filter by stage", ""]
    assert await chat.say("11") == (
        "Teams: all teams. 11 in all, page 2 of 2.\n"
        "[1] Team 10 (1)\n"
        "[2] ‹ Previous\n"
        "[3] Filter by stage\n\n"
    )


async def test_a_lone_lead_who_leaves_archives_the_team(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    await register_team(chat, "Solar Yurts")
    assert await chat.say("/leave") == (
        "You are the only member of Solar Yurts. If you leave, the team is archived. Leave?\n"
        "[1] Leave\n[2] Cancel\n\n"
    )
    assert await chat.say("1") == "You left the team Solar Yurts.\n\n"
    async with chat.app.sessions() as session:
        team = await session.scalar(select(Team))
    assert team is not None and team.archived_at is not None
    await chat.say("/as org", "/start", "3")
    assert await chat.say("/teams") == (
        "Teams: all teams. 0 in all, page 1 of 1.\n[1] Filter by stage\n\n"
    )


async def test_delete_me_of_a_lone_lead_archives_the_team_without_contacts(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    await register_team(chat, "Solar Yurts")
    await chat.say("/delete_me", "1")
    async with chat.app.sessions() as session:
        team = await session.scalar(select(Team))
        person = await session.scalar(select(Participant).where(Participant.external_id == "lead"))
    assert team is not None and person is not None
    assert (team.archived_at is not None, team.contact_email, person.display_name) == (
        True,
        "",
        None,
    )


def test_grant_and_revoke_from_the_command_line(tmp_path: Path) -> None:
    grant = run_bot(["grant", "organizer", "telegram:12345"], "", tmp_path)
    again = run_bot(["grant", "organizer", "telegram:12345"], "", tmp_path)
    revoke = run_bot(["revoke", "organizer", "telegram:12345"], "", tmp_path)
    missing = run_bot(["revoke", "mentor", "telegram:999"], "", tmp_path)
    bad = run_bot(["grant", "mentor", "12345"], "", tmp_path)
    assert [grant.stdout, again.stdout, revoke.stdout, missing.stdout] == [
        "telegram:12345: granted organizer\n",
        "telegram:12345: already organizer\n",
        "telegram:12345: revoked organizer\n",
        "telegram:999: did not have mentor\n",
    ]
    assert (bad.returncode, bad.stderr.splitlines()[-1]) == (
        2,
        "error: expected channel:id, got '12345'",
    )


def test_a_granted_organizer_may_use_organizer_commands(tmp_path: Path) -> None:
    assert run_bot(["grant", "organizer", "console:ann"], "", tmp_path).returncode == 0
    result = run_bot(["chat", "--user", "ann"], "/start\n3\n/teams\n", tmp_path)
    assert result.stdout.splitlines()[-3:] == [
        "Teams: all teams. 0 in all, page 1 of 1.",
        "[1] Filter by stage",
        "",
    ]


async def test_a_join_link_opened_before_choosing_a_language(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    code = await register_team(chat, "Solar Yurts")
    await chat.say("/as aya")
    assert (await chat.say(f"/start join_{code}")).splitlines()[0] == (
        "Хэлээ сонгоно уу · 言語を選んでください · Choose your language"
    )
    assert (await chat.say("2")).splitlines()[-6:] == [
        "チーム「Solar Yurts」に参加しますか？",
        "プロジェクト：Solar yurts",
        "リーダー：lead・1人／最大8人",
        "[1] 参加する",
        "[2] キャンセル",
        "",
    ]


async def test_without_a_program_there_are_no_teams(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    app = await build_app(settings_for(program_files=()), clock, translator)
    try:
        chat = Chat(app, tmp_path / "files")
        await chat.say("/as org", "/start", "1")
        no_program = "Та одоогоор хөтөлбөр сонгоогүй байна. /program илгээж сонгоно уу.\n\n"
        assert [await chat.say(c) for c in ("/register", "/team", "/teams", "/export")] == [
            no_program
        ] * 4
    finally:
        await app.close()
