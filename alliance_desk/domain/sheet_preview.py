"""The preview of a spreadsheet import: every row as it will be stored, and what happens to it.

:func:`build_preview` turns the sheet's rows, the column mapping and what the
workbook holds (:class:`WorkbookFacts`) into a :class:`Preview`: per row the
checked record (and, for a stakeholder with power and interest, its first
assessment), a :class:`RowStatus` (add, update, skip, refuse), the problems
naming row and column, and duplicates against the workbook and earlier rows
of the file. The person (or ``--duplicates``) chooses per row; the store
applies the preview (:mod:`alliance_desk.store.sheet_import`). Pure: no I/O.

Duplicate keys, with case, accents, spacing and punctuation ignored
(:func:`~alliance_desk.domain.sheet_fields.fold`): an organisation by name; a
stakeholder by name within its alliance and organisation (the side: ours or
the partner's); an action, decision or risk by title within its alliance.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from alliance_desk.domain.follow_up import Action, Decision, Risk
from alliance_desk.domain.partners import Organisation
from alliance_desk.domain.record import Record
from alliance_desk.domain.sheet_fields import FIELDS, Kind, Target, field_of, fold
from alliance_desk.domain.sheet_values import (
    CellRefused,
    DateOrder,
    parse_choice,
    parse_date,
    parse_flag,
    parse_scale,
    text_of,
)
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.domain.validation import ValidationError

RECORD_TYPES: dict[Target, type[Record]] = {
    Target.ORGANISATIONS: Organisation,
    Target.STAKEHOLDERS: Stakeholder,
    Target.ACTIONS: Action,
    Target.DECISIONS: Decision,
    Target.RISKS: Risk,
}
_STATUS_WORDS = {
    Target.ACTIONS: "action_status",
    Target.DECISIONS: "decision_status",
    Target.RISKS: "risk_status",
}
ASSESSMENT_FIELDS = ("power", "interest", "attitude", "assessed_on")

Key = tuple[object, ...]


class RowStatus(StrEnum):
    ADD = "add"
    UPDATE = "update"  # the workbook's duplicate gets the row's values
    SKIP = "skip"
    REFUSE = "refuse"  # fails the app's rules; never stored


class Duplicates(StrEnum):
    """What happens to a row that duplicates a record (or an earlier row), unless chosen."""

    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"


@dataclasses.dataclass(frozen=True)
class Problem:
    row: int  # the sheet's row number, as the spreadsheet program shows it
    column: str | None  # the header of the column, None when no column holds the field
    field: str
    reason: str  # a stable key: required, not_a_date, ambiguous_date, not_a_scale, …
    value: object
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    sentence: str = ""  # English, for the command line

    def __str__(self) -> str:
        where = f"column '{self.column}'" if self.column else f"no column holds {self.field}"
        return f"row {self.row}, {where}: {self.sentence}"


@dataclasses.dataclass(frozen=True)
class WorkbookFacts:
    """What the preview needs to know of the workbook (read by the store)."""

    alliances: Mapping[str, int]  # folded name -> id
    partners: Mapping[int, str]  # alliance id -> the partner organisation's name
    own_organisation: str | None  # our organisation's name, None if not recorded
    organisations: Mapping[str, int]  # folded name -> id
    existing: Mapping[Key, int]  # duplicate key -> the record's id
    sponsors: Mapping[tuple[int, str], int] = dataclasses.field(default_factory=dict)
    # (alliance id, side) -> the stakeholder who is that side's sponsor


@dataclasses.dataclass
class PreviewRow:
    row: int
    record: Record | None  # the record as it will be stored (None: refused)
    assessment: dict[str, Any] | None  # a stakeholder's first assessment's fields
    given: frozenset[str]  # the fields the row gives a value (an update changes only these)
    problems: list[Problem]
    key: Key | None = None
    duplicate_of: int | None = None  # the workbook's record with the same key
    same_as_row: int | None = None  # an earlier row of the file with the same key
    organisation: str | None = None  # a stakeholder's organisation as named in the sheet
    choice: RowStatus | None = None  # the person's choice; None: the default

    default: RowStatus = RowStatus.ADD

    @property
    def status(self) -> RowStatus:
        return self.choice or self.default

    def choices(self) -> tuple[RowStatus, ...]:
        """What the person may choose for this row."""
        if self.problems:
            return (RowStatus.REFUSE,)
        if self.same_as_row is not None and self.duplicate_of is None:
            return (RowStatus.SKIP, RowStatus.ADD)
        if self.duplicate_of is not None:
            return (RowStatus.SKIP, RowStatus.UPDATE, RowStatus.ADD)
        return (RowStatus.ADD, RowStatus.SKIP)


@dataclasses.dataclass
class Preview:
    target: Target
    headers: list[str]
    mapping: dict[int, str]  # column index -> field
    rows: list[PreviewRow]
    new_organisations: list[str]  # named in a stakeholder sheet, not in the workbook yet
    create_organisations: set[str]  # those of them to create (default: all)
    date_order: DateOrder | None
    ambiguous_dates: bool  # some date read both ways and no order was given: ask

    def choose(self, row: int, status: RowStatus) -> None:
        """Set what happens to the sheet's row number ``row`` (one of its ``choices()``)."""
        found = next(item for item in self.rows if item.row == row)
        if status not in found.choices():
            raise ValueError(f"row {row} cannot be {status.value}")
        found.choice = status

    def counts(self) -> dict[RowStatus, int]:
        found = dict.fromkeys(RowStatus, 0)
        for item in self.rows:
            found[item.status] += 1
        return found

    @property
    def problems(self) -> list[Problem]:
        return [problem for item in self.rows for problem in item.problems]


_SENTENCES = {
    "required": "a value is required",
    "not_a_date": "{value!r} is not a date (31-12-2026, 2026-12-31 or 12/31/2026)",
    "ambiguous_date": "{value!r} reads as two dates; say whether days or months come first",
    "not_a_scale": "{value!r} is not a point from 1 to {maximum} (or very low … very high)",
    "not_a_flag": "{value!r} is not yes or no",
    "not_a_choice": "{value!r} is not one of: {choices}",
    "unknown_alliance": "there is no alliance named {value!r}",
    "no_alliance": "the row belongs to no alliance (give --alliance or an alliance column)",
    "side_conflict": "the organisation {value!r} is not on the side given",
    "assessment_incomplete": "power and interest are given together or not at all",
    "second_sponsor": "this side of the alliance has a sponsor already (one per side)",
}


def _problem(
    row: int, column: str | None, field: str, reason: str, value: object, **params: object
) -> Problem:
    sentence = _SENTENCES.get(reason, reason).format(value=value, **params)
    return Problem(row, column, field, reason, value, params, sentence)


def _from_validation(row: int, columns: Mapping[str, str], error: ValidationError) -> Problem:
    return Problem(
        row,
        columns.get(error.field),
        error.field,
        error.reason,
        error.value,
        error.params,
        str(error).split(": ", 1)[-1].rstrip("."),
    )


def _parse(target: Target, name: str, kind: Kind, value: object, order: DateOrder | None) -> Any:
    if kind is Kind.DATE:
        return parse_date(value, order)
    if kind is Kind.FLAG:
        return parse_flag(value)
    if kind is Kind.SCALE_5:
        return parse_scale(value, 5)
    if kind is Kind.SCALE_10:
        return parse_scale(value, 10)
    if kind is Kind.CHOICE:
        return parse_choice(value, _STATUS_WORDS[target] if name == "status" else name)
    return text_of(value)


def duplicate_key(target: Target, values: Mapping[str, Any]) -> Key:
    """The key two records are the same by (see the module's docstring)."""
    if target is Target.ORGANISATIONS:
        return (fold(str(values["name"])),)
    if target is Target.STAKEHOLDERS:
        return (values["alliance_id"], str(values["side"]), fold(str(values["name"])))
    return (values["alliance_id"], fold(str(values["title"])))


def build_preview(
    target: Target,
    headers: Sequence[object],
    rows: Sequence[Sequence[object]],
    mapping: Mapping[int, str],
    facts: WorkbookFacts,
    *,
    alliance_id: int | None = None,
    date_order: DateOrder | None = None,
    duplicates: Duplicates = Duplicates.SKIP,
    today: dt.date,
    first_row: int = 2,
) -> Preview:
    """The preview of importing ``rows`` (below the header row, which is row
    ``first_row - 1``) into ``target``. ``alliance_id``: the alliance of rows without an
    alliance column; ``date_order``: how 03-04-2026 reads (None: detected per column,
    such a date refused as ambiguous when the column does not tell)."""
    from alliance_desk.domain.sheet_values import detect_date_order, needs_date_order

    names = [str(header) if header is not None else "" for header in headers]
    columns = {field: names[index] for index, field in mapping.items()}
    orders: dict[int, DateOrder | None] = {}
    ambiguous = False
    for index, field in mapping.items():
        if field_of(target, field).kind is Kind.DATE:
            column = [row[index] for row in rows if index < len(row)]
            orders[index] = date_order or detect_date_order(column)
            ambiguous = ambiguous or (orders[index] is None and needs_date_order(column))
    own = fold(facts.own_organisation) if facts.own_organisation else None
    preview = Preview(target, names, dict(mapping), [], [], set(), date_order, ambiguous)
    seen: dict[Key, int] = {}
    sponsors: dict[tuple[int, str], int] = {}  # claimed by rows that are stored
    new_organisations: dict[str, str] = {}
    for offset, cells in enumerate(rows):
        number = first_row + offset
        if all(text_of(cell) is None for cell in cells):
            continue
        problems: list[Problem] = []
        values: dict[str, Any] = {}
        for index, field in mapping.items():
            cell = cells[index] if index < len(cells) else None
            if text_of(cell) is None:
                continue
            spec = field_of(target, field)
            try:
                values[field] = _parse(target, field, spec.kind, cell, orders.get(index))
            except CellRefused as refused:
                problems.append(
                    _problem(number, names[index], field, refused.reason, cell, **refused.params)
                )
        item = PreviewRow(number, None, None, frozenset(values), problems)
        _place(target, item, values, columns, facts, alliance_id, own)
        _make_record(target, item, values, columns, today)
        if item.record is not None and not item.problems:
            item.key = duplicate_key(target, item.record.to_row())
            item.duplicate_of = facts.existing.get(item.key)
            item.same_as_row = seen.get(item.key)
            item.default = _default(item, duplicates)
            _one_sponsor(item, facts, sponsors, columns)
        else:
            item.default = RowStatus.REFUSE
        if item.key is not None and item.status is not RowStatus.REFUSE:
            seen.setdefault(item.key, number)  # only a row that can be stored is repeated
            if item.organisation and fold(item.organisation) not in facts.organisations:
                new_organisations.setdefault(fold(item.organisation), item.organisation)
        preview.rows.append(item)
    preview.new_organisations = list(new_organisations.values())
    preview.create_organisations = set(preview.new_organisations)
    return preview


def _one_sponsor(
    item: PreviewRow,
    facts: WorkbookFacts,
    claimed: dict[tuple[int, str], int],
    columns: Mapping[str, str],
) -> None:
    """Refuse a second sponsor on one side of an alliance (the workbook allows one)."""
    row = item.record.to_row() if item.record is not None else {}
    if not row.get("is_sponsor") or item.status is RowStatus.SKIP:
        return
    place = (row["alliance_id"], row["side"])
    holder = facts.sponsors.get(place)
    updates_holder = item.status is RowStatus.UPDATE and holder == item.duplicate_of
    if (holder is not None and not updates_holder) or place in claimed:
        item.problems.append(
            _problem(item.row, columns.get("is_sponsor"), "is_sponsor", "second_sponsor", True)
        )
        item.default = RowStatus.REFUSE
        return
    claimed[place] = item.row


def _default(item: PreviewRow, duplicates: Duplicates) -> RowStatus:
    if item.duplicate_of is not None:
        return RowStatus(duplicates.value)
    if item.same_as_row is not None:
        # The earlier row is the record; this one repeats it (or is added anyway).
        return RowStatus.ADD if duplicates is Duplicates.ADD else RowStatus.SKIP
    return RowStatus.ADD


def _place(
    target: Target,
    item: PreviewRow,
    values: dict[str, Any],
    columns: Mapping[str, str],
    facts: WorkbookFacts,
    alliance_id: int | None,
    own: str | None,
) -> None:
    """Work out the row's alliance and (for a stakeholder) its side; steering fields out."""
    named = values.pop("alliance", None)
    organisation = values.pop("organisation", None)
    side = values.pop("side", None)
    if target is Target.ORGANISATIONS:
        return
    chosen = alliance_id
    if named is not None:
        chosen = facts.alliances.get(fold(named))
        if chosen is None:
            item.problems.append(
                _problem(item.row, columns.get("alliance"), "alliance", "unknown_alliance", named)
            )
            return
    if chosen is None:
        item.problems.append(_problem(item.row, None, "alliance", "no_alliance", None))
        return
    values["alliance_id"] = chosen
    if target is not Target.STAKEHOLDERS:
        return
    item.organisation = organisation
    if organisation is not None:
        folded = fold(organisation)
        partner = fold(facts.partners.get(chosen, ""))
        found = "us" if folded == own else "partner" if folded == partner else None
        if side is not None and found is not None and side != found:
            item.problems.append(
                _problem(
                    item.row, columns.get("organisation"), "side", "side_conflict", organisation
                )
            )
        # A third organisation's people stand on the partner's side.
        side = side or found or "partner"
    values["side"] = side


def _make_record(
    target: Target,
    item: PreviewRow,
    values: dict[str, Any],
    columns: Mapping[str, str],
    today: dt.date,
) -> None:
    if item.problems:
        return
    record_type = RECORD_TYPES[target]
    assessment = {name: values.pop(name) for name in ASSESSMENT_FIELDS if name in values}
    try:
        item.record = record_type(**values)
    except ValidationError as error:
        item.problems.append(_from_validation(item.row, columns, error))
        return
    if not assessment:
        return
    if "power" not in assessment or "interest" not in assessment:
        missing = "interest" if "power" in assessment else "power"
        item.problems.append(
            _problem(item.row, columns.get(missing), missing, "assessment_incomplete", None)
        )
        item.record = None
        return
    assessment.setdefault("assessed_on", today)
    try:
        checked = StakeholderAssessment(stakeholder_id=1, **assessment)
    except ValidationError as error:
        item.problems.append(_from_validation(item.row, columns, error))
        item.record = None
        return
    item.assessment = {
        name: value
        for name, value in checked.to_row().items()
        if name not in ("id", "stakeholder_id")
    }


def field_names(target: Target) -> list[str]:
    """Every field a column can be mapped to, in the order the preview shows them."""
    return [item.name for item in FIELDS[target]]
