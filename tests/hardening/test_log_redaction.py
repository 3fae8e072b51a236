"""No secret in a log line (issue 15, defect 1): a Bot API call that timed out while connecting
logged ``Connection timeout to host http://…/bot<TOKEN>/getFile`` in its traceback, and
uvicorn's access log printed the Messenger verify token of the handshake.

Each failure path is triggered with every secret set (``bot.core.settings.SECRETS``, the
dashboard's too once it is there), and the captured log holds none of them."""

from __future__ import annotations

import asyncio
import io
import logging
import signal
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from telegram import Bot

from bot.app import App, build_dashboard
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.inbound import TelegramInbound
from bot.channels.telegram.transport import AiohttpRequest
from bot.core.redaction import MASK, install_redaction
from bot.core.settings import SECRETS, Settings
from tests.conftest import SHIPPED_PROGRAM
from tests.decks import add_team
from tests.fake_graph import FakeGraph
from tests.fake_telegram import FakeTelegram
from tests.hardening.support import bot_process, free_port, unreachable_address

VALUES = {
    "TELEGRAM_BOT_TOKEN": "987654:Tg-bot-token_Value",
    "TELEGRAM_WEBHOOK_SECRET": "webhook-secret_Value42",
    "MESSENGER_PAGE_ACCESS_TOKEN": "EAAPageToken/Value+42=",
    "MESSENGER_APP_SECRET": "app-secret-value-42",
    "MESSENGER_VERIFY_TOKEN": "verify token & value",
}
"""A value for every secret; one the test does not know yet (a newer secret) gets its own."""


def secret_values() -> dict[str, str]:
    return {name: VALUES.get(name, f"{name.lower()}-Value-42-{'x' * 40}") for name in SECRETS}


def settings_with_every_secret() -> Settings:
    return Settings.from_env(
        {**secret_values(), "TELEGRAM_WEBHOOK_URL": "https://bot.example/telegram/webhook"}
    )


@pytest.fixture
def redacted() -> Iterator[Settings]:
    settings = settings_with_every_secret()
    install_redaction(settings.secret_values())
    yield settings
    install_redaction([])


def captured_log(name: str) -> tuple[logging.Logger, io.StringIO]:
    """A logger with its own handler and formatter, as uvicorn's are (not the root's)."""
    logger = logging.getLogger(name)
    logger.propagate = False
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger.handlers = [handler]
    logger.setLevel(logging.DEBUG)
    return logger, stream


def leaks(text: str) -> list[str]:
    return [
        name
        for name, value in secret_values().items()
        if value in text or quote(value, safe="") in text
    ]


def test_the_settings_list_every_secret() -> None:
    assert sorted(settings_with_every_secret().secret_values()) == sorted(secret_values().values())


@pytest.mark.parametrize("name", SECRETS)
def test_a_secret_is_redacted_from_every_part_of_a_record(redacted: Settings, name: str) -> None:
    secret = secret_values()[name]
    logger, stream = captured_log(f"tests.redaction.{name}")
    logger.info(f"in the message {secret}")
    logger.info("as an argument %s and %r", secret, secret)
    logger.info("in a URL %s", f"https://example/x?token={quote(secret, safe='')}")
    logger.warning("in an object %s", RuntimeError(f"failed with {secret}"))
    logger.info("in a mapping %(value)s", {"value": secret})
    # uvicorn's access log: a tuple of arguments, the path with its query string
    logger.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "GET", f"/x?t={secret}", "1.1", 200)
    try:
        try:
            raise ConnectionError(f"Connection timeout to host http://h/bot{secret}/getFile")
        except ConnectionError as cause:
            raise TimeoutError("timed out") from cause
    except TimeoutError:
        logger.exception("handler failed")
    logger.info("with the stack", stack_info=True, extra={})
    text = stream.getvalue()
    assert leaks(text) == []
    assert text.count(MASK) == 8
    assert "ConnectionError: Connection timeout to host http://h/bot[redacted]/getFile" in text


def test_uncaught_exceptions_are_redacted(
    redacted: Settings, capsys: pytest.CaptureFixture
) -> None:
    secret = secret_values()["TELEGRAM_BOT_TOKEN"]
    try:
        raise RuntimeError(f"boom {secret}")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    err = capsys.readouterr().err
    assert (leaks(err), err.splitlines()[-1]) == ([], f"RuntimeError: boom {MASK}")


SIGN_IN = "https://bot.example/admin/login?token=Zk3_q-Rt9vWx2YbN4mPc7LdE1sHgJ6aUoIe5TfKy8Qw"
TOKEN = SIGN_IN.split("token=")[1]


def test_a_sign_in_token_is_redacted_wherever_a_record_carries_it() -> None:
    """A link /dashboard made: no setting names it, and it is redacted with no secret set."""
    install_redaction([])
    logger, stream = captured_log("tests.redaction.sign_in")
    logger.debug("sendMessage %s", {"text": f"Open the dashboard: {SIGN_IN}\nGood for 10 min"})
    logger.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "GET", SIGN_IN[19:], "1.1", 403)
    logger.info("as a query %s", f"/admin/login?lang=mn&token={TOKEN}&x=1")
    logger.info("percent-encoded %s", quote(SIGN_IN, safe=""))
    try:
        raise RuntimeError(f"could not send {SIGN_IN}")
    except RuntimeError:
        logger.exception("delivery failed")
    text = stream.getvalue()
    assert TOKEN not in text
    assert text.splitlines()[:5] == [
        "DEBUG tests.redaction.sign_in: sendMessage {'text': 'Open the dashboard: "
        "https://bot.example/admin/login?token=[redacted]\\nGood for 10 min'}",
        'INFO tests.redaction.sign_in: 127.0.0.1:5000 - "GET /admin/login?token=[redacted] '
        'HTTP/1.1" 403',
        "INFO tests.redaction.sign_in: as a query /admin/login?lang=mn&token=[redacted]&x=1",
        "INFO tests.redaction.sign_in: percent-encoded "
        "https%3A%2F%2Fbot.example%2Fadmin%2Flogin%3Ftoken%3D[redacted]",
        "ERROR tests.redaction.sign_in: delivery failed",
    ]
    assert text.splitlines()[-1] == (
        "RuntimeError: could not send https://bot.example/admin/login?token=[redacted]"
    )


async def test_the_dashboard_key_made_on_first_start_is_redacted(app: App) -> None:
    """Without DASHBOARD_SECRET the dashboard signs cookies with a key it stores; once the
    dashboard is built, that key is redacted as DASHBOARD_SECRET would be."""
    assert app.settings.dashboard_secret is None
    install_redaction(app.settings.secret_values())
    try:
        key = (await build_dashboard(app)).parts.secret
        logger, stream = captured_log("tests.redaction.dashboard_key")
        logger.info("signing with %s", key)
        logger.info("cookie %s", quote(key, safe=""))
        assert stream.getvalue() == (
            f"INFO tests.redaction.dashboard_key: signing with {MASK}\n"
            f"INFO tests.redaction.dashboard_key: cookie {MASK}\n"
        )
    finally:
        install_redaction([])


@pytest.fixture
def unreachable() -> Iterator[str]:
    with unreachable_address() as url:
        yield url


async def test_a_bot_api_call_that_times_out_connecting_names_no_token(unreachable: str) -> None:
    """The transport alone, without the log's redaction."""
    token = secret_values()["TELEGRAM_BOT_TOKEN"]
    request = AiohttpRequest(connect_timeout=0.2)
    await request.initialize()
    try:
        with pytest.raises(Exception) as raised:
            await request.do_request(f"{unreachable}/bot{token}/getFile", "POST")
    finally:
        await request.shutdown()
    shown = "".join(traceback.format_exception(raised.value))
    assert (leaks(shown), str(raised.value)) == (
        [],
        f"Timed out (getFile): Connection timeout to host {unreachable}/bot<token>/getFile",
    )


async def test_a_deck_handed_in_while_get_file_times_out_logs_no_token(
    app: App, unreachable: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The path of the defect: a member hands in a deck by Telegram, ``getFile`` times out
    connecting, the error middleware logs the traceback (no redaction installed)."""
    token = secret_values()["TELEGRAM_BOT_TOKEN"]
    request = AiohttpRequest(connect_timeout=0.1)
    bot = Bot(token, base_url=f"{unreachable}/bot", request=request, get_updates_request=request)

    async def no_sleep(seconds: float) -> None:
        return None

    async def reachability(chat_id: str, reachable: bool) -> None:
        return None

    channel = TelegramChannel(bot, app.services.metrics, reachability, no_sleep)
    app.add_channel(channel)
    inbound = TelegramInbound(channel, app.dispatcher, app.clock)
    user = {"id": 5550001, "is_bot": False, "first_name": "Bat", "language_code": "en"}
    document = {"file_id": "DECK", "file_unique_id": "D", "file_name": "deck.pdf", "file_size": 9}
    await add_team(app, "Blue Steppe", "5550001", channel="telegram")
    caplog.set_level(logging.INFO)
    chat = {"id": 5550001, "type": "private"}
    message = {"message_id": 2, "date": 0, "from": user, "chat": chat, "document": document}
    await inbound.process({"update_id": 2, "message": message})
    await request.shutdown()
    assert "handler failed on telegram:5550001" in caplog.text
    assert leaks(caplog.text) == []
    assert "Timed out (getFile)" in caplog.text


async def test_serve_logs_no_secret_at_debug(
    tmp_path: Path, fake_graph: FakeGraph, fake: FakeTelegram
) -> None:
    """``python -m bot serve`` with every secret, at DEBUG (python-telegram-bot then logs the
    parameters of ``setWebhook``, the webhook secret among them), answering the Messenger
    handshake (uvicorn's access log prints its query string, the verify token in it)."""
    values = secret_values()
    port = free_port()
    env = {
        **values,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "TELEGRAM_WEBHOOK_URL": "https://bot.example/telegram/webhook",
        "MESSENGER_GRAPH_API_URL": fake_graph.url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/bot.sqlite3",
        "PROGRAM_FILES": str(SHIPPED_PROGRAM),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "LOG_LEVEL": "DEBUG",
    }
    process = await bot_process("serve", env=env)
    assert process.stderr is not None and process.stdout is not None
    # At DEBUG it writes a lot; uvicorn's access log goes to standard output.
    reading = asyncio.gather(process.stderr.read(), process.stdout.read())
    verify = values["MESSENGER_VERIFY_TOKEN"]
    answer = None
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            for _ in range(600):
                try:
                    answer = await client.get(
                        "/messenger/webhook",
                        params={
                            "hub.mode": "subscribe",
                            "hub.verify_token": verify,
                            "hub.challenge": "CHALLENGE",
                        },
                    )
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.05)
            signing_in = await client.get("/admin/login", params={"token": TOKEN})
        assert answer is not None and (answer.status_code, answer.text) == (200, "CHALLENGE")
        assert signing_in.status_code == 403  # a token the bot never made
    finally:
        process.send_signal(signal.SIGTERM)
        err, out = await asyncio.wait_for(reading, 30)
        await process.wait()
    log = err.decode() + out.decode()
    assert "setWebhook" in log and "GET /messenger/webhook?hub.mode=subscribe" in log
    assert '"GET /admin/login?token=[redacted] HTTP/1.1" 403' in log and TOKEN not in log
    known = {**values, "TELEGRAM_BOT_TOKEN": fake.token}
    assert [name for name, value in known.items() if value in log or quote(value) in log] == []
