"""ALLIANCE_DESK_SMOKE_TEST=1: the app opens the workbook, paints its window and quits with
0 by itself (what the packaged app's smoke test relies on)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]


def test_the_app_opens_paints_and_quits_by_itself(workbook_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "alliance_desk", str(workbook_path)],
        cwd=CHECKOUT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESK_SMOKE_TEST="1"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    assert line.startswith("smoke test: main window painted ")
    assert f"'{workbook_path.name} – alliance_desk'" in line
    assert line.endswith("icon set")
