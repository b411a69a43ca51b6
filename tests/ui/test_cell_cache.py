"""A table's cells are formatted once while they show, and shown afresh after their rows or
the language change (alliance_desk.ui.cell_cache)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import Rag
from alliance_desk.domain.evaluations import PulseCheck
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.follow_up import ACTIONS
from alliance_desk.ui.language import Translation
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.evaluations.models import LEFT, PulseModel, RowsModel, text_cell
from alliance_desk.ui.views.follow_up.models import FollowUpModel
from alliance_desk.ui.widgets.columns import fit_columns

DISPLAY = Qt.ItemDataRole.DisplayRole


def _pulse(rag: Rag, note: str) -> PulseCheck:
    return PulseCheck(alliance_id=1, checked_on=dt.date(2026, 11, 2), rag=rag, note=note)


def test_the_status_of_a_pulse_follows_the_language(
    translation: Translation,
    qtmodeltester,  # noqa: ANN001
) -> None:
    model = PulseModel()
    model.set_rows([_pulse(Rag.GREEN, "On track")])
    status = model.index(0, 1)
    english = status.data(DISPLAY)
    assert "Green" in english
    translation.switch("nl")
    dutch = status.data(DISPLAY)
    assert dutch != english and "Groen" in dutch
    translation.switch("en")
    assert status.data(DISPLAY) == english
    qtmodeltester.check(model)


def test_new_rows_show_their_own_values(qtmodeltester) -> None:  # noqa: ANN001
    model = PulseModel()
    model.set_rows([_pulse(Rag.GREEN, "On track")])
    assert model.index(0, 2).data(DISPLAY) == "On track"
    model.set_rows([_pulse(Rag.RED, "Stalled")])
    assert model.index(0, 2).data(DISPLAY) == "Stalled"
    assert "Red" in model.index(0, 1).data(DISPLAY)
    qtmodeltester.check(model)


def test_a_shown_table_formats_each_cell_once_per_role(qtbot: QtBot) -> None:
    asked: Counter[tuple[str, int]] = Counter()

    def counted(name: str) -> Any:
        cell = text_cell(lambda row: f"{name} of {row}", LEFT)

        def counting(row: Any, role: int) -> Any:
            asked[(f"{name} of {row}", role)] += 1
            return cell(row, role)

        return counting

    model = RowsModel()
    model.set_columns([(lambda: "Title", counted("title")), (lambda: "Owner", counted("owner"))])
    model.set_rows([f"row {number}" for number in range(30)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view, [0])
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.repaint()  # measured as it came into view, then painted twice
    view.repaint()
    assert asked[("title of row 0", int(DISPLAY))] == 1
    assert max(asked.values()) == 1


def test_an_action_shows_its_edited_title_and_its_date_in_the_language(
    session: Session,
    translation: Translation,
    qtmodeltester,  # noqa: ANN001
) -> None:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))
    action = records.insert(
        session.db,
        Action(alliance_id=alliance.id, title="Price list", owner="Ann", due_date="2026-01-01"),
    )
    model = FollowUpModel(session.db, ACTIONS)
    model.refresh()
    row = model.row_of(action.id or 0)
    assert row is not None
    title, due = model.index(row, model.column_of("title")), model.index(row, 3)
    assert title.data(DISPLAY) == "Price list"
    english = due.data(DISPLAY)
    assert "2026-01-01" in english and "overdue" in english
    translation.switch("nl")
    assert "01-01-2026" in due.data(DISPLAY) and "overdue" not in due.data(DISPLAY)
    translation.switch("en")
    records.update(session.db, records.get(session.db, Action, action.id or 0), title="Prices")
    model.refresh()
    assert model.index(row, model.column_of("title")).data(DISPLAY) == "Prices"
    qtmodeltester.check(model)
