"""The portfolio's early-warning signals as a user meets them: the Signals column (symbol,
word, count, colour and the sentences in a tooltip), sorting and filtering by it, the pane
below the table, the reminder's link, "Needs attention", and edits and undo changing them
at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from alliance_desk.domain.evaluations import Evaluation, PulseCheck
from alliance_desk.domain.follow_up import Decision
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, framework_by_code
from alliance_desk.ui.language import Translation
from alliance_desk.ui.session import Session
from alliance_desk.ui.signal_board import SignalBoard
from alliance_desk.ui.views.portfolio.page import PortfolioModel, PortfolioView

from .conftest import TODAY

NAME = PortfolioModel.COLUMN_KEYS.index("name")
SIGNALS = PortfolioModel.COLUMN_KEYS.index("signals")
NOT_ASSESSED = "Nobody has assessed the status of this alliance yet"


@pytest.fixture
def alliances(session: Session) -> dict[str, int]:
    """Three alliances with known signals (as of TODAY, default thresholds):

    - "Unassessed": started long ago, status never set, never any contact: four warnings
      (not assessed, health check overdue, no partner view, losing touch);
    - "Stuck": green, in touch, one decision 40 days past its deadline: an alarm;
    - "Calm": green, started ten days ago, a pulse check today: nothing.
    """
    db = session.db
    made = {}
    for name, start, status in (
        ("Unassessed", TODAY - dt.timedelta(days=500), None),
        ("Stuck", TODAY - dt.timedelta(days=20), "green"),
        ("Calm", TODAY - dt.timedelta(days=10), "green"),
    ):
        partner = records.insert(db, Organisation(name=f"{name} partner"))
        alliance = records.insert(
            db, Alliance(partner_id=partner.id, name=name, start_date=start, status_rag=status)
        )
        made[name] = alliance.id
        if status:
            records.insert(db, PulseCheck(alliance_id=alliance.id, checked_on=TODAY, rag=status))
    records.insert(
        db,
        Decision(
            alliance_id=made["Stuck"],
            title="Fund the pilot?",
            deadline=TODAY - dt.timedelta(days=40),
        ),
    )
    return made


@pytest.fixture
def view(
    session: Session, alliances: dict[str, int], translation: Translation, qtbot: QtBot
) -> PortfolioView:
    view = PortfolioView()
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    view.set_session(session)
    session.changed.connect(view.on_changed)  # as the main window passes edits on
    return view


def shown(view: PortfolioView) -> dict[str, str]:
    """The Signals column by alliance name, in the table's order."""
    model = view.model
    assert model is not None
    return {
        model.index(row, NAME).data(): model.index(row, SIGNALS).data()
        for row in range(model.rowCount())
    }


def row_of(view: PortfolioView, name: str) -> int:
    assert view.model is not None
    return next(r for r in range(view.model.rowCount()) if view.model.index(r, NAME).data() == name)


def test_the_column_shows_the_worst_severity_by_symbol_and_word_and_the_count(
    view: PortfolioView, qtmodeltester
) -> None:  # noqa: ANN001
    assert shown(view) == {"Calm": "", "Stuck": "‼ Alarm (1)", "Unassessed": "⚠ Warning (4)"}
    model = view.model
    assert model is not None
    header = model.headerData(SIGNALS, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Signals"
    stuck = model.index(row_of(view, "Stuck"), SIGNALS)
    # Colour too, never colour alone; the alarm stands out in weight as well.
    brush = stuck.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#c62828"
    assert stuck.data(Qt.ItemDataRole.FontRole).bold()
    tip = stuck.data(Qt.ItemDataRole.ToolTipRole)
    assert "‼ Alarm: The decision ‘Fund the pilot?’ was due by 6 October 2026" in tip
    unassessed = model.index(row_of(view, "Unassessed"), SIGNALS).data(Qt.ItemDataRole.ToolTipRole)
    assert unassessed.count("⚠ Warning:") == 4 and NOT_ASSESSED in unassessed
    assert model.index(row_of(view, "Calm"), SIGNALS).data(Qt.ItemDataRole.ToolTipRole) is None
    qtmodeltester.check(model)


def test_sorting_by_signals_puts_the_most_severe_first(view: PortfolioView, qtbot: QtBot) -> None:
    header = view.table.horizontalHeader()
    click = QPoint(header.sectionViewportPosition(SIGNALS) + 5, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert list(shown(view)) == ["Stuck", "Unassessed", "Calm"]
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert list(shown(view)) == ["Calm", "Unassessed", "Stuck"]


def choose(view: PortfolioView, text: str) -> None:
    index = view.signal_filter.findText(text)
    assert index >= 0, [view.signal_filter.itemText(i) for i in range(view.signal_filter.count())]
    view.signal_filter.setCurrentIndex(index)


def test_filtering_by_signals_any_alarm_or_kind(view: PortfolioView) -> None:
    assert view.signal_filter.accessibleName() == "Filter by early-warning signal"
    choose(view, "With early-warning signals")
    assert set(shown(view)) == {"Stuck", "Unassessed"}
    choose(view, "‼ With an alarm")
    assert set(shown(view)) == {"Stuck"}
    choose(view, "Status not assessed")
    assert set(shown(view)) == {"Unassessed"}
    choose(view, "Decision overdue")
    assert set(shown(view)) == {"Stuck"}
    choose(view, "Sponsor cooling")
    assert shown(view) == {}
    assert view.summary.text() == "Showing 0 of 3 alliances"
    choose(view, "With or without signals")
    assert len(shown(view)) == 3


def test_the_pane_below_reads_the_chosen_alliances_signals(view: PortfolioView) -> None:
    view.table.selectRow(row_of(view, "Unassessed"))
    assert view.detail.isVisible()
    assert view.detail.title() == "Early-warning signals: Unassessed"
    lines = view.detail.sentences()
    assert len(lines) == 4 and any(line.startswith(NOT_ASSESSED) for line in lines)
    view.table.selectRow(row_of(view, "Calm"))
    assert view.detail.sentences() == []
    assert view.detail.empty.isVisible()
    assert view.detail.empty.text() == "No early-warning signals"


def test_an_edit_changes_the_signals_at_once_and_undo_brings_them_back(
    view: PortfolioView, session: Session, alliances: dict[str, int]
) -> None:
    view.table.selectRow(row_of(view, "Unassessed"))
    board = SignalBoard.of(session)
    alliance = records.get(session.db, Alliance, alliances["Unassessed"])
    session.change(alliance, "Set the status", status_rag="amber", status_reason="Slow start")
    assert shown(view)["Unassessed"] == "⚠ Warning (3)"
    assert not any(line.startswith(NOT_ASSESSED) for line in view.detail.sentences())
    assert board.last_work[0] == 1  # only the alliance that changed was computed again

    # A health check by us: the check is no longer overdue and contact is back.
    framework = framework_by_code(session.db, DEFAULT_EVALUATION)
    session.add(
        Evaluation(
            alliance_id=alliance.id,
            framework_id=framework.id,
            evaluated_on=TODAY,
            respondent_side="us",
        ),
        "Health check",
    )
    assert shown(view)["Unassessed"] == "⚠ Warning (1)"  # the partner's view is still missing
    assert len(view.detail.sentences()) == 1
    assert view.detail.title() == "Early-warning signals: Unassessed"  # still the chosen one

    session.undo_stack.undo()  # the health check
    assert shown(view)["Unassessed"] == "⚠ Warning (3)"
    session.undo_stack.undo()  # the status
    assert shown(view)["Unassessed"] == "⚠ Warning (4)"
    assert any(line.startswith(NOT_ASSESSED) for line in view.detail.sentences())
    session.undo_stack.redo()
    assert shown(view)["Unassessed"] == "⚠ Warning (3)"


def test_the_reminder_links_to_the_alliances_with_signals(
    view: PortfolioView, session: Session, translation: Translation, qtbot: QtBot
) -> None:
    text = view.reminder.text()
    assert "<a href='signals'>2 alliances with early-warning signals, 1 with an alarm</a>" in text
    view.reminder.linkActivated.emit("signals")
    assert view.signal_filter.currentText() == "With early-warning signals"
    assert set(shown(view)) == {"Stuck", "Unassessed"}
    translation.switch("nl")
    qtbot.waitUntil(
        lambda: (
            "2 allianties met vroege waarschuwingen, waarvan 1 met een alarm"
            in view.reminder.text()
        )
    )
    assert view.signal_filter.currentText() == "Met vroege waarschuwingen"
    assert shown(view)["Stuck"] == "‼ Alarm (1)"
    assert shown(view)["Unassessed"] == "⚠ Waarschuwing (4)"
    tip = view.model.index(row_of(view, "Stuck"), SIGNALS).data(Qt.ItemDataRole.ToolTipRole)
    assert "uiterlijk op 6 oktober 2026 genomen" in tip


def test_needs_attention_counts_signals_not_assessed_included(
    view: PortfolioView, session: Session
) -> None:
    # Green, in touch and nothing due: only its status was never set.
    partner = records.insert(session.db, Organisation(name="Quiet partner"))
    session.add(
        Alliance(partner_id=partner.id, name="Quiet", start_date=TODAY - dt.timedelta(days=5)),
        "New alliance",
    )
    view.attention.setChecked(True)
    assert set(shown(view)) == {"Stuck", "Unassessed", "Quiet"}
    assert "not assessed" in view.attention.toolTip()


def test_the_chosen_alliance_stays_chosen_through_sorting_and_filtering(
    view: PortfolioView,
) -> None:
    view.table.selectRow(row_of(view, "Unassessed"))
    view.table.sortByColumn(SIGNALS, Qt.SortOrder.DescendingOrder)
    assert list(shown(view)) == ["Calm", "Unassessed", "Stuck"]
    rows = view.table.selectionModel().selectedRows()
    assert [index.row() for index in rows] == [row_of(view, "Unassessed")]
    assert view.detail.title() == "Early-warning signals: Unassessed"
    choose(view, "‼ With an alarm")  # hides it: the pane says to choose one
    assert not view.detail.isVisible() and view.detail_hint.isVisible()
    choose(view, "With or without signals")  # back, and still the chosen one
    assert view.detail.isVisible()
    assert view.detail.title() == "Early-warning signals: Unassessed"
