"""Each refusal names the role it needs (issue 15, defect 15): /mentor_profile told participants
it was "only for organizers"."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.context import Context
from bot.core.feature import Feature
from bot.core.roles import Role
from bot.core.router import Router
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from handlers import FEATURES
from tests.support import Chat

gated = Router()


@gated.command("judge_only", roles=(Role.JUDGE,))
async def judge_only(ctx: Context) -> None:
    ctx.reply("menu")


@gated.command("staff_only", roles=(Role.STAFF,))
async def staff_only(ctx: Context) -> None:
    ctx.reply("menu")


@gated.command("judge_or_staff", roles=(Role.JUDGE, Role.STAFF))
async def judge_or_staff(ctx: Context) -> None:
    ctx.reply("menu")


@pytest.fixture
async def app_with_gates(
    settings_for: Callable[..., Settings], clock: FixedClock, translator: FluentTranslator
) -> AsyncIterator[App]:
    features = (*FEATURES, Feature("gates", routers=(gated,)))
    application = await build_app(settings_for(), clock, translator, features)
    yield application
    await application.close()


REFUSALS = {
    "1": {  # mn
        "/teams": "Уучлаарай, энэ үйлдлийг зөвхөн зохион байгуулагч хийх боломжтой.\n\n",
        "/mentor_profile": "Уучлаарай, энэ үйлдлийг зөвхөн ментор хийх боломжтой.\n\n",
        "/judge_only": "Уучлаарай, энэ үйлдлийг зөвхөн шүүгч хийх боломжтой.\n\n",
        "/staff_only": "Уучлаарай, энэ үйлдлийг зөвхөн арга хэмжээний ажилтан болон зохион "
        "байгуулагч хийх боломжтой.\n\n",
        "/judge_or_staff": "Уучлаарай, энэ үйлдлийг зөвхөн дараах үүрэгтэй хүн хийх боломжтой:\n"
        "шүүгч\nажилтан\n\n",
    },
    "2": {  # ja
        "/teams": "申し訳ありません。この操作は運営者のみ行えます。\n\n",
        "/mentor_profile": "申し訳ありません。この操作はメンターのみ行えます。\n\n",
        "/judge_only": "申し訳ありません。この操作は審査員のみ行えます。\n\n",
        "/staff_only": "申し訳ありません。この操作はイベントスタッフと運営者のみ行えます。\n\n",
        "/judge_or_staff": "申し訳ありません。この操作は次の役割の方のみ行えます：\n審査員\nスタッフ\n\n",
    },
    "3": {  # en
        "/teams": "Sorry, that is only for organizers.\n\n",
        "/mentor_profile": "Sorry, that is only for mentors.\n\n",
        "/judge_only": "Sorry, that is only for judges.\n\n",
        "/staff_only": "Sorry, that is only for event staff and organizers.\n\n",
        "/judge_or_staff": "Sorry, that is only for people with one of these roles:\n"
        "judge\nstaff\n\n",
    },
}


@pytest.mark.parametrize("language", sorted(REFUSALS))
async def test_each_refusal_names_the_role_it_needs(
    app_with_gates: App, tmp_path: Path, language: str
) -> None:
    chat = Chat(app_with_gates, tmp_path / "files-out")
    await chat.say("/as kim", "/start", language)
    for command, refusal in REFUSALS[language].items():
        assert (command, await chat.say(command)) == (command, refusal)
