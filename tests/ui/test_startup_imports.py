"""What the main window imports before its first paint: only what the first page needs.

Modules that only some command needs are imported when it runs; this keeps start-up
within the target of issue 15 (main window painted within 2x a bare PySide6 window).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Imported when their command runs, never at start-up.
DEFERRED = (
    "alliance_desk.demo.builder",
    "alliance_desk.demo.demo_round",
    "alliance_desk.ui.dialogs.search",
    "alliance_desk.ui.dialogs.settings",
    # The rules of every kind of record: an edit, a check of every value or a new
    # workbook needs them, the first page does not.
    "alliance_desk.store.changeset",
    "alliance_desk.store.tables",
    "alliance_desk.store.content",
    "alliance_desk.store.frameworks",
    "alliance_desk.domain.rounds",
    "alliance_desk.domain.skills",
    "alliance_desk.domain.stakeholders",  # the signals read the map's SQL, not its rules
    # The field rules and the records' store: the session imports them for its first edit,
    # the store names a refused value and stamps a change from a module of their own, the
    # signals judge development targets without the plans' record types.
    "alliance_desk.domain.validation",
    "alliance_desk.domain.record",
    "alliance_desk.domain.development_records",
    "alliance_desk.store.records",
    # The stakeholder map (the signals share one piece of its SQL) and the search index
    # (a new workbook builds it; opening one does not read it).
    "alliance_desk.store.stakeholder_map",
    "alliance_desk.store.search",
    # Accessible names: the pages built before the first paint are named right after it.
    "alliance_desk.ui.accessibility",
    # Only Windows needs them: ctypes to ask whether a process runs, socket for the
    # computer's name in a workbook's lock (os.uname gives it elsewhere).
    "ctypes",
    "socket",
)


def test_the_main_window_imports_nothing_only_a_command_needs() -> None:
    code = (
        "import sys, alliance_desk.ui.main_window, alliance_desk.ui.views.portfolio.page\n"
        f"print(' '.join(name for name in {DEFERRED!r} if name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""


def test_opening_a_workbook_imports_nothing_only_a_command_needs(
    small_demo_path: Path, tmp_path: Path
) -> None:
    """The window shown and the demo workbook opened, as far as the first paint: the
    session, the signals of the rows shown and the alliance chooser get by without them."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from alliance_desk.ui.language import Translation\n"
        "from alliance_desk.ui.main_window import MainWindow\n"
        "translation = Translation(app)\n"
        "translation.switch('en')\n"
        "window = MainWindow(translation)\n"
        "window.show()\n"
        "assert window.open_path(Path(sys.argv[1]))\n"
        f"print(' '.join(name for name in {DEFERRED!r} if name in sys.modules))\n"
        "window.close_workbook()\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(small_demo_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=environment,
    )
    assert result.stdout.strip() == ""
