"""UI tests: a message box, file or print dialog nobody arranged for fails the test at once.

Unanswered, a modal dialog would wait for a click that never comes and the
suite would hang until CI's time limit; a test that expects one replaces it
with ``monkeypatch`` (which takes precedence over this).
"""

from __future__ import annotations

import pytest


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
