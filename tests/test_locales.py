"""Every message exists in mn, ja and en and formats without a Fluent error; handlers hold no
user-facing text."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot.core.messages import Msg, Verbatim
from bot.core.settings import PROJECT_ROOT
from bot.i18n import FluentTranslator, TranslationError

LOCALES = ("mn", "ja", "en")


class _Variables(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:
        self.names.add(node.id.name)


def variables_by_message(locale: str) -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    for path in sorted((PROJECT_ROOT / "locales" / locale).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, fluent_ast.Message):
                visitor = _Variables()
                visitor.visit(entry)
                result[entry.id.name] = visitor.names
    return result


def test_the_three_locales_have_the_same_ids(translator: FluentTranslator) -> None:
    ids = {locale: translator.message_ids(locale) for locale in LOCALES}
    assert ids["mn"] - ids["en"] == set()
    assert ids["en"] - ids["mn"] == set()
    assert ids["ja"] - ids["en"] == set()
    assert ids["en"] - ids["ja"] == set()


@pytest.mark.parametrize("locale", LOCALES)
def test_no_message_id_is_defined_twice_in_a_locale(locale: str) -> None:
    """Fluent lets a later file's message replace an earlier one of the same id without a word,
    so two features defining one id would change each other's texts."""
    files_of: dict[str, list[str]] = {}
    for path in sorted((PROJECT_ROOT / "locales" / locale).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, fluent_ast.Message | fluent_ast.Term):
                files_of.setdefault(entry.id.name, []).append(path.name)
    assert {name: files for name, files in files_of.items() if len(files) > 1} == {}


SAMPLES: list[object] = ["Sample ‹text›", 1, 2, 5, datetime(2024, 11, 20, 5, 30, tzinfo=UTC)]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_formats_with_sample_arguments(
    translator: FluentTranslator, locale: str
) -> None:
    variables = {**variables_by_message("en"), **variables_by_message(locale)}
    tz = ZoneInfo("Asia/Ulaanbaatar")
    for message_id in sorted(translator.message_ids(locale)):
        for sample in SAMPLES:
            args = {name: sample for name in variables.get(message_id, set())}
            text = translator.render(Msg(message_id, args), locale, tz)  # type: ignore[arg-type]
            assert text.strip(), f"{locale}/{message_id} renders empty"
            assert "{" not in text, f"{locale}/{message_id} leaves a placeable: {text!r}"


def test_the_strict_translator_fails_on_a_missing_message(translator: FluentTranslator) -> None:
    with pytest.raises(TranslationError):
        translator.render(Msg("no-such-message"), "en", ZoneInfo("UTC"))


def test_the_strict_translator_fails_on_a_missing_argument(translator: FluentTranslator) -> None:
    with pytest.raises(TranslationError):
        translator.render(Msg("welcome"), "en", ZoneInfo("UTC"))


def _user_facing_literals(path: Path) -> list[tuple[int, str]]:
    """String constants that read as prose: a space, or a letter outside ASCII. A string that
    is a statement of its own (a docstring, also of an attribute) is never shown to anyone."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            value = node.value
            if " " in value.strip() or any(ch.isalpha() and not ch.isascii() for ch in value):
                found.append((node.lineno, value))
    return found


def test_no_user_facing_string_literals_in_handlers() -> None:
    offenders = {
        str(path.relative_to(PROJECT_ROOT)): literals
        for path in sorted((PROJECT_ROOT / "handlers").rglob("*.py"))
        if (literals := _user_facing_literals(path))
    }
    assert offenders == {}


def test_the_literal_check_catches_prose(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Doc string."""\nx = "Hello there"\n"""What x is."""\ny = "Сайн"\nz = "cmd:help"\n'
    )
    assert _user_facing_literals(sample) == [(2, "Hello there"), (4, "Сайн")]


def test_a_value_longer_than_a_fluent_placeable_is_rendered_whole(
    translator: FluentTranslator,
) -> None:
    """An organizer's /help lists more than 1,000 characters of commands: Fluent alone would
    refuse the placeable."""
    lines = [Verbatim(f"/command_{n}: " + "x" * 200) for n in range(6)]
    shown = translator.render(Msg("help", {"commands": lines}), "en", ZoneInfo("Asia/Tokyo"))
    assert shown == "Here is what you can do:\n" + "\n".join(line.text for line in lines)
