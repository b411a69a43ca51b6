"""The spreadsheet import's words in the interface language: what a sheet can hold, the
captions of its fields, what happens to a row, why a row or a whole file is refused.

The domain and the store give stable reason keys with their ``params``
(:class:`~alliance_desk.domain.sheet_preview.Problem`,
:class:`~alliance_desk.store.response_files.FileRefused`); the sentences are here,
marked with ``QT_TRANSLATE_NOOP`` and translated when shown, as the response import
does (``dialogs/responses.py``). A reason unknown here falls back to the store's
English sentence, never to nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from alliance_desk.domain.sheet_fields import Kind, Target, field_of
from alliance_desk.domain.sheet_preview import (
    ASSESSMENT_FIELDS,
    RECORD_TYPES,
    Problem,
    RowStatus,
)
from alliance_desk.domain.sheet_values import CHOICE_CODES
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import sheet_files
from alliance_desk.store.response_files import FileRefused
from alliance_desk.ui import notation
from alliance_desk.ui.field_texts import describe_validation, field_label
from alliance_desk.ui.labels import label
from alliance_desk.ui.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "SheetImport"

TARGETS = {
    Target.ORGANISATIONS: QT_TRANSLATE_NOOP("SheetImport", "Organisations"),
    Target.STAKEHOLDERS: QT_TRANSLATE_NOOP("SheetImport", "Stakeholders"),
    Target.ACTIONS: QT_TRANSLATE_NOOP("SheetImport", "Actions"),
    Target.DECISIONS: QT_TRANSLATE_NOOP("SheetImport", "Decisions"),
    Target.RISKS: QT_TRANSLATE_NOOP("SheetImport", "Risks"),
}

STATUSES = {
    RowStatus.ADD: QT_TRANSLATE_NOOP("SheetImport", "Add"),
    RowStatus.UPDATE: QT_TRANSLATE_NOOP("SheetImport", "Update"),
    RowStatus.SKIP: QT_TRANSLATE_NOOP("SheetImport", "Skip"),
    RowStatus.REFUSE: QT_TRANSLATE_NOOP("SheetImport", "Refused"),
}

# A CSV's encodings as the store names them, and as people know them.
ENCODINGS = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 (BOM)"),
    ("cp1252", QT_TRANSLATE_NOOP("SheetImport", "Windows-1252 (Western Europe)")),
)

# The fields that only steer the import, and the stakeholder's side as a sheet names it.
_STEERING = {
    "alliance": QT_TRANSLATE_NOOP("SheetImport", "Alliance (its name)"),
    "organisation": QT_TRANSLATE_NOOP("SheetImport", "Organisation (its name)"),
    "side": QT_TRANSLATE_NOOP("SheetImport", "Side (ours or the partner's)"),
}

# Why a row is refused, by the preview's reason key; {value} is the cell as written.
PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("SheetImport", "a value is required"),
    "not_a_date": QT_TRANSLATE_NOOP(
        "SheetImport", "“{value}” is not a date (31-12-2026, 2026-12-31 or 12/31/2026)"
    ),
    "ambiguous_date": QT_TRANSLATE_NOOP(
        "SheetImport", "“{value}” reads as two dates: say whether the day or the month comes first"
    ),
    "not_a_scale": QT_TRANSLATE_NOOP(
        "SheetImport", "“{value}” is not a point from 1 to {maximum} (or very low … very high)"
    ),
    "not_a_flag": QT_TRANSLATE_NOOP("SheetImport", "“{value}” is not yes or no"),
    "not_a_choice": QT_TRANSLATE_NOOP("SheetImport", "“{value}” is not one of: {choices}"),
    "unknown_alliance": QT_TRANSLATE_NOOP("SheetImport", "there is no alliance named “{value}”"),
    "no_alliance": QT_TRANSLATE_NOOP(
        "SheetImport", "the row belongs to no alliance (choose one, or map an alliance column)"
    ),
    "side_conflict": QT_TRANSLATE_NOOP(
        "SheetImport", "the organisation “{value}” is not on the side given"
    ),
    "assessment_incomplete": QT_TRANSLATE_NOOP(
        "SheetImport", "power and interest are given together or not at all"
    ),
    "second_sponsor": QT_TRANSLATE_NOOP(
        "SheetImport", "this side of the alliance has a sponsor already (one per side)"
    ),
}

# Why a whole file is refused, by the store's reason key.
FILE_REASONS = {
    "too_large": QT_TRANSLATE_NOOP(
        "SheetImport", "the file is too large (at most {limit} MB is read)"
    ),
    "unreadable": QT_TRANSLATE_NOOP("SheetImport", "the file is damaged or cannot be read"),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "SheetImport", "it would unpack to far more than a spreadsheet holds (a zip bomb?)"
    ),
    "xml_entities": QT_TRANSLATE_NOOP(
        "SheetImport",
        "it declares XML entities, which no spreadsheet program writes (an XML attack?)",
    ),
    "not_a_sheet": QT_TRANSLATE_NOOP("SheetImport", "it is neither a CSV nor an XLSX file"),
    "wrong_encoding": QT_TRANSLATE_NOOP(
        "SheetImport", "the file cannot be read as {encoding}: choose another encoding"
    ),
    "no_such_sheet": QT_TRANSLATE_NOOP("SheetImport", "the file has no sheet of that name"),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "SheetImport", "the file has more than {rows} rows, more than is read"
    ),
    "empty": QT_TRANSLATE_NOOP("SheetImport", "the file holds no rows"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def target_name(target: Target) -> str:
    return tr(TARGETS[target])


def encoding_name(code: str) -> str:
    """A CSV encoding as people know it."""
    return tr(dict(ENCODINGS).get(code, code)) if code in dict(ENCODINGS) else code


def status_name(status: RowStatus) -> str:
    return tr(STATUSES[status])


def field_caption(target: Target, field: str) -> str:
    """A field of ``target`` as the import names it (the form's caption where it has one)."""
    if field in _STEERING:
        return tr(_STEERING[field])
    table = "stakeholder_assessment" if field in ASSESSMENT_FIELDS else RECORD_TYPES[target].TABLE
    return field_label(table, field)


def _choices(target: Target, field: str) -> str:
    """The words a choice field takes, as the interface names them."""
    vocabulary = f"{target.value[:-1]}_status" if field == "status" else field
    codes = CHOICE_CODES.get(vocabulary)
    try:
        kind = field_of(target, field).kind
    except KeyError:  # a column of the record that no sheet column fills
        return ""
    if codes is None or kind is not Kind.CHOICE:
        return ""
    return ", ".join(label(member) for member in codes)


def problem_reason(target: Target, problem: Problem) -> str:
    """Why the row is refused (the preview names the row and the column beside it)."""
    template = PROBLEMS.get(problem.reason)
    if template is not None and not (
        problem.reason == "not_a_choice" and "choices" not in problem.params
    ):
        params = {key: str(value) for key, value in problem.params.items()}
        if "choices" in params:
            params["choices"] = _choices(target, problem.field) or params["choices"]
        try:
            return tr(template).format(value=problem.value, **params)
        except (KeyError, IndexError):
            return problem.sentence
    # A rule of the record itself: the form's own sentence, without its field caption.
    table = "stakeholder_assessment" if problem.field in ASSESSMENT_FIELDS else ""
    error = ValidationError(
        table or RECORD_TYPES[target].TABLE,
        problem.field,
        problem.value,
        problem.reason,
        **dict(problem.params),
    )
    text = describe_validation(error)
    caption = field_label(error.record, error.field)
    return text.removeprefix(f"{caption}: ").rstrip(".") or problem.sentence


def file_reason(refused: FileRefused) -> str:
    """Why the file cannot be imported, in the interface language."""
    template = FILE_REASONS.get(refused.reason)
    if template is None:
        return str(refused)
    params = {key: str(value) for key, value in refused.params.items()}
    params.setdefault("limit", notation.count(sheet_files.FILE_MAX // 1024 // 1024))
    params.setdefault("rows", notation.count(sheet_files.ROWS_MAX))
    params["encoding"] = encoding_name(params.get("encoding", ""))
    try:
        return tr(template).format(**params)
    except (KeyError, IndexError):
        return str(refused)
