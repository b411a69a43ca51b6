"""Questionnaire rounds: a health check or maturity self-assessment answered by many people.

A round asks a balanced group on both sides (slots: side, department, role,
optionally a stakeholder of the map) the dimensions of a framework, frozen as
the round was made (its *snapshot*), so renaming or retiring a dimension later
does not change what was asked. Answers are kept per slot and dimension; each
side's result per dimension (mean, lowest, highest, spread, how many answered)
is what the round tells. Answers are anonymous by default: only the slot's
side, department and role go with them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from alliance_desk.domain.codes import Language, RoundKind, RoundStatus, Side
from alliance_desk.domain.evaluations import SCORE_MAX, SCORE_MIN
from alliance_desk.domain.record import Record, require_order, rule
from alliance_desk.domain.validation import (
    Choice,
    Day,
    Flag,
    Line,
    Note,
    RecordId,
    Rule,
    ValidationError,
    WholeNumber,
)

# Two points between the lowest and the highest answer within one side: its people see the
# dimension differently enough to talk about it in the joint session (DOMAIN.md).
DISAGREEMENT = 2
# A group of fewer people than this could be recognised in its answers: its department
# is not named with its comments.
SMALLEST_NAMED_GROUP = 3
DIMENSIONS_MAX = 60  # far above any framework in use; bounds a questionnaire file
COMMENT_MAX = 5_000

_TABLE = "questionnaire_round"


@dataclasses.dataclass(frozen=True)
class AskedDimension:
    """One dimension as the round asked it."""

    id: int
    code: str
    name_en: str
    name_nl: str
    description_en: str | None = None
    description_nl: str | None = None

    def name(self, language: str) -> str:
        return self.name_nl if language == "nl" else self.name_en

    def description(self, language: str) -> str | None:
        return self.description_nl if language == "nl" else self.description_en


@dataclasses.dataclass(frozen=True)
class AskedLevel:
    """One value of the round's scale with its meaning."""

    value: int
    name_en: str
    name_nl: str
    description_en: str | None = None
    description_nl: str | None = None

    def name(self, language: str) -> str:
        return self.name_nl if language == "nl" else self.name_en


@dataclasses.dataclass(frozen=True)
class FrameworkSnapshot:
    """The dimensions and the scale as of the round, in the order they were asked."""

    dimensions: tuple[AskedDimension, ...]
    levels: tuple[AskedLevel, ...]

    def to_json(self) -> str:
        return json.dumps(
            {
                "dimensions": [dataclasses.asdict(item) for item in self.dimensions],
                "levels": [dataclasses.asdict(item) for item in self.levels],
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    def level_values(self) -> list[int]:
        return [level.value for level in self.levels]

    def dimension(self, dimension_id: int) -> AskedDimension:
        for item in self.dimensions:
            if item.id == dimension_id:
                return item
        raise KeyError(dimension_id)


_DIMENSION_RULES: dict[str, Rule] = {
    "id": RecordId(),
    "code": Line(max_length=60),
    "name_en": Line(max_length=200),
    "name_nl": Line(max_length=200),
    "description_en": Note(max_length=2_000),
    "description_nl": Note(max_length=2_000),
}
_LEVEL_RULES: dict[str, Rule] = {
    "value": WholeNumber(minimum=SCORE_MIN, maximum=SCORE_MAX),
    "name_en": Line(max_length=200),
    "name_nl": Line(max_length=200),
    "description_en": Note(max_length=2_000),
    "description_nl": Note(max_length=2_000),
}


def _checked_items(
    field: str, items: object, rules: Mapping[str, Rule], limit: int
) -> list[dict[str, Any]]:
    if not isinstance(items, list | tuple) or not 1 <= len(items) <= limit:
        raise ValidationError(_TABLE, field, items, "conflict", detail=f"1 to {limit} expected")
    checked = []
    for item in items:
        if isinstance(item, AskedDimension | AskedLevel):
            item = dataclasses.asdict(item)
        if not isinstance(item, dict) or set(item) - set(rules):
            raise ValidationError(_TABLE, field, item, "conflict", detail="malformed entry")
        checked.append(
            {name: rule_.check(_TABLE, field, item.get(name)) for name, rule_ in rules.items()}
        )
    return checked


@dataclasses.dataclass(frozen=True)
class SnapshotRule(Rule):
    """A framework snapshot: stored as JSON text, checked entry by entry."""

    def coerce(self, record: str, field: str, value: object) -> FrameworkSnapshot:
        if isinstance(value, FrameworkSnapshot):
            value = json.loads(value.to_json())
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except (ValueError, RecursionError):
                raise ValidationError(record, field, value, "conflict", detail="not JSON") from None
        if not isinstance(value, dict):
            raise ValidationError(record, field, value, "conflict", detail="not a snapshot")
        dimensions = _checked_items(
            field, value.get("dimensions"), _DIMENSION_RULES, DIMENSIONS_MAX
        )
        levels = _checked_items(field, value.get("levels"), _LEVEL_RULES, SCORE_MAX)
        for items, key in ((dimensions, "id"), (dimensions, "code"), (levels, "value")):
            keys = [item[key] for item in items]
            if len(set(keys)) != len(keys):
                raise ValidationError(
                    record, field, keys, "conflict", detail=f"a {key} appears twice"
                )
        if len(levels) < 2:
            raise ValidationError(
                record, field, levels, "conflict", detail="a scale needs 2 levels"
            )
        return FrameworkSnapshot(
            tuple(AskedDimension(**item) for item in dimensions),
            tuple(AskedLevel(**item) for item in sorted(levels, key=lambda item: item["value"])),
        )

    def dump(self, value: Any) -> Any:
        return None if value is None else value.to_json()


@dataclasses.dataclass(frozen=True, kw_only=True)
class QuestionnaireRound(Record):
    """A health check or maturity self-assessment of an alliance, asked of many people."""

    TABLE = _TABLE

    alliance_id: int = rule(RecordId())
    kind: RoundKind = rule(Choice(codes=RoundKind))
    framework_id: int = rule(RecordId())
    held_on: dt.date = rule(Day())
    deadline: dt.date | None = rule(Day(required=False))
    status: RoundStatus = rule(Choice(codes=RoundStatus), default=RoundStatus.OPEN)
    framework_snapshot: FrameworkSnapshot = rule(SnapshotRule())
    notes: str | None = rule(Note())

    def check_together(self) -> None:
        require_order(self, "held_on", "deadline")


@dataclasses.dataclass(frozen=True, kw_only=True)
class RoundRespondent(Record):
    """A slot of a round: one person's questionnaire, known by side, department and role."""

    TABLE = "round_respondent"

    round_id: int = rule(RecordId())
    side: Side = rule(Choice(codes=Side))
    department: str = rule(Line(max_length=120))
    role: str | None = rule(Line(required=False, max_length=120))
    stakeholder_id: int | None = rule(RecordId(required=False))
    anonymous: bool = rule(Flag(), default=True)
    language: Language = rule(Choice(codes=Language), default=Language.EN)
    answered_on: dt.date | None = rule(Day(required=False))  # None: no answers in yet


@dataclasses.dataclass(frozen=True, kw_only=True)
class RoundAnswer(Record):
    """One slot's answer on one dimension: a level of the scale or none, and a comment."""

    TABLE = "round_answer"

    respondent_id: int = rule(RecordId())
    dimension_id: int = rule(RecordId())
    score: int | None = rule(WholeNumber(required=False, minimum=SCORE_MIN, maximum=SCORE_MAX))
    comment: str | None = rule(Note(max_length=COMMENT_MAX))


# Results -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class DimensionResult:
    """One side's answers on one dimension, summed up."""

    dimension_id: int
    answered: int  # how many gave a score
    mean: float | None  # to two decimals; None when nobody gave a score
    lowest: int | None
    highest: int | None

    @property
    def spread(self) -> int | None:
        """Highest minus lowest: how far the side's own people are apart."""
        if self.lowest is None or self.highest is None:
            return None
        return self.highest - self.lowest

    @property
    def disagreement(self) -> bool:
        return (self.spread or 0) >= DISAGREEMENT


def summarise(dimension_id: int, scores: Iterable[int | None]) -> DimensionResult:
    given = [score for score in scores if score is not None]
    if not given:
        return DimensionResult(dimension_id, 0, None, None, None)
    return DimensionResult(
        dimension_id, len(given), round(sum(given) / len(given), 2), min(given), max(given)
    )


def side_results(
    dimension_ids: Sequence[int], answers: Iterable[tuple[int, int | None]]
) -> list[DimensionResult]:
    """Per dimension (in the order asked) the result of (dimension id, score) answers."""
    by_dimension: dict[int, list[int | None]] = {dimension: [] for dimension in dimension_ids}
    for dimension, score in answers:
        if dimension in by_dimension:
            by_dimension[dimension].append(score)
    return [summarise(dimension, by_dimension[dimension]) for dimension in dimension_ids]


# Respondents on the command line -------------------------------------------------------------

_SPEC = re.compile(
    r"^(?P<side>[^:]+):(?P<department>[^:*]+)(?::(?P<role>[^:*]*))?(?:\*(?P<n>\d+))?$"
)
SPEC_HELP = "SIDE:DEPARTMENT[:ROLE][*COUNT], SIDE us or partner (e.g. partner:Finance:Controller*2)"
SLOTS_PER_SPEC_MAX = 50


@dataclasses.dataclass(frozen=True)
class RespondentSpec:
    side: Side
    department: str
    role: str | None
    count: int


def parse_respondent_spec(text: str) -> RespondentSpec:
    """``us:Sales:Account manager``, ``partner:R&D*3``; ValueError saying what is expected."""
    found = _SPEC.match(text.strip())
    if found is None:
        raise ValueError(f"respondents '{text}': expected {SPEC_HELP}")
    side = found["side"].strip().lower()
    if side not in {member.value for member in Side}:
        raise ValueError(f"respondents '{text}': the side must be us or partner")
    count = int(found["n"] or 1)
    if not 1 <= count <= SLOTS_PER_SPEC_MAX:
        raise ValueError(f"respondents '{text}': from 1 to {SLOTS_PER_SPEC_MAX} at a time")
    department = Line(max_length=120).check("respondent", "department", found["department"])
    role = Line(required=False, max_length=120).check("respondent", "role", found["role"])
    return RespondentSpec(Side(side), department, role, count)
