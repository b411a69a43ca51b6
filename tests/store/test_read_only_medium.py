"""A sound workbook on read-only media (a locked memory stick, a read-only share) is read,
not called damaged: the command line's reading commands work, and a change is refused with
a message that names the medium."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from alliance_desk.__main__ import main
from alliance_desk.domain.partners import Organisation
from alliance_desk.store import records
from alliance_desk.store.errors import ReadOnlyWorkbook
from alliance_desk.store.workbook import inspect_workbook, open_workbook


@pytest.fixture
def on_stick(
    small_demo_template: Path, tmp_path: Path, read_only_medium: Callable[[Path], None]
) -> Path:
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "Demo.alliance"
    shutil.copyfile(small_demo_template, path)
    read_only_medium(stick)
    return path


def test_check_and_info_read_it(on_stick: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = on_stick.read_bytes()

    assert main(["check", str(on_stick)]) == 0
    out, err = capsys.readouterr()
    assert "sound" in out and err == ""

    assert main(["info", str(on_stick)]) == 0
    out, err = capsys.readouterr()
    assert "alliance" in out and "read-only" in out, out

    assert on_stick.read_bytes() == before
    assert sorted(item.name for item in on_stick.parent.iterdir()) == ["Demo.alliance"]


def test_briefing_and_evaluations_read_it(
    on_stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, csv = tmp_path / "out.pdf", tmp_path / "out.csv"
    assert main(["briefing", str(on_stick), "-o", str(pdf), "--date", "2026-03-31"]) == 0
    assert main(["evaluations", str(on_stick), "-o", str(csv)]) == 0
    capsys.readouterr()
    assert pdf.stat().st_size > 0 and csv.stat().st_size > 0


def test_a_change_is_refused_naming_the_medium(on_stick: Path) -> None:
    assert inspect_workbook(on_stick, full=True) >= 1
    with open_workbook(on_stick) as workbook:
        assert workbook.read_only
        count = records.count(workbook.db, Organisation)
        with pytest.raises(ReadOnlyWorkbook) as refused:
            records.insert(workbook.db, Organisation(name="Cannot be saved"))
        assert records.count(workbook.db, Organisation) == count
    assert "read-only media" in str(refused.value)
    assert "changes cannot be saved" in str(refused.value)
