"""The evaluations page as a user meets it: enter health checks through the generated form,
read the log, the overall score and the perception gaps, undo, and read the trend chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import RespondentSide
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, dimensions, framework_by_code
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.evaluations.models import EvaluationLogModel
from alliance_desk.ui.views.evaluations.page import EvaluationsView
from alliance_desk.ui.widgets.score_sheet import ScoredDialog
from alliance_desk.ui.widgets.trend_chart import STYLES

US, PARTNER, JOINT = RespondentSide.US, RespondentSide.PARTNER, RespondentSide.JOINT
Fill = Callable[[ScoredDialog], None]
# Strategic fit, value creation, operational effectiveness, governance, relationship,
# executive support, learning: the shipped health check's order.
OUR_SCORES = [5, 4, 4, 3, 5, 4, 3]
THEIR_SCORES = [2, 4, 3, 3, 3, 4, 4]


@pytest.fixture
def alliance(session: Session) -> Alliance:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    return records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))


@pytest.fixture
def view(
    session: Session, alliance: Alliance, qtbot: QtBot, translation: Translation
) -> Iterator[EvaluationsView]:
    view = EvaluationsView()
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.set_session(session)
    view.set_alliance(alliance.id)
    session.changed.connect(view.on_changed)
    yield view
    view.set_session(None)  # as the window does before it closes a workbook


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Fill]:
    """Fill-ins for the next evaluation dialogs; each acts on the open dialog like a user."""
    queue: list[Fill] = []

    def exec_(dialog: ScoredDialog) -> int:
        dialog.show()
        queue.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(ScoredDialog, "exec", exec_)
    return queue


class Answers:
    """Answers to the next questions ("Delete …?"), and the questions asked."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.asked: list[str] = []

    def question(self, parent: object, title: str, text: str, *args: object) -> object:
        self.asked.append(text)
        return self.queue.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(QMessageBox, "question", found.question)
    return found


def _click_ok(qtbot: QtBot, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def evaluation(
    qtbot: QtBot,
    day: dt.date,
    side: RespondentSide,
    who: str,
    scores: list[int | None],
    comments: dict[int, str] | None = None,
) -> Fill:
    def fill(dialog: ScoredDialog) -> None:
        dialog.form.editors["evaluated_on"].set_value(day)
        side_box = dialog.form.editors["respondent_side"]
        side_box.setCurrentIndex(side_box.findData(side.value))
        qtbot.keyClicks(dialog.form.editors["respondent"], who)
        boxes = list(dialog.sheet.score_boxes.values())
        edits = list(dialog.sheet.comment_edits.values())
        for position, score in enumerate(scores):
            boxes[position].setCurrentIndex(boxes[position].findData(score))
        for position, text in (comments or {}).items():
            edits[position].clear()
            qtbot.keyClicks(edits[position], text)
        _click_ok(qtbot, dialog)

    return fill


def _cells(model: EvaluationLogModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def _count(session: Session, table: str) -> int:
    return session.db.scalar(f"SELECT count(*) FROM {table}")


def _enter_both(view: EvaluationsView, qtbot: QtBot, dialogs: list[Fill]) -> None:
    dialogs.append(
        evaluation(qtbot, dt.date(2026, 10, 1), US, "Anna de Vries", OUR_SCORES, {0: "Core fit"})
    )
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    dialogs.append(evaluation(qtbot, dt.date(2026, 10, 20), PARTNER, "Tom Baker", THEIR_SCORES))
    qtbot.mouseClick(view.new_button, Qt.LeftButton)


def test_entering_both_sides_shows_log_overall_and_largest_gap_first(
    view: EvaluationsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    _enter_both(view, qtbot, dialogs)

    model = view.log_model
    assert model.rowCount() == 2
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4, 11)]
    assert headers[0] == "Strategic\nfit" and headers[4] == "Relationship"
    assert _cells(model, 0) == ["2026-10-20", "Partner", "Tom Baker", "3.3"] + [
        str(score) for score in THEIR_SCORES
    ]
    assert _cells(model, 1)[:4] == ["2026-10-01", "Us", "Anna de Vries", "4.0"]
    assert "Core fit" in model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "5 – Excellent" in model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert view.summary.text() == "2 evaluations"

    gaps = view.gap_panel.model
    shown = [
        [gaps.index(row, column).data() for column in range(4)] for row in range(gaps.rowCount())
    ]
    assert shown[0] == ["Strategic fit", "5", "2", "+3  ◆ gap"]
    assert shown[1] == ["Relationship", "5", "3", "+2  ◆ gap"]
    assert shown[2][3] == "+1  ◆ gap" and shown[3][3] == "−1  ◆ gap"  # learning: 3 against 4
    assert [row[3] for row in shown[4:]] == ["±0", "±0", "±0"]
    font = gaps.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert gaps.index(5, 0).data(Qt.ItemDataRole.FontRole) is None
    assert "1 Oct 2026" in view.gap_panel.pair_label.text()
    assert "20 Oct 2026" in view.gap_panel.pair_label.text()
    assert "4 gaps" in view.gap_panel.pair_label.text()

    # The workbook holds both evaluations with every score and the comment.
    assert _count(session, "evaluation") == 2 and _count(session, "evaluation_score") == 14
    assert session.db.scalar("SELECT comment FROM evaluation_score WHERE comment IS NOT NULL") == (
        "Core fit"
    )


def test_one_undo_takes_back_an_evaluation_with_all_its_scores(
    view: EvaluationsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    _enter_both(view, qtbot, dialogs)
    assert session.undo_stack.count() == 2
    with qtbot.waitSignal(session.changed):
        session.undo_stack.undo()
    assert _count(session, "evaluation") == 1 and _count(session, "evaluation_score") == 7
    assert view.log_model.rowCount() == 1
    assert view.gap_panel.model.rowCount() == 0
    assert "needs an evaluation" in view.gap_panel.pair_label.text()
    ids_before = session.db.query("SELECT id FROM evaluation_score ORDER BY id")
    session.undo_stack.redo()
    assert _count(session, "evaluation_score") == 14
    assert view.log_model.rowCount() == 2
    assert view.gap_panel.model.index(0, 3).data() == "+3  ◆ gap"
    assert session.db.query("SELECT id FROM evaluation_score ORDER BY id")[:7] == ids_before


def test_not_scored_dimensions_store_nothing_and_a_missing_date_is_refused(
    view: EvaluationsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    def without_date(dialog: ScoredDialog) -> None:
        dialog.form.editors["evaluated_on"].set_value(None)
        _click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "Date: a value is required." in dialog.form.problem.text()
        dialog.reject()

    dialogs.append(without_date)
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    assert _count(session, "evaluation") == 0 and session.undo_stack.count() == 0

    dialogs.append(evaluation(qtbot, dt.date(2026, 5, 1), JOINT, "", [None, 3]))
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    assert _count(session, "evaluation_score") == 1
    assert _cells(view.log_model, 0)[:6] == ["2026-05-01", "Joint", "", "3.0", "", "3"]


def test_editing_changes_scores_in_one_undoable_step(
    view: EvaluationsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    _enter_both(view, qtbot, dialogs)
    view.log.selectRow(1)  # ours

    def change(dialog: ScoredDialog) -> None:
        boxes = list(dialog.sheet.score_boxes.values())
        assert boxes[0].currentData() == 5  # the stored scores are filled in
        assert list(dialog.sheet.comment_edits.values())[0].text() == "Core fit"
        boxes[0].setCurrentIndex(boxes[0].findData(2))
        boxes[1].setCurrentIndex(0)  # "Not scored"
        qtbot.keyClicks(dialog.form.editors["respondent"], " (AM)")
        _click_ok(qtbot, dialog)

    dialogs.append(change)
    qtbot.mouseClick(view.edit_button, Qt.LeftButton)
    assert _cells(view.log_model, 1)[2:6] == ["Anna de Vries (AM)", "3.5", "2", ""]
    assert view.gap_panel.model.index(0, 0).data() == "Relationship"
    assert _count(session, "evaluation_score") == 13
    session.undo_stack.undo()
    assert _cells(view.log_model, 1)[2:6] == ["Anna de Vries", "4.0", "5", "4"]
    assert _count(session, "evaluation_score") == 14


def test_delete_asks_first_and_can_be_undone(
    view: EvaluationsView,
    session: Session,
    qtbot: QtBot,
    dialogs: list[Fill],
    answers: Answers,
) -> None:
    _enter_both(view, qtbot, dialogs)
    view.log.selectRow(0)
    answers.queue.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_button, Qt.LeftButton)
    assert _count(session, "evaluation") == 2
    assert "20 Oct 2026 by Partner" in answers.asked[0]

    answers.queue.append(QMessageBox.StandardButton.Yes)
    view.log.setFocus()
    qtbot.keyClick(view.log, Qt.Key.Key_Delete)
    assert _count(session, "evaluation") == 1 and _count(session, "evaluation_score") == 7
    assert view.log_model.rowCount() == 1
    session.undo_stack.undo()
    assert _count(session, "evaluation_score") == 14 and view.log_model.rowCount() == 2


def test_trend_chart_holds_the_series_and_paints_them(
    view: EvaluationsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    empty = view.chart.grab().toImage()
    _enter_both(view, qtbot, dialogs)
    dialogs.append(evaluation(qtbot, dt.date(2026, 11, 1), US, "Anna", [3, 3, 3, 3, 3, 3, 3]))
    qtbot.mouseClick(view.new_button, Qt.LeftButton)

    assert view.trend.dimension_box.itemText(0) == "Overall (average of the dimensions)"
    assert view.chart.series == {
        US: [(dt.date(2026, 10, 1), 4.0), (dt.date(2026, 11, 1), 3.0)],
        PARTNER: [(dt.date(2026, 10, 20), 3.29)],
    }
    view.trend.dimension_box.setCurrentIndex(view.trend.dimension_box.findText("Strategic fit"))
    assert view.chart.series == {
        US: [(dt.date(2026, 10, 1), 5.0), (dt.date(2026, 11, 1), 3.0)],
        PARTNER: [(dt.date(2026, 10, 20), 2.0)],
    }
    painted = view.chart.grab().toImage()
    assert painted != empty
    assert _has_colour(painted, STYLES[US].colour) and _has_colour(painted, STYLES[PARTNER].colour)
    assert "Us: 2 points, latest 3" in view.chart.accessibleDescription()


def _has_colour(image: QImage, colour: str) -> bool:
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 2)
    )


def test_pulse_checks_are_added_and_deleted_undoably(
    view: EvaluationsView,
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    def exec_(dialog: RecordDialog) -> int:
        rag = dialog.form.editors["rag"]
        rag.setCurrentIndex(rag.findData("amber"))
        qtbot.keyClicks(dialog.form.editors["note"], "Pricing dispute")
        _click_ok(qtbot, dialog)
        return int(dialog.result())

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    panel = view.pulse_panel
    qtbot.mouseClick(panel.add_button, Qt.LeftButton)
    assert [panel.model.index(0, column).data() for column in range(3)] == [
        "2026-11-15",
        "▲ Amber",
        "Pricing dispute",
    ]
    assert session.db.scalar("SELECT rag FROM pulse_check") == "amber"
    answers.queue.append(QMessageBox.StandardButton.Yes)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.LeftButton)
    assert _count(session, "pulse_check") == 0 and panel.model.rowCount() == 0
    session.undo_stack.undo()
    assert panel.model.rowCount() == 1


def test_every_model_passes_the_model_tester(
    view: EvaluationsView,
    qtbot: QtBot,
    dialogs: list[Fill],
    qtmodeltester,  # noqa: ANN001
) -> None:
    qtmodeltester.check(view.log_model)
    _enter_both(view, qtbot, dialogs)
    for model in (view.log_model, view.gap_panel.model, view.pulse_panel.model):
        qtmodeltester.check(model)
    assert view.log_model.rowCount() == 2


def test_dimension_names_follow_the_language(
    view: EvaluationsView, translation: Translation, qtbot: QtBot
) -> None:
    translation.switch("nl")
    # Switching installs a translator; the page retranslates on the LanguageChange event.
    qtbot.waitUntil(lambda: view.trend.dimension_box.itemText(1) == "Strategische fit")
    assert view.log_model.headerData(4, Qt.Orientation.Horizontal) == "Strategische\nfit"
    translation.switch("en")
    qtbot.waitUntil(lambda: view.trend.dimension_box.itemText(1) == "Strategic fit")


def test_a_page_load_reads_the_evaluations_with_one_query(
    view: EvaluationsView, session: Session, alliance: Alliance
) -> None:
    db = session.db
    health = framework_by_code(db, DEFAULT_EVALUATION)
    from alliance_desk.domain.evaluations import Evaluation, EvaluationScore

    with db.transaction():
        for number in range(40):
            stored = records.insert(
                db,
                Evaluation(
                    alliance_id=alliance.id,
                    framework_id=health.id,
                    evaluated_on=dt.date(2017, 1, 1) + dt.timedelta(days=60 * number),
                    respondent_side=(US, PARTNER, JOINT)[number % 3],
                ),
            )
            for dimension in dimensions(db, health.id or 0):
                records.insert(
                    db,
                    EvaluationScore(
                        evaluation_id=stored.id, dimension_id=dimension.id, score=number % 5 + 1
                    ),
                )
    statements: list[str] = []
    db.connection.set_trace_callback(statements.append)
    try:
        view.reload()
    finally:
        db.connection.set_trace_callback(None)
    reading_scores = [sql for sql in statements if "evaluation_score" in sql]
    assert len(reading_scores) == 1
    assert view.log_model.rowCount() == 40 and len(view.chart.series) == 3


def test_the_window_has_the_page_and_jumps_to_an_evaluation(
    qtbot: QtBot, translation: Translation, workbook_path: Path, dialogs: list[Fill]
) -> None:
    from alliance_desk.ui.main_window import MainWindow

    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Kestrel Systems"))
        records.insert(workbook.db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(workbook_path)
    try:
        titles = [view.title() for view in window.views]
        assert titles.index("Evaluations") + 1 == titles.index("Maturity")
        page = window.views[titles.index("Evaluations")]
        assert isinstance(page, EvaluationsView)
        window.navigation.setCurrentRow(titles.index("Evaluations"))  # as a user opens the page
        dialogs.append(evaluation(qtbot, dt.date(2026, 6, 1), US, "Anna", OUR_SCORES))
        qtbot.mouseClick(page.new_button, Qt.LeftButton)
        evaluation_id = window.session.db.scalar("SELECT id FROM evaluation")
        page.log.clearSelection()
        window.navigation.setCurrentRow(0)
        window.show_record("evaluation", evaluation_id)
        assert window.current_view() is page
        assert page.selected_line().evaluation_id == evaluation_id
        window.undo_action.trigger()  # Ctrl+Z in the window takes the whole evaluation back
        assert page.log_model.rowCount() == 0
        assert window.session.db.scalar("SELECT count(*) FROM evaluation_score") == 0
    finally:
        window.close_workbook()
