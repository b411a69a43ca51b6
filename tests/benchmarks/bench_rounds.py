"""Benchmark rows of questionnaire rounds (called by bench.py): making 50 questionnaires and
importing 200 answered ones, each against a plain baseline doing the bare work in the same run.

Budgets, as ratios to the baseline. On the shared 2-core machine the ratios measured were
1.3-1.5 (XLSX), 1.25-1.8 (PDF) and 1.4-1.9 (import) with baselines varying by half between
runs, so each budget leaves room for that noise above what the extra work explains. In
absolute terms 50 questionnaires take about 2 s and 200 answered files about 3-5 s, which a
person waits for once per round.

- **50 XLSX questionnaires ÷ 50 plain openpyxl workbooks of the same cells**: under 2 ×.
  Ours adds a data validation, sheet and workbook protection, a very hidden sheet and the
  seal (an HMAC: microseconds); openpyxl's own writing dominates both.
- **50 fillable PDFs ÷ 50 plain reportlab documents of the same paragraphs**: under 2.5 ×.
  Both set the same text in the same two embedded fonts with a box where each field goes;
  ours adds the form (two fields per dimension, each with its appearance stream, and the
  hidden identity fields).
- **importing 200 answered XLSX files ÷ reading their identity and answer cells with
  openpyxl (read-only)**: under 2 ×. Ours also reads the zip directory and scans every
  XML part for a DOCTYPE before openpyxl opens a file, checks the seal and every answer,
  and stores 200 × 7 answers, 200 slots and both sides' results with their audit trail in
  one transaction.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path
from typing import Any

import openpyxl
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from alliance_desk.domain.codes import RoundKind, Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.questionnaire import XLSX_ID_SHEET, XLSX_SHEET
from alliance_desk.reports.briefing_charts import BOLD, REGULAR, register_fonts
from alliance_desk.reports.questionnaires import questionnaires, write_questionnaires
from alliance_desk.store import records, responses, rounds
from alliance_desk.store.workbook import create_workbook, open_workbook

MAKE = 50
IMPORT = 200
XLSX_RATIO_BUDGET = 2.0
PDF_RATIO_BUDGET = 2.5
IMPORT_RATIO_BUDGET = 2.0
DAY = dt.date(2026, 3, 2)


def _round(db: Any, slots: int) -> int:
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name=f"Round of {slots}"))
    made = rounds.create_round(
        db,
        alliance.id,
        RoundKind.HEALTH,
        DAY,
        [
            rounds.Slot(Side.US if n % 2 else Side.PARTNER, f"Department {n % 7}")
            for n in range(slots)
        ],
    )
    return int(made.id or 0)


def _plain_xlsx(folder: Path, items: list[Any]) -> int:
    """The same cells as each questionnaire, in a plain openpyxl workbook."""
    for number, item in enumerate(items):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet["A1"] = item.title
        sheet["A2"] = item.respondent
        for row, line in enumerate(item.lines, start=3):
            sheet.cell(row, 1, line)
        for row, level in enumerate(item.snapshot.levels, start=10):
            sheet.cell(row, 1, f"{level.value} - {level.name_en}")
        for row, dimension in enumerate(item.snapshot.dimensions, start=20):
            sheet.cell(row, 1, dimension.name_en)
            sheet.cell(row, 2, dimension.description_en or "")
            sheet.cell(row, 6, dimension.code)
        extra = book.create_sheet("ID")
        extra["A1"], extra["A2"] = item.payload, item.mark
        for level in item.snapshot.levels:
            extra.cell(level.value, 3, f"{level.value} - {level.name_en}")
        book.save(folder / f"plain-{number}.xlsx")
    return len(items)


def _plain_pdf(folder: Path, items: list[Any]) -> int:
    """The same text as each questionnaire in plain reportlab paragraphs, in the same two
    embedded fonts, with an empty box where each field goes (no form)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
    bold = ParagraphStyle("bold", body, fontName=BOLD)
    for number, item in enumerate(items):
        story: list[Any] = [Paragraph(item.title, bold), Paragraph(item.respondent, body)]
        story += [Paragraph(line, body) for line in item.lines]
        for dimension in item.snapshot.dimensions:
            story += [
                Paragraph(dimension.name_en, bold),
                Paragraph(dimension.description_en or "", body),
                Table(
                    [[""]],
                    colWidths=[200],
                    rowHeights=[17],
                    style=[("BOX", (0, 0), (-1, -1), 1, "black")],
                ),
                Table(
                    [[""]],
                    colWidths=[400],
                    rowHeights=[42],
                    style=[("BOX", (0, 0), (-1, -1), 1, "black")],
                ),
            ]
        SimpleDocTemplate(str(folder / f"plain-{number}.pdf"), pagesize=A4).build(story)
    return len(items)


def _fill(path: Path, number: int) -> None:
    book = openpyxl.load_workbook(path)
    rows = [row for row in book[XLSX_SHEET].iter_rows() if row[5].value and row[0].row > 2]
    for index, row in enumerate(rows[1:]):
        row[2].value = f"{(number + index) % 5 + 1} - x"
        if index % 3 == 0:
            row[3].value = f"Comment {number}"
    book.save(path)


def _read_plain(files: list[Path]) -> int:
    """Open each file read-only with openpyxl and read its identity and answer cells: the
    bare parse, without any check."""
    count = 0
    for path in files:
        book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
        for sheet, width in ((XLSX_ID_SHEET, 1), (XLSX_SHEET, 6)):
            for values in book[sheet].iter_rows(max_col=width, values_only=True):
                count += sum(1 for value in values if value is not None)
        book.close()
    return count


def run_rounds(bench: Any, folder: Path, quick: bool) -> None:
    runs = 2 if quick else 3
    base = folder / "rounds"
    base.mkdir()
    workbook = base / "Rounds.alliance"
    create_workbook(workbook)
    with open_workbook(workbook, backup_dir=folder / "backups") as opened:
        db = opened.db
        small_round = _round(db, MAKE)
        big_round = _round(db, IMPORT)
        items = questionnaires(db, small_round)
        for suffix, plain, budget, name, detail in (
            (
                "xlsx",
                _plain_xlsx,
                XLSX_RATIO_BUDGET,
                "plain openpyxl workbooks of the same cells",
                "adds styles, the drop-down, protection and the seal",
            ),
            (
                "pdf",
                _plain_pdf,
                PDF_RATIO_BUDGET,
                "plain reportlab documents",
                "adds the form: two fields per dimension and the identity",
            ),
        ):
            out = base / suffix
            out.mkdir()
            bench.pair(
                f"rounds: make {MAKE} {suffix.upper()} questionnaires",
                lambda out=out, suffix=suffix: len(
                    write_questionnaires(db, small_round, out, suffix)
                ),
                f"{MAKE} {name}",
                lambda made, plain=plain, out=out: plain(out, items),
                runs=runs,
                target=budget,
                detail=lambda made, detail=detail: f"{made} files; {detail}",
            )
        answered = base / "answered"
        answered.mkdir()
        files = write_questionnaires(db, big_round, answered, "xlsx")
        for number, path in enumerate(files):
            _fill(path, number)
    copies = iter([shutil.copyfile(workbook, base / f"copy-{n}.alliance") for n in range(runs)])

    def import_all() -> int:
        with open_workbook(next(copies), backup_dir=folder / "backups") as opened:
            batch = responses.read_responses(opened.db, files)
            assert not batch.refused, batch.refused[:1]
            responses.import_responses(opened.db, batch.responses, DAY)
            return len(batch.responses)

    bench.pair(
        f"rounds: import {IMPORT} answered XLSX files",
        import_all,
        f"read the cells of {IMPORT} files with openpyxl",
        lambda imported: _read_plain(files),
        runs=runs,
        target=IMPORT_RATIO_BUDGET,
        detail=lambda imported: (
            f"{imported} imported, one transaction; zip and XML checks, seal, answers, "
            "results and audit trail"
        ),
        baseline_detail=lambda cells: f"{cells:,} cells read",
    )
