"""The router: one owner for each command, button prefix, deep link and catch-all handler;
roles checked on every command and button; a payload that does not parse is an old button."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.core.context import Context
from bot.core.feature import Feature, build_router
from bot.core.payloads import Payload
from bot.core.router import Router
from handlers import FEATURES


@dataclass(frozen=True)
class Ping(Payload, prefix="ping"):
    n: int


async def nothing(ctx: Context) -> None:
    return None


async def pressed(ctx: Context, value: Ping) -> None:
    return None


def _router_with(slot: str) -> Router:
    router = Router()
    setattr(router, slot, nothing)
    return router


@pytest.mark.parametrize("slot", ["fallback", "first_contact", "attachment_handler"])
def test_a_second_catch_all_handler_is_refused(slot: str) -> None:
    router = _router_with(slot)
    with pytest.raises(ValueError, match="second"):
        router.include(_router_with(slot))


def test_a_command_button_or_deep_link_claimed_twice_is_refused() -> None:
    first, second = Router(), Router()
    for router in (first, second):
        router.command("same")(nothing)
        router.button(Ping)(pressed)
        router.deep_link("link")(nothing)
    only_buttons = Router()
    only_buttons.button(Ping)(pressed)
    only_links = Router()
    only_links.deep_link("link")(nothing)
    combined = Router()
    combined.include(first)
    for other, message in ((second, "/same"), (only_buttons, "ping"), (only_links, "link")):
        with pytest.raises(ValueError, match=message):
            combined.include(other)


def test_the_shipped_features_each_claim_their_own_routes() -> None:
    router = build_router(FEATURES)
    assert [feature.name for feature in FEATURES] == [
        "onboarding",
        "programs",
        "schedule",
        "teams",
        "roles",
        "privacy",
        "decks",
        "mentoring",
        "broadcast",
        "helpdesk",
        "eventday",
        "selection",
        "dashboard",
        "progress",
        "matching",
    ]
    assert (router.fallback, router.first_contact) != (None, None)
    assert router.attachment_handler is not None
    with pytest.raises(ValueError):
        build_router((*FEATURES, Feature("again", routers=FEATURES[0].routers)))
