"""Messenger on the shared web server: its channel and its webhook routes (``bot.serve``)."""

from __future__ import annotations

import logging

from starlette.routing import BaseRoute

from bot.app import App
from bot.channels.messenger.channel import MessengerChannel
from bot.channels.messenger.config import MessengerConfig
from bot.channels.messenger.graph import GraphClient
from bot.channels.messenger.webhook import webhook_routes

log = logging.getLogger(__name__)


def install_messenger(app: App) -> list[BaseRoute]:
    """Add the Messenger channel to ``app`` when ``MESSENGER_PAGE_ACCESS_TOKEN`` is set, and
    return its webhook routes for ``create_web_app`` (none when Messenger is not configured)."""
    config = MessengerConfig.from_settings(app.settings)
    if config is None:
        return []
    channel = MessengerChannel(config, GraphClient(config), app.clock)
    app.add_channel(channel)
    return webhook_routes(channel, app.dispatcher.handle, app.clock, app.dispatcher.record_read)
