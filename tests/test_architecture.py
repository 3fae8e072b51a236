"""The import rules of ARCHITECTURE.md: a failing test names the file and the import."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from bot.core.settings import PROJECT_ROOT

SDKS = {
    "telegram",
    "httpx",
    "starlette",
    "uvicorn",
    "aiohttp",
    "aiogram",
    "apscheduler",
    "fluent",
    "babel",
}
RULES = {
    # folder: (allowed first-party top levels, forbidden third-party top levels, third party allowed?)
    # pydantic (settings) and prometheus_client (counters): plain libraries, no framework
    "bot/core": (
        {"bot", "storage"},
        SDKS | {"alembic"},
        {"sqlalchemy", "pydantic", "pydantic_settings", "prometheus_client"},
    ),
    # email_validator: a plain library that checks the syntax of an address (no network)
    "handlers": (
        {"bot", "storage", "handlers"},
        SDKS | {"alembic"},
        {"sqlalchemy", "email_validator"},
    ),
    # aiosqlite: the SQLite driver under SQLAlchemy, adapted in storage/sqlite_driver.py
    "storage": ({"storage"}, SDKS, {"sqlalchemy", "alembic", "aiosqlite"}),
    # the web adapter: the core, storage's models and repositories, its web libraries; never
    # handlers (the wiring hands it the pages) nor another adapter
    "bot/dashboard": (
        {"bot", "storage"},
        SDKS - {"starlette"},
        {"starlette", "jinja2", "itsdangerous", "matplotlib", "sqlalchemy"},
    ),
}
FIRST_PARTY = {"bot", "handlers", "storage", "tests"}
OWN_BOT_PACKAGES = {"handlers": ("bot.core",), "bot/dashboard": ("bot.core", "bot.dashboard")}
"""The parts of ``bot`` a folder may import: the core (and the dashboard its own modules)."""


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def violations(folder: str) -> list[str]:
    first_party, forbidden, third_party = RULES[folder]
    found = []
    for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
        for name in imports_of(path):
            top = name.split(".")[0]
            if (
                (
                    folder in OWN_BOT_PACKAGES
                    and name.startswith("bot.")
                    and not name.startswith(OWN_BOT_PACKAGES[folder])
                )
                or (top in FIRST_PARTY and top not in first_party)
                or top in forbidden
                or (
                    top not in FIRST_PARTY
                    and top not in sys.stdlib_module_names
                    and top not in third_party
                )
            ):
                found.append(f"{path.relative_to(PROJECT_ROOT)}: import {name}")
    return found


def test_core_imports_only_stdlib_and_storage() -> None:
    assert violations("bot/core") == []


def test_handlers_import_only_the_core_and_storage() -> None:
    assert violations("handlers") == []


def test_the_dashboard_imports_the_core_and_its_web_libraries_only() -> None:
    assert violations("bot/dashboard") == []


def test_storage_imports_only_sqlalchemy_and_alembic() -> None:
    assert violations("storage") == []


def test_a_violation_names_the_file_and_the_import(tmp_path: Path, monkeypatch: object) -> None:
    bad = PROJECT_ROOT / "storage" / "_bad_import_probe.py"
    bad.write_text("import telegram\nfrom bot.core import messages\n")
    try:
        assert violations("storage") == [
            "storage/_bad_import_probe.py: import telegram",
            "storage/_bad_import_probe.py: import bot.core",
        ]
    finally:
        bad.unlink()
