"""The one-pager: one PDF page per alliance for senior management.

It answers "what should I pay attention to and what should I do?": the status
and its reason, the goals of both sides, the health trend, where the two sides
see things differently, maturity, sponsors, the top risks, at most three
decisions asked of senior management (those past their deadline first, marked,
and a pointer to the rest) and what falls due in the next 90 days (with the
overdue backlog in one line).

All user text is shortened to fit (with an ellipsis, and a line saying where
the full text is), made printable (see
:class:`~alliance_desk.reports.briefing_charts.SafeText`) and escaped for
reportlab's paragraph markup. A one-pager that would still not fit is scaled
down, so it is always exactly one page: the board pack's pagination relies on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from alliance_desk.domain import development as rules
from alliance_desk.domain import notation
from alliance_desk.domain.codes import Attitude, FrameworkKind, GoalKind, RespondentSide, Side
from alliance_desk.domain.evaluations import Dimension
from alliance_desk.domain.follow_up import Risk
from alliance_desk.domain.insights import perception_gaps
from alliance_desk.reports import briefing_agenda as agenda
from alliance_desk.reports import briefing_charts as charts
from alliance_desk.reports.briefing_charts import ACCENT, REGULAR, RULE
from alliance_desk.reports.briefing_edition import Edition
from alliance_desk.reports.briefing_layout import Anchor, Plan, alliance_key
from alliance_desk.reports.briefing_style import table_style
from alliance_desk.store import alliance_profile, development, evaluation_history, records
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import dimensions
from alliance_desk.store.portfolio import PortfolioLine

MAX_GOALS = 4
MAX_RISKS = 3
MAX_GAPS = 4
MAX_CHANGES = 4  # sentences of what changed on a one-pager; the summary lists them all
DIMENSION_NAME = 80  # characters: wraps to three lines at most in the narrow name columns
SUPPORT_ORDER = list(Attitude)  # most supportive first


class OnePager(Edition):
    """Builds the one-pagers of one briefing."""

    def __init__(self, db: Database, language: str, today: dt.date, width: float) -> None:
        super().__init__(db, language, today, width)
        # A framework's dimensions and level names, read once per edition: most alliances
        # share a framework or two.
        self._dimensions: dict[tuple[int, bool], list[Dimension]] = {}
        self._levels: dict[int, dict[int, str]] = {}

    def dimensions(self, framework_id: int, active_only: bool = True) -> list[Dimension]:
        key = (framework_id, active_only)
        found = self._dimensions.get(key)
        if found is None:
            found = self._dimensions[key] = dimensions(self.db, framework_id, active_only)
        return found

    def level_names(self, framework_id: int) -> dict[int, str]:
        """The names of a framework's levels, by value, in the briefing's language."""
        found = self._levels.get(framework_id)
        if found is None:
            found = self._levels[framework_id] = {
                level.value: self.name(level)
                for level in evaluation_history.scale_levels(self.db, framework_id)
            }
        return found

    def heading(self, key: str) -> Flowable:
        return self.para(self.label(key).upper(), self.styles.heading)

    def name(self, item: Any) -> str:
        return str(getattr(item, f"name_{self.language}") or item.name_en)

    def one_pager(
        self,
        line: PortfolioLine,
        frame_height: float,
        plan: Plan,
        changes: tuple[dt.date, Sequence[str]] | None = None,
    ) -> list[Flowable]:
        """The alliance's page: a bookmark with its name, and everything shrunk to one page.
        ``changes``: (since, sentences) of what changed in the alliance since that date, from
        ``store.changes.changes_since``; None leaves the block out."""
        before, shortened = self.safe.replaced, self.shortened
        width = self.width
        parts: list[Flowable] = [self.headline(line), Spacer(1, 2)]
        if changes is not None:
            parts += self.since(*changes)
        parts += [self.heading("goals"), self.goals(line.alliance_id)]
        half = (width - 6 * mm) / 2
        checks = evaluation_history.evaluations(self.db, line.alliance_id)  # read once
        left = [self.heading("trend"), self.chart(checks, half)]
        right = [self.heading("views"), *self.views(checks, half)]
        right += [self.heading("maturity"), self.maturity(line.alliance_id, half)]
        parts.append(self.columns(left, right, half))
        left = [self.heading("stakeholders"), self.stakeholders(line.alliance_id, half)]
        right = [self.heading("risks"), *self.risks(line.alliance_id, half)]
        parts.append(self.columns(left, right, half))
        parts += [self.heading("decisions"), agenda.decisions(self, line.alliance_id, plan)]
        parts += [self.heading("ahead"), agenda.ahead(self, line)]
        notes: list[str] = []
        if self.shortened > shortened:
            page = plan.decisions_page(line.alliance_id)
            notes.append(
                self.label("shortened")
                if page is None
                else self.label("shortened_appendix", page=page)
            )
        replaced = self.safe.replaced - before
        if replaced:
            notes.append(self.counted("replaced", replaced, mark=self.safe.placeholder))
        if notes:
            parts.append(Spacer(1, 4))
            parts += [self.para(note, self.styles.small) for note in notes]
        return [
            Anchor(alliance_key(line.alliance_id), line.name, level=1),
            KeepInFrame(width, frame_height, parts, mode="shrink"),
        ]

    def since(self, day: dt.date, said: Sequence[str]) -> list[Flowable]:
        """The short "what changed since" block: at most MAX_CHANGES sentences."""
        heading = self.para(
            escape(self.labels["changes"].format(date=self.day(day)).upper()), self.styles.heading
        )
        if not said:
            return [heading, self.para(self.label("none"))]
        lines = [f"• {self.text(sentence, 160)}" for sentence in said[:MAX_CHANGES]]
        if len(said) > MAX_CHANGES:
            lines.append(self.label("more", count=len(said) - MAX_CHANGES))
        return [heading, self.para("<br/>".join(lines))]

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
        badge = charts.rag_badge(line.status_rag, self.status_word(line.status_rag))
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
                    self.para(
                        f"<b>{self.percent(goal.progress)}</b>  {self.text(goal.description, 90)}"
                    )
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

    def chart(self, checks: list[evaluation_history.EvaluationLine], width: float) -> Flowable:
        """The health trend of the alliance's ``checks`` (its evaluations, newest first)."""
        found = evaluation_history.series(checks, None)
        if not found:
            return self.para(self.label("no_checks"))
        return charts.trend_chart(
            found,
            self.side_names(),
            self.labels["x_axis"],
            self.labels["y_axis"],
            width,
            54 * mm,
            self.language,
        )

    def views(
        self, checks: list[evaluation_history.EvaluationLine], width: float
    ) -> list[Flowable]:
        """The dimensions where the latest of the alliance's ``checks`` of the two sides differ
        most, with the dates of the checks compared and what the sign of the gap means."""
        ours, theirs = evaluation_history.latest_pair(checks)
        if ours is None or theirs is None:
            return [self.para(self.label("no_pair"))]
        names = {item.id: item for item in self.dimensions(ours.framework_id, False)}
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
                    self.para(notation.level(gap.ours, self.language)),
                    self.para(notation.level(gap.theirs, self.language)),
                    self.para(
                        f"<b>{notation.level(gap.difference, self.language, signed=True)}</b>"
                    ),
                ]
            )
        table = Table(rows, colWidths=[width - 41 * mm, 11 * mm, 14 * mm, 16 * mm])
        table.setStyle(table_style())
        note = self.label(
            "views_note", ours=self.day(ours.evaluated_on), theirs=self.day(theirs.evaluated_on)
        )
        return [table, Spacer(1, 1.5), self.para(note, self.styles.small)]

    def maturity(self, alliance_id: int, width: float) -> Flowable:
        picture = evaluation_history.maturity_picture(self.db, alliance_id)
        if picture is None or not (picture.own or picture.partner):
            return self.para(self.label("none"))
        framework = evaluation_history.framework_in_use(
            self.db, FrameworkKind.MATURITY, picture.latest_framework_id()
        )
        assert framework.id is not None
        levels = self.level_names(framework.id)
        found = self.dimensions(framework.id)
        plans = development.plans(self.db, alliance_id)
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
            for side, value in ((Side.US, row.ours), (Side.PARTNER, row.theirs)):
                shown = (
                    self.labels["none"]
                    if value is None
                    else " ".join(
                        [notation.level(value, self.language), _level_name(levels, value)]
                    ).strip()
                )
                markup = self.text(shown, 32)
                target = plans.target(side, dimension.id or 0)
                if target is not None:
                    markup += "<br/>" + self._target(target, value)
                cells.append(self.para(markup))
            rows.append(cells)
        table = Table(rows, colWidths=[width * 0.44, width * 0.28, width * 0.28])
        table.setStyle(table_style())
        return table

    def _target(self, target: development.TargetLine, latest: float | None) -> str:
        """'target 3 by 30 Sep 2026', 'missed' in bold when its date passed below it."""
        text = self.label(
            "maturity_target",
            level=notation.level(target.target_level, self.language),
            date=self.day(target.target_date),
        )
        if rules.overdue(latest, target.target_level, target.target_date, self.today):
            text += f" <b>◆ {self.label('maturity_target_missed')}</b>"
        elif rules.reached(latest, target.target_level):
            text += f" ✓ {self.label('maturity_target_reached')}"
        return text

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
            since = self.label("unchanged", date=self.day(previous.assessed_on))
            return f"<b>→ {escape(now)}</b><br/>{since}"
        arrow = "↑" if change > 0 else "↓"
        was = self.label("was", old=self.codes[previous.attitude.value])
        return f"<b>{arrow} {escape(now)}</b><br/>{was} ({escape(self.day(previous.assessed_on))})"

    def risks(self, alliance_id: int, width: float) -> list[Flowable]:
        """The open risks with the highest likelihood × impact, and what that scale is."""
        found = records.select(
            self.db,
            Risk,
            "alliance_id = :id AND status IN ('open', 'mitigating')",
            {"id": alliance_id},
            order_by="likelihood * impact DESC, id",
        )[:MAX_RISKS]
        if not found:
            return [self.para(self.label("none"))]
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
        return [table, Spacer(1, 1.5), self.para(self.label("risks_note"), self.styles.small)]


def _level_name(levels: dict[int, str], value: float) -> str:
    """The name of a whole level; a round's mean (2.6) lies between two names."""
    return levels.get(int(value), "") if float(value).is_integer() else ""
