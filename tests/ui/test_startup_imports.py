"""What the main window imports before its first paint: only what the first page needs.

Modules that only some command needs are imported when it runs; this keeps start-up
within the target of issue 15 (main window painted within 2x a bare PySide6 window).
"""

from __future__ import annotations

import subprocess
import sys

# Imported when their command runs, never at start-up.
DEFERRED = (
    "alliance_desk.demo.builder",
    "alliance_desk.demo.demo_round",
    "alliance_desk.ui.dialogs.search",
    "alliance_desk.ui.dialogs.settings",
)


def test_the_main_window_does_not_import_the_demo_builder() -> None:
    code = (
        "import sys, alliance_desk.ui.main_window\n"
        f"print(' '.join(name for name in {DEFERRED!r} if name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""
