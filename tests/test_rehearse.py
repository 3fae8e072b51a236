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
        result.stdout == "2024-11-19 05:30 UTC  console:me  en Asia/Ulaanbaatar  [event]\n"
        "    Reminder: “MICS2024 interim event” starts in 1 day.\n"
        "    Starts: Wed, Nov 20, 2024 13:30\n"
        "    Where: Ulaanbaatar Chuulga, Ulaanbaatar\n"
        "    Languages spoken: Mongolian, Japanese\n"
        "2024-11-19 05:30 UTC  console:aya  ja Asia/Tokyo  [event]\n"
        "    リマインダー：「MICS2024 中間イベント」の開始まであと1日です。\n"
        "    開始：2024年11月20日（水）14:30（日本時間）\n"
        "    会場：ウランバートル・チュールガ（ウランバートル）\n"
        "    使用言語：モンゴル語・日本語\n"
        "2024-11-19 23:00 UTC  console:aya  ja Asia/Tokyo  [agenda]\n"
        "    本日：「MICS2024 中間イベント」\n"
        "    開始：2024年11月20日（水）14:30（日本時間）\n"
        "    会場：ウランバートル・チュールガ（ウランバートル）\n"
        "    使用言語：モンゴル語・日本語\n"
        "    アジェンダ（日本時間）：\n"
        "    14:30 受付\n"
        "    15:00 ネットワーキング\n"
        "    16:30 主催者挨拶（JICA）\n"
        "    16:35 MICS2024の取り組み紹介（JUGAMO）\n"
        "    16:50 共創プロジェクトチームによるピッチ（10チーム）\n"
        "    18:00 Social Innovator Hub（SIH）参加者によるピッチ\n"
        "    18:10 パネルディスカッション「日本とモンゴルの関係者間の協力に向けた取り組み」\n"
        "    18:40 JICA支援プロジェクト2件の紹介\n"
        "2024-11-20 00:00 UTC  console:me  en Asia/Ulaanbaatar  [agenda]\n"
        "    Today: “MICS2024 interim event”\n"
        "    Starts: Wed, Nov 20, 2024 13:30\n"
        "    Where: Ulaanbaatar Chuulga, Ulaanbaatar\n"
        "    Languages spoken: Mongolian, Japanese\n"
        "    Agenda (Ulaanbaatar time):\n"
        "    13:30 Registration\n"
        "    14:00 Networking\n"
        "    15:30 Organizer's remarks (JICA)\n"
        "    15:35 Introduction to MICS2024 initiatives (JUGAMO)\n"
        "    15:50 Pitches by the collaborative project teams (10 teams)\n"
        "    17:00 Pitches by Social Innovator Hub (SIH) participants\n"
        '    17:10 Panel discussion "Initiatives for cooperation between Japanese and Mongolian '
        'stakeholders"\n'
        "    17:40 Presentation of two JICA-supported projects\n"
        "4 message(s)\n"
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
