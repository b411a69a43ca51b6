"""The portfolio's reminder of what is due: counts in words, a link to the alliances, and it
follows edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from alliance_desk.domain.follow_up import Action, Decision
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.portfolio.page import PortfolioView

TODAY = dt.date(2026, 11, 15)


@pytest.fixture
def session(workbook_path: Path, translation: Translation) -> Iterator[Session]:
    session = Session(open_workbook(workbook_path))
    session.today = lambda: TODAY
    yield session
    session.close()


@pytest.fixture
def view(session: Session, qtbot: QtBot) -> PortfolioView:
    view = PortfolioView()
    qtbot.addWidget(view)
    view.show()
    view.set_session(session)
    session.changed.connect(view.on_changed)  # as the main window passes edits on
    return view


def test_nothing_due_shows_no_reminder(view: PortfolioView) -> None:
    assert not view.reminder.isVisible()


def test_what_is_due_is_counted_and_links_to_the_alliances(
    view: PortfolioView, session: Session, translation: Translation, qtbot: QtBot
) -> None:
    partner = records.insert(session.db, Organisation(name="Kestrel <b>&</b>"))
    alliance = session.add(
        Alliance(partner_id=partner.id, name="Kestrel co-dev", start_date="2025-01-01"),
        "New alliance",
    )
    text = view.reminder.text()
    assert view.reminder.isVisible()
    assert "1 health check overdue" in text and "1 alliance losing touch" in text
    assert "action" not in text and "decision" not in text
    for due in ("2026-11-01", "2026-11-10"):
        session.add(Action(alliance_id=alliance.id, title="Call", due_date=due), "New action")
    session.add(
        Decision(alliance_id=alliance.id, title="Renew?", deadline="2026-11-20"), "New decision"
    )
    text = view.reminder.text()
    assert "2 actions overdue" in text and "1 decision due within two weeks or late" in text
    assert not view.attention.isChecked()
    view.reminder.linkActivated.emit("attention")
    assert view.attention.isChecked()
    assert view.model is not None and view.model.rowCount() == 1
    translation.switch("nl")
    qtbot.waitUntil(lambda: "2 acties verlopen" in view.reminder.text())
    session.undo_stack.undo()  # the decision
    session.undo_stack.undo()  # an action
    assert "1 actie verlopen" in view.reminder.text()
    assert "besluit" not in view.reminder.text()


def test_the_link_shows_an_alliance_whose_only_reminder_is_a_decision(
    view: PortfolioView, session: Session
) -> None:
    from alliance_desk.domain.evaluations import Evaluation
    from alliance_desk.store.frameworks import DEFAULT_EVALUATION, framework_by_code

    partner = records.insert(session.db, Organisation(name="Kestrel"))
    alliance = records.insert(
        session.db,
        Alliance(partner_id=partner.id, name="Quiet but due", start_date="2026-10-01"),
    )
    framework = framework_by_code(session.db, DEFAULT_EVALUATION)
    records.insert(
        session.db,
        Evaluation(
            alliance_id=alliance.id,
            framework_id=framework.id,
            evaluated_on=TODAY - dt.timedelta(days=5),
            respondent_side="us",
        ),
    )
    session.add(
        Decision(alliance_id=alliance.id, title="Sign?", deadline=TODAY + dt.timedelta(days=3)),
        "New decision",
    )
    assert view.reminder.text().startswith("<b>Due:</b> 1 decision due")
    view.reminder.linkActivated.emit("attention")
    assert view.model is not None and view.model.rowCount() == 1
