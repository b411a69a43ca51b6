"""The soak of tests/benchmarks/soak.py, short: 300 steps of adds, changes, deletions, undo
and redo through the Session on the small demo, a backup every 25 steps and a restore of the
newest every 100; after each restore the workbook holds exactly what it held at that backup,
the audit trail replays to the records, and the file's growth is content (the audit trail,
records), not free pages or a -wal left large. Memory is judged by the long run only (10,000
steps on the large demo, ``.venv/bin/python tests/benchmarks/soak.py``): in the suite other
tests share the process."""

from __future__ import annotations

import dataclasses
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
    soak = _soak_module()
    figures = soak.soak(small_demo_path, 300, backup_every=25, restore_every=100)
    assert (figures.steps, figures.backups, figures.restores) == (300, 12, 3)
    assert [sample.step for sample in figures.samples] == [0, 100, 200, 300]
    verdict = soak.judge(figures)
    assert verdict.file_explained, soak.report(figures, "small")
    # What the file gained is the audit trail's entries, each a few hundred bytes.
    first, last = figures.first, figures.last
    assert last.audit_rows > first.audit_rows
    assert 0 < (last.audit - first.audit) / (last.audit_rows - first.audit_rows) < 2000
    assert len(list((small_demo_path.parent / "soak-backups").glob("*.alliance"))) <= 10


def test_the_verdict_names_memory_that_keeps_growing(qapp: QApplication) -> None:
    soak = _soak_module()
    figures = soak.Figures(steps=1000)
    for step in range(0, 1001, 100):
        # Flat until step 800, then growing by 5% each sample: not bounded.
        rss = 100_000_000 if step < 800 else int(100_000_000 * 1.05 ** ((step - 700) // 100))
        figures.samples.append(
            soak.Sample(step, rss, 1_000_000, 10_000_000, 0, 10, 100_000, 0, 0, 10)
        )
    assert not soak.judge(figures).memory_bounded
    assert "NOT bounded" in soak.report(figures, "small")
    flat = dataclasses.replace(
        figures, samples=[dataclasses.replace(s, rss=100_000_000) for s in figures.samples]
    )
    assert soak.judge(flat).memory_bounded
