"""Organisations (ours and partners), alliances and their goals."""

from __future__ import annotations

import dataclasses
import datetime as dt

from alliance_desk.domain.codes import AllianceType, GoalKind, LifecycleStage, Rag
from alliance_desk.domain.record import Record, require_order, rule
from alliance_desk.domain.validation import (
    Choice,
    Day,
    Flag,
    Line,
    Note,
    RecordId,
    WholeNumber,
)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Organisation(Record):
    """Our own organisation (exactly one may be marked ``is_own``) or a partner."""

    TABLE = "organisation"

    name: str = rule(Line(max_length=200))
    is_own: bool = rule(Flag(), default=False)
    sector: str | None = rule(Line(required=False, max_length=120))
    country: str | None = rule(Line(required=False, max_length=60))
    website: str | None = rule(Line(required=False, max_length=300))
    notes: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class Alliance(Record):
    """One collaboration with a partner organisation."""

    TABLE = "alliance"

    partner_id: int = rule(RecordId())
    name: str = rule(Line(max_length=200))
    alliance_type: AllianceType = rule(Choice(codes=AllianceType), default=AllianceType.OTHER)
    lifecycle_stage: LifecycleStage = rule(
        Choice(codes=LifecycleStage), default=LifecycleStage.OPERATIONAL_AWARENESS
    )
    status_rag: Rag | None = rule(Choice(codes=Rag, required=False))  # None: not assessed
    status_reason: str | None = rule(Line(required=False, max_length=300))
    start_date: dt.date | None = rule(Day(required=False))
    renewal_date: dt.date | None = rule(Day(required=False))
    contract_reference: str | None = rule(Line(required=False, max_length=120))
    description: str | None = rule(Note())
    our_resources: str | None = rule(Note())
    partner_resources: str | None = rule(Note())
    health_check_interval_days: int = rule(WholeNumber(minimum=14, maximum=730), default=180)

    def check_together(self) -> None:
        require_order(self, "start_date", "renewal_date")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Goal(Record):
    """A goal of ours, of the partner, or shared, with its progress in percent."""

    TABLE = "goal"

    alliance_id: int = rule(RecordId())
    kind: GoalKind = rule(Choice(codes=GoalKind))
    description: str = rule(Line(max_length=500))
    measure: str | None = rule(Line(required=False, max_length=300))
    target_date: dt.date | None = rule(Day(required=False))
    progress: int = rule(WholeNumber(minimum=0, maximum=100), default=0)
