"""Settings read from the environment. The README has a table of every one."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHIPPED_PROGRAM = PROJECT_ROOT / "programs" / "mics-2024.toml"
LANGUAGES = ("mn", "ja", "en")


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite+aiosqlite:///data/bot.sqlite3"
    program_files: tuple[str, ...] = (str(SHIPPED_PROGRAM),)
    organizers: frozenset[str] = frozenset()
    clock: str | None = None
    default_language: str = "en"
    locales_dir: Path = PROJECT_ROOT / "locales"
    log_level: str = "INFO"
    extra: Mapping[str, str] = field(default_factory=dict)
    """Settings of channels and later features, by their environment names."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        default_language = env.get("DEFAULT_LANGUAGE", "en")
        if default_language not in LANGUAGES:
            raise ValueError(f"DEFAULT_LANGUAGE must be one of {LANGUAGES}: {default_language!r}")
        program_files = env.get("PROGRAM_FILES")
        return cls(
            database_url=env.get("DATABASE_URL", cls.database_url),
            program_files=_split(program_files) if program_files is not None else cls.program_files,
            organizers=frozenset(_split(env.get("BOT_ORGANIZERS", ""))),
            clock=env.get("BOT_CLOCK") or None,
            default_language=default_language,
            log_level=env.get("LOG_LEVEL", "INFO"),
            extra=dict(env),
        )

    def get(self, name: str, default: str = "") -> str:
        return self.extra.get(name, default)


def read_dotenv(path: Path) -> dict[str, str]:
    """Read ``KEY=VALUE`` lines (``#`` comments, optional quotes) from a ``.env`` file."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values
