"""What follows from evaluations, meetings and questionnaire rounds: actions, decisions and
risks."""

from __future__ import annotations

import dataclasses
import datetime as dt

from alliance_desk.domain.codes import ActionStatus, DecisionStatus, MeetingKind, RiskStatus
from alliance_desk.domain.record import Record, require_status, rule
from alliance_desk.domain.validation import (
    Choice,
    Day,
    Line,
    Note,
    RecordId,
    ValidationError,
    WholeNumber,
)

_SOURCES = {
    "source_evaluation_id": "source evaluation",
    "source_meeting_id": "source meeting",
    "source_round_id": "source round",
}


def _one_source(record: Record) -> None:
    """An action or decision comes from one health check, meeting or round at most."""
    sources = [name for name in _SOURCES if hasattr(record, name)]
    given = [name for name in sources if getattr(record, name) is not None]
    if len(given) > 1:
        raise ValidationError(
            record.TABLE,
            given[-1],
            getattr(record, given[-1]),
            "at_most_one",
            fields=", ".join(_SOURCES[name] for name in sources),
        )


@dataclasses.dataclass(frozen=True, kw_only=True)
class Meeting(Record):
    """A steering committee, review or workshop: a source of actions and decisions."""

    TABLE = "meeting"

    alliance_id: int = rule(RecordId())
    held_on: dt.date = rule(Day())
    kind: MeetingKind = rule(Choice(codes=MeetingKind), default=MeetingKind.STEERING_COMMITTEE)
    title: str = rule(Line(max_length=200))
    notes: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class Action(Record):
    """Something someone will do by a date."""

    TABLE = "action"

    alliance_id: int = rule(RecordId())
    title: str = rule(Line(max_length=300))
    description: str | None = rule(Note())
    owner: str | None = rule(Line(required=False, max_length=200))
    due_date: dt.date | None = rule(Day(required=False))
    status: ActionStatus = rule(Choice(codes=ActionStatus), default=ActionStatus.OPEN)
    completed_on: dt.date | None = rule(Day(required=False))
    source_evaluation_id: int | None = rule(RecordId(required=False))
    source_meeting_id: int | None = rule(RecordId(required=False))
    # a questionnaire round whose joint session agreed it
    source_round_id: int | None = rule(RecordId(required=False))
    # The development-plan target this action supports (a workshop, training, coaching).
    development_target_id: int | None = rule(RecordId(required=False))

    def check_together(self) -> None:
        require_status(self, "completed_on", "status", ActionStatus.DONE)
        _one_source(self)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Decision(Record):
    """A decision asked of (or taken by) senior management."""

    TABLE = "decision"

    alliance_id: int = rule(RecordId())
    title: str = rule(Line(max_length=300))
    description: str | None = rule(Note())
    status: DecisionStatus = rule(Choice(codes=DecisionStatus), default=DecisionStatus.PENDING)
    asked_of: str | None = rule(Line(required=False, max_length=200))
    recommendation: str | None = rule(Note())
    deadline: dt.date | None = rule(Day(required=False))
    decided_on: dt.date | None = rule(Day(required=False))
    decided_by: str | None = rule(Line(required=False, max_length=200))
    outcome: str | None = rule(Note())
    source_evaluation_id: int | None = rule(RecordId(required=False))
    source_meeting_id: int | None = rule(RecordId(required=False))

    def check_together(self) -> None:
        require_status(self, "decided_on", "status", DecisionStatus.DECIDED)
        _one_source(self)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Risk(Record):
    """A risk or issue with its owner and mitigation."""

    TABLE = "risk"

    alliance_id: int = rule(RecordId())
    title: str = rule(Line(max_length=300))
    description: str | None = rule(Note())
    owner: str | None = rule(Line(required=False, max_length=200))
    likelihood: int = rule(WholeNumber(minimum=1, maximum=5), default=3)
    impact: int = rule(WholeNumber(minimum=1, maximum=5), default=3)
    mitigation: str | None = rule(Note())
    status: RiskStatus = rule(Choice(codes=RiskStatus), default=RiskStatus.OPEN)
    review_date: dt.date | None = rule(Day(required=False))
