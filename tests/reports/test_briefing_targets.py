"""The one-pager's maturity block shows each organisation's development target beside its
level when a plan exists (missed ones marked), read back from the PDF in both languages;
without a plan it shows none."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from alliance_desk.reports import briefing as report
from alliance_desk.store.workbook import open_workbook

TODAY = dt.date(2026, 11, 15)  # the small demo's own today


def _text(path: Path, target: Path, name: str, language: str) -> str:
    with open_workbook(path) as workbook:
        alliance_id = workbook.db.scalar("SELECT id FROM alliance WHERE name = :n", {"n": name})
        report.build_briefing(workbook.db, target, [alliance_id], today=TODAY, language=language)
    return " ".join(PdfReader(target).pages[0].extract_text().split())


def test_targets_beside_levels_in_both_languages(small_demo_path: Path, tmp_path: Path) -> None:
    brenner = "Brenner optical sensor co-development"
    english = _text(small_demo_path, tmp_path / "en.pdf", brenner, "en")
    assert "2 Ad hoc target 3 by 30 Sep 2026 ◆ missed" in english
    assert "target 3 by 30 Jun 2026 ✓ reached" in english
    assert "target 4 by 30 Jun 2027" in english  # our own plan
    dutch = _text(small_demo_path, tmp_path / "nl.pdf", brenner, "nl")
    assert "doel 3 uiterlijk 30 sep. 2026 ◆ niet gehaald" in dutch
    assert "✓ gehaald" in dutch


def test_no_target_without_a_plan(small_demo_path: Path, tmp_path: Path) -> None:
    text = _text(
        small_demo_path, tmp_path / "kaminari.pdf", "Kaminari dose-safety software licence", "en"
    )
    assert "alliance maturity" in text.lower() and not re.search(r"target \d by", text)
