"""Telling a person that what they pressed or typed needs a role they do not hold.

The refusal names the role: ``not-allowed-<role>`` in ``locales/*/core.ftl`` for one role, or
the list of roles (``not-allowed-roles``) when any of several would do. A role added to
``bot.core.roles.Role`` adds its two messages there (``tests/test_refusals.py`` checks each)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.context import Context
from bot.core.messages import Msg, Reply
from bot.core.roles import Role


def permitted(ctx: Context, roles: Iterable[Role]) -> bool:
    """Whether the person holds one of ``roles`` in their program (no roles: everyone)."""
    needed = frozenset(roles)
    return not needed or bool(needed & ctx.roles)


def refusal(roles: Iterable[Role]) -> Msg:
    """What a person is told who holds none of ``roles`` (none given: organizers')."""
    wanted = frozenset(roles) or {Role.ORGANIZER}
    if Role.STAFF in wanted:
        wanted -= {Role.ORGANIZER}  # organizers are event staff implicitly; the message says so
    needed = sorted(wanted, key=list(Role).index)
    if len(needed) == 1:
        return Msg(f"not-allowed-{needed[0]}")
    return Msg("not-allowed-roles", {"roles": [Msg(f"not-allowed-role-{r}") for r in needed]})


def refuse(ctx: Context, roles: Iterable[Role]) -> None:
    """Tell the person this needs one of ``roles``, naming them."""
    ctx.send(Reply(refusal(roles)))
