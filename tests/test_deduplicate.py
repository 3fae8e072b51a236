"""A message whose platform id was handled before is dropped, on any channel; a failed one is
handled again when redelivered."""

from __future__ import annotations

from bot.app import App
from bot.core.context import Context
from bot.core.messages import IncomingMessage
from bot.core.ports import CollectingChannel

PROMPT = "Хэлээ сонгоно уу · 言語を選んでください · Choose your language"


def hello(app: App, platform_id: str | None, channel: str = "test") -> IncomingMessage:
    return IncomingMessage(
        channel=channel,
        sender_id="42",
        received_at=app.clock.now(),
        text="hello",
        platform_message_id=platform_id,
    )


def texts(sink: CollectingChannel) -> list[str]:
    return [sent.message.text for sent in sink.sent]


async def test_the_same_platform_message_id_is_handled_once(app: App) -> None:
    sink = CollectingChannel("test")
    app.add_channel(sink)
    for _ in range(3):
        await app.dispatcher.handle(hello(app, "mid.1"))
    assert texts(sink) == [PROMPT]
    await app.dispatcher.handle(hello(app, "mid.2"))
    assert texts(sink) == [PROMPT, "Please answer with one of the buttons.", PROMPT]


async def test_ids_are_per_channel_and_messages_without_an_id_always_run(app: App) -> None:
    test, other = CollectingChannel("test"), CollectingChannel("other")
    app.add_channel(test)
    app.add_channel(other)
    await app.dispatcher.handle(hello(app, "mid.1", "test"))
    await app.dispatcher.handle(hello(app, "mid.1", "other"))
    await app.dispatcher.handle(hello(app, None, "test"))
    assert (texts(test), texts(other)) == (
        [PROMPT, "Please answer with one of the buttons.", PROMPT],
        [PROMPT],
    )


async def test_a_message_whose_handling_failed_runs_again_when_redelivered(app: App) -> None:
    sink = CollectingChannel("test")
    app.add_channel(sink)
    original = app.dispatcher.router.first_contact

    async def broken(ctx: Context) -> None:
        raise RuntimeError("boom")

    app.dispatcher.router.first_contact = broken
    try:
        await app.dispatcher.handle(hello(app, "mid.1"))
    finally:
        app.dispatcher.router.first_contact = original
    await app.dispatcher.handle(hello(app, "mid.1"))
    assert texts(sink) == [
        "Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.",
        PROMPT,
    ]
