"""Rounds in the workbook: slots, answers, each side's result as its evaluation, undo, the
deadline in reminders and signals, and the migration of a version-4 workbook."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from alliance_desk.domain.codes import Language, RespondentSide, RoundKind, Side
from alliance_desk.domain.evaluations import (
    Evaluation,
    EvaluationScore,
    MaturityScore,
)
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.insights import perception_gaps
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.signals import SignalKind
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import (
    content,
    evaluation_history,
    follow_up,
    records,
    round_results,
    rounds,
)
from alliance_desk.store import frameworks as frameworks_module
from alliance_desk.store import workbook as workbook_module
from alliance_desk.store.changeset import RecordedOperation
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, dimensions, framework_by_code
from alliance_desk.store.portfolio import reminders
from alliance_desk.store.schema import MIGRATIONS, SCHEMA_VERSION
from alliance_desk.store.signals import signals
from alliance_desk.store.workbook import Workbook, inspect_workbook, open_workbook

DAY = dt.date(2026, 3, 2)


def an_alliance(db: Database) -> int:
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    made = records.insert(db, Alliance(partner_id=partner.id, name="Rhine corridor"))
    assert made.id is not None
    return made.id


def slots(ours: int, theirs: int) -> list[rounds.Slot]:
    return [rounds.Slot(Side.US, f"Department {n}") for n in range(ours)] + [
        rounds.Slot(Side.PARTNER, f"Afdeling {n}", language=Language.NL) for n in range(theirs)
    ]


def answer_all(
    db: Database, round_id: int, by_slot: list[list[int | None]], comment: str | None = None
) -> None:
    made = records.get(db, rounds.QuestionnaireRound, round_id)
    asked = [item.id for item in made.framework_snapshot.dimensions]
    for slot, scores in zip(rounds.respondents(db, round_id), by_slot, strict=False):
        round_results.put_answers(
            db, slot, {d: (s, comment) for d, s in zip(asked, scores, strict=False)}, DAY
        )
    round_results.refresh_results(db, round_id)


def test_a_round_freezes_the_framework_and_keeps_its_slots(workbook: Workbook) -> None:
    db = workbook.db
    alliance_id = an_alliance(db)
    made = rounds.create_round(db, alliance_id, RoundKind.HEALTH, DAY, slots(2, 3))
    health = framework_by_code(db, DEFAULT_EVALUATION)
    assert made.framework_id == health.id
    assert [d.code for d in made.framework_snapshot.dimensions] == [
        d.code for d in dimensions(db, health.id or 0)
    ]
    assert made.framework_snapshot.level_values() == [1, 2, 3, 4, 5]
    # Renaming a dimension later does not change what the round asked.
    first = dimensions(db, health.id or 0)[0]
    records.update(db, first, name_en="Renamed")
    again = records.get(db, rounds.QuestionnaireRound, made.id or 0)
    assert again.framework_snapshot.dimensions[0].name_en != "Renamed"
    found = rounds.respondents(db, made.id or 0)
    assert [slot.side for slot in found] == [Side.US] * 2 + [Side.PARTNER] * 3
    assert all(slot.anonymous and slot.answered_on is None for slot in found)
    assert rounds.identity(db) is not None  # made with the first round
    assert content.first_unreadable(db.connection) is None


def test_each_sides_result_is_its_evaluation_with_fractional_means(workbook: Workbook) -> None:
    db = workbook.db
    alliance_id = an_alliance(db)
    made = rounds.create_round(db, alliance_id, RoundKind.HEALTH, DAY, slots(5, 2))
    # Five of ours on the first two dimensions; one left the second blank.
    answer_all(
        db,
        made.id or 0,
        [[3, 4], [4, None], [2, 4], [4, 2], [4, 4], [1, 1], [2, 2]],
    )
    found = rounds.results(db, made.id or 0)
    first, second = (made.framework_snapshot.dimensions[i].id for i in (0, 1))
    ours = {item.dimension_id: item for item in found.sides[Side.US]}
    assert (ours[first].mean, ours[first].lowest, ours[first].highest) == (3.4, 2, 4)
    assert (ours[first].spread, ours[first].answered) == (2, 5)
    assert (ours[second].mean, ours[second].answered) == (3.5, 4)
    assert found.answered == {Side.US: 5, Side.PARTNER: 2}
    assert found.gap(first) == 1.9

    lines = evaluation_history.evaluations(db, alliance_id)
    by_side = {line.respondent_side: line for line in lines}
    assert set(by_side) == {RespondentSide.US, RespondentSide.PARTNER}
    assert by_side[RespondentSide.US].round_id == made.id
    assert by_side[RespondentSide.US].scores[first] == 3.4
    assert by_side[RespondentSide.PARTNER].scores[first] == 1.5
    # Dimensions nobody scored are not scored in the result.
    assert len(by_side[RespondentSide.US].scores) == 2
    gaps = perception_gaps(
        by_side[RespondentSide.US].scores, by_side[RespondentSide.PARTNER].scores
    )
    assert {gap.dimension_id: gap.difference for gap in gaps} == {first: 1.9, second: 2}
    # Stored with the precision of the mean, read back the same by plain SQL.
    stored = db.scalar(
        "SELECT score FROM evaluation_score WHERE dimension_id = :d AND evaluation_id = :e",
        {"d": first, "e": by_side[RespondentSide.US].evaluation_id},
    )
    assert stored == 3.4
    assert content.first_unreadable(db.connection) is None


def test_answers_coming_in_again_update_the_result_and_never_count_twice(
    workbook: Workbook,
) -> None:
    db = workbook.db
    made = rounds.create_round(db, an_alliance(db), RoundKind.HEALTH, DAY, slots(2, 0))
    answer_all(db, made.id or 0, [[2], [4]])
    answer_all(db, made.id or 0, [[5], [4]])  # the first slot answered again
    first = made.framework_snapshot.dimensions[0].id
    ours = rounds.results(db, made.id or 0).sides[Side.US][0]
    assert (ours.dimension_id, ours.mean, ours.answered) == (first, 4.5, 2)
    assert records.count(db, Evaluation) == 1


def test_a_maturity_round_assesses_each_organisation_itself(workbook: Workbook) -> None:
    db = workbook.db
    alliance_id = an_alliance(db)
    made = rounds.create_round(db, alliance_id, RoundKind.MATURITY, DAY, slots(2, 2))
    answer_all(db, made.id or 0, [[3, 3], [4, 2], [1, 2], [2, 2]])
    picture = evaluation_history.maturity_picture(db, alliance_id)
    assert picture is not None
    first = made.framework_snapshot.dimensions[0].id
    assert picture.own[0].levels[first] == 3.5
    assert picture.partner[0].levels[first] == 1.5
    assert picture.own[0].assessed_on == DAY
    rows = evaluation_history.side_by_side(picture, [first])
    assert rows[0].gap == -2
    # The partner two levels behind: the maturity signal reads the round like any assessment.
    kinds = {signal.kind for signal in signals(db, DAY)[alliance_id]}
    assert SignalKind.MATURITY_GAP in kinds


def test_a_maturity_round_of_ours_needs_our_organisation(workbook: Workbook) -> None:
    db = workbook.db
    alliance_id = an_alliance(db)
    db.execute("DELETE FROM organisation WHERE is_own = 1")
    with pytest.raises(ValidationError, match="own organisation"):
        rounds.create_round(db, alliance_id, RoundKind.MATURITY, DAY, slots(1, 1))
    assert records.count(db, rounds.QuestionnaireRound) == 0


def test_a_round_needs_respondents(workbook: Workbook) -> None:
    db = workbook.db
    with pytest.raises(ValidationError):
        rounds.create_round(db, an_alliance(db), RoundKind.HEALTH, DAY, [])
    assert records.count(db, rounds.QuestionnaireRound) == 0


def test_an_import_is_undone_and_redone_whole_with_the_same_ids(workbook: Workbook) -> None:
    db = workbook.db
    made = rounds.create_round(db, an_alliance(db), RoundKind.HEALTH, DAY, slots(2, 1))
    answer_all(db, made.id or 0, [[3], [None]])
    before = rounds.picture(db, made.id)

    def more(db: Database) -> None:
        answer_all(db, made.id or 0, [[5], [4], [2]])

    step = RecordedOperation(more, lambda db: rounds.picture(db, made.id))
    step.redo(db)
    after = rounds.picture(db, made.id)
    assert after != before
    assert {"round_answer", "round_respondent", "evaluation", "evaluation_score"} <= step.tables
    step.undo(db)
    assert rounds.picture(db, made.id) == before
    step.redo(db)
    assert rounds.picture(db, made.id) == after
    # Every change went through the audited edit path.
    assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'round_answer'") > 0


def test_making_a_round_is_one_undoable_step(workbook: Workbook) -> None:
    db = workbook.db
    alliance_id = an_alliance(db)
    step = rounds.RoundCreation(alliance_id, RoundKind.HEALTH, DAY, slots(1, 1))
    step.redo(db)
    assert records.count(db, rounds.RoundRespondent) == 2
    step.undo(db)
    assert records.count(db, rounds.QuestionnaireRound) == 0
    assert records.count(db, rounds.RoundRespondent) == 0
    step.redo(db)
    assert [r.id for r in rounds.rounds_of(db, alliance_id)] == [step.round_id]


def test_a_deadline_passed_with_questionnaires_out_is_a_reminder_and_a_signal(
    workbook: Workbook,
) -> None:
    db = workbook.db
    alliance_id = an_alliance(db)
    deadline = DAY + dt.timedelta(days=14)
    made = rounds.create_round(
        db, alliance_id, RoundKind.HEALTH, DAY, slots(2, 1), deadline=deadline
    )
    answer_all(db, made.id or 0, [[3]])

    def overdue(today: dt.date) -> list[dict[str, object]]:
        found = signals(db, today)[alliance_id]
        return [dict(s.figures) for s in found if s.kind is SignalKind.ROUND_OVERDUE]

    assert overdue(deadline) == []
    assert reminders(db, deadline, 60).rounds_overdue == 0
    later = deadline + dt.timedelta(days=3)
    assert overdue(later) == [
        {"held_on": DAY, "deadline": deadline, "missing": 2, "invited": 3, "days": 3}
    ]
    assert reminders(db, later, 60).rounds_overdue == 1
    rounds.close_round(db, made.id or 0)
    assert overdue(later) == []
    assert reminders(db, later, 60).rounds_overdue == 0


def test_deleting_the_alliance_takes_its_rounds_and_results_along(workbook: Workbook) -> None:
    db = workbook.db
    alliance_id = an_alliance(db)
    made = rounds.create_round(db, alliance_id, RoundKind.HEALTH, DAY, slots(1, 1))
    answer_all(db, made.id or 0, [[3], [4]])
    records.delete(db, Alliance, alliance_id)
    for table in ("questionnaire_round", "round_respondent", "round_answer", "evaluation"):
        assert db.scalar(f"SELECT count(*) FROM {table}") == 0, table


# Migration of a version-4 workbook -------------------------------------------------------------


@pytest.fixture
def v4_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frameworks_before_v8: Callable[..., None]
) -> Path:
    """A workbook made and filled by version 4, with whole scores and levels."""
    path = tmp_path / "Four.alliance"
    with monkeypatch.context() as patched:
        patched.setattr(workbook_module, "MIGRATIONS", MIGRATIONS[:4])
        patched.setattr(workbook_module, "SCHEMA_VERSION", 4)
        patched.setattr(frameworks_module, "install_shipped_frameworks", frameworks_before_v8)
        workbook_module.create_workbook(path)
        with open_workbook(path) as opened:
            db = opened.db
            alliance_id = an_alliance(db)
            health = framework_by_code(db, DEFAULT_EVALUATION)
            # Raw SQL: the records of this version know a column version 4 lacks.
            evaluation_id = db.execute(
                "INSERT INTO evaluation (alliance_id, framework_id, evaluated_on,"
                " respondent_side) VALUES (:a, :f, :on, 'us')",
                {"a": alliance_id, "f": health.id, "on": DAY.isoformat()},
            ).lastrowid
            for number, dimension in enumerate(dimensions(db, health.id or 0)):
                db.execute(
                    "INSERT INTO evaluation_score (evaluation_id, dimension_id, score, comment)"
                    " VALUES (:e, :d, :s, 'why')",
                    {"e": evaluation_id, "d": dimension.id, "s": number % 5 + 1},
                )
            maturity = framework_by_code(db, "alliance_maturity")
            assessment_id = db.execute(
                "INSERT INTO maturity_assessment (organisation_id, framework_id, assessed_on)"
                " VALUES (1, :f, :on)",
                {"f": maturity.id, "on": DAY.isoformat()},
            ).lastrowid
            for dimension in dimensions(db, maturity.id or 0):
                db.execute(
                    "INSERT INTO maturity_score (assessment_id, dimension_id, level)"
                    " VALUES (:a, :d, 2)",
                    {"a": assessment_id, "d": dimension.id},
                )
    return path


def _scores(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT id, score, typeof(score), comment FROM evaluation_score"
            " UNION ALL SELECT id, level, typeof(level), comment FROM maturity_score ORDER BY 1"
        ).fetchall()
    finally:
        connection.close()


def test_a_version_4_workbook_is_backed_up_then_keeps_its_whole_scores(v4_path: Path) -> None:
    before = _scores(v4_path)
    assert before and {row[2] for row in before} == {"integer"}
    with open_workbook(v4_path) as opened:
        db = opened.db
        assert db.scalar("PRAGMA user_version") == SCHEMA_VERSION
        backups = list(opened.backup_dir.glob(f"*before-v{SCHEMA_VERSION}*"))
        assert len(backups) == 1
        assert inspect_workbook(backups[0], full=True) == 4
        # Every score is still the whole number it was.
        assert _scores(v4_path) == before
        first = records.select(db, EvaluationScore)[0]
        assert isinstance(first.score, int)
        # A mean now fits; text still does not.
        records.update(db, first, score=3.4)
        assert records.get(db, EvaluationScore, first.id or 0).score == 3.4
        level = records.select(db, MaturityScore)[0]
        records.update(db, level, level=2.6)
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE evaluation_score SET score = 'high' WHERE id = :id", {"id": 1})
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE maturity_score SET level = 7 WHERE id = :id", {"id": level.id})
        # The search index still follows the rebuilt tables.
        records.update(db, first, comment="Fjordwise")
        assert db.scalar("SELECT count(*) FROM search_index WHERE search_index MATCH 'fjordwise'")
        # And a round can be made in it.
        made = rounds.create_round(db, 1, RoundKind.HEALTH, DAY, slots(1, 1))
        assert made.id is not None
    assert inspect_workbook(v4_path, full=True) == SCHEMA_VERSION


def test_an_action_agreed_in_a_round_names_it_and_outlives_it(workbook: Workbook) -> None:
    db = workbook.db
    alliance_id = an_alliance(db)
    made = rounds.create_round(db, alliance_id, RoundKind.HEALTH, DAY, slots(1, 1))
    agreed = records.insert(
        db, Action(alliance_id=alliance_id, title="Discuss the gap", source_round_id=made.id)
    )

    rows = db.query(
        f"SELECT source, source_round_held_on, source_round_kind FROM (SELECT"
        f" {follow_up.ACTIONS.expressions['source']} AS source,"
        f" {follow_up.ACTIONS.expressions['source_round_held_on']} AS source_round_held_on,"
        f" {follow_up.ACTIONS.expressions['source_round_kind']} AS source_round_kind"
        f" FROM {follow_up.ACTIONS.source})"
    )
    assert [tuple(row) for row in rows] == [(DAY.isoformat(), DAY.isoformat(), "health")]
    choices = follow_up.source_choices(db, alliance_id, rounds=True)
    assert [(c.table, c.record_id) for c in choices] == [("questionnaire_round", made.id)]
    assert follow_up.source_choices(db, alliance_id) == []  # decisions name no round

    records.delete(db, rounds.QuestionnaireRound, made.id or 0)
    assert records.get(db, Action, agreed.id or 0).source_round_id is None


def test_a_version_5_workbook_gains_rounds_as_sources_of_actions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frameworks_before_v8: Callable[..., None]
) -> None:
    path = tmp_path / "Five.alliance"
    with monkeypatch.context() as patched:
        patched.setattr(workbook_module, "MIGRATIONS", MIGRATIONS[:5])
        patched.setattr(workbook_module, "SCHEMA_VERSION", 5)
        patched.setattr(frameworks_module, "install_shipped_frameworks", frameworks_before_v8)
        workbook_module.create_workbook(path)
        with open_workbook(path) as opened:
            alliance_id = an_alliance(opened.db)
            # Raw SQL: the records of this version know a column version 5 lacks.
            opened.db.execute(
                "INSERT INTO action (alliance_id, title, status) VALUES (:a, 'Call', 'open')",
                {"a": alliance_id},
            )

    with open_workbook(path) as opened:
        db = opened.db
        assert db.scalar("PRAGMA user_version") == SCHEMA_VERSION
        (kept,) = records.select(db, Action)
        assert (kept.title, kept.source_round_id) == ("Call", None)
        made = rounds.create_round(db, alliance_id, RoundKind.HEALTH, DAY, slots(1, 0))
        records.update(db, kept, source_round_id=made.id)
    assert inspect_workbook(path, full=True) == SCHEMA_VERSION
