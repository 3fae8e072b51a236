"""The bare python-telegram-bot echo bot, the baseline of ``bench/updates.py``, in a process
of its own: an ``Application`` echoing every message and answering every button, behind a
minimal Starlette webhook served by uvicorn on the socket ``python -m bot serve`` uses
(``TCP_NODELAY``), with the bot's own HTTP client to the Bot API.

``python bench/support/echo_bot.py FAKE_URL PORT``; ``GET /healthz`` answers once it is up.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.support.processes import SECRET
from bot.channels.telegram.webhook import PATH, SECRET_HEADER
from bot.serve import TelegramSettings, make_bot
from bot.web import listening_socket
from tests.fake_telegram import TOKEN


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None and update.effective_chat is not None:
        await context.bot.send_message(
            update.effective_chat.id, update.effective_message.text or ""
        )


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is not None:
        await query.answer()
        await context.bot.send_message(query.from_user.id, query.data or "")


async def main(fake_url: str, port: int) -> None:
    bot = make_bot(TelegramSettings(TOKEN, api_base_url=fake_url))
    application = Application.builder().bot(bot).updater(None).build()
    application.add_handler(MessageHandler(filters.ALL, echo))
    application.add_handler(CallbackQueryHandler(pressed))
    await application.initialize()

    async def webhook(request: Request) -> Response:
        if request.headers.get(SECRET_HEADER) != SECRET:
            return PlainTextResponse("forbidden", status_code=403)
        await application.process_update(Update.de_json(await request.json(), application.bot))
        return PlainTextResponse("ok")

    async def healthz(request: Request) -> Response:
        return PlainTextResponse("ok")

    web = Starlette(routes=[Route(PATH, webhook, methods=["POST"]), Route("/healthz", healthz)])
    server = uvicorn.Server(uvicorn.Config(web, log_level="warning", lifespan="off"))
    try:
        await server.serve(sockets=[listening_socket("127.0.0.1", port)])
    finally:
        await application.shutdown()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
