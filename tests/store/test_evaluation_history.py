"""The evaluation and maturity queries: exact values from data each test inserts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alliance_desk.domain.codes import FrameworkKind, RespondentSide
from alliance_desk.domain.evaluations import (
    Evaluation,
    EvaluationScore,
    MaturityAssessment,
    MaturityScore,
    PulseCheck,
)
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import evaluation_history as history
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import (
    DEFAULT_EVALUATION,
    DEFAULT_MATURITY,
    dimensions,
    framework_by_code,
)
from alliance_desk.store.workbook import Workbook, open_workbook

US, PARTNER, JOINT = RespondentSide.US, RespondentSide.PARTNER, RespondentSide.JOINT


def _alliance(db: Database, partner: str = "Kestrel Systems") -> Alliance:
    organisation = records.insert(db, Organisation(name=partner))
    return records.insert(db, Alliance(partner_id=organisation.id, name=f"{partner} alliance"))


def _evaluate(
    db: Database,
    alliance: Alliance,
    on: str,
    side: RespondentSide,
    scores: list[int | None],
    comment: str | None = None,
) -> Evaluation:
    health = framework_by_code(db, DEFAULT_EVALUATION)
    evaluation = records.insert(
        db,
        Evaluation(
            alliance_id=alliance.id,
            framework_id=health.id,
            evaluated_on=on,
            respondent_side=side,
            respondent="Anna",
        ),
    )
    for dimension, score in zip(dimensions(db, health.id or 0), scores, strict=False):
        records.insert(
            db,
            EvaluationScore(
                evaluation_id=evaluation.id,
                dimension_id=dimension.id,
                score=score,
                comment=comment,
            ),
        )
    return evaluation


def _assess(db: Database, organisation_id: int, on: str, levels: list[int]) -> MaturityAssessment:
    maturity = framework_by_code(db, DEFAULT_MATURITY)
    assessment = records.insert(
        db,
        MaturityAssessment(
            organisation_id=organisation_id, framework_id=maturity.id, assessed_on=on
        ),
    )
    for dimension, level in zip(dimensions(db, maturity.id or 0), levels, strict=False):
        records.insert(
            db, MaturityScore(assessment_id=assessment.id, dimension_id=dimension.id, level=level)
        )
    return assessment


def _health_ids(db: Database) -> list[int]:
    return [d.id or 0 for d in dimensions(db, framework_by_code(db, DEFAULT_EVALUATION).id or 0)]


def test_evaluations_newest_first_with_scores_and_overall(workbook: Workbook) -> None:
    db = workbook.db
    alliance = _alliance(db)
    other = _alliance(db, "Brügge & Zonen")
    first = _evaluate(db, alliance, "2025-01-10", US, [4, 3, None, 5], comment="ok")
    second = _evaluate(db, alliance, "2025-06-01", PARTNER, [2, 2, 3])
    same_day = _evaluate(db, alliance, "2025-06-01", JOINT, [])
    _evaluate(db, other, "2025-07-01", US, [1, 1, 1])

    lines = history.evaluations(db, alliance.id or 0)

    assert [line.evaluation_id for line in lines] == [same_day.id, second.id, first.id]
    ids = _health_ids(db)
    oldest = lines[2]
    assert oldest.evaluated_on == dt.date(2025, 1, 10)
    assert oldest.respondent_side is US and oldest.respondent == "Anna"
    assert oldest.scores == {ids[0]: 4, ids[1]: 3, ids[2]: None, ids[3]: 5}
    assert oldest.comments[ids[0]] == "ok"
    assert oldest.overall == 4.0  # (4 + 3 + 5) / 3, the open dimension left out
    assert lines[1].overall == round(7 / 3, 2)
    assert lines[0].scores == {} and lines[0].overall is None


def test_latest_pair_and_series(workbook: Workbook) -> None:
    db = workbook.db
    alliance = _alliance(db)
    _evaluate(db, alliance, "2024-01-01", US, [2, 2])
    _evaluate(db, alliance, "2024-02-01", PARTNER, [1, None])
    newest_us = _evaluate(db, alliance, "2025-01-01", US, [5, 3])
    newest_partner = _evaluate(db, alliance, "2024-12-01", PARTNER, [3, 4])
    _evaluate(db, alliance, "2025-03-01", JOINT, [4, 4])
    lines = history.evaluations(db, alliance.id or 0)

    ours, theirs = history.latest_pair(lines)
    assert ours is not None and ours.evaluation_id == newest_us.id
    assert theirs is not None and theirs.evaluation_id == newest_partner.id

    ids = _health_ids(db)
    assert history.series(lines, ids[1]) == {
        US: [(dt.date(2024, 1, 1), 2.0), (dt.date(2025, 1, 1), 3.0)],
        PARTNER: [(dt.date(2024, 12, 1), 4.0)],  # the open score of February is skipped
        JOINT: [(dt.date(2025, 3, 1), 4.0)],
    }
    assert history.series(lines, None) == {
        US: [(dt.date(2024, 1, 1), 2.0), (dt.date(2025, 1, 1), 4.0)],
        PARTNER: [(dt.date(2024, 2, 1), 1.0), (dt.date(2024, 12, 1), 3.5)],
        JOINT: [(dt.date(2025, 3, 1), 4.0)],
    }
    assert history.latest_pair([]) == (None, None)
    assert history.series([], None) == {}


def test_framework_in_use_defaults_and_follows_the_latest(workbook: Workbook) -> None:
    db = workbook.db
    health = framework_by_code(db, DEFAULT_EVALUATION)
    maturity = framework_by_code(db, DEFAULT_MATURITY)
    assert history.framework_in_use(db, FrameworkKind.EVALUATION, None) == health
    assert history.framework_in_use(db, FrameworkKind.MATURITY, None) == maturity
    assert history.framework_in_use(db, FrameworkKind.EVALUATION, maturity.id) == maturity
    levels = history.scale_levels(db, health.id or 0)
    assert [(level.value, level.name_en) for level in levels] == [
        (1, "Poor"),
        (2, "Weak"),
        (3, "Adequate"),
        (4, "Good"),
        (5, "Excellent"),
    ]


def test_pulse_checks_newest_first(workbook: Workbook) -> None:
    db = workbook.db
    alliance = _alliance(db)
    records.insert(db, PulseCheck(alliance_id=alliance.id, checked_on="2025-01-01", rag="green"))
    records.insert(db, PulseCheck(alliance_id=alliance.id, checked_on="2025-03-01", rag="red"))
    found = history.pulse_checks(db, alliance.id or 0)
    assert [(p.checked_on.isoformat(), p.rag) for p in found] == [
        ("2025-03-01", "red"),
        ("2025-01-01", "green"),
    ]


def test_maturity_picture_and_side_by_side(workbook: Workbook) -> None:
    db = workbook.db
    alliance = _alliance(db)
    stranger = _alliance(db, "Someone else")
    own_id = db.scalar("SELECT id FROM organisation WHERE is_own = 1")
    old_own = _assess(db, own_id, "2023-03-01", [2, 3, 1])
    new_own = _assess(db, own_id, "2025-03-01", [3, 4, 2])
    partner = _assess(db, alliance.partner_id, "2025-09-01", [1, 4])
    _assess(db, stranger.partner_id, "2025-10-01", [5, 5, 5])

    picture = history.maturity_picture(db, alliance.id or 0)

    assert picture is not None
    assert (picture.own_id, picture.own_name) == (own_id, "Our organisation")
    assert (picture.partner_id, picture.partner_name) == (alliance.partner_id, "Kestrel Systems")
    assert [line.assessment_id for line in picture.own] == [new_own.id, old_own.id]
    assert [line.assessment_id for line in picture.partner] == [partner.id]
    assert picture.latest_framework_id() == framework_by_code(db, DEFAULT_MATURITY).id

    ids = [d.id or 0 for d in dimensions(db, framework_by_code(db, DEFAULT_MATURITY).id or 0)]
    rows = history.side_by_side(picture, ids[:4])
    assert [(row.ours, row.theirs, row.gap) for row in rows] == [
        (3, 1, -2),
        (4, 4, 0),
        (2, None, None),
        (None, None, None),
    ]
    assert rows[0].own_history == [(dt.date(2023, 3, 1), 2), (dt.date(2025, 3, 1), 3)]
    assert rows[0].partner_history == [(dt.date(2025, 9, 1), 1)]
    assert history.maturity_picture(db, 9999) is None


def test_maturity_picture_without_own_organisation_or_assessments(workbook: Workbook) -> None:
    db = workbook.db
    db.execute("UPDATE organisation SET is_own = 0")
    alliance = _alliance(db)
    picture = history.maturity_picture(db, alliance.id or 0)
    assert picture is not None
    assert picture.own_id is None and picture.own == [] and picture.partner == []
    assert picture.latest_framework_id() is None


def test_a_page_load_on_forty_evaluations_reads_them_in_one_query(workbook_path: Path) -> None:
    """40 evaluations of 7 scores (the large demo's share per alliance) cost one statement:
    the page's time follows what it shows, not a query per evaluation or score."""
    with open_workbook(workbook_path) as workbook:
        db = workbook.db
        db.audit = False
        with db.transaction():
            alliance = _alliance(db)
            for number in range(40):
                day = dt.date(2016, 1, 1) + dt.timedelta(days=91 * number)
                side = (US, PARTNER, JOINT)[number % 3]
                _evaluate(db, alliance, day.isoformat(), side, [number % 5 + 1] * 7)
        statements: list[str] = []
        db.connection.set_trace_callback(statements.append)
        try:
            lines = history.evaluations(db, alliance.id or 0)
            history.latest_pair(lines)
            history.series(lines, None)
        finally:
            db.connection.set_trace_callback(None)
    assert len(lines) == 40 and all(len(line.scores) == 7 for line in lines)
    assert len(statements) == 1, statements
