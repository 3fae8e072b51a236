"""The issue's rehearsal: the shipped MICS 2024 program after its final screening. Three
selected teams publish their projects (an organizer approves each), a Japanese company opens
the bot from the event-table link (``/start projects``) and asks a Mongolian team for an
introduction, the team's lead accepts, and the organizer reads the lead list."""

from __future__ import annotations

from datetime import timedelta

from bot.app import App
from bot.core.clock import FixedClock
from tests.matching_support import button, final_screening, register, showcase, visitor
from tests.support import Chat

TRANSCRIPT: list[str] = []
"""What the rehearsal printed, in order (``pytest -s`` shows it)."""


async def say(chat: Chat, *lines: str) -> str:
    out = await chat.say(*lines)
    TRANSCRIPT.append("\n".join(f"> {line}" for line in lines) + "\n" + out)
    return out


async def test_the_mics_program_after_its_final_screening_matches_a_japanese_company(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    await chat.say("/as org", "/start", "1")
    teams = [
        ("bat", "mn", "Nar", "Solar yurts"),
        ("dorj", "mn", "Gobi", "Gobi water"),
        ("yuki", "ja", "Sakura", "Sakura farm"),
        ("kenji", "ja", "Tenger", "Sky data"),
    ]
    for lead, language, team, title in teams:
        await register(chat, lead, language, team, title)
    await final_screening(app, ["Nar", "Gobi", "Sakura"], ["Tenger"])
    pitches = {
        "bat": ("Нарны эрчим хүчээр гэр халаана.", "太陽の力でゲルを暖めます。", None, "1, 3"),
        "dorj": ("Говийн худгийн усыг цэвэршүүлнэ.", "ゴビの井戸水を浄化します。", None, "1, 6"),
        "yuki": ("Монголд хүлэмжийн ногоо тарина.", "モンゴルで温室野菜を育てます。", None, "2, 5"),
    }
    for lead, (mn, ja, en, needs) in pitches.items():
        await showcase(chat, lead, (mn, ja, en), needs, None)
        await chat.say("/as org", "1")  # Approve
    listed = await visitor(
        chat,
        "sato",
        "ja",
        "Hikari Solar KK",
        "1",
        "1, 2",
        ("1", "sato@hikari-solar.jp"),
        start="/start projects",
    )
    TRANSCRIPT.append("> /as sato, /start projects, onboarding…\n" + listed)
    assert listed == (
        "satoさん、ありがとうございます。プロジェクトをご紹介します。\n\n"
        "プロジェクト：3件\n1. ★ Solar yurts（チーム「Nar」）\n2. ★ Gobi water（チーム「Gobi」）\n"
        "3. ★ Sakura farm（チーム「Sakura」）\n"
        "★は、お客様が提供できるものを求めているプロジェクトです。詳細はプロジェクトを押して"
        "ご覧ください。\n[1] Solar yurts\n[2] Gobi water\n[3] Sakura farm\n"
        "[4] SDGsで絞り込む\n[5] ニーズで絞り込む\n\n"
    )
    card = await say(chat, button(listed, "Solar yurts"))
    await say(chat, button(card, "面談を依頼"))
    sent = await say(chat, "太陽熱パネルの技術提供と日本での販売で協力したいです。")
    assert sent.startswith("プロジェクト「Solar yurts」への依頼を送信しました。")
    clock.advance(timedelta(hours=4))
    await say(chat, "/as bat", "1")
    accepted = await say(chat, "1")
    assert accepted.endswith(
        "→ sato\nプロジェクト「Solar yurts」のチーム（チーム「Nar」）が依頼を承諾しました。\n"
        "batさん、Nar LLC\nメール：bat@nar.mn\n\n"
        "最初の面談の日時はチームリーダーからご提案します。\n\n"
    )
    leads = await say(chat, "/as org", "/leads")
    assert leads == (
        "Танилцуулга: хүссэн 1, зөвшөөрсөн 1, татгалзсан 0, хүлээгдэж буй 0, хугацаа дууссан 0.\n"
        "Анхны уулзалт: товлосон 0, болсон 0. Хариулах хугацааны медиан: 4 цаг.\n\n"
        "Хүсэлтүүд:\n"
        "№1 Hikari Solar KK (sato) → Nar, «Solar yurts»: зөвшөөрсөн, хариулсан хугацаа: 4 цаг\n\n"
        "Багаар:\n"
        "Nar: хүссэн 1, зөвшөөрсөн 1, татгалзсан 0, хүлээгдэж буй 0, хугацаа дууссан 0\n\n"
        "Зочны байгууллагаар:\n"
        "Hikari Solar KK: хүссэн 1, зөвшөөрсөн 1, татгалзсан 0, хүлээгдэж буй 0, хугацаа дууссан 0\n"
        "[1] CSV\n[2] XLSX\n\n"
    )
    print("\n".join(TRANSCRIPT))
