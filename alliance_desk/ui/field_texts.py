"""Captions of the records' fields, and the sentences that refuse a value of one.

A refused value (a :class:`~alliance_desk.domain.validation.ValidationError`)
is told in the user's language and names the field by the caption the form
shows. ``QT_TRANSLATE_NOOP`` marks the texts for lupdate; they are translated
at the moment of display, so a language switch takes effect.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from alliance_desk.domain.validation import ValidationError
from alliance_desk.ui.translation_marks import QT_TRANSLATE_NOOP

# Field captions, by table and column; a column without its own caption uses the
# general one under the empty table name.
FIELD_CAPTIONS: dict[tuple[str, str], str] = {
    ("", "name"): QT_TRANSLATE_NOOP("Fields", "Name"),
    ("", "notes"): QT_TRANSLATE_NOOP("Fields", "Notes"),
    ("", "description"): QT_TRANSLATE_NOOP("Fields", "Description"),
    ("", "title"): QT_TRANSLATE_NOOP("Fields", "Title"),
    ("", "owner"): QT_TRANSLATE_NOOP("Fields", "Owner"),
    ("", "status"): QT_TRANSLATE_NOOP("Fields", "Status"),
    ("", "due_date"): QT_TRANSLATE_NOOP("Fields", "Due date"),
    ("", "note"): QT_TRANSLATE_NOOP("Fields", "Note"),
    ("", "comment"): QT_TRANSLATE_NOOP("Fields", "Comment"),
    ("", "remarks"): QT_TRANSLATE_NOOP("Fields", "Remarks"),
    ("", "kind"): QT_TRANSLATE_NOOP("Fields", "Kind"),
    ("organisation", "sector"): QT_TRANSLATE_NOOP("Fields", "Sector"),
    ("organisation", "country"): QT_TRANSLATE_NOOP("Fields", "Country"),
    ("organisation", "website"): QT_TRANSLATE_NOOP("Fields", "Website"),
    ("alliance", "alliance_type"): QT_TRANSLATE_NOOP("Fields", "Type of alliance"),
    ("alliance", "lifecycle_stage"): QT_TRANSLATE_NOOP("Fields", "Lifecycle stage"),
    ("alliance", "status_rag"): QT_TRANSLATE_NOOP("Fields", "Status"),
    ("alliance", "status_reason"): QT_TRANSLATE_NOOP("Fields", "Status in one sentence"),
    ("alliance", "start_date"): QT_TRANSLATE_NOOP("Fields", "Start date"),
    ("alliance", "renewal_date"): QT_TRANSLATE_NOOP("Fields", "Renewal date"),
    ("alliance", "contract_reference"): QT_TRANSLATE_NOOP("Fields", "Contract reference"),
    ("alliance", "our_resources"): QT_TRANSLATE_NOOP("Fields", "Resources we bring"),
    ("alliance", "partner_resources"): QT_TRANSLATE_NOOP("Fields", "Resources the partner brings"),
    ("alliance", "health_check_interval_days"): QT_TRANSLATE_NOOP(
        "Fields", "Days between health checks"
    ),
    ("goal", "kind"): QT_TRANSLATE_NOOP("Fields", "Whose goal"),
    ("goal", "description"): QT_TRANSLATE_NOOP("Fields", "Goal"),
    ("goal", "measure"): QT_TRANSLATE_NOOP("Fields", "Measure"),
    ("goal", "target_date"): QT_TRANSLATE_NOOP("Fields", "Target date"),
    ("goal", "progress"): QT_TRANSLATE_NOOP("Fields", "Progress (%)"),
    ("stakeholder", "side"): QT_TRANSLATE_NOOP("Fields", "Organisation"),
    ("stakeholder", "department"): QT_TRANSLATE_NOOP("Fields", "Department"),
    ("stakeholder", "role"): QT_TRANSLATE_NOOP("Fields", "Role"),
    ("stakeholder", "seniority"): QT_TRANSLATE_NOOP("Fields", "Seniority"),
    ("stakeholder", "direction"): QT_TRANSLATE_NOOP("Fields", "Direction"),
    ("stakeholder", "is_sponsor"): QT_TRANSLATE_NOOP("Fields", "Executive sponsor"),
    ("stakeholder", "email"): QT_TRANSLATE_NOOP("Fields", "E-mail"),
    ("stakeholder", "phone"): QT_TRANSLATE_NOOP("Fields", "Phone"),
    ("stakeholder_assessment", "assessed_on"): QT_TRANSLATE_NOOP("Fields", "Assessed on"),
    ("stakeholder_assessment", "power"): QT_TRANSLATE_NOOP("Fields", "Power (1–10)"),
    ("stakeholder_assessment", "interest"): QT_TRANSLATE_NOOP("Fields", "Interest (1–10)"),
    ("stakeholder_assessment", "attitude"): QT_TRANSLATE_NOOP("Fields", "Attitude"),
    ("counterpart", "function"): QT_TRANSLATE_NOOP("Fields", "Function"),
    ("counterpart", "escalation_level"): QT_TRANSLATE_NOOP("Fields", "Escalation level (1–3)"),
    ("evaluation", "evaluated_on"): QT_TRANSLATE_NOOP("Fields", "Date"),
    ("evaluation", "respondent_side"): QT_TRANSLATE_NOOP("Fields", "Answered by"),
    ("evaluation", "respondent"): QT_TRANSLATE_NOOP("Fields", "Respondent"),
    ("evaluation_score", "score"): QT_TRANSLATE_NOOP("Fields", "Score (1–5)"),
    ("pulse_check", "checked_on"): QT_TRANSLATE_NOOP("Fields", "Date"),
    ("pulse_check", "rag"): QT_TRANSLATE_NOOP("Fields", "Status"),
    ("maturity_assessment", "assessed_on"): QT_TRANSLATE_NOOP("Fields", "Assessed on"),
    ("maturity_assessment", "assessor"): QT_TRANSLATE_NOOP("Fields", "Assessed by"),
    ("maturity_score", "level"): QT_TRANSLATE_NOOP("Fields", "Level (1–5)"),
    ("framework_dimension", "required_level"): QT_TRANSLATE_NOOP("Fields", "Required level (1–5)"),
    ("skill_assessment", "assessed_on"): QT_TRANSLATE_NOOP("Fields", "Assessed on"),
    ("skill_assessment", "assessor"): QT_TRANSLATE_NOOP("Fields", "Assessed by"),
    ("skill_score", "level"): QT_TRANSLATE_NOOP("Fields", "Level (1–5)"),
    ("training", "received_on"): QT_TRANSLATE_NOOP("Fields", "Date"),
    ("training", "kind"): QT_TRANSLATE_NOOP("Fields", "Kind of support"),
    ("training", "provider"): QT_TRANSLATE_NOOP("Fields", "Given by"),
    ("meeting", "held_on"): QT_TRANSLATE_NOOP("Fields", "Date"),
    ("development_target", "target_level"): QT_TRANSLATE_NOOP("Fields", "Target level (1–5)"),
    ("development_target", "target_date"): QT_TRANSLATE_NOOP("Fields", "Target date"),
    ("action", "development_target_id"): QT_TRANSLATE_NOOP("Fields", "Development target"),
    ("action", "completed_on"): QT_TRANSLATE_NOOP("Fields", "Completed on"),
    ("decision", "asked_of"): QT_TRANSLATE_NOOP("Fields", "Asked of"),
    ("decision", "recommendation"): QT_TRANSLATE_NOOP("Fields", "Recommendation"),
    ("decision", "deadline"): QT_TRANSLATE_NOOP("Fields", "Deadline"),
    ("decision", "decided_on"): QT_TRANSLATE_NOOP("Fields", "Decided on"),
    ("decision", "decided_by"): QT_TRANSLATE_NOOP("Fields", "Decided by"),
    ("decision", "outcome"): QT_TRANSLATE_NOOP("Fields", "Outcome"),
    ("risk", "likelihood"): QT_TRANSLATE_NOOP("Fields", "Likelihood (1–5)"),
    ("risk", "impact"): QT_TRANSLATE_NOOP("Fields", "Impact (1–5)"),
    ("risk", "mitigation"): QT_TRANSLATE_NOOP("Fields", "Mitigation"),
    ("risk", "review_date"): QT_TRANSLATE_NOOP("Fields", "Review date"),
    ("action", "source_round_id"): QT_TRANSLATE_NOOP("Fields", "Source round"),
    ("questionnaire_round", "held_on"): QT_TRANSLATE_NOOP("Fields", "Date"),
    ("questionnaire_round", "deadline"): QT_TRANSLATE_NOOP("Fields", "Deadline"),
    ("questionnaire_round", "respondents"): QT_TRANSLATE_NOOP("Fields", "Respondents"),
    ("round_respondent", "department"): QT_TRANSLATE_NOOP("Fields", "Department"),
    ("round_respondent", "role"): QT_TRANSLATE_NOOP("Fields", "Role"),
}


def field_label(table: str, field: str) -> str:
    """The translated caption of a field."""
    text = FIELD_CAPTIONS.get((table, field)) or FIELD_CAPTIONS.get(("", field))
    if text is None:
        return field.replace("_", " ").capitalize()
    return QCoreApplication.translate("Fields", text)


_REASONS = {
    "required": QT_TRANSLATE_NOOP("Validation", "{field}: a value is required."),
    "not_text": QT_TRANSLATE_NOOP("Validation", "{field}: text is expected."),
    "control_character": QT_TRANSLATE_NOOP(
        "Validation", "{field}: remove the invisible control character."
    ),
    "line_break": QT_TRANSLATE_NOOP("Validation", "{field}: this must fit on one line."),
    "too_long": QT_TRANSLATE_NOOP(
        "Validation", "{field}: at most {maximum} characters are allowed; this has {length}."
    ),
    "not_whole_number": QT_TRANSLATE_NOOP("Validation", "{field}: a whole number is expected."),
    "out_of_range": QT_TRANSLATE_NOOP(
        "Validation", "{field}: {value} is not allowed; use {minimum} to {maximum}."
    ),
    "not_a_date": QT_TRANSLATE_NOOP("Validation", "{field}: a date like 2026-03-31 is expected."),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "Validation", "{field}: the year must be from 1900 to 2200."
    ),
    "not_a_choice": QT_TRANSLATE_NOOP("Validation", "{field}: choose one of the options."),
    "before": QT_TRANSLATE_NOOP(
        "Validation", "{field}: {value} is before the {other} ({other_value})."
    ),
    "only_when": QT_TRANSLATE_NOOP(
        "Validation", "{field}: only allowed when the {other} is {other_value}."
    ),
    "conflict": QT_TRANSLATE_NOOP("Validation", "{field}: {detail}."),
    "missing_reference": QT_TRANSLATE_NOOP(
        "Validation", "{field}: the {target} it refers to no longer exists."
    ),
    "still_referenced": QT_TRANSLATE_NOOP(
        "Validation", "Other records still refer to this one; remove or move those first."
    ),
    "at_most_one": QT_TRANSLATE_NOOP("Validation", "{field}: only one of {fields} can be set."),
}


def describe_validation(error: ValidationError) -> str:
    """A refused value as a translated sentence that names the field."""
    template = _REASONS.get(error.reason)
    if template is None:
        return str(error)
    params = dict(error.params)
    if "other" in params:  # another field of the same record, named in the user's language
        params["other"] = field_label(error.record, str(params["other"]).replace(" ", "_"))
    return QCoreApplication.translate("Validation", template).format(
        field=field_label(error.record, error.field), value=error.value, **params
    )
