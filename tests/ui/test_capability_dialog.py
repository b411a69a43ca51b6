"""File → Capability report, used as a user would: the current alliance ticked, the partner's
edition in Dutch on Letter, previewed and saved, then the PDF read back; a partner edition of
several partners is refused with a message and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.ui.dialogs.capability import CapabilityDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow

BRENNER = "Brenner optical sensor co-development"


@pytest.fixture
def window(qtbot: QtBot, translation: Translation, small_demo_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    assert window.open_path(small_demo_path)
    yield window
    window.close_workbook()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def show(parent: object, title: str, text: str, *args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", show)
    return shown


def run_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, use: Callable[[CapabilityDialog], None]
) -> list[CapabilityDialog]:
    """File → Capability report…, with ``use`` doing what the user does in the dialog."""
    opened: list[CapabilityDialog] = []

    def exec_(dialog: CapabilityDialog) -> int:
        opened.append(dialog)
        use(dialog)
        return 0

    monkeypatch.setattr(CapabilityDialog, "exec", exec_)
    action = window.file_actions.capability_action
    assert action in window.file_menu.actions() and action.isEnabled()
    action.trigger()
    return opened


def test_the_partners_report_previewed_and_saved(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: list[str],
) -> None:
    assert window.session is not None
    brenner = window.session.db.scalar("SELECT id FROM alliance WHERE name = :n", {"n": BRENNER})
    window.alliance_box.setCurrentIndex(window.alliance_box.findData(brenner))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "brenner"  # the extension is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF files (*.pdf)")
    )

    def use(dialog: CapabilityDialog) -> None:
        assert dialog.chooser.chosen_names() == (BRENNER,)
        dialog.organisation.setCurrentIndex(dialog.organisation.findData("partner"))
        assert "Nothing of ours" in dialog.explanation.text()
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
        assert dialog.pages is not None and dialog.pages.count >= 1
        assert dialog.page_count.text() == f"{dialog.pages.count} pages"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (dialog,) = run_dialog(window, monkeypatch, use)
    saved = out / "brenner.pdf"
    assert messages == [] and dialog.saved == saved
    assert window.statusBar().currentMessage() == f"Saved the capability report to {saved}."
    reader = PdfReader(saved)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "ONTWIKKELPLAN EN DE ONDERSTEUNING" in text
    assert "Opgesteld voor Brenner" in text
    assert list(out.iterdir()) == [saved]


def test_a_partner_edition_of_every_alliance_is_refused(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: list[str],
) -> None:
    target = tmp_path / "all.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF files (*.pdf)")
    )

    def use(dialog: CapabilityDialog) -> None:
        dialog.chooser.all_alliances.setChecked(True)
        dialog.organisation.setCurrentIndex(dialog.organisation.findData("partner"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (dialog,) = run_dialog(window, monkeypatch, use)
    assert len(messages) == 1 and "one partner's management" in messages[0]
    assert dialog.saved is None and not target.exists()
