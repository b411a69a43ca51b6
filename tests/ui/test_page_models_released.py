"""Opening workbook after workbook in one window does not pile up the pages' table models:
each page lets go of the previous workbook's model and its selection model (Qt's setModel
deletes neither), so what a long day of switching workbooks keeps is one set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject
from pytestqt.qtbot import QtBot

from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow

KINDS = ("PortfolioModel", "HistoryModel", "FollowUpModel", "MeetingsModel")


def _census(window: MainWindow) -> Counter[str]:
    # What deleteLater() asked for happens when the event loop comes round: now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    found: Counter[str] = Counter(type(thing).__name__ for thing in window.findChildren(QObject))
    found["QItemSelectionModel"] = len(window.findChildren(QItemSelectionModel))
    return found


def _visit_every_page(window: MainWindow) -> None:
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)  # each page fills its tables when shown
    window.navigation.setCurrentRow(0)


def test_reopening_keeps_one_model_per_table(
    qtbot: QtBot, translation: Translation, small_demo_path: Path
) -> None:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    assert window.open_path(small_demo_path)
    _visit_every_page(window)
    window.close_workbook()
    assert window.open_path(small_demo_path)
    _visit_every_page(window)
    once = _census(window)
    for _ in range(4):
        window.close_workbook()
        assert window.open_path(small_demo_path)
        _visit_every_page(window)
    again = _census(window)
    assert {kind: again[kind] for kind in KINDS} == {kind: once[kind] for kind in KINDS}
    assert again["QItemSelectionModel"] == once["QItemSelectionModel"]
    assert sum(again.values()) == sum(once.values())
    window.close_workbook()
