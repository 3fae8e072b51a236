"""Every setting of the bot, typed and documented, read from the environment and from a
``.env`` file in the working directory (the environment wins), checked once at start.

A bad value stops the process with one line naming the setting and what it allows
(``SettingsError``). The README's settings table lists these fields; a test keeps the two in
step. Secrets are ``SecretStr``: they print as ``**********``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHIPPED_PROGRAM = PROJECT_ROOT / "programs" / "mics-2024.toml"
LANGUAGES = ("mn", "ja", "en")
Language = Literal["mn", "ja", "en"]
FREE_TELEGRAM_RATE = 30.0
PAID_TELEGRAM_RATE = 1000.0
SECRETS = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_WEBHOOK_SECRET",
    "MESSENGER_PAGE_ACCESS_TOKEN",
    "MESSENGER_APP_SECRET",
    "MESSENGER_VERIFY_TOKEN",
    "DASHBOARD_SECRET",
)
"""The settings that must never appear in a log line."""


class SettingsError(ValueError):
    """A setting with a value it does not allow; the message is one line for the operator."""


def setting(env: str, default: Any, doc: str, **constraints: Any) -> Any:
    """A field read from the environment variable ``env`` (also accepted by its field name)."""
    return Field(
        default,
        validation_alias=AliasChoices(env.lower(), env),
        description=doc,
        **constraints,
    )


CommaList = Annotated[tuple[str, ...], NoDecode]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
        populate_by_name=True,
    )

    database_url: str = setting(
        "DATABASE_URL",
        "sqlite+aiosqlite:///data/bot.sqlite3",
        "SQLite (embedded) or `postgresql+asyncpg://user:pass@host/db`",
    )
    program_files: CommaList = setting(
        "PROGRAM_FILES",
        (str(SHIPPED_PROGRAM),),
        "program files loaded on start, comma-separated (default: the shipped MICS 2024 file)",
    )
    organizers: Annotated[frozenset[str], NoDecode] = Field(
        frozenset(),
        validation_alias=AliasChoices("organizers", "BOT_ORGANIZERS"),
        description="`channel:id` of people who are organizers of every program, "
        "comma-separated (`telegram:12345,console:org`)",
    )
    clock: str | None = Field(
        None,
        validation_alias=AliasChoices("clock", "BOT_CLOCK"),
        description="start the bot's clock at this ISO 8601 instant with an offset "
        "(a rehearsal); empty means real time; `--clock` wins",
    )
    default_language: Language = setting(
        "DEFAULT_LANGUAGE",
        "en",
        "the language of someone who has not chosen one and whose platform gives no hint",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] | None = setting(
        "LOG_LEVEL",
        None,
        "Python logging level, to standard error (default `INFO`, `WARNING` in the console chat)",
    )
    locales_dir: Path = setting("LOCALES_DIR", PROJECT_ROOT / "locales", "the Fluent files")
    host: str = setting("HOST", "0.0.0.0", "where the web server and the worker's endpoint listen")
    port: int = setting(
        "PORT", 8080, "the web server's port (webhooks, `/healthz`, `/metrics`)", ge=0, le=65535
    )
    worker_port: int = setting(
        "WORKER_PORT",
        9090,
        "where `python -m bot worker` serves `/healthz` and `/metrics` (0: any free port)",
        ge=0,
        le=65535,
    )
    files_dir: Path = setting(
        "FILES_DIR",
        Path("data/files"),
        "handed-in files (content-addressed, never overwritten) and ZIP exports too large to "
        "send (`FILES_DIR/exports`)",
    )
    consent_version: str = setting(
        "CONSENT_VERSION",
        "2024-1",
        "version of the consent text; change it with the text and everyone is asked again",
        min_length=1,
    )
    role_invite_days: int = setting(
        "ROLE_INVITE_DAYS", 7, "how long a role invite stays valid, in days", ge=1, le=365
    )
    invite_max_wrong_codes: int = setting(
        "INVITE_MAX_WRONG_CODES", 5, "wrong invite codes a person may type…", ge=1
    )
    invite_wrong_code_minutes: int = setting(
        "INVITE_WRONG_CODE_MINUTES",
        15,
        "…within this many minutes before codes are refused for that long",
        ge=1,
    )
    telegram_bot_token: SecretStr | None = setting(
        "TELEGRAM_BOT_TOKEN", None, "the token from @BotFather; when set, Telegram runs"
    )
    telegram_api_base_url: str = setting(
        "TELEGRAM_API_BASE_URL",
        "https://api.telegram.org",
        "the Bot API server: `{base}/bot{token}/{method}` (a local server, or the test fake)",
    )
    telegram_webhook_url: str | None = setting(
        "TELEGRAM_WEBHOOK_URL",
        None,
        "public HTTPS URL of `/telegram/webhook`; empty means long polling",
    )
    telegram_webhook_secret: SecretStr | None = setting(
        "TELEGRAM_WEBHOOK_SECRET",
        None,
        "required with a webhook URL: 1-256 of `A-Za-z0-9_-`, checked on every push",
    )
    telegram_paid_broadcast: bool = setting(
        "TELEGRAM_PAID_BROADCAST",
        False,
        "`1`: outbox sends carry `allow_paid_broadcast` (0.1 Star per message above 30/s) "
        "and `TELEGRAM_RATE` may go up to 1000",
    )
    telegram_rate_setting: float | None = setting(
        "TELEGRAM_RATE",
        None,
        "messages per second the outbox sends to Telegram overall (default and most: 30, "
        "or 1000 with paid broadcasts)",
        gt=0,
    )
    telegram_per_chat_rate: float = setting(
        "TELEGRAM_PER_CHAT_RATE", 1.0, "messages per second to one Telegram chat", gt=0, le=30
    )
    messenger_page_access_token: SecretStr | None = setting(
        "MESSENGER_PAGE_ACCESS_TOKEN",
        None,
        "the Page access token; when set, the Messenger webhook is served",
    )
    messenger_app_secret: SecretStr | None = setting(
        "MESSENGER_APP_SECRET",
        None,
        "the Meta app secret: every webhook POST's `X-Hub-Signature-256` is checked with it",
    )
    messenger_verify_token: SecretStr | None = setting(
        "MESSENGER_VERIFY_TOKEN", None, "the token the webhook's GET handshake answers"
    )
    messenger_page_username: str | None = setting(
        "MESSENGER_PAGE_USERNAME",
        None,
        "the Page's username: invite links become `https://m.me/<username>?ref=…`",
    )
    messenger_graph_api_url: str = setting(
        "MESSENGER_GRAPH_API_URL", "https://graph.facebook.com", "the Graph API (tests: a fake)"
    )
    messenger_graph_api_version: str = setting(
        "MESSENGER_GRAPH_API_VERSION", "v26.0", "the Graph API version of every call"
    )
    serve_outbox: bool = setting(
        "SERVE_OUTBOX",
        True,
        "`0`: `serve` answers webhooks and the dashboard only, and leaves the outbox "
        "(reminders, broadcasts, notices) to the `worker` processes (the scale-out shape)",
    )
    outbox_tick_seconds: float = setting(
        "OUTBOX_TICK_SECONDS", 5.0, "how often the delivery loop claims due outbox rows", gt=0
    )
    reminder_plan_seconds: float = setting(
        "REMINDER_PLAN_SECONDS",
        60.0,
        "how often the planners add the rows due in the next 15 minutes",
        gt=0,
    )
    outbox_batch: int = setting(
        "OUTBOX_BATCH", 500, "rows claimed per claim (the next is claimed ahead)", ge=1
    )
    outbox_lease_seconds: float = setting(
        "OUTBOX_LEASE_SECONDS",
        300.0,
        "how long a claim holds its rows; after it another worker may take them",
        gt=0,
    )
    outbox_lanes: int = setting("OUTBOX_LANES", 8, "sends in flight at once", ge=1, le=256)
    shutdown_seconds: float = setting(
        "SHUTDOWN_SECONDS",
        10.0,
        "how long a stopping process (SIGTERM) lets the work in flight finish before it "
        "cancels it and hands its claimed outbox rows back to the other workers",
        gt=0,
    )
    outbox_worker_id: str | None = setting(
        "OUTBOX_WORKER_ID",
        None,
        "a name the process keeps across restarts (unique per process): on start it takes "
        "back the outbox and inbox rows it had claimed",
    )
    inbox_lease_seconds: float = setting(
        "INBOX_LEASE_SECONDS",
        60.0,
        "how long a process holds the webhook events it claimed from the inbox; after it "
        "(the process died) another process handles them",
        gt=0,
    )
    public_base_url: str | None = setting(
        "PUBLIC_BASE_URL",
        None,
        "the public address of the web server (`https://bot.example.org`): the dashboard's "
        "sign-in links start with it; the console chat uses its local address",
    )
    dashboard_session_hours: float = setting(
        "DASHBOARD_SESSION_HOURS",
        8.0,
        "how long a dashboard sign-in lasts, in hours",
        gt=0,
        le=24 * 30,
    )
    dashboard_secret: SecretStr | None = setting(
        "DASHBOARD_SECRET",
        None,
        "the key that signs dashboard session cookies; empty: one is made on first start and "
        "kept in the database",
    )
    broadcast_fallback: Annotated[tuple[Language, ...], NoDecode] = setting(
        "BROADCAST_FALLBACK",
        ("mn", "ja", "en"),
        "the versions a reader gets when the organizer wrote none in theirs, in order",
        min_length=1,
    )
    helpdesk_group: Annotated[frozenset[str], NoDecode] = setting(
        "HELPDESK_GROUP",
        frozenset(),
        "`channel:id` of the organizers told of new helpdesk questions, comma-separated "
        "(empty, or none of them an organizer of the program: all its organizers)",
    )
    helpdesk_remind_hours: float = setting(
        "HELPDESK_REMIND_HOURS",
        24.0,
        "a helpdesk question nobody has answered after this many hours reminds the organizers, "
        "once",
        gt=0,
        le=24 * 30,
    )
    seat_offer_hours: float = setting(
        "SEAT_OFFER_HOURS",
        12.0,
        "how long a seat freed at a full event is held for the first on its waiting list before "
        "it is offered to the next, in hours",
        gt=0,
        le=168,
    )
    matching_max_open_requests: int = setting(
        "MATCHING_MAX_OPEN_REQUESTS",
        5,
        "how many introduction requests a visitor may have waiting for an answer at once "
        "(co-creation matching; against spam)",
        ge=1,
        le=50,
    )
    matching_expiry_days: int = setting(
        "MATCHING_EXPIRY_DAYS",
        14,
        "an introduction request no team lead answered in this many days expires, and the "
        "visitor is told",
        ge=1,
        le=90,
    )

    @field_validator(
        "program_files", "organizers", "broadcast_fallback", "helpdesk_group", mode="before"
    )
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator(
        "clock",
        "log_level",
        "telegram_bot_token",
        "telegram_webhook_url",
        "telegram_webhook_secret",
        "telegram_rate_setting",
        "messenger_page_access_token",
        "messenger_app_secret",
        "messenger_verify_token",
        "messenger_page_username",
        "outbox_worker_id",
        "public_base_url",
        "dashboard_secret",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        cap = PAID_TELEGRAM_RATE if self.telegram_paid_broadcast else FREE_TELEGRAM_RATE
        if self.telegram_rate_setting is not None and self.telegram_rate_setting > cap:
            raise ValueError(
                f"TELEGRAM_RATE: at most {cap:g} messages per second"
                + ("" if self.telegram_paid_broadcast else " (1000 with TELEGRAM_PAID_BROADCAST=1)")
            )
        # A batch is sent at the paced rate while the next is claimed ahead: a row may wait two
        # batches' time; a lease that ends first lets a worker claim it again and send it twice.
        least = 2 * self.outbox_batch / self.telegram_rate
        if self.outbox_lease_seconds < least:
            raise ValueError(
                f"OUTBOX_LEASE_SECONDS: at least {least:g} s (2 × OUTBOX_BATCH / TELEGRAM_RATE): "
                "a claimed row may wait that long for its send, and a lease that ends first "
                "sends it twice"
            )
        if self.telegram_webhook_url and not _webhook_secret_ok(self.telegram_webhook_secret):
            raise ValueError(
                "TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL, 1-256 of A-Za-z0-9_-"
            )
        messenger = (
            self.messenger_page_access_token,
            self.messenger_app_secret,
            self.messenger_verify_token,
        )
        base = self.public_base_url
        if base is not None and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", base):
            raise ValueError("PUBLIC_BASE_URL: an http:// or https:// address, without a query")
        if messenger[0] is not None and None in messenger:
            raise ValueError(
                "MESSENGER_APP_SECRET and MESSENGER_VERIFY_TOKEN: required with "
                "MESSENGER_PAGE_ACCESS_TOKEN"
            )
        return self

    @property
    def telegram_rate(self) -> float:
        """Messages per second overall: ``TELEGRAM_RATE``, else 30 (1000 when paid)."""
        if self.telegram_rate_setting is not None:
            return self.telegram_rate_setting
        return PAID_TELEGRAM_RATE if self.telegram_paid_broadcast else FREE_TELEGRAM_RATE

    @property
    def base_url(self) -> str | None:
        """``PUBLIC_BASE_URL`` without a trailing slash."""
        return self.public_base_url.rstrip("/") if self.public_base_url else None

    def secret_values(self) -> list[str]:
        """The configured secrets, for the log filter that redacts them."""
        values = (getattr(self, name.lower()) for name in SECRETS)
        return [value.get_secret_value() for value in values if value is not None]

    @classmethod
    def from_env(cls, env: Mapping[str, object]) -> Settings:
        """The settings of exactly ``env`` (environment names, or field names, to values),
        ignoring the process environment and ``.env``: for tests and tools."""
        return _checked(lambda: cls.model_validate(dict(env)))

    @classmethod
    def load(cls) -> Settings:
        """The settings of this process: the environment, then ``.env``."""
        return _checked(cls)


def _webhook_secret_ok(secret: SecretStr | None) -> bool:
    return secret is not None and bool(
        re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret.get_secret_value())
    )


def env_name(field: str) -> str:
    """The environment variable of a field (``outbox_lanes`` → ``OUTBOX_LANES``)."""
    info = Settings.model_fields[field]
    alias = info.validation_alias
    if isinstance(alias, AliasChoices):
        return str(alias.choices[-1])
    return field.upper()


def _checked(build: Any) -> Settings:
    try:
        settings: Settings = build()
    except ValidationError as error:
        first = error.errors()[0]
        location = first.get("loc", ())
        if not location:
            raise SettingsError(str(first["msg"]).removeprefix("Value error, ")) from None
        field = str(location[0])
        name = env_name(field) if field in Settings.model_fields else field.upper()
        shown = "" if name in SECRETS else f" (got {first.get('input')!r})"
        raise SettingsError(f"{name}: {first['msg']}{shown}") from None
    return settings
