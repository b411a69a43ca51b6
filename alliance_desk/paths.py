"""Where the program's own files live (translations, frameworks, fonts, fixtures)."""

import os
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FRAMEWORKS = RESOURCES / "frameworks"
TRANSLATIONS = RESOURCES / "translations"


def user_data_dir() -> Path:
    """The per-user folder for logs and the demo copy (not for workbooks: those are the user's)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "alliance_desk"
