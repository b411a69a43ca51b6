"""The session's signal board: computed once, then only what an edit touched; everything
again when that cannot be told (another day, other thresholds, a trail that shrank)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from alliance_desk.domain.follow_up import Decision
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.signals import DEFAULTS, SignalKind
from alliance_desk.store import records, signal_table
from alliance_desk.ui.session import Session
from alliance_desk.ui.signal_board import SignalBoard

from .conftest import TODAY


def kinds(board: SignalBoard, alliance_id: int) -> set[SignalKind]:
    return {signal.kind for signal in board.signals_of(alliance_id)}


def test_one_board_per_session_computing_only_what_changed(session: Session) -> None:
    partner = records.insert(session.db, Organisation(name="Kestrel"))
    first, second = (
        records.insert(session.db, Alliance(partner_id=partner.id, name=name, start_date=TODAY))
        for name in ("First", "Second")
    )
    board = SignalBoard.of(session)
    assert SignalBoard.of(session) is board
    board.update()
    assert board.last_work[0] == 2
    assert SignalKind.STATUS_NOT_ASSESSED in kinds(board, first.id)
    assert board.alliances_with_signals() == 2

    late = TODAY - dt.timedelta(days=3)
    session.add(Decision(alliance_id=first.id, title="Go?", deadline=late), "New decision")
    board.update()
    assert board.last_work[0] == 1
    assert SignalKind.DECISION_OVERDUE in kinds(board, first.id)
    assert SignalKind.DECISION_OVERDUE not in kinds(board, second.id)

    # A partner of no alliance yet: nothing to compute, nothing breaks.
    session.add(Organisation(name="Prospect"), "New organisation")
    board.update()
    assert board.last_work[0] == 1

    # Another day: everything again.
    session.today = lambda: TODAY + dt.timedelta(days=1)
    board.update()
    assert board.last_work[0] == 2

    # A trail that shrank says nothing about what changed: everything again.
    session.db.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    board.update()
    assert board.last_work[0] == 2

    # Other thresholds, kept in the workbook: everything again, judged by them.
    board.set_thresholds(dataclasses.replace(DEFAULTS, decision_overdue_alarm_days=2))
    board.update()
    assert board.last_work[0] == 2 and board.thresholds.decision_overdue_alarm_days == 2
    assert signal_table.counts(session.db)  # the TEMP table follows

    # The alliance deleted: its signals go, from the board and from the TEMP table.
    session.remove(Alliance, first.id, "Delete")
    board.update()
    assert board.signals_of(first.id) == []
    assert (
        session.db.scalar(
            f"SELECT count(*) FROM {signal_table.TABLE} WHERE alliance_id = :id", {"id": first.id}
        )
        == 0
    )
    session.undo_stack.undo()
    board.update()
    assert SignalKind.DECISION_OVERDUE in kinds(board, first.id)
