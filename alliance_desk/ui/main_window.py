"""The main window: the open workbook's portfolio, and the File and Language menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.portfolio import alliance_lines
from alliance_desk.store.workbook import Workbook, create_workbook, open_workbook
from alliance_desk.ui.app import Translation, fresh_demo_copy, settings
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.portfolio_model import PortfolioModel


class MainWindow(QMainWindow):
    def __init__(self, translation: Translation):
        super().__init__()
        self.translation = translation
        self.workbook: Workbook | None = None
        self.model = PortfolioModel(self)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("portfolio")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_workbook)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_workbook)
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(self.open_demo)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        for action in (self.new_action, self.open_action, self.demo_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.english_action = QAction("English", self)
        self.english_action.triggered.connect(lambda: self.set_language("en"))
        self.dutch_action = QAction("Nederlands", self)
        self.dutch_action.triggered.connect(lambda: self.set_language("nl"))
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.addAction(self.english_action)
        self.language_menu.addAction(self.dutch_action)

        geometry = settings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 650)
        self.retranslate()

    # Texts -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New workbook…"))
        self.open_action.setText(self.tr("&Open workbook…"))
        self.demo_action.setText(self.tr("Open &demo workbook"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.table.setAccessibleName(self.tr("Alliances in this workbook"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.translation.switch(language)
        settings().setValue("language", language)

    def refresh(self) -> None:
        if self.workbook is None:
            self.setWindowTitle("alliance_desk")
            self.heading.setText(
                self.tr("No workbook is open. Open one or start with the demo from the File menu.")
            )
            self.model.set_lines([])
            return
        lines = alliance_lines(self.workbook.db)
        self.setWindowTitle(f"{self.workbook.path.name} – alliance_desk")
        self.heading.setText(
            self.tr("{count} alliances in {path}").format(count=len(lines), path=self.workbook.path)
        )
        self.model.set_lines(lines)

    # Workbooks ---------------------------------------------------------------

    def show_problem(self, error: WorkbookError) -> None:
        QMessageBox.warning(self, self.tr("Cannot open the workbook"), describe_error(error))

    def open_path(self, path: Path) -> bool:
        """Open ``path`` instead of the current workbook; on failure keep the current one."""
        try:
            opened = open_workbook(path)
        except WorkbookError as error:
            self.show_problem(error)
            return False
        self.close_workbook()
        self.workbook = opened
        self.refresh()
        return True

    def close_workbook(self) -> None:
        if self.workbook is not None:
            self.workbook.close()
            self.workbook = None

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

    def closeEvent(self, event: QCloseEvent) -> None:
        settings().setValue("main_window/geometry", self.saveGeometry())
        self.close_workbook()
        super().closeEvent(event)
