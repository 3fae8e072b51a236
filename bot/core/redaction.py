"""No secret in any log line: every configured secret is replaced wherever a record carries it.

Installed at start (``python -m bot``, before anything logs) as the log record factory, so it
reaches every logger, also those that bring their own handlers and formatters (uvicorn's access
log prints the query string of the Messenger handshake, python-telegram-bot's debug log the
parameters of ``setWebhook``). A record is redacted when it is made: its message and its string
arguments, the message as formatted (the text of any other argument, when it is formatted),
its traceback, chained causes included (formatted once, into ``exc_text``, which the standard
``Formatter`` prints instead of formatting the exception again), and its stack. A secret is
also found percent-encoded, as it appears in a URL. Uncaught exceptions go through the same
redaction (``sys.excepthook``).

The secrets are the values of ``bot.core.settings.SECRETS`` (``Settings.secret_values()``),
those the process makes for itself (the dashboard's signing key when ``DASHBOARD_SECRET`` is
unset: ``also_redact``), and whatever follows ``token=`` in a URL's query: the dashboard's
one-time sign-in links (``/admin/login?token=…``), which uvicorn's access log prints and which
the chat message carrying the link holds, are made per person, so no list can name them.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any
from urllib.parse import quote, quote_plus

MASK = "[redacted]"
URL_TOKEN = re.compile(r"(?<=[?&]token=)[\w-]+|(?<=%3Ftoken%3D)[\w-]+|(?<=%26token%3D)[\w-]+", re.I)
"""The value of a ``token`` query parameter, also in a percent-encoded URL (a sign-in token
is URL-safe base64: letters, digits, ``-`` and ``_``)."""


class Redactor:
    def __init__(self, secrets: Iterable[str]) -> None:
        self.secrets = [secret for secret in secrets if secret]
        forms: set[str] = set()
        for secret in self.secrets:
            if secret:
                forms.update((secret, quote(secret, safe=""), quote_plus(secret)))
        # Longest first: a secret that contains another is replaced whole.
        self.forms = sorted(forms, key=len, reverse=True)

    def text(self, value: str) -> str:
        for form in self.forms:
            if form in value:
                value = value.replace(form, MASK)
        if "oken" in value or "OKEN" in value:  # most lines have no token: a cheap test first
            value = URL_TOKEN.sub(MASK, value)
        return value

    def record(self, record: logging.LogRecord) -> logging.LogRecord:
        """Redact the message and the string arguments now (a formatter of its own, such as
        uvicorn's access log, reads them directly), the text of the other arguments when the
        message is formatted (``getMessage``: only then is it worth making), and the
        traceback now."""
        if isinstance(record.msg, str):
            record.msg = self.text(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(self.text(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: self.text(a) if isinstance(a, str) else a for k, a in record.args.items()
            }
        formatted = record.getMessage
        record.getMessage = lambda: self.text(formatted())  # type: ignore[method-assign]
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = self.text(
                "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            )
        if record.stack_info:
            record.stack_info = self.text(record.stack_info)
        return record


_installed: Redactor | None = None


def install_redaction(secrets: Iterable[str]) -> Redactor:
    """Redact ``secrets`` from every log record made from now on, and from uncaught
    exceptions. Installing again replaces the secrets (the factory is wrapped once)."""
    global _installed
    redactor = Redactor(secrets)
    if _installed is None:
        make = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = make(*args, **kwargs)
            return _installed.record(record) if _installed is not None else record

        logging.setLogRecordFactory(factory)
        sys.excepthook = _excepthook(sys.excepthook)
    _installed = redactor
    return redactor


def also_redact(secrets: Iterable[str]) -> None:
    """Add secrets the process made itself to those redacted (nothing when redaction is not
    installed: tests that build an app without ``python -m bot``)."""
    if _installed is not None:
        install_redaction([*_installed.secrets, *secrets])


def _excepthook(
    previous: Callable[[type[BaseException], BaseException, TracebackType | None], Any],
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if _installed is None:
            previous(kind, error, tb)
            return
        sys.stderr.write(_installed.text("".join(traceback.format_exception(kind, error, tb))))

    return hook
