"""The Messenger Profile: the Get Started button, a greeting and a persistent menu per locale."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from bot.channels.messenger.inbound import GET_STARTED
from bot.core.messages import Msg
from bot.core.ports import Translator
from bot.core.router import RunCommand

PROFILE_LOCALES = {"mn": "mn_MN", "ja": "ja_JP", "en": "en_US"}
GREETING_LIMIT = 160
MENU_TITLE_LIMIT = 30
MENU = (
    ("messenger-menu-main", RunCommand("menu").pack()),
    ("messenger-menu-help", RunCommand("help").pack()),
    ("messenger-menu-language", RunCommand("language").pack()),
)


def _greeting(translator: Translator, language: str, locale: str) -> dict[str, str]:
    text = translator.render(Msg("messenger-greeting"), language, ZoneInfo("UTC"))
    return {"locale": locale, "text": text[:GREETING_LIMIT]}


def _menu(translator: Translator, language: str, locale: str) -> dict[str, Any]:
    return {
        "locale": locale,
        "composer_input_disabled": False,
        "call_to_actions": [
            {
                "type": "postback",
                "title": translator.render(Msg(label), language, ZoneInfo("UTC"))[
                    :MENU_TITLE_LIMIT
                ],
                "payload": payload,
            }
            for label, payload in MENU
        ],
    }


def profile_body(translator: Translator, default_language: str) -> dict[str, Any]:
    """The body of ``POST /me/messenger_profile``; ``default`` is in ``default_language``."""
    languages = [(default_language, "default"), *PROFILE_LOCALES.items()]
    return {
        "get_started": {"payload": GET_STARTED},
        "greeting": [_greeting(translator, lang, locale) for lang, locale in languages],
        "persistent_menu": [_menu(translator, lang, locale) for lang, locale in languages],
    }
