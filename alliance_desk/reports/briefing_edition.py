"""One edition of the briefing: a workbook briefed on in one language, as of one day.

:class:`Edition` holds what every page of the briefing needs, the one-pagers
as well as the board pack's cover, overview and appendix: the fixed texts of
its language, the paragraph styles, the text width, the way user text,
numbers, dates and statuses are printed (figures and dates through
:mod:`alliance_desk.domain.notation`), and the pending decisions (read once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from alliance_desk.domain import notation
from alliance_desk.domain.codes import Rag
from alliance_desk.domain.follow_up import Decision
from alliance_desk.domain.insights import is_overdue
from alliance_desk.reports import briefing_charts as charts
from alliance_desk.reports.briefing_style import paragraph_styles
from alliance_desk.reports.briefing_text import CODE_LABELS, LABELS, counted
from alliance_desk.store import records
from alliance_desk.store.db import Database


class MeasuredParagraph(Paragraph):
    """A paragraph that breaks its lines once per width.

    A table lays out the flowables of a cell when it measures its rows and again when
    it draws them, and a table inside a cell of another table is measured and drawn
    again by that one: a paragraph deep in the one-pager was broken into lines three
    times. Its lines depend on the width alone, so the second and later wraps at the
    same width give what the first gave."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


class TextLine(Flowable):
    """Text of one font on one line, drawn as a :class:`Paragraph` of it draws it: at the
    same place, in the same font, size and colour, but without parsing markup, breaking
    lines or the paragraph's drawing machinery (most cells of the briefing's tables hold
    a word, a number or a date). Made by :meth:`Edition.para` for markup that is plain text
    or plain text in bold; where the text turns out not to fit on one line, it lays itself
    out and draws as that paragraph."""

    def __init__(
        self, text: str, font: str, style: ParagraphStyle, paragraph: Callable[[], Paragraph]
    ) -> None:
        super().__init__()
        self.text, self.font, self.style, self.make_paragraph = text, font, style, paragraph
        self.length = stringWidth(text, font, style.fontSize)
        self.paragraph: Paragraph | None = None  # where the text does not fit

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # A margin for rounding: the paragraph sums the widths of the words and spaces.
        if self.paragraph is None and self.length <= availWidth - 0.01:
            self.width, self.height = availWidth, self.style.leading
            return self.width, self.height
        if self.paragraph is None:
            self.paragraph = self.make_paragraph()
        return self.paragraph.wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self.paragraph is None:
            return []  # one line: cannot be split
        return list(self.paragraph.split(availWidth, availHeight))

    def getSpaceBefore(self) -> float:  # noqa: N802  (reportlab's name)
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if self.paragraph is not None:
            paragraph: Any = self.paragraph  # reportlab's stubs leave out _sW
            paragraph.drawOn(canvas, x, y, _sW)
            return
        # Drawn where it goes: a flowable's drawOn saves the state and moves the origin
        # around draw(), which one line of text does not need (two of the canvas's most
        # frequent operations, with ~100 lines a page). It takes the whole width it is
        # given, so there is no room (_sW) to align it in.
        self._draw_at(canvas, x, y)

    def draw(self) -> None:
        self._draw_at(self.canv, 0, 0)

    def _draw_at(self, canvas: Any, x: float, y: float) -> None:
        style = self.style
        canvas.saveState()  # for the fill colour
        canvas.setFillColor(style.textColor)
        # The paragraph's first baseline: its font size below the top (reportlab's
        # paraFontSizeHeightOffset, on by default).
        text = canvas.beginText(x, y + self.height - style.fontSize)
        text.setFont(self.font, style.fontSize, style.leading)
        text.textOut(self.text)
        canvas.drawText(text)
        canvas.restoreState()


def _one_line_style(style: ParagraphStyle) -> bool:
    """Whether a paragraph of ``style`` draws one line of text as :class:`TextLine` does."""
    return (
        style.alignment == TA_LEFT
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and style.backColor is None
        and not style.borderWidth
        and getattr(style, "autoLeading", "") in ("", "off", None)
        and getattr(style, "wordWrap", None) is None
        and not getattr(style, "textTransform", None)
        and not getattr(style, "bulletText", None)
    )


class Edition:
    """The briefing of ``db`` in ``language`` as of ``today``, ``width`` points wide."""

    def __init__(self, db: Database, language: str, today: dt.date, width: float) -> None:
        self.db, self.language, self.today, self.width = db, language, today, width
        self.labels = LABELS[language]
        self.codes = CODE_LABELS[language]
        self.safe = charts.SafeText()
        self.styles = paragraph_styles()
        self._pending: dict[int, list[Decision]] = {}
        self._parsed: dict[tuple[str, str], list[Any]] = {}  # markup and style -> its parts
        # style -> its regular and bold font, None where TextLine cannot stand for it
        self._fonts: dict[str, tuple[str, str] | None] = {}
        self.shortened = 0  # how many texts were shortened so far

    def text(self, value: str | None, limit: int = 10_000) -> str:
        """User text, shortened (and counted), made printable and escaped for paragraph markup."""
        short = charts.shorten(value, limit)
        if short.endswith("\u2026") and short != " ".join((value or "").split()):
            self.shortened += 1
        return escape(self.safe(short))

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Flowable:
        """A paragraph of ``markup``; the markup is parsed once per edition and style
        (most cells repeat: headings, column heads, levels, "none", "Approve"). Plain text,
        or plain text in bold, is a :class:`TextLine` (a paragraph where it needs more than
        one line)."""
        style = style or self.styles.cell
        line = self._line(markup, style)
        return line if line is not None else self._paragraph(markup, style)

    def _paragraph(self, markup: str, style: ParagraphStyle) -> Paragraph:
        key = (markup, style.name)
        frags = self._parsed.get(key)
        if frags is not None:
            return MeasuredParagraph(markup, style, frags=frags)
        made = MeasuredParagraph(markup, style)
        if made.style is style:  # the markup changed no style (<para>): its parts can be shared
            self._parsed[key] = made.frags
        return made

    def _line(self, markup: str, style: ParagraphStyle) -> TextLine | None:
        """``markup`` as a :class:`TextLine` when it is text a paragraph would print as
        given (single spaces, no tags, only the entities ``escape`` makes), else None."""
        bold = markup.startswith("<b>") and markup.endswith("</b>")
        text = markup[3:-4] if bold else markup
        if not text or "<" in text or text != " ".join(text.split()):
            return None
        if "&" in text:
            plain = unescape(text)
            if escape(plain) != text:
                return None
            text = plain
        if style.name not in self._fonts:
            family = ps2tt(style.fontName)[0]
            self._fonts[style.name] = (
                (style.fontName, tt2ps(family, 1, 0)) if _one_line_style(style) else None
            )
        fonts = self._fonts[style.name]
        if fonts is None:
            return None
        return TextLine(text, fonts[bold], style, lambda: self._paragraph(markup, style))

    def label(self, key: str, **params: Any) -> str:
        return escape(self.labels[key].format(**params))

    def counted(self, key: str, count: int, **params: Any) -> str:
        """A text with a count in it, in the singular or the plural; escaped."""
        return escape(counted(self.language, key, count, **params))

    def day(self, value: dt.date | None) -> str:
        """A date as the language writes it in a table or a caption: 5 Dec 2026, 5 dec. 2026."""
        return notation.date_medium(value, self.language) if value else self.labels["none"]

    def number(self, value: float, places: int = 1) -> str:
        """A number as the language writes it: 3.6 in English, 3,6 in Dutch."""
        return notation.number(value, self.language, places)

    def percent(self, value: float) -> str:
        """A percentage, ``value`` in per cent: 50%."""
        return notation.percent(value, self.language)

    def difference(self, value: float, places: int = 1) -> str:
        """A change or a gap, signed: +0.5, −0.5, ±0.0."""
        return notation.difference(value, self.language, places)

    def status_word(self, rag: Rag | None) -> str:
        """The status as the briefing names it; None is "not assessed"."""
        return self.labels["not_assessed" if rag is None else rag.value]

    def overdue(self, decision: Decision) -> bool:
        return is_overdue(decision.deadline, self.today)

    def deadline(self, decision: Decision) -> str:
        """The deadline, and for one that passed, "overdue" beside it in bold: markup."""
        if not self.overdue(decision):
            return escape(self.day(decision.deadline))
        return f"<b>{escape(self.day(decision.deadline))}<br/>{self.label('overdue')}</b>"

    def pending(self, alliance_id: int) -> list[Decision]:
        """The pending decisions of one alliance, the earliest deadline first (so those past
        their deadline come first); read from the workbook once per edition."""
        found = self._pending.get(alliance_id)
        if found is None:
            found = self._pending[alliance_id] = records.select(
                self.db,
                Decision,
                "alliance_id = :id AND status = 'pending'",
                {"id": alliance_id},
                order_by="deadline IS NULL, deadline, id",
            )
        return found
