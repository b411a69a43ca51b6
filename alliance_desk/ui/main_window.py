"""The main window: pages of the open workbook, the alliance chooser, and opening and
closing workbooks (the menus are in :mod:`alliance_desk.ui.menus`)."""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.portfolio import alliance_lines, alliance_of
from alliance_desk.store.workbook import create_workbook, inspect_workbook, open_workbook
from alliance_desk.ui.alliance_box import AllianceBox
from alliance_desk.ui.file_actions import FileActions
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.language import Translation
from alliance_desk.ui.menus import WindowMenus
from alliance_desk.ui.preferences import backup_folder, settings, undo_steps
from alliance_desk.ui.recent_files import remember
from alliance_desk.ui.session import Session
from alliance_desk.ui.signal_board import SignalBoard
from alliance_desk.ui.views import PAGES, PROFILE_ROW
from alliance_desk.ui.views.base import View
from alliance_desk.ui.widgets.after_paint import AfterPaint

FIRST_SIZE = QSize(1280, 760)  # the window's size the first time, unless the screen is larger
SCREEN_SHARE = 0.85  # of a larger screen the window takes the first time
LARGEST_FIRST = QSize(2200, 1400)  # even on a very large screen the first window stays workable
SMALLEST = QSize(760, 440)  # a remembered size below this is not restored


def first_size(available: QSize) -> QSize:
    """The window's size when nothing is remembered: a share of a large screen (the pages
    have room for their text), the default on a laptop, never larger than the screen."""

    def side(default: int, screen: int, largest: int) -> int:
        return min(screen, max(default, min(round(screen * SCREEN_SHARE), largest)))

    return QSize(
        side(FIRST_SIZE.width(), available.width(), LARGEST_FIRST.width()),
        side(FIRST_SIZE.height(), available.height(), LARGEST_FIRST.height()),
    )


class MainWindow(WindowMenus):
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
        self.alliance_box = AllianceBox()
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

        self.file_actions = FileActions(self)
        self._after_paint = AfterPaint(self)
        # Until the window first paints, pages built wait for it to name their controls
        # (right after that paint, before any key or click is handled).
        self.painted = False
        self.file_actions.damaged.connect(self._damaged_after_opening)
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
        screen = self.screen()
        if not restored or size.width() < SMALLEST.width() or size.height() < SMALLEST.height():
            if screen is None:
                self.resize(FIRST_SIZE)
            else:
                available = screen.availableGeometry()
                frame = self.frameGeometry().size() - self.geometry().size()
                self.resize(first_size(available.size() - frame))
                self.move(available.center() - self.rect().center())
        if screen is not None and not screen.availableGeometry().intersects(self.frameGeometry()):
            self.move(screen.availableGeometry().topLeft())

    # Texts -----------------------------------------------------------------

    def retranslate(self) -> None:
        self._retranslate_menus()
        self.alliance_label.setText(self.tr("&Alliance:"))
        self.alliance_box.setAccessibleName(self.tr("Current alliance"))
        self.navigation.setAccessibleName(self.tr("Pages"))
        for row, (_module, name, title) in enumerate(PAGES):
            self.navigation.item(row).setText(QCoreApplication.translate(name, title))
        # Wide enough for the longest page name in the current language.
        width = self.navigation.sizeHintForColumn(0) + 16
        self.navigation.setMinimumWidth(width)
        self.navigation.setMaximumWidth(width + 40)
        self.splitter.setSizes([width, max(self.width() - width, 400)])
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
        # The dialogs' classes are imported when shown: making their Python enums took
        # 2-3 ms before the first paint.
        from PySide6.QtWidgets import QMessageBox

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
        self.session = Session(opened, self, undo_steps())
        self.session.changed.connect(self._on_changed)
        self.session.problem.connect(lambda error: self.show_problem(error, self.tr("Undo")))
        self.session.undo_stack.indexChanged.connect(self._update_undo_texts)
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
        if self.isVisible():
            # The check of every page (and the daily backup) starts once the window has
            # painted the workbook: started before, it shares the processor with the first
            # paint (at start-up, under load, a quarter longer). The list of recent files
            # is written then too (QSettings writes its file at once).
            session = self.session
            self._after_paint.then(lambda: self._after_opening(session, path))
        else:
            self._after_opening(self.session, path)
        for notice in opened.notices:  # e.g. the changes a damaged crash journal lost
            self.show_problem(notice, self.tr("Changes lost after a crash"))
        return True

    def _after_opening(self, session: Session, path: Path) -> None:
        if self.session is session:  # not closed or replaced before the window painted
            remember(path)
            self.file_actions.after_opening(check_pages=True)

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
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workbook"), "", self.tr("alliance_desk workbooks (*.alliance)")
        )
        if path:
            self.open_path(Path(path))

    def new_workbook(self) -> None:
        from PySide6.QtWidgets import QFileDialog

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
        # Imported here: the demo builder brings the round and history generators, a fifth
        # of the start-up's imports, which only the demo needs.
        from alliance_desk.demo.builder import fresh_demo_copy

        self.open_path(fresh_demo_copy())

    def edit_settings(self) -> None:
        # Imported here, as every dialog the first page does not show: start-up stays short.
        from alliance_desk.ui.dialogs.settings import SettingsDialog

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

    # Alliances and pages -----------------------------------------------------

    def _fill_alliances(self) -> None:
        current = self.alliance_box.currentData()
        self.alliance_box.blockSignals(True)
        self.alliance_box.set_lines(
            alliance_lines(self.session.db) if self.session is not None else []
        )
        index = self.alliance_box.lines.row_of(current)
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
            if self.painted:
                view.name_controls()
        return view

    def showEvent(self, event: QShowEvent) -> None:
        if not self.painted:
            self._after_paint.then(self._first_painted)  # watched from here: fewer events
        super().showEvent(event)

    def _first_painted(self) -> None:
        self.painted = True
        for view in self._built_views():
            view.name_controls()

    @property
    def views(self) -> list[View]:
        """Every page (building those not built yet)."""
        return [self.page(row) for row in range(len(PAGES))]

    def _built_views(self) -> list[View]:
        return [view for view in self._built if view is not None]

    def choose_alliance(self, alliance_id: int) -> None:
        """Make ``alliance_id`` current and show the first page about one alliance."""
        self.alliance_box.choose(alliance_id)
        self.navigation.setCurrentRow(PROFILE_ROW)

    def show_record(self, table: str, record_id: int) -> None:
        """Jump to the page that shows ``table`` row ``record_id``."""
        if self.session is None:
            return
        alliance_id = alliance_of(self.session.db, table, record_id)
        if alliance_id is not None:
            self.alliance_box.choose(alliance_id)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        settings().setValue("main_window/geometry", self.saveGeometry())
        self.close_workbook()
        super().closeEvent(event)
