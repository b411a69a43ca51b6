"""The senior-management briefing: one PDF page per alliance, or a board pack.

Each one-pager answers "what should I pay attention to and what should I
do?": the status and its reason, the goals of both sides, the health trend,
where the two sides see things differently, maturity, sponsors, the top
risks, at most three decisions asked of senior management and the next 90
days. The board pack (of every alliance by default, or of a chosen set)
adds a cover, a portfolio overview and an appendix of the pending decisions
(made in :mod:`~alliance_desk.reports.briefing_pack`).

All user text is shortened to fit (with an ellipsis), made printable (see
:class:`~alliance_desk.reports.briefing_charts.SafeText`) and escaped for
reportlab's paragraph markup. A one-pager that would still not fit is scaled
down, so it stays one page. The PDF is written to a hidden partial file and
moved into place only when complete; on failure or cancel nothing is left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from alliance_desk.domain.codes import Attitude, FrameworkKind, GoalKind, RespondentSide, Side
from alliance_desk.domain.follow_up import Action, Decision, Risk
from alliance_desk.domain.insights import perception_gaps
from alliance_desk.reports import briefing_charts as charts
from alliance_desk.reports import briefing_pack as pack
from alliance_desk.reports.briefing_charts import ACCENT, MUTED, REGULAR, RULE
from alliance_desk.reports.briefing_edition import Edition
from alliance_desk.reports.briefing_style import table_style
from alliance_desk.store import alliance_profile, evaluation_history, records
from alliance_desk.store.db import Database
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.files import replacing
from alliance_desk.store.frameworks import dimensions
from alliance_desk.store.portfolio import PortfolioLine, portfolio

LANGUAGES = ("en", "nl")
PAPERS = {"a4": A4, "letter": LETTER}
HORIZON_DAYS = 90
MAX_DECISIONS = 3
MAX_GOALS = 4
MAX_RISKS = 3
MAX_GAPS = 4
MAX_AHEAD = 6
DIMENSION_NAME = 80  # characters: wraps to three lines at most in the narrow name columns
MARGIN = 14 * mm
FOOTER = 6 * mm  # below the text frame, above the bottom margin
FRAME_PADDING = 6  # platypus' default frame padding, points

Progress = Callable[[int, int], None]  # (alliances done, alliances in all); raising cancels
SUPPORT_ORDER = list(Attitude)  # most supportive first


class BriefingError(WorkbookError):
    """The briefing cannot be made as asked; ``detail`` says why. Nothing was written."""

    template = "{path}: {detail}"


class _Briefing(Edition):
    """Builds the one-pagers of one briefing."""

    def heading(self, key: str) -> Paragraph:
        return self.para(self.label(key).upper(), self.styles.heading)

    def name(self, item: Any) -> str:
        return str(getattr(item, f"name_{self.language}") or item.name_en)

    def one_pager(self, line: PortfolioLine, frame_height: float) -> list[Flowable]:
        before = self.safe.replaced
        width = self.width
        parts: list[Flowable] = [self.headline(line), Spacer(1, 2)]
        parts += [self.heading("goals"), self.goals(line.alliance_id)]
        half = (width - 6 * mm) / 2
        left = [self.heading("trend"), self.chart(line.alliance_id, half)]
        right = [self.heading("views"), self.views(line.alliance_id, half)]
        right += [self.heading("maturity"), self.maturity(line.alliance_id, half)]
        parts.append(self.columns(left, right, half))
        left = [self.heading("stakeholders"), self.stakeholders(line.alliance_id, half)]
        right = [self.heading("risks"), self.risks(line.alliance_id, half)]
        parts.append(self.columns(left, right, half))
        parts += [self.heading("decisions"), self.decisions(line.alliance_id)]
        parts += [self.heading("ahead"), self.ahead(line)]
        replaced = self.safe.replaced - before
        if replaced:
            mark = self.safe.placeholder
            parts.append(Spacer(1, 4))
            parts.append(
                self.para(self.counted("replaced", replaced, mark=mark), self.styles.small)
            )
        return [KeepInFrame(width, frame_height, parts, mode="shrink"), PageBreak()]

    def columns(self, left: list[Flowable], right: list[Flowable], half: float) -> Table:
        table = Table([[left, right]], colWidths=[half + 6 * mm, half])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), 6 * mm),
                    ("RIGHTPADDING", (1, 0), (1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def headline(self, line: PortfolioLine) -> Table:
        styles = self.styles
        stage = self.codes[line.lifecycle_stage.value]
        title = [
            self.para(self.text(line.name, 90), styles.title),
            self.para(
                f"{self.label('partner')}: <b>{self.text(line.partner, 80)}</b> · "
                f"{self.label('stage')}: {escape(stage)}",
                styles.subtitle,
            ),
        ]
        badge = charts.rag_badge(line.status_rag, self.labels[line.status_rag.value])
        table = Table([[title, badge]], colWidths=[self.width - badge.width - 4, badge.width + 4])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (1, 0), (1, 0), 3),
                ]
            )
        )
        reason = self.para(self.text(line.status_reason, 260), styles.reason)
        block = Table([[table], [reason]], colWidths=[self.width])
        block.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 1), (-1, 1), 1.2, ACCENT),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                ]
            )
        )
        return block

    def goals(self, alliance_id: int) -> Table:
        found = alliance_profile.goals(self.db, alliance_id)
        keys = {
            GoalKind.OURS: "goals_ours",
            GoalKind.PARTNER: "goals_partner",
            GoalKind.SHARED: "goals_shared",
        }
        columns = []
        for kind in GoalKind:
            cells: list[Flowable] = [self.para(self.label(keys[kind]), self.styles.head_cell)]
            goals = found[kind]
            for goal in goals[:MAX_GOALS]:
                cells.append(
                    self.para(f"<b>{goal.progress}%</b>  {self.text(goal.description, 90)}")
                )
            if len(goals) > MAX_GOALS:
                more = self.label("more", count=len(goals) - MAX_GOALS)
                cells.append(self.para(more, self.styles.small))
            if not goals:
                cells.append(self.para(self.label("none")))
            columns.append(cells)
        third = self.width / 3
        table = Table([columns], colWidths=[third] * 3)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("LINEBEFORE", (1, 0), (-1, -1), 0.3, RULE),
                    ("LEFTPADDING", (1, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def side_names(self) -> dict[RespondentSide, str]:
        return {
            RespondentSide.US: self.labels["we"],
            RespondentSide.PARTNER: self.labels["they"],
            RespondentSide.JOINT: self.labels["joint"],
        }

    def chart(self, alliance_id: int, width: float) -> Flowable:
        lines = evaluation_history.evaluations(self.db, alliance_id)
        found = evaluation_history.series(lines, None)
        if not found:
            return self.para(self.label("no_checks"))
        return charts.trend_chart(
            found, self.side_names(), self.labels["x_axis"], self.labels["y_axis"], width, 54 * mm
        )

    def views(self, alliance_id: int, width: float) -> Flowable:
        lines = evaluation_history.evaluations(self.db, alliance_id)
        ours, theirs = evaluation_history.latest_pair(lines)
        if ours is None or theirs is None:
            return self.para(self.label("no_pair"))
        names = {item.id: item for item in dimensions(self.db, ours.framework_id, False)}
        rows: list[list[Any]] = [
            [
                self.para(self.label(key), self.styles.head_cell)
                for key in ("dimension", "we", "they", "gap")
            ]
        ]
        gaps = [gap for gap in perception_gaps(ours.scores, theirs.scores) if gap.difference]
        for gap in gaps[:MAX_GAPS]:
            dimension = names.get(gap.dimension_id)
            rows.append(
                [
                    self.para(
                        self.text(self.name(dimension) if dimension else "?", DIMENSION_NAME)
                    ),
                    self.para(str(gap.ours)),
                    self.para(str(gap.theirs)),
                    self.para(f"<b>{gap.difference:+d}</b>"),
                ]
            )
        rows.append(
            [
                self.para(
                    f"{ours.evaluated_on.isoformat()} / {theirs.evaluated_on.isoformat()}",
                    self.styles.small,
                ),
                "",
                "",
                "",
            ]
        )
        table = Table(rows, colWidths=[width - 41 * mm, 11 * mm, 14 * mm, 16 * mm])
        table.setStyle(table_style())
        return table

    def maturity(self, alliance_id: int, width: float) -> Flowable:
        picture = evaluation_history.maturity_picture(self.db, alliance_id)
        if picture is None or not (picture.own or picture.partner):
            return self.para(self.label("none"))
        framework = evaluation_history.framework_in_use(
            self.db, FrameworkKind.MATURITY, picture.latest_framework_id()
        )
        assert framework.id is not None
        levels = {
            level.value: self.name(level)
            for level in evaluation_history.scale_levels(self.db, framework.id)
        }
        found = dimensions(self.db, framework.id)
        rows: list[list[Any]] = [
            [
                self.para(self.label(key), self.styles.head_cell)
                for key in ("dimension", "we", "they")
            ]
        ]
        for dimension, row in zip(
            found,
            evaluation_history.side_by_side(picture, [d.id for d in found if d.id]),
            strict=True,
        ):
            cells = [self.para(self.text(self.name(dimension), DIMENSION_NAME))]
            for value in (row.ours, row.theirs):
                shown = self.labels["none"] if value is None else f"{value} {levels.get(value, '')}"
                cells.append(self.para(self.text(shown, 32)))
            rows.append(cells)
        table = Table(rows, colWidths=[width * 0.44, width * 0.28, width * 0.28])
        table.setStyle(table_style())
        return table

    def stakeholders(self, alliance_id: int, width: float) -> Flowable:
        rows: list[list[Any]] = []
        sponsors = alliance_profile.sponsors(self.db, alliance_id)
        for side in Side:
            sponsor = sponsors.get(side)
            if sponsor is None:
                continue
            side_name = self.labels["we" if side is Side.US else "they"]
            who = (
                f"<b>{self.text(sponsor.name, 40)}</b> ({escape(side_name)}, "
                f"{self.label('sponsor')})<br/>{self.text(sponsor.role or sponsor.department, 60)}"
            )
            rows.append([self.para(who), self.para(self.support(sponsor))])
        if not rows:
            return self.para(self.label("none"))
        table = Table(rows, colWidths=[width * 0.58, width * 0.42])
        table.setStyle(table_style(header=False))
        return table

    def support(self, sponsor: alliance_profile.Sponsor) -> str:
        latest, previous = sponsor.latest, sponsor.previous
        if latest is None:
            return self.label("none")
        now = self.codes[latest.attitude.value]
        if previous is None:
            return f"<b>{escape(now)}</b>"
        change = SUPPORT_ORDER.index(previous.attitude) - SUPPORT_ORDER.index(latest.attitude)
        if change == 0:
            since = self.label("unchanged", date=previous.assessed_on.isoformat())
            return f"<b>→ {escape(now)}</b><br/>{since}"
        arrow = "↑" if change > 0 else "↓"
        was = self.label("was", old=self.codes[previous.attitude.value])
        return f"<b>{arrow} {escape(now)}</b><br/>{was} ({previous.assessed_on.isoformat()})"

    def risks(self, alliance_id: int, width: float) -> Flowable:
        found = records.select(
            self.db,
            Risk,
            "alliance_id = :id AND status IN ('open', 'mitigating')",
            {"id": alliance_id},
            order_by="likelihood * impact DESC, id",
        )[:MAX_RISKS]
        if not found:
            return self.para(self.label("none"))
        rows: list[list[Any]] = [
            [
                self.para(self.label(key), self.styles.head_cell)
                for key in ("risk", "owner", "score")
            ]
        ]
        for risk in found:
            rows.append(
                [
                    self.para(self.text(risk.title, 90)),
                    self.para(self.text(risk.owner or self.labels["none"], 30)),
                    self.para(f"<b>{risk.likelihood * risk.impact}</b>"),
                ]
            )
        table = Table(rows, colWidths=[width - 40 * mm, 30 * mm, 10 * mm])
        table.setStyle(table_style())
        return table

    def decisions(self, alliance_id: int) -> Flowable:
        found = self.pending(alliance_id)[:MAX_DECISIONS]
        if not found:
            return self.para(self.label("no_decisions"))
        rows: list[list[Any]] = [
            [
                self.para(self.label(key), self.styles.head_cell)
                for key in ("decision", "recommendation", "deadline")
            ]
        ]
        for number, decision in enumerate(found, start=1):
            rows.append(
                [
                    self.para(f"<b>{number}. {self.text(decision.title, 110)}</b>"),
                    self.para(self.text(decision.recommendation or self.labels["none"], 240)),
                    self.para(f"<b>{self.day(decision.deadline)}</b>"),
                ]
            )
        table = Table(rows, colWidths=[self.width * 0.34, self.width * 0.53, self.width * 0.13])
        table.setStyle(table_style())
        return table

    def ahead(self, line: PortfolioLine) -> Flowable:
        until = self.today + dt.timedelta(days=HORIZON_DAYS)
        params = {"id": line.alliance_id, "until": until.isoformat()}
        items: list[tuple[dt.date, str, str, str | None]] = []
        for action in records.select(
            self.db,
            Action,
            "alliance_id = :id AND status IN ('open', 'in_progress') AND due_date <= :until",
            params,
        ):
            assert action.due_date is not None
            items.append((action.due_date, self.labels["action"], action.title, action.owner))
        for decision in records.select(
            self.db,
            Decision,
            "alliance_id = :id AND status = 'pending' AND deadline <= :until",
            params,
        ):
            assert decision.deadline is not None
            items.append(
                (decision.deadline, self.labels["decision"], decision.title, decision.asked_of)
            )
        items.sort(key=lambda item: item[0])
        rows: list[list[Any]] = []
        for due, kind, title, owner in items[:MAX_AHEAD]:
            late = f" <b>({self.label('overdue')})</b>" if due < self.today else ""
            rows.append(
                [
                    self.para(f"{due.isoformat()}{late}"),
                    self.para(escape(kind), self.styles.small),
                    self.para(self.text(title, 120)),
                    self.para(self.text(owner or self.labels["none"], 34)),
                ]
            )
        if len(items) > MAX_AHEAD:
            rows.append(
                [
                    self.para(self.label("more", count=len(items) - MAX_AHEAD), self.styles.small),
                    "",
                    "",
                    "",
                ]
            )
        next_check = line.next_health_check
        late = (
            f" ({self.label('overdue')})"
            if next_check is not None and next_check < self.today
            else ""
        )
        check = self.para(f"<b>{self.label('next_check', date=self.day(next_check))}{late}</b>")
        if not rows:
            return Table(
                [[self.para(self.label("nothing_ahead"))], [check]],
                colWidths=[self.width],
                style=table_style(header=False),
            )
        rows.append([check, "", "", ""])
        table = Table(
            rows,
            colWidths=[self.width * 0.17, self.width * 0.09, self.width * 0.52, self.width * 0.22],
        )
        style = table_style(header=False)
        style.add("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1))
        table.setStyle(style)
        return table


def _own_organisation(db: Database) -> str:
    value = db.scalar("SELECT name FROM organisation WHERE is_own = 1 ORDER BY id LIMIT 1")
    return "" if value is None else str(value)


def build_briefing(
    db: Database,
    target: Path,
    alliance_ids: list[int] | None,
    *,
    language: str = "en",
    paper: str = "a4",
    today: dt.date,
    progress: Progress | None = None,
    board_pack: bool | None = None,
) -> int:
    """Write the briefing to ``target``; the number of pages.

    ``alliance_ids``: these alliances, in the given order, each once (where
    first given); None: every alliance. ``board_pack``: True makes the board pack (cover, portfolio
    overview, one-pagers, appendix of pending decisions), its counts, rows
    and decisions limited to the alliances briefed on; False makes only the
    one-pagers, one page per alliance; None (the default) makes the board
    pack of every alliance when ``alliance_ids`` is None, otherwise only the
    one-pagers. ``progress`` hears (alliances done, in all); an exception it
    raises cancels, and nothing is left under the target name.
    """
    if paper not in PAPERS:
        raise ValueError(f"the paper must be one of {tuple(PAPERS)!r}, not {paper!r}")
    if language not in LANGUAGES:
        raise ValueError(f"the language must be one of {LANGUAGES!r}, not {language!r}")
    page_width, page_height = PAPERS[paper]
    width = page_width - 2 * MARGIN - 2 * FRAME_PADDING
    frame_height = page_height - 2 * MARGIN - FOOTER - 2 * FRAME_PADDING - 1
    briefing = _Briefing(db, language, today, width)
    every = portfolio(db, today)
    if alliance_ids is None:
        chosen = every
        if not chosen:
            raise BriefingError(
                target, detail="the workbook has no alliances to brief on; nothing was written."
            )
    else:
        if not alliance_ids:
            raise BriefingError(target, detail="no alliance was chosen; nothing was written.")
        alliance_ids = list(dict.fromkeys(alliance_ids))  # once each, where first named
        by_id = {line.alliance_id: line for line in every}
        missing = [str(number) for number in alliance_ids if number not in by_id]
        if missing:
            raise BriefingError(
                target, detail=f"no alliance with id {', '.join(missing)}; nothing was written."
            )
        chosen = [by_id[number] for number in alliance_ids]
    if board_pack is None:
        board_pack = alliance_ids is None
    organisation = _own_organisation(db)
    story: list[Flowable] = []
    if board_pack:
        story += pack.cover(briefing, organisation, frame_height, chosen)
        story += pack.overview(briefing, chosen)
    if progress:
        progress(0, len(chosen))
    for done, line in enumerate(chosen, start=1):
        story += briefing.one_pager(line, frame_height)
        if progress:
            progress(done, len(chosen))
    if board_pack:
        story += pack.appendix(briefing, chosen)
    else:
        story.pop()  # no empty page after the last one-pager
    title = briefing.labels["board_pack" if board_pack else "title"]
    if not board_pack and len(chosen) == 1:
        title = f"{title}: {chosen[0].name}"
    pages = 0

    def footer(canvas: Any, doc: Any) -> None:
        nonlocal pages
        pages += 1
        canvas.saveState()
        canvas.setFont(REGULAR, 6.5)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN - 2 * mm, page_width - MARGIN, MARGIN - 2 * mm)
        left = briefing.safe(charts.shorten(f"{organisation} · {title} · {today.isoformat()}", 120))
        canvas.drawString(MARGIN, MARGIN - 5.5 * mm, left)
        canvas.drawRightString(
            page_width - MARGIN, MARGIN - 5.5 * mm, briefing.labels["page"].format(page=doc.page)
        )
        canvas.restoreState()

    try:
        # Our own file object, closed even when a write fails (a full disk): reportlab
        # leaves a file it opened itself open then.
        with replacing(target) as partial, open(partial, "wb") as out:
            doc = SimpleDocTemplate(
                out,
                pagesize=(page_width, page_height),
                leftMargin=MARGIN,
                rightMargin=MARGIN,
                topMargin=MARGIN,
                bottomMargin=MARGIN + FOOTER,
                title=briefing.safe(title),
                author=briefing.safe(organisation),
                subject=briefing.safe(briefing.labels["title"]),
                creator="alliance_desk",
                initialFontName=REGULAR,  # no unembedded Helvetica, not even unused
                lang=language,
            )
            doc.build(story, onFirstPage=footer, onLaterPages=footer)
    except OSError as error:
        raise BriefingError(
            target,
            detail=f"the briefing could not be written ({error.strerror or error}); "
            "nothing was written.",
        ) from error
    return pages
