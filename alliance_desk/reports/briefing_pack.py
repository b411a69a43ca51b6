"""The board pack's own pages: the cover, the portfolio overview and the appendix.

Each takes the :class:`~alliance_desk.reports.briefing_edition.Edition` being
written and the portfolio lines of the alliances in the pack, in the pack's
order, and counts, lists and names only those alliances. The one-pagers
between overview and appendix are made in :mod:`alliance_desk.reports.briefing`.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Spacer, Table

from alliance_desk.domain.codes import Rag
from alliance_desk.reports import briefing_charts as charts
from alliance_desk.reports.briefing_charts import ACCENT
from alliance_desk.reports.briefing_edition import Edition
from alliance_desk.reports.briefing_style import table_style
from alliance_desk.store.portfolio import PortfolioLine


def cover(
    briefing: Edition, organisation: str, height: float, lines: list[PortfolioLine]
) -> list[Flowable]:
    """The title page: for whom, as of when, and the alliances' status in one line."""
    styles = briefing.styles
    counts = {rag: sum(line.status_rag is rag for line in lines) for rag in (*Rag, None)}
    asked = sum(len(briefing.pending(line.alliance_id)) for line in lines)
    summary = " · ".join(
        [
            briefing.counted("alliances", len(lines)),
            briefing.counted("red", counts[Rag.RED]),
            briefing.counted("amber", counts[Rag.AMBER]),
            briefing.counted("green", counts[Rag.GREEN]),
            *([briefing.counted("not_assessed", counts[None])] if counts[None] else []),
            briefing.counted("asked", asked),
        ]
    )
    return [
        Spacer(1, height * 0.28),
        HRFlowable(width="18%", thickness=3, color=ACCENT, hAlign="LEFT", spaceAfter=6 * mm),
        briefing.para(briefing.label("board_pack"), styles.cover),
        Spacer(1, 6 * mm),
        briefing.para(
            escape(briefing.labels["prepared_for"]).format(
                org=f"<b>{briefing.text(organisation, 120)}</b>", date=briefing.today.isoformat()
            ),
            styles.reason,
        ),
        Spacer(1, 3 * mm),
        briefing.para(summary, styles.subtitle),
        PageBreak(),
    ]


def overview(briefing: Edition, lines: list[PortfolioLine]) -> list[Flowable]:
    """One row per alliance: name, partner and reason, status, stage, trend, decisions asked."""
    labels = briefing.labels
    rows: list[list[Any]] = [
        [
            briefing.para(briefing.label(key), briefing.styles.head_cell)
            for key in ("alliance", "status", "stage", "health", "asked")
        ]
    ]
    for line in lines:
        trend = labels[line.trend.value] if line.trend else labels["none"]
        rows.append(
            [
                briefing.para(
                    f"<b>{briefing.text(line.name, 90)}</b><br/>{briefing.text(line.partner, 60)}"
                    f'<br/><font size="6.5" color="#5f6b78">'
                    f"{briefing.text(line.status_reason, 160)}</font>"
                ),
                charts.rag_badge(
                    line.status_rag,
                    labels[line.status_rag.value if line.status_rag else "not_assessed"],
                    10,
                ),
                briefing.para(escape(briefing.codes[line.lifecycle_stage.value])),
                briefing.para(escape(trend)),
                briefing.para(f"<b>{len(briefing.pending(line.alliance_id))}</b>"),
            ]
        )
    w = briefing.width
    table = Table(rows, colWidths=[w * 0.40, w * 0.18, w * 0.18, w * 0.14, w * 0.10], repeatRows=1)
    style = table_style()
    style.add("TOPPADDING", (0, 1), (-1, -1), 4)
    style.add("BOTTOMPADDING", (0, 1), (-1, -1), 4)
    table.setStyle(style)
    return [
        briefing.para(briefing.label("overview"), briefing.styles.title),
        Spacer(1, 4 * mm),
        table,
        PageBreak(),
    ]


def appendix(briefing: Edition, lines: list[PortfolioLine]) -> list[Flowable]:
    """Every pending decision of the pack's alliances, the earliest deadline first."""
    names = {line.alliance_id: line.name for line in lines}
    none = briefing.labels["none"]
    rows: list[list[Any]] = [
        [
            briefing.para(briefing.label(key), briefing.styles.head_cell)
            for key in ("alliance", "decision", "recommendation", "asked_of", "deadline")
        ]
    ]
    for decision in briefing.pending(None):
        if decision.alliance_id not in names:
            continue
        rows.append(
            [
                briefing.para(briefing.text(names[decision.alliance_id], 60)),
                briefing.para(f"<b>{briefing.text(decision.title, 140)}</b>"),
                briefing.para(briefing.text(decision.recommendation or none, 300)),
                briefing.para(briefing.text(decision.asked_of or none, 40)),
                briefing.para(briefing.day(decision.deadline)),
            ]
        )
    w = briefing.width
    table = Table(rows, colWidths=[w * 0.18, w * 0.24, w * 0.34, w * 0.12, w * 0.12], repeatRows=1)
    table.setStyle(table_style())
    return [
        briefing.para(briefing.label("appendix"), briefing.styles.title),
        Spacer(1, 4 * mm),
        table,
    ]
