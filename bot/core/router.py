"""Routes an incoming message to its handler: commands, buttons, flow steps, files, free text.

Feature modules each build a small ``Router`` and the application includes them in order.
Commands win over everything, so ``/help`` works in the middle of a flow; a button goes to the
flow it belongs to or to the handler of its prefix (``lang:ja`` → prefix ``lang``); typed text
and files go to the current flow step, then to the attachment handler, then to the fallback.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.core.context import Context
from bot.core.flows import FLOW_PREFIX, Flow, FlowEngine

Handler = Callable[[Context], Awaitable[None]]


@dataclass(frozen=True)
class Command:
    name: str
    handler: Handler
    help_id: str | None
    roles: frozenset[str]
    """Any one of these roles may use it; empty means everyone."""

    def allowed(self, ctx: Context) -> bool:
        return not self.roles or bool(self.roles & ctx.roles)


@dataclass(frozen=True)
class ButtonRoute:
    handler: Handler
    roles: frozenset[str]


@dataclass(frozen=True)
class MenuItem:
    label_id: str
    payload: str
    roles: frozenset[str]


class Router:
    def __init__(self) -> None:
        self.commands: dict[str, Command] = {}
        self.buttons: dict[str, ButtonRoute] = {}
        self.deep_links: dict[str, Handler] = {}
        self.menu: list[MenuItem] = []
        self.flows = FlowEngine()
        self.attachment_handler: Handler | None = None
        self.fallback: Handler | None = None
        self.first_contact: Handler | None = None
        """Takes typed text and files from someone who has not chosen a language yet."""

    def command(
        self, name: str, *, help_id: str | None = None, roles: tuple[str, ...] = ()
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            if name in self.commands:
                raise ValueError(f"/{name} is registered twice")
            self.commands[name] = Command(name, handler, help_id, frozenset(roles))
            return handler

        return register

    def button(self, prefix: str, *, roles: tuple[str, ...] = ()) -> Callable[[Handler], Handler]:
        if ":" in prefix or prefix.startswith(FLOW_PREFIX):
            raise ValueError(f"bad button prefix {prefix!r}")

        def register(handler: Handler) -> Handler:
            if prefix in self.buttons:
                raise ValueError(f"button prefix {prefix!r} is registered twice")
            self.buttons[prefix] = ButtonRoute(handler, frozenset(roles))
            return handler

        return register

    def deep_link(self, prefix: str) -> Callable[[Handler], Handler]:
        """Handle ``/start <prefix>_<rest>`` (Telegram deep links, Messenger m.me refs)."""

        def register(handler: Handler) -> Handler:
            self.deep_links[prefix] = handler
            return handler

        return register

    def menu_item(self, label_id: str, payload: str, *, roles: tuple[str, ...] = ()) -> None:
        self.menu.append(MenuItem(label_id, payload, frozenset(roles)))

    def add_flow(self, flow: Flow) -> Flow:
        self.flows.add(flow)
        return flow

    def include(self, other: Router) -> None:
        for name, command in other.commands.items():
            if name in self.commands:
                raise ValueError(f"/{name} is registered twice")
            self.commands[name] = command
        for prefix, route in other.buttons.items():
            if prefix in self.buttons:
                raise ValueError(f"button prefix {prefix!r} is registered twice")
            self.buttons[prefix] = route
        self.deep_links.update(other.deep_links)
        self.menu.extend(other.menu)
        for flow in other.flows.flows.values():
            self.flows.add(flow)
        self.attachment_handler = other.attachment_handler or self.attachment_handler
        self.fallback = other.fallback or self.fallback
        self.first_contact = other.first_contact or self.first_contact

    def deep_link_handler(self, payload: str) -> Handler | None:
        prefix = payload.split("_", 1)[0]
        return self.deep_links.get(prefix)

    async def route(self, ctx: Context) -> None:
        message = ctx.message
        if message.command is not None:
            command = self.commands.get(message.command)
            if command is None:
                ctx.reply("unknown-command", command=message.command)
            elif not command.allowed(ctx):
                ctx.reply("not-allowed")
            else:
                await command.handler(ctx)
            return
        if message.payload is not None:
            await self._route_button(ctx, message.payload)
            return
        if await self.flows.on_input(ctx):
            return
        if ctx.participant.language is None and self.first_contact is not None:
            await self.first_contact(ctx)
        elif message.attachments and self.attachment_handler is not None:
            await self.attachment_handler(ctx)
        elif self.fallback is not None:
            await self.fallback(ctx)

    async def _route_button(self, ctx: Context, payload: str) -> None:
        if payload.startswith(FLOW_PREFIX):
            await self.flows.on_button(ctx, payload)
            return
        route = self.buttons.get(payload.split(":", 1)[0])
        if route is None:
            await self.flows.stale(ctx)
        elif route.roles and not route.roles & ctx.roles:
            ctx.reply("not-allowed")
        else:
            await route.handler(ctx)


def button_value(ctx: Context) -> str:
    """What follows the prefix of the pressed button: ``lang:ja`` → ``ja``."""
    payload = ctx.message.payload or ""
    return payload.split(":", 1)[1] if ":" in payload else ""
