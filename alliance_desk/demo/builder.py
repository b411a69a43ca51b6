"""Build the small demo (hand-written content) through the domain rules, record by record.

Dates in the content are written as if today were ``CONTENT_TODAY``; a build
for another ``anchor`` date shifts every date by the same number of days, so
the demo always looks current while staying deterministic for a given anchor.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from alliance_desk.demo import history
from alliance_desk.demo.demo_plans import add_demo_plans
from alliance_desk.demo.demo_round import add_demo_round
from alliance_desk.demo.demo_skills import add_small_skills
from alliance_desk.domain.evaluations import Evaluation as EvaluationRecord
from alliance_desk.domain.evaluations import (
    EvaluationScore,
    MaturityAssessment,
    MaturityScore,
    PulseCheck,
)
from alliance_desk.domain.follow_up import Action, Decision, Meeting, Risk
from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.domain.stakeholders import Counterpart, Stakeholder, StakeholderAssessment
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import (
    DEFAULT_EVALUATION,
    DEFAULT_MATURITY,
    dimensions,
    framework_by_code,
    install_shipped_frameworks,
)
from alliance_desk.store.workbook import build_new_file

CONTENT_TODAY = dt.date(2026, 11, 15)
DATE_KEYS = {
    "assessed_on",
    "evaluated_on",
    "checked_on",
    "held_on",
    "start_date",
    "renewal_date",
    "target_date",
    "due_date",
    "completed_on",
    "deadline",
    "decided_on",
    "review_date",
}


class _Shift:
    """Moves content dates so that CONTENT_TODAY becomes the anchor."""

    def __init__(self, anchor: dt.date | None):
        self.days = dt.timedelta(days=((anchor or CONTENT_TODAY) - CONTENT_TODAY).days)

    def __call__(self, value: str | None) -> str | None:
        if value is None:
            return None
        return (dt.date.fromisoformat(value) + self.days).isoformat()

    def fields(self, item: Mapping[str, Any], *skip: str) -> dict[str, Any]:
        return {
            key: (self(value) if key in DATE_KEYS else value)
            for key, value in item.items()
            if key not in skip
        }


def build_demo(
    path: Path | str, size: str = "small", seed: int = 1, anchor: dt.date | None = None
) -> Path:
    """Create a demo workbook at ``path``; the same arguments give the same workbook."""
    if size == "large":
        from alliance_desk.demo.large import fill_large

        return build_new_file(path, lambda db: fill_large(db, random.Random(seed), anchor))
    return build_new_file(path, lambda db: fill_small(db, anchor))


def fill_small(db: Database, anchor: dt.date | None = None) -> None:
    from alliance_desk.demo import small_content as content

    shift = _Shift(anchor)
    install_shipped_frameworks(db)
    health = framework_by_code(db, DEFAULT_EVALUATION)
    maturity = framework_by_code(db, DEFAULT_MATURITY)
    assert health.id is not None and maturity.id is not None
    health_id, maturity_id = health.id, maturity.id
    health_dims = {d.code: d.id for d in dimensions(db, health_id) if d.id is not None}
    maturity_dims = {d.code: d.id for d in dimensions(db, maturity_id) if d.id is not None}

    def add_maturity(organisation_id: int, assessments: list[dict[str, Any]]) -> None:
        for item in assessments:
            assessment = records.insert(
                db,
                MaturityAssessment(
                    organisation_id=organisation_id,
                    framework_id=maturity_id,
                    **shift.fields(item, "levels"),
                ),
            )
            assert assessment.id is not None
            for code, (level, comment) in item["levels"].items():
                records.insert(
                    db,
                    MaturityScore(
                        assessment_id=assessment.id,
                        dimension_id=maturity_dims[code],
                        level=level,
                        comment=comment,
                    ),
                )

    own = records.insert(db, Organisation(is_own=True, **content.OWN_ORGANISATION))
    assert own.id is not None
    add_maturity(own.id, content.OWN_MATURITY)

    for item in content.ALLIANCES:
        partner = records.insert(db, Organisation(**item["partner"]))
        assert partner.id is not None
        add_maturity(partner.id, item["partner_maturity"])
        alliance = records.insert(
            db,
            Alliance(
                partner_id=partner.id,
                **shift.fields(
                    item,
                    "partner",
                    "partner_maturity",
                    "goals",
                    "stakeholders",
                    "counterparts",
                    "evaluations",
                    "pulses",
                    "meetings",
                    "actions",
                    "decisions",
                    "risks",
                ),
            ),
        )
        _fill_alliance(db, alliance.id or 0, item, shift, health_id, health_dims)
    add_demo_round(db, shift, anchor or CONTENT_TODAY)
    add_demo_plans(db, shift)
    add_small_skills(db, lambda day: shift(day) or day)
    history.write_small_history(db, lambda day: shift(day) or day, anchor or CONTENT_TODAY)


def _fill_alliance(
    db: Database,
    alliance_id: int,
    item: Mapping[str, Any],
    shift: _Shift,
    framework_id: int,
    health_dims: Mapping[str, int],
) -> None:
    for goal in item["goals"]:
        records.insert(db, Goal(alliance_id=alliance_id, **shift.fields(goal)))

    people: dict[str, int] = {}
    for person in item["stakeholders"]:
        stakeholder = records.insert(
            db, Stakeholder(alliance_id=alliance_id, **shift.fields(person, "assessments"))
        )
        assert stakeholder.id is not None
        people[person["name"]] = stakeholder.id
        for assessment in person["assessments"]:
            records.insert(
                db,
                StakeholderAssessment(stakeholder_id=stakeholder.id, **shift.fields(assessment)),
            )
    for link in item["counterparts"]:
        records.insert(
            db,
            Counterpart(
                alliance_id=alliance_id,
                our_stakeholder_id=people[link["ours"]],
                partner_stakeholder_id=people[link["partner"]],
                **shift.fields(link, "ours", "partner"),
            ),
        )

    evaluations: dict[tuple[str, str], int] = {}
    for evaluation in item["evaluations"]:
        stored = records.insert(
            db,
            EvaluationRecord(
                alliance_id=alliance_id,
                framework_id=framework_id,
                **shift.fields(evaluation, "scores"),
            ),
        )
        assert stored.id is not None
        evaluations[(evaluation["evaluated_on"], evaluation["respondent_side"])] = stored.id
        for code, (score, comment) in evaluation["scores"].items():
            records.insert(
                db,
                EvaluationScore(
                    evaluation_id=stored.id,
                    dimension_id=health_dims[code],
                    score=score,
                    comment=comment,
                ),
            )
    for pulse in item["pulses"]:
        records.insert(db, PulseCheck(alliance_id=alliance_id, **shift.fields(pulse)))

    meetings: dict[str, int] = {}
    for meeting in item["meetings"]:
        stored_meeting = records.insert(
            db, Meeting(alliance_id=alliance_id, **shift.fields(meeting))
        )
        meetings[meeting["held_on"]] = stored_meeting.id or 0

    def source(link: tuple[str, ...] | None) -> dict[str, Any]:
        if link is None:
            return {}
        if link[0] == "evaluation":
            return {"source_evaluation_id": evaluations[(link[1], link[2])]}
        return {"source_meeting_id": meetings[link[1]]}

    for action in item["actions"]:
        records.insert(
            db,
            Action(
                alliance_id=alliance_id,
                **shift.fields(action, "source"),
                **source(action["source"]),
            ),
        )
    for decision in item["decisions"]:
        records.insert(
            db,
            Decision(
                alliance_id=alliance_id,
                **shift.fields(decision, "source"),
                **source(decision["source"]),
            ),
        )
    for risk in item["risks"]:
        records.insert(db, Risk(alliance_id=alliance_id, **shift.fields(risk)))


def fresh_demo_copy() -> Path:
    """A new small demo workbook in a temporary folder, dated around today."""
    folder = Path(tempfile.mkdtemp(prefix="alliance_desk-demo-"))
    return build_demo(folder / "Demo.alliance", anchor=dt.date.today())
