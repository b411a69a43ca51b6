"""The small demo's development plans: two alliances whose partners are being helped to
grow (Brenner, Cascade) and our own plan beside Brenner's, in progress as of the demo's
today: some targets reached, one missed (so its signal shows), support actions done,
under way and still to come."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alliance_desk.domain.codes import ActionStatus, Side
from alliance_desk.domain.development_records import DevelopmentPlan, DevelopmentTarget
from alliance_desk.domain.follow_up import Action
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import DEFAULT_MATURITY, dimensions, framework_by_code

# alliance name -> side -> (plan notes, [(dimension code, level, date, note, [actions])])
# An action: (title, owner, due date, status, completed on).
PLANS: dict[str, dict[Side, tuple[str, list[tuple[str, int, str, str, list[Any]]]]]] = {
    "Brenner optical sensor co-development": {
        Side.PARTNER: (
            "Agreed with Brenner's managing director at the 2026 executive review: Brenner "
            "builds its own alliance routine so the joint evaluations stop depending on us.",
            [
                (
                    "processes_tools",
                    3,
                    "2026-09-30",
                    "A shared action log and a joint steering calendar, run by Brenner.",
                    [
                        (
                            "Joint workshop: our action log and steering calendar",
                            "Sanne de Wit",
                            "2026-04-15",
                            "done",
                            "2026-04-14",
                        ),
                        (
                            "Brenner sets up its own steering calendar",
                            "Tobias Engel",
                            "2026-08-31",
                            "done",
                            "2026-09-12",
                        ),
                    ],
                ),
                (
                    "dedicated_resources",
                    3,
                    "2027-03-31",
                    "An alliance role at Brenner with time set aside, not a side job.",
                    [
                        (
                            "Coaching sessions for Brenner's alliance contact",
                            "Sanne de Wit",
                            "2027-01-31",
                            "open",
                            None,
                        ),
                    ],
                ),
                (
                    "evaluation_practice",
                    3,
                    "2026-06-30",
                    "Brenner fills in its half of the health check without being chased.",
                    [
                        (
                            "Joint training on the health check",
                            "Sanne de Wit",
                            "2026-03-20",
                            "done",
                            "2026-03-19",
                        ),
                    ],
                ),
            ],
        ),
        Side.US: (
            "Our own side: make learning from this alliance a habit.",
            [
                (
                    "learning",
                    4,
                    "2027-06-30",
                    "A lessons-learned session after every steering committee.",
                    [
                        (
                            "Write down the lessons of the co-development so far",
                            "Sanne de Wit",
                            "2026-12-15",
                            "open",
                            None,
                        ),
                    ],
                ),
            ],
        ),
    },
    "Cascade North America distribution": {
        Side.PARTNER: (
            "Cascade's collaboration mindset is the bottleneck: its sales teams treat us as a "
            "supplier. Joint account planning should change that.",
            [
                (
                    "collaboration_mindset",
                    3,
                    "2027-02-28",
                    "Joint account plans for the five largest hospital groups.",
                    [
                        (
                            "Joint account-planning workshop in Minneapolis",
                            "Thijs Mulder",
                            "2026-10-20",
                            "done",
                            "2026-10-21",
                        ),
                        (
                            "Exchange of one account manager for a quarter",
                            "Thijs Mulder",
                            "2027-01-15",
                            "open",
                            None,
                        ),
                    ],
                ),
                (
                    "learning",
                    3,
                    "2026-12-31",
                    "A shared lessons log after each quarterly review.",
                    [],
                ),
            ],
        ),
    },
}


def add_demo_plans(db: Database, shift: Callable[[str | None], str | None]) -> None:
    """Store the plans, their targets and support actions (dates moved by ``shift``)."""
    framework = framework_by_code(db, DEFAULT_MATURITY)
    codes = {d.code: d.id for d in dimensions(db, framework.id or 0)}
    alliances = {
        name: alliance_id for alliance_id, name in db.tuples("SELECT id, name FROM alliance")
    }
    for name, sides in PLANS.items():
        alliance_id = alliances[name]
        for side, (notes, targets) in sides.items():
            plan = records.insert(
                db, DevelopmentPlan(alliance_id=alliance_id, side=side, notes=notes)
            )
            for code, level, by, note, actions in targets:
                target = records.insert(
                    db,
                    DevelopmentTarget.from_row(
                        {
                            "plan_id": plan.id,
                            "dimension_id": codes[code],
                            "target_level": level,
                            "target_date": shift(by),
                            "note": note,
                        }
                    ),
                )
                for title, owner, due, status, done_on in actions:
                    records.insert(
                        db,
                        Action.from_row(
                            {
                                "alliance_id": alliance_id,
                                "title": title,
                                "owner": owner,
                                "due_date": shift(due),
                                "status": ActionStatus(status),
                                "completed_on": shift(done_on),
                                "development_target_id": target.id,
                            }
                        ),
                    )
