"""Development plans: where each organisation of an alliance should be on each maturity
dimension, by when, and how far it still has to go.

Measuring maturity is half the job; the other half is helping both organisations
grow, ours and, where it lacks alliance skills, the partner. A plan belongs to
one side of one alliance. Each of its targets names a dimension of the maturity
framework, a level and a date; the support that gets it there (workshops, joint
training, coaching, a shared process or tool) is the alliance's actions that
name the target. The rules here are pure: the store hands them the latest
assessed levels and the actions' states. The plans and targets as records, with the
rules of their fields, are :mod:`alliance_desk.domain.development_records`: the
portfolio's signals need these rules, not those (issue 15, start-up).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping

from alliance_desk.domain.codes import ActionStatus, Side
from alliance_desk.domain.signals import Severity, Signal, SignalKind


# Levels are whole numbers, a self-assessment round's mean has two decimals: a difference
# is rounded to two decimals, so 3.0 - 2.7 is 0.3 and not 0.30000000000000027.
def _points(value: float) -> float:
    return round(value, 2)


def distance(latest: float | None, target_level: int) -> float | None:
    """How many levels the organisation still has to climb (0 when reached or passed);
    None when it has not been assessed on the dimension, so nobody knows."""
    if latest is None:
        return None
    return max(0.0, _points(target_level - latest))


def reached(latest: float | None, target_level: int) -> bool:
    return latest is not None and _points(latest - target_level) >= 0


def overdue(latest: float | None, target_level: int, target_date: dt.date, today: dt.date) -> bool:
    """The target date has passed (today is later) and the latest level is below target.
    A dimension never assessed has not reached its target either."""
    return target_date < today and not reached(latest, target_level)


@dataclasses.dataclass(frozen=True)
class Progress:
    """How far a plan is: targets reached of all, support actions done of all (cancelled
    actions are not counted: they were not the support after all)."""

    targets_reached: int
    targets: int
    actions_done: int
    actions: int


def progress(
    targets: Iterable[tuple[float | None, int]], action_statuses: Iterable[str]
) -> Progress:
    """``targets``: (latest level, target level) per target; ``action_statuses``: the status
    code of each support action."""
    pairs = list(targets)
    statuses = [ActionStatus(status) for status in action_statuses]
    counted = [status for status in statuses if status is not ActionStatus.CANCELLED]
    return Progress(
        targets_reached=sum(1 for latest, level in pairs if reached(latest, level)),
        targets=len(pairs),
        actions_done=sum(1 for status in counted if status is ActionStatus.DONE),
        actions=len(counted),
    )


@dataclasses.dataclass(frozen=True)
class TargetFacts:
    """One target as the signal rule needs it."""

    side: Side
    dimension_id: int
    target_level: int
    target_date: dt.date
    latest: float | None  # the latest assessed level on the dimension, None if never


def target_overdue(
    alliance_id: int,
    targets: Iterable[TargetFacts],
    today: dt.date,
    dimension_names: Mapping[int, Mapping[str, str]] | None = None,
) -> Signal | None:
    """Some target's date has passed without its level being reached. One warning per
    alliance, naming the target overdue longest (ties: ours first, then the lower
    dimension id) and how many are overdue; it arose the day after that target's date."""
    late = sorted(
        (
            target
            for target in targets
            if overdue(target.latest, target.target_level, target.target_date, today)
        ),
        key=lambda t: (t.target_date, t.side is not Side.US, t.dimension_id),
    )
    if not late:
        return None
    first = late[0]
    names = (dimension_names or {}).get(first.dimension_id, {})
    return Signal(
        alliance_id,
        SignalKind.DEVELOPMENT_TARGET_OVERDUE,
        Severity.WARNING,
        first.target_date + dt.timedelta(days=1),
        {
            "side": str(first.side),
            "dimension_id": first.dimension_id,
            "dimension_en": names.get("en", f"#{first.dimension_id}"),
            "dimension_nl": names.get("nl", f"#{first.dimension_id}"),
            "target_level": first.target_level,
            "target_date": first.target_date,
            "latest": first.latest,
            "targets": len(late),
        },
    )
