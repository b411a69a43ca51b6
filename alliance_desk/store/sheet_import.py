"""Importing a spreadsheet into the workbook: the preview read against it, then one step.

The way through, for the app's dialog and the command line alike::

    sheet = sheet_files.read_sheet(path)                      # FileRefused if not
    mapping = suggested_mapping(db, Target.STAKEHOLDERS, sheet.headers)
    preview = preview_sheet(db, Target.STAKEHOLDERS, sheet, mapping, alliance_id=3)
    preview.choose(7, RowStatus.UPDATE)                       # per row, optional
    step = SheetImport(preview)                               # app: session.run(text, [step])
    step.redo(db)                                             # command line: store it now
    save_mapping(db, Target.STAKEHOLDERS, sheet.headers, mapping)

:class:`SheetImport` stores the rows to add and update and creates the
organisations chosen, through the audited :mod:`records` functions, in one
transaction (nothing is stored if any row fails) and can be taken back as one
undo step. Saved mappings live in the workbook (``workbook_info`` key
``sheet_mappings``), keyed by target and header row, so the app and the command
line find the same mapping and it travels with the file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence

from alliance_desk.domain.partners import Organisation
from alliance_desk.domain.sheet_fields import Target, fold, layout_key, match_headers
from alliance_desk.domain.sheet_preview import (
    RECORD_TYPES,
    Duplicates,
    Key,
    Preview,
    RowStatus,
    WorkbookFacts,
    build_preview,
    duplicate_key,
    field_names,
)
from alliance_desk.domain.sheet_values import DateOrder
from alliance_desk.domain.stakeholders import StakeholderAssessment
from alliance_desk.store import records
from alliance_desk.store.changeset import RecordedOperation, Rows
from alliance_desk.store.db import Database
from alliance_desk.store.sheet_files import Sheet

MAPPINGS_KEY = "sheet_mappings"
MAPPINGS_KEEP = 50  # layouts remembered per workbook


def workbook_facts(db: Database, target: Target) -> WorkbookFacts:
    """What the preview checks the rows against: alliances, organisations and the keys
    of the records already there."""
    alliances = {fold(row["name"]): row["id"] for row in db.query("SELECT id, name FROM alliance")}
    partners = {
        row["id"]: row["partner"]
        for row in db.query(
            "SELECT a.id, o.name AS partner FROM alliance a JOIN organisation o"
            " ON o.id = a.partner_id"
        )
    }
    organisations = {
        fold(row["name"]): row["id"] for row in db.query("SELECT id, name FROM organisation")
    }
    own = db.scalar("SELECT name FROM organisation WHERE is_own = 1")
    table = RECORD_TYPES[target].TABLE
    existing: dict[Key, int] = {}
    for row in db.query(f'SELECT * FROM "{table}" ORDER BY id DESC'):  # the oldest wins
        existing[duplicate_key(target, dict(row))] = row["id"]
    sponsors = {
        (row["alliance_id"], row["side"]): row["id"]
        for row in db.query("SELECT id, alliance_id, side FROM stakeholder WHERE is_sponsor = 1")
    }
    return WorkbookFacts(alliances, partners, own, organisations, existing, sponsors)


def suggested_mapping(db: Database, target: Target, headers: Sequence[object]) -> dict[int, str]:
    """The mapping saved for this header row, else the one matched from the headers."""
    saved = saved_mapping(db, target, headers)
    return saved if saved is not None else match_headers(target, headers)


def preview_sheet(
    db: Database,
    target: Target,
    sheet: Sheet,
    mapping: Mapping[int, str],
    *,
    alliance_id: int | None = None,
    date_order: DateOrder | None = None,
    duplicates: Duplicates = Duplicates.SKIP,
    today: dt.date | None = None,
) -> Preview:
    """The preview of importing ``sheet`` with ``mapping`` (see :func:`build_preview`)."""
    return build_preview(
        target,
        sheet.headers,
        sheet.rows,
        mapping,
        workbook_facts(db, target),
        alliance_id=alliance_id,
        date_order=date_order,
        duplicates=duplicates,
        today=today or dt.date.today(),
    )


class SheetImport(RecordedOperation):
    """Store a preview's rows as chosen, and the organisations to create: one step.

    ``added``, ``updated`` and ``created_organisations`` count what it did (once done).
    """

    def __init__(self, preview: Preview):
        target = preview.target
        record_type = RECORD_TYPES[target]
        chosen = [row for row in preview.rows if row.status in (RowStatus.ADD, RowStatus.UPDATE)]
        updating = {
            (record_type.TABLE, row.duplicate_of)
            for row in chosen
            if row.status is RowStatus.UPDATE and row.duplicate_of is not None
        }
        touched: set[tuple[str, int]] = set(updating)
        self.added = self.updated = self.created_organisations = 0

        def store(db: Database) -> None:
            for name in preview.new_organisations:
                if name in preview.create_organisations:
                    made = records.insert(db, Organisation(name=name))
                    touched.add((made.TABLE, int(made.id or 0)))
                    self.created_organisations += 1
            for row in chosen:
                assert row.record is not None
                if row.status is RowStatus.UPDATE and row.duplicate_of is not None:
                    current = records.get(db, record_type, row.duplicate_of)
                    fresh = row.record.to_row()
                    changes = {
                        name: fresh[name]
                        for name in record_type.columns()
                        if name != "id" and name in row.given
                    }
                    stored = records.update(db, current, **changes)
                    self.updated += 1
                else:
                    stored = records.insert(db, row.record)
                    touched.add((stored.TABLE, int(stored.id or 0)))
                    self.added += 1
                if row.assessment is not None and _assessment_is_new(db, stored.id, row.assessment):
                    assessed = records.insert(
                        db,
                        StakeholderAssessment(stakeholder_id=int(stored.id or 0), **row.assessment),
                    )
                    touched.add((assessed.TABLE, int(assessed.id or 0)))

        def picture(db: Database) -> Rows:
            found: Rows = {}
            for table, record_id in touched:
                row = db.query_one(f'SELECT * FROM "{table}" WHERE id = :id', {"id": record_id})
                if row is not None:
                    found[(table, record_id)] = dict(row)
            return found

        super().__init__(store, picture)
        self.preview = preview


def _assessment_is_new(
    db: Database, stakeholder_id: int | None, fields: Mapping[str, object]
) -> bool:
    """An assessment is added unless the stakeholder's latest says the same already."""
    latest = db.query_one(
        "SELECT * FROM stakeholder_assessment WHERE stakeholder_id = :id"
        " ORDER BY assessed_on DESC, id DESC LIMIT 1",
        {"id": stakeholder_id},
    )
    if latest is None:
        return True
    return any(latest[name] != value for name, value in fields.items() if name != "assessed_on")


def import_preview(db: Database, preview: Preview) -> SheetImport:
    """Store the preview now (the command line); the step returned can take it back."""
    step = SheetImport(preview)
    step.redo(db)
    return step


# Saved mappings --------------------------------------------------------------------------


def _mappings(db: Database) -> dict[str, dict[str, str]]:
    value = db.scalar("SELECT value FROM workbook_info WHERE key = :key", {"key": MAPPINGS_KEY})
    try:
        found = json.loads(value) if isinstance(value, str) else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def saved_mapping(db: Database, target: Target, headers: Sequence[object]) -> dict[int, str] | None:
    """The mapping saved for this target and header row (None: none, or no longer valid)."""
    item = _mappings(db).get(f"{target.value}:{layout_key(headers)}")
    if not isinstance(item, dict):
        return None
    allowed = set(field_names(target))
    try:
        mapping = {int(index): str(name) for index, name in item.items()}
    except (TypeError, ValueError):
        return None
    if any(name not in allowed or not 0 <= index < len(headers) for index, name in mapping.items()):
        return None
    return mapping


def save_mapping(
    db: Database, target: Target, headers: Sequence[object], mapping: Mapping[int, str]
) -> None:
    """Remember ``mapping`` for the next import of the same header row into ``target``."""
    with db.transaction():
        found = _mappings(db)
        key = f"{target.value}:{layout_key(headers)}"
        found.pop(key, None)
        found[key] = {str(index): name for index, name in sorted(mapping.items())}
        kept = dict(list(found.items())[-MAPPINGS_KEEP:])
        db.execute(
            "INSERT OR REPLACE INTO workbook_info (key, value) VALUES (:key, :value)",
            {"key": MAPPINGS_KEY, "value": json.dumps(kept, ensure_ascii=False)},
        )
