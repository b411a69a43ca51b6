"""Every standard shortcut works on every page whatever has the focus, in both languages,
pressed as a user does (on the focused widget); every key comes from the one table in
ui/shortcuts.py, and no two commands that can be reached at once share a key (Qt would
then fire neither)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from alliance_desk.domain.partners import Organisation
from alliance_desk.ui import shortcuts
from alliance_desk.ui.dialogs.guide import GuideDialog
from alliance_desk.ui.dialogs.search import SearchDialog
from alliance_desk.ui.dialogs.settings import SettingsDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.views import PAGES

WINDOW_CONTEXTS = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@pytest.fixture
def window(qtbot: QtBot, translation: Translation, small_demo_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_path(small_demo_path)
    yield window
    window.close_workbook()


def _actions(window: MainWindow) -> list[QAction]:
    """Every action with keys in the window, its pages built."""
    window.views  # noqa: B018 (builds every page)
    return [action for action in window.findChildren(QAction) if action.shortcuts()]


def test_no_two_commands_reachable_at_once_share_a_key(window: MainWindow) -> None:
    owners: dict[str, list[str]] = {}
    local: list[tuple[str, str]] = []
    for action in _actions(window):
        for sequence in action.shortcuts():
            key = sequence.toString()
            if action.shortcutContext() in WINDOW_CONTEXTS:
                owners.setdefault(key, []).append(action.objectName() or action.text())
            else:
                local.append((key, action.text()))
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    # A page's own keys (Delete, Insert, F2) must not shadow a window command.
    assert [(key, text) for key, text in local if key in owners] == []


def test_every_key_comes_from_the_table(window: MainWindow) -> None:
    known = {sequence for entry in shortcuts.TABLE for sequence in entry.sequences()}
    strays = [
        (action.text(), sequence.toString())
        for action in _actions(window)
        for sequence in action.shortcuts()
        if sequence not in known
    ]
    assert strays == []
    # Each command of the window has exactly the keys the table gives it.
    for action in _actions(window):
        if action.objectName() in shortcuts.BY_NAME:
            assert action.shortcuts() == shortcuts.sequences(action.objectName())


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_shortcut_list_names_every_key(
    window: MainWindow,
    translation: Translation,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    from alliance_desk.ui.dialogs.guide import ShortcutsDialog

    assert translation.switch(language)
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.shortcuts_action.trigger()
    text = shown[0].browser.toPlainText()
    for entry in shortcuts.TABLE:
        assert shortcuts.key_text(entry) in text
    find = "Find in the whole workbook" if language == "en" else "Zoeken in het hele werkboek"
    assert find in text
    assert ("Evaluaties" if language == "nl" else "Evaluations") in text  # Ctrl+4's page


def _types_text(widget: QWidget) -> bool:
    """A field where Ctrl+Z undoes the typing (standard), not a workbook change."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


def _focus_kinds(root: QWidget) -> list[QWidget]:
    """One visible widget of each kind on ``root`` that takes the keyboard focus."""
    chosen: dict[type, QWidget] = {}
    for widget in root.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.ClickFocus
            and widget.focusProxy() is None
            and type(widget) not in chosen
        ):
            chosen[type(widget)] = widget
    return list(chosen.values())


class Effects:
    """What each shortcut did, seen as a user would see it (a dialog, a page, ...)."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch):
        self.window = window
        self.seen: list[str] = []

        def dialog(name: str) -> Callable[..., int]:
            return lambda *args, **kwargs: self.seen.append(name) or 0

        monkeypatch.setattr(SearchDialog, "exec", dialog("find"))
        monkeypatch.setattr(SettingsDialog, "exec", dialog("settings"))
        monkeypatch.setattr(GuideDialog, "exec", dialog("guide"))
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: self.seen.append("new") or ("", "")
        )
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *a, **k: self.seen.append("open") or ("", "")
        )
        # Closing, quitting and the briefing (a dialog that builds PDFs) are taken as
        # heard: tests of their own show what they do.
        for name in ("close", "quit", "briefing"):
            action = window.findChild(QAction, name)
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False, name=name: self.seen.append(name))


def _press(widget: QWidget, sequence: QKeySequence) -> None:
    widget.setFocus()
    assert QApplication.focusWidget() is widget, widget
    QTest.keySequence(widget, sequence)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_shortcut_works_on_every_page_whatever_has_the_focus(
    window: MainWindow,
    translation: Translation,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    assert translation.switch(language)
    effects = Effects(window, monkeypatch)
    session = window.session
    assert session is not None
    # Something to undo and redo.
    session.add(Organisation(name="Undo me Ltd"), "Add organisation")
    saved = QCoreApplication.translate(
        "MainWindow", "Nothing to save: every change is saved as you make it."
    )
    assert (saved != "Nothing to save: every change is saved as you make it.") == (language == "nl")
    pressed = 0
    for row in range(len(PAGES)):
        window.navigation.setCurrentRow(row)
        QApplication.processEvents()  # a window that popped up takes the focus now
        page = window.current_view()
        # Nothing on the page took the keyboard away from the window (a widget shown
        # before it had a parent pops up as a window of its own).
        assert QApplication.activeWindow() is window, PAGES[row][1]
        strays = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
        assert strays == [], PAGES[row][1]
        kinds = [type(widget) for widget in _focus_kinds(page)]
        assert kinds, PAGES[row][1]
        for kind in kinds:
            # Found again each time: an undo or redo may rebuild parts of the page.
            def widget(kind: type = kind, page: QWidget = page) -> QWidget:
                return [w for w in _focus_kinds(page) if type(w) is kind][0]

            where = f"{PAGES[row][1]} / {kind.__name__}"
            _try_every_shortcut(window, effects, widget, where, row, saved)
            pressed += 1
        if row == 0:
            for fixed in (window.navigation, window.alliance_box):
                _try_every_shortcut(
                    window, effects, lambda fixed=fixed: fixed, type(fixed).__name__, row, saved
                )
    print(f"{pressed} kinds of focused widget")
    assert pressed >= 3 * len(PAGES)


def _try_every_shortcut(
    window: MainWindow,
    effects: Effects,
    widget: Callable[[], QWidget],
    where: str,
    row: int,
    saved: str,
) -> None:
    for name in ("new", "open", "close", "briefing", "settings", "quit", "find", "guide"):
        for sequence in shortcuts.typed(shortcuts.BY_NAME[name]):
            _press(widget(), sequence)
            assert effects.seen == [name], (where, sequence.toString())
            effects.seen.clear()
    _press(widget(), shortcuts.sequences("save")[0])
    assert window.statusBar().currentMessage() == saved, where
    window.statusBar().clearMessage()
    for number in range(1, len(PAGES) + 1):
        if number - 1 != row:
            _press(widget(), shortcuts.sequences(f"page_{number}")[0])
            assert window.navigation.currentRow() == number - 1, (where, number)
            window.navigation.setCurrentRow(row)
    assert window.session is not None
    stack = window.session.undo_stack
    index = stack.index()
    for sequence in shortcuts.typed(shortcuts.BY_NAME["redo"]):
        focused = widget()
        _press(focused, shortcuts.sequences("undo")[0])
        if _types_text(focused):
            assert stack.index() == index, (where, "Ctrl+Z belongs to the field")
            break
        assert stack.index() == index - 1, (where, "undo")
        _press(widget(), sequence)
        assert stack.index() == index, (where, "redo", sequence.toString())
