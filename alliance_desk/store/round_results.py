"""A round's answers and each side's result, stored as that side's own record.

:func:`put_answers` replaces one slot's answers; :func:`refresh_results` works out each
side's result per dimension (:func:`alliance_desk.store.rounds.results`) and stores its
means as the side's evaluation of the round (health check) or as its organisation's
maturity assessment (self-assessment), or removes it when the side has no scores, so every
page and report that reads evaluations reads a round with no special case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from alliance_desk.domain.codes import RespondentSide, RoundKind, Side
from alliance_desk.domain.evaluations import (
    Evaluation,
    EvaluationScore,
    MaturityAssessment,
    MaturityScore,
)
from alliance_desk.domain.record import Record
from alliance_desk.domain.rounds import QuestionnaireRound, RoundAnswer, RoundRespondent
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.rounds import results

Answer = tuple[int | None, str | None]  # score (None: no answer) and comment


def put_answers(
    db: Database, slot: RoundRespondent, given: Mapping[int, Answer], answered_on: dt.date
) -> None:
    """Replace the slot's answers with ``given`` (dimension id -> answer) and mark it answered.
    The round's results are not worked out here (:func:`refresh_results`, once per batch)."""
    assert slot.id is not None
    with db.transaction():
        for old in records.select(db, RoundAnswer, "respondent_id = :id", {"id": slot.id}):
            assert old.id is not None
            records.delete(db, RoundAnswer, old.id)
        for dimension_id, (score, comment) in given.items():
            if score is None and not comment:
                continue  # a blank dimension is no answer, not a row
            records.insert(
                db,
                RoundAnswer(
                    respondent_id=slot.id, dimension_id=dimension_id, score=score, comment=comment
                ),
            )
        records.update(db, slot, answered_on=answered_on)


def refresh_results(db: Database, round_id: int) -> None:
    """Store each side's result as its evaluation or maturity assessment of the round (or
    remove it when the side has no scores)."""
    found = results(db, round_id)
    made = found.round
    with db.transaction():
        for side in Side:
            means = {
                item.dimension_id: item.mean for item in found.sides[side] if item.mean is not None
            }
            if made.kind is RoundKind.HEALTH:
                _put_evaluation(db, made, side, means)
            else:
                _put_assessment(db, made, side, means)


def _put_evaluation(
    db: Database, made: QuestionnaireRound, side: Side, means: dict[int, float]
) -> None:
    existing = records.select(
        db,
        Evaluation,
        "round_id = :id AND respondent_side = :side",
        {"id": made.id, "side": side.value},
    )
    if not means:
        for old in existing:
            assert old.id is not None
            records.delete(db, Evaluation, old.id)
        return
    if existing:
        result = records.update(db, existing[0], evaluated_on=made.held_on)
    else:
        result = records.insert(
            db,
            Evaluation(
                alliance_id=made.alliance_id,
                framework_id=made.framework_id,
                evaluated_on=made.held_on,
                respondent_side=RespondentSide(side.value),
                round_id=made.id,
            ),
        )
    assert result.id is not None
    scores = records.select(db, EvaluationScore, "evaluation_id = :id", {"id": result.id})
    _put_scores(
        db,
        {score.dimension_id: score for score in scores},
        means,
        lambda dimension, mean: EvaluationScore(
            evaluation_id=result.id or 0, dimension_id=dimension, score=mean
        ),
        "score",
    )


def _put_assessment(
    db: Database, made: QuestionnaireRound, side: Side, means: dict[int, float]
) -> None:
    if side is Side.US:
        organisation = db.scalar("SELECT id FROM organisation WHERE is_own = 1")
    else:
        organisation = db.scalar(
            "SELECT partner_id FROM alliance WHERE id = :id", {"id": made.alliance_id}
        )
    existing = records.select(
        db,
        MaturityAssessment,
        "round_id = :id AND organisation_id = :organisation",
        {"id": made.id, "organisation": organisation},
    )
    if not means or organisation is None:
        for old in existing:
            assert old.id is not None
            records.delete(db, MaturityAssessment, old.id)
        return
    if existing:
        result = records.update(db, existing[0], assessed_on=made.held_on)
    else:
        result = records.insert(
            db,
            MaturityAssessment(
                organisation_id=organisation,
                framework_id=made.framework_id,
                assessed_on=made.held_on,
                round_id=made.id,
            ),
        )
    assert result.id is not None
    levels = records.select(db, MaturityScore, "assessment_id = :id", {"id": result.id})
    _put_scores(
        db,
        {level.dimension_id: level for level in levels},
        means,
        lambda dimension, mean: MaturityScore(
            assessment_id=result.id or 0, dimension_id=dimension, level=mean
        ),
        "level",
    )


def _put_scores(
    db: Database,
    existing: dict[int, EvaluationScore] | dict[int, MaturityScore],
    means: dict[int, float],
    make: Callable[[int, float], Record],
    field: str,
) -> None:
    for dimension, old in existing.items():
        if dimension not in means:
            assert old.id is not None
            records.delete(db, type(old), old.id)
        elif getattr(old, field) != means[dimension]:
            records.update(db, old, **{field: means[dimension]})
    for dimension, mean in means.items():
        if dimension not in existing:
            records.insert(db, make(dimension, mean))
