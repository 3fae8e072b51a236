"""The Telegram adapter stays on python-telegram-bot's public API, so a PTB release can only
break it where PTB says it breaks: no import of PTB's private modules (``telegram._utils``…)
anywhere, and no private attribute of another object (``bot._post``) in the adapter."""

from __future__ import annotations

import ast

from bot.core.settings import PROJECT_ROOT

ADAPTER = PROJECT_ROOT / "bot" / "channels" / "telegram"


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_imports(source: str) -> list[str]:
    """Imports of ``telegram._…`` modules (``from telegram._x import y``, ``import telegram._x``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "telegram" and any(_private(part) for part in parts[1:]):
                found.append(f"line {node.lineno}: {name}")
    return found


def private_attributes(source: str) -> list[str]:
    """``x._name`` where ``x`` is not ``self`` or ``cls``: another object's private member."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and _private(node.attr)
            and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
        ):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_no_import_of_ptb_private_modules() -> None:
    found = {
        str(path.relative_to(PROJECT_ROOT)): private_imports(path.read_text(encoding="utf-8"))
        for folder in ("bot", "handlers", "storage", "tests", "bench", "tools")
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py"))
    }
    assert {path: lines for path, lines in found.items() if lines} == {}


def test_the_adapter_uses_no_private_attribute_of_another_object() -> None:
    found = {
        path.name: private_attributes(path.read_text(encoding="utf-8"))
        for path in sorted(ADAPTER.glob("*.py"))
    }
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_the_checks_find_what_they_look_for() -> None:
    source = (
        "from telegram._utils.types import ODVInput\n"
        "import telegram._bot\n"
        "from telegram import _utils\n"
        "from telegram.request import BaseRequest\n"
        "async def f(self, bot):\n"
        "    await bot._post('getUpdates')\n"
        "    self._own = cls._too = bot.__class__\n"
    )
    assert private_imports(source) == [
        "line 1: telegram._utils.types.ODVInput",
        "line 2: telegram._bot",
        "line 3: telegram._utils",
    ]
    assert private_attributes(source) == ["line 6: bot._post"]
