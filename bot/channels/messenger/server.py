"""Messenger on the shared web server: its channel, its webhook routes (``bot.serve``) and
the consumer of its inbox, which ``serve`` starts and stops."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from starlette.routing import BaseRoute

from bot.app import App
from bot.channels.messenger.channel import MessengerChannel
from bot.channels.messenger.config import MessengerConfig
from bot.channels.messenger.events import Item
from bot.channels.messenger.graph import GraphClient
from bot.channels.messenger.inbound import to_message
from bot.channels.messenger.webhook import webhook_routes
from bot.core.inbox import InboxConsumer
from bot.core.messages import IncomingMessage

log = logging.getLogger(__name__)


def inbox_of(app: App, channel: MessengerChannel) -> InboxConsumer:
    """The consumer that hands the webhook's inbox rows to the dispatcher."""

    def message(payload: dict[str, Any], received_at: datetime) -> IncomingMessage | None:
        item = Item.model_validate(payload)  # validated by the webhook; cheap to rebuild
        return to_message(
            item, channel.name, received_at, channel.downloads, channel.numbered_choice
        )

    settings = app.settings
    return InboxConsumer(
        channel.name,
        app.sessions,
        app.dispatcher,
        app.clock,
        message,
        owner=settings.outbox_worker_id,
        lease=timedelta(seconds=settings.inbox_lease_seconds),
    )


def install_messenger(app: App) -> list[BaseRoute]:
    """Add the Messenger channel to ``app`` when ``MESSENGER_PAGE_ACCESS_TOKEN`` is set, with
    the consumer of its inbox (``app.inboxes``, started by whoever serves), and return its
    webhook routes for ``create_web_app`` (none when Messenger is not configured)."""
    config = MessengerConfig.from_settings(app.settings)
    if config is None:
        return []
    channel = MessengerChannel(config, GraphClient(config), app.clock)
    app.add_channel(channel)
    inbox = inbox_of(app, channel)
    app.inboxes.append(inbox)
    return webhook_routes(channel, inbox, app.clock, app.dispatcher.record_read)
