"""One ZIP of the latest deck of every team for a stage, with a CSV manifest.

The ZIP is written to a file, one deck at a time, so memory holds one deck, not all of them
(30 teams × 20 MB would not fit a small server); the caller sends it or leaves it there.
"""

from __future__ import annotations

import asyncio
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.core.exports import Cell, csv_bytes
from bot.core.files import FileStore
from storage.models import Submission, Team
from storage.submissions import late_at

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = (
    "team",
    "version",
    "received_at_utc",
    "deadline_utc",
    "size",
    "sha256",
    "late",
    "file",
    "url",
)


@dataclass(frozen=True)
class Export:
    path: Path
    count: int
    size: int


def _folder_safe(name: str) -> str:
    cleaned = re.sub(r"[\x00-\x1f\x7f/\\:*?\"<>|]+", "_", name).strip(" .")
    return cleaned[:80] or "team"


async def write_export(
    path: Path,
    teams: list[Team],
    latest: dict[int, Submission],
    deadlines: dict[int, datetime],
    store: FileStore,
) -> Export:
    """Teams in the order given, each with its deadline (``deadlines``, by team id: the
    stage's or the team's extension), against which ``late`` is told; a link is a manifest
    row without a file; a deck whose bytes are gone from the store is left out of the ZIP and
    of the manifest."""
    path.parent.mkdir(parents=True, exist_ok=True)
    manifest: list[tuple[Cell, ...]] = []
    count = 0
    # Decks are stored, not deflated: PDF streams and PPTX packages are compressed already.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for team in teams:
            submission = latest.get(team.id)
            if submission is None:
                continue
            entry = ""
            if submission.url is None:
                data = await store.get(submission.sha256)
                if data is None:
                    continue
                team_part = _folder_safe(team.name)
                entry = f"{count + 1:02d}-{team_part}-v{submission.version}-{submission.file_name}"
                await asyncio.to_thread(archive.writestr, entry, data)
            count += 1
            manifest.append(
                (
                    team.name,
                    submission.version,
                    submission.received_at,
                    deadlines[team.id],
                    submission.size,
                    submission.sha256,
                    late_at(submission.received_at, deadlines[team.id]),
                    entry,
                    submission.url or "",
                )
            )
        archive.writestr(MANIFEST, csv_bytes(MANIFEST_COLUMNS, manifest), zipfile.ZIP_DEFLATED)
    return Export(path, count, path.stat().st_size)
