"""What the capability report says about one organisation in one alliance, gathered once.

The report has two editions. **Ours** is for our own management: our maturity
against our development targets (with the partner's level beside it), our
plan and its support actions, our departments' collaborative skills and the
training our people received, and the case that collaboration runs through
the organisation, not through the alliance manager alone. **Partner** is for
the partner's management: only the partner's part (its maturity against its
targets, its plan, its departments and training). It carries nothing of ours:
not our maturity, plan, people or skills, not our risks, not the descriptions
of actions or any other private note. What each edition holds is decided
here, so a test can hold it to that without reading a PDF.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from enum import StrEnum

from alliance_desk.domain import development as rules
from alliance_desk.domain.codes import ActionStatus, FrameworkKind, Side
from alliance_desk.domain.evaluations import Dimension, ScaleLevel
from alliance_desk.domain.skills import DepartmentSkills
from alliance_desk.store import development, evaluation_history
from alliance_desk.store import skills as stored_skills
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import dimensions


class Edition(StrEnum):
    OURS = "ours"
    PARTNER = "partner"


class TargetState(StrEnum):
    REACHED = "reached"
    MISSED = "missed"  # the date passed below the level
    UNDERWAY = "underway"  # the date is still ahead
    NONE = "none"  # no target on the dimension


class SupportState(StrEnum):
    DONE = "done"
    OPEN = "open"
    OVERDUE = "overdue"


@dataclasses.dataclass(frozen=True)
class MaturityLine:
    """One dimension: where the organisation stands and its target."""

    dimension: Dimension
    level: float | None  # the latest assessed level, None if never assessed
    target_level: int | None
    target_date: dt.date | None
    distance: float | None  # levels still to climb; None without a target or a level
    state: TargetState
    other_level: float | None  # ours edition: the partner's level (None in the partner's)


@dataclasses.dataclass(frozen=True)
class Support:
    """A support action as the report shows it: title, owner, due date, state (no
    description: that may hold what is not meant for the partner)."""

    title: str
    owner: str | None
    due_date: dt.date | None
    state: SupportState


@dataclasses.dataclass(frozen=True)
class PlanTarget:
    dimension: Dimension
    target_level: int
    target_date: dt.date
    note: str | None
    state: TargetState
    support: tuple[Support, ...]


@dataclasses.dataclass(frozen=True)
class Training:
    received_on: dt.date
    person: str
    department: str
    kind: str
    title: str
    provider: str | None
    skills: tuple[Dimension, ...]


@dataclasses.dataclass(frozen=True)
class CapabilityFacts:
    """One organisation of one alliance, as one edition of the report shows it."""

    edition: Edition
    alliance: str
    organisation: str  # whose capability: ours in the ours edition, the partner's otherwise
    other: str  # the other organisation of the alliance
    ours: str  # our organisation's name (the author)
    assessed_on: dt.date | None  # the organisation's latest maturity assessment
    maturity: tuple[MaturityLine, ...]
    plan_notes: str | None
    targets: tuple[PlanTarget, ...]
    progress: rules.Progress
    skills: tuple[Dimension, ...]
    departments: tuple[DepartmentSkills, ...]
    total: DepartmentSkills
    trainings: tuple[Training, ...]
    maturity_levels: tuple[ScaleLevel, ...] = ()  # the maturity scale's names, lowest first
    skill_levels: tuple[ScaleLevel, ...] = ()

    @property
    def side(self) -> Side:
        return Side.US if self.edition is Edition.OURS else Side.PARTNER

    def missed(self) -> list[PlanTarget]:
        return [target for target in self.targets if target.state is TargetState.MISSED]

    def support(self) -> list[Support]:
        return [item for target in self.targets for item in target.support]

    def people_below(self) -> set[str]:
        """Everyone assessed below the required level on at least one skill."""
        return {name for standing in self.total.skills for name in standing.below_people}

    def widest_gap(self) -> tuple[Dimension, int] | None:
        """The skill with the most people below its required level (framework order on a tie)."""
        counts = Counter(
            {
                standing.skill_id: standing.below
                for standing in self.total.skills
                if standing.has_gap
            }
        )
        if not counts:
            return None
        most = max(counts.values())
        for skill in self.skills:
            if counts.get(skill.id or 0) == most:
                return skill, most
        return None


def target_state(latest: float | None, level: int, by: dt.date, today: dt.date) -> TargetState:
    if rules.reached(latest, level):
        return TargetState.REACHED
    if rules.overdue(latest, level, by, today):
        return TargetState.MISSED
    return TargetState.UNDERWAY


def support_state(status: str, due: dt.date | None, today: dt.date) -> SupportState | None:
    """Done, open or overdue; None for a cancelled action (it was not the support after all)."""
    found = ActionStatus(status)
    if found is ActionStatus.CANCELLED:
        return None
    if found is ActionStatus.DONE:
        return SupportState.DONE
    return SupportState.OVERDUE if due is not None and due < today else SupportState.OPEN


def gather(db: Database, alliance_id: int, edition: Edition, today: dt.date) -> CapabilityFacts:
    """The facts of one alliance for ``edition`` (raises LookupError for no such alliance)."""
    picture = evaluation_history.maturity_picture(db, alliance_id)
    if picture is None:
        raise LookupError(f"no alliance with id {alliance_id}")
    name = db.scalar("SELECT name FROM alliance WHERE id = :id", {"id": alliance_id})
    side = Side.US if edition is Edition.OURS else Side.PARTNER
    own_name, partner_name = picture.own_name or "", picture.partner_name
    framework = evaluation_history.framework_in_use(
        db, FrameworkKind.MATURITY, picture.latest_framework_id()
    )
    assert framework.id is not None
    latest = development.latest_levels(picture)
    mine = latest[side]
    others = latest[Side.PARTNER] if edition is Edition.OURS else {}
    plans = development.plans(db, alliance_id)
    shown = [
        dimension
        for dimension in dimensions(db, framework.id, active_only=False)
        if dimension.active
        or (dimension.id or 0) in mine
        or plans.target(side, dimension.id or 0) is not None
    ]
    by_id = {dimension.id or 0: dimension for dimension in shown}
    maturity = []
    for dimension in shown:
        number = dimension.id or 0
        level = mine.get(number)
        target = plans.target(side, number)
        if target is None:
            maturity.append(
                MaturityLine(
                    dimension, level, None, None, None, TargetState.NONE, others.get(number)
                )
            )
            continue
        maturity.append(
            MaturityLine(
                dimension,
                level,
                target.target_level,
                target.target_date,
                rules.distance(level, target.target_level),
                target_state(level, target.target_level, target.target_date, today),
                others.get(number),
            )
        )
    targets = []
    for line in sorted(plans.of_side(side), key=lambda item: (item.target_date, item.dimension_id)):
        support = []
        for action in line.actions:
            state = support_state(action.status, action.due_date, today)
            if state is not None:
                support.append(Support(action.title, action.owner, action.due_date, state))
        named = by_id.get(line.dimension_id)
        if named is None:  # a dimension of a framework no longer in use
            continue
        targets.append(
            PlanTarget(
                named,
                line.target_level,
                line.target_date,
                line.note,
                target_state(
                    mine.get(line.dimension_id), line.target_level, line.target_date, today
                ),
                tuple(support),
            )
        )
    plan_notes = None
    if side in plans.plan_ids:
        plan_notes = db.scalar(
            "SELECT notes FROM development_plan WHERE id = :id", {"id": plans.plan_ids[side]}
        )
    found_skills = stored_skills.alliance_skills(db, alliance_id)
    organisation = next(item for item in found_skills.organisations if item.side is side)
    skill_by_id = {skill.id or 0: skill for skill in found_skills.skills}
    trainings = tuple(
        Training(
            item.training.received_on,
            item.person,
            item.department,
            str(item.training.kind),
            item.training.title,
            item.training.provider,
            tuple(skill_by_id[number] for number in item.skill_ids if number in skill_by_id),
        )
        for item in stored_skills.alliance_trainings(db, alliance_id)
        if item.side is side
    )
    assessed = picture.own if side is Side.US else picture.partner
    return CapabilityFacts(
        edition=edition,
        alliance=str(name),
        organisation=own_name if side is Side.US else partner_name,
        other=partner_name if side is Side.US else own_name,
        ours=own_name,
        assessed_on=assessed[0].assessed_on if assessed else None,
        maturity=tuple(maturity),
        plan_notes=plan_notes,
        targets=tuple(targets),
        progress=development.progress(plans, side, mine),
        skills=found_skills.skills,
        departments=organisation.departments,
        total=organisation.total,
        trainings=trainings,
        maturity_levels=tuple(evaluation_history.scale_levels(db, framework.id)),
        skill_levels=tuple(stored_skills.skill_levels(db)),
    )


def partners(db: Database, alliance_ids: list[int]) -> dict[int, str]:
    """The partner organisations of the alliances, by organisation id, with their names."""
    found = db.query(
        "SELECT DISTINCT organisation.id, organisation.name FROM alliance"
        " JOIN organisation ON organisation.id = alliance.partner_id"
        " WHERE alliance.id IN (SELECT value FROM json_each(:ids)) ORDER BY organisation.name",
        {"ids": f"[{','.join(map(str, alliance_ids))}]"},
    )
    return {row["id"]: row["name"] for row in found}
