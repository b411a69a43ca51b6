"""A questionnaire as a fillable PDF (reportlab AcroForm), for any PDF reader or browser.

The title and instructions, the scale's levels with their meaning, then per
dimension its name and description, a choice field of the levels (blank: no
answer) and a multi-line comment field. Two hidden, read-only text fields hold
the sealed identity. The page text is DejaVu Sans like the briefing; the
fields use Helvetica, the font every PDF reader has for forms (Dutch and
English need nothing beyond it).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from alliance_desk import __version__
from alliance_desk.domain.questionnaire import (
    PDF_MARK_FIELD,
    PDF_PAYLOAD_FIELD,
    level_label,
    pdf_answer_field,
    pdf_comment_field,
)
from alliance_desk.reports.briefing_charts import BOLD, INK, MUTED, REGULAR, register_fonts
from alliance_desk.reports.questionnaire_text import text
from alliance_desk.reports.questionnaires import Questionnaire

BLANK = " "  # the choice of no answer (a reader shows an empty box)
MARGIN = 18 * mm
_FIELD_FONT = "Helvetica"


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12, textColor=INK)
    return {
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=15, leading=19),
        "body": body,
        "muted": ParagraphStyle("muted", body, textColor=MUTED, fontSize=8.5, leading=11),
        "name": ParagraphStyle("name", body, fontName=BOLD, fontSize=10, leading=13),
    }


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Page:
    """Paragraphs and fields placed top-down, a new page when one does not fit."""

    def __init__(self, canvas: Canvas, size: tuple[float, float]):
        self.canvas, self.size = canvas, size
        self.width = size[0] - 2 * MARGIN
        self.top = size[1] - MARGIN

    def need(self, height: float) -> None:
        if self.top - height < MARGIN:
            self.canvas.showPage()
            self.top = self.size[1] - MARGIN

    def paragraph(self, content: str, style: ParagraphStyle, after: float = 4) -> None:
        para = Paragraph(_escape(content), style)
        _, height = para.wrap(self.width, self.size[1])
        self.need(height)
        para.drawOn(self.canvas, MARGIN, self.top - height)
        self.top -= height + after


def write_pdf(item: Questionnaire, target: Path, page_size: tuple[float, float] = A4) -> None:
    register_fonts()
    lang = item.language
    styles = _styles()
    canvas = Canvas(str(target), pagesize=page_size, invariant=True)
    canvas.setTitle(item.title)
    canvas.setCreator(f"alliance_desk {__version__}")
    page = _Page(canvas, page_size)
    form = canvas.acroForm
    for name, value in ((PDF_PAYLOAD_FIELD, item.payload), (PDF_MARK_FIELD, item.mark)):
        form.textfield(
            name=name,
            value=value,
            x=0,
            y=0,
            width=1,
            height=1,
            maxlen=len(value),
            fieldFlags="readOnly",
            annotationFlags="hidden",
            fontName=_FIELD_FONT,
        )
    page.paragraph(item.title, styles["title"], after=2)
    page.paragraph(item.respondent, styles["muted"], after=8)
    for line in (*item.lines, text(lang, "how_pdf")):
        page.paragraph(line, styles["body"])
    page.top -= 4
    page.paragraph(text(lang, "scale"), styles["name"], after=2)
    for level in item.snapshot.levels:
        description = level.description_nl if lang == "nl" else level.description_en
        label = level_label(level.value, level.name(lang))
        page.paragraph(f"{label}: {description}" if description else label, styles["body"], 1)
    page.top -= 8
    options = [BLANK] + [
        level_label(level.value, level.name(lang)) for level in item.snapshot.levels
    ]
    for dimension in item.snapshot.dimensions:
        description = dimension.description(lang)
        block = 13 + (24 if description else 0) + 22 + 44 + 14
        page.need(block)
        page.paragraph(dimension.name(lang), styles["name"], after=1)
        if description:
            page.paragraph(description, styles["muted"], after=3)
        page.need(22 + 44)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, page.top - 13, text(lang, "answer"))
        form.choice(
            name=pdf_answer_field(dimension.code),
            value=BLANK,
            options=options,
            x=round(MARGIN + 30 * mm),
            y=round(page.top - 17),
            width=round(70 * mm),
            height=17,
            fontName=_FIELD_FONT,
            fontSize=9,
            tooltip=f"{text(lang, 'answer')}: {dimension.name(lang)}",
        )
        page.top -= 22
        canvas.drawString(MARGIN, page.top - 11, text(lang, "comment"))
        form.textfield(
            name=pdf_comment_field(dimension.code),
            value="",
            x=round(MARGIN + 30 * mm),
            y=round(page.top - 42),
            width=round(page.width - 30 * mm),
            height=42,
            maxlen=2000,
            fieldFlags="multiline",
            fontName=_FIELD_FONT,
            fontSize=9,
            tooltip=f"{text(lang, 'comment')}: {dimension.name(lang)}",
        )
        page.top -= 44 + 14
    canvas.save()
