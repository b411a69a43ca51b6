"""A damaged -wal after a crash: SQLite replays it up to the first bad frame and drops the
rest. The workbook still opens, but the user is told that the last changes could not be
recovered, when the journal was last written, and where a copy of it is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alliance_desk.__main__ import main
from alliance_desk.domain.partners import Organisation
from alliance_desk.store import records
from alliance_desk.store.errors import DamagedJournal
from alliance_desk.store.wal import read_wal
from alliance_desk.store.workbook import inspect_workbook, open_workbook

COMMITS = 8


def crashed_copy(workbook_path: Path, folder: Path) -> Path:
    """The workbook as a crash leaves it: the file and its -wal, copied while open."""
    folder.mkdir()
    with open_workbook(workbook_path, folder.parent / "backups") as workbook:
        for number in range(COMMITS):
            records.insert(workbook.db, Organisation(name=f"Partner {number}"))
        copy = folder / workbook_path.name
        shutil.copyfile(workbook_path, copy)
        shutil.copyfile(wal_of(workbook_path), wal_of(copy))
    return copy


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def spoil_middle_frame(wal: Path) -> None:
    data = bytearray(wal.read_bytes())
    page_size = int.from_bytes(data[8:12], "big")
    frames = (len(data) - 32) // (24 + page_size)
    start = 32 + (frames // 2) * (24 + page_size) + 24 + 200
    data[start : start + 8] = bytes(255 - value for value in data[start : start + 8])
    wal.write_bytes(bytes(data))


def names(path: Path) -> set[str]:
    with open_workbook(path, path.parent / "backups") as workbook:
        return {row["name"] for row in workbook.db.query("SELECT name FROM organisation")}


def test_a_whole_wal_is_replayed_without_a_word(workbook_path: Path, tmp_path: Path) -> None:
    crashed = crashed_copy(workbook_path, tmp_path / "crash")
    report = read_wal(wal_of(crashed))
    assert report.lost_commits == 0 and report.replayed_commits >= COMMITS

    with open_workbook(crashed, tmp_path / "backups") as workbook:
        assert workbook.notices == []
    assert {f"Partner {number}" for number in range(COMMITS)} <= names(crashed)


def test_a_damaged_wal_is_kept_and_the_loss_reported(workbook_path: Path, tmp_path: Path) -> None:
    crashed = crashed_copy(workbook_path, tmp_path / "crash")
    spoil_middle_frame(wal_of(crashed))
    damaged = wal_of(crashed).read_bytes()
    report = read_wal(wal_of(crashed))
    assert 0 < report.lost_commits < COMMITS + 1

    with open_workbook(crashed, tmp_path / "backups") as workbook:
        [notice] = workbook.notices
    assert isinstance(notice, DamagedJournal)
    copy = Path(notice.params["copy"])
    assert copy.read_bytes() == damaged  # the evidence, as it was before the replay
    text = str(notice)
    assert "could not be recovered" in text and str(copy) in text
    assert notice.params["written_at"] in text
    # The changes before the damage are there, the later ones are gone.
    kept = {name for name in names(crashed) if name.startswith("Partner ")}
    assert kept == {f"Partner {number}" for number in range(len(kept))}
    assert len(kept) < COMMITS
    assert inspect_workbook(crashed, full=True)


def test_check_reports_a_damaged_wal(
    workbook_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crashed = crashed_copy(workbook_path, tmp_path / "crash")
    spoil_middle_frame(wal_of(crashed))
    before = wal_of(crashed).read_bytes()

    status = main(["check", str(crashed)])

    out, err = capsys.readouterr()
    assert status == 1 and out == "" and err.count("\n") == 1, err
    assert "could not be recovered" in err or "cannot be recovered" in err
    assert wal_of(crashed).read_bytes() == before


def test_the_command_line_says_what_was_lost(
    workbook_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crashed = crashed_copy(workbook_path, tmp_path / "crash")
    spoil_middle_frame(wal_of(crashed))

    status = main(["info", str(crashed), "--backup-dir", str(tmp_path / "backups")])

    out, err = capsys.readouterr()
    assert status == 0 and "organisation" in out
    assert err.count("\n") == 1 and "could not be recovered" in err, err
