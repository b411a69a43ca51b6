"""Development plans and their targets as records: the fields and the rules of their values
(:mod:`alliance_desk.domain.development` holds the rules of distance, reach and overdue
targets, which the portfolio's signals need before the window's first paint).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from alliance_desk.domain.codes import Side
from alliance_desk.domain.record import Record, rule
from alliance_desk.domain.validation import Choice, Day, Note, RecordId, WholeNumber


@dataclasses.dataclass(frozen=True, kw_only=True)
class DevelopmentPlan(Record):
    """The development plan of one organisation (``side``) in one alliance."""

    TABLE = "development_plan"

    alliance_id: int = rule(RecordId())
    side: Side = rule(Choice(codes=Side))
    notes: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class DevelopmentTarget(Record):
    """A maturity level to reach on one dimension by a date."""

    TABLE = "development_target"

    plan_id: int = rule(RecordId())
    dimension_id: int = rule(RecordId())
    target_level: int = rule(WholeNumber(minimum=1, maximum=5), default=3)
    target_date: dt.date = rule(Day())
    note: str | None = rule(Note())
