"""Where the app keeps the user's preferences between runs (QSettings, per user)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "alliance_desk"


def settings() -> QSettings:
    return QSettings(ORGANISATION, "alliance_desk")
