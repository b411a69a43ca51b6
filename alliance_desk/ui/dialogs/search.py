"""Find anything: a search box over the whole workbook whose results jump to the record."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.store.search import MARK_END, MARK_START, search
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.labels import record_name
from alliance_desk.ui.session import Session

TYPING_PAUSE_MS = 150


class SearchDialog(QDialog):
    """Type to search; Enter or a double click opens the chosen record."""

    open_record = Signal(str, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.session = session
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.caption = QLabel()
        self.caption.setBuddy(self.query)
        self.results = QTreeWidget()
        self.results.setRootIsDecorated(False)
        self.results.setColumnCount(3)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._open)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(self.timer.start)
        self.query.returnPressed.connect(self._enter)
        self.resize(760, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find in workbook"))
        self.caption.setText(self.tr("&Search names, notes and comments:"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHeaderLabels([self.tr("Found in"), self.tr("Text"), self.tr("Alliance")])

    def run(self) -> None:
        """Search now (typing starts this after a short pause)."""
        self.timer.stop()
        hits = search(self.session.db, self.query.text())
        self.results.clear()
        for hit in hits:
            text = hit.snippet.replace(MARK_START, "«").replace(MARK_END, "»")
            if hit.title and hit.title not in text:
                text = f"{hit.title}: {text}"
            item = QTreeWidgetItem([record_name(hit.table), text, hit.alliance or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, (hit.table, hit.record_id))
            item.setToolTip(1, text)
            self.results.addTopLevelItem(item)
        self.results.resizeColumnToContents(0)
        self.results.setColumnWidth(1, 470)
        if self.query.text().strip() and not hits:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("{count} found").format(count=len(hits)))
        if hits:
            self.results.setCurrentItem(self.results.topLevelItem(0))

    def _enter(self) -> None:
        if self.timer.isActive():
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        table, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.open_record.emit(table, record_id)
        self.accept()
