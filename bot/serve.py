"""``python -m bot serve``: the web server (``/healthz``, ``/metrics``, webhooks, the organizer
dashboard under ``/admin``) and every channel whose settings are present. Telegram runs by
webhook when ``TELEGRAM_WEBHOOK_URL`` is set, else by long polling; Messenger, when
``MESSENGER_PAGE_ACCESS_TOKEN`` is set, by its webhook on the same server."""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial

from starlette.routing import BaseRoute
from telegram import Bot

from bot.app import App, build_app, build_dashboard, make_clock
from bot.channels.messenger.server import install_messenger
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.inbound import ALLOWED_UPDATES, TelegramInbound
from bot.channels.telegram.polling import poll
from bot.channels.telegram.profile import publish_profile
from bot.channels.telegram.transport import AiohttpRequest
from bot.channels.telegram.updates import CHANNEL
from bot.channels.telegram.webhook import PATH, webhook_route
from bot.core.reachability import set_reachable
from bot.core.settings import Settings
from bot.delivery import start_delivery
from bot.web import listening_socket, serve_until, stop_signals, web_server

log = logging.getLogger(__name__)

CONNECTIONS = 64
"""HTTP connections to the Bot API: replies to many chats go out in parallel."""


@dataclass(frozen=True)
class TelegramSettings:
    token: str
    api_base_url: str = "https://api.telegram.org"
    webhook_url: str = ""
    webhook_secret: str = ""
    paid_broadcast: bool = False
    """``TELEGRAM_PAID_BROADCAST=1``: the outbox's sends carry ``allow_paid_broadcast``."""

    @classmethod
    def from_settings(cls, settings: Settings) -> TelegramSettings | None:
        """``None`` without a bot token (the settings check the webhook secret)."""
        if settings.telegram_bot_token is None:
            return None
        secret = settings.telegram_webhook_secret
        return cls(
            token=settings.telegram_bot_token.get_secret_value().strip(),
            api_base_url=settings.telegram_api_base_url.rstrip("/"),
            webhook_url=settings.telegram_webhook_url or "",
            webhook_secret=secret.get_secret_value() if secret is not None else "",
            paid_broadcast=settings.telegram_paid_broadcast,
        )


def make_bot(telegram: TelegramSettings) -> Bot:
    """A Bot calling ``{base}/bot{token}/{method}`` and downloading ``{base}/file/bot{token}/…``."""
    return Bot(
        telegram.token,
        base_url=f"{telegram.api_base_url}/bot",
        base_file_url=f"{telegram.api_base_url}/file/bot",
        request=AiohttpRequest(CONNECTIONS),
        get_updates_request=AiohttpRequest(1),
    )


async def add_telegram(
    app: App, telegram: TelegramSettings, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
) -> TelegramChannel:
    """Log in (``getMe``) and add the Telegram channel to the app, for sending."""

    async def reachability(chat_id: str, reachable: bool) -> None:
        await set_reachable(app.sessions, CHANNEL, chat_id, reachable, app.clock.now())

    channel = TelegramChannel(
        make_bot(telegram), app.services.metrics, reachability, sleep, telegram.paid_broadcast
    )
    await channel.initialize()
    app.add_channel(channel)
    return channel


async def connect_telegram(
    app: App, telegram: TelegramSettings, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
) -> TelegramInbound:
    """Add the channel, publish the bot's profile, and make the receiving side."""
    channel = await add_telegram(app, telegram, sleep)
    default = app.settings.default_language
    await publish_profile(
        channel,
        app.dispatcher.router.commands.values(),
        app.translator,
        app.translator.message_ids(default),
        default,
    )
    return TelegramInbound(channel, app.dispatcher, app.clock)


async def start_telegram(
    inbound: TelegramInbound, telegram: TelegramSettings
) -> tuple[list[BaseRoute], asyncio.Task[None] | None]:
    """By webhook (``setWebhook`` and the route) or by polling (the task that polls)."""
    if telegram.webhook_url:
        await inbound.channel.bot.set_webhook(
            telegram.webhook_url,
            secret_token=telegram.webhook_secret,
            allowed_updates=list(ALLOWED_UPDATES),
        )
        return [webhook_route(inbound, telegram.webhook_secret)], None
    return [], asyncio.create_task(poll(inbound))


async def serve(args: argparse.Namespace, settings: Settings) -> int:
    app = await build_app(settings, make_clock(settings, getattr(args, "clock", None)))
    telegram = TelegramSettings.from_settings(settings)
    # Listen before setWebhook: Telegram pushes at once, and early pushes wait in the backlog.
    listening = listening_socket(settings.host, settings.port)
    stopped = stop_signals()
    grace = settings.shutdown_seconds
    routes: list[BaseRoute] = []
    poller: asyncio.Task[None] | None = None
    inbound: TelegramInbound | None = None
    try:
        if telegram is not None:
            inbound = await connect_telegram(app, telegram)
            routes, poller = await start_telegram(inbound, telegram)
            mode = f"webhook {PATH}" if poller is None else "polling"
            log.info("telegram: @%s by %s", inbound.channel.username, mode)
        routes += install_messenger(app)
        routes += (await build_dashboard(app)).routes
        if app.settings.base_url is None:
            log.warning("dashboard: PUBLIC_BASE_URL is not set, so /dashboard cannot send links")
        stops: list[Callable[[], Awaitable[None]]] = []
        if settings.serve_outbox:  # reminders, notices and broadcasts from the outbox
            stops.append(start_delivery(app).stop)
        for inbox in app.inboxes:  # the Messenger events the webhook acknowledged
            inbox.start()
        stops += [partial(inbox.stop, grace) for inbox in app.inboxes]
        await serve_until(stopped, web_server(app, routes), listening, *stops)
    finally:
        listening.close()
        if poller is not None:
            poller.cancel()
            await asyncio.gather(poller, return_exceptions=True)
        if inbound is not None:
            await inbound.channel.bot.shutdown()
        await close_channels(app)
        await app.close()
    return 0


async def close_channels(app: App) -> None:
    """Close the HTTP clients of the channels that keep their own (Messenger's)."""
    for channel in app.services.channels.values():
        close = getattr(channel, "aclose", None)
        if close is not None:
            await close()


async def add_output_channels(app: App) -> list[TelegramChannel]:
    """Every configured channel, for sending only (the ``worker``): no polling, no routes.
    Returns the Telegram channels, whose HTTP clients must be shut down at the end."""
    telegram = TelegramSettings.from_settings(app.settings)
    added = [await add_telegram(app, telegram)] if telegram is not None else []
    install_messenger(app)
    return added


def register(commands: argparse._SubParsersAction) -> None:
    commands.add_parser(
        "serve", help="run the web server and every configured channel (Telegram, Messenger)"
    ).set_defaults(handler=serve)
