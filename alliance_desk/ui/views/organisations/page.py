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

from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.partners import Organisation
from alliance_desk.store import organisations, records
from alliance_desk.ui.field_texts import field_label
from alliance_desk.ui.labels import label, rag_label
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.follow_up.dialogs import blank
from alliance_desk.ui.views.history.page import history_request
from alliance_desk.ui.views.organisations.dialogs import (
    FIELDS,
    OrganisationDialog,
    deletion_question,
    why_not_deletable,
)
from alliance_desk.ui.views.organisations.model import OrganisationsModel
from alliance_desk.ui.views.portfolio.page import RAG_COLOURS, RAG_SYMBOLS
from alliance_desk.ui.views.record_edits import add_record, delete_record, edit_record, table_key
from alliance_desk.ui.widgets.columns import fit_columns

# Tables whose changes show on this page: its own, the counts, and what may stop a deletion.
WATCHED_TABLES = {"organisation", "alliance", "stakeholder", "maturity_assessment"}


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
        table_key(self.table, QKeySequence.StandardKey.Delete, self.delete)
        table_key(self.table, QKeySequence(Qt.Key.Key_Insert), self.add)
        self.retranslate()

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
            db = self.session.db
            self.model.set_lines(
                organisations.listed(db, self.search.text()), partial(organisations.counts, db)
            )
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
        reason = why_not_deletable(self.session.db, organisation)
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
        added = add_record(
            self.session,
            lambda record, commit: OrganisationDialog(
                self.tr("New organisation"), record, commit, self
            ),
            blank(Organisation, is_own=False),
            lambda record: self.tr("Add organisation “{name}”").format(name=record.name),
        )
        if added is not None:
            if self.model.row_of(added) is None:
                self.search.clear()  # the filter would hide the new one
            self.select(added)

    def edit(self, _index: QModelIndex | None = None) -> None:
        current = self._organisation()
        if self.session is None or current is None:
            return
        text = self.tr("Edit organisation “{name}”").format(name=current.name)
        edit_record(
            self.session,
            lambda record, commit: OrganisationDialog(text, record, commit, self),
            current,
            FIELDS,
            text,
        )

    def delete(self) -> None:
        current = self._organisation()
        if self.session is None or current is None or current.id is None:
            return
        if why_not_deletable(self.session.db, current) is not None:
            return  # the button is disabled and says why; the Delete key does nothing
        delete_record(
            self,
            self.session,
            current,
            self.tr("Delete organisation"),
            deletion_question(current),
            self.tr("Delete organisation “{name}”").format(name=current.name),
        )

    def show_history(self) -> None:
        organisation_id = self.selected_id()
        if organisation_id is not None:
            # The window routes this to the history page.
            self.open_record.emit(history_request("organisation"), organisation_id)
