"""What the records mean for the alliance manager: quadrants, gaps, trends, due dates.

Pure functions over plain values, so the portfolio, the briefings and the
exports all reason the same way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum, StrEnum

from alliance_desk.domain.codes import Rag

GAP_WORTH_DISCUSSING = 1.0  # a difference of a full point between the sides is a perception gap
TREND_STEADY_WITHIN = 0.25  # a change in overall score smaller than this is "steady"


class Quadrant(StrEnum):
    """Mendelow's power/interest grid."""

    MANAGE_CLOSELY = "manage_closely"  # high power, high interest
    KEEP_SATISFIED = "keep_satisfied"  # high power, low interest
    KEEP_INFORMED = "keep_informed"  # low power, high interest
    MONITOR = "monitor"  # low power, low interest


class Trend(StrEnum):
    UP = "up"
    STEADY = "steady"
    DOWN = "down"


class Attention(IntEnum):
    """How urgently an alliance asks for a board's attention; lower comes first."""

    RED = 0
    AMBER = 1
    FALLING = 2  # neither red nor amber, but its health went down at the last check
    NOT_ASSESSED = 3  # nobody has set a status yet
    NONE = 4

    @property
    def needed(self) -> bool:
        """Red, amber or falling: what a board should look at first."""
        return self <= Attention.FALLING


def quadrant(power: int, interest: int) -> Quadrant:
    # Imported here: the portfolio's first paint needs the trend, not the stakeholder rules.
    from alliance_desk.domain.stakeholders import GRID_HIGH_FROM

    high_power, high_interest = power >= GRID_HIGH_FROM, interest >= GRID_HIGH_FROM
    if high_power:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


def overall_score(scores: Iterable[float | None]) -> float | None:
    """The mean of the given scores, ignoring dimensions left open; None if none given."""
    given = [score for score in scores if score is not None]
    return round(sum(given) / len(given), 2) if given else None


@dataclasses.dataclass(frozen=True)
class Gap:
    """Our score against the partner's on one dimension (a round's side means: fractions)."""

    dimension_id: int
    ours: float
    theirs: float

    @property
    def difference(self) -> float:
        """Positive when we see it more favourably than the partner does (to two decimals:
        3.6 - 3.1 is 0.5)."""
        found = round(self.ours - self.theirs, 2)
        return int(found) if float(found).is_integer() else found

    @property
    def worth_discussing(self) -> bool:
        return abs(self.difference) >= GAP_WORTH_DISCUSSING


def perception_gaps(
    ours: Mapping[int, float | None], theirs: Mapping[int, float | None]
) -> list[Gap]:
    """Gaps on the dimensions both sides scored, largest first (ties by dimension)."""
    gaps = [
        Gap(dimension_id, score, theirs[dimension_id])  # type: ignore[arg-type]
        for dimension_id, score in ours.items()
        if score is not None and theirs.get(dimension_id) is not None
    ]
    return sorted(gaps, key=lambda gap: (-abs(gap.difference), gap.dimension_id))


def trend(overall_scores: Sequence[float | None]) -> Trend | None:
    """The direction of the two most recent overall scores (oldest first in the input)."""
    known = [score for score in overall_scores if score is not None]
    if len(known) < 2:
        return None
    change = known[-1] - known[-2]
    if abs(change) < TREND_STEADY_WITHIN:
        return Trend.STEADY
    return Trend.UP if change > 0 else Trend.DOWN


def attention_rank(status: Rag | None, health_trend: Trend | None) -> Attention:
    """Where an alliance goes in a list sorted by attention: red, then amber, then falling
    health, then not assessed, then the rest. A status says more than the trend, so a red
    alliance whose health rises is still red, and a falling one not assessed is falling."""
    if status is Rag.RED:
        return Attention.RED
    if status is Rag.AMBER:
        return Attention.AMBER
    if health_trend is Trend.DOWN:
        return Attention.FALLING
    if status is None:
        return Attention.NOT_ASSESSED
    return Attention.NONE


def next_health_check(
    last_evaluated: dt.date | None, interval_days: int, started: dt.date | None
) -> dt.date | None:
    """When the next formal health check is due: an interval after the last one (or the start)."""
    base = last_evaluated or started
    return None if base is None else base + dt.timedelta(days=interval_days)


def is_overdue(due: dt.date | None, today: dt.date) -> bool:
    return due is not None and due < today


def losing_touch(last_activity: dt.date | None, today: dt.date, days: int) -> bool:
    """No evaluation, pulse, meeting or assessment for ``days`` days (or never)."""
    return last_activity is None or (today - last_activity).days >= days
