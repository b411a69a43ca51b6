"""Undoable edits of a record together with its scores per dimension.

An evaluation and its scores (or a maturity assessment and its levels) are
one thing to the user: entering one is one undo step, and so is changing
its scores. The scores need the new record's id, which only exists once the
record is stored, so :class:`AddScoredStep` inserts the record and then its
scores in the same step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from alliance_desk.domain.record import Record
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.ui.session import AddStep, ChangeStep, RemoveStep, Step

# Dimension id -> (score or level, comment); None as the score means "not scored".
Scores = Mapping[int, tuple[float | None, str | None]]  # a round's result: means


def _is_empty(value: float | None, comment: str | None) -> bool:
    return value is None and not (comment or "").strip()


class AddScoredStep(Step):
    """A new record and its score records, as one step."""

    def __init__(
        self,
        record: Record,
        score_type: type[Record],
        link: str,
        value_field: str,
        scores: Scores,
    ):
        self.record = record
        self.score_type = score_type
        self.link = link
        self.value_field = value_field
        self.scores = {key: item for key, item in scores.items() if not _is_empty(*item)}
        self.stored: Record | None = None
        self.stored_scores: list[Record] = []
        self.tables = {record.TABLE, score_type.TABLE}

    def make_score(self, parent_id: int, dimension_id: int) -> Record:
        value, comment = self.scores[dimension_id]
        fields: dict[str, Any] = {
            self.link: parent_id,
            "dimension_id": dimension_id,
            self.value_field: value,
            "comment": comment,
        }
        return self.score_type(**fields)

    def redo(self, db: Database) -> None:
        # The second time round everything comes back under the same ids.
        self.stored = records.insert(db, self.stored or self.record)
        assert self.stored.id is not None
        if self.stored_scores:
            self.stored_scores = [records.insert(db, score) for score in self.stored_scores]
        else:
            self.stored_scores = [
                records.insert(db, self.make_score(self.stored.id, dimension_id))
                for dimension_id in self.scores
            ]

    def undo(self, db: Database) -> None:
        assert self.stored is not None and self.stored.id is not None
        # Scores first, so the audit trail names each of them.
        for score in reversed(self.stored_scores):
            records.delete(db, self.score_type, score.id or 0)
        records.delete(db, type(self.stored), self.stored.id)


def check_scores(score_type: type[Record], link: str, value_field: str, scores: Scores) -> None:
    """Raise the domain's ValidationError for a score that could not be stored."""
    for dimension_id, (value, comment) in scores.items():
        if not _is_empty(value, comment):
            fields: dict[str, Any] = {
                link: 1,
                "dimension_id": dimension_id,
                value_field: value,
                "comment": comment,
            }
            score_type(**fields)


def score_change_steps(
    db: Database,
    score_type: type[Record],
    link: str,
    value_field: str,
    parent_id: int,
    scores: Scores,
) -> list[Step]:
    """The steps that turn a record's stored scores into ``scores``.

    A dimension with neither a score nor a comment loses its score record; an
    unchanged one gets no step at all, so the audit trail shows real changes only.
    """
    existing = {
        score.dimension_id: score  # type: ignore[attr-defined]
        for score in records.select(db, score_type, f'"{link}" = :id', {"id": parent_id})
    }
    steps: list[Step] = []
    for dimension_id, (value, comment) in scores.items():
        old = existing.get(dimension_id)
        if _is_empty(value, comment):
            if old is not None:
                steps.append(RemoveStep(score_type, old.id or 0))
            continue
        fields: dict[str, Any] = {value_field: value, "comment": comment}
        if old is None:
            steps.append(
                AddStep(score_type(**{link: parent_id, "dimension_id": dimension_id, **fields}))
            )
            continue
        wanted = old.with_changes(**fields)
        if wanted != old:
            steps.append(ChangeStep(db, old, fields))
    return steps
