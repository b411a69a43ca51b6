"""Every control has a name a screen reader can announce, on every page and in every main
dialog, in English and in Dutch; the list of those without one is the failure message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from alliance_desk.ui.accessibility import AccessibleNames, accessible_name, nameless
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow


@pytest.fixture
def translation(qapp: QApplication) -> Iterator[Translation]:
    translation = Translation(qapp)
    yield translation
    translation.switch("en")


class DialogWalker:
    """Stands in for ``QDialog.exec``: shows the dialog, lists its nameless controls, and
    closes it as Cancel would."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.offenders: list[str] = []

    def __call__(self, dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        self.seen.append(type(dialog).__name__)
        self.offenders += walk(dialog, type(dialog).__name__)
        dialog.reject()
        return QDialog.DialogCode.Rejected


def walk(root: QWidget, where: str) -> list[str]:
    """The nameless controls of ``root`` with every tab of its tab widgets shown in turn."""
    found = [f"{where}: {offender}" for offender in nameless(root)]
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            label = tabs.tabText(index).replace("&", "")
            found += [f"{where} ({label}): {offender}" for offender in nameless(root)]
        tabs.setCurrentIndex(current)
    return sorted(set(found), key=found.index)


def opens_a_dialog(button: QPushButton) -> bool:
    return button.isVisible() and button.isEnabled() and button.text().endswith("…")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_control_has_a_name(
    qtbot: QtBot,
    translation: Translation,
    small_demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    assert translation.switch(language)
    walker = DialogWalker()
    monkeypatch.setattr(QDialog, "exec", lambda dialog: walker(dialog))
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: no)
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(small_demo_path)
    offenders = walk(window, "window")
    try:
        for row, view in enumerate(window.views):
            window.navigation.setCurrentRow(row)
            page = type(view).__name__
            offenders += walk(view, page)
            for button in view.findChildren(QPushButton):
                if opens_a_dialog(button):
                    button.click()
        for action in (
            window.find_action,
            window.frameworks_action,
            window.settings_action,
            window.about_action,
            window.file_actions.briefing_action,
            window.file_actions.evaluations_action,
        ):
            action.trigger()
        from alliance_desk.ui.dialogs.framework import FrameworkDialog

        for editor in window.findChildren(FrameworkDialog):  # beside the window, not modal
            offenders += walk(editor, "FrameworkDialog")
            for button in editor.findChildren(QPushButton):
                if opens_a_dialog(button):
                    button.click()
            walker.seen.append("FrameworkDialog")
            editor.close()
        offenders += walker.offenders
        # The walk reached the dialogs it is meant to check.
        assert {
            "SearchDialog",
            "FrameworkDialog",
            "SettingsDialog",
            "AboutDialog",
            "BriefingDialog",
            "ExportDialog",
            "NewAllianceDialog",
            "StakeholderDialog",
            "CommitDialog",
        } <= set(walker.seen)
        assert offenders == [], "controls without an accessible name:\n" + "\n".join(offenders)
    finally:
        window.close_workbook()


def test_a_derived_name_follows_the_language(qtbot: QtBot, translation: Translation) -> None:
    """A field named only by its placeholder is named in the language shown."""
    from PySide6.QtCore import QCoreApplication

    box = QWidget()
    qtbot.addWidget(box)
    field = QLineEdit(box)
    names = AccessibleNames(box)

    def retranslate() -> None:
        field.setPlaceholderText(
            QCoreApplication.translate("PortfolioView", "alliance or partner name")
        )

    retranslate()
    box.show()
    assert accessible_name(field) == "alliance or partner name"
    translation.switch("nl")
    retranslate()
    QApplication.sendPostedEvents()  # Qt tells the windows of the new language
    QApplication.sendPostedEvents(names)  # ... and the names follow once all have heard
    assert accessible_name(field) == QCoreApplication.translate(
        "PortfolioView", "alliance or partner name"
    )
    assert accessible_name(field) != "alliance or partner name"
