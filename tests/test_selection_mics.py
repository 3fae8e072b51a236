"""The shipped MICS 2024 program rehearsed from proposals to the ten selected teams entirely in
the chat, the clock standing on 10 July (the proposal stage): teams register and hand in,
judges are invited, the organizer opens and closes each round early from /rounds, and both
rounds are ranked, decided and published."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App
from bot.core.clock import FixedClock
from storage.selection import SelectionRepository
from storage.uow import UnitOfWork
from tests.mentoring_support import delivered
from tests.selection_support import deck_file, judge_joins, queue_number, register_with_deck
from tests.support import Chat

TEAMS = [
    (f"lead{i}", "mn" if i % 2 else "ja", name)
    for i, name in enumerate(
        [
            "Nar",
            "Sakura",
            "Gobi",
            "Tenger",
            "Altai",
            "Fuji",
            "Khangai",
            "Kaze",
            "Selenge",
            "Hoshi",
            "Orkhon",
            "Yama",
        ]
    )
]


def button(out: str, label: str) -> str:
    """The number of the button labelled ``label`` in what the bot printed last."""
    last = out.strip().split("\n\n")[-1]
    for line in last.splitlines():
        if line.startswith("[") and line.split("] ", 1)[1] == label:
            return line[1 : line.index("]")]
    raise AssertionError(f"no button {label!r} in:\n{last}")


async def score_all(chat: Chat, judges: list[str], points: dict[str, int], criteria: int) -> None:
    """Each judge gives each of their teams ``points[team]`` on every criterion."""
    for judge in judges:
        queue = await chat.say(f"/as {judge}", "/judge")
        for team, value in points.items():
            await chat.say(await queue_number(chat, team, queue))
            queue = await chat.say(*[str(value)] * criteria, "1", "1", "1")


async def decide_and_publish(chat: Chat, round_key: str, top: str, awards: list[str]) -> str:
    """Close judging from /rounds, select the top N (typed, or the round's own button), give
    the awards, publish; returns what the publishing printed."""
    rounds = await chat.say("/as org", "/rounds")
    await chat.say(button(rounds, f"Хаах: тойрог {1 if round_key == 'documents' else 2}"))
    out = await chat.say(f"/decide {round_key}")
    await chat.say(top if top.startswith("эхний") else button(out, top))
    for team in awards:
        await chat.say(team, "1", "Хотын үйл ажиллагааны тэтгэлэг")
    await chat.say(button(await chat.say("/decide " + round_key), "Болсон"))
    await chat.say(f"/publish_results {round_key}")
    return await chat.say("1")


async def test_the_mics_funnel_from_proposals_to_ten_selected_teams_in_the_chat(
    app: App, chat: Chat, clock: FixedClock, tmp_path: Path
) -> None:
    if app.engine.dialect.name != "sqlite":
        pytest.skip("a thousand messages: the same code paths run on PostgreSQL in test_selection")
    clock.set(datetime(2024, 7, 10, 1, 0, tzinfo=UTC))
    deck = deck_file(tmp_path)
    await chat.say("/as org", "/start", "1")
    for lead, language, team in TEAMS:
        await register_with_deck(chat, lead, language, team, deck)
    await judge_joins(chat, "mia", "ja", None)
    await judge_joins(chat, "bold", "mn", None)
    await judge_joins(chat, "saran", "mn", None)
    names = [team for _, _, team in TEAMS]

    # Document screening, opened early: every judge scores every proposal.
    await chat.say("/as org", "/assign_judges documents")
    await chat.say(button(await chat.say("/rounds"), "Нээх: тойрог 1"))
    await delivered(chat)
    await chat.say("/as mia")
    await chat.say(await queue_number(chat, "Nar"))
    assert await chat.say("4") == (
        "評価基準 2/4：実現可能性（重み1.5）\n"
        "1（不十分）から5（非常に優れている）で採点してください。\n"
        "[1] 1\n[2] 2\n[3] 3\n[4] 4\n[5] 5\n[6] ‹ 戻る\n[7] キャンセル\n\n"
    )
    await chat.say("/cancel")
    first = {team: (4 if i % 2 == 0 else 3) for i, team in enumerate(names[:11])} | {"Yama": 1}
    await score_all(chat, ["mia", "bold", "saran"], first, 4)
    published = await decide_and_publish(chat, "documents", "эхний 11", [])
    assert published == (
        "«Баримт бичгийн шалгаруулалт» тойргийн дүн зарлагдлаа: шалгарсан 11, нөөцөд 0, "
        "шалгараагүй 1. 12 мэдэгдэл илгээгдэж байна.\n\n"
    )
    await delivered(chat)

    # Final screening after the forum, judged live (no deck): the eleven teams left.
    out = await chat.say("/as org", "/assign_judges final")
    assert out.startswith(
        "«Эцсийн шалгаруулалт»: 11 баг, баг бүрт 3 шүүгч. Шинээр хуваарилсан: 33, хассан: 0.\n"
    )
    await chat.say(button(await chat.say("/rounds"), "Нээх: тойрог 2"))
    await delivered(chat)
    second = {team: (5 if i < 3 else 3) for i, team in enumerate(names[:10])} | {"Orkhon": 1}
    await score_all(chat, ["mia", "bold", "saran"], second, 5)
    published = await decide_and_publish(
        chat, "final", "Эхний 10 багийг", ["Nar", "Sakura", "Gobi"]
    )
    assert published == (
        "«Эцсийн шалгаруулалт» тойргийн дүн зарлагдлаа: шалгарсан 10, нөөцөд 0, "
        "шалгараагүй 1. 11 мэдэгдэл илгээгдэж байна.\n\n"
    )
    told = await delivered(chat)
    assert next(m for m in told.split("\n\n") if m.startswith("→ lead1\n")) == (
        "→ lead1\n"
        "Баяр хүргэе! Танай Sakura баг MICS 2024: ТХЗ-ын төлөөх Монголын нээлттэй инноваци, "
        "хамтын бүтээл хөтөлбөрийн «Эцсийн шалгаруулалт» тойрогт шалгарлаа.\n"
        "Мөн танай баг дараах шагнал хүртлээ: Хотын үйл ажиллагааны тэтгэлэг.\n"
        "Дараагийнх нь «Завсрын илтгэл» шат: нээгдэх 10-р сарын 1 (Мя) 09:00, эцсийн хугацаа "
        "11-р сарын 18 (Да) 18:00.\n"
        "Дараагийн арга хэмжээ: MICS2024 Токиод: багуудын илтгэл, 8-р сарын 5 (Да)."
    )
    async with app.sessions() as session:
        store = UnitOfWork(session).get(SelectionRepository)
        teams = {t.id: t.name for t in await UnitOfWork(session).teams.in_program("mics-2024")}
        final = await store.selected_team_ids("mics-2024", "final")
        out_of_program = await store.out_rounds("mics-2024")
    assert sorted(teams[t] for t in final or ()) == sorted(set(names) - {"Orkhon", "Yama"})
    assert {teams[t]: row.key for t, row in out_of_program.items()} == {
        "Yama": "documents",
        "Orkhon": "final",
    }
    assert (await chat.say("/as lead1", "/team")).endswith(
        "Шалгаруулалт:\n"
        "• «Баримт бичгийн шалгаруулалт»: шалгарсан\n"
        "• «Эцсийн шалгаруулалт»: шалгарсан (Хотын үйл ажиллагааны тэтгэлэг)\n\n"
    )
