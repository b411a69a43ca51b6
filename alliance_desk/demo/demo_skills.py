"""Collaborative skills in the demos: assessed people, re-assessments and training.

The small demo assesses everyone on the maps of two alliances (the Brenner
co-development and the Cascade distribution): our people mostly at the
required level with a gap here and there, the partner's lower, and a joint
negotiation training that some of them followed before their re-assessment.
The large demo assesses about half the people of every alliance, so the
department view works at that scale. Levels come from a seeded source, so the
same arguments still give the same workbook.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from alliance_desk.domain.codes import Side, TrainingKind
from alliance_desk.domain.skills import SkillAssessment, SkillScore, Training, TrainingSkill
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import records
from alliance_desk.store import skills as skill_store
from alliance_desk.store.db import Database

SMALL_ALLIANCES = ("Brenner optical sensor co-development", "Cascade North America distribution")
FIRST_ASSESSED = "2026-05-12"  # content dates (the demo's today is 2026-11-15)
TRAINED = "2026-07-08"
REASSESSED = "2026-10-20"
TRAINING_TITLE = "Negotiating for mutual gain: a joint two-day training"
COMMENTS = (
    "Strong in the steering committee, less so day to day.",
    "Escalates late; agreed to raise issues in the weekly call.",
    "Shares forecasts openly since the joint planning session.",
    None,
    None,
)


def add_small_skills(db: Database, shift: Callable[[str], str]) -> None:
    """Assess the people of the two alliances' maps; train and re-assess some of them."""
    framework = skill_store.skills_framework(db)
    skills = skill_store.skills(db)
    if framework is None or not skills:
        return
    rng = random.Random(14)
    first, trained_on, again = (
        dt.date.fromisoformat(shift(day)) for day in (FIRST_ASSESSED, TRAINED, REASSESSED)
    )
    negotiation = [
        s.id or 0 for s in skills if s.code in ("mutual_gain_negotiation", "conflict_resolution")
    ]
    for name in SMALL_ALLIANCES:
        alliance_id = db.scalar("SELECT id FROM alliance WHERE name = :name", {"name": name})
        people = records.select(db, Stakeholder, "alliance_id = :id", {"id": alliance_id})
        for number, person in enumerate(people):
            # Ours mostly at the bar with a gap here and there; the partner's below it.
            base, moves = (3, (-1, 0, 0, 0, 1, 1)) if person.side is Side.US else (2, (-1, 0, 0, 1))
            levels = {skill.id or 0: max(1, min(5, base + rng.choice(moves))) for skill in skills}
            _assess(db, person.id or 0, framework.id or 0, first, levels, "Alliance manager", rng)
            if number % 3 == 0:  # a third went to the joint training and grew
                training = records.insert(
                    db,
                    Training(
                        stakeholder_id=person.id or 0,
                        received_on=trained_on,
                        kind=TrainingKind.JOINT_TRAINING,
                        title=TRAINING_TITLE,
                        provider="Both organisations' academies",
                    ),
                )
                for skill_id in negotiation:
                    records.insert(
                        db, TrainingSkill(training_id=training.id or 0, dimension_id=skill_id)
                    )
                grown = {
                    skill_id: min(5, level + (1 if skill_id in negotiation else 0))
                    for skill_id, level in levels.items()
                }
                _assess(
                    db, person.id or 0, framework.id or 0, again, grown, "Alliance manager", rng
                )
            elif number % 5 == 1 and person.side is Side.PARTNER:
                records.insert(
                    db,
                    Training(
                        stakeholder_id=person.id or 0,
                        received_on=trained_on,
                        kind=TrainingKind.COACHING,
                        title="Coaching on joint governance",
                        provider="Our alliance manager",
                        note="Four sessions before the steering committee.",
                    ),
                )


def _assess(
    db: Database,
    stakeholder_id: int,
    framework_id: int,
    day: dt.date,
    levels: dict[int, int],
    assessor: str,
    rng: random.Random,
) -> None:
    assessment = records.insert(
        db,
        SkillAssessment(
            stakeholder_id=stakeholder_id,
            framework_id=framework_id,
            assessed_on=day,
            assessor=assessor,
            comment=rng.choice(COMMENTS),
        ),
    )
    for skill_id, level in levels.items():
        records.insert(
            db, SkillScore(assessment_id=assessment.id or 0, dimension_id=skill_id, level=level)
        )


def large_skill_rows(
    db: Database, stakeholders: list[dict[str, Any]], today: dt.date, seed: int
) -> dict[str, list[dict[str, Any]]]:
    """Rows for the large demo: about half of everyone assessed once or twice, some trained."""
    framework = skill_store.skills_framework(db)
    skill_ids = [skill.id or 0 for skill in skill_store.skills(db)]
    rows: dict[str, list[dict[str, Any]]] = {
        "skill_assessment": [],
        "skill_score": [],
        "training": [],
        "training_skill": [],
    }
    if framework is None:
        return rows
    rng = random.Random(seed * 1_000 + 14)
    for person in stakeholders:
        if rng.random() < 0.5:
            continue
        base = 3 if person["side"] == "us" else 2
        for _ in range(rng.randint(1, 2)):
            assessment_id = len(rows["skill_assessment"]) + 1
            rows["skill_assessment"].append(
                {
                    "id": assessment_id,
                    "stakeholder_id": person["id"],
                    "framework_id": framework.id,
                    "assessed_on": (today - dt.timedelta(days=rng.randint(1, 700))).isoformat(),
                    "assessor": None,
                    "comment": None,
                }
            )
            for skill_id in skill_ids:
                rows["skill_score"].append(
                    {
                        "id": len(rows["skill_score"]) + 1,
                        "assessment_id": assessment_id,
                        "dimension_id": skill_id,
                        "level": max(1, min(5, base + rng.choice((-1, 0, 0, 1)))),
                        "comment": None,
                    }
                )
        if rng.random() < 0.2:
            training_id = len(rows["training"]) + 1
            rows["training"].append(
                {
                    "id": training_id,
                    "stakeholder_id": person["id"],
                    "received_on": (today - dt.timedelta(days=rng.randint(1, 700))).isoformat(),
                    "kind": rng.choice(list(TrainingKind)).value,
                    "title": "Partnering workshop",
                    "provider": None,
                    "note": None,
                }
            )
            rows["training_skill"].append(
                {
                    "id": len(rows["training_skill"]) + 1,
                    "training_id": training_id,
                    "dimension_id": rng.choice(skill_ids),
                }
            )
    return rows
