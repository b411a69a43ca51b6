"""An alliance nobody has assessed says so on paper: a hollow badge with the words
"NOT ASSESSED" (Dutch: "NIET BEOORDEELD") on its page, in the overview and on the cover."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle
from reportlab.lib.pagesizes import A4, LETTER

from alliance_desk.domain.codes import Rag
from alliance_desk.reports import briefing as report
from alliance_desk.reports import briefing_charts
from alliance_desk.reports.briefing_edition import Edition
from alliance_desk.reports.briefing_layout import MARGIN
from alliance_desk.reports.briefing_pack import OVERVIEW_COLUMNS
from alliance_desk.store.workbook import open_workbook

TODAY = dt.date(2026, 11, 15)  # the small demo's own "today"
UNASSESSED = "Vandaele PVC-free tubing supply"  # the small demo's alliance still choosing


def _pages(path: Path, target: Path, ids: list[int] | None, **options: object) -> list[str]:
    with open_workbook(path) as workbook:
        report.build_briefing(workbook.db, target, ids, today=TODAY, **options)  # type: ignore[arg-type]
    return [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]


def _id_of(path: Path, name: str) -> int:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT id, status_rag FROM alliance WHERE name = ?", (name,)
        ).fetchone()
    finally:
        connection.close()
    assert row[1] is None, "the demo alliance should be not assessed"
    return int(row[0])


@pytest.mark.parametrize(
    ("language", "words", "assessed"),
    [("en", "NOT ASSESSED", "ON TRACK"), ("nl", "NIET BEOORDEELD", "OP KOERS")],
)
def test_the_one_pager_says_not_assessed(
    small_demo_path: Path, tmp_path: Path, language: str, words: str, assessed: str
) -> None:
    alliance_id = _id_of(small_demo_path, UNASSESSED)

    (page,) = _pages(small_demo_path, tmp_path / "one.pdf", [alliance_id], language=language)

    assert UNASSESSED in page
    assert words in page
    assert assessed not in page  # no colour is claimed for it


def test_the_board_pack_counts_and_lists_it(small_demo_path: Path, tmp_path: Path) -> None:
    pages = _pages(small_demo_path, tmp_path / "pack.pdf", None, board_pack=True)

    assert "1 not assessed" in pages[0]
    overview = next(page for page in pages[1:] if "Portfolio overview" in page)
    row = overview[overview.index(UNASSESSED) :]
    assert row.index("NOT ASSESSED") < row.index("Partner selection")


def test_the_badge_of_not_assessed_is_a_hollow_dashed_circle() -> None:
    badge = briefing_charts.rag_badge(None, "NOT ASSESSED", 16)
    green = briefing_charts.rag_badge(Rag.GREEN, "ON TRACK", 16)
    (hollow,) = [shape for shape in badge.contents if isinstance(shape, Circle)]
    (filled,) = [shape for shape in green.contents if isinstance(shape, Circle)]

    assert hollow.fillColor is None and hollow.strokeDashArray
    assert filled.fillColor is not None and not filled.strokeDashArray


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_status_badge_fits_its_column_of_the_overview(
    small_demo_path: Path, language: str
) -> None:
    # "NIET BEOORDEELD" ran into the stage column in the Dutch pack's overview.
    briefing_charts.register_fonts()
    width = min(A4[0], LETTER[0]) - 2 * MARGIN
    room = width * OVERVIEW_COLUMNS[1] - 6  # the table's left and right padding
    assert sum(OVERVIEW_COLUMNS) == pytest.approx(1)
    with open_workbook(small_demo_path) as workbook:
        edition = Edition(workbook.db, language, TODAY, width)
        for rag in (None, *Rag):
            badge = briefing_charts.rag_badge(rag, edition.status_word(rag), 10)
            assert badge.width <= room, edition.status_word(rag)
