"""Collaborative skills as stored: a person's levels, their history and training, and the
departments of both organisations of an alliance with their skills and gaps.

:func:`alliance_skills` is what a page or a report reads: per organisation
(ours first, then the partner), per department, per skill the number of
people, their mean and lowest level and who is below the required level. The
rules themselves are in :mod:`alliance_desk.domain.skills`; here the rows are
read with queries bound to one alliance or one person, on the indexes of
schema version 8.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from alliance_desk.domain.codes import FrameworkKind, Side
from alliance_desk.domain.evaluations import Dimension, Framework, ScaleLevel
from alliance_desk.domain.skills import (
    DepartmentSkills,
    LevelGiven,
    Person,
    Training,
    current_levels,
    department_skills,
    organisation_total,
)
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import dimensions
from alliance_desk.store.schema_skills import SKILLS_FRAMEWORK_V6

SKILLS_CODE = str(SKILLS_FRAMEWORK_V6["code"])


def skills_framework(db: Database) -> Framework | None:
    """The workbook's skills framework (the first of kind ``skills``), or None."""
    found = records.select(db, Framework, "kind = :kind", {"kind": FrameworkKind.SKILLS.value})
    return found[0] if found else None


def skills(db: Database, active_only: bool = True) -> list[Dimension]:
    """The skills in the framework's order (retired ones too unless ``active_only``)."""
    framework = skills_framework(db)
    if framework is None or framework.id is None:
        return []
    return dimensions(db, framework.id, active_only)


def skill_levels(db: Database) -> list[ScaleLevel]:
    framework = skills_framework(db)
    if framework is None:
        return []
    return records.select(
        db, ScaleLevel, "framework_id = :id", {"id": framework.id}, order_by="value"
    )


# --- one person ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class AssessmentLine:
    """One dated skills assessment of a person with its level and comment per skill."""

    assessment_id: int
    assessed_on: dt.date
    assessor: str | None
    comment: str | None
    levels: dict[int, int]
    comments: dict[int, str | None]


@dataclasses.dataclass(frozen=True)
class CurrentSkill:
    """A person's current level of one skill, with the level before it (if re-assessed)."""

    skill_id: int
    level: int
    assessed_on: dt.date
    previous: int | None


@dataclasses.dataclass(frozen=True)
class TrainingLine:
    training: Training
    skill_ids: tuple[int, ...]


_PERSON_LEVELS_SQL = (
    "SELECT skill_assessment.id AS assessment_id, skill_assessment.assessed_on,"
    " skill_assessment.assessor, skill_assessment.comment AS assessment_comment,"
    " skill_score.dimension_id, skill_score.level, skill_score.comment"
    " FROM skill_assessment"
    " LEFT JOIN skill_score ON skill_score.assessment_id = skill_assessment.id"
    " WHERE skill_assessment.stakeholder_id = :id"
    " ORDER BY skill_assessment.assessed_on DESC, skill_assessment.id DESC"
)


def assessment_history(db: Database, stakeholder_id: int) -> list[AssessmentLine]:
    """A person's skills assessments, newest first."""
    lines: dict[int, AssessmentLine] = {}
    for row in db.query(_PERSON_LEVELS_SQL, {"id": stakeholder_id}):
        line = lines.get(row["assessment_id"])
        if line is None:
            line = AssessmentLine(
                assessment_id=row["assessment_id"],
                assessed_on=dt.date.fromisoformat(row["assessed_on"]),
                assessor=row["assessor"],
                comment=row["assessment_comment"],
                levels={},
                comments={},
            )
            lines[line.assessment_id] = line
        if row["dimension_id"] is not None:
            line.levels[row["dimension_id"]] = int(row["level"])
            line.comments[row["dimension_id"]] = row["comment"]
    return list(lines.values())


def current_skills(history: list[AssessmentLine]) -> dict[int, CurrentSkill]:
    """Per skill the current level (the latest assessment that scored it) and the one before."""
    given = [
        LevelGiven(skill_id, level, line.assessed_on, line.assessment_id)
        for line in history
        for skill_id, level in line.levels.items()
    ]
    latest = current_levels(given)
    result = {}
    for skill_id, item in latest.items():
        earlier = current_levels(
            entry
            for entry in given
            if entry.skill_id == skill_id
            and (entry.assessed_on, entry.assessment_id) < (item.assessed_on, item.assessment_id)
        )
        before = earlier.get(skill_id)
        result[skill_id] = CurrentSkill(
            skill_id, item.level, item.assessed_on, before.level if before else None
        )
    return result


def trainings(db: Database, stakeholder_id: int) -> list[TrainingLine]:
    """The training and coaching a person received, newest first, with the skills addressed."""
    found = records.select(
        db,
        Training,
        "stakeholder_id = :id",
        {"id": stakeholder_id},
        order_by="received_on DESC, id DESC",
    )
    addressed: dict[int, list[int]] = {}
    for row in db.query(
        "SELECT training_skill.training_id, training_skill.dimension_id FROM training_skill"
        " JOIN training ON training.id = training_skill.training_id"
        " WHERE training.stakeholder_id = :id ORDER BY training_skill.id",
        {"id": stakeholder_id},
    ):
        addressed.setdefault(row["training_id"], []).append(row["dimension_id"])
    return [TrainingLine(item, tuple(addressed.get(item.id or 0, ()))) for item in found]


# --- departments of an alliance -------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class OrganisationSkills:
    """One organisation's people on an alliance's map, by department, with the whole below."""

    side: Side
    organisation_id: int | None
    organisation: str
    departments: tuple[DepartmentSkills, ...]
    total: DepartmentSkills


@dataclasses.dataclass(frozen=True)
class AllianceSkills:
    """Both organisations of an alliance on the skills in use (ours first)."""

    alliance_id: int
    skills: tuple[Dimension, ...]
    organisations: tuple[OrganisationSkills, ...]


_PEOPLE_SQL = (
    "SELECT stakeholder.id, stakeholder.name, stakeholder.side, stakeholder.department,"
    " EXISTS (SELECT 1 FROM counterpart WHERE counterpart.our_stakeholder_id = stakeholder.id"
    " OR counterpart.partner_stakeholder_id = stakeholder.id) AS linked"
    " FROM stakeholder WHERE stakeholder.alliance_id = :alliance_id"
)
_ALLIANCE_LEVELS_SQL = (
    "SELECT skill_assessment.stakeholder_id, skill_assessment.id AS assessment_id,"
    " skill_assessment.assessed_on, skill_score.dimension_id, skill_score.level"
    " FROM stakeholder"
    " JOIN skill_assessment ON skill_assessment.stakeholder_id = stakeholder.id"
    " JOIN skill_score ON skill_score.assessment_id = skill_assessment.id"
    " WHERE stakeholder.alliance_id = :alliance_id"
)


def alliance_people(db: Database, alliance_id: int) -> list[Person]:
    """Everyone on the alliance's map with their current level per skill."""
    given: dict[int, list[LevelGiven]] = {}
    for row in db.query(_ALLIANCE_LEVELS_SQL, {"alliance_id": alliance_id}):
        given.setdefault(row["stakeholder_id"], []).append(
            LevelGiven(
                row["dimension_id"],
                int(row["level"]),
                dt.date.fromisoformat(row["assessed_on"]),
                row["assessment_id"],
            )
        )
    return [
        Person(
            stakeholder_id=row["id"],
            name=row["name"],
            side=Side(row["side"]),
            department=row["department"],
            levels={
                skill_id: item.level
                for skill_id, item in current_levels(given.get(row["id"], [])).items()
            },
            has_counterpart=bool(row["linked"]),
        )
        for row in db.query(_PEOPLE_SQL, {"alliance_id": alliance_id})
    ]


@dataclasses.dataclass(frozen=True)
class ReceivedTraining:
    """Training or coaching someone on an alliance's map received, with the skills addressed."""

    side: Side
    person: str
    department: str
    training: Training
    skill_ids: tuple[int, ...]


def alliance_trainings(db: Database, alliance_id: int) -> list[ReceivedTraining]:
    """The training received by the people on the alliance's map, newest first."""
    people = {
        row["id"]: (Side(row["side"]), row["name"], row["department"])
        for row in db.query(
            "SELECT id, side, name, department FROM stakeholder WHERE alliance_id = :id",
            {"id": alliance_id},
        )
    }
    found = records.select(
        db,
        Training,
        "stakeholder_id IN (SELECT id FROM stakeholder WHERE alliance_id = :id)",
        {"id": alliance_id},
        order_by="received_on DESC, id DESC",
    )
    addressed: dict[int, list[int]] = {}
    for row in db.query(
        "SELECT training_skill.training_id, training_skill.dimension_id FROM training_skill"
        " JOIN training ON training.id = training_skill.training_id"
        " JOIN stakeholder ON stakeholder.id = training.stakeholder_id"
        " WHERE stakeholder.alliance_id = :id ORDER BY training_skill.id",
        {"id": alliance_id},
    ):
        addressed.setdefault(row["training_id"], []).append(row["dimension_id"])
    return [
        ReceivedTraining(*people[item.stakeholder_id], item, tuple(addressed.get(item.id or 0, ())))
        for item in found
    ]


def alliance_skills(db: Database, alliance_id: int) -> AllianceSkills:
    """Per organisation and department the people and their standing on each skill in use."""
    in_use = tuple(skills(db))
    required = [(skill.id or 0, skill.required_level) for skill in in_use]
    people = alliance_people(db, alliance_id)
    departments = department_skills(people, required)
    names = db.query_one(
        "SELECT partner.id AS partner_id, partner.name AS partner,"
        " (SELECT id FROM organisation WHERE is_own = 1) AS own_id,"
        " (SELECT name FROM organisation WHERE is_own = 1) AS own"
        " FROM alliance JOIN organisation AS partner ON partner.id = alliance.partner_id"
        " WHERE alliance.id = :id",
        {"id": alliance_id},
    )
    organisations = []
    for side in (Side.US, Side.PARTNER):
        own = side is Side.US
        organisations.append(
            OrganisationSkills(
                side=side,
                organisation_id=None if names is None else names["own_id" if own else "partner_id"],
                organisation="" if names is None else (names["own" if own else "partner"] or ""),
                departments=tuple(item for item in departments if item.side is side),
                total=organisation_total(side, people, required),
            )
        )
    return AllianceSkills(alliance_id, in_use, tuple(organisations))
