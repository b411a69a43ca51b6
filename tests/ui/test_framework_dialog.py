"""Edit → Frameworks…, used as a user would: add, rename, move, retire and restore dimensions,
rename scale levels, and see the change in the evaluation form and pages; undo and redo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import FrameworkKind
from alliance_desk.domain.evaluations import ScaleLevel
from alliance_desk.store import records
from alliance_desk.store import skills as skill_store
from alliance_desk.store.frameworks import (
    DEFAULT_EVALUATION,
    DEFAULT_MATURITY,
    dimensions,
    framework_by_code,
)
from alliance_desk.ui.dialogs.framework import FrameworkDialog
from alliance_desk.ui.dialogs.framework_names import NamesDialog, dimension_code
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.record_form import write_editor
from alliance_desk.ui.views.evaluations.page import EvaluationsView
from alliance_desk.ui.views.maturity.page import MaturityView
from alliance_desk.ui.widgets.score_sheet import ScoredDialog

Fill = Callable[[NamesDialog], None]
ODD_NAME = "R&D <b> 🚀"


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, small_demo_path: Path) -> Iterator[MainWindow]:
    translation = Translation(qapp)
    translation.switch("en")
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(small_demo_path)
    yield window
    window.close_workbook()
    translation.switch("en")


@pytest.fixture
def forms(monkeypatch: pytest.MonkeyPatch) -> list[Fill]:
    """Fill-ins for the next name forms; each acts on the open form like a user."""
    queue: list[Fill] = []

    def exec_(dialog: NamesDialog) -> int:
        dialog.show()
        queue.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(NamesDialog, "exec", exec_)
    return queue


def open_editor(
    window: MainWindow, kind: FrameworkKind = FrameworkKind.EVALUATION
) -> FrameworkDialog:
    window.frameworks_action.trigger()
    dialog = window.findChild(FrameworkDialog)
    assert dialog is not None and dialog.isVisible()
    code = DEFAULT_EVALUATION if kind is FrameworkKind.EVALUATION else DEFAULT_MATURITY
    framework = framework_by_code(window.session.db, code)
    dialog.framework_box.setCurrentIndex(dialog.framework_box.findData(framework.id))
    return dialog


def framework_id(window: MainWindow, code: str = DEFAULT_EVALUATION) -> int:
    found = framework_by_code(window.session.db, code).id
    assert found is not None
    return found


def names(window: MainWindow, active_only: bool = True) -> list[str]:
    return [d.name_en for d in dimensions(window.session.db, framework_id(window), active_only)]


def query(db: Any, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    return list(db.tuples(sql, params))


def table_column(dialog: FrameworkDialog, column: int) -> list[str]:
    table = dialog.dimension_table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def choose(dialog: FrameworkDialog, name_en: str) -> None:
    dialog.dimension_table.selectRow(table_column(dialog, FrameworkDialog.EN).index(name_en))


def type_names(qtbot: QtBot, en: str | None = None, nl: str | None = None, ok: bool = True) -> Fill:
    def fill(form: NamesDialog) -> None:
        for field, text in (("name_en", en), ("name_nl", nl)):
            if text is not None:
                editor = form.form.editors[field]
                assert isinstance(editor, QLineEdit)
                editor.clear()
                if all(ord(character) <= 0xFFFF for character in text):
                    qtbot.keyClicks(editor, text)
                else:  # QTest cannot type outside the BMP (🚀): paste it as a user would
                    editor.insert(text)
        button = (
            QDialogButtonBox.StandardButton.Ok if ok else QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.mouseClick(form.buttons.button(button), Qt.MouseButton.LeftButton)

    return fill


def evaluations_page(window: MainWindow) -> EvaluationsView:
    view = next(v for v in window.views if isinstance(v, EvaluationsView))
    window.navigation.setCurrentRow(window.views.index(view))
    assert view.loaded is not None  # the small demo's first alliance is chosen
    return view


def new_evaluation_form(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], list[str]]:
    """Open New evaluation on the Evaluations page: (its dimensions' names, plain labels)."""
    view = evaluations_page(window)
    seen: list[ScoredDialog] = []

    def exec_(dialog: ScoredDialog) -> int:
        seen.append(dialog)
        return 0  # cancelled: nothing is stored

    monkeypatch.setattr(ScoredDialog, "exec", exec_)
    view.new_button.click()
    (form,) = seen
    shown = [d.name_en for d in form.sheet.dimensions]
    # The labels shown as plain text (the column headings are bold markup of our own).
    labels = [
        label.text()
        for label in form.sheet.findChildren(QLabel)
        if label.textFormat() == Qt.TextFormat.PlainText
    ]
    return shown, labels


def header_texts(view: EvaluationsView) -> list[str]:
    model = view.log_model
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal)).replace("\n", " ")
        for column in range(model.columnCount())
    ]


def test_the_menu_entry_needs_an_open_workbook(window: MainWindow) -> None:
    assert window.frameworks_action.isEnabled()
    assert window.frameworks_action in window.edit_menu.actions()
    assert window.frameworks_action.text() == "&Frameworks…"
    window.close_workbook()
    assert not window.frameworks_action.isEnabled()


# The offscreen platform cannot raise a window; the test only counts the windows.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_both_frameworks_are_offered_with_their_kind(window: MainWindow) -> None:
    dialog = open_editor(window)
    items = [dialog.framework_box.itemText(i) for i in range(dialog.framework_box.count())]
    assert items == [
        "Alliance health check (health check)",
        "Alliance capability maturity (maturity)",
        "Collaborative skills (skills of people)",
    ]
    assert table_column(dialog, FrameworkDialog.EN) == names(window)
    assert table_column(dialog, FrameworkDialog.NL)[0] == "Strategische fit"
    assert dialog.level_table.rowCount() == 5
    dialog.framework_box.setCurrentIndex(1)
    assert table_column(dialog, FrameworkDialog.EN)[0] == "Collaboration mindset"
    # A second Edit → Frameworks… brings the open window forward, it does not open another.
    window.frameworks_action.trigger()
    assert len([d for d in window.findChildren(FrameworkDialog) if d.isVisible()]) == 1


def test_add_a_dimension_shows_in_the_form_and_undo_redo(
    window: MainWindow, qtbot: QtBot, forms: list[Fill], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_editor(window)
    before = names(window)
    forms.append(type_names(qtbot, "Innovation pace", "Innovatietempo"))
    dialog.add_button.click()

    stored = dimensions(window.session.db, framework_id(window))
    assert [d.name_en for d in stored] == [*before, "Innovation pace"]
    added = stored[-1]
    assert (added.name_nl, added.code, added.active) == ("Innovatietempo", "innovation_pace", True)
    assert added.position == max(d.position for d in stored[:-1]) + 1
    assert table_column(dialog, FrameworkDialog.EN)[-1] == "Innovation pace"
    assert dialog.selected_dimension() == added
    assert window.undo_action.text() == "&Undo Add dimension “Innovation pace”"

    shown, _labels = new_evaluation_form(window, monkeypatch)
    assert shown == [*before, "Innovation pace"]
    assert "Innovation pace" in header_texts(evaluations_page(window))

    window.undo_action.trigger()
    assert names(window) == before
    assert table_column(dialog, FrameworkDialog.EN) == before
    assert "Innovation pace" not in header_texts(evaluations_page(window))
    window.redo_action.trigger()
    assert names(window) == [*before, "Innovation pace"]
    assert dimensions(window.session.db, framework_id(window))[-1].id == added.id


def test_a_new_code_is_unique_within_the_framework(
    window: MainWindow, qtbot: QtBot, forms: list[Fill]
) -> None:
    dialog = open_editor(window)
    forms.append(type_names(qtbot, "Strategic fit", "Strategische fit 2"))
    forms.append(type_names(qtbot, "Strategic  FIT!", "Strategische fit 3"))
    dialog.add_button.click()
    dialog.add_button.click()
    codes = [d.code for d in dimensions(window.session.db, framework_id(window))]
    assert codes[0] == "strategic_fit"
    assert codes[-2:] == ["strategic_fit_2", "strategic_fit_3"]
    assert dimension_code("Évaluation – 🚀", set()) == "evaluation"
    assert dimension_code("🚀", set()) == "dimension"
    assert len(dimension_code("x" * 200, set())) <= 60


def test_rename_shows_in_the_page_header_and_the_form(
    window: MainWindow, qtbot: QtBot, forms: list[Fill], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_editor(window)
    view = evaluations_page(window)
    assert "Value creation" in header_texts(view)
    choose(dialog, "Value creation")
    forms.append(type_names(qtbot, "Value delivered", "Geleverde waarde"))
    dialog.edit_button.click()

    assert "Value delivered" in header_texts(view)
    assert "Value creation" not in header_texts(view)
    shown, _labels = new_evaluation_form(window, monkeypatch)
    assert shown[1] == "Value delivered"
    renamed = dimensions(window.session.db, framework_id(window))[1]
    assert (renamed.code, renamed.name_nl) == ("value_creation", "Geleverde waarde")
    assert window.undo_action.text() == "&Undo Edit dimension “Value delivered”"

    window.undo_action.trigger()
    assert "Value creation" in header_texts(view)
    assert table_column(dialog, FrameworkDialog.EN)[1] == "Value creation"
    window.redo_action.trigger()
    assert table_column(dialog, FrameworkDialog.EN)[1] == "Value delivered"


def test_the_form_shows_the_current_values_and_cancel_writes_nothing(
    window: MainWindow, qtbot: QtBot, forms: list[Fill]
) -> None:
    dialog = open_editor(window)
    choose(dialog, "Learning")
    seen: list[tuple[str, str, str]] = []

    def look(form: NamesDialog) -> None:
        description = form.form.editors["description_en"]
        assert isinstance(description, QPlainTextEdit)
        seen.append(
            (
                form.form.editors["name_en"].text(),  # type: ignore[attr-defined]
                form.form.editors["name_nl"].text(),  # type: ignore[attr-defined]
                form.form.labels["name_nl"].text(),
            )
        )
        assert description.toPlainText()  # the shipped framework describes each dimension
        type_names(qtbot, "Something else", ok=False)(form)

    forms.append(look)
    count = window.session.undo_stack.count()
    dialog.edit_button.click()
    assert seen == [("Learning", "Leren", "&Dutch name")]
    assert names(window)[-1] == "Learning"
    assert window.session.undo_stack.count() == count


def test_move_up_and_down_is_one_undo_step(window: MainWindow) -> None:
    dialog = open_editor(window)
    before = dimensions(window.session.db, framework_id(window))
    count = window.session.undo_stack.count()
    choose(dialog, "Value creation")
    assert dialog.up_button.isEnabled() and dialog.down_button.isEnabled()
    dialog.up_button.click()

    after = dimensions(window.session.db, framework_id(window))
    assert [d.name_en for d in after[:2]] == ["Value creation", "Strategic fit"]
    positions = {d.name_en: d.position for d in after}
    assert positions["Value creation"] == before[0].position
    assert positions["Strategic fit"] == before[1].position
    assert window.session.undo_stack.count() == count + 1
    assert window.undo_action.text() == "&Undo Move dimension “Value creation” up"
    assert table_column(dialog, FrameworkDialog.EN)[:2] == ["Value creation", "Strategic fit"]
    assert dialog.selected_dimension().name_en == "Value creation"  # type: ignore[union-attr]
    assert not dialog.up_button.isEnabled()  # it is first now
    header = header_texts(evaluations_page(window))
    assert header.index("Value creation") < header.index("Strategic fit")

    window.undo_action.trigger()  # Edit → Undo: both positions come back
    assert dimensions(window.session.db, framework_id(window)) == before
    assert table_column(dialog, FrameworkDialog.EN)[:2] == ["Strategic fit", "Value creation"]
    window.redo_action.trigger()
    assert [d.name_en for d in dimensions(window.session.db, framework_id(window))[:2]] == [
        "Value creation",
        "Strategic fit",
    ]

    choose(dialog, "Learning")
    assert not dialog.down_button.isEnabled()  # it is last
    choose(dialog, "Senior executive support")
    dialog.down_button.click()
    assert names(window)[-2:] == ["Learning", "Senior executive support"]
    window.undo_action.trigger()
    assert names(window)[-2:] == ["Senior executive support", "Learning"]


def test_retire_keeps_old_scores_and_restore_brings_it_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.session.db
    dialog = open_editor(window)
    learning = next(d for d in dimensions(db, framework_id(window)) if d.code == "learning")
    scored_before = query(
        db,
        "SELECT evaluation_id, score FROM evaluation_score WHERE dimension_id = :id",
        {"id": learning.id},
    )
    assert scored_before  # the demo has scored it

    choose(dialog, "Learning")
    assert dialog.retire_button.text() == "Re&tire"
    dialog.retire_button.click()
    assert window.undo_action.text() == "&Undo Retire dimension “Learning”"
    assert "Learning" not in names(window)
    assert "Learning" in names(window, active_only=False)
    row = table_column(dialog, FrameworkDialog.EN).index("Learning")
    assert dialog.dimension_table.item(row, FrameworkDialog.STATE).text() == "retired"
    assert dialog.dimension_table.item(row, FrameworkDialog.EN).font().italic()
    assert dialog.retire_button.text() == "Re&store"

    # Not offered for new scores ...
    shown, _labels = new_evaluation_form(window, monkeypatch)
    assert "Learning" not in shown
    # ... but the old scores are still there, and an old evaluation's form still shows them.
    assert (
        query(
            db,
            "SELECT evaluation_id, score FROM evaluation_score WHERE dimension_id = :id",
            {"id": learning.id},
        )
        == scored_before
    )
    view = evaluations_page(window)
    # ... and the log keeps the column where this alliance scored it.
    headers = [
        view.log_model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for column in range(view.log_model.columnCount())
    ]
    assert any("Learning" in str(header) for header in headers)
    evaluation_id = scored_before[0][0]
    assert view.select_evaluation(evaluation_id)
    seen: list[ScoredDialog] = []
    monkeypatch.setattr(ScoredDialog, "exec", lambda form: seen.append(form) or 0)
    view.edit_button.click()
    assert "Learning" in [d.name_en for d in seen[0].sheet.dimensions]
    box = seen[0].sheet.score_boxes[learning.id or 0]
    assert box.currentData() == dict(scored_before)[evaluation_id]

    dialog.retire_button.click()  # Restore
    assert window.undo_action.text() == "&Undo Restore dimension “Learning”"
    assert names(window)[-1] == "Learning"
    shown, _labels = new_evaluation_form(window, monkeypatch)
    assert shown[-1] == "Learning"

    window.undo_action.trigger()  # the restore
    assert "Learning" not in names(window)
    window.undo_action.trigger()  # the retirement
    assert names(window)[-1] == "Learning"
    window.redo_action.trigger()
    assert "Learning" not in names(window)


def test_the_maturity_page_follows_the_maturity_framework(
    window: MainWindow, qtbot: QtBot, forms: list[Fill]
) -> None:
    view = next(v for v in window.views if isinstance(v, MaturityView))
    window.navigation.setCurrentRow(window.views.index(view))
    dialog = open_editor(window, FrameworkKind.MATURITY)
    choose(dialog, "Collaboration mindset")
    forms.append(type_names(qtbot, "Partnering mindset"))
    dialog.edit_button.click()
    model = view.side_model
    assert model.index(0, 0).data() == "Partnering mindset"
    # Retired, it keeps its row: both sides of this alliance were assessed on it.
    rows = model.rowCount()
    dialog.retire_button.click()
    assert model.rowCount() == rows and model.index(0, 0).data() == "Partnering mindset"


def test_an_empty_name_is_refused_in_the_form_and_nothing_is_written(
    window: MainWindow, qtbot: QtBot, forms: list[Fill]
) -> None:
    dialog = open_editor(window)
    db = window.session.db
    count = window.session.undo_stack.count()
    audited = query(db, "SELECT count(*) FROM audit_log")
    problems: list[str] = []

    def empty_then_cancel(form: NamesDialog) -> None:
        type_names(qtbot, "", "Iets")(form)  # OK with an empty English name
        assert form.isVisible()  # the form stays open and says why
        problems.append(form.form.problem.text())
        assert form.focusWidget() is form.form.editors["name_en"]
        too_long = "x" * 201
        form.form.editors["name_en"].setText(too_long)  # type: ignore[attr-defined]
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
        problems.append(form.form.problem.text())
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.LeftButton)

    forms.append(empty_then_cancel)
    dialog.add_button.click()
    assert problems == [
        "English name: a value is required.",
        "English name: at most 200 characters are allowed; this has 201.",
    ]
    # Renaming to nothing is refused the same way.
    choose(dialog, "Learning")
    forms.append(empty_then_cancel)
    dialog.edit_button.click()
    assert problems[2] == "English name: a value is required."
    assert names(window)[-1] == "Learning"
    assert window.session.undo_stack.count() == count
    assert query(db, "SELECT count(*) FROM audit_log") == audited


def test_markup_and_emoji_round_trip(
    window: MainWindow, qtbot: QtBot, forms: list[Fill], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_editor(window)
    forms.append(type_names(qtbot, ODD_NAME, ODD_NAME + " nl"))
    dialog.add_button.click()
    added = dimensions(window.session.db, framework_id(window))[-1]
    assert (added.name_en, added.name_nl, added.code) == (ODD_NAME, ODD_NAME + " nl", "r_d_b")
    assert table_column(dialog, FrameworkDialog.EN)[-1] == ODD_NAME
    # Shown as typed in the form: no markup, no shortcut key ("&&" is how a label shows "&").
    shown, labels = new_evaluation_form(window, monkeypatch)
    assert shown[-1] == ODD_NAME
    assert ODD_NAME.replace("&", "&&") in labels
    assert ODD_NAME in header_texts(evaluations_page(window))
    # The menu shows the name too, not a shortcut on "D".
    assert window.undo_action.text() == f"&Undo Add dimension “{ODD_NAME.replace('&', '&&')}”"
    assert window.session.undo_stack.undoText() == f"Add dimension “{ODD_NAME}”"
    # The edit form gets it back unchanged, and OK without a change writes nothing.
    choose(dialog, ODD_NAME)
    count = window.session.undo_stack.count()
    seen: list[str] = []

    def keep(form: NamesDialog) -> None:
        seen.append(form.form.editors["name_en"].text())  # type: ignore[attr-defined]
        type_names(qtbot)(form)

    forms.append(keep)
    dialog.edit_button.click()
    assert seen == [ODD_NAME]
    assert window.session.undo_stack.count() == count
    window.undo_action.trigger()
    assert ODD_NAME not in names(window)
    window.redo_action.trigger()
    assert names(window)[-1] == ODD_NAME


def test_rename_a_scale_level_and_undo(
    window: MainWindow, qtbot: QtBot, forms: list[Fill], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.session.db
    dialog = open_editor(window)
    assert not dialog.level_button.isEnabled()
    dialog.level_table.selectRow(3)
    forms.append(type_names(qtbot, "Strong", "Sterk"))
    dialog.level_button.click()
    levels = records.select(db, ScaleLevel, "framework_id = :id", {"id": framework_id(window)})
    four = next(level for level in levels if level.value == 4)
    assert (four.name_en, four.name_nl) == ("Strong", "Sterk")
    assert dialog.level_table.item(3, 1).text() == "Strong"
    assert window.undo_action.text() == "&Undo Rename score 4 to “Strong”"
    view = evaluations_page(window)
    seen: list[ScoredDialog] = []
    monkeypatch.setattr(ScoredDialog, "exec", lambda form: seen.append(form) or 0)
    view.new_button.click()
    box = next(iter(seen[0].sheet.score_boxes.values()))
    assert "4 – Strong" in [box.itemText(i) for i in range(box.count())]
    window.undo_action.trigger()
    assert records.get(db, ScaleLevel, four.id or 0).name_en == "Good"
    assert dialog.level_table.item(3, 1).text() == "Good"


def test_changes_are_audited(window: MainWindow, qtbot: QtBot, forms: list[Fill]) -> None:
    db = window.session.db
    dialog = open_editor(window)
    choose(dialog, "Learning")
    forms.append(type_names(qtbot, "Learning together"))
    dialog.edit_button.click()
    learning = next(d for d in dimensions(db, framework_id(window)) if d.code == "learning")
    rows = query(
        db,
        "SELECT old_value, new_value FROM audit_log WHERE table_name = 'framework_dimension' "
        "AND record_id = :id AND field = 'name_en'",
        {"id": learning.id},
    )
    assert ("Learning", "Learning together") in rows


def test_closing_the_workbook_closes_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_editor(window)
    window.close_workbook()
    assert not dialog.isVisible()


def test_names_follow_the_interface_language(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_editor(window)
    dutch = framework_by_code(window.session.db, DEFAULT_EVALUATION).name_nl
    window.translation.switch("nl")
    try:
        # The dialog retranslates on the LanguageChange event, which Qt posts.
        qtbot.waitUntil(lambda: dialog.framework_box.currentText().startswith(dutch))
        assert table_column(dialog, FrameworkDialog.NL)[0] == "Strategische fit"
    finally:
        window.translation.switch("en")
    qtbot.waitUntil(lambda: dialog.framework_box.currentText().startswith("Alliance health"))


def test_the_last_dimension_in_use_cannot_be_retired(window: MainWindow) -> None:
    dialog = open_editor(window)
    names = table_column(dialog, FrameworkDialog.EN)
    for name in names[:-1]:
        choose(dialog, name)
        assert dialog.retire_button.isEnabled()
        dialog.retire_button.click()
    choose(dialog, names[-1])
    assert not dialog.retire_button.isEnabled()
    assert "last dimension in use" in dialog.retire_button.toolTip()
    choose(dialog, names[0])  # a retired one can always come back
    assert dialog.retire_button.isEnabled() and dialog.retire_button.text() == "Re&store"


def test_a_skill_has_a_required_level_to_edit_and_undo(
    window: MainWindow, qtbot: QtBot, forms: list[Fill]
) -> None:
    dialog = open_editor(window)
    skills = framework_by_code(window.session.db, "collaborative_skills")
    dialog.framework_box.setCurrentIndex(dialog.framework_box.findData(skills.id))
    assert dialog.dimension_table.item(0, FrameworkDialog.STATE).text() == "active, required 3"
    choose(dialog, "Trust building")

    def require_four(form: NamesDialog) -> None:
        editor = form.form.editors["required_level"]
        write_editor(editor, 4)
        qtbot.mouseClick(
            form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    forms.append(require_four)
    dialog.edit_button.click()

    trust = next(s for s in skill_store.skills(window.session.db) if s.code == "trust_building")
    assert trust.required_level == 4
    row = table_column(dialog, FrameworkDialog.EN).index("Trust building")
    assert dialog.dimension_table.item(row, FrameworkDialog.STATE).text() == "active, required 4"
    window.undo_action.trigger()
    trust = next(s for s in skill_store.skills(window.session.db) if s.code == "trust_building")
    assert trust.required_level == 3
    # The health check's dimensions have no required level to edit.
    dialog.framework_box.setCurrentIndex(0)
    choose(dialog, "Value creation")
    seen: list[bool] = []
    forms.append(lambda form: seen.append("required_level" in form.form.editors))
    dialog.edit_button.click()
    assert seen == [False]
