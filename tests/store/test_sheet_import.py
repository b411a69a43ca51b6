"""Importing spreadsheets: the files read as they come (encodings, delimiters, sheets, hostile
files refused), the preview with its duplicates and refusals, the import stored in one step
that undo takes back whole, and mappings remembered in the workbook."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from alliance_desk.domain.codes import ActionStatus, Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.sheet_fields import Target, match_headers
from alliance_desk.domain.sheet_preview import Duplicates, RowStatus
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import records, sheet_import
from alliance_desk.store.response_files import FileRefused
from alliance_desk.store.sheet_files import read_sheet
from alliance_desk.store.workbook import Workbook

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import make_sheets  # noqa: E402

TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return make_sheets.make_all(tmp_path / "sheets")


@pytest.fixture
def alliance(workbook: Workbook) -> int:
    db = workbook.db
    own = records.select(db, Organisation, "is_own = 1")
    if own:
        records.update(db, own[0], name=make_sheets.OURS)
    else:
        records.insert(db, Organisation(name=make_sheets.OURS, is_own=True))
    partner = records.insert(db, Organisation(name=make_sheets.PARTNER))
    made = records.insert(db, Alliance(partner_id=int(partner.id or 0), name=make_sheets.ALLIANCE))
    return int(made.id or 0)


def _preview(workbook: Workbook, target: Target, path: Path, **options: object):  # type: ignore[no-untyped-def]
    sheet = read_sheet(path)
    mapping = sheet_import.suggested_mapping(workbook.db, target, sheet.headers)
    return sheet_import.preview_sheet(
        workbook.db,
        target,
        sheet,
        mapping,
        today=TODAY,
        **options,  # type: ignore[arg-type]
    )


def test_a_dutch_excel_export_is_read_as_windows_1252_with_semicolons(
    files: dict[str, Path],
) -> None:
    sheet = read_sheet(files["dutch"])
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
    assert sheet.rows[0][0] == "Zoë de Vries"
    assert read_sheet(files["messy"]).encoding == "utf-8-sig"
    assert read_sheet(files["messy"]).headers[0] == "Full name"  # no BOM left on it


def test_an_xlsx_is_read_first_sheet_or_chosen(files: dict[str, Path]) -> None:
    sheet = read_sheet(files["english"])
    assert sheet.sheet_names == ("Action log", "Risks")
    assert sheet.headers[0] == "Action" and sheet.rows[0][2] == 46387
    assert read_sheet(files["english"], sheet="Risks").headers[0] == "Risk"
    with pytest.raises(FileRefused, match="no sheet 'Nope'.*Action log, Risks"):
        read_sheet(files["english"], sheet="Nope")


def test_only_the_columns_that_hold_something_are_read(
    files: dict[str, Path], tmp_path: Path
) -> None:
    # openpyxl pads a read-only sheet's rows to the widest column asked for (200)
    assert read_sheet(files["english"]).headers == [
        "Action",
        "Owner",
        "Due date",
        "Status",
        "Alliance",
    ]
    assert all(len(row) == 5 for row in read_sheet(files["english"]).rows)
    trailing = tmp_path / "trailing.csv"  # as Excel writes a sheet with empty columns after
    trailing.write_text("Name;Role;;\nAnna;;;\nBen;Buyer;;\n", encoding="utf-8")
    sheet = read_sheet(trailing)
    assert sheet.headers == ["Name", "Role"]
    assert sheet.rows == [["Anna", ""], ["Ben", "Buyer"]]


@pytest.mark.parametrize(
    ("name", "reason"),
    [("bomb", "zip_bomb"), ("entities", "xml_entities"), ("binary", "not_a_sheet")],
)
def test_hostile_files_are_refused_before_a_parser_sees_them(
    files: dict[str, Path], name: str, reason: str
) -> None:
    with pytest.raises(FileRefused) as refused:
        read_sheet(files[name])
    assert refused.value.reason == reason


def test_a_file_over_the_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alliance_desk.store import sheet_files

    monkeypatch.setattr(sheet_files, "FILE_MAX", 100)
    path = tmp_path / "big.csv"
    path.write_text("Name\n" + "x\n" * 100)
    with pytest.raises(FileRefused) as refused:
        read_sheet(path)
    assert refused.value.reason == "too_large"


def test_the_dutch_stakeholder_sheet_previews_every_row_as_it_will_be_stored(
    workbook: Workbook, alliance: int, files: dict[str, Path]
) -> None:
    preview = _preview(workbook, Target.STAKEHOLDERS, files["dutch"], alliance_id=alliance)
    assert [row.status for row in preview.rows] == [RowStatus.ADD] * 3
    zoe, rene, _ = preview.rows
    assert zoe.record is not None and zoe.record.to_row()["side"] == "partner"
    assert zoe.record.to_row()["is_sponsor"] == 1
    assert zoe.assessment == {
        "assessed_on": "2026-12-31",
        "power": 8,
        "interest": 8,
        "attitude": "supporter",
        "note": None,
    }
    assert rene.record is not None and rene.record.to_row()["side"] == "us"
    assert rene.assessment is not None and rene.assessment["interest"] == 10
    assert preview.new_organisations == []


def test_duplicates_in_the_file_and_against_the_workbook_and_bad_rows_named(
    workbook: Workbook, alliance: int, files: dict[str, Path]
) -> None:
    records.insert(
        workbook.db,
        Stakeholder(alliance_id=alliance, side=Side.PARTNER, name="Zoë de Vries", department="X"),
    )
    preview = _preview(workbook, Target.STAKEHOLDERS, files["messy"], alliance_id=alliance)
    by_row = {row.row: row for row in preview.rows}
    assert by_row[2].status is RowStatus.SKIP and by_row[2].duplicate_of is not None
    assert by_row[3].status is RowStatus.ADD
    assert by_row[4].status is RowStatus.SKIP and by_row[4].same_as_row == 3
    refused = {row.row: row.problems[0] for row in preview.rows if row.problems}
    assert set(refused) == {5, 6, 7, 8}
    assert str(refused[5]).startswith("row 5, column 'Full name'")
    assert refused[6].column == "Power" and refused[6].reason == "not_a_scale"
    assert refused[7].column == "Sponsor" and refused[7].reason == "not_a_flag"
    assert refused[8].column == "Assessed" and refused[8].reason == "not_a_date"
    assert by_row[2].choices() == (RowStatus.SKIP, RowStatus.UPDATE, RowStatus.ADD)
    preview.choose(2, RowStatus.UPDATE)
    with pytest.raises(ValueError):
        preview.choose(5, RowStatus.ADD)
    step = sheet_import.import_preview(workbook.db, preview)
    assert (step.added, step.updated) == (1, 1)
    updated = records.get(workbook.db, Stakeholder, int(by_row[2].duplicate_of or 0))
    assert (updated.name, updated.department) == ("Zoe de vries", "Purchasing")


def test_the_same_import_twice_adds_nothing_the_second_time(
    workbook: Workbook, alliance: int, files: dict[str, Path]
) -> None:
    first = sheet_import.import_preview(
        workbook.db, _preview(workbook, Target.STAKEHOLDERS, files["dutch"], alliance_id=alliance)
    )
    assert first.added == 3
    again = _preview(workbook, Target.STAKEHOLDERS, files["dutch"], alliance_id=alliance)
    assert again.counts()[RowStatus.SKIP] == 3
    assert sheet_import.import_preview(workbook.db, again).added == 0
    assert records.count(workbook.db, Stakeholder) == 3


def test_undo_takes_the_whole_import_back_and_redo_brings_it_with_its_ids(
    workbook: Workbook, alliance: int, files: dict[str, Path]
) -> None:
    db = workbook.db
    step = sheet_import.import_preview(
        db, _preview(workbook, Target.STAKEHOLDERS, files["dutch"], alliance_id=alliance)
    )
    after = db.query("SELECT * FROM stakeholder ORDER BY id")
    assert step.tables == {"stakeholder", "stakeholder_assessment"}
    step.undo(db)
    assert db.scalar("SELECT count(*) FROM stakeholder") == 0
    assert db.scalar("SELECT count(*) FROM stakeholder_assessment") == 0
    step.redo(db)
    assert [dict(row) for row in db.query("SELECT * FROM stakeholder ORDER BY id")] == [
        dict(row) for row in after
    ]


def test_a_failure_half_way_stores_nothing(
    workbook: Workbook, alliance: int, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = workbook.db
    preview = _preview(workbook, Target.STAKEHOLDERS, files["dutch"], alliance_id=alliance)
    real_insert = records.insert
    calls = []

    def failing(db_: object, record: object):  # type: ignore[no-untyped-def]
        calls.append(record)
        if len(calls) == 3:
            raise ValidationError("stakeholder", "name", "x", "conflict", detail="disk trouble")
        return real_insert(db_, record)  # type: ignore[arg-type]

    monkeypatch.setattr(records, "insert", failing)
    with pytest.raises(ValidationError):
        sheet_import.import_preview(db, preview)
    assert db.scalar("SELECT count(*) FROM stakeholder") == 0
    assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'stakeholder'") == 0


def test_organisations_named_that_are_not_there_yet_are_created_if_chosen(
    workbook: Workbook, alliance: int, tmp_path: Path
) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Name,Department,Company\nTom Cruz,Legal,Lawfirm & Co\nAb,IT,lawfirm & co\n")
    preview = _preview(workbook, Target.STAKEHOLDERS, path, alliance_id=alliance)
    assert preview.new_organisations == ["Lawfirm & Co"]
    step = sheet_import.import_preview(workbook.db, preview)
    assert step.created_organisations == 1
    names = {item.name for item in records.select(workbook.db, Organisation)}
    assert "Lawfirm & Co" in names
    preview = _preview(workbook, Target.STAKEHOLDERS, path, alliance_id=alliance)
    assert preview.new_organisations == []


def test_actions_from_an_english_xlsx_with_serial_dates(
    workbook: Workbook, alliance: int, files: dict[str, Path]
) -> None:
    preview = _preview(workbook, Target.ACTIONS, files["english"])
    assert preview.counts()[RowStatus.ADD] == 3
    first = preview.rows[0].record
    assert first is not None
    assert first.to_row()["due_date"] == "2026-12-31"
    assert first.to_row()["status"] == ActionStatus.IN_PROGRESS.value


def test_rows_without_an_alliance_are_refused(workbook: Workbook, files: dict[str, Path]) -> None:
    preview = _preview(workbook, Target.STAKEHOLDERS, files["dutch"])
    assert preview.counts()[RowStatus.REFUSE] == 3
    assert preview.problems[0].reason == "no_alliance"


def test_duplicates_policy_update_and_add(
    workbook: Workbook, alliance: int, files: dict[str, Path]
) -> None:
    sheet_import.import_preview(
        workbook.db, _preview(workbook, Target.STAKEHOLDERS, files["dutch"], alliance_id=alliance)
    )
    update = _preview(
        workbook,
        Target.STAKEHOLDERS,
        files["dutch"],
        alliance_id=alliance,
        duplicates=Duplicates.UPDATE,
    )
    assert update.counts()[RowStatus.UPDATE] == 3
    add = _preview(
        workbook,
        Target.STAKEHOLDERS,
        files["dutch"],
        alliance_id=alliance,
        duplicates=Duplicates.ADD,
    )
    # Adding Zoë again would give the partner's side a second sponsor: refused.
    assert add.counts()[RowStatus.ADD] == 2 and add.counts()[RowStatus.REFUSE] == 1


def test_a_saved_mapping_is_found_for_the_same_header_row(workbook: Workbook) -> None:
    headers = ["Wie", "Club", "Unit"]
    assert sheet_import.saved_mapping(workbook.db, Target.STAKEHOLDERS, headers) is None
    mapping = {0: "name", 1: "organisation", 2: "department"}
    sheet_import.save_mapping(workbook.db, Target.STAKEHOLDERS, headers, mapping)
    assert sheet_import.suggested_mapping(workbook.db, Target.STAKEHOLDERS, headers) == mapping
    assert sheet_import.saved_mapping(workbook.db, Target.ACTIONS, headers) is None
    assert match_headers(Target.STAKEHOLDERS, headers) != mapping
