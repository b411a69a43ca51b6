"""Cells of plain text drawn as TextLine instead of a paragraph: which markup becomes one,
that one too long for its width lays out as the paragraph would, and that a whole pack
prints every piece of text at the same place, in the same font and size, as with
paragraphs everywhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from alliance_desk.reports import briefing as report
from alliance_desk.reports import briefing_edition
from alliance_desk.reports.briefing_charts import BOLD, REGULAR
from alliance_desk.reports.briefing_edition import Edition, TextLine
from alliance_desk.store.workbook import open_workbook

TODAY = dt.date(2026, 11, 15)  # the small demo's own "today"


@pytest.fixture
def edition(small_demo_path: Path) -> Any:
    with open_workbook(small_demo_path) as workbook:
        yield Edition(workbook.db, "en", TODAY, 400)


@pytest.mark.parametrize(
    ("markup", "text", "font"),
    [
        ("3.0", "3.0", REGULAR),
        ("<b>12</b>", "12", BOLD),
        ("R&amp;D &lt;joint&gt;", "R&D <joint>", REGULAR),
        ("Page 5 of 12", "Page 5 of 12", REGULAR),
    ],
)
def test_plain_text_and_plain_bold_are_text_lines(
    edition: Edition, markup: str, text: str, font: str
) -> None:
    made = edition.para(markup)
    assert isinstance(made, TextLine)
    assert (made.text, made.font) == (text, font)


@pytest.mark.parametrize(
    "markup",
    [
        "two  spaces",  # a paragraph prints one
        " leading space",
        "a<br/>b",
        "<b>3</b> of 4",
        'a <font size="6">b</font>',
        "&nbsp;",  # an entity escape() does not make
        "",
    ],
)
def test_markup_a_paragraph_would_change_stays_a_paragraph(edition: Edition, markup: str) -> None:
    assert isinstance(edition.para(markup), Paragraph)


def test_a_style_a_text_line_cannot_imitate_makes_paragraphs(edition: Edition) -> None:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    right = ParagraphStyle("right", edition.styles.cell, alignment=TA_RIGHT)
    indented = ParagraphStyle("indented", edition.styles.cell, leftIndent=4)
    assert isinstance(edition.para("3.0", right), Paragraph)
    assert isinstance(edition.para("3.0", indented), Paragraph)


def test_a_text_line_too_long_for_its_width_lays_out_as_the_paragraph(
    edition: Edition,
) -> None:
    words = "a decision on the joint roadmap for the next three years"
    line = edition.para(words)
    assert isinstance(line, TextLine)
    paragraph = Paragraph(words, edition.styles.cell)
    wide = paragraph.wrap(400, 100)
    assert line.wrap(400, 100) == wide == (400, edition.styles.cell.leading)
    narrow = Paragraph(words, edition.styles.cell).wrap(60, 100)
    assert narrow[1] > edition.styles.cell.leading  # several lines
    assert line.wrap(60, 100) == narrow


def _printed(target: Path) -> list[list[tuple[str, float, float, float]]]:
    """Every piece of text of every page, with where and how big it is printed."""
    pages = []
    for page in PdfReader(target).pages:
        found: list[tuple[str, float, float, float]] = []

        def visit(
            text: str,
            cm: Any,
            tm: Any,
            font: Any,
            size: float,
            found: list[tuple[str, float, float, float]] = found,
        ) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((text.strip(), round(x, 3), round(y, 3), round(size * cm[0], 3)))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def test_a_pack_prints_every_text_where_paragraphs_print_it(
    small_demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_workbook(small_demo_path) as workbook:
        report.build_briefing(workbook.db, tmp_path / "lines.pdf", None, today=TODAY, workers=1)
        made: list[Any] = []
        real = Edition.para

        def counted(self: Edition, markup: str, style: Any = None) -> Any:
            made.append(real(self, markup, style))
            return made[-1]

        monkeypatch.setattr(Edition, "para", counted)
        monkeypatch.setattr(Edition, "_line", lambda self, markup, style: None)
        report.build_briefing(
            workbook.db, tmp_path / "paragraphs.pdf", None, today=TODAY, workers=1
        )
    assert made and not [m for m in made if isinstance(m, briefing_edition.TextLine)]
    lines, paragraphs = _printed(tmp_path / "lines.pdf"), _printed(tmp_path / "paragraphs.pdf")
    assert len(lines) == len(paragraphs) > 10
    assert lines == paragraphs


def test_sentences_are_a_paragraph_each_as_high_as_the_joined_one(edition: Edition) -> None:
    """What changed and the early warnings list an alliance's sentences in one cell: a
    paragraph (or a TextLine) each, which takes the lines the sentences joined by line
    breaks took."""
    from alliance_desk.reports.briefing_layout import Plan
    from alliance_desk.reports.briefing_summary import _sentences_by_alliance
    from alliance_desk.store.portfolio import portfolio

    line = portfolio(edition.db, TODAY)[0]
    said = ["Status set to red.", "A long sentence " * 12 + "that wraps.", "Risk closed."]
    [row] = _sentences_by_alliance(edition, [line], Plan(), {line.alliance_id: said})
    cell = row[1]
    assert [type(flowable) for flowable in cell] == [TextLine, TextLine, TextLine]
    width = 240
    heights = sum(flowable.wrap(width, 1000)[1] for flowable in cell)
    joined = Paragraph("<br/>".join(said), edition.styles.cell).wrap(width, 1000)[1]
    assert heights == joined > 3 * edition.styles.cell.leading
    assert cell[1].paragraph is not None  # the long one laid out as a paragraph
