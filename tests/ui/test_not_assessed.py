"""A new alliance is "Not assessed" until someone sets a status: the new-alliance dialog,
the profile, the portfolio (words, a hollow shape and its own filter) and undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.record_form import CommitDialog, write_editor
from alliance_desk.ui.views.portfolio.page import PortfolioModel, PortfolioView
from alliance_desk.ui.views.profile.dialogs import NewAllianceDialog
from alliance_desk.ui.views.profile.page import ProfileView

TODAY = dt.date(2026, 5, 1)
Answer = Callable[[Any], None]


@pytest.fixture
def window(qtbot: QtBot, translation: Translation) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    yield window
    window.close_workbook()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Answer]:
    """What the user does in the next dialogs, in order; each dialog is then accepted."""
    queue: list[Answer] = []

    def exec_(dialog: Any) -> int:
        queue.pop(0)(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CommitDialog, "exec", exec_)
    monkeypatch.setattr(NewAllianceDialog, "exec", exec_)
    return queue


def profile_page(window: MainWindow, path: Path) -> ProfileView:
    assert window.open_path(path)
    assert window.session is not None
    window.session.today = lambda: TODAY
    view = next(view for view in window.views if isinstance(view, ProfileView))
    window.navigation.setCurrentRow(window.views.index(view))
    return view


def portfolio(window: MainWindow) -> PortfolioView:
    view = window.views[0]
    assert isinstance(view, PortfolioView) and view.model is not None
    return view


def statuses(window: MainWindow) -> dict[str, str]:
    """The portfolio's status column by alliance, as the user sees it on that page."""
    before = window.navigation.currentRow()
    window.navigation.setCurrentRow(0)  # a page catches up with changes when shown
    model = portfolio(window).model
    assert model is not None
    window.navigation.setCurrentRow(before)
    name = PortfolioModel.COLUMN_KEYS.index("name")
    status = PortfolioModel.COLUMN_KEYS.index("status_rag")
    return {
        model.index(row, name).data(): model.index(row, status).data()
        for row in range(model.rowCount())
    }


def new_alliance(name: str, partner: str | None = None, **values: Any) -> Answer:
    def answer(dialog: NewAllianceDialog) -> None:
        status = dialog.form.editors["status_rag"]
        assert isinstance(status, QComboBox)
        # Nobody has looked at it yet: the form says so, and offers every status.
        assert (status.currentText(), status.currentData()) == ("Not assessed", None)
        assert [status.itemText(i) for i in range(status.count())] == [
            "Not assessed",
            "Green",
            "Amber",
            "Red",
        ]
        if partner is not None:
            dialog.new.setChecked(True)
            dialog.partner_name.setText(partner)
        dialog.form.editors["name"].setText(name)
        for field, value in values.items():
            write_editor(dialog.form.editors[field], value)

    return answer


def test_a_new_alliance_is_not_assessed_until_someone_sets_a_status(
    window: MainWindow, workbook_path: Path, qtbot: QtBot, answers: list[Answer]
) -> None:
    view = profile_page(window, workbook_path)
    answers.append(new_alliance("Nordic pilot", partner="Kestrel Diagnostics"))
    with qtbot.waitSignal(view.alliance_chosen):
        view.new_alliance_action.trigger()

    assert window.session is not None
    assert window.session.db.scalar("SELECT status_rag FROM alliance") is None
    assert view.status_line.text.text() == "Not assessed"
    assert view.status_line.symbol.text() == "○"  # a hollow shape, not colour alone
    assert view.status_line.symbol.accessibleName() == "Not assessed"
    assert statuses(window) == {"Nordic pilot": "○ Not assessed"}

    # Someone assesses it through the profile's edit dialog ...
    def assess(dialog: CommitDialog) -> None:
        status = dialog.form.editors["status_rag"]
        assert isinstance(status, QComboBox) and status.currentText() == "Not assessed"
        write_editor(status, "amber")
        dialog.form.editors["status_reason"].setText("Pilot volumes unclear")

    answers.append(assess)
    view.edit_profile_action.trigger()
    assert view.status_line.text.text() == "Status Amber: Pilot volumes unclear"
    assert view.status_line.symbol.text() == "▲"
    assert statuses(window) == {"Nordic pilot": "▲ Amber"}

    # ... and undo makes it not assessed again, everywhere.
    window.session.undo_stack.undo()
    assert window.session.db.scalar("SELECT status_rag FROM alliance") is None
    assert view.status_line.text.text() == "Not assessed"
    assert statuses(window) == {"Nordic pilot": "○ Not assessed"}
    window.session.undo_stack.redo()
    assert statuses(window) == {"Nordic pilot": "▲ Amber"}

    # Back to not assessed through the form: the first choice.
    answers.append(lambda dialog: write_editor(dialog.form.editors["status_rag"], None))
    view.edit_profile_action.trigger()
    assert window.session.db.scalar("SELECT status_rag FROM alliance") is None
    assert view.status_line.text.text() == "Not assessed: Pilot volumes unclear"


def test_a_status_can_be_chosen_when_the_alliance_is_made_and_filtered_on(
    window: MainWindow, workbook_path: Path, qtbot: QtBot, answers: list[Answer]
) -> None:
    view = profile_page(window, workbook_path)
    answers.append(new_alliance("Red one", partner="Kestrel", status_rag="red"))
    view.new_alliance_action.trigger()
    answers.append(new_alliance("Unseen one"))
    view.new_alliance_action.trigger()
    assert statuses(window) == {"Red one": "■ Red", "Unseen one": "○ Not assessed"}

    window.navigation.setCurrentRow(0)
    page = portfolio(window)
    filters = [page.status.itemText(i) for i in range(page.status.count())]
    assert filters == ["All statuses", "Green", "Amber", "Red", "Not assessed"]
    page.status.setCurrentIndex(filters.index("Not assessed"))
    assert statuses(window) == {"Unseen one": "○ Not assessed"}
    page.status.setCurrentIndex(filters.index("Red"))
    assert statuses(window) == {"Red one": "■ Red"}
    page.status.setCurrentIndex(0)
    assert len(statuses(window)) == 2
    model = page.model
    assert model is not None
    foreground = model.index(0, PortfolioModel.COLUMN_KEYS.index("status_rag")).data(
        Qt.ItemDataRole.ForegroundRole
    )
    assert foreground is not None
