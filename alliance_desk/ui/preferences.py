"""Where the app keeps the user's preferences between runs (QSettings, per user)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "alliance_desk"


def settings() -> QSettings:
    return QSettings(ORGANISATION, "alliance_desk")


def backup_folder() -> Path | None:
    """The chosen folder for all backups, or None for NAME-backups beside each workbook."""
    value = settings().value("backup_dir", "")
    return Path(str(value)) if value else None
