"""Find anything: a search box over the whole workbook whose results jump to the record."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.store.search import search, unmark
from alliance_desk.ui import notation
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.labels import record_name
from alliance_desk.ui.session import Session
from alliance_desk.ui.widgets.columns import fit_columns

TYPING_PAUSE_MS = 150
TEXT_COLUMN = 1
MATCHES_ROLE = Qt.ItemDataRole.UserRole + 1  # [(start, length)] of the matches in the text
MATCH_BACKGROUND = QColor("#ffe082")  # a marker pen's yellow, with dark text on it
MATCH_TEXT = QColor("#202020")


class MatchDelegate(QStyledItemDelegate):
    """Draws a cell's text with its matches highlighted (the text itself stays plain, for
    screen readers, tooltips and copying)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        matches = index.data(MATCHES_ROLE)
        if not matches:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        document = _highlighted(text, matches, item)
        painter.save()
        painter.setClipRect(area)
        top = area.top() + (area.height() - document.size().height()) / 2
        painter.translate(area.left() + margin, top)
        document.drawContents(painter, QRectF(0, 0, area.width(), area.height()))
        painter.restore()


def _highlighted(
    text: str, matches: list[tuple[int, int]], item: QStyleOptionViewItem
) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(item.font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    selected = bool(item.state & QStyle.StateFlag.State_Selected)
    ordinary = QTextCharFormat()
    ordinary.setForeground(
        item.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
    )
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeCharFormat(ordinary)
    match = QTextCharFormat()
    match.setBackground(MATCH_BACKGROUND)
    match.setForeground(MATCH_TEXT)
    for start, length in matches:
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(match)
    return document


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
        fit_columns(self.results, [1, 2])  # the text first, then the alliance's name
        self.results.itemActivated.connect(self._open)
        self.results.setItemDelegateForColumn(TEXT_COLUMN, MatchDelegate(self.results))
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
            text, matches = unmark(hit.snippet)
            if hit.title and hit.title not in text:
                prefix = f"{hit.title}: "
                text = prefix + text
                matches = [(start + len(prefix), length) for start, length in matches]
            item = QTreeWidgetItem([record_name(hit.table), text, hit.alliance or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, (hit.table, hit.record_id))
            item.setData(TEXT_COLUMN, MATCHES_ROLE, matches)
            item.setToolTip(TEXT_COLUMN, text)
            self.results.addTopLevelItem(item)
        if self.query.text().strip() and not hits:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("{count} found").format(count=notation.count(len(hits))))
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setCurrentItem(first)

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
