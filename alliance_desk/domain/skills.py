"""The collaborative skills of the people on the stakeholder maps, and what follows from them.

ISO 44001 (7.2 Competence) asks an organisation to know which competences
collaboration needs and to develop them. Skills are the dimensions of a
framework of kind ``skills`` (data, editable like the other frameworks), each
with the level everyone who deals with the partner should reach. A person's
skills are assessed on a date; a re-assessment is a new record, so the history
stays. Training and coaching received are recorded with the skills they
addressed.

The rules here are pure: a person's current level per skill (the latest
assessment that scored it) and a department's standing per skill (how many
people, their mean and lowest level, and how many are below the required
level: the gap).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from alliance_desk.domain.codes import Side, TrainingKind
from alliance_desk.domain.evaluations import SCORE_MAX, SCORE_MIN
from alliance_desk.domain.record import Record, rule
from alliance_desk.domain.validation import Choice, Day, Line, Note, RecordId, WholeNumber


@dataclasses.dataclass(frozen=True, kw_only=True)
class SkillAssessment(Record):
    """A person's collaborative skills as judged on one date (by whom, and why)."""

    TABLE = "skill_assessment"

    stakeholder_id: int = rule(RecordId())
    framework_id: int = rule(RecordId())
    assessed_on: dt.date = rule(Day())
    assessor: str | None = rule(Line(required=False, max_length=200))
    comment: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class SkillScore(Record):
    """The level (1 aware .. 5 expert) one assessment gives one skill, with a comment."""

    TABLE = "skill_score"

    assessment_id: int = rule(RecordId())
    dimension_id: int = rule(RecordId())
    level: int = rule(WholeNumber(minimum=SCORE_MIN, maximum=SCORE_MAX))
    comment: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class Training(Record):
    """Training or coaching a person received (a workshop, joint training, coaching …)."""

    TABLE = "training"

    stakeholder_id: int = rule(RecordId())
    received_on: dt.date = rule(Day())
    kind: TrainingKind = rule(Choice(codes=TrainingKind), default=TrainingKind.WORKSHOP)
    title: str = rule(Line(max_length=200))
    provider: str | None = rule(Line(required=False, max_length=200))
    note: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class TrainingSkill(Record):
    """One skill a training addressed."""

    TABLE = "training_skill"

    training_id: int = rule(RecordId())
    dimension_id: int = rule(RecordId())


# --- rules ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class LevelGiven:
    """One level one assessment gave one skill."""

    skill_id: int
    level: int
    assessed_on: dt.date
    assessment_id: int


def current_levels(given: Iterable[LevelGiven]) -> dict[int, LevelGiven]:
    """Per skill, the level of the latest assessment that scored it.

    Later date wins; on the same date the later record (a re-assessment made
    that day). A skill the latest assessment left out keeps its earlier level.
    """
    current: dict[int, LevelGiven] = {}
    for item in given:
        held = current.get(item.skill_id)
        if held is None or (item.assessed_on, item.assessment_id) > (
            held.assessed_on,
            held.assessment_id,
        ):
            current[item.skill_id] = item
    return current


@dataclasses.dataclass(frozen=True)
class Person:
    """Someone on a stakeholder map with their current level per skill (id to level)."""

    stakeholder_id: int
    name: str
    side: Side
    department: str
    levels: Mapping[int, int]
    has_counterpart: bool = False


@dataclasses.dataclass(frozen=True)
class SkillStanding:
    """How one department stands on one skill."""

    skill_id: int
    required: int | None
    assessed: int  # people with a level for this skill
    mean: float | None
    lowest: int | None
    below_people: tuple[str, ...]  # assessed people below the required level: the gap

    @property
    def below(self) -> int:
        return len(self.below_people)

    @property
    def has_gap(self) -> bool:
        return bool(self.below_people)


@dataclasses.dataclass(frozen=True)
class DepartmentSkills:
    """One department of one organisation: its people and its standing per skill."""

    side: Side
    department: str
    people: int
    with_counterpart: int  # people linked to a counterpart on the other side
    skills: tuple[SkillStanding, ...]

    @property
    def gaps(self) -> int:
        """How many skills have someone below the required level."""
        return sum(1 for standing in self.skills if standing.has_gap)

    @property
    def assessed_people(self) -> int:
        return max((standing.assessed for standing in self.skills), default=0)


def skill_standing(skill_id: int, required: int | None, people: Sequence[Person]) -> SkillStanding:
    """Mean, lowest and gap of the levels a group of people has for one skill."""
    levels = [
        (person.name, person.levels[skill_id]) for person in people if skill_id in person.levels
    ]
    values = [level for _, level in levels]
    return SkillStanding(
        skill_id=skill_id,
        required=required,
        assessed=len(values),
        mean=round(sum(values) / len(values), 2) if values else None,
        lowest=min(values) if values else None,
        below_people=tuple(
            name for name, level in levels if required is not None and level < required
        ),
    )


def department_skills(
    people: Iterable[Person], required: Sequence[tuple[int, int | None]]
) -> list[DepartmentSkills]:
    """Per side (ours first) and department (alphabetically), the standing per skill.

    ``required`` lists the skills in the framework's order with their required
    level (None: no requirement, so no gap). People not yet assessed on a skill
    count among the department's people but not in its mean, lowest or gap.
    """
    groups: dict[tuple[Side, str], list[Person]] = {}
    for person in people:
        groups.setdefault((person.side, person.department), []).append(person)
    order = sorted(groups, key=lambda key: (key[0] is not Side.US, key[1].casefold(), key[1]))
    result = []
    for side, department in order:
        members = groups[(side, department)]
        result.append(
            DepartmentSkills(
                side=side,
                department=department,
                people=len(members),
                with_counterpart=sum(1 for person in members if person.has_counterpart),
                skills=tuple(
                    skill_standing(skill_id, level, members) for skill_id, level in required
                ),
            )
        )
    return result


def organisation_total(
    side: Side, people: Iterable[Person], required: Sequence[tuple[int, int | None]]
) -> DepartmentSkills:
    """The whole of one organisation's people on the map, as one line under its departments."""
    everyone = [person for person in people if person.side is side]
    return DepartmentSkills(
        side=side,
        department="",
        people=len(everyone),
        with_counterpart=sum(1 for person in everyone if person.has_counterpart),
        skills=tuple(skill_standing(skill_id, level, everyone) for skill_id, level in required),
    )
