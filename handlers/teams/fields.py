"""Checks of what people type into a team's fields. Each returns the clean value, or raises
``Invalid`` with the id of the message that says what is wrong."""

from __future__ import annotations

import re
import unicodedata

from email_validator import EmailNotValidError, validate_email

SDG_COUNT = 17
MAX_SDGS = 3
NAME_MIN, NAME_MAX = 2, 60
TITLE_MIN, TITLE_MAX = 2, 120
DESCRIPTION_MAX = 500
ORGANIZATION_MAX = 120
MAX_ORGANIZATIONS = 10
COUNTRIES = ("MN", "JP", "other")

_PHONE_RE = re.compile(r"^\+?[0-9][0-9\x20()\-]{4,22}[0-9]$")


class Invalid(ValueError):
    def __init__(self, message_id: str) -> None:
        super().__init__(message_id)
        self.message_id = message_id


def clean_text(text: str) -> str:
    """NFC-normalized, whitespace collapsed to single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def team_name(text: str) -> tuple[str, str]:
    """The clean name and its key (case-folded), which uniqueness compares."""
    name = clean_text(text)
    if not NAME_MIN <= len(name) <= NAME_MAX:
        raise Invalid("team-name-length")
    return name, name.casefold()


def project_title(text: str) -> str:
    title = clean_text(text)
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise Invalid("team-title-length")
    return title


def description(text: str) -> str:
    value = unicodedata.normalize("NFC", text).strip()
    if not value or len(value) > DESCRIPTION_MAX:
        raise Invalid("team-description-length")
    return value


def organization(text: str) -> str:
    name = clean_text(text)
    if not NAME_MIN <= len(name) <= ORGANIZATION_MAX:
        raise Invalid("team-org-length")
    return name


def email(text: str) -> str:
    """An address as ``email-validator`` reads it (syntax only: no DNS lookup), after NFKC, so
    that a full-width ``ｔｅａｍ＠ｅｘａｍｐｌｅ．ｍｎ`` typed on a Japanese keyboard is
    ``team@example.mn``."""
    value = unicodedata.normalize("NFKC", text).strip()
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise Invalid("team-email-invalid") from error


def phone(text: str) -> str:
    value = clean_text(text)
    if not _PHONE_RE.match(value):
        raise Invalid("team-phone-invalid")
    return value


def sdgs(text: str) -> list[int]:
    """1 to 3 different goal numbers, separated by spaces or commas: ``3, 7``."""
    parts = [part for part in re.split(r"[\s,、，]+", text.strip()) if part]
    if not parts or not all(part.isdigit() for part in parts):
        raise Invalid("team-sdgs-invalid")
    numbers = [int(part) for part in parts]
    if len(set(numbers)) != len(numbers) or not 1 <= len(numbers) <= MAX_SDGS:
        raise Invalid("team-sdgs-invalid")
    if not all(1 <= number <= SDG_COUNT for number in numbers):
        raise Invalid("team-sdgs-invalid")
    return sorted(numbers)
