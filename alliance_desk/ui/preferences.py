"""Where the app keeps the user's preferences between runs (QSettings, per user)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "alliance_desk"

# The steps kept for undo unless the user chose otherwise (Settings). Each holds what it
# needs to be taken back (a deleted alliance: every row that went with it); without a
# limit a long day of editing keeps all of them in memory.
UNDO_STEPS = 100
UNDO_STEPS_RANGE = (10, 1000)


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
