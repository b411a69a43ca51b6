"""The development plans of an alliance as the maturity page and the briefing read them,
and setting or clearing a target as one step that can be taken back.

A target is set for one side and dimension: the side's plan is made on the
first target, the target made or changed. Clearing a target deletes it; its
support actions stay, no longer linked (undo links them again). Both are
:class:`RecordedOperation` s, so the app's undo stack takes either back as one
step and every row goes through the audited record functions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping

from alliance_desk.domain import development as rules
from alliance_desk.domain.codes import Side
from alliance_desk.domain.development_records import DevelopmentPlan, DevelopmentTarget
from alliance_desk.domain.follow_up import Action
from alliance_desk.store import records
from alliance_desk.store.changeset import RecordedOperation, Rows
from alliance_desk.store.db import Database
from alliance_desk.store.evaluation_history import MaturityPicture


@dataclasses.dataclass(frozen=True)
class SupportAction:
    """An action that supports a target: a workshop, a joint training, coaching."""

    action_id: int
    title: str
    owner: str | None
    due_date: dt.date | None
    status: str


@dataclasses.dataclass(frozen=True)
class TargetLine:
    target_id: int
    side: Side
    dimension_id: int
    target_level: int
    target_date: dt.date
    note: str | None
    actions: tuple[SupportAction, ...]


@dataclasses.dataclass(frozen=True)
class Plans:
    """Both sides' plans of one alliance: the plan ids that exist and every target."""

    plan_ids: Mapping[Side, int]
    targets: Mapping[tuple[Side, int], TargetLine]  # (side, dimension id) -> target

    def target(self, side: Side, dimension_id: int) -> TargetLine | None:
        return self.targets.get((side, dimension_id))

    def of_side(self, side: Side) -> list[TargetLine]:
        return [line for (s, _), line in self.targets.items() if s is side]


def plans(db: Database, alliance_id: int) -> Plans:
    """The alliance's plans and targets with their support actions (two queries)."""
    plan_ids = {
        Side(side): plan_id
        for plan_id, side in db.tuples(
            "SELECT id, side FROM development_plan WHERE alliance_id = :id", {"id": alliance_id}
        )
    }
    actions: dict[int, list[SupportAction]] = {}
    for target_id, action_id, title, owner, due, status in db.tuples(
        "SELECT action.development_target_id, action.id, action.title, action.owner,"
        " action.due_date, action.status FROM action"
        " WHERE action.alliance_id = :id AND action.development_target_id IS NOT NULL"
        " ORDER BY action.due_date IS NULL, action.due_date, action.id",
        {"id": alliance_id},
    ):
        actions.setdefault(target_id, []).append(
            SupportAction(action_id, title, owner, _day(due), status)
        )
    targets = {}
    for target_id, side, dimension_id, level, by, note in db.tuples(
        "SELECT development_target.id, development_plan.side, development_target.dimension_id,"
        " development_target.target_level, development_target.target_date,"
        " development_target.note FROM development_target"
        " JOIN development_plan ON development_plan.id = development_target.plan_id"
        " WHERE development_plan.alliance_id = :id ORDER BY development_target.id",
        {"id": alliance_id},
    ):
        targets[(Side(side), dimension_id)] = TargetLine(
            target_id,
            Side(side),
            dimension_id,
            level,
            dt.date.fromisoformat(by),
            note,
            tuple(actions.get(target_id, ())),
        )
    return Plans(plan_ids, targets)


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def latest_levels(picture: MaturityPicture) -> dict[Side, dict[int, float]]:
    """Each side's latest assessed level per dimension (the newest assessment that scored
    the dimension), as the side-by-side table reads them."""
    found: dict[Side, dict[int, float]] = {}
    for side, lines in ((Side.US, picture.own), (Side.PARTNER, picture.partner)):
        levels: dict[int, float] = {}
        for line in lines:  # newest first
            for dimension_id, level in line.levels.items():
                levels.setdefault(dimension_id, level)
        found[side] = levels
    return found


def progress(found: Plans, side: Side, latest: Mapping[int, float]) -> rules.Progress:
    """How far one side's plan is: targets reached, support actions done."""
    lines = found.of_side(side)
    return rules.progress(
        [(latest.get(line.dimension_id), line.target_level) for line in lines],
        [action.status for line in lines for action in line.actions],
    )


# --- setting and clearing targets ----------------------------------------------------------


def _picture(alliance_id: int, remembered: set[int]) -> Callable[[Database], Rows]:
    """What a target edit may touch: the alliance's plans, their targets, and the actions
    that name one (remembered once seen: clearing a target unlinks them)."""

    def read(db: Database) -> Rows:
        rows: Rows = {}
        for row in db.query(
            "SELECT * FROM development_plan WHERE alliance_id = :id", {"id": alliance_id}
        ):
            rows[("development_plan", row["id"])] = dict(row)
        for row in db.query(
            "SELECT * FROM development_target WHERE plan_id IN"
            " (SELECT id FROM development_plan WHERE alliance_id = :id)",
            {"id": alliance_id},
        ):
            rows[("development_target", row["id"])] = dict(row)
        for row in db.query(
            "SELECT * FROM action WHERE alliance_id = :id AND (development_target_id IS NOT NULL"
            " OR id IN (SELECT value FROM json_each(:seen)))",
            {"id": alliance_id, "seen": f"[{','.join(map(str, sorted(remembered)))}]"},
        ):
            remembered.add(row["id"])
            rows[("action", row["id"])] = dict(row)
        return rows

    return read


def set_target(
    alliance_id: int,
    side: Side,
    dimension_id: int,
    target_level: int,
    target_date: dt.date,
    note: str | None = None,
) -> RecordedOperation:
    """Make or change the target of ``side`` on a dimension (and the side's plan if it has
    none yet). The values are checked when the operation is made: a refusal raises
    ValidationError before anything is stored."""
    DevelopmentTarget(
        plan_id=1,
        dimension_id=dimension_id,
        target_level=target_level,
        target_date=target_date,
        note=note,
    )

    def operation(db: Database) -> None:
        plan_id = db.scalar(
            "SELECT id FROM development_plan WHERE alliance_id = :id AND side = :side",
            {"id": alliance_id, "side": str(side)},
        )
        if plan_id is None:
            plan = records.insert(db, DevelopmentPlan(alliance_id=alliance_id, side=side))
            plan_id = plan.id
        existing = records.select(
            db,
            DevelopmentTarget,
            "plan_id = :plan AND dimension_id = :dimension",
            {"plan": plan_id, "dimension": dimension_id},
        )
        if existing:
            records.update(
                db, existing[0], target_level=target_level, target_date=target_date, note=note
            )
        else:
            records.insert(
                db,
                DevelopmentTarget(
                    plan_id=int(plan_id),
                    dimension_id=dimension_id,
                    target_level=target_level,
                    target_date=target_date,
                    note=note,
                ),
            )

    return RecordedOperation(operation, _picture(alliance_id, set()))


def set_plan_notes(alliance_id: int, side: Side, notes: str | None) -> RecordedOperation:
    """Write the notes of ``side``'s plan (made if the side has none yet). Checked when
    made: a refusal raises ValidationError before anything is stored."""
    DevelopmentPlan(alliance_id=alliance_id, side=side, notes=notes)

    def operation(db: Database) -> None:
        found = records.select(
            db,
            DevelopmentPlan,
            "alliance_id = :id AND side = :side",
            {"id": alliance_id, "side": str(side)},
        )
        if found:
            records.update(db, found[0], notes=notes)
        else:
            records.insert(db, DevelopmentPlan(alliance_id=alliance_id, side=side, notes=notes))

    return RecordedOperation(operation, _picture(alliance_id, set()))


def plan_notes(db: Database, alliance_id: int) -> dict[Side, str]:
    """The notes of the alliance's plans that have any, by side."""
    return {
        Side(side): notes
        for side, notes in db.tuples(
            "SELECT side, notes FROM development_plan WHERE alliance_id = :id"
            " AND coalesce(notes, '') != ''",
            {"id": alliance_id},
        )
    }


def plan_side(db: Database, alliance_id: int, plan_id: int) -> Side | None:
    """Whose plan ``plan_id`` is, if it is one of the alliance's plans."""
    side = db.scalar(
        "SELECT side FROM development_plan WHERE id = :id AND alliance_id = :alliance",
        {"id": plan_id, "alliance": alliance_id},
    )
    return Side(side) if isinstance(side, str) else None


def target_choices(db: Database, alliance_id: int) -> list[TargetLine]:
    """Every target of the alliance's plans (ours first, then by date), for a chooser."""
    found = plans(db, alliance_id)
    return sorted(
        found.targets.values(),
        key=lambda line: (line.side is not Side.US, line.target_date, line.dimension_id),
    )


def clear_target(alliance_id: int, target_id: int) -> RecordedOperation:
    """Delete a target; its support actions stay, unlinked."""

    def operation(db: Database) -> None:
        records.delete(db, DevelopmentTarget, target_id)

    return RecordedOperation(operation, _picture(alliance_id, set()))


def support_actions(db: Database, target_id: int) -> list[Action]:
    return records.select(db, Action, "development_target_id = :id", {"id": target_id})
