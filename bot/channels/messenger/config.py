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
    def from_settings(cls, settings: Settings) -> MessengerConfig | None:
        """The Messenger channel's settings; ``None`` without a Page access token (the settings
        refuse a token without the app secret and the verify token)."""
        token, secret, verify = (
            settings.messenger_page_access_token,
            settings.messenger_app_secret,
            settings.messenger_verify_token,
        )
        if token is None or secret is None or verify is None:
            return None
        return cls(
            page_access_token=token.get_secret_value(),
            app_secret=secret.get_secret_value(),
            verify_token=verify.get_secret_value(),
            graph_api_url=settings.messenger_graph_api_url.rstrip("/"),
            graph_api_version=settings.messenger_graph_api_version,
            page_username=settings.messenger_page_username or "",
        )

    @property
    def base_url(self) -> str:
        return f"{self.graph_api_url}/{self.graph_api_version}"
