"""Long work runs off the GUI thread, reports progress, and can be cancelled."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from alliance_desk.ui.tasks import Cancelled, Progress, run_with_progress


def test_work_runs_on_another_thread_and_returns(qtbot: QtBot, qapp: QApplication) -> None:
    seen: list[object] = []

    def work(progress: Progress) -> str:
        seen.append(QThread.currentThread())
        for step in range(5):
            progress(step + 1, 5)
        return "done"

    assert run_with_progress(None, "Title", "Working", work) == "done"
    assert seen and seen[0] is not qapp.thread()


def test_errors_come_back_to_the_caller(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        raise ValueError("disk on fire")

    with pytest.raises(ValueError, match="disk on fire"):
        run_with_progress(None, "Title", "Working", work)


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    finished_steps: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        for step in range(10_000):
            progress(step, 10_000)
            finished_steps.append(step)
            threading.Event().wait(0.001)

    def press_cancel() -> None:
        dialog = parent.findChild(QProgressDialog)
        if not started.is_set() or dialog is None:
            QTimer.singleShot(10, press_cancel)
            return
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(10, press_cancel)
    with pytest.raises(Cancelled):
        run_with_progress(parent, "Title", "Working", work)
    assert 0 < len(finished_steps) < 10_000
