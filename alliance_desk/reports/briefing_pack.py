"""The board pack's own pages: the cover with its contents, the portfolio overview and the
appendix of pending decisions.

Each takes the :class:`~alliance_desk.reports.briefing_edition.Edition` being
written, the portfolio lines of the alliances in the pack in the pack's order
(by attention, see :func:`by_attention`) and the pack's
:class:`~alliance_desk.reports.briefing_layout.Plan`, and counts, lists and names
only those alliances. Every page number is printed in a column of its own, so
the numbers never change the layout (see :mod:`alliance_desk.reports.briefing_layout`).
The one-pagers between overview and appendix are made in
:mod:`alliance_desk.reports.briefing`, the summary in
:mod:`alliance_desk.reports.briefing_summary`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table

from alliance_desk.domain.codes import Rag
from alliance_desk.domain.insights import attention_rank
from alliance_desk.reports import briefing_charts as charts
from alliance_desk.reports.briefing_charts import ACCENT
from alliance_desk.reports.briefing_edition import Edition
from alliance_desk.reports.briefing_layout import Anchor, Plan, group_key
from alliance_desk.reports.briefing_style import table_style
from alliance_desk.store.portfolio import PortfolioLine

RECOMMENDATION = 1500  # characters of a recommendation in the appendix: in practice all


def by_attention(lines: Sequence[PortfolioLine]) -> list[PortfolioLine]:
    """Red, then amber, then falling, then not assessed, then the rest; by name within each."""
    return sorted(
        lines,
        key=lambda line: (
            attention_rank(line.status_rag, line.trend),
            line.name.casefold(),
            line.alliance_id,
        ),
    )


def badge(briefing: Edition, line: PortfolioLine, size: float = 16) -> Flowable:
    """The status badge (its shape, colour and word; hollow when not assessed, part A)."""
    return charts.rag_badge(line.status_rag, briefing.status_word(line.status_rag), size)


def shortened_note(briefing: Edition, before: int) -> list[Flowable]:
    """The line saying where the full text is, if text was shortened since ``before``."""
    if briefing.shortened <= before:
        return []
    return [Spacer(1, 2), briefing.para(briefing.label("shortened"), briefing.styles.small)]


def cover(
    briefing: Edition,
    organisation: str,
    height: float,
    lines: list[PortfolioLine],
    plan: Plan,
    sections: Sequence[tuple[str, str]],
) -> list[Flowable]:
    """The title page: for whom, as of when, the alliances' status in one line, and the
    contents: the page of each of ``sections`` (key, title) that precede the alliances,
    the alliances' pages and the appendix's."""
    styles = briefing.styles
    counts = {rag: sum(line.status_rag is rag for line in lines) for rag in Rag}
    unset = sum(line.status_rag is None for line in lines)  # said only when there are any
    asked = sum(len(briefing.pending(line.alliance_id)) for line in lines)
    parts = [
        briefing.counted("alliances", len(lines)),
        briefing.counted("red", counts[Rag.RED]),
        briefing.counted("amber", counts[Rag.AMBER]),
        briefing.counted("green", counts[Rag.GREEN]),
    ]
    if unset:
        parts.append(briefing.counted("not_assessed", unset))
    summary = " · ".join([*parts, briefing.counted("asked", asked)])
    return [
        Spacer(1, height * 0.22),
        HRFlowable(width="18%", thickness=3, color=ACCENT, hAlign="LEFT", spaceAfter=6 * mm),
        briefing.para(briefing.label("board_pack"), styles.cover),
        Spacer(1, 6 * mm),
        briefing.para(
            escape(briefing.labels["prepared_for"]).format(
                org=f"<b>{briefing.text(organisation, 120)}</b>", date=briefing.day(briefing.today)
            ),
            styles.reason,
        ),
        Spacer(1, 3 * mm),
        briefing.para(summary, styles.subtitle),
        Spacer(1, 16 * mm),
        briefing.para(briefing.label("contents").upper(), styles.heading),
        contents(briefing, lines, plan, sections),
    ]


def contents(
    briefing: Edition,
    lines: list[PortfolioLine],
    plan: Plan,
    sections: Sequence[tuple[str, str]],
) -> Table:
    """Each section of the pack with its first page; the alliances with their range."""
    rows: list[list[Any]] = [
        [briefing.para(escape(title)), briefing.para(str(plan.section(key)))]
        for key, title in sections
    ]
    if lines:
        first = plan.alliance(lines[0].alliance_id)
        last = plan.alliance(lines[-1].alliance_id)
        rows.append(
            [
                briefing.para(briefing.label("alliances_section")),
                briefing.para(briefing.label("pages", first=first, last=last)),
            ]
        )
    rows.append(
        [briefing.para(briefing.label("appendix")), briefing.para(str(plan.section("appendix")))]
    )
    width = briefing.width * 0.62
    table = Table(rows, colWidths=[width - 22 * mm, 22 * mm], hAlign="LEFT")
    style = table_style(header=False)
    style.add("ALIGN", (1, 0), (1, -1), "RIGHT")
    style.add("TOPPADDING", (0, 0), (-1, -1), 3)
    style.add("BOTTOMPADDING", (0, 0), (-1, -1), 3)
    table.setStyle(style)
    return table


# The overview's columns as shares of the text width: alliance, status, stage, trend,
# decisions asked, page. The status badge is drawn, not wrapped: its column holds the
# widest word of either language ("NIET BEOORDEELD") on the narrower paper.
OVERVIEW_COLUMNS = (0.33, 0.18, 0.16, 0.15, 0.10, 0.08)


def overview(briefing: Edition, lines: list[PortfolioLine], plan: Plan) -> list[Flowable]:
    """One row per alliance in the pack's order (by attention): name, partner and reason,
    status, stage, trend, decisions asked, and the page of its one-pager (so the overview
    is the index of the alliances too)."""
    labels = briefing.labels
    before = briefing.shortened
    rows: list[list[Any]] = [
        [
            briefing.para(briefing.label(key), briefing.styles.head_cell)
            for key in ("alliance", "status", "stage", "health", "asked", "page_column")
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
                badge(briefing, line, 10),
                briefing.para(escape(briefing.codes[line.lifecycle_stage.value])),
                briefing.para(escape(trend)),
                briefing.para(f"<b>{len(briefing.pending(line.alliance_id))}</b>"),
                briefing.para(f"<b>{plan.alliance(line.alliance_id)}</b>"),
            ]
        )
    w = briefing.width
    table = Table(
        rows,
        colWidths=[w * share for share in OVERVIEW_COLUMNS],
        repeatRows=1,
    )
    style = table_style()
    style.add("TOPPADDING", (0, 1), (-1, -1), 4)
    style.add("BOTTOMPADDING", (0, 1), (-1, -1), 4)
    style.add("ALIGN", (-1, 0), (-1, -1), "RIGHT")
    table.setStyle(style)
    return [
        Anchor("overview", labels["overview"]),
        briefing.para(briefing.label("overview"), briefing.styles.title),
        Spacer(1, 4 * mm),
        table,
        *shortened_note(briefing, before),
    ]


def appendix(briefing: Edition, lines: list[PortfolioLine]) -> list[Flowable]:
    """Every pending decision of the pack's alliances, grouped by alliance in the pack's
    order, each group the earliest deadline first (so those past it first, marked). A group
    is kept on one page when it fits, so the page a one-pager points to holds it all."""
    none = briefing.labels["none"]
    before = briefing.shortened
    story: list[Flowable] = [
        Anchor("appendix", briefing.labels["appendix"]),
        briefing.para(briefing.label("appendix"), briefing.styles.title),
        Spacer(1, 2 * mm),
    ]
    w = briefing.width
    for line in lines:
        found = briefing.pending(line.alliance_id)
        if not found:
            continue
        rows: list[list[Any]] = [
            [
                briefing.para(briefing.label(key), briefing.styles.head_cell)
                for key in ("decision", "recommendation", "asked_of", "deadline")
            ]
        ]
        for number, decision in enumerate(found, start=1):
            rows.append(
                [
                    briefing.para(f"<b>{number}. {briefing.text(decision.title, 300)}</b>"),
                    briefing.para(briefing.text(decision.recommendation or none, RECOMMENDATION)),
                    briefing.para(briefing.text(decision.asked_of or none, 60)),
                    briefing.para(briefing.deadline(decision)),
                ]
            )
        table = Table(rows, colWidths=[w * 0.28, w * 0.44, w * 0.14, w * 0.14], repeatRows=1)
        table.setStyle(table_style())
        heading = briefing.para(
            f"{briefing.text(line.name, 120)} · {briefing.text(line.partner, 80)}",
            briefing.styles.heading,
        )
        story.append(KeepTogether([Anchor(group_key(line.alliance_id)), heading, table]))
    return story + shortened_note(briefing, before)
