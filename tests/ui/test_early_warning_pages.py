"""Early-warning signals on the profile page and their thresholds in the Settings dialog, as
a user meets them: the block the profile opens with (symbol, word and sentence, in the
user's language), following an edit and its undo; thresholds kept in the workbook, held to
their ranges, restored to defaults, and changing what is flagged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.evaluations import PulseCheck
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.signals import DEFAULTS, Thresholds
from alliance_desk.store import records
from alliance_desk.store.signals import thresholds
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.dialogs.settings import SettingsDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.preferences import settings
from alliance_desk.ui.record_form import CommitDialog, write_editor
from alliance_desk.ui.views.portfolio.page import PortfolioModel, PortfolioView
from alliance_desk.ui.views.profile.page import ProfileView

from .conftest import TODAY

Answer = Callable[[Any], None]
NOT_ASSESSED = "Nobody has assessed the status of this alliance yet"


@pytest.fixture
def path(workbook_path: Path) -> Path:
    """ "Unassessed" (four warnings, see test_portfolio_signals) and "Calm" (none, though
    its last contact was 45 days ago: within the default 60 days of losing touch)."""
    with open_workbook(workbook_path) as workbook:
        db = workbook.db
        for name, start, status, contact in (
            ("Unassessed", TODAY - dt.timedelta(days=500), None, None),
            ("Calm", TODAY - dt.timedelta(days=50), "green", TODAY - dt.timedelta(days=45)),
        ):
            partner = records.insert(db, Organisation(name=f"{name} partner"))
            alliance = records.insert(
                db, Alliance(partner_id=partner.id, name=name, start_date=start, status_rag=status)
            )
            if contact:
                records.insert(
                    db, PulseCheck(alliance_id=alliance.id, checked_on=contact, rag="green")
                )
    return workbook_path


@pytest.fixture
def window(qtbot: QtBot, translation: Translation, path: Path) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    assert window.open_path(path)
    assert window.session is not None
    window.session.today = lambda: TODAY
    window.current_view().reload()  # it was filled before "today" was set
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
    return queue


def profile(window: MainWindow, name: str) -> ProfileView:
    starts = Qt.MatchFlag.MatchStartsWith  # the chooser reads "name (partner)"
    window.alliance_box.setCurrentIndex(window.alliance_box.findText(name, starts))
    view = next(view for view in window.views if isinstance(view, ProfileView))
    window.navigation.setCurrentRow(window.views.index(view))
    return view


def test_the_profile_opens_with_the_signals_and_follows_an_edit_and_its_undo(
    window: MainWindow, answers: list[Answer], translation: Translation, qtbot: QtBot
) -> None:
    view = profile(window, "Unassessed")
    block = view.signals
    assert block.isVisibleTo(view) and block.title() == "Early-warning signals"
    # At the top: the first thing in the page's content.
    assert view.content.layout().itemAt(0).widget() is block
    lines = block.sentences()
    assert len(lines) == 4 and any(line.startswith(NOT_ASSESSED) for line in lines)
    symbol, word, _ = block.rows[0]
    assert (symbol.text(), word.text(), symbol.accessibleName()) == ("⚠", "Warning", "Warning")

    def assess(dialog: CommitDialog) -> None:
        status = dialog.form.editors["status_rag"]
        assert isinstance(status, QComboBox)
        write_editor(status, "amber")
        dialog.form.editors["status_reason"].setText("Slow start")

    answers.append(assess)
    view.edit_profile_action.trigger()
    assert len(block.sentences()) == 3
    assert not any(line.startswith(NOT_ASSESSED) for line in block.sentences())
    window.undo_action.trigger()
    assert any(line.startswith(NOT_ASSESSED) for line in block.sentences())
    assert len(block.sentences()) == 4

    translation.switch("nl")
    qtbot.waitUntil(lambda: block.title() == "Vroege waarschuwingen")
    assert any(line.startswith("Niemand heeft") for line in block.sentences()), block.sentences()
    assert block.rows[0][1].text() == "Waarschuwing"

    view = profile(window, "Calm")
    assert view.signals.sentences() == []
    assert view.signals.empty.isVisibleTo(view)
    assert view.signals.empty.text() == "Geen vroege waarschuwingen"


def portfolio_cells(window: MainWindow) -> dict[str, tuple[str, str]]:
    """By alliance: the Signals and Last activity columns, as the portfolio shows them."""
    window.navigation.setCurrentRow(0)
    view = window.views[0]
    assert isinstance(view, PortfolioView) and view.model is not None
    model = view.model
    keys = PortfolioModel.COLUMN_KEYS
    return {
        model.index(row, keys.index("name")).data(): (
            model.index(row, keys.index("signals")).data(),
            model.index(row, keys.index("last_activity")).data(),
        )
        for row in range(model.rowCount())
    }


def test_thresholds_round_trip_into_the_workbook_and_change_what_is_flagged(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    assert portfolio_cells(window)["Calm"][0] == ""  # 45 days quiet: not yet losing touch
    seen: list[SettingsDialog] = []

    def set_losing_touch(days: int) -> Callable[[SettingsDialog], int]:
        def accept(dialog: SettingsDialog) -> int:
            seen.append(dialog)
            dialog.thresholds.spins["losing_touch_days"].setValue(days)
            dialog.thresholds.spins["overdue_actions"].setValue(5)
            return 1

        return accept

    monkeypatch.setattr(SettingsDialog, "exec", set_losing_touch(30))
    window.settings_action.trigger()
    assert seen[0].thresholds.isEnabled()
    assert seen[0].thresholds.spins["losing_touch_days"].accessibleName() == (
        "Losing touch after (days)"
    )
    assert window.session is not None
    stored = thresholds(window.session.db)
    assert (stored.losing_touch_days, stored.overdue_actions) == (30, 5)
    calm = portfolio_cells(window)["Calm"]
    assert calm[0] == "⚠ Warning (1)" and calm[1].endswith("– losing touch")
    assert settings().value("losing_touch_days") is None  # no second truth on this computer

    # The next time the dialog opens it shows the workbook's values; Restore defaults.
    def restore(dialog: SettingsDialog) -> int:
        assert dialog.thresholds.value() == stored
        dialog.thresholds.defaults.click()
        assert dialog.thresholds.value() == DEFAULTS
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", restore)
    window.settings_action.trigger()
    assert thresholds(window.session.db) == DEFAULTS
    assert portfolio_cells(window)["Calm"][0] == ""

    # The workbook keeps them: another session (or the command line) reads the same.
    monkeypatch.setattr(SettingsDialog, "exec", set_losing_touch(40))
    window.settings_action.trigger()
    window.close_workbook()
    with open_workbook(path) as workbook:
        assert thresholds(workbook.db).losing_touch_days == 40


def test_cancel_changes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def cancel(dialog: SettingsDialog) -> int:
        dialog.thresholds.spins["losing_touch_days"].setValue(10)
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", cancel)
    window.settings_action.trigger()
    assert window.session is not None
    assert thresholds(window.session.db) == DEFAULTS


def test_out_of_range_values_cannot_be_entered(qtbot: QtBot, translation: Translation) -> None:
    dialog = SettingsDialog("en", DEFAULTS)
    qtbot.addWidget(dialog)
    box = dialog.thresholds
    for spin in box.spins.values():
        assert spin.accessibleName() and spin.accessibleDescription()
    # Every spin box at its lowest and at its highest makes thresholds the domain accepts.
    for end in ("minimum", "maximum"):
        box.set_value(DEFAULTS)
        for spin in box.spins.values():
            spin.setValue(getattr(spin, end)())
        assert box.value().problems() == []
    # Typing past the end is held at the end.
    box.set_value(DEFAULTS)
    power = box.spins["stakeholder_power"]
    power.lineEdit().selectAll()
    qtbot.keyClicks(power, "99")
    power.interpretText()
    assert power.value() <= 10
    # An alarm never below the warning: its box starts where the warning's is.
    drop, alarm = box.spins["health_drop"], box.spins["health_drop_alarm"]
    assert isinstance(drop, QDoubleSpinBox) and isinstance(alarm, QDoubleSpinBox)
    drop.setValue(1.5)
    assert alarm.minimum() == 1.5 and alarm.value() >= 1.5
    alarm.setValue(0.2)
    assert alarm.value() == 1.5
    assert box.value().problems() == []
    chosen = dataclasses.replace(DEFAULTS, health_drop=0.3, health_drop_alarm=0.4)
    box.set_value(chosen)
    assert box.value() == chosen


def test_without_a_workbook_the_thresholds_wait_for_one(
    qtbot: QtBot, translation: Translation
) -> None:
    dialog = SettingsDialog("en", None)
    qtbot.addWidget(dialog)
    assert not dialog.thresholds.isEnabled()
    assert dialog.hint.text() == "Open a workbook to change its early-warning thresholds."
    assert dialog.save() is None


def test_dutch_numbers_take_a_decimal_comma(qtbot: QtBot, translation: Translation) -> None:
    dialog = SettingsDialog("nl", Thresholds(health_drop=0.75))
    qtbot.addWidget(dialog)
    assert dialog.thresholds.spins["health_drop"].text() == "0,75"
