"""Routes an incoming message to its handler: commands, buttons, flow steps, files, free text.

Each feature builds a small ``Router`` and the application includes them in the order of
``handlers.FEATURES``. Commands win over everything, so ``/help`` works in the middle of a flow;
a button goes to the flow it belongs to or to the handler of its payload class (``Payload``
values, looked up by their prefix and unpacked before the handler sees them); typed text and
files go to the current flow step, then to the attachment handler, then to the fallback.
Every role a command or button names is checked here, on every press.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.core.conditions import Condition
from bot.core.context import Context
from bot.core.flows import Flow, FlowChoice, FlowEngine
from bot.core.messages import Msg
from bot.core.payloads import Payload, prefix_of
from bot.core.refusal import permitted, refuse
from bot.core.roles import Role

Handler = Callable[[Context], Awaitable[None]]
P = TypeVar("P", bound=Payload)
ButtonHandler = Callable[[Context, P], Awaitable[None]]


@dataclass(frozen=True)
class Command:
    name: str
    handler: Handler
    help_id: str | None
    roles: frozenset[Role]
    """Any one of these roles may use it; empty means everyone."""

    def allowed(self, ctx: Context) -> bool:
        return permitted(ctx, self.roles)


@dataclass(frozen=True)
class ButtonRoute:
    payload: type[Payload]
    handler: Callable[[Context, Any], Awaitable[None]]
    roles: frozenset[Role]


@dataclass(frozen=True)
class PersonalData:
    """One kind of personal data a feature keeps (a mentor's profile, a helpdesk thread).

    ``tables`` names the tables that hold it (a test checks that every table with a column
    marked personal is named by some feature); ``describe`` gives the lines /privacy shows of
    it (empty when the person has none); ``erase`` clears it in /delete_me's transaction."""

    name: str
    tables: tuple[str, ...]
    describe: Callable[[Context], Awaitable[list[Msg]]]
    erase: Callable[[Context], Awaitable[None]]


@dataclass(frozen=True)
class RunCommand(Payload, prefix="cmd"):
    """A menu button: runs the command it names, as if it were typed."""

    command: str


@dataclass(frozen=True)
class MenuItem:
    label_id: str
    command: str
    roles: frozenset[Role]
    shown: Condition | None = None
    """Whether the person's state calls for it (no team yet: register; in a team: my team);
    ``None``: always (for those holding ``roles``)."""
    first: bool = False
    """A next step of the person's (register, hand in): listed before the general items."""

    @property
    def payload(self) -> str:
        return RunCommand(self.command).pack()


class Router:
    def __init__(self) -> None:
        self.commands: dict[str, Command] = {}
        self.buttons: dict[str, ButtonRoute] = {}
        self.deep_links: dict[str, Handler] = {}
        self.role_granted: dict[Role, Handler] = {}
        """What happens right after a person accepted an invite to a role (a mentor's profile)."""
        self.menu: list[MenuItem] = []
        self.personal_data: list[PersonalData] = []
        """What each feature keeps about a person: /privacy lists it, /delete_me clears it."""
        self.flows = FlowEngine()
        self.attachment_handler: Handler | None = None
        self.fallback: Handler | None = None
        self.first_contact: Handler | None = None
        """Takes typed text and files from someone who has not chosen a language yet."""

    def command(
        self, name: str, *, help_id: str | None = None, roles: tuple[Role, ...] = ()
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self._add_command(Command(name, handler, help_id, frozenset(roles)))
            return handler

        return register

    def button(
        self, payload: type[P], *, roles: tuple[Role, ...] = ()
    ) -> Callable[[ButtonHandler[P]], ButtonHandler[P]]:
        """Handle presses of buttons whose payload is a ``payload`` value."""

        def register(handler: ButtonHandler[P]) -> ButtonHandler[P]:
            self._add_button(ButtonRoute(payload, handler, frozenset(roles)))
            return handler

        return register

    def deep_link(self, prefix: str) -> Callable[[Handler], Handler]:
        """Handle ``/start <prefix>_<rest>`` (Telegram deep links, Messenger m.me refs)."""

        def register(handler: Handler) -> Handler:
            self._add_deep_link(prefix, handler)
            return handler

        return register

    def on_role_granted(self, role: Role) -> Callable[[Handler], Handler]:
        """Run right after someone accepted an invite to ``role`` (in that transaction)."""

        def register(handler: Handler) -> Handler:
            self._add_role_granted(role, handler)
            return handler

        return register

    def menu_item(
        self,
        label_id: str,
        command: str,
        *,
        roles: tuple[Role, ...] = (),
        shown: Condition | None = None,
        first: bool = False,
    ) -> None:
        """A main-menu button that runs ``/command``: for those holding one of ``roles``, when
        ``shown`` says the person's state calls for it; ``first`` lists it before the rest."""
        self.menu.append(MenuItem(label_id, command, frozenset(roles), shown, first))

    def keeps_personal_data(self, data: PersonalData) -> PersonalData:
        self.personal_data.append(data)
        return data

    def add_flow(self, flow: Flow) -> Flow:
        self.flows.add(flow)
        return flow

    def include(self, other: Router) -> None:
        """Add everything of ``other``; a second command, button prefix, deep link, fallback,
        first-contact or attachment handler is refused (two features would fight over it)."""
        for command in other.commands.values():
            self._add_command(command)
        for route in other.buttons.values():
            self._add_button(route)
        for prefix, handler in other.deep_links.items():
            self._add_deep_link(prefix, handler)
        for role, handler in other.role_granted.items():
            self._add_role_granted(role, handler)
        self.menu.extend(other.menu)
        self.personal_data.extend(other.personal_data)
        for flow in other.flows.flows.values():
            self.flows.add(flow)
        for slot in ("attachment_handler", "fallback", "first_contact"):
            theirs = getattr(other, slot)
            if theirs is not None:
                if getattr(self, slot) is not None:
                    raise ValueError(f"a second {slot.replace('_', ' ')} is registered")
                setattr(self, slot, theirs)

    def _add_command(self, command: Command) -> None:
        if command.name in self.commands:
            raise ValueError(f"/{command.name} is registered twice")
        self.commands[command.name] = command

    def _add_button(self, route: ButtonRoute) -> None:
        prefix = route.payload.prefix
        if prefix in (FlowChoice.prefix, RunCommand.prefix) or prefix in self.buttons:
            raise ValueError(f"button prefix {prefix!r} is registered twice")
        self.buttons[prefix] = route

    def _add_deep_link(self, prefix: str, handler: Handler) -> None:
        if prefix in self.deep_links:
            raise ValueError(f"deep link prefix {prefix!r} is registered twice")
        self.deep_links[prefix] = handler

    def _add_role_granted(self, role: Role, handler: Handler) -> None:
        if role in self.role_granted:
            raise ValueError(f"what follows a {role} invite is registered twice")
        self.role_granted[role] = handler

    def deep_link_handler(self, payload: str) -> Handler | None:
        prefix = payload.split("_", 1)[0]
        return self.deep_links.get(prefix)

    async def route(self, ctx: Context) -> None:
        message = ctx.message
        if message.command is not None:
            command = self.commands.get(message.command)
            if command is None:
                ctx.reply("unknown-command", command=message.command)
            else:
                await self._run(ctx, command)
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

    async def _run(self, ctx: Context, command: Command) -> None:
        if command.allowed(ctx):
            await command.handler(ctx)
        else:
            refuse(ctx, command.roles)

    async def _route_button(self, ctx: Context, payload: str) -> None:
        choice = FlowChoice.unpack(payload)
        if choice is not None:
            await self.flows.on_button(ctx, choice)
            return
        menu = RunCommand.unpack(payload)
        if menu is not None:
            command = self.commands.get(menu.command)
            if command is None:
                await self.flows.stale(ctx)
            else:
                await self._run(ctx, command)
            return
        route = self.buttons.get(prefix_of(payload))
        value = route.payload.unpack(payload) if route is not None else None
        if route is None or value is None:
            await self.flows.stale(ctx)
        elif not permitted(ctx, route.roles):
            refuse(ctx, route.roles)
        else:
            await route.handler(ctx, value)
