"""``python -m bot messenger setup`` and ``python -m bot`` with Messenger configured, run as
processes against the fake Graph API."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

import httpx

from bot.core.settings import PROJECT_ROOT, SHIPPED_PROGRAM
from tests.fake_graph import TOKEN, FakeGraph
from tests.messenger.conftest import SECRET, VERIFY_TOKEN


def environment(tmp_path: Path, fake: FakeGraph, **extra: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PROJECT_ROOT),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        "MESSENGER_PAGE_ACCESS_TOKEN": TOKEN,
        "MESSENGER_APP_SECRET": SECRET,
        "MESSENGER_VERIFY_TOKEN": VERIFY_TOKEN,
        "MESSENGER_GRAPH_API_URL": fake.url,
        **extra,
    }


def menu(locale: str, labels: tuple[str, str, str]) -> dict[str, object]:
    return {
        "locale": locale,
        "composer_input_disabled": False,
        "call_to_actions": [
            {"type": "postback", "title": label, "payload": payload}
            for label, payload in zip(labels, ("cmd:menu", "cmd:help", "cmd:language"), strict=True)
        ],
    }


GREETING = {
    "en": "Hello! I am the MICS program bot: events, deadlines and your team, in Mongolian, "
    "Japanese or English. Tap Get Started.",
    "mn": "Сайн байна уу! MICS хөтөлбөрийн бот арга хэмжээ, эцсийн хугацаа, багийн мэдээллийг "
    "монгол, япон, англи хэлээр хүргэнэ. «Эхлэх» (Get Started) товчийг дарна уу.",
    "ja": "こんにちは。MICSプログラムのボットです。イベント、締め切り、チームの情報をモンゴル語・"
    "日本語・英語でお届けします。「スタート」（Get Started）をタップしてください。",
}
MENUS = {
    "en": ("Main menu", "Help", "Language"),
    "mn": ("Үндсэн цэс", "Тусламж", "Хэл"),
    "ja": ("メインメニュー", "ヘルプ", "言語"),
}


async def test_setup_sets_get_started_greetings_and_menus(
    fake_graph: FakeGraph, tmp_path: Path
) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "messenger",
        "setup",
        cwd=tmp_path,
        env=environment(tmp_path, fake_graph),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await process.communicate()
    assert (process.returncode, stderr.decode()) == (0, "")
    assert (
        stdout.decode() == "messenger profile set: get started, greetings and menus in mn, ja, en\n"
    )
    [call] = fake_graph.calls
    locales = [("en", "default"), ("mn", "mn_MN"), ("ja", "ja_JP"), ("en", "en_US")]
    assert (call.path, call.access_token, call.body) == (
        "/v26.0/me/messenger_profile",
        TOKEN,
        {
            "get_started": {"payload": "get_started"},
            "greeting": [{"locale": locale, "text": GREETING[lang]} for lang, locale in locales],
            "persistent_menu": [menu(locale, MENUS[lang]) for lang, locale in locales],
        },
    )


async def test_setup_without_a_token_says_so(fake_graph: FakeGraph, tmp_path: Path) -> None:
    env = environment(tmp_path, fake_graph, MESSENGER_PAGE_ACCESS_TOKEN="")
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "messenger",
        "setup",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await process.communicate()
    assert (process.returncode, stdout, stderr.decode()) == (
        2,
        b"",
        "error: MESSENGER_PAGE_ACCESS_TOKEN is not set\n",
    )
    assert fake_graph.calls == []


async def wait_until_listening(port: int, seconds: float = 60) -> None:
    """The server binds its socket before it logs anything: poll it until it answers."""
    deadline = asyncio.get_running_loop().time() + seconds
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        while True:
            try:
                await client.get("/healthz")
                return
            except httpx.TransportError:
                assert asyncio.get_running_loop().time() < deadline, "the server never answered"
                await asyncio.sleep(0.1)


async def test_run_serves_the_webhook_when_messenger_is_configured(
    fake_graph: FakeGraph, tmp_path: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = environment(tmp_path, fake_graph, HOST="127.0.0.1", PORT=str(port))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await wait_until_listening(port)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            health = await client.get("/healthz")
            verified = await client.get(
                "/messenger/webhook",
                params={
                    "hub.mode": "subscribe",
                    "hub.verify_token": VERIFY_TOKEN,
                    "hub.challenge": "42",
                },
            )
        assert [(health.status_code, health.text), (verified.status_code, verified.text)] == [
            (200, "ok\n"),
            (200, "42"),
        ]
    finally:
        process.terminate()
        await process.wait()
    assert process.stderr is not None
    logged = (await process.stderr.read()).decode()
    # A server logs at INFO (only the console chat is quiet): the program it loaded shows.
    assert [
        line.split(" INFO ", 1)[1] for line in logged.splitlines() if " INFO bot.app" in line
    ] == [f"bot.app: program mics-2024 from {SHIPPED_PROGRAM}: created"]
