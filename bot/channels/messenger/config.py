"""The ``MESSENGER_*`` settings, read once (see the README settings table)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.settings import Settings

DEFAULT_GRAPH_API_URL = "https://graph.facebook.com"
DEFAULT_GRAPH_API_VERSION = "v26.0"


@dataclass(frozen=True)
class MessengerConfig:
    page_access_token: str
    app_secret: str
    verify_token: str
    graph_api_url: str = DEFAULT_GRAPH_API_URL
    graph_api_version: str = DEFAULT_GRAPH_API_VERSION
    page_username: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> MessengerConfig:
        return cls(
            page_access_token=settings.get("MESSENGER_PAGE_ACCESS_TOKEN"),
            app_secret=settings.get("MESSENGER_APP_SECRET"),
            verify_token=settings.get("MESSENGER_VERIFY_TOKEN"),
            graph_api_url=settings.get("MESSENGER_GRAPH_API_URL", DEFAULT_GRAPH_API_URL).rstrip(
                "/"
            ),
            graph_api_version=settings.get(
                "MESSENGER_GRAPH_API_VERSION", DEFAULT_GRAPH_API_VERSION
            ),
            page_username=settings.get("MESSENGER_PAGE_USERNAME"),
        )

    @property
    def base_url(self) -> str:
        return f"{self.graph_api_url}/{self.graph_api_version}"
