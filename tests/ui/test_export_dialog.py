"""File → Export evaluations, used as a user would: choose, press Export, read the file back."""

from __future__ import annotations

import csv
import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from alliance_desk.reports import evaluation_export as report
from alliance_desk.ui.alliance_chooser import NAME_ROLE
from alliance_desk.ui.dialogs.export import ExportDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, small_demo_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(Translation(qapp))
    qtbot.addWidget(window)
    assert window.open_path(small_demo_path)
    yield window
    window.close_workbook()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the exports (the workbook lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent: object, title: str, text: str, *args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    filters: list[str] = []

    def choose(parent: object, title: str, suggested: str, filter_: str) -> tuple[str, str]:
        filters.append(filter_)
        return str(target), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return filters


def run_dialog(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    choose: Callable[[ExportDialog], None],
) -> ExportDialog:
    """Trigger the menu action; ``choose`` fills the dialog, then Export is clicked."""
    seen: list[ExportDialog] = []

    def exec_(dialog: ExportDialog) -> int:
        seen.append(dialog)
        dialog.show()
        choose(dialog)
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    window.file_actions.evaluations_action.trigger()
    return seen[0]


def demo_alliances(window: MainWindow) -> list[str]:
    assert window.session is not None
    return [row[0] for row in window.session.db.query("SELECT name FROM alliance ORDER BY name")]


def test_csv_for_dutch_spreadsheets_for_one_alliance(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    target = out / "scores.csv"
    filters = save_as(monkeypatch, target)
    wanted = demo_alliances(window)[0]

    def choose(dialog: ExportDialog) -> None:
        dialog.all_alliances.click()
        assert dialog.alliances.isEnabled()
        for row in range(dialog.alliances.count()):
            item = dialog.alliances.item(row)
            name = item.data(NAME_ROLE)
            item.setCheckState(Qt.CheckState.Checked if name == wanted else Qt.CheckState.Unchecked)
        dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
        dialog.wide.click()

    dialog = run_dialog(window, qtbot, monkeypatch, choose)
    assert filters == ["CSV files (*.csv)"]
    assert dialog.exported == target
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # marked UTF-8, for Excel
    with open(target, encoding="utf-8-sig", newline="") as source:
        rows = list(csv.DictReader(source, delimiter=";"))
    assert rows and {row["alliance"] for row in rows} == {wanted}
    assert list(rows[0])[: len(report.WIDE_LEADING)] == list(report.WIDE_LEADING)
    assert all("," in row["overall"] and "." not in row["overall"] for row in rows)
    assert f"Exported {len(rows)} rows" in window.statusBar().currentMessage()


def test_csv_without_the_byte_order_mark(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    target = out / "plain.csv"
    save_as(monkeypatch, target)

    def choose(dialog: ExportDialog) -> None:
        assert dialog.bom.isChecked()
        dialog.bom.click()
        dialog.wide.click()

    run_dialog(window, qtbot, monkeypatch, choose)
    assert target.read_bytes().startswith(b"alliance,")
    with open(target, encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    assert any("." in row["overall"] for row in rows)  # the comma delimits: decimal points


def test_xlsx_wide_reads_back(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    target = out / "evaluations.xlsx"
    filters = save_as(monkeypatch, target)

    def choose(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        assert not dialog.delimiter.isEnabled()
        dialog.wide.click()

    dialog = run_dialog(window, qtbot, monkeypatch, choose)
    assert filters == ["Excel workbooks (*.xlsx)"]
    book = openpyxl.load_workbook(target, read_only=True)  # read-only keeps the file open
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    header = rows[0]
    assert header[: len(report.WIDE_LEADING)] == report.WIDE_LEADING
    assert header[-len(report.WIDE_TRAILING) :] == report.WIDE_TRAILING
    assert len(rows) - 1 == dialog.rows > 0
    assert window.session is not None
    assert dialog.rows == window.session.db.scalar("SELECT count(*) FROM evaluation")
    assert {row[0] for row in rows[1:]} == set(demo_alliances(window))


def test_an_empty_period_is_refused_and_leaves_nothing(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    out: Path,
    warnings: list[str],
) -> None:
    target = out / "never.json"
    save_as(monkeypatch, target)

    def choose(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("json"))
        dialog.since.set_value(dt.date(2024, 6, 1))
        dialog.until.set_value(dt.date(2024, 1, 1))

    dialog = run_dialog(window, qtbot, monkeypatch, choose)
    assert len(warnings) == 1 and "the period is empty" in warnings[0]
    assert dialog.exported is None
    assert list(out.iterdir()) == []


def test_an_export_error_is_explained(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    out: Path,
    warnings: list[str],
) -> None:
    target = out / "never.csv"
    save_as(monkeypatch, target)

    def refuse(db: object, path: Path, **options: Any) -> int:
        raise report.EvaluationExportError(path, detail="too long a comment; nothing was written.")

    monkeypatch.setattr(report, "export_evaluations", refuse)
    run_dialog(window, qtbot, monkeypatch, lambda dialog: None)
    assert warnings == [f"{target}: too long a comment; nothing was written."]
    assert not target.exists()


def test_cancel_leaves_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    target = out / "cancelled.csv"
    save_as(monkeypatch, target)
    real = report.export_evaluations
    started = threading.Event()
    monkeypatch.setattr(report, "PROGRESS_EVERY", 1)

    def slow(db: object, path: Path, *, progress: Any, **options: Any) -> int:
        def step(done: int, total: int) -> None:
            started.set()
            progress(done, total)
            time.sleep(0.005)

        return real(db, path, progress=step, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(report, "export_evaluations", slow)

    def press_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        progress = dialog if isinstance(dialog, QProgressDialog) else None
        if progress is None:
            found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)]
            progress = found[0].findChild(QProgressDialog) if found else None
        if not started.is_set() or progress is None:
            QTimer.singleShot(10, press_cancel)
            return
        button = progress.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(10, press_cancel)
    dialog = run_dialog(window, qtbot, monkeypatch, lambda dialog: None)
    assert dialog.exported is None
    assert list(out.iterdir()) == []
    assert "Cancelled" in window.statusBar().currentMessage()


def test_the_action_needs_an_open_workbook(window: MainWindow) -> None:
    action = window.file_actions.evaluations_action
    assert action.isEnabled()
    actions = window.file_menu.actions()
    assert actions.index(action) == actions.index(window.file_actions.export_action) + 1
    window.close_workbook()
    assert not action.isEnabled()
    assert window.file_actions.export_evaluations() is None
