"""The soak of tests/benchmarks/soak.py, short: 300 steps of adds, changes, deletions, undo
and redo through the Session on the small demo, a backup every 25 steps and a restore of the
newest every 100; after each restore the workbook holds exactly what it held at that backup,
the audit trail replays to the records, and the file does not grow without bound. The long
run (10,000 steps on the large demo) is ``.venv/bin/python tests/benchmarks/soak.py``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtWidgets import QApplication

SOAK = Path(__file__).resolve().parents[1] / "benchmarks" / "soak.py"


def _soak_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("alliance_desk_soak", SOAK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_three_hundred_steps_lose_nothing(qapp: QApplication, small_demo_path: Path) -> None:
    figures = _soak_module().soak(small_demo_path, 300, backup_every=25, restore_every=100)
    assert (figures.steps, figures.backups, figures.restores) == (300, 12, 3)
    # Three hundred small edits add little to a 0.7 MB workbook; the -wal is checkpointed.
    assert figures.file_most < 4 * figures.file_start + 8 * 1024 * 1024
    assert len(list((small_demo_path.parent / "soak-backups").glob("*.alliance"))) <= 10
