"""Questionnaire rounds in the workbook: making one, its slots and answers, its results.

A round's result for a side is stored as that side's ordinary record (an
evaluation by us or by the partner for a health check; a maturity assessment
of our organisation or of the partner's for a self-assessment) with the
round's id, whose scores are the means of the side's answers. So the
evaluation log, the trend, the perception gaps, the signals and the briefings
read a round like any other evaluation. The result is worked out again
whenever answers come in or are taken back.

Every change runs through :mod:`records` (audit trail) inside a
:class:`~alliance_desk.store.changeset.RecordedOperation`, so the app can undo
making a round or importing answers as one step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence

from alliance_desk.domain.codes import (
    FrameworkKind,
    Language,
    RespondentSide,
    RoundKind,
    RoundStatus,
    Side,
)
from alliance_desk.domain.evaluations import (
    Evaluation,
    EvaluationScore,
    MaturityAssessment,
    MaturityScore,
)
from alliance_desk.domain.partners import Alliance
from alliance_desk.domain.record import Record
from alliance_desk.domain.rounds import (
    AskedDimension,
    AskedLevel,
    DimensionResult,
    FrameworkSnapshot,
    QuestionnaireRound,
    RoundAnswer,
    RoundRespondent,
    side_results,
)
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import evaluation_history, records
from alliance_desk.store.changeset import RecordedOperation, Rows
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import dimensions

WORKBOOK_ID_KEY = "workbook_id"  # workbook_info: names the workbook in its questionnaires
SECRET_KEY = "questionnaire_secret"  # workbook_info: the key their identity is signed with


# Identity ------------------------------------------------------------------------------------


def identity(db: Database, *, create: bool = False) -> tuple[str, bytes] | None:
    """The workbook's id and questionnaire secret; made (once) when ``create`` is set."""
    found = dict(
        db.tuples(
            "SELECT key, value FROM workbook_info WHERE key IN (:id, :secret)",
            {"id": WORKBOOK_ID_KEY, "secret": SECRET_KEY},
        )
    )
    if len(found) == 2 and all(isinstance(value, str) and value for value in found.values()):
        try:
            return found[WORKBOOK_ID_KEY], bytes.fromhex(found[SECRET_KEY])
        except ValueError:
            pass
    if not create:
        return None
    with db.transaction():
        db.execute(
            "INSERT OR REPLACE INTO workbook_info (key, value) VALUES (:k1, :v1), (:k2, :v2)",
            {
                "k1": WORKBOOK_ID_KEY,
                "v1": str(uuid.uuid4()),
                "k2": SECRET_KEY,
                "v2": secrets.token_hex(32),
            },
        )
    return identity(db)


# Making a round --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Slot:
    """A respondent to ask, before the round exists."""

    side: Side
    department: str
    role: str | None = None
    stakeholder_id: int | None = None
    anonymous: bool = True
    language: Language = Language.EN


def framework_for(db: Database, alliance_id: int, kind: RoundKind) -> int:
    """The framework a new round of the alliance asks: the one its latest record of that
    kind used, else the shipped default."""
    if kind is RoundKind.HEALTH:
        latest = db.scalar(
            "SELECT framework_id FROM evaluation WHERE alliance_id = :id"
            " ORDER BY evaluated_on DESC, id DESC LIMIT 1",
            {"id": alliance_id},
        )
        framework = evaluation_history.framework_in_use(db, FrameworkKind.EVALUATION, latest)
    else:
        latest = db.scalar(
            "SELECT framework_id FROM maturity_assessment WHERE organisation_id IN"
            " (SELECT partner_id FROM alliance WHERE id = :id"
            " UNION SELECT id FROM organisation WHERE is_own = 1)"
            " ORDER BY assessed_on DESC, id DESC LIMIT 1",
            {"id": alliance_id},
        )
        framework = evaluation_history.framework_in_use(db, FrameworkKind.MATURITY, latest)
    assert framework.id is not None
    return framework.id


def snapshot_of(db: Database, framework_id: int) -> FrameworkSnapshot:
    """The framework's active dimensions and its scale, as a round freezes them."""
    return FrameworkSnapshot(
        tuple(
            AskedDimension(
                id=item.id or 0,
                code=item.code,
                name_en=item.name_en,
                name_nl=item.name_nl,
                description_en=item.description_en,
                description_nl=item.description_nl,
            )
            for item in dimensions(db, framework_id)
        ),
        tuple(
            AskedLevel(
                value=level.value,
                name_en=level.name_en,
                name_nl=level.name_nl,
                description_en=level.description_en,
                description_nl=level.description_nl,
            )
            for level in evaluation_history.scale_levels(db, framework_id)
        ),
    )


class RoundCreation(RecordedOperation):
    """Making a round with its slots: one undoable step. ``round_id`` once done."""

    def __init__(
        self,
        alliance_id: int,
        kind: RoundKind,
        held_on: dt.date,
        slots: Sequence[Slot],
        deadline: dt.date | None = None,
        framework_id: int | None = None,
        notes: str | None = None,
    ):
        self.round_id: int | None = None

        def make(db: Database) -> None:
            records.get(db, Alliance, alliance_id)  # RecordNotFound before anything else
            chosen = framework_id or framework_for(db, alliance_id, kind)
            made = QuestionnaireRound(
                alliance_id=alliance_id,
                kind=kind,
                framework_id=chosen,
                held_on=held_on,
                deadline=deadline,
                framework_snapshot=snapshot_of(db, chosen),
                notes=notes,
            )
            if not slots:
                raise ValidationError(made.TABLE, "respondents", 0, "required")
            if kind is RoundKind.MATURITY and any(slot.side is Side.US for slot in slots):
                if db.scalar("SELECT id FROM organisation WHERE is_own = 1") is None:
                    raise ValidationError(
                        made.TABLE,
                        "respondents",
                        "us",
                        "conflict",
                        detail="our own organisation is not recorded, so it cannot assess itself",
                    )
            identity(db, create=True)
            stored = records.insert(db, made)
            assert stored.id is not None
            self.round_id = stored.id
            for slot in slots:
                records.insert(db, RoundRespondent(round_id=stored.id, **dataclasses.asdict(slot)))

        super().__init__(make, lambda db: picture(db, self.round_id))


def create_round(
    db: Database,
    alliance_id: int,
    kind: RoundKind,
    held_on: dt.date,
    slots: Sequence[Slot],
    deadline: dt.date | None = None,
    framework_id: int | None = None,
) -> QuestionnaireRound:
    """Make a round now (not undoable: the app runs :class:`RoundCreation` on its stack)."""
    creation = RoundCreation(alliance_id, kind, held_on, slots, deadline, framework_id)
    creation.redo(db)
    assert creation.round_id is not None
    return records.get(db, QuestionnaireRound, creation.round_id)


# Reading -------------------------------------------------------------------------------------


def rounds_of(db: Database, alliance_id: int) -> list[QuestionnaireRound]:
    """The alliance's rounds, newest first."""
    return records.select(
        db,
        QuestionnaireRound,
        "alliance_id = :id",
        {"id": alliance_id},
        order_by="held_on DESC, id DESC",
    )


def respondents(db: Database, round_id: int) -> list[RoundRespondent]:
    """The round's slots: ours first, then the partner's, in the order they were made."""
    return records.select(
        db,
        RoundRespondent,
        "round_id = :id",
        {"id": round_id},
        order_by="side = 'partner', id",
    )


def answers(db: Database, round_id: int) -> dict[int, list[RoundAnswer]]:
    """Slot id -> its answers (only slots with answers)."""
    found: dict[int, list[RoundAnswer]] = {}
    for answer in records.select(
        db,
        RoundAnswer,
        "respondent_id IN (SELECT id FROM round_respondent WHERE round_id = :id)",
        {"id": round_id},
    ):
        found.setdefault(answer.respondent_id, []).append(answer)
    return found


@dataclasses.dataclass(frozen=True)
class RoundResults:
    """Each side's result per dimension, in the order the round asked them."""

    round: QuestionnaireRound
    invited: Mapping[Side, int]
    answered: Mapping[Side, int]
    sides: Mapping[Side, list[DimensionResult]]

    def gap(self, dimension_id: int) -> float | None:
        """Our mean minus the partner's (positive: we see it more favourably)."""
        means = [
            next(item.mean for item in self.sides[side] if item.dimension_id == dimension_id)
            for side in (Side.US, Side.PARTNER)
        ]
        if means[0] is None or means[1] is None:
            return None
        return round(means[0] - means[1], 2)


def results(db: Database, round_id: int) -> RoundResults:
    made = records.get(db, QuestionnaireRound, round_id)
    slots = respondents(db, round_id)
    given = answers(db, round_id)
    asked = [item.id for item in made.framework_snapshot.dimensions]
    sides = {}
    for side in Side:
        mine = [slot for slot in slots if slot.side is side]
        sides[side] = side_results(
            asked,
            (
                (answer.dimension_id, answer.score)
                for slot in mine
                for answer in given.get(slot.id or 0, ())
            ),
        )
    return RoundResults(
        round=made,
        invited={side: sum(1 for slot in slots if slot.side is side) for side in Side},
        answered={
            side: sum(1 for slot in slots if slot.side is side and slot.answered_on)
            for side in Side
        },
        sides=sides,
    )


def picture(db: Database, round_id: int | None) -> Rows:
    """Every row of the round: itself, slots, answers, and each side's result record."""
    if round_id is None:
        return {}
    found: Rows = {}
    queries: Iterable[tuple[type[Record], str]] = (
        (QuestionnaireRound, "id = :id"),
        (RoundRespondent, "round_id = :id"),
        (
            RoundAnswer,
            "respondent_id IN (SELECT id FROM round_respondent WHERE round_id = :id)",
        ),
        (Evaluation, "round_id = :id"),
        (
            EvaluationScore,
            "evaluation_id IN (SELECT id FROM evaluation WHERE round_id = :id)",
        ),
        (MaturityAssessment, "round_id = :id"),
        (
            MaturityScore,
            "assessment_id IN (SELECT id FROM maturity_assessment WHERE round_id = :id)",
        ),
    )
    for record_type, where in queries:
        for row in db.query(f'SELECT * FROM "{record_type.TABLE}" WHERE {where}', {"id": round_id}):
            found[(record_type.TABLE, row["id"])] = dict(row)
    return found


# Answers and results -----------------------------------------------------------------------------

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


def close_round(db: Database, round_id: int, closed: bool = True) -> QuestionnaireRound:
    made = records.get(db, QuestionnaireRound, round_id)
    return records.update(db, made, status=RoundStatus.CLOSED if closed else RoundStatus.OPEN)
