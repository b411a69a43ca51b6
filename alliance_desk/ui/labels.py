"""Translated labels for the domain's codes, the kinds of record and the workbook's errors.

Codes are stored as stable English identifiers; people see these labels in
their language. ``QT_TRANSLATE_NOOP`` marks them for lupdate; ``label()``
translates at the moment of display, so a language switch takes effect.
The captions of fields and the refusals of their values are in ``field_texts``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from alliance_desk.domain import codes
from alliance_desk.store import errors
from alliance_desk.ui.translation_marks import QT_TRANSLATE_NOOP

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
        (codes.RoundKind, code): text
        for code, text in (
            ("health", QT_TRANSLATE_NOOP("Labels", "Health check")),
            ("maturity", QT_TRANSLATE_NOOP("Labels", "Maturity self-assessment")),
        )
    },
    **{
        (codes.RoundStatus, code): text
        for code, text in (
            ("open", QT_TRANSLATE_NOOP("Labels", "Open")),
            ("closed", QT_TRANSLATE_NOOP("Labels", "Closed")),
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
        (codes.TrainingKind, code): text
        for code, text in (
            ("workshop", QT_TRANSLATE_NOOP("Labels", "Workshop")),
            ("joint_training", QT_TRANSLATE_NOOP("Labels", "Joint training with the partner")),
            ("coaching", QT_TRANSLATE_NOOP("Labels", "Coaching")),
            ("course", QT_TRANSLATE_NOOP("Labels", "Course")),
            ("staff_exchange", QT_TRANSLATE_NOOP("Labels", "Staff exchange")),
            ("other", QT_TRANSLATE_NOOP("Labels", "Other")),
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
    if isinstance(error, errors.UnreadableWorkbook):
        return QCoreApplication.translate(
            "Errors",
            "{path} could not be read from the disk: {detail}. The medium may be damaged or "
            "was removed. Nothing was changed; what is shown stays until it can be read again.",
        ).format(path=path, detail=params.get("detail", ""))
    if isinstance(error, errors.StorageFailure):
        return QCoreApplication.translate(
            "Errors", "{path} could not be used: {detail}. Nothing was lost."
        ).format(path=path, detail=params.get("detail", ""))
    return str(error)


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
    "development_plan": QT_TRANSLATE_NOOP("Records", "Development plan"),
    "development_target": QT_TRANSLATE_NOOP("Records", "Development target"),
    "skill_assessment": QT_TRANSLATE_NOOP("Records", "Skills assessment"),
    "skill_score": QT_TRANSLATE_NOOP("Records", "Skill level"),
    "training": QT_TRANSLATE_NOOP("Records", "Training or coaching"),
    "training_skill": QT_TRANSLATE_NOOP("Records", "Skill addressed by training"),
    "meeting": QT_TRANSLATE_NOOP("Records", "Meeting"),
    "action": QT_TRANSLATE_NOOP("Records", "Action"),
    "decision": QT_TRANSLATE_NOOP("Records", "Decision"),
    "risk": QT_TRANSLATE_NOOP("Records", "Risk"),
}


def record_name(table: str) -> str:
    """The translated name of a kind of record (a table)."""
    text = _RECORD_NAMES.get(table)
    return QCoreApplication.translate("Records", text) if text else table
