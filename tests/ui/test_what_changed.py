"""A status changed the way a user changes it (the profile page's Edit profile dialog)
is what changed since the last board meeting; undone, it is not; redone, it is again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from alliance_desk.domain.changes import Change, ChangeKind, sentence
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records, snapshot
from alliance_desk.store.changes import changes_since
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.record_form import CommitDialog, write_editor
from alliance_desk.ui.views.profile.page import ProfileView

TODAY = dt.date(2026, 11, 15)
SINCE = dt.date(2026, 8, 17)  # the last board meeting


@pytest.fixture
def window(
    qtbot: QtBot, translation: Translation, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    # The audit trail's clock, fixed: the edit and its undo fall on the same day whenever
    # the test runs (across midnight they would be two changes, each real).
    for module in (records, snapshot):
        monkeypatch.setattr(module, "utc_now_stamp", lambda: f"{TODAY.isoformat()}T10:00:00Z")
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    yield window
    window.close_workbook()


def test_a_status_set_on_the_profile_page_is_a_change_until_undone(
    window: MainWindow, workbook_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Kestrel Diagnostics"))
        alliance = records.insert(workbook.db, Alliance(partner_id=partner.id, name="Kestrel"))
    alliance_id = alliance.id or 0
    assert window.open_path(workbook_path)
    session = window.session
    assert session is not None
    session.today = lambda: TODAY
    view = next(view for view in window.views if isinstance(view, ProfileView))
    window.navigation.setCurrentRow(window.views.index(view))

    def exec_(dialog: Any) -> int:  # the user fills in the dialog and presses OK
        write_editor(dialog.form.editors["status_rag"], "amber")
        reason = dialog.form.editors["status_reason"]
        assert isinstance(reason, QLineEdit)
        reason.clear()
        qtbot.keyClicks(reason, "Supply delays at the partner's plant")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(CommitDialog, "exec", exec_)
    view.edit_profile_button.setFocus()
    qtbot.keyClick(view.edit_profile_button, Qt.Key.Key_F2)
    assert records.get(session.db, Alliance, alliance_id).status_rag == "amber"

    def changed() -> list[Change]:
        return changes_since(session.db, SINCE, TODAY)[alliance_id]

    expected = Change(
        alliance_id,
        ChangeKind.STATUS,
        TODAY,
        {"old": None, "new": "amber", "reason": "Supply delays at the partner's plant"},
    )
    assert changed() == [expected]
    assert sentence(expected, "en") == (
        "Status changed from Not assessed to Attention on 15 November 2026:"
        " Supply delays at the partner's plant."
    )
    session.undo_stack.undo()
    assert records.get(session.db, Alliance, alliance_id).status_rag is None
    assert changed() == []
    session.undo_stack.redo()
    assert changed() == [expected]
