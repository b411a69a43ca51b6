"""The workbooks opened last, most recent first, kept in the Qt settings."""

from __future__ import annotations

from pathlib import Path

from alliance_desk.ui.preferences import settings

MAX_RECENT = 8


def recent_files() -> list[str]:
    stored = settings().value("recent_files", [])
    if isinstance(stored, str):  # QSettings gives a list of one back as its one string
        return [stored] if stored else []
    if isinstance(stored, list | tuple):
        return [item for item in stored if isinstance(item, str) and item]
    return []  # anything else was not written by us: no recent files, no crash


def remember(path: Path) -> None:
    """Put ``path`` first in the list (once), keeping at most ``MAX_RECENT``."""
    first = str(path.resolve())
    kept = [first, *(item for item in recent_files() if item != first)]
    settings().setValue("recent_files", kept[:MAX_RECENT])
