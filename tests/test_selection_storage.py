"""storage/selection.py on SQLite and PostgreSQL: rounds loaded like stages and events, the
questions other features ask (selected teams, teams out of the program), and erasing a judge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.app import App, load_programs
from bot.core.settings import SHIPPED_PROGRAM
from storage.selection import (
    JudgeAssignment,
    JudgeConflict,
    JudgeProfile,
    JudgeReview,
    Outcome,
    SelectionRepository,
)
from storage.uow import UnitOfWork
from tests.decks import add_team

PROGRAM = "mics-2024"
NOW = datetime(2024, 8, 1, 1, 0, tzinfo=UTC)


async def test_the_rounds_load_with_the_program_and_keep_their_ids(
    app: App, tmp_path: Path
) -> None:
    async with app.sessions() as session:
        rounds = await SelectionRepository(session).rounds(PROGRAM)
        first_id = rounds[0].id
        assert [
            (r.key, r.position, r.stage_key, r.event_key, r.judges_per_team, r.select_target)
            for r in rounds
        ] == [
            ("documents", 0, "proposal", None, 3, 15),
            ("final", 1, None, "business-forum", 3, 10),
        ]
        assert rounds[0].criteria[0] == {
            "id": "sdg-impact",
            "names": {"mn": "ТХЗ-д үзүүлэх нөлөө", "ja": "SDGsへのインパクト", "en": "SDG impact"},
            "weight": 2.0,
            "low": 1,
            "high": 5,
        }
        assert (rounds[0].opens_at, rounds[0].closes_at, rounds[0].share_feedback) == (
            datetime(2024, 7, 16, 1, 0, tzinfo=UTC),
            datetime(2024, 7, 26, 10, 0, tzinfo=UTC),
            True,
        )
    # A changed file moves the close; the round keeps its id. A round no longer in the file
    # goes when nothing was judged in it, and stays when something was.
    text = SHIPPED_PROGRAM.read_text(encoding="utf-8")
    changed = tmp_path / "mics.toml"
    changed.write_text(text.replace("2024-07-26T18:00:00+08:00", "2024-07-27T18:00:00+08:00"))
    assert await load_programs(app.sessions, [str(changed)], app.clock) == {PROGRAM: "updated"}
    final_start = text.index('[[rounds]]\nid = "final"')
    changed.write_text(text[:final_start])
    await load_programs(app.sessions, [str(changed)], app.clock)
    async with app.sessions() as session:
        rounds = await SelectionRepository(session).rounds(PROGRAM)
        assert [(r.id, r.key, r.closes_at) for r in rounds] == [
            (first_id, "documents", datetime(2024, 7, 26, 10, 0, tzinfo=UTC)),
        ]
    team = await add_team(app, "Nar", "bat")
    async with app.sessions() as session, session.begin():
        await SelectionRepository(session).decide(first_id, team, Outcome.SELECTED, "", None, NOW)
    changed.write_text(text[: text.index("[[rounds]]")])
    await load_programs(app.sessions, [str(changed)], app.clock)
    async with app.sessions() as session:
        assert [r.key for r in await SelectionRepository(session).rounds(PROGRAM)] == ["documents"]


async def test_selected_teams_and_teams_out_of_the_program(app: App) -> None:
    nar = await add_team(app, "Nar", "bat", "aya")
    gobi = await add_team(app, "Gobi", "dorj")
    yama = await add_team(app, "Yama", "taro")
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        store = uow.get(SelectionRepository)
        documents, final = await store.rounds(PROGRAM)
        await store.decide(documents.id, nar, Outcome.SELECTED, "City grant", None, NOW)
        await store.decide(documents.id, gobi, Outcome.WAITLISTED, None, None, NOW)
        await store.decide(documents.id, yama, Outcome.NOT_SELECTED, None, None, NOW)
        # Decided, not published: nobody is out yet.
        assert (
            await store.selected_team_ids(PROGRAM, "documents"),
            await store.out_team_ids(PROGRAM),
        ) == (
            None,
            set(),
        )
        documents.published_at = NOW
        await session.flush()
        interim = (await uow.programs.get(PROGRAM)).stages[1]  # type: ignore[union-attr]
        proposal = (await uow.programs.get(PROGRAM)).stages[0]  # type: ignore[union-attr]
        people = {p.external_id: p.id for p in await uow.participants.in_program(PROGRAM)}
        assert (
            await store.selected_team_ids(PROGRAM, "documents"),
            await store.selected_team_ids(PROGRAM, "final"),
            await store.out_team_ids(PROGRAM),
            await store.out_member_ids(PROGRAM),
            (await store.closing_round(PROGRAM, yama, interim.deadline_at)) is documents,
            await store.closing_round(PROGRAM, yama, proposal.deadline_at),
            await store.closing_round(PROGRAM, nar, interim.deadline_at),
            [(r.key, d.outcome, d.award) for r, d in await store.team_results(nar)],
        ) == (
            {nar},
            None,
            {gobi, yama},
            {people["dorj"], people["taro"]},
            True,
            None,
            None,
            [("documents", "selected", "City grant")],
        )
        # Gobi moves up; Nar is not selected in the final round.
        await store.decide(documents.id, gobi, Outcome.SELECTED, None, None, NOW)
        await store.decide(final.id, nar, Outcome.NOT_SELECTED, None, None, NOW)
        await store.decide(final.id, gobi, Outcome.SELECTED, None, None, NOW)
        final.published_at = NOW + timedelta(days=30)
        await session.flush()
        out = await store.out_rounds(PROGRAM)
        assert (
            {team: row.key for team, row in out.items()},
            await store.out_team_ids(PROGRAM),
        ) == (
            {nar: "final", yama: "documents"},
            {nar, yama},
        )


async def test_reviews_change_in_place_and_a_judge_is_erased_whole(app: App) -> None:
    nar = await add_team(app, "Nar", "bat")
    await add_team(app, "Judges", "mia", "bold")
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        store = uow.get(SelectionRepository)
        documents = (await store.rounds(PROGRAM))[0]
        people = {p.external_id: p.id for p in await uow.participants.in_program(PROGRAM)}
        mia, bold = people["mia"], people["bold"]
        await store.save_profile(mia, ["JICA"], NOW)
        await store.save_profile(mia, ["JICA", "JUGAMO"], NOW)
        await store.assign(documents.id, [(nar, mia), (nar, bold)], NOW)
        await store.save_review(documents.id, nar, mia, {"team": 3}, "ok", "", NOW)
        first = await store.save_review(documents.id, nar, mia, {"team": 4}, "better", "Go on", NOW)
        assert (
            await store.add_conflict(bold, nar, NOW),
            await store.add_conflict(bold, nar, NOW),
        ) == (
            True,
            False,
        )
        assert (
            [(r.id, r.scores, r.comment, r.feedback) for r in await store.reviews(documents.id)],
            (await store.profile(mia)).organizations,  # type: ignore[union-attr]
            await store.conflicts([mia, bold]),
            [(a.team_id, a.judge_id) for a in await store.assignments(documents.id)],
        ) == (
            [(first.id, {"team": 4}, "better", "Go on")],
            ["JICA", "JUGAMO"],
            {(bold, nar)},
            [(nar, mia), (nar, bold)],
        )
        await store.erase_judge(mia)
        await store.erase_judge(bold)
        counts = [
            await session.scalar(select(func.count()).select_from(model))
            for model in (JudgeProfile, JudgeConflict, JudgeAssignment, JudgeReview)
        ]
        assert counts == [0, 0, 0, 0]
