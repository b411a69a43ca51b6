"""Questionnaire rounds in the workbook: making one, its slots and answers, its results.

A round's result for a side is stored as that side's ordinary record (an
evaluation by us or by the partner for a health check; a maturity assessment
of our organisation or of the partner's for a self-assessment) with the
round's id, whose scores are the means of the side's answers. So the
evaluation log, the trend, the perception gaps, the signals and the briefings
read a round like any other evaluation. The answers and results are written
by :mod:`alliance_desk.store.round_results`; this module makes rounds and reads
them.

Every change runs through :mod:`records` (audit trail) inside a
:class:`~alliance_desk.store.changeset.RecordedOperation`, so the app can undo
making a round or importing answers as one step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
import uuid
from collections.abc import Iterable, Mapping, Sequence

from alliance_desk.domain.codes import (
    FrameworkKind,
    Language,
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


def close_round(db: Database, round_id: int, closed: bool = True) -> QuestionnaireRound:
    made = records.get(db, QuestionnaireRound, round_id)
    return records.update(db, made, status=RoundStatus.CLOSED if closed else RoundStatus.OPEN)
