"""The hardening tests use both platforms' fakes."""

from tests.messenger.conftest import fake_graph, messenger, messenger_settings
from tests.telegram.conftest import fake, sleeps, telegram, webhook_url

__all__ = [
    "fake",
    "fake_graph",
    "messenger",
    "messenger_settings",
    "sleeps",
    "telegram",
    "webhook_url",
]
