"""The questionnaire rounds on the evaluations page as a user meets them: the alliance's
rounds, who answered (anonymous ones without a name), each side's mean, range, spread and
count per dimension beside the gap, and the page following an import and its undo."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from alliance_desk.demo.demo_round import ALLIANCE
from alliance_desk.domain import notation
from alliance_desk.domain.codes import Language, RoundKind, Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.questionnaire import XLSX_SHEET
from alliance_desk.reports.questionnaires import write_questionnaires
from alliance_desk.store import records, responses, rounds
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.dialogs.round_files import RoundFilesDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.evaluations.page import EvaluationsView
from alliance_desk.ui.views.evaluations.round_models import RoundResultModel

DAY = dt.date(2026, 3, 2)
MNEMONIC = re.compile(r"&(\w)")


def _view(qtbot: QtBot, session: Session, alliance_id: int) -> EvaluationsView:
    view = EvaluationsView()
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    view.set_session(session)
    view.set_alliance(alliance_id)
    session.changed.connect(view.on_changed)
    return view


def _open_rounds_tab(qtbot: QtBot, view: EvaluationsView) -> None:
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert view.tabs.currentWidget() is view.rounds


def _row(model: object, row: int) -> list[str]:
    return [
        model.index(row, column).data()  # type: ignore[attr-defined]
        for column in range(model.columnCount())  # type: ignore[attr-defined]
    ]


@pytest.fixture
def demo(small_demo_path: Path) -> Iterator[Session]:
    session = Session(open_workbook(small_demo_path))
    yield session
    session.close()


def test_the_demo_round_shows_who_answered_and_each_sides_spread(
    qtbot: QtBot, demo: Session, translation: Translation
) -> None:
    alliance = demo.db.scalar("SELECT id FROM alliance WHERE name = :name", {"name": ALLIANCE})
    view = _view(qtbot, demo, alliance)
    _open_rounds_tab(qtbot, view)
    panel = view.rounds
    assert panel.round_model.rowCount() == 1
    date, kind, deadline, status, answered = _row(panel.round_model, 0)
    assert (kind, status, answered) == ("Health check", "Open", "6 of 9")
    assert panel.chosen_round() is not None  # the newest round is chosen for you

    slots = [_row(panel.respondent_model, row) for row in range(9)]
    assert [slot[0] for slot in slots] == ["Us"] * 5 + ["Partner"] * 4
    named = [slot for slot in slots if slot[3] != "Anonymous"]
    assert len(named) == 1 and named[0][1] == "Sales" and named[0][3]  # a stakeholder's name
    assert sum(slot[4] == "Not yet" for slot in slots) == 3

    model = panel.result_model
    found = rounds.results(demo.db, panel.chosen_round() or 0)
    ours = {item.dimension_id: item for item in found.sides[Side.US]}
    for row, asked in enumerate(found.round.framework_snapshot.dimensions):
        cells = _row(model, row)
        mine = ours[asked.id]
        assert mine.mean is not None
        assert cells[1] == notation.number(mine.mean, "en", 1)  # a mean with one decimal
        assert "." in cells[1]
        assert cells[2] == f"{mine.lowest}–{mine.highest}"
        assert cells[3].startswith(str(mine.spread))
        assert cells[3].endswith("◆") == (mine.spread is not None and mine.spread >= 2)
        assert cells[4] == str(mine.answered)
    gaps = [_row(model, row)[RoundResultModel.GAP] for row in range(model.rowCount())]
    assert any(gap.endswith("◆") for gap in gaps)  # the demo has a gap worth discussing

    translation.switch("nl")
    assert _row(panel.round_model, 0)[1] == "Gezondheidscheck"
    assert panel.respondent_model.index(1, 3).data() == "Anoniem"
    first = ours[found.round.framework_snapshot.dimensions[0].id].mean
    assert first is not None
    assert model.index(0, 1).data() == notation.number(first, "nl", 1)
    assert "," in model.index(0, 1).data()


def test_an_import_shows_at_once_and_undo_takes_it_back(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel"))
    view = _view(qtbot, session, alliance.id or 0)
    _open_rounds_tab(qtbot, view)
    assert view.rounds.round_model.rowCount() == 0
    slots = [rounds.Slot(Side.US, "Sales"), rounds.Slot(Side.US, "Finance")]
    creation = rounds.RoundCreation(alliance.id or 0, RoundKind.HEALTH, DAY, slots)
    session.run("Make round", [creation])
    assert _row(view.rounds.round_model, 0)[4] == "0 of 2"
    assert [view.rounds.respondent_model.index(r, 4).data() for r in range(2)] == [
        "Not yet",
        "Not yet",
    ]

    files = write_questionnaires(session.db, creation.round_id or 0, tmp_path)
    for path, answer in zip(files, ("2 - Weak", "5 - Excellent"), strict=True):
        book = openpyxl.load_workbook(path)
        asked = [r for r in book[XLSX_SHEET].iter_rows() if r[5].value and r[0].row > 2]
        asked[1][2].value = answer  # the first dimension (asked[0] is the header row)
        book.save(path)
    batch = responses.read_responses(session.db, files)
    assert not batch.refused
    session.run("Import answers", [responses.ResponseImport(batch.responses, DAY)])
    assert _row(view.rounds.round_model, 0)[4] == "2 of 2"
    first_row = _row(view.rounds.result_model, 0)
    assert first_row[1:5] == ["3.5", "2–5", "3 ◆", "2"]

    session.undo_stack.undo()
    assert _row(view.rounds.round_model, 0)[4] == "0 of 2"
    assert view.rounds.result_model.index(0, 1).data() == ""


def test_the_rounds_files_are_written_from_the_tab(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel"))
    view = _view(qtbot, session, alliance.id or 0)
    _open_rounds_tab(qtbot, view)
    panel = view.rounds
    assert not panel.questionnaires_button.isEnabled()  # no round yet
    slots = [rounds.Slot(Side.US, "Sales"), rounds.Slot(Side.PARTNER, "R&D")]
    session.run(
        "Make round", [rounds.RoundCreation(alliance.id or 0, RoundKind.HEALTH, DAY, slots)]
    )
    assert panel.questionnaires_button.isEnabled() and panel.report_button.isEnabled()

    def choose(format_: str | None, language: Language | None) -> None:
        def answer(dialog: RoundFilesDialog) -> bool:
            dialog.show()
            if format_ is not None:
                dialog.format_box.setCurrentIndex(dialog.format_box.findData(format_))
            dialog.language_box.setCurrentIndex(dialog.language_box.findData(language))
            qtbot.mouseClick(
                dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                Qt.MouseButton.LeftButton,
            )
            return dialog.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(RoundFilesDialog, "choose", answer)

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    choose("pdf", None)
    qtbot.mouseClick(panel.questionnaires_button, Qt.MouseButton.LeftButton)
    written = sorted(folder.iterdir())
    assert len(written) == 2 and all(path.suffix == ".pdf" for path in written)
    assert all(PdfReader(path).get_fields() for path in written)  # fillable forms

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "joint"), "")
    )
    choose(None, Language.NL)
    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "joint.pdf").pages)
    assert "Kestrel" in text and "maart" in text  # the round of 2 March, in Dutch


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_alt_letter_on_the_page_is_its_own(
    qtbot: QtBot, session: Session, translation: Translation, language: str
) -> None:
    """The tabs and the rounds' buttons take letters no other control of the page has."""
    translation.switch(language)
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel"))
    view = _view(qtbot, session, alliance.id or 0)
    texts = [view.tabs.tabText(index) for index in range(view.tabs.count())]
    texts += [widget.text() for widget in view.findChildren(QAbstractButton)]
    texts += [widget.text() for widget in view.findChildren(QLabel)]
    letters = [found.group(1).lower() for text in texts if (found := MNEMONIC.search(text))]
    assert len(letters) >= 10
    assert len(letters) == len(set(letters)), texts
