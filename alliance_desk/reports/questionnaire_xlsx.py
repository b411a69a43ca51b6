"""A questionnaire as an XLSX workbook for Excel or LibreOffice (openpyxl).

The sheet ``Questionnaire``: the title and instructions on top, the scale's
levels, then one row per dimension with its description, the answer chosen
from a drop-down of the levels (data validation) and a comment. Only the
answer and comment cells can be changed (sheet protection). A very hidden
sheet ``ID`` holds the sealed identity and the drop-down's list; column F of
the questionnaire holds each row's dimension code, so the answers are read
back by code.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from alliance_desk.domain.questionnaire import (
    XLSX_ANSWER_COLUMN,
    XLSX_CODE_COLUMN,
    XLSX_COMMENT_COLUMN,
    XLSX_HEADER_MARK,
    XLSX_ID_SHEET,
    XLSX_SHEET,
    level_label,
)
from alliance_desk.reports.questionnaire_text import text
from alliance_desk.reports.questionnaires import Questionnaire

SHEET, ID_SHEET, HEADER_MARK = XLSX_SHEET, XLSX_ID_SHEET, XLSX_HEADER_MARK
PAYLOAD_CELL = "A1"
MARK_CELL = "A2"
CODE_COLUMN = get_column_letter(XLSX_CODE_COLUMN)
ANSWER, COMMENT = XLSX_ANSWER_COLUMN, XLSX_COMMENT_COLUMN
_ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")  # where to write, also in print
_WRAP = Alignment(wrap_text=True, vertical="top")


def write_xlsx(item: Questionnaire, target: Path) -> None:
    lang = item.language
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    hidden = book.create_sheet(ID_SHEET)
    hidden.sheet_state = "veryHidden"
    hidden[PAYLOAD_CELL] = item.payload
    hidden[MARK_CELL] = item.mark
    labels = [level_label(level.value, level.name(lang)) for level in item.snapshot.levels]
    for number, label in enumerate(labels, start=1):
        hidden[f"C{number}"] = label

    for letter, width in zip("ABCDE", (30, 52, 24, 46, 2), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions[CODE_COLUMN].hidden = True
    sheet["A1"] = item.title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = item.respondent
    sheet["A2"].font = Font(italic=True)
    row = 3
    for line in (*item.lines, text(lang, "how_xlsx")):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        sheet.cell(row, 1, line).alignment = _WRAP
        sheet.row_dimensions[row].height = 15 * (1 + len(line) // 120)
        row += 1
    row += 1
    sheet.cell(row, 1, text(lang, "scale")).font = Font(bold=True)
    for level in item.snapshot.levels:
        row += 1
        sheet.cell(row, 1, level_label(level.value, level.name(lang)))
        description = level.description_nl if lang == "nl" else level.description_en
        if description:
            sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
            sheet.cell(row, 2, description).alignment = _WRAP
    row += 2
    for column, key in enumerate(("dimension", "meaning", "answer", "comment"), start=1):
        cell = sheet.cell(row, column, text(lang, key))
        cell.font = Font(bold=True)
    sheet[f"{CODE_COLUMN}{row}"] = HEADER_MARK
    first = row + 1
    for dimension in item.snapshot.dimensions:
        row += 1
        sheet.cell(row, 1, dimension.name(lang)).alignment = _WRAP
        sheet.cell(row, 1).font = Font(bold=True)
        sheet.cell(row, 2, dimension.description(lang) or "").alignment = _WRAP
        for column in (ANSWER, COMMENT):
            answer = sheet.cell(row, column)
            assert isinstance(answer, Cell)  # no merged cells in the answer columns
            answer.protection = Protection(locked=False)
            answer.fill = _ANSWER_FILL
            answer.alignment = _WRAP
        sheet[f"{CODE_COLUMN}{row}"] = dimension.code
        sheet.row_dimensions[row].height = 60
    choose = DataValidation(
        type="list",
        formula1=f"'{ID_SHEET}'!$C$1:$C${len(labels)}",
        allow_blank=True,
        showDropDown=False,  # openpyxl's name for "hide the in-cell arrow": keep it shown
        showErrorMessage=True,
        errorTitle=text(lang, "answer"),
        error=text(lang, "how_xlsx")[:255],
    )
    answers = get_column_letter(ANSWER)
    choose.add(f"{answers}{first}:{answers}{row}")
    sheet.add_data_validation(choose)
    sheet.freeze_panes = None
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # people may widen a column to read
    sheet.protection.formatRows = False
    book.security = WorkbookProtection(lockStructure=True)
    sheet.print_options.gridLines = False
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    book.save(target)
