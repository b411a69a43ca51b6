"""The capability report (PDF): an organisation's alliance maturity against its development
targets, its development plan and support, its departments' collaborative skills and the
training its people received, per alliance.

Two editions (:mod:`~alliance_desk.reports.capability_facts` decides what each
holds): **ours**, for our own management, and **partner**, for the partner's
management with only the partner's part. Each alliance starts on a page of its
own with its headline finding (:mod:`~alliance_desk.reports.capability_findings`)
before the tables, and is a bookmark. A partner edition covers one partner:
alliances with different partners are refused, so no partner reads another's
part. Dutch or English, A4 or Letter, the briefing's fonts, styles and footer;
written to a hidden partial file and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from alliance_desk.domain import notation
from alliance_desk.reports import briefing_charts as charts
from alliance_desk.reports.briefing import LANGUAGES, PAPERS, BriefingError
from alliance_desk.reports.briefing_charts import MUTED
from alliance_desk.reports.briefing_layout import (
    FRAME_PADDING,
    MARGIN,
    Anchor,
    BriefingDocument,
    Footer,
    measure,
)
from alliance_desk.reports.briefing_style import Styles, paragraph_styles, table_style
from alliance_desk.reports.capability_facts import (
    CapabilityFacts,
    Edition,
    SupportState,
    TargetState,
    gather,
    partners,
)
from alliance_desk.reports.capability_findings import findings
from alliance_desk.reports.capability_text import text
from alliance_desk.store.db import Database
from alliance_desk.store.files import replacing

EDITIONS = tuple(str(edition) for edition in Edition)
_STATE_KEYS = {
    TargetState.REACHED: "reached",
    TargetState.MISSED: "missed_state",
    TargetState.UNDERWAY: "underway",
    TargetState.NONE: "no_target",
}


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Writer:
    def __init__(self, language: str, width: float):
        self.language, self.width = language, width
        self.styles: Styles = paragraph_styles()
        self.safe = charts.SafeText()
        self.skill_head = ParagraphStyle(
            "skill_head", self.styles.head_cell, fontSize=6, leading=7.4
        )

    def t(self, key: str, **params: Any) -> str:
        return text(self.language, key, **params)

    def para(self, content: str, style: Any = None, markup: bool = False) -> Paragraph:
        shown = self.safe(content)
        return Paragraph(shown if markup else _escape(shown), style or self.styles.cell)

    def name(self, item: Any) -> str:
        return str(getattr(item, f"name_{self.language}") or item.name_en)

    def day(self, value: dt.date | None) -> str:
        return self.t("none") if value is None else notation.date_medium(value, self.language)

    def level(self, value: float | None) -> str:
        return self.t("none") if value is None else notation.level(value, self.language)

    def scale(self, levels: Sequence[Any]) -> str:
        """'1 Absent · 2 Ad hoc · …' in the report's language."""
        return " · ".join(f"{level.value} {self.name(level)}" for level in levels)

    def head(self, keys: Sequence[str], **params: Any) -> list[Paragraph]:
        return [self.para(self.t(key, **params), self.styles.head_cell) for key in keys]

    def heading(self, key: str) -> Paragraph:
        return self.para(self.t(key).upper(), self.styles.heading)

    # One alliance --------------------------------------------------------------------

    def alliance(self, facts: CapabilityFacts, key: str, today: dt.date) -> list[Flowable]:
        subtitle = "subtitle_ours" if facts.edition is Edition.OURS else "subtitle_partner"
        story: list[Flowable] = [
            Anchor(key, f"{facts.alliance} · {facts.organisation}"),
            self.para(facts.alliance, self.styles.title),
            self.para(
                self.t(
                    subtitle,
                    alliance=facts.alliance,
                    organisation=facts.organisation,
                    ours=facts.ours,
                    date=notation.date_long(today, self.language),
                ),
                self.styles.subtitle,
            ),
            Spacer(1, 5),
        ]
        said = findings(facts, self.language)
        for index, sentence in enumerate(said):
            shown = _escape(self.safe(sentence))
            story.append(
                self.para(f"<b>{shown}</b>" if index == 0 else shown, self.styles.reason, True)
            )
            story.append(Spacer(1, 2.5))
        story += self.maturity(facts)
        story += self.plan(facts)
        story += self.skills(facts)
        story += self.trainings(facts)
        return story

    def maturity(self, facts: CapabilityFacts) -> list[Flowable]:
        ours = facts.edition is Edition.OURS
        keys = ["dimension", "now", "target", "by", "to_go", "state"]
        rows: list[list[Any]] = [self.head(keys)]
        if ours:
            rows[0].append(
                self.para(self.t("partner_now", other=facts.other), self.styles.head_cell)
            )
        for line in facts.maturity:
            state = self.t(_STATE_KEYS[line.state])
            if line.state is TargetState.MISSED:
                state = f"<b>{_escape(state)}</b>"
            cells = [
                self.para(self.name(line.dimension)),
                self.para(self.level(line.level)),
                self.para(self.level(line.target_level)),
                self.para(self.day(line.target_date)),
                self.para(self.level(line.distance)),
                self.para(state, markup=True),
            ]
            if ours:
                cells.append(self.para(self.level(line.other_level)))
            rows.append(cells)
        fractions = [0.34, 0.08, 0.08, 0.14, 0.1, 0.14] + ([0.12] if ours else [])
        scale = 1 / sum(fractions)
        table = Table(
            rows, colWidths=[self.width * part * scale for part in fractions], repeatRows=1
        )
        table.setStyle(table_style())
        note = (
            self.t(
                "maturity_note_assessed",
                organisation=facts.organisation,
                date=self.day(facts.assessed_on),
                levels=self.scale(facts.maturity_levels),
            )
            if facts.assessed_on
            else self.t(
                "maturity_note_none",
                organisation=facts.organisation,
                levels=self.scale(facts.maturity_levels),
            )
        )
        return [
            self.heading("maturity"),
            table,
            Spacer(1, 1.5),
            self.para(note, self.styles.small),
        ]

    def plan(self, facts: CapabilityFacts) -> list[Flowable]:
        story: list[Flowable] = [self.heading("plan_heading")]
        if facts.plan_notes:
            story.append(self.para(facts.plan_notes, self.styles.cell))
            story.append(Spacer(1, 2))
        if not facts.targets:
            story.append(self.para(self.t("no_plan_table", organisation=facts.organisation)))
            return story
        support = facts.support()
        states = [item.state for item in support]
        story.append(
            self.para(
                self.t(
                    "plan_progress",
                    reached=facts.progress.targets_reached,
                    targets=facts.progress.targets,
                    done=states.count(SupportState.DONE),
                    actions=len(states),
                    open=states.count(SupportState.OPEN),
                    overdue=states.count(SupportState.OVERDUE),
                ),
                self.styles.small,
            )
        )
        rows: list[list[Any]] = [self.head(["target", "support_action", "owner", "due", "state"])]
        for target in facts.targets:
            label = _escape(
                self.safe(
                    self.t(
                        "target_cell",
                        dimension=self.name(target.dimension),
                        level=target.target_level,
                        date=self.day(target.target_date),
                    )
                )
            )
            state = _escape(self.t(_STATE_KEYS[target.state]))
            if target.state is TargetState.MISSED:
                state = f"<b>{state}</b>"
            cell = f"<b>{label}</b><br/>{state}"
            if target.note:
                cell += f"<br/><font color='#555555'>{_escape(self.safe(target.note))}</font>"
            if not target.support:
                rows.append(
                    [self.para(cell, markup=True), self.para(self.t("no_support")), "", "", ""]
                )
                continue
            for index, item in enumerate(target.support):
                word = _escape(self.t(str(item.state)))
                if item.state is SupportState.OVERDUE:
                    word = f"<b>{word}</b>"
                rows.append(
                    [
                        self.para(cell, markup=True) if index == 0 else "",
                        self.para(item.title),
                        self.para(item.owner or self.t("none")),
                        self.para(self.day(item.due_date)),
                        self.para(word, markup=True),
                    ]
                )
        fractions = [0.3, 0.34, 0.14, 0.12, 0.1]
        table = Table(rows, colWidths=[self.width * part for part in fractions], repeatRows=1)
        table.setStyle(table_style())
        story.append(table)
        return story

    def skills(self, facts: CapabilityFacts) -> list[Flowable]:
        story: list[Flowable] = [self.heading("skills")]
        if facts.total.people == 0:
            story.append(self.para(self.t("no_people", organisation=facts.organisation)))
            return story
        none = self.t("no_department")
        if facts.total.assessed_people == 0:
            listed = ", ".join(
                f"{item.department or none} ({notation.count(item.people, self.language)})"
                for item in facts.departments
            )
            story.append(self.para(self.t("unassessed_departments", departments=listed)))
            return story
        skills = facts.skills
        head: list[Any] = [self.para(self.t("department"), self.styles.head_cell)]
        for skill in skills:
            required = (
                ""
                if skill.required_level is None
                else "<br/>" + _escape(self.t("required", level=skill.required_level))
            )
            head.append(
                self.para(
                    f"{_escape(self.safe(self.name(skill)))}{required}",
                    self.skill_head,
                    True,
                )
            )
        rows: list[list[Any]] = [head]
        lines = [*facts.departments, facts.total]
        for index, department in enumerate(lines):
            last = index == len(lines) - 1
            title = self.t("in_all") if last else department.department or none
            people = self.t(
                "people_cell",
                people=notation.count(department.people, self.language),
                assessed=notation.count(department.assessed_people, self.language),
            )
            shown = f"<b>{_escape(self.safe(title))}</b><br/>{_escape(people)}"
            cells: list[Any] = [self.para(shown, markup=True)]
            for standing in department.skills:
                value = (
                    self.t("none")
                    if standing.mean is None
                    else notation.mean(standing.mean, self.language)
                )
                if standing.has_gap:
                    value = f"{_escape(value)}<br/><b>▼ {standing.below}</b>"
                else:
                    value = _escape(value)
                cells.append(self.para(value, markup=True))
            rows.append(cells)
        first = 0.13
        rest = (1 - first) / max(len(skills), 1)
        table = Table(
            rows, colWidths=[self.width * first] + [self.width * rest] * len(skills), repeatRows=1
        )
        style = table_style()
        style.add("LINEABOVE", (0, -1), (-1, -1), 0.7, MUTED)
        table.setStyle(style)
        story += [
            table,
            Spacer(1, 1.5),
            self.para(
                self.t("skills_note", levels=self.scale(facts.skill_levels)), self.styles.small
            ),
        ]
        said: list[Flowable] = []
        for position, skill in enumerate(skills):
            groups = []
            for department in facts.departments:
                standing = department.skills[position]
                if standing.has_gap:
                    groups.append(
                        f"{department.department or none}: {', '.join(standing.below_people)}"
                    )
            if groups:
                said.append(
                    self.para(
                        "• "
                        + self.t(
                            "gap_line",
                            skill=self.name(skill),
                            level=skill.required_level,
                            names="; ".join(groups),
                        )
                    )
                )
        said = said or [self.para(self.t("no_gaps"))]
        # The heading never alone at the foot of a page.
        story += [KeepTogether([self.para(self.t("gaps"), self.styles.head_cell), said[0]])]
        story += said[1:]
        return story

    def trainings(self, facts: CapabilityFacts) -> list[Flowable]:
        title = self.heading("training")
        if not facts.trainings:
            return [
                title,
                self.para(self.t("no_training", organisation=facts.organisation)),
            ]
        rows: list[list[Any]] = [self.head(["date", "person", "what", "addressed"])]
        for item in facts.trainings:
            what = f"{item.title} ({self.t(item.kind)})"
            if item.provider:
                what += f", {item.provider}"
            person = item.person + (f" ({item.department})" if item.department else "")
            rows.append(
                [
                    self.para(self.day(item.received_on)),
                    self.para(person),
                    self.para(what),
                    self.para(", ".join(self.name(skill) for skill in item.skills)),
                ]
            )
        fractions = [0.13, 0.25, 0.34, 0.28]
        table = Table(rows, colWidths=[self.width * part for part in fractions], repeatRows=1)
        table.setStyle(table_style())
        return [KeepTogether([title, table])]


class CapabilityError(BriefingError):
    """The capability report cannot be made as asked; ``detail`` says why."""


def capability_facts(
    db: Database,
    target: Path,
    alliance_ids: list[int] | None,
    edition: Edition,
    today: dt.date,
) -> list[CapabilityFacts]:
    """The facts of each alliance asked for (every alliance when None), in the given order,
    each once; refuses unknown ids, none at all, and a partner edition of several partners."""
    if alliance_ids is None:
        alliance_ids = [row[0] for row in db.tuples("SELECT id FROM alliance ORDER BY name, id")]
        if not alliance_ids:
            raise CapabilityError(
                target, detail="the workbook has no alliances to report on; nothing was written."
            )
    if not alliance_ids:
        raise CapabilityError(target, detail="no alliance was chosen; nothing was written.")
    chosen = list(dict.fromkeys(alliance_ids))
    known = {row[0] for row in db.tuples("SELECT id FROM alliance")}
    missing = [str(number) for number in chosen if number not in known]
    if missing:
        raise CapabilityError(
            target, detail=f"no alliance with id {', '.join(missing)}; nothing was written."
        )
    if edition is Edition.PARTNER:
        found = partners(db, chosen)
        if len(found) > 1:
            raise CapabilityError(
                target,
                detail="the partner's edition is for one partner's management, and these"
                f" alliances have {len(found)} partners ({'; '.join(found.values())}); choose"
                " the alliances of one partner. Nothing was written.",
            )
    return [gather(db, number, edition, today) for number in chosen]


def write_capability_report(
    db: Database,
    target: Path,
    alliance_ids: list[int] | None,
    *,
    organisation: str = "ours",
    language: str = "en",
    paper: str = "a4",
    today: dt.date,
) -> int:
    """Write the capability report of the alliances (every one when None) for
    ``organisation`` (``ours`` or ``partner``) to ``target``; the number of pages."""
    if paper not in PAPERS:
        raise ValueError(f"the paper must be one of {tuple(PAPERS)!r}, not {paper!r}")
    if language not in LANGUAGES:
        raise ValueError(f"the language must be one of {LANGUAGES!r}, not {language!r}")
    if organisation not in EDITIONS:
        raise ValueError(f"the organisation must be one of {EDITIONS!r}, not {organisation!r}")
    edition = Edition(organisation)
    found = capability_facts(db, target, alliance_ids, edition, today)
    page_size = PAPERS[paper]
    width = page_size[0] - 2 * MARGIN - 2 * FRAME_PADDING

    def story() -> tuple[_Writer, list[Flowable]]:
        writer = _Writer(language, width)
        flowables: list[Flowable] = []
        for index, facts in enumerate(found):
            if index:
                flowables.append(PageBreak())
            flowables += writer.alliance(facts, f"alliance-{index}", today)
        return writer, flowables

    pages, _ = measure(story()[1], page_size)
    writer, flowables = story()
    subject = found[0].organisation if len({f.organisation for f in found}) == 1 else found[0].ours
    title = f"{writer.t('document')}: {subject}"
    word = (
        writer.t("confidential")
        if edition is Edition.OURS
        else writer.t("for_partner", organisation=found[0].organisation)
    )
    footer = Footer(
        left=writer.safe(charts.shorten(f"{found[0].ours} · {title} · {writer.day(today)}", 100)),
        confidentiality=writer.safe(charts.shorten(word, 60)),
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
                author=writer.safe(found[0].ours),
                creator="alliance_desk",
                lang=language,
            )
            document.build(flowables)
    except OSError as error:
        raise CapabilityError(
            target,
            detail=f"the report could not be written ({error.strerror or error}); nothing was"
            " written.",
        ) from error
    return int(document.page)
