"""Rounds in the domain: fractional scores, the frozen framework, side results, slot specs."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desk.domain import notation
from alliance_desk.domain.codes import RoundKind, Side
from alliance_desk.domain.evaluations import EvaluationScore, MaturityScore
from alliance_desk.domain.insights import Gap
from alliance_desk.domain.rounds import (
    AskedDimension,
    AskedLevel,
    FrameworkSnapshot,
    QuestionnaireRound,
    RoundAnswer,
    parse_respondent_spec,
    side_results,
    summarise,
)
from alliance_desk.domain.validation import ValidationError

SNAPSHOT = FrameworkSnapshot(
    (
        AskedDimension(id=1, code="fit", name_en="Strategic fit", name_nl="Strategische fit"),
        AskedDimension(id=2, code="trust", name_en="Trust", name_nl="Vertrouwen"),
    ),
    tuple(AskedLevel(value=v, name_en=f"L{v}", name_nl=f"N{v}") for v in range(1, 6)),
)


@pytest.mark.parametrize("value", [3, 3.0, 3.4, 2.25, "3,5", "4.75"])
def test_a_score_takes_a_mean_to_two_decimals(value: object) -> None:
    score = EvaluationScore(evaluation_id=1, dimension_id=1, score=value).score
    assert score == float(str(value).replace(",", "."))
    # A whole score stays a whole number, as every score stored before fractions existed.
    assert isinstance(score, int) == float(score or 0).is_integer()


@pytest.mark.parametrize("value", [3.333, 0.5, 5.01, "three", True, float("nan")])
def test_a_score_refuses_what_no_mean_of_the_scale_gives(value: object) -> None:
    with pytest.raises(ValidationError):
        MaturityScore(assessment_id=1, dimension_id=1, level=value)


def test_an_answer_is_a_level_of_the_scale_not_a_fraction() -> None:
    with pytest.raises(ValidationError):
        RoundAnswer(respondent_id=1, dimension_id=1, score=3.5)
    assert RoundAnswer(respondent_id=1, dimension_id=1, score=None).score is None


def test_the_snapshot_is_stored_as_json_and_read_back_equal() -> None:
    made = QuestionnaireRound(
        alliance_id=1,
        kind=RoundKind.HEALTH,
        framework_id=1,
        held_on=dt.date(2026, 3, 1),
        deadline=dt.date(2026, 3, 20),
        framework_snapshot=SNAPSHOT,
    )
    row = made.to_row()
    assert isinstance(row["framework_snapshot"], str)
    assert QuestionnaireRound.from_row(row).framework_snapshot == SNAPSHOT


@pytest.mark.parametrize(
    "snapshot",
    [
        "not json",
        "[]",
        '{"dimensions": [], "levels": []}',
        '{"dimensions": [{"id": 1, "code": "a", "name_en": "A", "name_nl": "A"},'
        ' {"id": 1, "code": "b", "name_en": "B", "name_nl": "B"}],'
        ' "levels": [{"value": 1, "name_en": "x", "name_nl": "x"},'
        ' {"value": 2, "name_en": "y", "name_nl": "y"}]}',
        '{"dimensions": [{"id": 1, "code": "a", "name_en": "A", "name_nl": "A", "x": 1}],'
        ' "levels": [{"value": 1, "name_en": "x", "name_nl": "x"}]}',
    ],
)
def test_a_malformed_snapshot_is_refused(snapshot: str) -> None:
    with pytest.raises(ValidationError):
        QuestionnaireRound(
            alliance_id=1,
            kind="health",
            framework_id=1,
            held_on="2026-03-01",
            framework_snapshot=snapshot,
        )


def test_the_deadline_cannot_come_before_the_round() -> None:
    with pytest.raises(ValidationError, match="deadline"):
        QuestionnaireRound(
            alliance_id=1,
            kind="health",
            framework_id=1,
            held_on="2026-03-01",
            deadline="2026-02-01",
            framework_snapshot=SNAPSHOT,
        )


def test_a_side_result_has_mean_lowest_highest_spread_and_count() -> None:
    found = summarise(7, [3, 4, 2, None, 4, 4])
    assert (found.answered, found.mean, found.lowest, found.highest) == (5, 3.4, 2, 4)
    assert found.spread == 2 and found.disagreement
    nobody = summarise(7, [None, None])
    assert (nobody.answered, nobody.mean, nobody.spread, nobody.disagreement) == (
        0,
        None,
        None,
        False,
    )
    # In the order asked; answers on a dimension the round did not ask are ignored.
    results = side_results([2, 1], [(1, 5), (2, 1), (1, 4), (9, 3)])
    assert [(item.dimension_id, item.mean) for item in results] == [(2, 1.0), (1, 4.5)]


def test_scores_are_shown_whole_as_given_and_means_with_one_decimal() -> None:
    assert notation.level(3, "en") == "3"
    assert notation.level(3.4, "en") == "3.4"
    assert notation.level(3.4, "nl") == "3,4"
    assert notation.level(-0.6, "en", signed=True) == "\u22120.6"
    assert notation.level(1, "en", signed=True) == "+1"
    assert notation.mean(3.75, "en") == "3.8" and notation.mean(4, "nl") == "4,0"
    assert Gap(1, 3.6, 3.1).difference == 0.5


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("us:Sales", (Side.US, "Sales", None, 1)),
        ("partner:R&D:Engineer*3", (Side.PARTNER, "R&D", "Engineer", 3)),
        (" Partner : Finance : Controller ", (Side.PARTNER, "Finance", "Controller", 1)),
    ],
)
def test_a_respondent_spec_names_side_department_role_and_count(
    spec: str, expected: tuple[object, ...]
) -> None:
    found = parse_respondent_spec(spec)
    assert (found.side, found.department, found.role, found.count) == expected


@pytest.mark.parametrize("spec", ["them:Sales", "us", "us:Sales*0", "us:Sales*99", ":x"])
def test_a_bad_respondent_spec_says_what_is_expected(spec: str) -> None:
    with pytest.raises(ValueError, match="respondents"):
        parse_respondent_spec(spec)
