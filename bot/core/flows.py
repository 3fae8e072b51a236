"""Multi-step conversations declared as state tables, with their state in the database.

A flow is a list of steps. Each step asks (a ``Prompt``) and handles the answer: typed text,
a pressed choice, or a file. A handler returns where to go: a step name, ``NEXT``, ``STAY``
(it has already said what was wrong) or ``DONE``. The engine keeps the step history for Back,
adds Back and Cancel under every prompt, and recognises buttons from older messages.

Choice payloads are ``FlowChoice`` values (``~:flow:step:value``), so a button pressed on an
old prompt is told apart from one on the current prompt.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.core.context import Context
from bot.core.messages import Attachment, Button, Msg, Reply, Text
from bot.core.payloads import Payload
from bot.core.refusal import permitted, refuse
from bot.core.roles import Role
from storage.models import Participant
from storage.uow import UnitOfWork

BACK = "_back"
CANCEL = "_cancel"
NEXT = "_next"
STAY = "_stay"
DONE = "_done"


@dataclass(frozen=True)
class FlowChoice(Payload, prefix="~"):
    """A choice under a flow's prompt: which flow and step asked, and the value chosen."""

    flow: str
    step: str
    value: str


@dataclass
class Prompt:
    text: Text
    choices: Sequence[tuple[Text, str]] = field(default_factory=list)
    edit_key: str | None = None
    """Set when the prompt is asked again with the same key (toggle buttons): a channel that
    can edit messages updates the earlier prompt instead of sending a new one."""


@dataclass
class Step:
    name: str
    ask: Callable[[Context], Awaitable[Prompt]]
    on_text: Callable[[Context, str], Awaitable[str]] | None = None
    on_choice: Callable[[Context, str], Awaitable[str]] | None = None
    on_attachment: Callable[[Context, Attachment], Awaitable[str]] | None = None


@dataclass
class Flow:
    name: str
    steps: list[Step]
    on_cancel: Callable[[Context], Awaitable[None]] | None = None
    cancellable: bool = True
    roles: tuple[Role, ...] = ()
    """Only people holding one of these roles may go through it: checked at every step, so a
    role taken away mid-flow ends the flow at the next press or message."""

    def __post_init__(self) -> None:
        self.by_name = {step.name: step for step in self.steps}
        if len(self.by_name) != len(self.steps):
            raise ValueError(f"flow {self.name}: step names repeat")

    def payload(self, step: str, value: str) -> str:
        return FlowChoice(self.name, step, value).pack()

    def following(self, step: str) -> str:
        names = [s.name for s in self.steps]
        index = names.index(step) + 1
        return names[index] if index < len(names) else DONE


def flow_data(ctx: Context) -> dict[str, Any]:
    """The data the current flow has gathered so far (saved when the handler returns)."""
    if ctx.state is None:
        raise RuntimeError("no flow is active")
    return ctx.state.data


class FlowEngine:
    def __init__(self) -> None:
        self.flows: dict[str, Flow] = {}

    def add(self, flow: Flow) -> None:
        if flow.name in self.flows:
            raise ValueError(f"flow {flow.name} is registered twice")
        self.flows[flow.name] = flow

    async def start(
        self, ctx: Context, flow: Flow, data: dict[str, Any] | None = None, step: str | None = None
    ) -> None:
        if not permitted(ctx, flow.roles):
            refuse(ctx, flow.roles)
            return
        first = step or flow.steps[0].name
        # The participant middleware loaded the state: none there means none in the database.
        ctx.state = await ctx.uow.conversations.save(
            ctx.participant.id, flow.name, first, data or {}, [], ctx.now(), ctx.state is None
        )
        await self.ask(ctx, flow)

    async def ask(self, ctx: Context, flow: Flow) -> None:
        assert ctx.state is not None
        step = flow.by_name[ctx.state.step]
        before = copy.deepcopy(ctx.state.data)
        prompt = await step.ask(ctx)
        if ctx.state.data != before:  # the step noted what it shows (toggles): keep it
            await self._save(ctx, ctx.state.step, ctx.state.history)
        buttons = [Button(label, flow.payload(step.name, value)) for label, value in prompt.choices]
        if ctx.state.history:
            buttons.append(Button(Msg("button-back"), flow.payload(step.name, BACK)))
        if flow.cancellable:
            buttons.append(Button(Msg("button-cancel"), flow.payload(step.name, CANCEL)))
        ctx.send(Reply(prompt.text, buttons, edit_key=prompt.edit_key))

    async def ask_again(self, ctx: Context) -> None:
        """Ask the current step once more (after a toggle changed what it shows)."""
        flow = self.flows.get(ctx.state.flow) if ctx.state else None
        if flow is not None:
            await self.ask(ctx, flow)

    async def cancel(self, ctx: Context) -> None:
        flow = self.flows.get(ctx.state.flow) if ctx.state else None
        await ctx.uow.conversations.clear(ctx.participant.id)
        ctx.state = None
        if flow is not None and flow.on_cancel is not None:
            await flow.on_cancel(ctx)
        else:
            ctx.reply("flow-cancelled")

    async def on_button(self, ctx: Context, choice: FlowChoice) -> None:
        state = ctx.state
        if state is None or (state.flow, state.step) != (choice.flow, choice.step):
            pressed = self.flows.get(choice.flow)
            if pressed is not None and not permitted(ctx, pressed.roles):
                refuse(ctx, pressed.roles)  # e.g. the flow ended when the role was revoked
            else:
                await self.stale(ctx)
            return
        flow = self.flows.get(state.flow)
        if flow is None:
            await self.stale(ctx)
            return
        if not await self._still_permitted(ctx, flow):
            return
        value = choice.value
        step = flow.by_name[state.step]
        if value == CANCEL and flow.cancellable:
            await self.cancel(ctx)
        elif value == BACK:
            await self._back(ctx, flow)
        elif step.on_choice is None:
            await self.stale(ctx)
        else:
            await self._advance(ctx, flow, await step.on_choice(ctx, value))

    async def on_input(self, ctx: Context) -> bool:
        """Feed typed text or a file to the current step; ``False`` when no flow is active."""
        state = ctx.state
        flow = self.flows.get(state.flow) if state else None
        if state is None or flow is None or state.step not in flow.by_name:
            if state is not None:
                await ctx.uow.conversations.clear(ctx.participant.id)
                ctx.state = None
            return False
        if not await self._still_permitted(ctx, flow):
            return True
        step = flow.by_name[state.step]
        message = ctx.message
        if message.attachments:
            if step.on_attachment is None:
                ctx.reply("flow-file-not-expected")
                return True
            outcome = await step.on_attachment(ctx, message.attachments[0])
        elif step.on_text is None:
            ctx.reply("flow-use-buttons")
            await self.ask(ctx, flow)
            return True
        else:
            outcome = await step.on_text(ctx, message.text)
        await self._advance(ctx, flow, outcome)
        return True

    async def _still_permitted(self, ctx: Context, flow: Flow) -> bool:
        """``False`` (the flow ended, the person told) when they no longer hold its role."""
        if permitted(ctx, flow.roles):
            return True
        await ctx.uow.conversations.clear(ctx.participant.id)
        ctx.state = None
        refuse(ctx, flow.roles)
        return False

    async def end_unpermitted(self, uow: UnitOfWork, person: Participant) -> bool:
        """End ``person``'s flow when they no longer hold any of its roles (one was just
        revoked); ``True`` when it ended. The check at every step would refuse their next
        press anyway; this leaves nothing of it behind meanwhile."""
        state = await uow.conversations.get(person.id)
        flow = self.flows.get(state.flow) if state is not None else None
        if flow is None or not flow.roles:
            return False
        if frozenset(flow.roles) & person.roles_in(person.program_id):
            return False
        await uow.conversations.clear(person.id)
        return True

    async def stale(self, ctx: Context) -> None:
        ctx.reply("stale-button")
        flow = self.flows.get(ctx.state.flow) if ctx.state else None
        if flow is not None and ctx.state is not None and ctx.state.step in flow.by_name:
            await self.ask(ctx, flow)

    async def _advance(self, ctx: Context, flow: Flow, outcome: str) -> None:
        state = ctx.state
        if state is None or (state.flow != flow.name):
            return  # the handler started another flow or ended this one itself
        if outcome == STAY:
            await self._save(ctx, state.step, state.history)
            return
        target = flow.following(state.step) if outcome == NEXT else outcome
        if target == DONE:
            await ctx.uow.conversations.clear(ctx.participant.id)
            ctx.state = None
            return
        if target not in flow.by_name:
            raise ValueError(f"flow {flow.name}: no step {target!r}")
        await self._save(ctx, target, [*state.history, state.step])
        await self.ask(ctx, flow)

    async def _back(self, ctx: Context, flow: Flow) -> None:
        assert ctx.state is not None
        if not ctx.state.history:
            await self.ask(ctx, flow)
            return
        *history, previous = ctx.state.history
        await self._save(ctx, previous, history)
        await self.ask(ctx, flow)

    async def _save(self, ctx: Context, step: str, history: list[Any]) -> None:
        assert ctx.state is not None
        ctx.state = await ctx.uow.conversations.save(
            ctx.participant.id, ctx.state.flow, step, ctx.state.data, history, ctx.now()
        )
