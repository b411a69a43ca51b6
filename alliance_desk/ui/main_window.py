"""The main window: pages of the open workbook, the alliance chooser, and the menus."""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.demo.builder import fresh_demo_copy
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.portfolio import alliance_lines, alliance_of
from alliance_desk.store.workbook import create_workbook, inspect_workbook, open_workbook
from alliance_desk.ui.dialogs.search import SearchDialog
from alliance_desk.ui.dialogs.settings import SettingsDialog, backup_folder
from alliance_desk.ui.file_actions import FileActions
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.language import Translation
from alliance_desk.ui.preferences import settings
from alliance_desk.ui.recent_files import recent_files, remember
from alliance_desk.ui.session import Session
from alliance_desk.ui.signal_board import SignalBoard
from alliance_desk.ui.views import PAGES, PROFILE_ROW
from alliance_desk.ui.views.base import View

FIRST_SIZE = QSize(1280, 760)  # the window's size the first time
SMALLEST = QSize(760, 440)  # a remembered size below this is not restored


class MainWindow(QMainWindow):
    def __init__(self, translation: Translation):
        super().__init__()
        self.translation = translation
        self.session: Session | None = None

        # Pages are built when first shown and brought up to date when shown again:
        # starting, opening a workbook or choosing another alliance loads only the
        # page in view.
        self._built: list[View | None] = [None] * len(PAGES)
        self._stale: set[View] = set()
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        for _ in PAGES:
            self.pages.addWidget(QWidget())  # stands in until the page is built
            self.navigation.addItem("")
        self.navigation.currentRowChanged.connect(self._show_page)

        self.alliance_label = QLabel()
        self.alliance_box = QComboBox()
        self.alliance_box.setMinimumWidth(320)
        self.alliance_label.setBuddy(self.alliance_box)
        self.alliance_box.currentIndexChanged.connect(self._alliance_box_changed)
        top = QHBoxLayout()
        top.addWidget(self.alliance_label)
        top.addWidget(self.alliance_box)
        top.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        # Says, for as long as it is open, that a workbook on read-only media keeps no change.
        self.read_only_bar = QLabel()
        self.read_only_bar.setObjectName("read_only_bar")
        self.read_only_bar.setWordWrap(True)
        self.read_only_bar.setStyleSheet("background: #fff3cd; color: #000; padding: 6px;")
        self.read_only_bar.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.read_only_bar)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._restore_geometry()
        self.navigation.setCurrentRow(0)
        self.retranslate()

    def _restore_geometry(self) -> None:
        """Where the window was last time, unless that is too small to work in or off
        every screen now (a geometry saved on another screen, or a squeezed window)."""
        geometry = settings().value("main_window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        size = self.size()
        if not restored or size.width() < SMALLEST.width() or size.height() < SMALLEST.height():
            self.resize(FIRST_SIZE)
        screen = self.screen()
        if screen is not None and not screen.availableGeometry().intersects(self.frameGeometry()):
            self.move(screen.availableGeometry().topLeft())

    # Menus -------------------------------------------------------------------

    def _action(
        self, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.new_action = self._action(self.new_workbook, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.choose_workbook, QKeySequence.StandardKey.Open)
        self.demo_action = self._action(self.open_demo)
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.file_menu = self.menuBar().addMenu("")
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_actions = FileActions(self)
        self.file_actions.damaged.connect(self._damaged_after_opening)
        self.file_menu.addAction(self.file_actions.briefing_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.file_actions.backup_action)
        self.file_menu.addAction(self.file_actions.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.file_actions.export_action)
        self.file_menu.addAction(self.file_actions.evaluations_action)
        self.file_menu.addAction(self.file_actions.import_action)
        self.file_menu.addSeparator()
        self.settings_action = self._action(
            self.edit_settings, QKeySequence.StandardKey.Preferences
        )
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu("")
        self.undo_action = self._action(self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.redo, "Ctrl+Shift+Z")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.find_action = self._action(self.search, QKeySequence.StandardKey.Find)
        self.edit_menu.addAction(self.find_action)
        self.frameworks_action = self._action(self.edit_frameworks)
        self.edit_menu.addAction(self.frameworks_action)

        self.view_menu = self.menuBar().addMenu("")
        self.view_actions: list[QAction] = []
        for number in range(len(PAGES)):
            action = self._action(
                lambda _checked=False, row=number: self.navigation.setCurrentRow(row),
                f"Ctrl+{number + 1}",
            )
            self.view_actions.append(action)
            self.view_menu.addAction(action)

        self.english_action = self._action(lambda: self.set_language("en"))
        self.english_action.setText("English")
        self.dutch_action = self._action(lambda: self.set_language("nl"))
        self.dutch_action.setText("Nederlands")
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.addAction(self.english_action)
        self.language_menu.addAction(self.dutch_action)

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = self._action(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)

    # Texts -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New workbook…"))
        self.open_action.setText(self.tr("&Open workbook…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.demo_action.setText(self.tr("Open &demo workbook"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.file_actions.retranslate()
        self.file_actions.update_enabled()
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Find…"))
        self.frameworks_action.setText(self.tr("&Frameworks…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About alliance_desk"))
        self.alliance_label.setText(self.tr("&Alliance:"))
        self.alliance_box.setAccessibleName(self.tr("Current alliance"))
        self.navigation.setAccessibleName(self.tr("Pages"))
        for row, (_module, name, title) in enumerate(PAGES):
            text = QCoreApplication.translate(name, title)
            self.navigation.item(row).setText(text)
            self.view_actions[row].setText(text)
        # Wide enough for the longest page name in the current language.
        width = self.navigation.sizeHintForColumn(0) + 16
        self.navigation.setMinimumWidth(width)
        self.navigation.setMaximumWidth(width + 40)
        self.splitter.setSizes([width, max(self.width() - width, 400)])
        self._update_undo_texts()
        self._update_title()
        self.read_only_bar.setText(
            self.tr(
                "This workbook is on read-only media: changes cannot be saved. "
                "Copy it to a writable folder to change it."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.translation.switch(language)
        settings().setValue("language", language)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("alliance_desk")
        else:
            self.setWindowTitle(f"{self.session.workbook.path.name} – alliance_desk")

    # Workbooks ---------------------------------------------------------------

    @property
    def workbook(self) -> object:
        """The open workbook (None when none is open)."""
        return None if self.session is None else self.session.workbook

    def show_problem(self, error: Exception, title: str | None = None) -> None:
        text = describe_error(error) if isinstance(error, WorkbookError) else str(error)
        QMessageBox.warning(self, title or self.tr("Cannot open the workbook"), text)

    def open_path(self, path: Path) -> bool:
        """Open ``path`` instead of the current workbook; on failure keep the current one."""
        try:
            # The page check runs in the background right after (see after_opening).
            opened = open_workbook(path, backup_folder(), check_pages=False)
        except WorkbookError as error:
            self.show_problem(error)
            return False
        self.close_workbook()
        self.session = Session(opened, self)
        self.session.changed.connect(self._on_changed)
        self.session.problem.connect(lambda error: self.show_problem(error, self.tr("Undo")))
        self.session.undo_stack.indexChanged.connect(self._update_undo_texts)
        remember(path)
        self._stale = set(self._built_views())
        try:
            self._fill_alliances()
        except sqlite3.DatabaseError:
            # A damaged page was hit before the background check could say so.
            self.close_workbook()
            try:
                inspect_workbook(path, opened.backup_dir)
            except WorkbookError as error:
                self.show_problem(error)
            return False
        self._update_title()
        self._update_undo_texts()
        self.read_only_bar.setVisible(opened.read_only)
        self.file_actions.update_enabled()
        self.file_actions.after_opening(check_pages=True)
        for notice in opened.notices:  # e.g. the changes a damaged crash journal lost
            self.show_problem(notice, self.tr("Changes lost after a crash"))
        return True

    def _damaged_after_opening(self, error: WorkbookError) -> None:
        """The check after opening found the workbook damaged: close it and say so."""
        if self.session is not None and self.session.workbook.path == error.path:
            self.close_workbook()
        self.show_problem(error)

    def close_workbook(self) -> None:
        if self.session is None:
            return
        self.file_actions.wait_for_background()
        session, self.session = self.session, None
        for view in self._built_views():
            if view.session is not None:
                view.set_context(None, None)
        session.close()
        session.deleteLater()
        self.read_only_bar.hide()
        self._fill_alliances()
        self._update_title()
        self._update_undo_texts()
        self.file_actions.update_enabled()

    def choose_workbook(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workbook"), "", self.tr("alliance_desk workbooks (*.alliance)")
        )
        if path:
            self.open_path(Path(path))

    def new_workbook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workbook"), "", self.tr("alliance_desk workbooks (*.alliance)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != ".alliance":
            target = target.with_name(target.name + ".alliance")
        try:
            create_workbook(target, own_organisation=self.tr("Our organisation"))
        except WorkbookError as error:
            self.show_problem(error)
            return
        self.open_path(target)

    def open_demo(self) -> None:
        self.open_path(fresh_demo_copy())

    def edit_settings(self) -> None:
        board = None if self.session is None else SignalBoard.of(self.session)
        dialog = SettingsDialog(
            self.translation.language, None if board is None else board.thresholds, self
        )
        if not dialog.exec():
            return
        thresholds = dialog.save()
        if board is not None and thresholds is not None and thresholds != board.thresholds:
            try:
                board.set_thresholds(thresholds)
            except WorkbookError as error:
                self.show_problem(error, self.tr("Settings not saved"))
            # Every page that shows signals judges them again, the one in view first.
            self._stale = set(self._built_views())
            self._bring_up_to_date(self.current_view())
        if dialog.language.currentData() != self.translation.language:
            self.translation.switch(dialog.language.currentData())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent workbooks"))
            empty.setEnabled(False)
        for item in files:
            action = self.recent_menu.addAction(item)
            action.triggered.connect(lambda _checked=False, path=item: self.open_path(Path(path)))

    # Alliances and pages -----------------------------------------------------

    def _fill_alliances(self) -> None:
        current = self.alliance_box.currentData()
        self.alliance_box.blockSignals(True)
        self.alliance_box.clear()
        if self.session is not None:
            for line in alliance_lines(self.session.db):
                self.alliance_box.addItem(f"{line.name} ({line.partner})", line.alliance_id)
        index = self.alliance_box.findData(current)
        self.alliance_box.setCurrentIndex(
            index if index >= 0 else 0 if self.alliance_box.count() else -1
        )
        self.alliance_box.blockSignals(False)
        self._alliance_box_changed()

    def _alliance_box_changed(self) -> None:
        self._stale.update(
            view for view in self._built_views() if view.needs_alliance or view.follows_alliance
        )
        self._bring_up_to_date(self.current_view())

    def _bring_up_to_date(self, view: View) -> None:
        follows = view.needs_alliance or view.follows_alliance
        alliance_id = self.alliance_box.currentData() if follows else None
        if view.session is not self.session or view.alliance_id != alliance_id:
            view.set_context(self.session, alliance_id)
        elif view in self._stale:
            view.reload()
        self._stale.discard(view)

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self._bring_up_to_date(self.page(row))
            self.pages.setCurrentIndex(row)

    def page(self, row: int) -> View:
        """The page in navigation row ``row``, built now if it was not yet."""
        view = self._built[row]
        if view is None:
            module, name, _title = PAGES[row]
            view = getattr(importlib.import_module(module), name)()
            view.alliance_chosen.connect(self.choose_alliance)
            view.open_record.connect(self.show_record)
            current = self.pages.currentIndex()
            stand_in = self.pages.widget(row)
            self.pages.insertWidget(row, view)
            if stand_in is not None:
                self.pages.removeWidget(stand_in)
                stand_in.deleteLater()
            self.pages.setCurrentIndex(current)
            self._built[row] = view
        return view

    @property
    def views(self) -> list[View]:
        """Every page (building those not built yet)."""
        return [self.page(row) for row in range(len(PAGES))]

    def _built_views(self) -> list[View]:
        return [view for view in self._built if view is not None]

    def choose_alliance(self, alliance_id: int) -> None:
        """Make ``alliance_id`` current and show the first page about one alliance."""
        index = self.alliance_box.findData(alliance_id)
        if index >= 0:
            self.alliance_box.setCurrentIndex(index)
        self.navigation.setCurrentRow(PROFILE_ROW)

    def show_record(self, table: str, record_id: int) -> None:
        """Jump to the page that shows ``table`` row ``record_id``."""
        if self.session is None:
            return
        alliance_id = alliance_of(self.session.db, table, record_id)
        if alliance_id is not None:
            index = self.alliance_box.findData(alliance_id)
            if index >= 0:
                self.alliance_box.setCurrentIndex(index)
        for row in range(len(PAGES)):
            view = self.page(row)
            self._bring_up_to_date(view)
            if view.show_record(table, record_id):
                self.navigation.setCurrentRow(row)
                return

    def current_view(self) -> View:
        return self.page(max(self.pages.currentIndex(), 0))

    # Edits -------------------------------------------------------------------

    def _on_changed(self, table: str) -> None:
        if table in ("alliance", "organisation"):
            self._fill_alliances()
        current = self.current_view()
        self._stale.update(view for view in self._built_views() if view is not current)
        if current not in self._stale:
            current.on_changed(table)

    def search(self) -> None:
        """Search the whole workbook; the chosen result opens where it lives.
        (Not ``find``: that would hide QWidget.find, Qt's lookup of a window by its id.)"""
        if self.session is None:
            return
        dialog = SearchDialog(self.session, self)
        dialog.open_record.connect(self.show_record)
        dialog.exec()

    def show_about(self) -> None:
        from alliance_desk.ui.dialogs.about import AboutDialog  # not at start-up

        AboutDialog(self).exec()

    def edit_frameworks(self) -> None:
        """The framework editor, beside the window: Edit → Undo works while it is open."""
        from alliance_desk.ui.dialogs.framework import FrameworkDialog  # not at start-up

        if self.session is None:
            return
        for open_one in self.findChildren(FrameworkDialog):
            if open_one.isVisible():
                open_one.raise_()
                open_one.activateWindow()
                return
        dialog = FrameworkDialog(self.session, self)
        dialog.addActions([self.undo_action, self.redo_action])  # Ctrl+Z in the dialog too
        dialog.show()

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()

    def _update_undo_texts(self) -> None:
        stack = None if self.session is None else self.session.undo_stack
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.frameworks_action.setEnabled(stack is not None)
        # A name in the undo text may hold "&" ("R&D"): shown as is, not as a shortcut.
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=stack.undoText().replace("&", "&&"))
            if stack is not None and can_undo
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=stack.redoText().replace("&", "&&"))
            if stack is not None and can_redo
            else self.tr("&Redo")
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        settings().setValue("main_window/geometry", self.saveGeometry())
        self.close_workbook()
        super().closeEvent(event)
