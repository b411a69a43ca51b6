"""What the one-pager asks and what falls due: the decisions asked of senior management
and the next 90 days.

Decisions past their deadline come first, marked in words and weight; those the page has no
room for are counted, with the appendix page that lists them all. "Next 90 days" holds what
falls due from today on; what is already overdue is one line with its count and oldest date,
so old items never crowd out what is coming.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Table

from alliance_desk.domain.follow_up import Action
from alliance_desk.reports.briefing_edition import Edition
from alliance_desk.reports.briefing_layout import Plan
from alliance_desk.reports.briefing_style import table_style
from alliance_desk.store import records
from alliance_desk.store.portfolio import PortfolioLine

HORIZON_DAYS = 90
MAX_DECISIONS = 3
MAX_AHEAD = 6


def decisions(edition: Edition, alliance_id: int, plan: Plan) -> Flowable:
    """At most MAX_DECISIONS pending decisions, those past their deadline first and
    marked in words and weight; the rest counted, with the appendix page that lists
    them all when the briefing has an appendix."""
    pending = edition.pending(alliance_id)
    if not pending:
        return edition.para(edition.label("no_decisions"))
    rows: list[list[Any]] = [
        [
            edition.para(edition.label(key), edition.styles.head_cell)
            for key in ("decision", "recommendation", "deadline")
        ]
    ]
    for number, decision in enumerate(pending[:MAX_DECISIONS], start=1):
        rows.append(
            [
                edition.para(f"<b>{number}. {edition.text(decision.title, 110)}</b>"),
                edition.para(edition.text(decision.recommendation or edition.labels["none"], 240)),
                edition.para(edition.deadline(decision)),
            ]
        )
    rest = len(pending) - MAX_DECISIONS
    if rest > 0:
        page = plan.decisions_page(alliance_id)
        more = (
            edition.label("more", count=rest)
            if page is None
            else edition.label("more_see", count=rest, page=page)
        )
        rows.append([edition.para(f"<b>{more}</b>"), "", ""])
    table = Table(
        rows, colWidths=[edition.width * 0.34, edition.width * 0.53, edition.width * 0.13]
    )
    style = table_style()
    if rest > 0:
        style.add("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1))
    table.setStyle(style)
    return table


def ahead(edition: Edition, line: PortfolioLine) -> Flowable:
    """What falls due from today to HORIZON_DAYS ahead (open actions, pending decisions),
    the earliest first; what is already overdue in one line, with its count and the
    oldest date; and the next health check."""
    until = edition.today + dt.timedelta(days=HORIZON_DAYS)
    items: list[tuple[dt.date, str, str, str | None]] = []
    for action in records.select(
        edition.db,
        Action,
        "alliance_id = :id AND status IN ('open', 'in_progress') AND due_date <= :until",
        {"id": line.alliance_id, "until": until.isoformat()},
    ):
        assert action.due_date is not None
        items.append((action.due_date, edition.labels["action"], action.title, action.owner))
    for decision in edition.pending(line.alliance_id):
        if decision.deadline is not None and decision.deadline <= until:
            items.append(
                (decision.deadline, edition.labels["decision"], decision.title, decision.asked_of)
            )
    items.sort(key=lambda item: item[0])
    late = [item for item in items if item[0] < edition.today]
    coming = [item for item in items if item[0] >= edition.today]
    rows: list[list[Any]] = []
    for due, kind, title, owner in coming[:MAX_AHEAD]:
        rows.append(
            [
                edition.para(escape(edition.day(due))),
                edition.para(escape(kind), edition.styles.small),
                edition.para(edition.text(title, 120)),
                edition.para(edition.text(owner or edition.labels["none"], 34)),
            ]
        )
    spans = []
    if len(coming) > MAX_AHEAD:
        spans.append(len(rows))
        rows.append(
            [edition.para(edition.label("more", count=len(coming) - MAX_AHEAD)), "", "", ""]
        )
    if late:
        backlog = edition.counted("backlog", len(late), date=edition.day(late[0][0]))
        spans.append(len(rows))
        rows.append([edition.para(f"<b>{backlog}</b>"), "", "", ""])
    next_check = line.next_health_check
    check_late = (
        f" ({edition.label('overdue')})"
        if next_check is not None and next_check < edition.today
        else ""
    )
    check = edition.para(
        f"<b>{edition.label('next_check', date=edition.day(next_check))}{check_late}</b>"
    )
    if not coming:
        spans = [index + 1 for index in spans]
        rows.insert(0, [edition.para(edition.label("nothing_ahead")), "", "", ""])
        spans.insert(0, 0)
    spans.append(len(rows))
    rows.append([check, "", "", ""])
    table = Table(
        rows,
        colWidths=[
            edition.width * 0.17,
            edition.width * 0.09,
            edition.width * 0.52,
            edition.width * 0.22,
        ],
    )
    style = table_style(header=False)
    for row in spans:
        style.add("SPAN", (0, row), (-1, row))
    table.setStyle(style)
    return table
