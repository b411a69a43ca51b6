"""The large demo workbook for benchmarks: 500 alliances and everything that comes with them.

Rows are generated from a seeded random source and written in bulk; the
schema's CHECK constraints and a foreign-key check still guard them. The
figures match the benchmark brief: 500 alliances, 25,000 stakeholders,
20,000 evaluations with 140,000 dimension scores, 50,000 actions.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from alliance_desk.demo.demo_skills import large_skill_rows
from alliance_desk.demo.history import write_large_history
from alliance_desk.domain import codes
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import (
    DEFAULT_EVALUATION,
    DEFAULT_MATURITY,
    dimensions,
    framework_by_code,
    install_shipped_frameworks,
)

ALLIANCES = 500
STAKEHOLDERS_PER_ALLIANCE = 50
EVALUATIONS_PER_ALLIANCE = 40
ACTIONS_PER_ALLIANCE = 100
DEFAULT_TODAY = dt.date(2026, 11, 15)

_PREFIXES = (
    "Noord",
    "Delta",
    "Rijn",
    "Alpen",
    "Nova",
    "Bright",
    "Blue",
    "Kite",
    "Vector",
    "Orion",
    "Stellar",
    "Polder",
    "Maas",
    "Lumen",
    "Atlas",
    "Meridian",
    "Tulip",
    "Helix",
    "Quartz",
)
_SUFFIXES = (
    "Systems",
    "Health",
    "Foods",
    "Logistics",
    "Energy",
    "Labs",
    "Partners",
    "Group",
    "Technologies",
    "Diagnostics",
    "Materials",
    "Networks",
    "Pharma",
    "Retail",
)
_COUNTRIES = ("NL", "BE", "DE", "FR", "GB", "US", "JP", "IN", "SE", "ES", "IT", "CH")
_SECTORS = ("Healthcare", "Food", "Energy", "Logistics", "Software", "Chemicals", "Retail")
_FIRST = (
    "Anna",
    "Bram",
    "Carla",
    "Daan",
    "Eva",
    "Finn",
    "Greta",
    "Hugo",
    "Iris",
    "Jan",
    "Kim",
    "Lars",
    "Mila",
    "Noah",
    "Olga",
    "Pieter",
    "Rosa",
    "Sam",
    "Tess",
    "Umar",
    "Vera",
    "Wim",
)
_LAST = (
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Müller",
    "Schmidt",
    "Dubois",
    "Tanaka",
    "Patel",
    "Smith",
    "Garcia",
    "Rossi",
    "Nilsson",
    "Peeters",
)
_DEPARTMENTS = (
    "Executive board",
    "Sales",
    "R&D",
    "Marketing & Communications",
    "Finance",
    "Legal",
    "Operations",
    "Quality",
    "Procurement",
    "IT",
)
_ACTION_VERBS = ("Agree", "Draft", "Review", "Align", "Prepare", "Escalate", "Plan", "Share")
_ACTION_OBJECTS = (
    "the joint forecast",
    "the governance charter",
    "KPI definitions",
    "the launch plan",
    "the data-sharing agreement",
    "the pricing model",
    "the quarterly review",
    "the exit clauses",
    "the communication plan",
)


def _day(today: dt.date, days_ago: int) -> str:
    return (today - dt.timedelta(days=days_ago)).isoformat()


def _insert(db: Database, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    names = list(rows[0])
    db.execute_many(
        f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join(":" + n for n in names)})',
        rows,
    )


def _ids(start: int) -> Iterator[int]:
    value = start
    while True:
        yield value
        value += 1


def fill_large(db: Database, rng: random.Random, anchor: dt.date | None = None) -> None:
    today = anchor or DEFAULT_TODAY
    install_shipped_frameworks(db)
    health = framework_by_code(db, DEFAULT_EVALUATION)
    maturity = framework_by_code(db, DEFAULT_MATURITY)
    assert health.id is not None and maturity.id is not None
    health_dims = [d.id for d in dimensions(db, health.id)]
    maturity_dims = [d.id for d in dimensions(db, maturity.id)]

    organisations = [
        {
            "id": 1,
            "name": "Lindenhof Medical B.V.",
            "is_own": 1,
            "sector": "Healthcare",
            "country": "NL",
            "website": None,
            "notes": None,
        }
    ]
    rows: dict[str, list[dict[str, Any]]] = {
        name: []
        for name in (
            "alliance",
            "goal",
            "stakeholder",
            "stakeholder_assessment",
            "counterpart",
            "evaluation",
            "evaluation_score",
            "pulse_check",
            "maturity_assessment",
            "maturity_score",
            "development_plan",
            "development_target",
            "meeting",
            "action",
            "decision",
            "risk",
        )
    }
    next_id = {name: _ids(1) for name in rows}
    stages = list(codes.LifecycleStage)
    types = list(codes.AllianceType)
    rags = ("green", "green", "green", "amber", "amber", "red")
    attitudes = list(codes.Attitude)

    def maturity_assessment(organisation_id: int, days_ago: int) -> None:
        assessment_id = next(next_id["maturity_assessment"])
        rows["maturity_assessment"].append(
            {
                "id": assessment_id,
                "organisation_id": organisation_id,
                "framework_id": maturity.id,
                "assessed_on": _day(today, days_ago),
                "assessor": None,
                "remarks": None,
            }
        )
        for dimension_id in maturity_dims:
            rows["maturity_score"].append(
                {
                    "id": next(next_id["maturity_score"]),
                    "assessment_id": assessment_id,
                    "dimension_id": dimension_id,
                    "level": rng.randint(1, 5),
                    "comment": None,
                }
            )

    maturity_assessment(1, 400)
    maturity_assessment(1, 30)
    for number in range(1, ALLIANCES + 1):
        partner_id = number + 1
        partner_name = f"{rng.choice(_PREFIXES)} {rng.choice(_SUFFIXES)} {number}"
        organisations.append(
            {
                "id": partner_id,
                "name": partner_name,
                "is_own": 0,
                "sector": rng.choice(_SECTORS),
                "country": rng.choice(_COUNTRIES),
                "website": None,
                "notes": None,
            }
        )
        maturity_assessment(partner_id, rng.randint(200, 700))
        maturity_assessment(partner_id, rng.randint(10, 199))
        start = rng.randint(400, 1500)
        rows["alliance"].append(
            {
                "id": number,
                "partner_id": partner_id,
                "name": f"{partner_name} alliance",
                "alliance_type": rng.choice(types).value,
                "lifecycle_stage": rng.choice(stages).value,
                "status_rag": rng.choice(rags),
                "status_reason": "Generated for benchmarks",
                "start_date": _day(today, start),
                "renewal_date": _day(today, start - 1095),
                "contract_reference": f"CTR-{number:05d}",
                "description": None,
                "our_resources": None,
                "partner_resources": None,
                "health_check_interval_days": rng.choice((90, 180, 365)),
            }
        )
        if number % 29 == 0:
            # About one in thirty nobody has assessed yet. The status is drawn all the same,
            # so the random sequence, and with it the rest of the demo, stays as it was.
            rows["alliance"][-1].update(status_rag=None, status_reason=None)
        for kind in ("ours", "partner", "shared", "ours", "partner", "shared"):
            rows["goal"].append(
                {
                    "id": next(next_id["goal"]),
                    "alliance_id": number,
                    "kind": kind,
                    "description": f"Grow joint revenue in segment {rng.randint(1, 9)}",
                    "measure": None,
                    "target_date": _day(today, -rng.randint(30, 700)),
                    "progress": rng.randint(0, 100),
                }
            )
        ours: list[int] = []
        theirs: list[int] = []
        for person in range(STAKEHOLDERS_PER_ALLIANCE):
            stakeholder_id = next(next_id["stakeholder"])
            side = "us" if person % 2 == 0 else "partner"
            (ours if side == "us" else theirs).append(stakeholder_id)
            rows["stakeholder"].append(
                {
                    "id": stakeholder_id,
                    "alliance_id": number,
                    "side": side,
                    "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                    "department": _DEPARTMENTS[person // 2 % len(_DEPARTMENTS)],
                    "role": None,
                    "seniority": rng.choice(list(codes.Seniority)).value,
                    "direction": "outwards"
                    if side == "partner"
                    else rng.choice(("upwards", "sidewards", "downwards")),
                    "is_sponsor": int(person < 2),
                    "email": None,
                    "phone": None,
                    "notes": None,
                }
            )
            attitude = rng.choice(attitudes)
            for _ in range(rng.randint(1, 2)):
                if rng.random() < 0.3:  # a re-assessment mostly finds the same attitude
                    attitude = rng.choice(attitudes)
                rows["stakeholder_assessment"].append(
                    {
                        "id": next(next_id["stakeholder_assessment"]),
                        "stakeholder_id": stakeholder_id,
                        "assessed_on": _day(today, rng.randint(1, 900)),
                        "power": rng.randint(1, 10),
                        "interest": rng.randint(1, 10),
                        "attitude": attitude.value,
                        "note": None,
                    }
                )
        # Nearly everyone has their counterpart; in every third alliance one person on each
        # side has none, as in a real map (a powerful one of them is an early warning).
        linked = STAKEHOLDERS_PER_ALLIANCE // 2 - (1 if number % 3 == 0 else 0)
        for our_id, their_id in zip(ours[:linked], theirs[:linked], strict=True):
            rows["counterpart"].append(
                {
                    "id": next(next_id["counterpart"]),
                    "alliance_id": number,
                    "our_stakeholder_id": our_id,
                    "partner_stakeholder_id": their_id,
                    "function": None,
                    "escalation_level": rng.randint(1, 3),
                    "note": None,
                }
            )
        evaluation_ids = []
        # Each alliance has a health of its own that drifts slowly, so consecutive checks
        # resemble each other as they do in practice, and only some alliances decline.
        health_level = rng.uniform(2.7, 4.5)
        drift = rng.uniform(-0.012, 0.008)
        for index in range(EVALUATIONS_PER_ALLIANCE):
            evaluation_id = next(next_id["evaluation"])
            evaluation_ids.append(evaluation_id)
            rows["evaluation"].append(
                {
                    "id": evaluation_id,
                    "alliance_id": number,
                    "framework_id": health.id,
                    "evaluated_on": _day(today, (EVALUATIONS_PER_ALLIANCE - index) * 30),
                    "respondent_side": ("us", "partner", "joint")[index % 3],
                    "respondent": None,
                    "remarks": None,
                }
            )
            for dimension_id in health_dims:
                rows["evaluation_score"].append(
                    {
                        "id": next(next_id["evaluation_score"]),
                        "evaluation_id": evaluation_id,
                        "dimension_id": dimension_id,
                        "score": min(
                            5,
                            max(
                                1,
                                round(health_level + drift * index + rng.choice((-1, 0, 0, 0, 1))),
                            ),
                        ),
                        "comment": None,
                    }
                )
        for index in range(6):
            rows["pulse_check"].append(
                {
                    "id": next(next_id["pulse_check"]),
                    "alliance_id": number,
                    "checked_on": _day(today, 60 * index + 5),
                    "rag": rng.choice(rags),
                    "note": None,
                }
            )
        meeting_ids = []
        for index in range(10):
            meeting_id = next(next_id["meeting"])
            meeting_ids.append(meeting_id)
            rows["meeting"].append(
                {
                    "id": meeting_id,
                    "alliance_id": number,
                    "held_on": _day(today, 90 * index + 3),
                    "kind": rng.choice(list(codes.MeetingKind)).value,
                    "title": f"Review {index + 1}",
                    "notes": None,
                }
            )
        # The partner's development plan: three targets, one level above where it stands
        # or so, due from a year ago to a year ahead (some missed); the first actions
        # of the alliance are its support.
        plan_id = next(next_id["development_plan"])
        rows["development_plan"].append(
            {"id": plan_id, "alliance_id": number, "side": "partner", "notes": None}
        )
        targets = []
        for dimension_id in rng.sample(maturity_dims, 3):
            targets.append(next(next_id["development_target"]))
            rows["development_target"].append(
                {
                    "id": targets[-1],
                    "plan_id": plan_id,
                    "dimension_id": dimension_id,
                    "target_level": rng.randint(3, 5),
                    "target_date": _day(today, rng.randint(-365, 365)),
                    "note": None,
                }
            )
        for index in range(ACTIONS_PER_ALLIANCE):
            status = rng.choice(("open", "open", "in_progress", "done", "done", "cancelled"))
            due = rng.randint(-120, 800)
            if due > 21 and status in ("open", "in_progress") and rng.random() < 0.98:
                status = "done"  # most work due weeks ago was done; a little is late
            from_evaluation = index % 2 == 0
            rows["action"].append(
                {
                    "id": next(next_id["action"]),
                    "alliance_id": number,
                    "title": f"{rng.choice(_ACTION_VERBS)} {rng.choice(_ACTION_OBJECTS)}",
                    "description": None,
                    "owner": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                    "due_date": _day(today, due),
                    "status": status,
                    "completed_on": _day(today, max(due, 0)) if status == "done" else None,
                    "source_evaluation_id": rng.choice(evaluation_ids) if from_evaluation else None,
                    "source_meeting_id": None if from_evaluation else rng.choice(meeting_ids),
                    "development_target_id": targets[index] if index < len(targets) else None,
                }
            )
        for _ in range(10):
            status = rng.choice(("pending", "decided", "decided", "withdrawn"))
            deadline = rng.randint(-90, 300)
            if status == "pending" and deadline > 0 and rng.random() < 0.9:
                status = "decided"  # most decisions past their deadline were taken
            rows["decision"].append(
                {
                    "id": next(next_id["decision"]),
                    "alliance_id": number,
                    "title": f"Decide on {rng.choice(_ACTION_OBJECTS)}",
                    "description": None,
                    "status": status,
                    "asked_of": "Executive board",
                    "recommendation": "Approve",
                    "deadline": _day(today, deadline),
                    "decided_on": _day(today, rng.randint(1, 300)) if status == "decided" else None,
                    "decided_by": "Executive board" if status == "decided" else None,
                    "outcome": None,
                    "source_evaluation_id": None,
                    "source_meeting_id": rng.choice(meeting_ids),
                }
            )
        for index in range(6):
            rows["risk"].append(
                {
                    "id": next(next_id["risk"]),
                    "alliance_id": number,
                    "title": f"Risk {index + 1}: delay in {rng.choice(_ACTION_OBJECTS)}",
                    "description": None,
                    "owner": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                    "likelihood": rng.randint(1, 5),
                    "impact": rng.randint(1, 5),
                    "mitigation": None,
                    "status": rng.choice(list(codes.RiskStatus)).value,
                    "review_date": _day(today, -rng.randint(1, 200)),
                }
            )

    rows.update(large_skill_rows(db, rows["stakeholder"], today, len(rows["alliance"])))
    _insert(db, "organisation", organisations)
    for table, table_rows in rows.items():
        _insert(db, table, table_rows)
    write_large_history(db, rows["alliance"], today)
