"""A count meets its noun in the right number, in English and in Dutch: one evaluation,
one stakeholder, two of each (Qt's plural forms, not "evaluation(s)")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from alliance_desk.domain.evaluations import Evaluation
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import records
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, framework_by_code
from alliance_desk.ui.language import Translation
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.evaluations.page import EvaluationsView
from alliance_desk.ui.views.stakeholders.page import StakeholdersView

SINGULAR = {
    "en": ("1 evaluation", "Showing 1 of 1 stakeholder (1 ours, 0 the partner's)"),
    "nl": ("1 evaluatie", "1 van 1 stakeholder (1 van ons, 0 van de partner)"),
}
PLURAL = {
    "en": ("2 evaluations", "Showing 2 of 2 stakeholders (1 ours, 1 the partner's)"),
    "nl": ("2 evaluaties", "2 van 2 stakeholders (1 van ons, 1 van de partner)"),
}


@pytest.fixture
def alliance(session: Session) -> Alliance:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    return records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest, translation: Translation) -> Iterator[str]:
    translation.switch(request.param)
    yield request.param


def _add(session: Session, alliance: Alliance, side: str, day: str) -> None:
    framework = framework_by_code(session.db, DEFAULT_EVALUATION)
    records.insert(
        session.db,
        Evaluation(
            alliance_id=alliance.id,
            framework_id=framework.id,
            evaluated_on=day,
            respondent_side="us" if side == "us" else "partner",
        ),
    )
    records.insert(
        session.db,
        Stakeholder(alliance_id=alliance.id, side=side, name=f"Person {day}", department="R&D"),
    )


def _summaries(session: Session, alliance: Alliance, qtbot: QtBot) -> tuple[str, str]:
    evaluations, stakeholders = EvaluationsView(), StakeholdersView()
    for view in (evaluations, stakeholders):
        qtbot.addWidget(view)
        view.set_session(session)
        view.set_alliance(alliance.id)
    texts = evaluations.summary.text(), stakeholders.summary.text()
    for view in (evaluations, stakeholders):
        view.set_session(None)
    return texts


def test_one_is_singular(session: Session, alliance: Alliance, language: str, qtbot: QtBot) -> None:
    _add(session, alliance, "us", "2026-10-01")
    assert _summaries(session, alliance, qtbot) == SINGULAR[language]


def test_two_are_plural(session: Session, alliance: Alliance, language: str, qtbot: QtBot) -> None:
    _add(session, alliance, "us", "2026-10-01")
    _add(session, alliance, "partner", "2026-10-02")
    assert _summaries(session, alliance, qtbot) == PLURAL[language]
