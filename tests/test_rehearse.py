"""``python -m bot rehearse``: the timeline's messages in time order, nothing sent or stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.test_cli import run_bot


def delivery_rows(tmp_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        return db.execute("SELECT dedup_key, status FROM deliveries ORDER BY id").fetchall()


def test_rehearse_lists_the_timeline_without_sending(tmp_path: Path) -> None:
    chat = run_bot(
        ["--clock", "2024-11-18T09:00+08:00", "chat"], "/start\n3\n/as aya\n/start\n2\n", tmp_path
    )
    assert chat.returncode == 0
    before = delivery_rows(tmp_path)
    result = run_bot(
        [
            "rehearse",
            "--from",
            "2024-11-19T00:00+08:00",
            "--to",
            "2024-11-20T08:30+08:00",
            "--program",
            "mics-2024",
        ],
        "",
        tmp_path,
    )
    assert (result.returncode, delivery_rows(tmp_path)) == (0, before)
    assert (
        result.stdout
        == """2024-11-19 05:30 UTC  console:me  en Asia/Ulaanbaatar  [event]
    Reminder: MICS2024 interim event starts Wed, Nov 20, 2024 13:30, in 1 day 0 hours.
    Where: Ulaanbaatar Chuulga, Ulaanbaatar
    Languages spoken: MN, JA
2024-11-19 05:30 UTC  console:aya  ja Asia/Tokyo  [event]
    リマインダー：MICS2024 中間イベント は 2024年11月20日(水) 14:30 に始まります（あと1日0時間）。
    会場：ウランバートル・チュールガ（ウランバートル）
    使用言語：MN, JA
2024-11-19 23:00 UTC  console:aya  ja Asia/Tokyo  [agenda]
    本日：MICS2024 中間イベント（2024年11月20日(水) 14:30 から）
    会場：ウランバートル・チュールガ（ウランバートル）
    使用言語：MN, JA
    アジェンダ：
    14:30 受付
    15:00 ネットワーキング
    16:30 主催者挨拶（JICA）
    16:35 MICS2024の取り組み紹介（JUGAMO）
    16:50 共創プロジェクトチームによるピッチ（10チーム）
    18:00 Social Innovator Hub（SIH）参加者によるピッチ
    18:10 パネルディスカッション「日本とモンゴルの関係者間の協力に向けた取り組み」
    18:40 JICA支援プロジェクト2件の紹介
2024-11-20 00:00 UTC  console:me  en Asia/Ulaanbaatar  [agenda]
    Today: MICS2024 interim event, from Wed, Nov 20, 2024 13:30.
    Where: Ulaanbaatar Chuulga, Ulaanbaatar
    Languages spoken: MN, JA
    Agenda:
    13:30 Registration
    14:00 Networking
    15:30 Organizer's remarks (JICA)
    15:35 Introduction to MICS2024 initiatives (JUGAMO)
    15:50 Pitches by the collaborative project teams (10 teams)
    17:00 Pitches by Social Innovator Hub (SIH) participants
    17:10 Panel discussion "Initiatives for cooperation between Japanese and Mongolian stakeholders"
    17:40 Presentation of two JICA-supported projects
4 message(s)
"""
    )


def test_rehearse_refuses_an_empty_window(tmp_path: Path) -> None:
    result = run_bot(
        ["rehearse", "--from", "2024-11-19T00:00+08:00", "--to", "2024-11-18T00:00+08:00"],
        "",
        tmp_path,
    )
    assert (result.returncode, result.stderr.splitlines()[-1]) == (
        2,
        "error: --to must come after --from",
    )
