"""Alt+letter: no page takes the letter of a menu or of the alliance chooser, in either
language (the menu would stop opening from the keyboard on that page)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&(\w)")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.fixture
def translation(qapp: QApplication) -> Iterator[Translation]:
    translation = Translation(qapp)
    yield translation
    translation.switch("en")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_pages_leave_the_menus_letters_alone(
    qtbot: QtBot, translation: Translation, small_demo_path: Path, language: str
) -> None:
    assert translation.switch(language)
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(small_demo_path)
    try:
        menus = [
            window.file_menu,
            window.edit_menu,
            window.view_menu,
            window.language_menu,
            window.help_menu,
        ]
        taken = {letter(menu.title()) for menu in menus} | {letter(window.alliance_label.text())}
        assert None not in taken and len(taken) == len(menus) + 1
        clashes = []
        for row, view in enumerate(window.views):
            window.navigation.setCurrentRow(row)
            for widget in view.findChildren(QWidget):
                if isinstance(widget, QLabel) and widget.buddy() is None:
                    continue  # no buddy: an "&" in the text is shown as typed, not a shortcut
                if not isinstance(widget, QLabel | QAbstractButton):
                    continue
                key = letter(widget.text())
                if key in taken and widget.isVisibleTo(view):
                    clashes.append((type(view).__name__, widget.text()))
        assert clashes == []
    finally:
        window.close_workbook()
