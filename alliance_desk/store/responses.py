"""Answered questionnaires coming back: each file judged whole, then a batch stored at once.

:func:`read_responses` reads and judges every file before anything is stored:
a refused file (too large, damaged, a zip bomb, an XML attack, another
workbook, another round, a changed structure, an answer outside the scale)
is named with its reason and contributes nothing. A file for a slot that has
answered already is accepted but marked ``replaces``, so the caller can ask
before storing it; two files of one slot in one batch are refused (the second).
:class:`ResponseImport` stores the accepted answers and works each round's
results out again: one undoable step for the whole batch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from alliance_desk.domain.codes import RoundStatus
from alliance_desk.domain.questionnaire import (
    QuestionnaireIdentity,
    is_sealed,
    level_of,
    parse_identity,
)
from alliance_desk.domain.rounds import COMMENT_MAX, QuestionnaireRound, RoundRespondent
from alliance_desk.domain.validation import Note, ValidationError
from alliance_desk.store import records, round_results, rounds
from alliance_desk.store.changeset import RecordedOperation, Rows
from alliance_desk.store.db import Database
from alliance_desk.store.errors import RecordNotFound
from alliance_desk.store.response_files import SUFFIXES, FileContent, FileRefused, read_file

FILES_MAX = 2_000  # in one batch; a round has at most a few dozen slots


@dataclasses.dataclass(frozen=True)
class Refusal:
    path: Path
    reason: str  # a stable key (see FileRefused and _refuse below)
    sentence: str  # English, for the command line and the log
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.path}: {self.sentence}; nothing was imported from it."


@dataclasses.dataclass(frozen=True)
class Response:
    """One answered questionnaire, checked whole and ready to store."""

    path: Path
    round_id: int
    slot_id: int
    answers: dict[int, round_results.Answer]  # dimension id -> (score or None, comment or None)
    replaces: bool  # the slot had answered before: ask before replacing


@dataclasses.dataclass
class Batch:
    responses: list[Response]
    refused: list[Refusal]

    @property
    def replacing(self) -> list[Response]:
        return [response for response in self.responses if response.replaces]


def collect(paths: Iterable[Path]) -> list[Path]:
    """The files named, and the questionnaire files (.xlsx, .pdf) in the folders named;
    spreadsheet lock files (~$name.xlsx) and hidden files are left out."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    child
                    for child in path.iterdir()
                    if child.suffix.lower() in SUFFIXES
                    and not child.name.startswith(("~$", "."))
                    and child.is_file()
                )
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def read_responses(db: Database, paths: Sequence[Path], round_id: int | None = None) -> Batch:
    """Read and judge every file (``round_id``: only files of that round are taken)."""
    batch = Batch([], [])
    files = collect(paths)
    if len(files) > FILES_MAX:
        raise ValueError(f"{len(files)} files at once; import at most {FILES_MAX} in one go")
    taken: dict[int, Path] = {}
    for path in files:
        try:
            if not path.exists():
                raise FileRefused("missing", "there is no such file")
            response = judge(db, path, read_file(path), round_id)
            if response.slot_id in taken:
                raise FileRefused(
                    "duplicate",
                    f"it answers the same questionnaire as {taken[response.slot_id].name}",
                    other=str(taken[response.slot_id]),
                )
        except FileRefused as refused:
            batch.refused.append(Refusal(path, refused.reason, str(refused), refused.params))
            continue
        taken[response.slot_id] = path
        batch.responses.append(response)
    return batch


def judge(db: Database, path: Path, content: FileContent, round_id: int | None = None) -> Response:
    """The file's answers, checked against the workbook; FileRefused saying why not."""
    try:
        identity = parse_identity(content.payload)
    except (ValueError, KeyError, TypeError, RecursionError):
        raise FileRefused(
            "not_a_questionnaire", "it is not a questionnaire of alliance_desk (no valid code)"
        ) from None
    found = rounds.identity(db)
    if found is None or identity.workbook_id != found[0]:
        raise FileRefused("other_workbook", "the questionnaire belongs to another workbook")
    if not isinstance(content.mark, str) or not is_sealed(
        identity.payload(), content.mark, found[1]
    ):
        raise FileRefused(
            "changed", "the questionnaire's code does not match its content: it was changed"
        )
    if round_id is not None and identity.round_id != round_id:
        raise FileRefused(
            "other_round",
            f"the questionnaire belongs to round {identity.round_id}, not to round {round_id}",
            round=identity.round_id,
        )
    try:
        made = records.get(db, QuestionnaireRound, identity.round_id)
        slot = records.get(db, RoundRespondent, identity.slot_id)
    except RecordNotFound:
        raise FileRefused(
            "unknown_round",
            f"round {identity.round_id} or its respondent is no longer in the workbook",
            round=identity.round_id,
        ) from None
    if slot.round_id != made.id:
        raise FileRefused("changed", "the questionnaire's respondent is not in its round")
    if made.status is RoundStatus.CLOSED:
        raise FileRefused("round_closed", f"round {made.id} is closed", round=identity.round_id)
    _same_structure(identity, made, content)
    answers = _answers(identity, made, content)
    if all(score is None and not comment for score, comment in answers.values()):
        raise FileRefused("empty", "no dimension is answered (was it sent back unfilled?)")
    return Response(
        path, identity.round_id, identity.slot_id, answers, slot.answered_on is not None
    )


def _same_structure(
    identity: QuestionnaireIdentity, made: QuestionnaireRound, content: FileContent
) -> None:
    asked = made.framework_snapshot
    if (
        list(identity.dimensions) != [(item.id, item.code) for item in asked.dimensions]
        or list(identity.levels) != asked.level_values()
    ):
        raise FileRefused("changed", "its questions are not those of its round")
    if list(content.order) != identity.codes():
        raise FileRefused(
            "changed", "its questions were added, removed or moved (changed structure)"
        )


def _answers(
    identity: QuestionnaireIdentity, made: QuestionnaireRound, content: FileContent
) -> dict[int, round_results.Answer]:
    found: dict[int, round_results.Answer] = {}
    comment_rule = Note(max_length=COMMENT_MAX)
    for dimension_id, code in identity.dimensions:
        answer, comment = content.answers[code]
        name = made.framework_snapshot.dimension(dimension_id).name_en
        try:
            score = level_of(answer, identity.levels)
        except ValueError:
            low, high = min(identity.levels), max(identity.levels)
            raise FileRefused(
                "outside_scale",
                f"the answer {str(answer)[:40]!r} on '{name}' is not a level of the scale"
                f" ({low} to {high})",
                dimension=name,
                answer=str(answer)[:40],
            ) from None
        try:
            text = comment_rule.check("answer", "comment", _as_text(comment))
        except ValidationError as error:
            raise FileRefused(
                "bad_comment", f"the comment on '{name}' cannot be kept ({error})", dimension=name
            ) from None
        found[dimension_id] = (score, text)
    return found


def _as_text(value: object) -> str | None:
    """A comment cell as text: a spreadsheet may have turned '2025' into a number, or a
    typed date into a date."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ResponseImport(RecordedOperation):
    """Store a batch of checked responses and the results of their rounds: one step."""

    def __init__(self, responses: Sequence[Response], answered_on: dt.date):
        touched = sorted({response.round_id for response in responses})

        def store(db: Database) -> None:
            for response in responses:
                slot = records.get(db, RoundRespondent, response.slot_id)
                round_results.put_answers(db, slot, response.answers, answered_on)
            for round_id in touched:
                round_results.refresh_results(db, round_id)

        def picture(db: Database) -> Rows:
            found: Rows = {}
            for round_id in touched:
                found.update(rounds.picture(db, round_id))
            return found

        super().__init__(store, picture)
        self.responses = list(responses)


def import_responses(
    db: Database, responses: Sequence[Response], answered_on: dt.date
) -> ResponseImport:
    """Store the responses now; the step returned can take them back (``undo``)."""
    step = ResponseImport(responses, answered_on)
    step.redo(db)
    return step
