"""The board pack's executive summary, and the places where early warnings and what
changed since the last board meeting are printed.

The summary follows the cover: the portfolio at a glance in one chart
(:mod:`alliance_desk.reports.briefing_portfolio_chart`), the alliances needing
attention first (red, then amber, then falling) with the page of each, and how
many decisions, health checks and actions are past their date.

:func:`early_warnings` and :func:`what_changed` print what they are given, and
nothing when given None: the signals (``store.signals.signals``) and the
changes (``store.changes.changes_since``) are computed by other parts of the
product and passed in by :func:`alliance_desk.reports.briefing.build_briefing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from alliance_desk.domain.insights import attention_rank
from alliance_desk.reports.briefing_edition import Edition
from alliance_desk.reports.briefing_layout import Anchor, Plan
from alliance_desk.reports.briefing_pack import badge, shortened_note
from alliance_desk.reports.briefing_portfolio_chart import Point, legend, portfolio_chart
from alliance_desk.reports.briefing_style import table_style
from alliance_desk.store.portfolio import PortfolioLine

ATTENTION_ROWS = 12  # the rest are first in the overview
CHART_HEIGHT = 92 * mm
QUADRANTS = {
    "en": {
        "quadrant_low_up": "weak, improving",
        "quadrant_high_up": "healthy, improving",
        "quadrant_low_down": "weak and falling",
        "quadrant_high_down": "healthy, falling",
        "checked_once": "checked once",
    },
    "nl": {
        "quadrant_low_up": "zwak, verbetert",
        "quadrant_high_up": "gezond, verbetert",
        "quadrant_low_down": "zwak en dalend",
        "quadrant_high_down": "gezond, dalend",
        "checked_once": "één check",
    },
}


def change_of(line: PortfolioLine) -> float | None:
    """The change of overall health since the previous check by the same side."""
    if line.trend_latest_score is None or line.trend_previous_score is None:
        return None
    return round(line.trend_latest_score - line.trend_previous_score, 2)


def summary(briefing: Edition, lines: list[PortfolioLine], plan: Plan) -> list[Flowable]:
    """The executive summary page(s) of the pack of ``lines`` (in the pack's order)."""
    labels = briefing.labels
    styles = briefing.styles
    needing = [line for line in lines if attention_rank(line.status_rag, line.trend).needed]
    story: list[Flowable] = [
        Anchor("summary", labels["summary"]),
        briefing.para(briefing.label("summary"), styles.title),
        briefing.para(briefing.label("at_glance").upper(), styles.heading),
        chart(briefing, lines),
        Spacer(1, 1 * mm),
        legend(labels, briefing.width),
        briefing.para(briefing.label("chart_note"), styles.small),
        briefing.para(briefing.label("attention").upper(), styles.heading),
        *attention(briefing, needing, plan),
        briefing.para(briefing.label("overdue_heading").upper(), styles.heading),
        briefing.para(overdue_counts(briefing, lines)),
    ]
    return story


def chart(briefing: Edition, lines: list[PortfolioLine]) -> Flowable:
    points = [
        Point(
            health=line.latest_score,
            change=change_of(line),
            status=line.status_rag,
            name=line.name if attention_rank(line.status_rag, line.trend).needed else None,
        )
        for line in lines
        if line.latest_score is not None
    ]
    names = {**briefing.labels, **QUADRANTS[briefing.language]}
    return portfolio_chart(points, names, briefing.width, CHART_HEIGHT, briefing.language)


def health(briefing: Edition, line: PortfolioLine) -> str:
    """The latest overall health and its change, as "2,9 (−0,7)"; markup."""
    if line.latest_score is None:
        return briefing.labels["none"]
    shown = briefing.number(line.latest_score)
    change = change_of(line)
    if change is not None:
        shown += f" ({briefing.difference(change)})"
    return escape(shown)


def attention(briefing: Edition, needing: list[PortfolioLine], plan: Plan) -> list[Flowable]:
    """The alliances needing attention, most urgent first, with their status, reason,
    health and page; past ATTENTION_ROWS, one line pointing to the overview."""
    if not needing:
        return [briefing.para(briefing.label("attention_none"))]
    before = briefing.shortened
    rows: list[list[Any]] = [
        [
            briefing.para(briefing.label(key), briefing.styles.head_cell)
            for key in ("alliance", "status", "latest", "page_column")
        ]
    ]
    for line in needing[:ATTENTION_ROWS]:
        rows.append(
            [
                briefing.para(
                    f"<b>{briefing.text(line.name, 90)}</b> · {briefing.text(line.partner, 50)}"
                    f'<br/><font size="6.5" color="#5f6b78">'
                    f"{briefing.text(line.status_reason, 150)}</font>"
                ),
                badge(briefing, line, 10),
                briefing.para(health(briefing, line)),
                briefing.para(f"<b>{plan.alliance(line.alliance_id)}</b>"),
            ]
        )
    rest = len(needing) - ATTENTION_ROWS
    if rest > 0:
        rows.append(
            [
                briefing.para(briefing.label("attention_rest", count=rest), briefing.styles.small),
                "",
                "",
                briefing.para(str(plan.section("overview")), briefing.styles.small),
            ]
        )
    w = briefing.width
    table = Table(rows, colWidths=[w * 0.60, w * 0.18, w * 0.14, w * 0.08], repeatRows=1)
    style = table_style()
    style.add("ALIGN", (-1, 0), (-1, -1), "RIGHT")
    table.setStyle(style)
    return [table, *shortened_note(briefing, before)]


def overdue_counts(briefing: Edition, lines: list[PortfolioLine]) -> str:
    """How many decisions, health checks and actions of the pack are past their date."""
    today = briefing.today
    decisions = sum(
        briefing.overdue(decision)
        for line in lines
        for decision in briefing.pending(line.alliance_id)
    )
    checks = sum(
        line.next_health_check is not None and line.next_health_check < today for line in lines
    )
    actions = sum(line.overdue_actions for line in lines)
    return " · ".join(
        f"<b>{briefing.counted(key, count)}</b>" if count else briefing.counted(key, count)
        for key, count in (
            ("late_decisions", decisions),
            ("late_checks", checks),
            ("late_actions", actions),
        )
    )


def _sentences_by_alliance(
    briefing: Edition,
    lines: list[PortfolioLine],
    plan: Plan,
    sentences: Mapping[int, Sequence[str]],
) -> list[list[Any]]:
    """A row per alliance with sentences (in the pack's order): its name, the sentences and
    the page of its one-pager."""
    return [
        [
            briefing.para(f"<b>{briefing.text(line.name, 90)}</b>"),
            # A paragraph each, not one joined by line breaks: the same lines, and most
            # sentences fit on one, where they are plain text (see Edition.para).
            [briefing.para(briefing.text(sentence, 200)) for sentence in said],
            briefing.para(f"<b>{plan.alliance(line.alliance_id)}</b>"),
        ]
        for line in lines
        if (said := sentences.get(line.alliance_id))
    ]


def early_warnings(
    briefing: Edition,
    lines: list[PortfolioLine],
    plan: Plan,
    warnings: Mapping[int, Sequence[str]] | None,
) -> list[Flowable]:
    """The early-warning list: for each alliance of the pack with signals (in the pack's
    order), its name, the sentences (most severe first) and its page. ``warnings``: alliance
    id -> sentences, from ``store.signals.signals`` and ``domain.signals.sentence``; None
    (signals not available) prints nothing."""
    if warnings is None:
        return []
    rows: list[list[Any]] = [
        [
            briefing.para(briefing.label(key), briefing.styles.head_cell)
            for key in ("alliance", "warnings", "page_column")
        ]
    ]
    rows += _sentences_by_alliance(briefing, lines, plan, warnings)
    w = briefing.width
    heading = briefing.para(briefing.label("warnings").upper(), briefing.styles.heading)
    if len(rows) == 1:
        return [heading, briefing.para(briefing.labels["none"])]
    table = Table(rows, colWidths=[w * 0.32, w * 0.60, w * 0.08], repeatRows=1)
    style = table_style()
    style.add("ALIGN", (-1, 0), (-1, -1), "RIGHT")
    table.setStyle(style)
    return [heading, table]


def what_changed(
    briefing: Edition,
    lines: list[PortfolioLine],
    plan: Plan,
    since: dt.date,
    changes: Mapping[int, Sequence[str]] | None,
) -> list[Flowable]:
    """What changed since ``since`` in each alliance of the pack (in the pack's order) with
    its page. ``changes``: alliance id -> sentences, from ``store.changes.changes_since`` and
    ``domain.changes.sentence``; None (changes not available) prints nothing, not even the
    heading, so the pack never claims that nothing changed."""
    if changes is None:
        return []
    title = briefing.labels["changes"].format(date=briefing.day(since))
    story: list[Flowable] = [
        Anchor("changes", title),
        briefing.para(escape(title), briefing.styles.title),
        Spacer(1, 3 * mm),
    ]
    rows: list[list[Any]] = []
    rows += _sentences_by_alliance(briefing, lines, plan, changes)
    if not rows:
        return story + [briefing.para(briefing.labels["none"])]
    w = briefing.width
    table = Table(rows, colWidths=[w * 0.32, w * 0.60, w * 0.08])
    style = table_style(header=False)
    style.add("ALIGN", (-1, 0), (-1, -1), "RIGHT")
    table.setStyle(style)
    return story + [table]
