"""UI tests: the interface in English, a session on a fresh workbook dated 2026-11-15, and
a message box, file or print dialog nobody arranged for fails the test at once.

Unanswered, a modal dialog would wait for a click that never comes and the
suite would hang until CI's time limit; a test that expects one replaces it
with ``monkeypatch`` (which takes precedence over this).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.session import Session
from alliance_desk.ui.style import apply_app_style

TODAY = dt.date(2026, 11, 15)  # "today" of the sessions below (the small demo's own)


@pytest.fixture(autouse=True)
def app_style(qapp: QApplication) -> None:
    """The application's look, as the app gets it at start."""
    apply_app_style()


@pytest.fixture(autouse=True)
def translation(qapp: QApplication) -> Iterator[Translation]:
    """English from its catalogue, as the app shows it (plural forms come from there)."""
    translation = Translation(qapp)
    translation.switch("en")
    yield translation
    translation.switch("en")


@pytest.fixture
def session(workbook_path: Path) -> Iterator[Session]:
    """The fresh workbook open in a session whose "today" is :data:`TODAY`."""
    session = Session(open_workbook(workbook_path))
    session.today = lambda: TODAY
    yield session
    session.close()


class UnexpectedDialog(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def refuse(kind: str):  # type: ignore[no-untyped-def]
        def shown(*args: object, **kwargs: object) -> object:
            texts = [arg for arg in args if isinstance(arg, str)]
            raise UnexpectedDialog(f"unexpected {kind}: {' | '.join(texts)}")

        return shown

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))
    monkeypatch.setattr(QPrintDialog, "exec", refuse("QPrintDialog.exec"))
