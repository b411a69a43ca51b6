"""Benchmark rows of the spreadsheet import (called by bench.py): 5,000 stakeholders from a
Dutch CSV, previewed and stored, each against a plain baseline doing the bare work in the
same run.

Budgets, as ratios to the baseline. Measured on the shared 2-core machine: the preview
0.39 s (42 × a csv read of 9 ms), the store 1.03 s (6.5 × a bare insert of 0.16 s); a person
waits about a second and a half for 5,000 people.

- **preview of 5,000 rows ÷ csv.reader reading the same file into dicts**: under 60 ×.
  The preview decodes and sniffs the file, parses every cell (words, scales, dates), builds
  and checks a Stakeholder and an assessment per row with the app's field rules, and looks
  each row's key up against the workbook and the rows before it; the baseline only splits
  the lines, so the ratio is large while the time stays well under a second.
- **storing 5,000 rows ÷ one executemany of the same rows into the same table**: under 12 ×.
  Ours checks references, writes an audit row per record, adds each first assessment, and
  keeps the rows it touched so undo can take the import back; the baseline is a bare INSERT
  in one transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from pathlib import Path
from typing import Any

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.sheet_fields import Target
from alliance_desk.store import records, sheet_import
from alliance_desk.store.sheet_files import read_sheet
from alliance_desk.store.workbook import create_workbook, open_workbook

PEOPLE = 5_000
PREVIEW_RATIO_BUDGET = 60.0
STORE_RATIO_BUDGET = 12.0
TODAY = dt.date(2026, 12, 5)
HEADER = "Naam;Afdeling;Functie;Organisatie;Macht;Belang;Houding;Sponsor;Beoordeeld op"
WORDS = ("hoog", "laag", "gemiddeld", "zeer hoog", "3", "7")
ATTITUDES = ("voorstander", "neutraal", "kritisch", "kampioen")


def _sheet(path: Path, people: int) -> Path:
    lines = [HEADER]
    for number in range(people):
        lines.append(
            f"Zoë de Vries {number};Afdeling {number % 40};Rol {number % 7};"
            f"{'Lindeboom' if number % 2 else 'Partner B.V.'};{WORDS[number % 6]};"
            f"{WORDS[(number + 2) % 6]};{ATTITUDES[number % 4]};nee;"
            f"{1 + number % 28:02d}-{1 + number % 12:02d}-2026"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _workbook(folder: Path) -> Path:
    path = folder / "sheets.alliance"
    create_workbook(path)
    with open_workbook(path) as workbook:
        db = workbook.db
        own = records.select(db, Organisation, "is_own = 1")[0]
        records.update(db, own, name="Lindeboom")
        partner = records.insert(db, Organisation(name="Partner B.V."))
        records.insert(db, Alliance(partner_id=int(partner.id or 0), name="Bench"))
    return path


def run_sheets(bench: Any, folder: Path, quick: bool) -> None:
    people = PEOPLE // 10 if quick else PEOPLE
    source = _sheet(folder / "people.csv", people)
    template = _workbook(folder)

    def preview() -> Any:
        with open_workbook(template) as workbook:
            sheet = read_sheet(source)
            mapping = sheet_import.suggested_mapping(
                workbook.db, Target.STAKEHOLDERS, sheet.headers
            )
            return sheet_import.preview_sheet(
                workbook.db, Target.STAKEHOLDERS, sheet, mapping, alliance_id=1, today=TODAY
            )

    def plain_read(_: Any) -> int:
        text = source.read_bytes().decode("cp1252")
        return sum(1 for _ in csv.DictReader(io.StringIO(text), delimiter=";"))

    bench.pair(
        f"import-sheet: preview of {people:,} stakeholders",
        preview,
        f"csv.DictReader of the same {people:,} rows",
        plain_read,
        runs=3,
        target=PREVIEW_RATIO_BUDGET,
        detail=lambda made: f"{made.counts()[sheet_import.RowStatus.ADD]:,} to add",
    )
    made = preview()
    copies = iter(range(100))

    def store() -> int:
        path = folder / f"store-{next(copies)}.alliance"
        shutil.copyfile(template, path)
        with open_workbook(path) as workbook:
            step = sheet_import.import_preview(workbook.db, made)
        return step.added

    def plain_store(_: int) -> int:
        path = folder / f"plain-{next(copies)}.alliance"
        shutil.copyfile(template, path)
        rows = [row.record.to_row() for row in made.rows if row.record is not None]
        with open_workbook(path) as workbook:
            names = [name for name in rows[0] if name != "id"]
            with workbook.db.transaction():
                workbook.db.connection.executemany(
                    f"INSERT INTO stakeholder ({', '.join(names)})"
                    f" VALUES ({', '.join(':' + name for name in names)})",
                    rows,
                )
        return len(rows)

    bench.pair(
        f"import-sheet: store {people:,} stakeholders (one step)",
        store,
        f"executemany INSERT of the same {people:,} rows",
        plain_store,
        runs=3,
        target=STORE_RATIO_BUDGET,
        detail=lambda added: f"{added:,} stakeholders and their assessments",
    )
