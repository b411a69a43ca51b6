"""Field rules and record rules of the domain: refusals name the field and the value."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from alliance_desk.domain.codes import ActionStatus, Attitude, Rag
from alliance_desk.domain.evaluations import EvaluationScore, MaturityScore
from alliance_desk.domain.follow_up import Action, Decision, Risk
from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.domain.stakeholders import StakeholderAssessment
from alliance_desk.domain.validation import NOTE_MAX, ValidationError


def refusal(make: object, **fields: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        make(**fields)  # type: ignore[operator]
    return caught.value


def test_a_valid_record_is_normalised() -> None:
    alliance = Alliance(
        partner_id=3,
        name="  Rijnland   diagnostics ",
        status_rag="amber",
        start_date="2024-02-01",
        renewal_date=dt.date(2027, 1, 31),
    )
    assert alliance.name == "Rijnland   diagnostics"
    assert alliance.status_rag is Rag.AMBER
    assert alliance.start_date == dt.date(2024, 2, 1)
    assert alliance.to_row()["start_date"] == "2024-02-01"
    assert alliance.to_row()["status_rag"] == "amber"


@pytest.mark.parametrize(
    ("make", "fields", "field", "reason"),
    [
        (Organisation, {"name": ""}, "name", "required"),
        (Organisation, {"name": "A\nB"}, "name", "line_break"),
        (Organisation, {"name": "A\x07B"}, "name", "control_character"),
        (Organisation, {"name": "x" * 201}, "name", "too_long"),
        (Organisation, {"name": 42}, "name", "not_text"),
        (Organisation, {"name": "A", "is_own": "maybe"}, "is_own", "not_a_flag"),
        (Organisation, {"name": "A", "notes": "x" * (NOTE_MAX + 1)}, "notes", "too_long"),
        (Organisation, {"name": "bad \udcff surrogate"}, "name", "unencodable"),
        (
            Alliance,
            {"partner_id": 1, "name": "A", "status_rag": "purple"},
            "status_rag",
            "not_a_choice",
        ),
        (Alliance, {"partner_id": 0, "name": "A"}, "partner_id", "not_an_id"),
        (
            Alliance,
            {"partner_id": 1, "name": "A", "start_date": "31-12-2024"},
            "start_date",
            "not_a_date",
        ),
        (
            Alliance,
            {"partner_id": 1, "name": "A", "start_date": "1850-01-01"},
            "start_date",
            "date_out_of_range",
        ),
        (
            Alliance,
            {
                "partner_id": 1,
                "name": "A",
                "start_date": "2025-01-01",
                "renewal_date": "2024-01-01",
            },
            "renewal_date",
            "before",
        ),
        (
            Alliance,
            {"partner_id": 1, "name": "A", "health_check_interval_days": 3},
            "health_check_interval_days",
            "out_of_range",
        ),
        (
            Goal,
            {"alliance_id": 1, "kind": "ours", "description": "g", "progress": 101},
            "progress",
            "out_of_range",
        ),
        (
            StakeholderAssessment,
            {"stakeholder_id": 1, "assessed_on": "2025-01-01", "power": 11, "interest": 5},
            "power",
            "out_of_range",
        ),
        (
            StakeholderAssessment,
            {"stakeholder_id": 1, "assessed_on": "2025-01-01", "power": 2.5, "interest": 5},
            "power",
            "not_whole_number",
        ),
        (
            StakeholderAssessment,
            {"stakeholder_id": 1, "assessed_on": "2025-01-01", "power": True, "interest": 5},
            "power",
            "not_whole_number",
        ),
        (
            EvaluationScore,
            {"evaluation_id": 1, "dimension_id": 1, "score": 6},
            "score",
            "out_of_range",
        ),
        (
            MaturityScore,
            {"assessment_id": 1, "dimension_id": 1, "level": 0},
            "level",
            "out_of_range",
        ),
        (
            Action,
            {"alliance_id": 1, "title": "t", "completed_on": "2025-01-01"},
            "completed_on",
            "only_when",
        ),
        (
            Action,
            {"alliance_id": 1, "title": "t", "source_evaluation_id": 1, "source_meeting_id": 2},
            "source_meeting_id",
            "at_most_one",
        ),
        (
            Decision,
            {"alliance_id": 1, "title": "t", "decided_on": "2025-01-01"},
            "decided_on",
            "only_when",
        ),
        (Risk, {"alliance_id": 1, "title": "t", "impact": 9}, "impact", "out_of_range"),
    ],
)
def test_invalid_values_are_refused_by_field(
    make: type, fields: dict[str, object], field: str, reason: str
) -> None:
    error = refusal(make, **fields)
    assert (error.record, error.field, error.reason) == (make.TABLE, field, reason)
    message = str(error)
    assert field.replace("_", " ") in message
    assert message.startswith("Invalid ") and message.endswith(".")


def test_the_message_shows_the_refused_value() -> None:
    error = refusal(
        StakeholderAssessment, stakeholder_id=1, assessed_on="2025-01-01", power=12, interest=3
    )
    assert str(error) == ("Invalid stakeholder assessment power 12: it must be from 1 to 10.")


def test_long_values_are_shortened_in_messages() -> None:
    error = refusal(Organisation, name="y" * 500)
    assert len(str(error)) < 200
    assert "500" in str(error)


def test_changes_are_checked_like_new_records() -> None:
    action = Action(alliance_id=1, title="Draft the charter")
    done = action.with_changes(status="done", completed_on="2025-03-01")
    assert done.status is ActionStatus.DONE
    with pytest.raises(ValidationError) as caught:
        action.with_changes(due_date="tomorrow")
    assert caught.value.field == "due_date"
    with pytest.raises(ValidationError) as caught:
        action.with_changes(colour="blue")
    assert caught.value.reason == "unknown_field"


def test_records_are_immutable() -> None:
    assessment = StakeholderAssessment(
        stakeholder_id=1, assessed_on="2025-01-01", power=7, interest=3, attitude="critic"
    )
    assert assessment.attitude is Attitude.CRITIC
    with pytest.raises(dataclasses.FrozenInstanceError):
        assessment.power = 2  # type: ignore[misc]


def test_notes_keep_markup_emoji_and_line_breaks() -> None:
    text = "<b>Bold & brave</b>\r\nשלום 👋🏽\tكلمة"
    organisation = Organisation(name="<Müller & Söhne> 🚀", notes=text)
    assert organisation.name == "<Müller & Söhne> 🚀"
    assert organisation.notes == "<b>Bold & brave</b>\nשלום 👋🏽\tكلمة"


def test_row_round_trip() -> None:
    risk = Risk(
        alliance_id=2, title="Key person leaves", likelihood=2, impact=5, review_date="2026-01-31"
    )
    assert Risk.from_row(risk.to_row()) == risk
    with pytest.raises(ValidationError):
        Risk.from_row({**risk.to_row(), "colour": "red"})


def test_a_new_alliance_is_not_assessed_until_a_status_is_set() -> None:
    new = Alliance(partner_id=1, name="Co-development")
    assert new.status_rag is None
    assert new.to_row()["status_rag"] is None
    assert Alliance.from_row(new.to_row()) == new
    # A blank choice (an empty form field, an empty JSON string) is not assessed too.
    assert Alliance(partner_id=1, name="A", status_rag="  ").status_rag is None

    assessed = new.with_changes(status_rag="red")
    assert assessed.status_rag is Rag.RED
    assert assessed.with_changes(status_rag=None).status_rag is None
    assert refusal(Alliance, partner_id=1, name="A", status_rag="grey").reason == "not_a_choice"
