"""Where the program's own files live (translations, frameworks, fonts, icons, licences).

From a checkout (``pip install -e``) they are in ``resources/`` beside the package. In
the packaged app (PyInstaller) they are in the bundle's data folder (``sys._MEIPASS``),
or, should that be missing, in ``resources/`` beside the executable.
"""

import os
import sys
from pathlib import Path


def is_frozen() -> bool:
    """True in the packaged app, False when run from Python."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    if is_frozen():
        bundle = getattr(sys, "_MEIPASS", None)
        base = Path(bundle) if bundle else Path(sys.executable).resolve().parent
        return base / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def licences_dir() -> Path | None:
    """The licence texts of what the packaged app bundles, shipped beside the executable
    (in a macOS .app, in its Resources); None when run from Python."""
    if not is_frozen():
        return None
    folder = Path(sys.executable).resolve().parent
    if sys.platform == "darwin" and folder.name == "MacOS":
        return folder.parent / "Resources" / "licenses"
    return folder / "licenses"


RESOURCES = resources_dir()
FRAMEWORKS = RESOURCES / "frameworks"
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
GUIDE = RESOURCES / "guide"


def user_data_dir() -> Path:
    """The per-user folder for logs and the demo copy (not for workbooks: those are the user's)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "alliance_desk"


def log_file() -> Path:
    return user_data_dir() / "alliance_desk.log"
