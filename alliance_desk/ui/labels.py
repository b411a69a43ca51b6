"""Translated labels for the domain's codes and for the errors of the layers below.

Codes are stored as stable English identifiers; people see these labels in
their language. ``QT_TRANSLATE_NOOP`` marks them for lupdate; ``label()``
translates at the moment of display, so a language switch takes effect.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from alliance_desk.domain import codes
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import errors

CONTEXT = "Labels"


# (enumeration, code) -> English label; the enumeration keeps "partner" the side apart
# from "partner" the goal kind.
_LABELS: dict[tuple[type[StrEnum], str], str] = {
    **{
        (codes.LifecycleStage, code): text
        for code, text in (
            ("operational_awareness", QT_TRANSLATE_NOOP("Labels", "Operational awareness")),
            ("knowledge", QT_TRANSLATE_NOOP("Labels", "Knowledge")),
            ("internal_assessment", QT_TRANSLATE_NOOP("Labels", "Internal assessment")),
            ("partner_selection", QT_TRANSLATE_NOOP("Labels", "Partner selection")),
            ("working_together", QT_TRANSLATE_NOOP("Labels", "Working together")),
            ("value_creation", QT_TRANSLATE_NOOP("Labels", "Value creation")),
            ("staying_together", QT_TRANSLATE_NOOP("Labels", "Staying together")),
            ("exit_strategy", QT_TRANSLATE_NOOP("Labels", "Exit strategy")),
        )
    },
    **{
        (codes.AllianceType, code): text
        for code, text in (
            ("co_development", QT_TRANSLATE_NOOP("Labels", "Co-development")),
            ("distribution", QT_TRANSLATE_NOOP("Labels", "Distribution")),
            ("joint_venture", QT_TRANSLATE_NOOP("Labels", "Joint venture")),
            ("licensing", QT_TRANSLATE_NOOP("Labels", "Licensing")),
            ("co_marketing", QT_TRANSLATE_NOOP("Labels", "Co-marketing")),
            ("supply", QT_TRANSLATE_NOOP("Labels", "Supply")),
            ("research", QT_TRANSLATE_NOOP("Labels", "Research")),
            ("public_private", QT_TRANSLATE_NOOP("Labels", "Public-private")),
            ("other", QT_TRANSLATE_NOOP("Labels", "Other")),
        )
    },
    **{
        (codes.Rag, code): text
        for code, text in (
            ("green", QT_TRANSLATE_NOOP("Labels", "Green")),
            ("amber", QT_TRANSLATE_NOOP("Labels", "Amber")),
            ("red", QT_TRANSLATE_NOOP("Labels", "Red")),
        )
    },
    **{
        (codes.Side, code): text
        for code, text in (
            ("us", QT_TRANSLATE_NOOP("Labels", "Our organisation")),
            ("partner", QT_TRANSLATE_NOOP("Labels", "Partner organisation")),
        )
    },
    **{
        (codes.RespondentSide, code): text
        for code, text in (
            ("us", QT_TRANSLATE_NOOP("Labels", "Us")),
            ("partner", QT_TRANSLATE_NOOP("Labels", "Partner")),
            ("joint", QT_TRANSLATE_NOOP("Labels", "Joint")),
        )
    },
    **{
        (codes.GoalKind, code): text
        for code, text in (
            ("ours", QT_TRANSLATE_NOOP("Labels", "Our goals")),
            ("partner", QT_TRANSLATE_NOOP("Labels", "The partner's goals")),
            ("shared", QT_TRANSLATE_NOOP("Labels", "Shared goals")),
        )
    },
    **{
        (codes.Attitude, code): text
        for code, text in (
            ("champion", QT_TRANSLATE_NOOP("Labels", "Champion")),
            ("supporter", QT_TRANSLATE_NOOP("Labels", "Supporter")),
            ("neutral", QT_TRANSLATE_NOOP("Labels", "Neutral")),
            ("critic", QT_TRANSLATE_NOOP("Labels", "Critic")),
            ("blocker", QT_TRANSLATE_NOOP("Labels", "Blocker")),
        )
    },
    **{
        (codes.Direction, code): text
        for code, text in (
            ("upwards", QT_TRANSLATE_NOOP("Labels", "Upwards (senior management)")),
            ("sidewards", QT_TRANSLATE_NOOP("Labels", "Sidewards (peer departments)")),
            ("downwards", QT_TRANSLATE_NOOP("Labels", "Downwards (own team)")),
            ("outwards", QT_TRANSLATE_NOOP("Labels", "Outwards (partner, external)")),
        )
    },
    **{
        (codes.Seniority, code): text
        for code, text in (
            ("executive", QT_TRANSLATE_NOOP("Labels", "Executive")),
            ("senior", QT_TRANSLATE_NOOP("Labels", "Senior management")),
            ("middle", QT_TRANSLATE_NOOP("Labels", "Middle management")),
            ("operational", QT_TRANSLATE_NOOP("Labels", "Operational")),
        )
    },
    **{
        (codes.MeetingKind, code): text
        for code, text in (
            ("steering_committee", QT_TRANSLATE_NOOP("Labels", "Steering committee")),
            ("executive_review", QT_TRANSLATE_NOOP("Labels", "Executive review")),
            ("operational_review", QT_TRANSLATE_NOOP("Labels", "Operational review")),
            ("workshop", QT_TRANSLATE_NOOP("Labels", "Workshop")),
        )
    },
    **{
        (codes.ActionStatus, code): text
        for code, text in (
            ("open", QT_TRANSLATE_NOOP("Labels", "Open")),
            ("in_progress", QT_TRANSLATE_NOOP("Labels", "In progress")),
            ("done", QT_TRANSLATE_NOOP("Labels", "Done")),
            ("cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")),
        )
    },
    **{
        (codes.DecisionStatus, code): text
        for code, text in (
            ("pending", QT_TRANSLATE_NOOP("Labels", "Asked, awaiting decision")),
            ("decided", QT_TRANSLATE_NOOP("Labels", "Decided")),
            ("withdrawn", QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
        )
    },
    **{
        (codes.RiskStatus, code): text
        for code, text in (
            ("open", QT_TRANSLATE_NOOP("Labels", "Open")),
            ("mitigating", QT_TRANSLATE_NOOP("Labels", "Being mitigated")),
            ("closed", QT_TRANSLATE_NOOP("Labels", "Closed")),
        )
    },
}


# An alliance whose status nobody has set yet (stored as NULL).
NOT_ASSESSED = QT_TRANSLATE_NOOP("Labels", "Not assessed")

# The word an optional choice shows when it is not made, by enumeration ("" elsewhere).
_UNSET: dict[type[StrEnum], str] = {codes.Rag: NOT_ASSESSED}


def unset_label(codes_type: type[StrEnum]) -> str:
    """What an optional choice of ``codes_type`` reads as when nothing is chosen."""
    text = _UNSET.get(codes_type)
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def rag_label(rag: codes.Rag | None) -> str:
    """A status as people read it: "Not assessed" when nobody has set one."""
    return unset_label(codes.Rag) if rag is None else label(rag)


def label(code: StrEnum) -> str:
    """The translated label of a code (the code itself if it has none)."""
    text = _LABELS.get((type(code), code.value))
    return QCoreApplication.translate(CONTEXT, text) if text else code.value


def choices(codes_type: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, code) pairs in the enumeration's order, for combo boxes."""
    return [(label(member), member) for member in codes_type]


def describe_error(error: errors.WorkbookError) -> str:
    """A workbook error as a translated sentence for a dialog."""
    path = str(error.path)
    params = error.params
    if isinstance(error, errors.WorkbookNotFound):
        return QCoreApplication.translate("Errors", "There is no file {path}.").format(path=path)
    if isinstance(error, errors.NotAWorkbook):
        kind = params["kind"]
        if kind == "empty":
            text = QCoreApplication.translate(
                "Errors", "{path} is empty, so it is not an alliance_desk workbook."
            )
        elif kind == "folder":
            text = QCoreApplication.translate(
                "Errors", "{path} is a folder, not an alliance_desk workbook."
            )
        elif kind == "foreign":
            text = QCoreApplication.translate(
                "Errors",
                "{path} is an SQLite database that alliance_desk did not make. "
                "It was not opened and nothing was changed.",
            )
        else:
            text = QCoreApplication.translate("Errors", "{path} is not an alliance_desk workbook.")
        return text.format(path=path)
    if isinstance(error, errors.NewerWorkbook):
        return QCoreApplication.translate(
            "Errors",
            "{path} was saved by a newer version of alliance_desk (file format {found}, "
            "this version reads up to {supported}). Update alliance_desk to open it. "
            "The file was not changed.",
        ).format(path=path, **params)
    if isinstance(error, errors.DamagedWorkbook):
        if error.newest_backup is None:
            advice = QCoreApplication.translate(
                "Errors", "No good backup was found. The file was left as it is."
            )
        else:
            advice = QCoreApplication.translate(
                "Errors",
                "The newest good backup is {backup}. "
                "Restore it with the command 'alliance-desk restore'.",
            ).format(backup=error.newest_backup)
        return QCoreApplication.translate("Errors", "{path} is damaged ({detail}).").format(
            path=path, **params
        ) + (" " + advice)
    if isinstance(error, errors.WorkbookInUse):
        return QCoreApplication.translate(
            "Errors",
            "{path} is already open in another alliance_desk window ({holder}). "
            "Close it there first. Nothing was changed.",
        ).format(path=path, **params)
    if isinstance(error, errors.WorkbookExists):
        return QCoreApplication.translate(
            "Errors", "{path} already exists. Choose another name."
        ).format(path=path)
    if isinstance(error, errors.DamagedJournal):
        return QCoreApplication.translate(
            "Errors",
            "The last changes to {path} could not be recovered after a crash: its journal "
            "(the -wal file, last written {written_at}) is damaged, and the saved changes "
            "after the damage ({lost}) are lost. Every change before the damage is there; "
            "a copy of the journal is in {copy}.",
        ).format(path=path, **{key: params[key] for key in ("written_at", "lost", "copy")})
    if isinstance(error, errors.ReadOnlyWorkbook):
        return QCoreApplication.translate(
            "Errors",
            "{path} is on read-only media: changes cannot be saved. "
            "Copy it to a writable folder to change it.",
        ).format(path=path)
    if isinstance(error, errors.StorageFailure):
        return QCoreApplication.translate(
            "Errors", "{path} could not be used: {detail}. Nothing was lost."
        ).format(path=path, detail=params.get("detail", ""))
    return str(error)


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
    ("meeting", "held_on"): QT_TRANSLATE_NOOP("Fields", "Date"),
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


_RECORD_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("Records", "Organisation"),
    "alliance": QT_TRANSLATE_NOOP("Records", "Alliance"),
    "goal": QT_TRANSLATE_NOOP("Records", "Goal"),
    "stakeholder": QT_TRANSLATE_NOOP("Records", "Stakeholder"),
    "stakeholder_assessment": QT_TRANSLATE_NOOP("Records", "Stakeholder assessment"),
    "counterpart": QT_TRANSLATE_NOOP("Records", "Counterpart link"),
    "framework": QT_TRANSLATE_NOOP("Records", "Framework"),
    "framework_dimension": QT_TRANSLATE_NOOP("Records", "Dimension"),
    "framework_level": QT_TRANSLATE_NOOP("Records", "Scale level"),
    "evaluation": QT_TRANSLATE_NOOP("Records", "Health check"),
    "evaluation_score": QT_TRANSLATE_NOOP("Records", "Health check score"),
    "pulse_check": QT_TRANSLATE_NOOP("Records", "Pulse check"),
    "maturity_assessment": QT_TRANSLATE_NOOP("Records", "Maturity assessment"),
    "maturity_score": QT_TRANSLATE_NOOP("Records", "Maturity score"),
    "meeting": QT_TRANSLATE_NOOP("Records", "Meeting"),
    "action": QT_TRANSLATE_NOOP("Records", "Action"),
    "decision": QT_TRANSLATE_NOOP("Records", "Decision"),
    "risk": QT_TRANSLATE_NOOP("Records", "Risk"),
}


def record_name(table: str) -> str:
    """The translated name of a kind of record (a table)."""
    text = _RECORD_NAMES.get(table)
    return QCoreApplication.translate("Records", text) if text else table
