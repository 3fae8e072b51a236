"""Running Messenger: its channel and routes on the shared web server, served by uvicorn."""

from __future__ import annotations

import logging

import uvicorn
from starlette.routing import BaseRoute

from bot.app import App, build_app
from bot.channels.messenger.channel import MessengerChannel
from bot.channels.messenger.config import MessengerConfig
from bot.channels.messenger.graph import GraphClient
from bot.channels.messenger.webhook import webhook_routes
from bot.core.clock import Clock
from bot.core.settings import Settings
from bot.web import create_web_app

log = logging.getLogger(__name__)


def install_messenger(app: App) -> list[BaseRoute]:
    """Add the Messenger channel to ``app`` when ``MESSENGER_PAGE_ACCESS_TOKEN`` is set, and
    return its webhook routes for ``create_web_app`` (none when Messenger is not configured)."""
    config = MessengerConfig.from_settings(app.settings)
    if not config.page_access_token:
        return []
    if not config.app_secret or not config.verify_token:
        raise ValueError("Messenger needs MESSENGER_APP_SECRET and MESSENGER_VERIFY_TOKEN")
    channel = MessengerChannel(config, GraphClient(config), app.clock)
    app.add_channel(channel)
    return webhook_routes(channel, app.dispatcher.handle, app.clock)


async def serve_messenger(settings: Settings, clock: Clock) -> int:
    """The web server with ``/healthz`` and ``/messenger/webhook`` on ``HOST``:``PORT``."""
    app = await build_app(settings, clock)
    try:
        web = create_web_app(app, install_messenger(app))
        config = uvicorn.Config(
            web,
            host=settings.get("HOST", "0.0.0.0"),
            port=int(settings.get("PORT", "8080")),
            log_level=settings.log_level.lower(),
        )
        await uvicorn.Server(config).serve()
    finally:
        await app.close()
    return 0
