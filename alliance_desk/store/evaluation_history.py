"""Health checks and maturity assessments as the evaluation and maturity pages read them.

Each page load needs one query: all evaluations of an alliance with their
scores, or all maturity assessments of our organisation and of the
alliance's partner with their levels. The rest (the latest us/partner pair,
the series per dimension, the latest level per dimension) is worked out in
Python from that one result, so 40 evaluations of 7 scores stay far below
100 ms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from alliance_desk.domain.codes import FrameworkKind, RespondentSide
from alliance_desk.domain.evaluations import Framework, PulseCheck, ScaleLevel
from alliance_desk.domain.insights import overall_score
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, DEFAULT_MATURITY, framework_by_code


@dataclasses.dataclass(frozen=True)
class EvaluationLine:
    """One evaluation with its scores by dimension id (None: left open)."""

    evaluation_id: int
    framework_id: int
    evaluated_on: dt.date
    respondent_side: RespondentSide
    respondent: str | None
    remarks: str | None
    scores: dict[int, float | None]  # a round's result holds means (3.4)
    comments: dict[int, str | None]
    round_id: int | None = None  # the questionnaire round it is a side's result of

    @property
    def overall(self) -> float | None:
        return overall_score(self.scores.values())


Point = tuple[dt.date, float]


def evaluations(db: Database, alliance_id: int) -> list[EvaluationLine]:
    """The alliance's evaluations with their scores, newest first (one query)."""
    rows = db.query(
        "SELECT evaluation.id, evaluation.framework_id, evaluation.evaluated_on,"
        " evaluation.respondent_side, evaluation.respondent, evaluation.remarks,"
        " evaluation.round_id, evaluation_score.dimension_id, evaluation_score.score,"
        " evaluation_score.comment"
        " FROM evaluation LEFT JOIN evaluation_score"
        " ON evaluation_score.evaluation_id = evaluation.id"
        " WHERE evaluation.alliance_id = :alliance_id"
        " ORDER BY evaluation.evaluated_on DESC, evaluation.id DESC",
        {"alliance_id": alliance_id},
    )
    lines: dict[int, EvaluationLine] = {}
    for row in rows:
        line = lines.get(row["id"])
        if line is None:
            line = lines[row["id"]] = EvaluationLine(
                evaluation_id=row["id"],
                framework_id=row["framework_id"],
                evaluated_on=dt.date.fromisoformat(row["evaluated_on"]),
                respondent_side=RespondentSide(row["respondent_side"]),
                respondent=row["respondent"],
                remarks=row["remarks"],
                scores={},
                comments={},
                round_id=row["round_id"],
            )
        if row["dimension_id"] is not None:
            line.scores[row["dimension_id"]] = row["score"]
            line.comments[row["dimension_id"]] = row["comment"]
    return list(lines.values())


def latest_pair(
    lines: Iterable[EvaluationLine],
) -> tuple[EvaluationLine | None, EvaluationLine | None]:
    """The most recent evaluation by us and the most recent by the partner (newest-first input)."""
    ours = theirs = None
    for line in lines:
        if ours is None and line.respondent_side is RespondentSide.US:
            ours = line
        elif theirs is None and line.respondent_side is RespondentSide.PARTNER:
            theirs = line
    return ours, theirs


def series(
    lines: Iterable[EvaluationLine], dimension_id: int | None
) -> dict[RespondentSide, list[Point]]:
    """Per side, (date, score) oldest first for one dimension, or the overall score for None.

    Evaluations that left the dimension open are skipped, not drawn as zero.
    """
    found: dict[RespondentSide, list[Point]] = {}
    for line in sorted(lines, key=lambda item: (item.evaluated_on, item.evaluation_id)):
        value = line.overall if dimension_id is None else line.scores.get(dimension_id)
        if value is not None:
            found.setdefault(line.respondent_side, []).append((line.evaluated_on, float(value)))
    return found


def framework_in_use(
    db: Database, kind: FrameworkKind, latest_framework_id: int | None
) -> Framework:
    """The framework of the latest record if there is one, else the shipped default."""
    if latest_framework_id is not None:
        return records.get(db, Framework, latest_framework_id)
    code = DEFAULT_EVALUATION if kind is FrameworkKind.EVALUATION else DEFAULT_MATURITY
    try:
        return framework_by_code(db, code)
    except LookupError:
        found = records.select(db, Framework, "kind = :kind", {"kind": kind.value})
        if not found:
            raise
        return found[0]


def scale_levels(db: Database, framework_id: int) -> list[ScaleLevel]:
    return records.select(
        db, ScaleLevel, "framework_id = :id", {"id": framework_id}, order_by="value"
    )


def pulse_checks(db: Database, alliance_id: int) -> list[PulseCheck]:
    """The alliance's quick RAG readings, newest first."""
    return records.select(
        db,
        PulseCheck,
        "alliance_id = :id",
        {"id": alliance_id},
        order_by="checked_on DESC, id DESC",
    )


# Maturity -------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class AssessmentLine:
    """One maturity assessment with its levels by dimension id."""

    assessment_id: int
    organisation_id: int
    framework_id: int
    assessed_on: dt.date
    assessor: str | None
    remarks: str | None
    levels: dict[int, float]  # a round's result holds means (2.6)
    comments: dict[int, str | None]


@dataclasses.dataclass(frozen=True)
class MaturityPicture:
    """Our organisation and the alliance's partner, each with its assessments newest first."""

    own_id: int | None
    own_name: str | None
    partner_id: int
    partner_name: str
    own: list[AssessmentLine]
    partner: list[AssessmentLine]

    def latest_framework_id(self) -> int | None:
        newest = max(
            [*self.own[:1], *self.partner[:1]],
            key=lambda line: (line.assessed_on, line.assessment_id),
            default=None,
        )
        return None if newest is None else newest.framework_id


@dataclasses.dataclass(frozen=True)
class MaturityRow:
    """One dimension side by side: the latest levels, the gap and each side's history."""

    dimension_id: int
    ours: float | None
    theirs: float | None
    own_history: list[tuple[dt.date, float]]  # oldest first
    partner_history: list[tuple[dt.date, float]]

    @property
    def gap(self) -> float | None:
        """The partner's level minus ours: negative where the partner lags behind us."""
        if self.ours is None or self.theirs is None:
            return None
        found = round(self.theirs - self.ours, 2)
        return int(found) if float(found).is_integer() else found


def maturity_picture(db: Database, alliance_id: int) -> MaturityPicture | None:
    """Assessments of our organisation and of the alliance's partner (one query); None if
    the alliance does not exist."""
    rows = db.query(
        "SELECT organisation.id AS organisation_id, organisation.name, organisation.is_own,"
        " alliance.partner_id, maturity_assessment.id AS assessment_id,"
        " maturity_assessment.framework_id, maturity_assessment.assessed_on,"
        " maturity_assessment.assessor, maturity_assessment.remarks,"
        " maturity_score.dimension_id, maturity_score.level, maturity_score.comment"
        " FROM alliance JOIN organisation"
        " ON organisation.id = alliance.partner_id OR organisation.is_own = 1"
        " LEFT JOIN maturity_assessment ON maturity_assessment.organisation_id = organisation.id"
        " LEFT JOIN maturity_score ON maturity_score.assessment_id = maturity_assessment.id"
        " WHERE alliance.id = :alliance_id"
        " ORDER BY maturity_assessment.assessed_on DESC, maturity_assessment.id DESC",
        {"alliance_id": alliance_id},
    )
    if not rows:
        return None
    names: dict[int, str] = {}
    own_id: int | None = None
    partner_id = rows[0]["partner_id"]
    lines: dict[int, AssessmentLine] = {}
    for row in rows:
        names[row["organisation_id"]] = row["name"]
        if row["is_own"]:
            own_id = row["organisation_id"]
        if row["assessment_id"] is None:
            continue
        line = lines.get(row["assessment_id"])
        if line is None:
            line = lines[row["assessment_id"]] = AssessmentLine(
                assessment_id=row["assessment_id"],
                organisation_id=row["organisation_id"],
                framework_id=row["framework_id"],
                assessed_on=dt.date.fromisoformat(row["assessed_on"]),
                assessor=row["assessor"],
                remarks=row["remarks"],
                levels={},
                comments={},
            )
        if row["dimension_id"] is not None:
            line.levels[row["dimension_id"]] = row["level"]
            line.comments[row["dimension_id"]] = row["comment"]
    return MaturityPicture(
        own_id=own_id,
        own_name=None if own_id is None else names[own_id],
        partner_id=partner_id,
        partner_name=names[partner_id],
        own=[line for line in lines.values() if line.organisation_id == own_id],
        partner=[line for line in lines.values() if line.organisation_id == partner_id],
    )


def _history(lines: Sequence[AssessmentLine], dimension_id: int) -> list[tuple[dt.date, float]]:
    return [
        (line.assessed_on, line.levels[dimension_id])
        for line in reversed(lines)
        if dimension_id in line.levels
    ]


def side_by_side(picture: MaturityPicture, dimension_ids: Iterable[int]) -> list[MaturityRow]:
    """Per dimension (in the given order) the latest level of each side, and the histories."""
    found = []
    for dimension_id in dimension_ids:
        own_history = _history(picture.own, dimension_id)
        partner_history = _history(picture.partner, dimension_id)
        found.append(
            MaturityRow(
                dimension_id=dimension_id,
                ours=own_history[-1][1] if own_history else None,
                theirs=partner_history[-1][1] if partner_history else None,
                own_history=own_history,
                partner_history=partner_history,
            )
        )
    return found
