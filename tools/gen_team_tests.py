"""Developer aid, not part of the test suite: runs scenarios through the console chat and
prints test functions asserting exactly what the bot said, for review before committing.

Usage: python tools/gen_team_tests.py SCENARIO_FILE > tests/test_x.py
A scenario file has sections "### test_name" followed by lines to type; the lines may use
{tc[0]} / {rc[0]} for the n-th team / role invite code made so far."""

import asyncio
import sys
import tempfile
from pathlib import Path

from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.settings import PROJECT_ROOT, SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from tests.conftest import REHEARSAL_START
from tests.support import Chat
from tests.team_support import register_team, role_codes, team_codes


async def codes(app):
    return await team_codes(app), await role_codes(app)


def fetch(text):
    out = []
    if "{tc" in text:
        out.append("    tc = await team_codes(chat.app)")
    if "{rc" in text:
        out.append("    rc = await role_codes(chat.app)")
    return out


def literal(text: str, tc: list[str], rc: list[str]) -> tuple[str, bool]:
    pieces = text.splitlines(keepends=True) or [""]
    uses = any(c in text for c in tc + rc)
    out = []
    for piece in pieces:
        r = repr(piece)
        if uses:
            r = r.replace("{", "{{").replace("}", "}}")
            for i, c in enumerate(tc):
                r = r.replace(c, "{tc[" + str(i) + "]}")
            for i, c in enumerate(rc):
                r = r.replace(c, "{rc[" + str(i) + "]}")
            r = "f" + r
        out.append("        " + r)
    return "(\n" + "\n".join(out) + "\n    )", uses


async def run(name: str, lines: list[str]) -> str:
    d = Path(tempfile.mkdtemp())
    s = Settings(
        database_url=f"sqlite+aiosqlite:///{d / 'b.sqlite3'}",
        program_files=(str(SHIPPED_PROGRAM),),
        organizers=frozenset({"console:org"}),
    )
    app = await build_app(
        s, FixedClock(REHEARSAL_START), FluentTranslator(PROJECT_ROOT / "locales", strict=True)
    )
    chat = Chat(app, d / "files")
    body = []
    for line in lines:
        if line.startswith("@register "):
            await register_team(chat, line[10:])
            body.append(f"    await register_team(chat, {line[10:]!r})")
            continue
        if line.startswith("@quiet "):
            quiet = line[7:].split(" | ")
            tc, rc = await codes(app)
            await chat.say(*(q.format(tc=tc, rc=rc) for q in quiet))
            body += fetch(line)
            args = ", ".join(("f" if "{" in q else "") + repr(q) for q in quiet)
            body.append(f"    await chat.say({args})")
            continue
        tc, rc = await codes(app)
        out = await chat.say(line.format(tc=tc, rc=rc))
        tc, rc = await codes(app)
        lit, uses = literal(out, tc, rc)
        arg = ("f" + repr(line)) if "{" in line else repr(line)
        body += fetch(line)
        if uses:
            body.append(f"    out = await chat.say({arg})")
            body += fetch(lit)
            body.append(f"    assert out == {lit}")
        else:
            body.append(f"    assert await chat.say({arg}) == {lit}")
    await app.close()
    head = f"\n\nasync def {name}(chat: Chat) -> None:\n"
    return head + "\n".join(body) + "\n"


async def main(path: str) -> None:
    sections: list[tuple[str, list[str]]] = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if raw.startswith("### "):
            sections.append((raw[4:].strip(), []))
        elif sections and raw:
            sections[-1][1].append(raw)
    for name, lines in sections:
        print(await run(name, lines), end="")


asyncio.run(main(sys.argv[1]))
