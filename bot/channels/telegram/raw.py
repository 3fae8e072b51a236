"""Bot API calls that return Telegram's JSON as it came, by PTB's public ``Bot.do_api_request``.

Two calls go this way instead of through python-telegram-bot's own method, because that method
would build PTB objects from the answer:

- ``sendMessage`` of a text: only the message id is kept, and building PTB's ``Message`` from
  the answer cost a quarter of a broadcast's CPU per message;
- ``getUpdates``: PTB refuses updates that lack fields current servers always send (see
  ``updates.py``), so ``Bot.get_updates`` would raise on a whole batch for one such update, and
  a poller would never get past it.

``do_api_request`` warns that PTB has a method of its own for these two; going around it is the
point here, so that warning is silenced for these two and no other.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

from telegram import Bot
from telegram.warnings import PTBUserWarning

warnings.filterwarnings(
    "ignore", message=r"Please use 'Bot\.(sendMessage|getUpdates)' instead", category=PTBUserWarning
)


async def send_message(bot: Bot, parameters: dict[str, Any]) -> int:
    """``sendMessage``; the id of the message sent."""
    answer = await bot.do_api_request("sendMessage", api_kwargs=parameters)
    return int(answer["message_id"])


async def get_updates(
    bot: Bot, offset: int | None, timeout: int, allowed_updates: Sequence[str]
) -> list[Any]:
    """``getUpdates`` by long polling for ``timeout`` seconds: the updates as JSON (an answer
    that is not a list counts as none)."""
    result = await bot.do_api_request(
        "getUpdates",
        api_kwargs={"offset": offset, "timeout": timeout, "allowed_updates": list(allowed_updates)},
        read_timeout=timeout + 10,
    )
    return result if isinstance(result, list) else []
