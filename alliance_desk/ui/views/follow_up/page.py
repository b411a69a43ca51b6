"""The follow-up page: actions, decisions and risks, of the chosen alliance or of all.

What the alliance manager must chase: actions past their due date,
decisions senior management has not taken by their deadline, risks whose
review is late. Three tabs share the filters above them (which alliances,
part of the title, overdue only); each tab filters by owner and status of
its own. Everything is filtered, sorted and paged in SQL, so the 50,000
actions of a large workbook cost no more than a hundred.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.store import follow_up
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.follow_up.panel import TYPING_PAUSE_MS, FollowUpPanel
from alliance_desk.ui.views.history.page import history_request

CURRENT, ALL = "current", "all"
# Tables whose changes show on this page: its own, and the names it shows beside them.
WATCHED_TABLES = {"action", "decision", "risk", "alliance", "evaluation", "meeting"}


class FollowUpView(View):
    """Actions, decisions and risks with overdue items marked; add, edit, delete."""

    needs_alliance = False  # it can show every alliance at once ...
    follows_alliance = True  # ... but starts from the one chosen in the window

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scope = QComboBox()
        self.scope_label = QLabel()
        self.scope_label.setBuddy(self.scope)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.overdue_only = QCheckBox()
        self.panels = {
            table: FollowUpPanel(follow_up.KINDS[table]) for table in ("action", "decision", "risk")
        }
        self.tabs = QTabWidget()
        for panel in self.panels.values():
            self.tabs.addTab(panel, "")
            panel.filters_changed.connect(lambda panel=panel: self.apply_filters(panel))
            panel.history_requested.connect(self._history)

        filters = QHBoxLayout()
        filters.addWidget(self.scope_label)
        filters.addWidget(self.scope)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.overdue_only)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.scope, self.search)
        self.setTabOrder(self.search, self.overdue_only)
        self.setTabOrder(self.overdue_only, self.tabs)

        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self.typing.start)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.overdue_only.toggled.connect(lambda: self.apply_filters())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Actions & decisions")

    def retranslate(self) -> None:
        self.scope_label.setText(self.tr("&Show:"))
        self.scope.setAccessibleName(self.tr("Which alliances to show"))
        self.search_label.setText(self.tr("F&ind:"))
        self.search.setPlaceholderText(self.tr("part of the title"))
        self.search.setAccessibleName(self.tr("Filter by title"))
        self.overdue_only.setText(self.tr("&Overdue only"))
        self.overdue_only.setToolTip(
            self.tr(
                "Open actions past their due date, pending decisions past their deadline, "
                "open risks past their review date"
            )
        )
        self._fill_scope()
        for panel in self.panels.values():
            panel.retranslate()
        self._title_tabs()

    def _fill_scope(self) -> None:
        chosen = self.scope.currentData() or CURRENT
        name = follow_up.alliance_name(self.session.db, self.alliance_id) if self.session else None
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(
            self.tr("Current alliance ({name})").format(name=name)
            if name
            else self.tr("Current alliance"),
            CURRENT,
        )
        self.scope.addItem(self.tr("All alliances"), ALL)
        self.scope.setCurrentIndex(max(self.scope.findData(chosen), 0))
        self.scope.blockSignals(False)

    def _title_tabs(self) -> None:
        names = {
            "action": (self.tr("A&ctions"), self.tr("A&ctions ({count} overdue)")),
            "decision": (self.tr("&Decisions"), self.tr("&Decisions ({count} overdue)")),
            "risk": (self.tr("&Risks"), self.tr("&Risks ({count} overdue)")),
        }
        for table, panel in self.panels.items():
            plain, counted = names[table]
            index = self.tabs.indexOf(panel)
            self.tabs.setTabText(
                index, counted.format(count=panel.overdue) if panel.overdue else plain
            )

    # Data ------------------------------------------------------------------------

    def set_context(self, session: Session | None, alliance_id: int | None) -> None:
        self.session = session
        self.alliance_id = alliance_id  # kept although the page does not need one
        self.reload()

    def reload(self) -> None:
        for panel in self.panels.values():
            panel.set_session(self.session)
            panel.alliance_id = self.alliance_id
        self._fill_scope()
        self._fill_owners()
        self.apply_filters()

    def on_changed(self, table: str) -> None:
        if table not in WATCHED_TABLES:
            return
        if table in self.panels:
            self.panels[table].fill_owners(self.shown_alliance())
            self.apply_filters(self.panels[table])
        else:
            self.reload()

    def shown_alliance(self) -> int | None:
        """The alliance the rows are limited to (0 matches none), None for all."""
        if self.scope.currentData() == ALL:
            return None
        return self.alliance_id if self.alliance_id is not None else 0

    def common_filter(self) -> follow_up.Filter:
        return follow_up.Filter(
            alliance_id=self.shown_alliance(),
            overdue_only=self.overdue_only.isChecked(),
            text=self.search.text(),
        )

    def apply_filters(self, only: FollowUpPanel | None = None) -> None:
        """Query again (one panel, or all three) with the filters as they are now."""
        if self.session is None:
            for panel in self.panels.values():
                panel.overdue = 0
            self._title_tabs()
            return
        self.typing.stop()
        common, today = self.common_filter(), self.session.today()
        for panel in self.panels.values():
            if only is None or panel is only:
                panel.apply(common, today)
        self._title_tabs()

    def _fill_owners(self) -> None:
        for panel in self.panels.values():
            panel.fill_owners(self.shown_alliance())

    def _scope_changed(self) -> None:
        self._fill_owners()
        self.apply_filters()

    # Records ---------------------------------------------------------------------

    def show_record(self, table: str, record_id: int) -> bool:
        """Show an action, decision or risk, clearing the filters that would hide it."""
        panel = self.panels.get(table)
        if panel is None or self.session is None:
            return False
        alliance_id = follow_up.alliance_of(self.session.db, table, record_id)
        if alliance_id is None:
            return False
        if panel.model is None:
            self.reload()
        self.tabs.setCurrentWidget(panel)
        if panel.model is not None and panel.model.row_of(record_id) is None:
            for widget in (self.scope, self.search, self.overdue_only):
                widget.blockSignals(True)
            if alliance_id != self.alliance_id:
                self.scope.setCurrentIndex(self.scope.findData(ALL))
            self.search.clear()
            self.overdue_only.setChecked(False)
            for widget in (self.scope, self.search, self.overdue_only):
                widget.blockSignals(False)
            panel.clear_filters()
            self._fill_owners()
            self.apply_filters()
        if not panel.select(record_id):
            return False
        panel.table.setFocus()
        return True

    def _history(self, table: str, record_id: int) -> None:
        # The window routes this to the history page.
        self.open_record.emit(history_request(table), record_id)
