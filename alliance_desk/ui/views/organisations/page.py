"""The organisations page: our own organisation and every partner, with or without an alliance.

A partner is often known before there is an alliance with it (ISO 44001's
partner-selection stage), and our own organisation's record needs correcting
now and then; this page lists every organisation, ours first, with how many
alliances each is the partner in and how many of its people are mapped. The
chosen one's details and alliances show below it; Enter or a double click on
an alliance makes it the window's current alliance. Every edit is one undoable
step through the session. An organisation can be deleted only when nothing in
the workbook names it (read from the schema's foreign keys), and our own
organisation never: the button says why not.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.partners import Organisation
from alliance_desk.domain.record import Record
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import organisations, records
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.labels import (
    describe_error,
    describe_validation,
    field_label,
    label,
    rag_label,
    record_name,
)
from alliance_desk.ui.record_form import CommitDialog
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.follow_up.dialogs import blank
from alliance_desk.ui.views.history.page import history_request
from alliance_desk.ui.views.portfolio.page import RAG_COLOURS, RAG_SYMBOLS
from alliance_desk.ui.widgets.columns import fit_columns

FIELDS = ["name", "sector", "country", "website", "notes"]
# Tables whose changes show on this page: its own, the counts, and what may stop a deletion.
WATCHED_TABLES = {"organisation", "alliance", "stakeholder", "maturity_assessment"}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex


class OrganisationsModel(QAbstractTableModel):
    """The organisations of :func:`alliance_desk.store.organisations.overview`, one per row."""

    COLUMN_KEYS = ("name", "sector", "country", "alliances", "stakeholders")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.lines: list[organisations.OrganisationLine] = []

    def set_lines(self, lines: list[organisations.OrganisationLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def key(self, row: int) -> int:
        return self.lines[row].organisation_id

    def row_of(self, organisation_id: int) -> int | None:
        for row, line in enumerate(self.lines):
            if line.organisation_id == organisation_id:
                return row
        return None

    def column_of(self, key: str) -> int:
        return self.COLUMN_KEYS.index(key)

    @staticmethod
    def title(key: str) -> str:
        # Literal strings inside translate() so lupdate finds them.
        titles: dict[str, Callable[[], str]] = {
            "name": lambda: QCoreApplication.translate("OrganisationsModel", "Name"),
            "sector": lambda: QCoreApplication.translate("OrganisationsModel", "Sector"),
            "country": lambda: QCoreApplication.translate("OrganisationsModel", "Country"),
            "alliances": lambda: QCoreApplication.translate(
                "OrganisationsModel", "Alliances as partner"
            ),
            "stakeholders": lambda: QCoreApplication.translate(
                "OrganisationsModel", "Stakeholders"
            ),
        }
        return titles[key]()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMN_KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMN_KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(self.COLUMN_KEYS[section])
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMN_KEYS[section] == "stakeholders":
            return QCoreApplication.translate(
                "OrganisationsModel",
                "People of this organisation on the stakeholder maps of its alliances",
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        if not 0 <= index.column() < len(self.COLUMN_KEYS):
            return None
        key = self.COLUMN_KEYS[index.column()]
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name" and line.is_own:
                return QCoreApplication.translate("OrganisationsModel", "{name} (ours)").format(
                    name=line.name
                )
            if key == "alliances" and line.is_own:
                return "—"  # we are the other party, never the partner
            value = getattr(line, key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("alliances", "stakeholders") else LEFT
        if role == Qt.ItemDataRole.FontRole and line.is_own and key == "name":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            if line.is_own:
                return QCoreApplication.translate("OrganisationsModel", "Our own organisation")
            if not line.alliances:
                return QCoreApplication.translate(
                    "OrganisationsModel", "No alliance yet: a prospective partner"
                )
        return None


class OrganisationDialog(CommitDialog):
    """Edit or create an organisation; ``commit`` stores it (and may refuse)."""

    def __init__(
        self,
        title: str,
        base: Organisation,
        commit: Callable[[Record], object],
        parent: QWidget | None = None,
    ):
        # "is_own" is not a field of the form: there is one own organisation, made with
        # the workbook, and a new one is always a partner.
        super().__init__(title, base, FIELDS, commit, parent)
        self.setMinimumWidth(480)
        self.form.editors["name"].setFocus()


def _plain_label() -> QLabel:
    text = QLabel()
    text.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are not markup
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return text


class OrganisationsView(View):
    """Every organisation of the workbook; the chosen one's details and its alliances."""

    needs_alliance = False  # about the whole workbook, like the portfolio

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = OrganisationsModel(self)

        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.history_button = QPushButton()
        self.table = QTableView()
        self.table.setObjectName("organisations")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Long sectors share the room with names; countries and counts are as wide as
        # their first rows need.
        fit_columns(self.table, [self.model.column_of(key) for key in ("name", "sector")])
        self.summary = QLabel()

        self.heading = _plain_label()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.details: dict[str, tuple[QLabel, QLabel]] = {
            name: (QLabel(), _plain_label()) for name in ("sector", "country", "website", "notes")
        }
        self.deletable = _plain_label()
        self.alliances_label = QLabel()
        self.alliances = QTreeWidget()
        self.alliances.setRootIsDecorated(False)
        self.alliances.setColumnCount(3)
        self.alliances.setAlternatingRowColors(True)
        fit_columns(self.alliances, [0])  # the names take the room status and stage leave
        self.alliances_label.setBuddy(self.alliances)
        self.no_alliances = _plain_label()

        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            filters.addWidget(button)
        filters.addWidget(self.history_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.summary)

        facts = QFormLayout()
        for caption, value in self.details.values():
            caption.setBuddy(value)
            facts.addRow(caption, value)
        facts.addRow(self.deletable)
        details_side = QVBoxLayout()
        details_side.addLayout(facts)
        details_side.addStretch(1)
        alliances_side = QVBoxLayout()
        alliances_side.addWidget(self.alliances_label)
        alliances_side.addWidget(self.alliances, 1)
        alliances_side.addWidget(self.no_alliances)
        alliances_side.addStretch(0)
        sides = QHBoxLayout()
        sides.addLayout(details_side, 2)
        sides.addLayout(alliances_side, 3)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.heading)
        bottom_layout.addLayout(sides, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        chain: list[QWidget] = [
            self.search,
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.history_button,
            self.table,
            self.alliances,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.search.textChanged.connect(lambda _text: self.reload())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.history_button.clicked.connect(self.show_history)
        # Enter and a double click both arrive as "activated" (one dialog, not two).
        self.table.activated.connect(self.edit)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.alliances.itemActivated.connect(self._choose_alliance)
        self._table_action(QKeySequence.StandardKey.Delete, self.delete)
        self._table_action(QKeySequence(Qt.Key.Key_Insert), self.add)
        self.retranslate()

    def _table_action(self, keys: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Organisations")

    # Texts -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("F&ind:"))
        self.search.setPlaceholderText(self.tr("name, sector or country"))
        self.search.setAccessibleName(self.tr("Filter organisations"))
        self.add_button.setText(self.tr("&New organisation…"))
        self.add_button.setToolTip(
            self.tr("Record an organisation, for example a prospective partner")
        )
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the chosen organisation (Enter or double click)"))
        self.delete_button.setText(self.tr("Delete…"))
        self.history_button.setText(self.tr("Histor&y"))
        self.history_button.setToolTip(self.tr("Every change made to the chosen organisation"))
        self.table.setAccessibleName(self.tr("Organisations"))
        for name, (caption, value) in self.details.items():
            caption.setText(field_label("organisation", name) + ":")
            value.setAccessibleName(field_label("organisation", name))
        self.alliances_label.setText(self.tr("Alliances &with this organisation as partner:"))
        self.alliances.setAccessibleName(self.tr("Alliances of the chosen organisation"))
        self.alliances.setToolTip(self.tr("Enter or a double click makes it the current alliance"))
        self.alliances.setHeaderLabels([self.tr("Alliance"), self.tr("Status"), self.tr("Stage")])
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.model.layoutChanged.emit()
        self._show_details()

    # Data ------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.selected_id()
        if self.session is None:
            self.model.set_lines([])
        else:
            self.model.set_lines(organisations.overview(self.session.db, self.search.text()))
        if keep is not None:
            self.select(keep, scroll=False)
        self._show_details()

    def on_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.reload()

    # Selection -------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not self.table.selectionModel().selectedRows() or not index.isValid():
            return None
        return self.model.key(index.row())

    def select(self, organisation_id: int, scroll: bool = True) -> bool:
        """Make ``organisation_id`` the chosen row if it is shown; True if it is."""
        row = self.model.row_of(organisation_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def show_record(self, table: str, record_id: int) -> bool:
        """Show an organisation, clearing a filter that hides it."""
        if table != "organisation" or self.session is None:
            return False
        if self.model.row_of(record_id) is None and self.search.text():
            self.search.clear()  # reloads
        if not self.select(record_id):
            return False
        self.table.setFocus()
        return True

    def _organisation(self) -> Organisation | None:
        organisation_id = self.selected_id()
        if self.session is None or organisation_id is None:
            return None
        return records.get(self.session.db, Organisation, organisation_id)

    def why_not_deletable(self, organisation: Organisation) -> str | None:
        """Why the organisation may not be deleted, or None if it may."""
        if organisation.is_own:
            return self.tr("Our own organisation cannot be deleted.")
        assert self.session is not None
        found = organisations.referenced_by(self.session.db, organisation.id or 0)
        if not found:
            return None
        shown = ", ".join(f"{record_name(table)} ({count})" for table, count in found.items())
        return self.tr("It cannot be deleted while other records refer to it: {records}.").format(
            records=shown
        )

    def _show_details(self) -> None:
        """The chosen organisation's details and alliances; the buttons that apply."""
        organisation = self._organisation()
        chosen = organisation is not None
        self.add_button.setEnabled(self.session is not None)
        self.edit_button.setEnabled(chosen)
        self.history_button.setEnabled(chosen)
        self._summarise()
        self.alliances.clear()
        self.no_alliances.setText("")
        if organisation is None or self.session is None:
            self.heading.setText(
                self.tr("Choose an organisation to see its details and its alliances.")
                if self.model.rowCount()
                else ""
            )
            for _caption, value in self.details.values():
                value.setText("")
            self.deletable.setText("")
            self.alliances.setVisible(False)
            self.delete_button.setEnabled(False)
            self.delete_button.setToolTip(self.tr("Delete the chosen organisation (Delete key)"))
            return
        self.heading.setText(
            self.tr("{name} (our organisation)").format(name=organisation.name)
            if organisation.is_own
            else organisation.name
        )
        for name, (_caption, value) in self.details.items():
            value.setText(getattr(organisation, name) or "—")
        reason = self.why_not_deletable(organisation)
        self.delete_button.setEnabled(reason is None)
        self.delete_button.setToolTip(
            reason or self.tr("Delete the chosen organisation (Delete key)")
        )
        self.deletable.setText(reason or "")
        for line in organisations.alliances_of(self.session.db, organisation.id or 0):
            item = QTreeWidgetItem(
                [
                    line.name,
                    f"{RAG_SYMBOLS[line.status_rag]} {rag_label(line.status_rag)}",
                    label(line.lifecycle_stage),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, line.alliance_id)
            item.setForeground(1, QBrush(QColor(RAG_COLOURS[line.status_rag])))
            item.setToolTip(0, line.name)
            self.alliances.addTopLevelItem(item)
        # An empty list says nothing: a sentence takes its place.
        self.alliances.setVisible(self.alliances.topLevelItemCount() > 0)
        if organisation.is_own:
            self.no_alliances.setText(
                self.tr("We are the other party in every alliance; the Portfolio lists them all.")
            )
        elif not self.alliances.topLevelItemCount():
            self.no_alliances.setText(
                self.tr(
                    "No alliance with this organisation yet. Profile → New alliance… starts one."
                )
            )

    def _summarise(self) -> None:
        if self.session is None:
            self.summary.setText("")
            return
        self.summary.setText(
            self.tr("Organisations shown: {count}").format(count=self.model.rowCount())
        )

    def _choose_alliance(self, item: QTreeWidgetItem) -> None:
        # The window makes it the current alliance and opens its profile.
        self.alliance_chosen.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    # Edits -----------------------------------------------------------------------

    def add(self) -> None:
        if self.session is None:
            return
        session = self.session
        added: list[int] = []

        def commit(record: Record) -> None:
            assert isinstance(record, Organisation)
            stored = session.add(
                record, self.tr("Add organisation “{name}”").format(name=record.name)
            )
            added.append(stored.id or 0)

        dialog = OrganisationDialog(
            self.tr("New organisation"), blank(Organisation, is_own=False), commit, self
        )
        if dialog.exec() and added:
            if self.model.row_of(added[0]) is None:
                self.search.clear()  # the filter would hide the new one
            self.select(added[0])

    def edit(self, _index: QModelIndex | None = None) -> None:
        current = self._organisation()
        if self.session is None or current is None:
            return
        session = self.session
        text = self.tr("Edit organisation “{name}”").format(name=current.name)

        def commit(record: Record) -> None:
            if record != current:  # OK without a change leaves nothing to undo
                session.change(current, text, **{name: getattr(record, name) for name in FIELDS})

        OrganisationDialog(text, current, commit, self).exec()

    def delete(self) -> None:
        current = self._organisation()
        if self.session is None or current is None or current.id is None:
            return
        if self.why_not_deletable(current) is not None:
            return  # the button is disabled and says why; the Delete key does nothing
        answer = QMessageBox.question(
            self,
            self.tr("Delete organisation"),
            self.deletion_question(current),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Delete organisation “{name}”").format(name=current.name)
        try:
            self.session.remove(Organisation, current.id, text)
        except (ValidationError, WorkbookError) as error:
            message = (
                describe_error(error)
                if isinstance(error, WorkbookError)
                else describe_validation(error)
            )
            QMessageBox.warning(self, self.tr("Delete organisation"), message)

    def deletion_question(self, organisation: Organisation) -> str:
        """The confirmation text: which organisation, and that undo brings it back."""
        # The first line holds no names: a message box reads text as markup when its first line
        # looks like markup, and names must show as typed.
        where = ", ".join(part for part in (organisation.sector, organisation.country) if part)
        named = f"“{organisation.name}”" + (f" ({where})" if where else "")
        return "\n".join(
            [
                self.tr("Delete this organisation?"),
                "",
                named,
                "",
                self.tr("Nothing in the workbook refers to it. Undo (Ctrl+Z) brings it back."),
            ]
        )

    def show_history(self) -> None:
        organisation_id = self.selected_id()
        if organisation_id is not None:
            # The window routes this to the history page.
            self.open_record.emit(history_request("organisation"), organisation_id)
