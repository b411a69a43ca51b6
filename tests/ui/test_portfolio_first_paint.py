"""A large portfolio paints before every alliance is judged: the signals of the rows it
shows first, the others and the reminder right after its first paint; the work before that
paint is the same number of queries however many alliances the workbook holds."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.session import Session
from alliance_desk.ui.signal_board import SignalBoard
from alliance_desk.ui.views.portfolio.model import PortfolioModel
from alliance_desk.ui.views.portfolio.page import PortfolioView

from .conftest import TODAY

FIRST_ROWS = 3  # the rows the table fetches first, for these tests


def _add_alliances(session: Session, count: int) -> list[int]:
    partner = records.insert(session.db, Organisation(name="Kestrel"))
    return [
        records.insert(
            session.db,
            Alliance(partner_id=partner.id, name=f"Alliance {number:03}", start_date="2025-01-01"),
        ).id
        for number in range(count)
    ]


def _view(
    session: Session, qtbot: QtBot, before: Callable[[], None] = lambda: None
) -> PortfolioView:
    view = PortfolioView()
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    before()
    view.set_session(session)
    return view


@pytest.fixture
def first_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PortfolioModel, "PAGE_SIZE", FIRST_ROWS)


def test_the_first_rows_are_judged_before_the_paint_the_rest_after(
    session: Session, qtbot: QtBot, first_rows: None
) -> None:
    ids = _add_alliances(session, 8)
    view = _view(session, qtbot)
    board = SignalBoard.of(session)
    assert not board.complete
    assert board.last_work[0] == FIRST_ROWS  # only the rows on the screen first
    assert board.signals_of(ids[0])  # never assessed: a signal, shown in the pane below
    assert view.detail.isVisible() and view.detail.sentences()
    assert not board.signals_of(ids[-1])  # not judged yet
    assert view.model is not None
    column = view.model.column_of("signals")
    assert view.model.index(0, column).data()  # the first row shows its signals
    qtbot.waitUntil(lambda: board.complete)  # after the table painted
    assert board.last_work[0] == len(ids)
    assert board.signals_of(ids[-1])
    assert "8 alliances with early-warning signals" in view.reminder.text()


def test_a_filter_on_signals_judges_every_alliance_first(
    session: Session, qtbot: QtBot, first_rows: None
) -> None:
    _add_alliances(session, 8)
    view = PortfolioView()
    qtbot.addWidget(view)
    view.attention.setChecked(True)
    view.show()
    view.set_session(session)
    assert SignalBoard.of(session).complete
    assert view.model is not None and view.model.rowCount() == 8


def test_a_small_portfolio_is_judged_whole_at_once(session: Session, qtbot: QtBot) -> None:
    _add_alliances(session, 5)
    _view(session, qtbot)
    board = SignalBoard.of(session)
    assert board.complete and board.last_work[0] == 5


def _session_of(template: Path, folder: Path, alliances: int) -> Session:
    path = folder / f"{alliances}.alliance"
    shutil.copyfile(template, path)
    session = Session(open_workbook(path))
    session.today = lambda: TODAY
    _add_alliances(session, alliances)
    return session


def _statements_to_show(view: PortfolioView, session: Session) -> tuple[list[str], int]:
    """The statements (their beginnings) the portfolio runs from a workbook opened to its
    table ready to paint, and how many alliances it judged."""
    statements: list[str] = []
    session.db.connection.set_trace_callback(statements.append)
    try:
        view.set_session(session)
    finally:
        session.db.connection.set_trace_callback(None)
    return [" ".join(sql.split())[:70] for sql in statements], SignalBoard.of(session).last_work[0]


def test_opening_runs_as_many_queries_for_few_alliances_as_for_many(
    template_workbook: Path, tmp_path: Path, qtbot: QtBot, first_rows: None
) -> None:
    view = PortfolioView()
    qtbot.addWidget(view)
    view.show()
    sessions = [_session_of(template_workbook, tmp_path, count) for count in (5, 60)]
    try:
        few, judged = _statements_to_show(view, sessions[0])
        view.set_session(None)
        many, judged_of_many = _statements_to_show(view, sessions[1])
        view.set_session(None)
    finally:
        for session in sessions:
            session.close()
    assert many == few
    assert judged == judged_of_many == FIRST_ROWS


def test_the_rows_judged_first_are_those_the_table_shows(session: Session, qtbot: QtBot) -> None:
    """Of the model's first page (50 rows), only those the viewport holds on the screen; a
    table not on the screen yet judges the whole page."""
    ids = _add_alliances(session, 60)
    view = _view(session, qtbot)
    table = view.table
    shown = sum(
        1 for row in range(60) if 0 <= table.rowViewportPosition(row) < table.viewport().height()
    )
    board = SignalBoard.of(session)
    assert 0 < shown < PortfolioModel.PAGE_SIZE
    assert board.last_work[0] == shown
    assert board.signals_of(ids[shown - 1]) and not board.signals_of(ids[shown])
    view.set_session(None)
    hidden = PortfolioView()
    qtbot.addWidget(hidden)
    hidden.set_session(session)
    assert not board.complete and board.last_work[0] == PortfolioModel.PAGE_SIZE
