"""The joint results report of a questionnaire round (PDF), to share with the partner.

Both sides' scores and spread per dimension (a chart in the side legend of the
briefing, and a table), the perception gaps and the disagreements within a
side as topics for the joint session, the comments (anonymous ones without
names; a department is named only when at least three of its side answered,
so nobody is recognised), and room to write the action plan agreed. Dutch or
English, A4 or Letter, the briefing's fonts, footer and number format.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import Marker as MarkerWidget
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from alliance_desk.domain import notation
from alliance_desk.domain.codes import RespondentSide, RoundKind, Side
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.insights import GAP_WORTH_DISCUSSING
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.rounds import (
    DISAGREEMENT,
    SMALLEST_NAMED_GROUP,
    DimensionResult,
    QuestionnaireRound,
)
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.reports import briefing_charts as charts
from alliance_desk.reports.briefing import PAPERS, BriefingError
from alliance_desk.reports.briefing_charts import INK, MUTED, REGULAR, RULE, side_style
from alliance_desk.reports.briefing_layout import (
    FRAME_PADDING,
    MARGIN,
    BriefingDocument,
    Footer,
    measure,
)
from alliance_desk.reports.briefing_style import Styles, paragraph_styles, table_style
from alliance_desk.reports.questionnaire_text import report_text
from alliance_desk.store import records, rounds
from alliance_desk.store.db import Database
from alliance_desk.store.files import replacing

ACTION_ROWS = 8
_SIDES = (Side.US, Side.PARTNER)
_LEGEND_SIDE = {Side.US: RespondentSide.US, Side.PARTNER: RespondentSide.PARTNER}


@dataclasses.dataclass(frozen=True)
class _Round:
    """What the report says, gathered once."""

    made: QuestionnaireRound
    alliance: str
    names: dict[Side, str]
    results: rounds.RoundResults
    comments: list[tuple[int, Side, str, str]]  # dimension id, side, who, comment
    agreed: list[Action] = dataclasses.field(default_factory=list)  # actions from the round


def _gather(db: Database, round_id: int) -> _Round:
    made = records.get(db, QuestionnaireRound, round_id)
    alliance = records.get(db, Alliance, made.alliance_id)
    own = records.select(db, Organisation, "is_own = 1")
    names = {
        Side.US: own[0].name if own else "?",
        Side.PARTNER: records.get(db, Organisation, alliance.partner_id).name,
    }
    slots = rounds.respondents(db, round_id)
    answered = [slot for slot in slots if slot.answered_on]
    group = Counter((slot.side, slot.department) for slot in answered)
    given = rounds.answers(db, round_id)
    comments = []
    for slot in answered:
        if slot.anonymous or slot.stakeholder_id is None:
            # Department only when the group is large enough not to point at a person.
            large = group[(slot.side, slot.department)] >= SMALLEST_NAMED_GROUP
            who = f"{names[slot.side]}, {slot.department}" if large else names[slot.side]
        else:
            person = records.get(db, Stakeholder, slot.stakeholder_id).name
            who = ", ".join(
                part for part in (names[slot.side], person, slot.role or slot.department) if part
            )
        for answer in given.get(slot.id or 0, ()):
            if answer.comment:
                comments.append((answer.dimension_id, slot.side, who, answer.comment))
    agreed = records.select(
        db,
        Action,
        "source_round_id = :id",
        {"id": round_id},
        order_by="due_date IS NULL, due_date, id",
    )
    return _Round(made, alliance.name, names, rounds.results(db, round_id), comments, agreed)


class _Writer:
    def __init__(self, found: _Round, language: str, width: float):
        self.found, self.language, self.width = found, language, width
        self.styles: Styles = paragraph_styles()
        self.safe = charts.SafeText()

    def t(self, key: str, **params: Any) -> str:
        return report_text(self.language, key, **params)

    def para(self, content: str, style: Any = None, markup: bool = False) -> Paragraph:
        shown = self.safe(content)
        if not markup:
            shown = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(shown, style or self.styles.cell)

    def score(self, value: float | None) -> str:
        return self.t("none") if value is None else notation.mean(value, self.language)

    def dimension(self, dimension_id: int) -> str:
        return self.found.made.framework_snapshot.dimension(dimension_id).name(self.language)

    def story(self) -> list[Flowable]:
        found, made = self.found, self.found.made
        key = "title_health" if made.kind is RoundKind.HEALTH else "title_maturity"
        invited, answered = found.results.invited, found.results.answered
        counts = " · ".join(
            self.t(
                "answered", side=found.names[side], answered=answered[side], invited=invited[side]
            )
            for side in _SIDES
        )
        return [
            self.para(self.t(key, alliance=found.alliance), self.styles.title),
            self.para(
                self.t(
                    "subtitle",
                    round=made.id,
                    date=notation.date_long(made.held_on, self.language),
                    ours=found.names[Side.US],
                    partner=found.names[Side.PARTNER],
                ),
                self.styles.subtitle,
            ),
            self.para(counts, self.styles.subtitle),
            Spacer(1, 4),
            self.para(self.t("chart"), self.styles.heading),
            self.chart(),
            self.para(self.t("table"), self.styles.heading),
            self.table(),
            Spacer(1, 2),
            self.para(
                self.t(
                    "gap_note",
                    ours=found.names[Side.US],
                    partner=found.names[Side.PARTNER],
                    gap=notation.level(GAP_WORTH_DISCUSSING, self.language),
                    spread=DISAGREEMENT,
                ),
                self.styles.small,
            ),
            self.para(self.t("topics"), self.styles.heading),
            *self.topics(),
            self.para(self.t("comments"), self.styles.heading),
            *self.comments(),
            KeepTogether(self.action_plan()),
        ]

    def rows(self) -> list[tuple[int, DimensionResult, DimensionResult]]:
        sides = self.found.results.sides
        return [
            (ours.dimension_id, ours, theirs)
            for ours, theirs in zip(sides[Side.US], sides[Side.PARTNER], strict=True)
        ]

    def chart(self) -> Drawing:
        rows = self.rows()
        levels = self.found.made.framework_snapshot.levels
        low, high = levels[0].value, levels[-1].value
        label_width = self.width * 0.36
        band = 17
        height = band * len(rows) + 34
        drawing = Drawing(self.width, height, initialFontName=REGULAR)
        left, right = label_width + 14, self.width - 10  # room for a marker at either end

        def x_of(value: float) -> float:
            return left + (value - low) / max(high - low, 1) * (right - left)

        axis_y = 16
        for value in range(low, high + 1):
            x = x_of(value)
            drawing.add(Line(x, axis_y, x, height - 18, strokeColor=RULE, strokeWidth=0.4))
            drawing.add(
                String(
                    x,
                    axis_y - 9,
                    str(value),
                    fontName=REGULAR,
                    fontSize=6.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
        for index, (dimension_id, *results) in enumerate(rows):
            y = height - 26 - index * band
            name = charts.shorten(self.safe(self.dimension(dimension_id)), 48)
            drawing.add(String(0, y - 2, name, fontName=REGULAR, fontSize=7, fillColor=INK))
            for offset, (side, result) in zip(
                (3, -3), zip(_SIDES, results, strict=True), strict=True
            ):
                if result.mean is None or result.lowest is None or result.highest is None:
                    continue
                colour, dash, marker = side_style(_LEGEND_SIDE[side])
                spread = Line(
                    x_of(result.lowest),
                    y + offset,
                    x_of(result.highest),
                    y + offset,
                    strokeColor=colour,
                    strokeWidth=1.4,
                )
                if dash is not None:
                    spread.strokeDashArray = dash
                drawing.add(spread)
                symbol = MarkerWidget(kind=marker, size=5, fillColor=colour, strokeColor=colour)
                symbol.x, symbol.y = x_of(result.mean), y + offset
                drawing.add(symbol)
        x = left
        for side in _SIDES:
            colour, dash, marker = side_style(_LEGEND_SIDE[side])
            top = height - 8
            sample = Line(x, top, x + 16, top, strokeColor=colour, strokeWidth=1.4)
            if dash is not None:
                sample.strokeDashArray = dash
            drawing.add(sample)
            symbol = MarkerWidget(kind=marker, size=5, fillColor=colour, strokeColor=colour)
            symbol.x, symbol.y = x + 8, top
            drawing.add(symbol)
            name = self.safe(self.found.names[side])
            drawing.add(
                String(x + 20, top - 2.3, name, fontName=REGULAR, fontSize=7, fillColor=INK)
            )
            x += 30 + stringWidth(name, REGULAR, 7)
        return drawing

    def range_text(self, result: DimensionResult) -> str:
        if result.lowest is None or result.highest is None:
            return self.t("none")
        mark = " ↕" if result.disagreement else ""
        return f"{result.lowest}–{result.highest}{mark}"

    def table(self) -> Table:
        head = self.styles.head_cell
        names = [charts.shorten(self.found.names[side], 60) for side in _SIDES]
        rows: list[list[Any]] = [
            ["", self.para(names[0], head), "", "", self.para(names[1], head), "", "", ""],
            [self.para(self.t("dimension"), head)]
            + [self.para(self.t(key), head) for _ in names for key in ("mean", "range", "n")]
            + [self.para(self.t("gap"), head)],
        ]
        for dimension_id, ours, theirs in self.rows():
            gap = self.found.results.gap(dimension_id)
            gap_text = self.t("none") if gap is None else notation.mean(gap, self.language, True)
            if gap is not None and abs(gap) >= GAP_WORTH_DISCUSSING:
                gap_text = f"<b>{gap_text}</b>"
            cells = [self.para(self.dimension(dimension_id))]
            for result in (ours, theirs):
                spread = self.range_text(result)
                if result.disagreement:
                    spread = f"<b>{spread}</b>"
                cells += [
                    self.para(self.score(result.mean)),
                    self.para(spread, markup=True),
                    self.para(str(result.answered)),
                ]
            cells.append(self.para(gap_text, markup=True))
            rows.append(cells)
        small = (self.width * 0.64) / 7
        table = Table(rows, colWidths=[self.width * 0.36] + [small] * 7, repeatRows=2)
        style = table_style()
        style.add("SPAN", (1, 0), (3, 0))
        style.add("SPAN", (4, 0), (6, 0))
        style.add("LINEBELOW", (1, 0), (6, 0), 0.4, MUTED)
        style.add("LINEBELOW", (0, 1), (-1, 1), 0.7, MUTED)
        table.setStyle(style)
        return table

    def topics(self) -> list[Flowable]:
        found = self.found
        said: list[tuple[float, str]] = []
        for dimension_id, *results in self.rows():
            gap = found.results.gap(dimension_id)
            if gap is not None and abs(gap) >= GAP_WORTH_DISCUSSING:
                said.append(
                    (
                        abs(gap),
                        self.t(
                            "topic_gap",
                            dimension=self.dimension(dimension_id),
                            ours=found.names[Side.US],
                            partner=found.names[Side.PARTNER],
                            more=self.t("more" if gap > 0 else "less"),
                            gap=notation.mean(gap, self.language, signed=True),
                        ),
                    )
                )
            for side, result in zip(_SIDES, results, strict=True):
                if result.disagreement:
                    said.append(
                        (
                            float(result.spread or 0),
                            self.t(
                                "topic_spread",
                                dimension=self.dimension(dimension_id),
                                side=found.names[side],
                                low=result.lowest,
                                high=result.highest,
                            ),
                        )
                    )
        if not said:
            least = notation.level(GAP_WORTH_DISCUSSING, self.language)
            return [self.para(self.t("no_topics", gap=least), self.styles.reason)]
        said.sort(key=lambda item: -item[0])
        return [self.para(f"• {sentence}", self.styles.reason) for _, sentence in said]

    def comments(self) -> list[Flowable]:
        if not self.found.comments:
            return [self.para(self.t("no_comments"), self.styles.cell)]
        order = {
            item.id: index
            for index, item in enumerate(self.found.made.framework_snapshot.dimensions)
        }
        story: list[Flowable] = []
        current = None
        for dimension_id, _side, who, comment in sorted(
            self.found.comments, key=lambda item: (order.get(item[0], 99), item[1] != Side.US)
        ):
            if dimension_id != current:
                current = dimension_id
                story.append(
                    self.para(f"<b>{self.safe(self.dimension(dimension_id))}</b>", markup=True)
                )
            story.append(self.para(f"“{comment}” — {who}", self.styles.cell))
        return story

    def action_plan(self) -> list[Flowable]:
        head = self.styles.head_cell
        # Actions already recorded with this round as their source, then room to write.
        agreed: list[list[Any]] = [
            [
                self.para(action.title),
                self.para(action.owner or ""),
                notation.date_short(action.due_date, self.language) if action.due_date else "",
            ]
            for action in self.found.agreed
        ]
        blank = max(ACTION_ROWS - len(agreed), 3)
        rows: list[list[Any]] = (
            [[self.para(self.t(key), head) for key in ("action", "owner", "due")]]
            + agreed
            + [["", "", ""] for _ in range(blank)]
        )
        table = Table(
            rows,
            colWidths=[self.width * 0.6, self.width * 0.25, self.width * 0.15],
            rowHeights=[None] * (1 + len(agreed)) + [9 * mm] * blank,
        )
        style = table_style()
        style.add("LINEBELOW", (0, 1), (-1, -1), 0.4, MUTED)
        table.setStyle(style)
        return [
            self.para(self.t("actions"), self.styles.heading),
            table,
            Spacer(1, 8),
            self.para(self.t("agreed"), self.styles.cell),
        ]


def write_round_report(
    db: Database,
    round_id: int,
    target: Path,
    *,
    language: str = "en",
    paper: str = "a4",
    today: dt.date | None = None,
) -> int:
    """Write the joint results of the round to ``target``; the number of pages."""
    if paper not in PAPERS:
        raise ValueError(f"the paper must be one of {tuple(PAPERS)!r}, not {paper!r}")
    if language not in ("en", "nl"):
        raise ValueError(f"unknown language {language!r} (use en or nl)")
    page_size = PAPERS[paper]
    width = page_size[0] - 2 * MARGIN - 2 * FRAME_PADDING
    found = _gather(db, round_id)

    def story() -> list[Flowable]:
        return _Writer(found, language, width).story()

    pages, _ = measure(story(), page_size)
    writer = _Writer(found, language, width)
    title = writer.t("footer", alliance=found.alliance, round=round_id)
    footer = Footer(
        left=writer.safe(
            charts.shorten(
                f"{title} · {notation.date_medium(today or found.made.held_on, language)}", 100
            )
        ),
        confidentiality="",
        page=writer.t("page", page="{page}", pages="{pages}"),
        pages=pages,
    )
    try:
        with replacing(target) as partial, open(partial, "wb") as out:
            document = BriefingDocument(
                out,
                page_size,
                footer,
                title=writer.safe(title),
                author=writer.safe(found.names[Side.US]),
                creator="alliance_desk",
                lang=language,
            )
            document.build(writer.story())
    except OSError as error:
        raise BriefingError(
            target,
            detail=f"the report could not be written ({error.strerror or error}); nothing was"
            " written.",
        ) from error
    return int(document.page)
