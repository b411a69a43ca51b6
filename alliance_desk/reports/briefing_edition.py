"""One edition of the briefing: a workbook briefed on in one language, as of one day.

:class:`Edition` holds what every page of the briefing needs, the one-pagers
as well as the board pack's cover, overview and appendix: the fixed texts of
its language, the paragraph styles, the text width, the way user text,
numbers, dates and statuses are printed (figures and dates through
:mod:`alliance_desk.domain.notation`), and the pending decisions (read once).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

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
        self.shortened = 0  # how many texts were shortened so far

    def text(self, value: str | None, limit: int = 10_000) -> str:
        """User text, shortened (and counted), made printable and escaped for paragraph markup."""
        short = charts.shorten(value, limit)
        if short.endswith("\u2026") and short != " ".join((value or "").split()):
            self.shortened += 1
        return escape(self.safe(short))

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of ``markup``; the markup is parsed once per edition and style
        (most cells repeat: headings, column heads, levels, "none", "Approve")."""
        style = style or self.styles.cell
        key = (markup, style.name)
        frags = self._parsed.get(key)
        if frags is not None:
            return MeasuredParagraph(markup, style, frags=frags)
        made = MeasuredParagraph(markup, style)
        if made.style is style:  # the markup changed no style (<para>): its parts can be shared
            self._parsed[key] = made.frags
        return made

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
