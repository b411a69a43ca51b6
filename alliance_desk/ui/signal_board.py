"""The early-warning signals of the open workbook, kept current for every page.

One :class:`SignalBoard` per session (a child of it, found with
:meth:`SignalBoard.of`). Pages ask it with :meth:`update` before they read:
it computes every alliance's signals the first time (and when "today" or
the thresholds change), and after an edit, an undo or a redo only those of
the alliances the audit trail says were touched. It mirrors them into the
connection's TEMP table (:mod:`alliance_desk.store.signal_table`) so the
portfolio can sort and filter by them in SQL. Nothing is written to the file.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QObject

from alliance_desk.domain.signals import Signal, Thresholds
from alliance_desk.store import signal_table
from alliance_desk.store import signals as store
from alliance_desk.ui.session import Session


class SignalBoard(QObject):
    def __init__(self, session: Session):
        super().__init__(session)
        self.setObjectName("signal_board")
        self.session = session
        self._found: dict[int, list[Signal]] | None = None
        # Before the first update: the signals of the alliances a page showed first.
        self._first: dict[int, list[Signal]] = {}
        self._today: dt.date | None = None
        self._seen = 0  # the newest audit entry already taken into account
        self._thresholds: Thresholds | None = None
        # (alliances computed, seconds) of the latest update that computed any: a figure
        # to watch, and what the tests check to see an edit recomputed one alliance only.
        self.last_work: tuple[int, float] = (0, 0.0)

    @classmethod
    def of(cls, session: Session) -> SignalBoard:
        board = session.findChild(SignalBoard, "signal_board")
        return board if isinstance(board, SignalBoard) else cls(session)

    @property
    def thresholds(self) -> Thresholds:
        if self._thresholds is None:
            self._thresholds = store.thresholds(self.session.db)
        return self._thresholds

    def set_thresholds(self, value: Thresholds) -> None:
        """Store new thresholds in the workbook; every alliance is judged by them again."""
        store.set_thresholds(self.session.db, value)
        self.reset()

    def reset(self) -> None:
        """Forget everything: the next :meth:`update` computes every alliance."""
        self._found = None
        self._first = {}
        self._thresholds = None

    def update(self) -> None:
        """Bring the signals up to date with the workbook (cheap when nothing changed)."""
        started = time.perf_counter()
        db = self.session.db
        today = self.session.today()
        newest = signal_table.last_entry(db)
        if self._found is not None and today == self._today and newest == self._seen:
            return
        touched = None
        # A trail that shrank (a file put back under the same connection) tells nothing.
        if self._found is not None and today == self._today and newest > self._seen:
            touched = signal_table.alliances_touched(db, self._seen)
        found: dict[int, list[Signal]] = {}
        if touched == set():  # entries about nothing any alliance's signals depend on
            pass
        elif touched is None:
            found = store.signals(db, today, self.thresholds)
            signal_table.clear(db)
            signal_table.put(db, found)
            self._found = found
            self._first = {}
        else:
            assert self._found is not None
            found = store.signals(db, today, self.thresholds, alliance_ids=touched)
            signal_table.put(db, found)
            for alliance_id, signals in found.items():
                if signals:
                    self._found[alliance_id] = signals
                else:  # none, or the alliance is gone
                    self._found.pop(alliance_id, None)
        if found:
            self.last_work = (len(found), time.perf_counter() - started)
        self._today = today
        self._seen = newest

    @property
    def complete(self) -> bool:
        """Whether every alliance's signals are known (after the first :meth:`update`)."""
        return self._found is not None

    def update_first(self, alliance_ids: list[int]) -> bool:
        """Only the signals of these alliances (those a page shows first), if nothing is
        known yet: a large workbook's portfolio paints before every alliance is judged. The
        next :meth:`update` computes every alliance. True if the board is complete: it was,
        or these are all the alliances (then it has computed them all)."""
        db = self.session.db
        if self._found is not None or len(set(alliance_ids)) >= db.scalar(
            "SELECT count(*) FROM alliance"
        ):
            self.update()
            return True
        started = time.perf_counter()
        first = store.signals(db, self.session.today(), self.thresholds, alliance_ids)
        signal_table.clear(db)
        signal_table.put(db, first)
        self._first = first
        self.last_work = (len(first), time.perf_counter() - started)
        return False

    def signals_of(self, alliance_id: int) -> list[Signal]:
        """The alliance's signals, most severe first (as of the latest :meth:`update`)."""
        known = self._found if self._found is not None else self._first
        return list(known.get(alliance_id, []))

    def alliances_with_signals(self) -> int:
        """How many alliances have signals (as of the latest :meth:`update`)."""
        return sum(1 for signals in (self._found or {}).values() if signals)
