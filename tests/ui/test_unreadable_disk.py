"""A disk that stops giving the workbook back while the app runs: a page keeps the rows it
showed, the problem is named in a dialog ("could not be read from the disk"), never as an
unexpected problem, and the app stays up. The failing disk comes from conftest's
``failing_disk``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from alliance_desk.store.errors import UnreadableWorkbook
from alliance_desk.ui import app
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.session import Session
from alliance_desk.ui.sql_table_model import Column, SqlTableModel


def test_a_page_keeps_its_rows_when_the_disk_fails(
    session: Session, failing_disk: Any, qtmodeltester: Any
) -> None:
    model = SqlTableModel(
        session.db,
        "framework_dimension",
        [Column("name", "framework_dimension.name_en", lambda: "Name")],
        "framework_dimension.id",
        "framework_dimension.id",
    )
    model.refresh()
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert len(shown) > 3
    session.db.execute("PRAGMA cache_size = 1")
    session.db.connection.execute("PRAGMA shrink_memory")
    failing_disk.fail(session.workbook.path)

    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))  # a reset left half done
    for _ in range(2):  # and the next try says the same
        with pytest.raises(UnreadableWorkbook):
            model.refresh()
        assert [model.data(model.index(row, 0)) for row in range(model.rowCount())] == shown
    assert resets == []
    failing_disk.heal()
    qtmodeltester.check(model)


def test_an_unreadable_disk_met_by_a_page_is_named_in_a_dialog(
    session: Session, failing_disk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: shown.append((title, text))
    )
    session.db.execute("PRAGMA cache_size = 1")
    session.db.connection.execute("PRAGMA shrink_memory")
    failing_disk.fail(session.workbook.path)
    try:
        session.db.query("SELECT * FROM framework_dimension")
    except UnreadableWorkbook as error:
        app._report_unexpected(type(error), error, error.__traceback__)  # what Qt calls
    else:
        pytest.fail("the read did not fail")
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "The workbook could not be used"
    assert "could not be read from the disk" in text and "removed" in text
    assert "did not expect" not in text


def test_the_sentence_names_the_file_and_the_fault(tmp_path: Path) -> None:
    error = UnreadableWorkbook(tmp_path / "Book.alliance", doing="read", detail="disk I/O error")
    text = describe_error(error)
    assert str(tmp_path / "Book.alliance") in text and "disk I/O error" in text
    assert "damaged (" not in text
