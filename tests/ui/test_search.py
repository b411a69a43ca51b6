"""Searching the workbook from the app and jumping to what was found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from alliance_desk.domain.follow_up import Risk
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.dialogs.search import MATCH_BACKGROUND, MATCHES_ROLE, SearchDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.session import Session


@pytest.fixture
def session(workbook_path: Path) -> Iterator[Session]:
    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Nordlicht Energie"))
        for name in ("Hydrogen pilot", "Grid balancing"):
            alliance = records.insert(workbook.db, Alliance(partner_id=partner.id, name=name))
        records.insert(
            workbook.db,
            Risk(alliance_id=alliance.id, title="Électrolyseur delivery slips", owner="Anna"),
        )
    session = Session(open_workbook(workbook_path))
    yield session
    session.close()


def test_typing_finds_records_and_enter_opens_the_first(session: Session, qtbot: QtBot) -> None:
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query, "electro")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1)
    item = dialog.results.topLevelItem(0)
    assert item.text(0) == "Risk"
    text = item.text(1)
    assert "«" not in text and "Électrolyseur" in text
    assert [text[start : start + length] for start, length in item.data(1, MATCHES_ROLE)] == [
        "Électrolyseur"
    ]
    # The match is painted on a highlight, not marked in the text.
    shown = dialog.results.viewport().grab().toImage()
    highlight = MATCH_BACKGROUND.rgb()
    assert any(shown.pixel(x, y) == highlight for x in range(shown.width()) for y in range(0, 60))
    assert item.text(2) == "Grid balancing"
    with qtbot.waitSignal(dialog.open_record) as blocker:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    risk_id = session.db.scalar("SELECT id FROM risk")
    assert blocker.args == ["risk", risk_id]


def test_nothing_found_is_said(session: Session, qtbot: QtBot) -> None:
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    dialog.query.setText('zzz "AND* <b>')
    dialog.run()
    assert dialog.results.topLevelItemCount() == 0
    assert dialog.status.text() == "Nothing found."


def test_find_from_the_main_window_jumps_to_the_alliance(
    qapp: QApplication, qtbot: QtBot, workbook_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Kestrel"))
        records.insert(workbook.db, Alliance(partner_id=partner.id, name="Aardvark logistics"))
        wanted = records.insert(
            workbook.db, Alliance(partner_id=partner.id, name="Zephyr wind farms")
        )
    window = MainWindow(Translation(qapp))
    qtbot.addWidget(window)
    window.open_path(workbook_path)

    def run_dialog(dialog: SearchDialog) -> int:
        dialog.query.setText("zephyr")
        dialog.run()
        dialog._enter()
        return 1

    monkeypatch.setattr(SearchDialog, "exec", run_dialog)
    window.find_action.trigger()
    assert window.alliance_box.currentData() == wanted.id
    window.close_workbook()
