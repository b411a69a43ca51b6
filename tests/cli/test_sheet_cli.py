"""``alliance-desk import-sheet`` end to end: the dry run's summary, refused rows stopping the
import, --skip-invalid, duplicates skipped the second time, --map, --date-order, and hostile
files refused in one line with nothing stored."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from alliance_desk.__main__ import main
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.workbook import open_workbook

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import make_sheets  # noqa: E402


def run(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as leaving:
        code = leaving.code
        status = 0 if code is None else code if isinstance(code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def book(workbook_path: Path) -> Path:
    with open_workbook(workbook_path) as workbook:
        db = workbook.db
        own = records.select(db, Organisation, "is_own = 1")
        records.update(db, own[0], name=make_sheets.OURS)
        partner = records.insert(db, Organisation(name=make_sheets.PARTNER))
        records.insert(db, Alliance(partner_id=int(partner.id or 0), name=make_sheets.ALLIANCE))
    return workbook_path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return make_sheets.make_all(tmp_path / "sheets")


def _count(book: Path, table: str) -> int:
    with open_workbook(book) as workbook:
        return int(workbook.db.scalar(f"SELECT count(*) FROM {table}"))


def test_dry_run_prints_the_preview_and_stores_nothing(
    book: Path, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(book)
    status, out, err = run(
        [
            "import-sheet",
            str(book),
            str(files["messy"]),
            "--into",
            "stakeholders",
            "--alliance",
            make_sheets.ALLIANCE,
            "--dry-run",
        ],
        capsys,
    )
    assert status == 0, err
    assert "2 to add, 0 to update, 1 to skip, 4 refused" in out
    assert "refused: row 6, column 'Power': '14' is not a point from 1 to 10" in out
    assert "1 repeated in the file" in out
    assert "Dry run: nothing was stored." in out
    assert _count(book, "stakeholder") == 0
    del before  # the open for reading may checkpoint; the count is what matters


def test_refused_rows_stop_the_import_unless_skip_invalid(
    book: Path, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "import-sheet",
        str(book),
        str(files["messy"]),
        "--into",
        "stakeholders",
        "--alliance",
        make_sheets.ALLIANCE,
    ]
    status, _, err = run(argv, capsys)
    assert status == 1
    assert "4 rows refused; nothing was imported" in err
    assert _count(book, "stakeholder") == 0
    status, out, err = run([*argv, "--skip-invalid"], capsys)
    assert status == 0, err
    assert "Imported: added 2, updated 0." in out
    assert _count(book, "stakeholder") == 2


def test_the_same_import_twice_adds_nothing(
    book: Path, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "import-sheet",
        str(book),
        str(files["dutch"]),
        "--into",
        "stakeholders",
        "--alliance",
        make_sheets.ALLIANCE,
    ]
    assert run(argv, capsys)[0] == 0
    status, out, _ = run(argv, capsys)
    assert status == 0
    assert "Duplicates skipped: 3 already in the workbook" in out
    assert "Imported: added 0, updated 0." in out
    assert _count(book, "stakeholder") == 3
    status, out, _ = run([*argv, "--duplicates", "update"], capsys)
    assert "Imported: added 0, updated 3." in out


def test_map_and_date_order(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "risks.csv"
    sheet.write_text("Ding;Wie;Herzien\nLate delivery;Ann;03-04-2026\n", encoding="utf-8")
    argv = [
        "import-sheet",
        str(book),
        str(sheet),
        "--into",
        "risks",
        "--alliance",
        make_sheets.ALLIANCE,
        "--map",
        "Ding=title",
        "--map",
        "Herzien=review_date",
    ]
    status, out, _ = run([*argv, "--dry-run"], capsys)
    assert "reads as two dates" in out and "give --date-order" in out
    status, out, err = run([*argv, "--date-order", "mdy"], capsys)
    assert status == 0, err
    with open_workbook(book) as workbook:
        assert workbook.db.scalar("SELECT review_date FROM risk") == "2026-03-04"
    # The mapping given is remembered for the same header row.
    status, out, _ = run(
        [
            "import-sheet",
            str(book),
            str(sheet),
            "--into",
            "risks",
            "--alliance",
            make_sheets.ALLIANCE,
            "--date-order",
            "mdy",
            "--dry-run",
        ],
        capsys,
    )
    assert "Ding → title" in out and "1 to skip" in out


def test_a_bad_map_is_one_line(book: Path, files: dict[str, Path], capsys) -> None:  # type: ignore[no-untyped-def]
    status, _, err = run(
        [
            "import-sheet",
            str(book),
            str(files["dutch"]),
            "--into",
            "stakeholders",
            "--map",
            "Naam=shoe_size",
        ],
        capsys,
    )
    assert status == 1 and "have no field 'shoe_size'" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("name", ["bomb", "entities", "binary"])
def test_hostile_files_are_refused_in_one_line_with_nothing_stored(
    book: Path, files: dict[str, Path], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        ["import-sheet", str(book), str(files[name]), "--into", "organisations"], capsys
    )
    assert status == 1
    assert len(err.strip().splitlines()) == 1 and "nothing was imported" in err
    assert "Traceback" not in err
    assert _count(book, "organisation") == 2
