"""Frameworks as data, health-check evaluations, pulse checks and maturity assessments."""

from __future__ import annotations

import dataclasses
import datetime as dt

from alliance_desk.domain.codes import FrameworkKind, Rag, RespondentSide
from alliance_desk.domain.record import Record, rule
from alliance_desk.domain.validation import (
    Choice,
    Day,
    Flag,
    Line,
    Note,
    RecordId,
    Score,
    WholeNumber,
)

SCORE_MIN = 1
SCORE_MAX = 5


@dataclasses.dataclass(frozen=True, kw_only=True)
class Framework(Record):
    """A set of dimensions to score: an evaluation (health check) or a maturity instrument."""

    TABLE = "framework"

    kind: FrameworkKind = rule(Choice(codes=FrameworkKind))
    code: str = rule(Line(max_length=60))
    name_en: str = rule(Line(max_length=200))
    name_nl: str = rule(Line(max_length=200))
    description_en: str | None = rule(Note())
    description_nl: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class Dimension(Record):
    """One scored dimension of a framework; users may add and rename them."""

    TABLE = "framework_dimension"

    framework_id: int = rule(RecordId())
    code: str = rule(Line(max_length=60))
    position: int = rule(WholeNumber(minimum=0, maximum=10_000), default=0)
    name_en: str = rule(Line(max_length=200))
    name_nl: str = rule(Line(max_length=200))
    description_en: str | None = rule(Note())
    description_nl: str | None = rule(Note())
    active: bool = rule(Flag(), default=True)
    # Skills frameworks only: the level everyone who deals with the partner should reach.
    required_level: int | None = rule(
        WholeNumber(required=False, minimum=SCORE_MIN, maximum=SCORE_MAX)
    )


@dataclasses.dataclass(frozen=True, kw_only=True)
class ScaleLevel(Record):
    """The meaning of one value (1..5) on a framework's scale."""

    TABLE = "framework_level"

    framework_id: int = rule(RecordId())
    value: int = rule(WholeNumber(minimum=SCORE_MIN, maximum=SCORE_MAX))
    name_en: str = rule(Line(max_length=200))
    name_nl: str = rule(Line(max_length=200))
    description_en: str | None = rule(Note())
    description_nl: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class Evaluation(Record):
    """A dated health check of an alliance, answered by us, the partner or both together."""

    TABLE = "evaluation"

    alliance_id: int = rule(RecordId())
    framework_id: int = rule(RecordId())
    evaluated_on: dt.date = rule(Day())
    respondent_side: RespondentSide = rule(Choice(codes=RespondentSide))
    respondent: str | None = rule(Line(required=False, max_length=200))
    remarks: str | None = rule(Note())
    # A questionnaire round's result for one side (the mean of its answers), or None.
    round_id: int | None = rule(RecordId(required=False))


@dataclasses.dataclass(frozen=True, kw_only=True)
class EvaluationScore(Record):
    """The score (1..5, or left open) and comment one evaluation gives one dimension; a
    round's result holds the mean of its answers (3.4), to two decimals."""

    TABLE = "evaluation_score"

    evaluation_id: int = rule(RecordId())
    dimension_id: int = rule(RecordId())
    score: float | None = rule(Score(required=False, minimum=SCORE_MIN, maximum=SCORE_MAX))
    comment: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class PulseCheck(Record):
    """A quick red/amber/green reading between formal health checks."""

    TABLE = "pulse_check"

    alliance_id: int = rule(RecordId())
    checked_on: dt.date = rule(Day())
    rag: Rag = rule(Choice(codes=Rag))
    note: str | None = rule(Note())


@dataclasses.dataclass(frozen=True, kw_only=True)
class MaturityAssessment(Record):
    """A dated assessment of one organisation's alliance capability."""

    TABLE = "maturity_assessment"

    organisation_id: int = rule(RecordId())
    framework_id: int = rule(RecordId())
    assessed_on: dt.date = rule(Day())
    assessor: str | None = rule(Line(required=False, max_length=200))
    remarks: str | None = rule(Note())
    # A self-assessment round's result for this organisation, or None.
    round_id: int | None = rule(RecordId(required=False))


@dataclasses.dataclass(frozen=True, kw_only=True)
class MaturityScore(Record):
    """The level (1 absent .. 5 pervasive) an assessment gives one dimension; a round's
    result holds the mean of its answers (2.6), to two decimals."""

    TABLE = "maturity_score"

    assessment_id: int = rule(RecordId())
    dimension_id: int = rule(RecordId())
    level: float = rule(Score(minimum=SCORE_MIN, maximum=SCORE_MAX))
    comment: str | None = rule(Note())
