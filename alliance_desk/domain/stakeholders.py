"""People on both sides of an alliance, their dated assessments and counterpart links."""

from __future__ import annotations

import dataclasses
import datetime as dt

from alliance_desk.domain.codes import Attitude, Direction, Seniority, Side
from alliance_desk.domain.record import Record, rule
from alliance_desk.domain.validation import (
    Choice,
    Day,
    Flag,
    Line,
    Note,
    RecordId,
    WholeNumber,
)

GRID_MIN = 1
GRID_MAX = 10
GRID_HIGH_FROM = 6  # power or interest of 6..10 counts as high on the Mendelow grid


@dataclasses.dataclass(frozen=True, kw_only=True)
class Stakeholder(Record):
    """A person in our organisation or the partner's who matters to the alliance."""

    TABLE = "stakeholder"

    alliance_id: int = rule(RecordId())
    side: Side = rule(Choice(codes=Side))
    name: str = rule(Line(max_length=200))
    department: str = rule(Line(max_length=120))
    role: str | None = rule(Line(required=False, max_length=200))
    seniority: Seniority = rule(Choice(codes=Seniority), default=Seniority.MIDDLE)
    direction: Direction = rule(Choice(codes=Direction), default=Direction.SIDEWARDS)
    is_sponsor: bool = rule(Flag(), default=False)
    email: str | None = rule(Line(required=False, max_length=200))
    phone: str | None = rule(Line(required=False, max_length=60))
    notes: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class StakeholderAssessment(Record):
    """Power, interest and attitude of a stakeholder as judged on one date.

    Assessments are never overwritten: a re-assessment is a new record, so the
    map keeps its history.
    """

    TABLE = "stakeholder_assessment"

    stakeholder_id: int = rule(RecordId())
    assessed_on: dt.date = rule(Day())
    power: int = rule(WholeNumber(minimum=GRID_MIN, maximum=GRID_MAX))
    interest: int = rule(WholeNumber(minimum=GRID_MIN, maximum=GRID_MAX))
    attitude: Attitude = rule(Choice(codes=Attitude), default=Attitude.NEUTRAL)
    note: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class Counterpart(Record):
    """Our person linked to their peer at the partner, per function and escalation level."""

    TABLE = "counterpart"

    alliance_id: int = rule(RecordId())
    our_stakeholder_id: int = rule(RecordId())
    partner_stakeholder_id: int = rule(RecordId())
    function: str | None = rule(Line(required=False, max_length=120))
    escalation_level: int | None = rule(WholeNumber(required=False, minimum=1, maximum=3))
    note: str | None = rule(Note())
