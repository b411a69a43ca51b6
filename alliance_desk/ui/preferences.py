"""Where the app keeps the user's preferences between runs (QSettings, per user)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from alliance_desk.ui.session import UNDO_STEPS, UNDO_STEPS_RANGE

ORGANISATION = "alliance_desk"


def settings() -> QSettings:
    return QSettings(ORGANISATION, "alliance_desk")


def backup_folder() -> Path | None:
    """The chosen folder for all backups, or None for NAME-backups beside each workbook."""
    value = settings().value("backup_dir", "")
    return Path(str(value)) if value else None


def undo_steps() -> int:
    """How many steps a workbook opened from now on keeps for undo (the default when the
    stored value is missing or out of range)."""
    try:
        value = int(str(settings().value("undo_steps", UNDO_STEPS)))
    except ValueError:
        return UNDO_STEPS
    low, high = UNDO_STEPS_RANGE
    return value if low <= value <= high else UNDO_STEPS
