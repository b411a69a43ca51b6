"""One edition of the briefing: a workbook briefed on in one language, as of one day.

:class:`Edition` holds what every page of the briefing needs, the one-pagers
as well as the board pack's cover, overview and appendix: the fixed texts of
its language, the paragraph styles, the text width, the way user text is
printed, and the query for pending decisions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from alliance_desk.domain.follow_up import Decision
from alliance_desk.reports import briefing_charts as charts
from alliance_desk.reports.briefing_style import paragraph_styles
from alliance_desk.reports.briefing_text import CODE_LABELS, LABELS, counted
from alliance_desk.store import records
from alliance_desk.store.db import Database


class Edition:
    """The briefing of ``db`` in ``language`` as of ``today``, ``width`` points wide."""

    def __init__(self, db: Database, language: str, today: dt.date, width: float) -> None:
        self.db, self.language, self.today, self.width = db, language, today, width
        self.labels = LABELS[language]
        self.codes = CODE_LABELS[language]
        self.safe = charts.SafeText()
        self.styles = paragraph_styles()

    def text(self, value: str | None, limit: int = 10_000) -> str:
        """User text, shortened, made printable and escaped for paragraph markup."""
        return escape(self.safe(charts.shorten(value, limit)))

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup, style or self.styles.cell)

    def label(self, key: str, **params: Any) -> str:
        return escape(self.labels[key].format(**params))

    def counted(self, key: str, count: int, **params: Any) -> str:
        """A text with a count in it, in the singular or the plural; escaped."""
        return escape(counted(self.language, key, count, **params))

    def day(self, value: dt.date | None) -> str:
        return value.isoformat() if value else self.labels["none"]

    def pending(self, alliance_id: int | None) -> list[Decision]:
        """The pending decisions of one alliance (None: of all), the earliest deadline first."""
        where = "status = 'pending'" + ("" if alliance_id is None else " AND alliance_id = :id")
        return records.select(
            self.db,
            Decision,
            where,
            {"id": alliance_id},
            order_by="deadline IS NULL, deadline, id",
        )
