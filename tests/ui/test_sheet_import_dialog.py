"""File → Import from spreadsheet… as a user meets it: choose the file, confirm or change the
columns, look at the preview, choose per duplicate, tick the organisations to create, import
as one undo step; the day/month order asked when dates read both ways; Cancel stores
nothing; a hostile or foreign file is refused in a dialog that says why, in either language;
the mapping is remembered for the next file with the same columns."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.sheet_preview import RowStatus
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import records
from alliance_desk.ui.dialogs import sheet_texts
from alliance_desk.ui.dialogs.sheet_dialog import PREVIEW, SheetImportDialog
from alliance_desk.ui.dialogs.sheet_rows import STATUS
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.session import Session

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import make_sheets  # noqa: E402

Drive = Callable[[SheetImportDialog], None]


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, workbook_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(Translation(qapp))
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(workbook_path)
    assert window.session is not None
    window.session.today = lambda: dt.date(2026, 11, 15)
    yield window
    window.close()


@pytest.fixture
def sheets(tmp_path: Path) -> dict[str, Path]:
    return make_sheets.make_all(tmp_path / "sheets")


class User:
    """The file the user picks, what the user does in the dialog, and the warnings seen."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.file: Path | None = None
        self.drive: Drive = lambda dialog: None
        self.warnings: list[str] = []
        self.dialogs = 0
        monkeypatch.setattr(
            QFileDialog,
            "getOpenFileName",
            lambda *args, **kwargs: (str(self.file) if self.file else "", ""),
        )
        monkeypatch.setattr(QMessageBox, "warning", self._warning)
        monkeypatch.setattr(SheetImportDialog, "exec", lambda dialog: self._exec(dialog))

    def _warning(self, parent: object, title: str, text: str, *args: object) -> object:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def _exec(self, dialog: SheetImportDialog) -> int:
        self.dialogs += 1
        dialog.show()
        self.drive(dialog)
        return int(dialog.result())


@pytest.fixture
def user(monkeypatch: pytest.MonkeyPatch) -> User:
    return User(monkeypatch)


def alliance(session: Session) -> int:
    db = session.db
    own = records.get(db, Organisation, db.scalar("SELECT id FROM organisation WHERE is_own = 1"))
    records.update(db, own, name=make_sheets.OURS)
    partner = records.insert(db, Organisation(name=make_sheets.PARTNER))
    made = records.insert(db, Alliance(partner_id=partner.id or 0, name=make_sheets.ALLIANCE))
    return made.id or 0


def mapping_row(dialog: SheetImportDialog, header: str) -> int:
    table = dialog.columns.table
    return next(row for row in range(table.rowCount()) if table.item(row, 0).text() == header)


def choose_field(dialog: SheetImportDialog, header: str, field: str | None) -> None:
    box = dialog.columns.field_box(mapping_row(dialog, header))
    box.setCurrentIndex(box.findData(field))
    box.activated.emit(box.currentIndex())


def choose_row(qtbot: QtBot, dialog: SheetImportDialog, row: int, status: RowStatus) -> None:
    """Choose what happens to the sheet's row ``row`` as a user does: F2, then the combo."""
    view = dialog.check.rows
    model = dialog.check.model
    assert model is not None
    line = next(i for i, item in enumerate(model.preview.rows) if item.row == row)
    view.setCurrentIndex(model.index(line, STATUS))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QComboBox)
    assert editor is not None and editor.isVisible()
    editor.setCurrentIndex(editor.findData(status.value))
    editor.activated.emit(editor.currentIndex())


def count(session: Session, table: str, where: str = "1") -> int:
    return int(session.db.scalar(f"SELECT count(*) FROM {table} WHERE {where}"))


def test_a_user_imports_the_dutch_stakeholder_list(
    window: MainWindow, user: User, sheets: dict[str, Path], qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    alliance_id = alliance(session)
    existing = records.insert(
        session.db,
        Stakeholder(alliance_id=alliance_id, side="partner", name="Zoe de vries", department="X"),
    )
    user.file = sheets["dutch"]
    with open(user.file, "ab") as handle:  # one more row, of an organisation not there yet
        handle.write(
            "Piet Post;Juridisch;Jurist;Nieuw Advies B.V.;3;4;neutraal;nee;02-02-2026\r\n".encode(
                "cp1252"
            )
        )
    seen: dict[str, object] = {}

    def drive(dialog: SheetImportDialog) -> None:
        columns = dialog.columns
        assert columns.encoding.currentData() == "cp1252"
        assert columns.delimiter.currentData() == ";"
        assert not columns.sheet.isVisibleTo(dialog)
        columns.alliance.setCurrentIndex(columns.alliance.findData(alliance_id))
        columns.target.setCurrentIndex(columns.target.findData("stakeholders"))
        assert columns.mapping() == {
            0: "name", 1: "department", 2: "role", 3: "organisation", 4: "power",
            5: "interest", 6: "attitude", 7: "is_sponsor", 8: "assessed_on",
        }  # fmt: skip
        assert "Every column is imported" in columns.unmapped.text()
        choose_field(dialog, "Functie", None)  # the user leaves the role out
        assert columns.unmapped.text() == "Not imported: Functie"
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
        assert dialog.pages.currentIndex() == PREVIEW
        preview = dialog.preview
        assert preview is not None
        assert [row.status for row in preview.rows] == [
            RowStatus.SKIP, RowStatus.ADD, RowStatus.ADD, RowStatus.ADD
        ]  # fmt: skip
        assert "4 rows: 3 to add, 0 to update, 1 to skip, 0 refused." in dialog.check.counts.text()
        model = dialog.check.model
        assert model is not None
        assert model.data(model.index(0, model.remarks_column)) == "Already in the workbook"
        assert model.data(model.index(1, 3)) == "René Janssen"
        assert model.data(model.index(0, model.columnCount() - 1)) == "2026-12-31"  # assessed
        assert dialog.check.organisations.count() == 1
        item = dialog.check.organisations.item(0)
        assert item.text() == "Nieuw Advies B.V." and item.checkState() == Qt.CheckState.Checked
        choose_row(qtbot, dialog, 2, RowStatus.UPDATE)  # Zoë: update the one in the workbook
        assert "3 to add, 1 to update, 0 to skip" in dialog.check.counts.text()
        seen["screens"] = True
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    user.drive = drive
    window.file_actions.sheet_action.trigger()

    assert seen and not user.warnings
    assert count(session, "stakeholder") == 4
    zoe = session.db.query_one("SELECT * FROM stakeholder WHERE id = :id", {"id": existing.id})
    assert zoe is not None and zoe["name"] == "Zoë de Vries"  # updated, not added
    assert zoe["department"] == "Inkoop" and zoe["is_sponsor"] == 1
    rene = session.db.query_one("SELECT * FROM stakeholder WHERE name = 'René Janssen'")
    assert rene is not None and rene["side"] == "us" and rene["role"] is None
    assert count(session, "organisation", "name = 'Nieuw Advies B.V.'") == 1
    assert count(session, "stakeholder_assessment") == 4
    assert "Imported: 3 added, 1 updated, 1 organisation created." in (
        window.statusBar().currentMessage()
    )
    assert session.undo_stack.count() == 1

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count(session, "stakeholder") == 1
    assert session.db.scalar("SELECT department FROM stakeholder") == "X"
    assert count(session, "organisation", "name = 'Nieuw Advies B.V.'") == 0
    assert count(session, "stakeholder_assessment") == 0

    # The next file with the same columns: the mapping as the user left it.
    def again(dialog: SheetImportDialog) -> None:
        columns = dialog.columns
        columns.target.setCurrentIndex(columns.target.findData("stakeholders"))
        assert columns.origin.isVisibleTo(dialog)
        assert "remembered" in columns.origin.text()
        assert 2 not in columns.mapping()
        assert columns.unmapped.text() == "Not imported: Functie"
        dialog.reject()

    user.drive = again
    window.file_actions.sheet_action.trigger()
    assert user.dialogs == 2


def test_an_english_xlsx_with_serial_dates_and_a_second_sheet(
    window: MainWindow, user: User, sheets: dict[str, Path], qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    alliance(session)
    user.file = sheets["english"]

    def drive(dialog: SheetImportDialog) -> None:
        columns = dialog.columns
        assert columns.sheet.isVisibleTo(dialog) and not columns.encoding.isVisibleTo(dialog)
        assert [columns.sheet.itemText(i) for i in range(columns.sheet.count())] == [
            "Action log",
            "Risks",
        ]
        columns.target.setCurrentIndex(columns.target.findData("actions"))
        columns.alliance.setCurrentIndex(0)  # the rows name their alliance
        assert columns.mapping() == {
            0: "title",
            1: "owner",
            2: "due_date",
            3: "status",
            4: "alliance",
        }
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
        preview = dialog.preview
        assert preview is not None and preview.counts()[RowStatus.ADD] == 3
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    user.drive = drive
    window.file_actions.sheet_action.trigger()
    due = [row[0] for row in session.db.query("SELECT due_date FROM action ORDER BY id")]
    assert due == ["2026-12-31", "2025-12-31", "2025-12-01"]
    statuses = [row[0] for row in session.db.query("SELECT status FROM action ORDER BY id")]
    assert statuses == ["in_progress", "open", "done"]

    def risks(dialog: SheetImportDialog) -> None:
        columns = dialog.columns
        columns.sheet.setCurrentIndex(columns.sheet.findText("Risks"))
        columns.sheet.activated.emit(columns.sheet.currentIndex())  # read again
        assert columns.table.item(0, 0).text() == "Risk"
        columns.target.setCurrentIndex(columns.target.findData("risks"))
        columns.alliance.setCurrentIndex(1)
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    user.drive = risks
    window.file_actions.sheet_action.trigger()
    risk = session.db.query_one("SELECT * FROM risk")
    assert risk is not None and (risk["likelihood"], risk["impact"]) == (4, 5)


def test_the_day_month_order_is_asked_when_dates_read_both_ways(
    window: MainWindow, user: User, tmp_path: Path, qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    alliance(session)
    user.file = tmp_path / "actions.csv"
    user.file.write_text("Actie;Deadline\nBel Zoë;03-04-2026\nStuur offerte;05-06-2026\n")

    def drive(dialog: SheetImportDialog) -> None:
        dialog.columns.target.setCurrentIndex(dialog.columns.target.findData("actions"))
        dialog.columns.alliance.setCurrentIndex(1)
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
        check = dialog.check
        assert check.dates.isVisibleTo(dialog)
        assert "Some dates read two ways" in check.counts.text()
        assert not dialog.import_button.isEnabled()  # every row refused until it is said
        model = check.model
        assert model is not None
        assert "reads as two dates" in model.data(model.index(0, model.remarks_column))
        check.date_order.setCurrentIndex(check.date_order.findData("dmy"))
        check.date_order.activated.emit(check.date_order.currentIndex())
        assert "2 to add" in check.counts.text() and dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    user.drive = drive
    window.file_actions.sheet_action.trigger()
    due = [row[0] for row in session.db.query("SELECT due_date FROM action ORDER BY id")]
    assert due == ["2026-04-03", "2026-06-05"]


def test_cancel_stores_nothing(
    window: MainWindow, user: User, sheets: dict[str, Path], qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    alliance(session)
    user.file = sheets["messy"]
    before = session.db.query_one("SELECT value FROM workbook_info WHERE key = 'sheet_mappings'")

    def drive(dialog: SheetImportDialog) -> None:
        dialog.columns.target.setCurrentIndex(dialog.columns.target.findData("stakeholders"))
        dialog.columns.alliance.setCurrentIndex(1)
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
        assert dialog.preview is not None and dialog.preview.counts()[RowStatus.ADD] >= 1
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    user.drive = drive
    window.file_actions.sheet_action.trigger()
    assert count(session, "stakeholder") == 0
    assert session.undo_stack.count() == 0
    after = session.db.query_one("SELECT value FROM workbook_info WHERE key = 'sheet_mappings'")
    assert after == before
    assert not window.statusBar().currentMessage().startswith("Imported")


def test_refused_rows_name_row_column_and_reason_and_are_not_imported(
    window: MainWindow, user: User, sheets: dict[str, Path], qtbot: QtBot, translation: Translation
) -> None:
    session = window.session
    assert session is not None
    alliance(session)
    user.file = sheets["messy"]
    remarks: dict[str, list[str]] = {}

    def drive(dialog: SheetImportDialog) -> None:
        dialog.columns.target.setCurrentIndex(dialog.columns.target.findData("stakeholders"))
        dialog.columns.alliance.setCurrentIndex(1)
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
        model = dialog.check.model
        assert model is not None
        for language in ("en", "nl"):
            translation.switch(language)
            remarks[language] = [
                model.data(model.index(line, model.remarks_column))
                for line in range(model.rowCount())
            ]
        translation.switch("en")
        assert "4 refused rows will not be imported" in dialog.check.counts.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    user.drive = drive
    window.file_actions.sheet_action.trigger()
    english, dutch = remarks["en"], remarks["nl"]
    assert english[2] == "Repeats row 3"
    assert english[4] == "Power: “14” is not a point from 1 to 10 (or very low … very high)"
    assert dutch[4] == "Power: “14” is geen punt van 1 tot 10 (of zeer laag … zeer hoog)"
    assert english[5].startswith("Sponsor: “maybe” is not yes or no")
    assert "is geen ja of nee" in dutch[5]
    assert "is not a date" in english[6] and "is geen datum" in dutch[6]
    assert "a value is required" in english[3] and "een waarde is verplicht" in dutch[3]
    assert count(session, "stakeholder") == 2  # Zoe and Piet; the repeat skipped
    assert "4 refused rows not imported." in window.statusBar().currentMessage()


@pytest.mark.parametrize("kind", ["bomb", "entities", "binary"])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_hostile_or_foreign_file_is_refused_with_the_reason(
    window: MainWindow,
    user: User,
    sheets: dict[str, Path],
    translation: Translation,
    kind: str,
    language: str,
) -> None:
    translation.switch(language)
    user.file = sheets[kind]
    window.file_actions.sheet_action.trigger()
    (warning,) = user.warnings
    reasons = {
        ("bomb", "en"): "a zip bomb?",
        ("bomb", "nl"): "een zipbom?",
        ("entities", "en"): "XML entities",
        ("entities", "nl"): "XML-entiteiten",
        ("binary", "en"): "neither a CSV nor an XLSX file",
        ("binary", "nl"): "geen CSV- en geen XLSX-bestand",
    }
    assert reasons[(kind, language)] in warning
    assert sheets[kind].name in warning
    assert user.dialogs == 0  # no dialog for a file that cannot be read
    assert window.session is not None and window.session.undo_stack.count() == 0


def test_every_reason_has_its_words() -> None:
    assert set(sheet_texts.PROBLEMS) == {
        "required", "not_a_date", "ambiguous_date", "not_a_scale", "not_a_flag",
        "not_a_choice", "unknown_alliance", "no_alliance", "side_conflict",
        "assessment_incomplete", "second_sponsor",
    }  # fmt: skip
    assert set(sheet_texts.FILE_REASONS) == {
        "too_large", "unreadable", "zip_bomb", "xml_entities", "not_a_sheet",
        "wrong_encoding", "no_such_sheet", "too_many_rows", "empty",
    }  # fmt: skip


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_control_of_both_steps_has_a_name(
    window: MainWindow,
    user: User,
    sheets: dict[str, Path],
    translation: Translation,
    qtbot: QtBot,
    language: str,
) -> None:
    from alliance_desk.ui.accessibility import nameless

    assert window.session is not None
    alliance(window.session)
    translation.switch(language)
    user.file = sheets["dutch"]
    offenders: list[str] = []

    def drive(dialog: SheetImportDialog) -> None:
        dialog.columns.target.setCurrentIndex(dialog.columns.target.findData("stakeholders"))
        offenders.extend(f"columns: {name}" for name in nameless(dialog))
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
        offenders.extend(f"preview: {name}" for name in nameless(dialog))
        dialog.reject()

    user.drive = drive
    window.file_actions.sheet_action.trigger()
    assert user.dialogs == 1
    assert offenders == []


def test_another_encoding_reads_the_file_again_and_a_wrong_one_is_told(
    window: MainWindow, user: User, sheets: dict[str, Path]
) -> None:
    user.file = sheets["dutch"]

    def drive(dialog: SheetImportDialog) -> None:
        columns = dialog.columns
        columns.encoding.setCurrentIndex(columns.encoding.findData("utf-8"))
        columns.encoding.activated.emit(columns.encoding.currentIndex())
        (warning,) = user.warnings
        assert "cannot be read as UTF-8: choose another encoding" in warning
        assert columns.encoding.currentData() == "cp1252"  # as the file is still read
        assert dialog.sheet is not None and dialog.sheet.encoding == "cp1252"
        columns.delimiter.setCurrentIndex(columns.delimiter.findData(","))
        columns.delimiter.activated.emit(columns.delimiter.currentIndex())
        assert columns.table.rowCount() == 1  # read with commas: one column
        dialog.reject()

    user.drive = drive
    window.file_actions.sheet_action.trigger()
    assert user.dialogs == 1


def test_tab_reaches_each_columns_field_and_f2_closes_on_a_choice(
    window: MainWindow, user: User, sheets: dict[str, Path], qtbot: QtBot
) -> None:
    assert window.session is not None
    alliance(window.session)
    user.file = sheets["dutch"]

    def drive(dialog: SheetImportDialog) -> None:
        table = dialog.columns.table
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        table.setFocus()
        for row in range(3):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is dialog.columns.field_box(row)
            assert table.currentRow() == row
        dialog.columns.alliance.setCurrentIndex(1)
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
        view = dialog.check.rows
        choose_row(qtbot, dialog, 2, RowStatus.SKIP)
        assert dialog.preview is not None and dialog.preview.counts()[RowStatus.SKIP] == 1
        assert view.findChild(QComboBox) is None or not view.findChild(QComboBox).isVisible()
        dialog.reject()

    user.drive = drive
    window.file_actions.sheet_action.trigger()
    assert user.dialogs == 1
