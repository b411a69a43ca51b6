"""File → Import from spreadsheet…: a CSV or XLSX list into the workbook, previewed first.

Two steps. **Columns** (:mod:`sheet_columns`): the file, what it holds, the
alliance of rows without one, how it is read (detected, changeable: the file is
read again) and which column fills which field (the mapping remembered for these
columns, else the one matched from the headers). **Preview** (:mod:`sheet_check`):
every row as it will be stored and what happens to it, chosen per row for
duplicates; the day/month order when dates read both ways; the organisations to
create. **Import** stores it through the Session as one undo step
(:class:`~alliance_desk.store.sheet_import.SheetImport`); Cancel stores nothing. The
file is read on a worker thread; a refused file, or a failure while storing, is
told in a dialog and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.sheet_fields import Target, match_headers
from alliance_desk.domain.sheet_preview import Preview, RowStatus
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import sheet_files, sheet_import
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.response_files import FileRefused
from alliance_desk.store.sheet_files import Sheet
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.dialogs import sheet_texts
from alliance_desk.ui.dialogs.sheet_check import PreviewPage
from alliance_desk.ui.dialogs.sheet_columns import ColumnsPage
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.session import Session

COLUMNS, PREVIEW = 0, 1  # the steps


class SheetImportDialog(QDialog):
    """The import of one spreadsheet; ``done_step`` is the import once stored."""

    def __init__(
        self, session: Session, current_alliance: int | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.session = session
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.preview: Preview | None = None
        self.done_step: sheet_import.SheetImport | None = None
        self.mapping_saved = True
        self.alliances = {
            row["id"]: row["name"]
            for row in session.db.query("SELECT id, name FROM alliance ORDER BY name")
        }
        self.columns = ColumnsPage(list(self.alliances.items()))
        if current_alliance in self.alliances:
            self.columns.alliance.setCurrentIndex(self.columns.alliance.findData(current_alliance))
        self.check = PreviewPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.columns)
        self.pages.addWidget(self.check)
        self.step = QLabel()
        self.step.setWordWrap(True)
        self.back = QPushButton()
        self.next = QPushButton()
        self.import_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.back, self.next, self.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

        self.columns.choose.clicked.connect(self.choose_file)
        self.columns.reread.connect(self._read_again)
        self.columns.target_changed.connect(self._suggest)
        self.back.clicked.connect(lambda: self.go_to(COLUMNS))
        self.next.clicked.connect(lambda: self.go_to(PREVIEW))
        self.import_button.clicked.connect(self.import_sheet)
        self.buttons.rejected.connect(self.reject)
        self.check.date_order_chosen.connect(lambda: self._build_preview(keep_choices=True))
        self.check.changed.connect(self._update_buttons)
        room = self.screen().availableGeometry()
        self.resize(min(1200, room.width() * 92 // 100), min(720, room.height() * 90 // 100))
        self.retranslate()
        self.go_to(COLUMNS)

    @property
    def title(self) -> str:
        return self.tr("Import from spreadsheet")

    def retranslate(self) -> None:
        self.setWindowTitle(self.title)
        self.back.setText(self.tr("< &Back"))
        self.next.setText(self.tr("&Next: preview >"))
        self.import_button.setText(self.tr("&Import"))
        self.columns.retranslate()
        self.check.retranslate()
        self._show_step()

    def _show_step(self) -> None:
        if self.pages.currentIndex() == COLUMNS:
            self.step.setText(
                self.tr(
                    "Step 1 of 2: the file and its columns. Check which field each column "
                    "fills; nothing is stored yet."
                )
            )
        else:
            self.step.setText(
                self.tr(
                    "Step 2 of 2: the preview. Nothing is stored until you press Import; "
                    "the import is one step that Edit → Undo takes back."
                )
            )

    # Reading the file --------------------------------------------------------------------

    def choose_file(self) -> bool:
        """Ask for the file and read it; False when none was chosen or it was refused."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.title,
            "" if self.path is None else str(self.path.parent),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        return bool(name) and self.load(Path(name))

    def load(
        self,
        path: Path,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        sheet: str | None = None,
    ) -> bool:
        """Read ``path`` (off the screen's thread) and show its columns; a refused file is
        told in a dialog and the file shown before stays."""
        from alliance_desk.ui.tasks import Cancelled, Progress, run_with_progress

        def work(progress: Progress) -> Sheet:
            found = sheet_files.read_sheet(
                path, sheet=sheet, encoding=encoding, delimiter=delimiter
            )
            progress(1, 1)  # raises Cancelled if Cancel was pressed meanwhile
            return found

        try:
            read = run_with_progress(
                self, self.title, self.tr("Reading {file}…").format(file=path.name), work
            )
        except Cancelled:
            return False
        except FileRefused as refused:
            self.refused(path, refused)
            if self.sheet is not None:  # show how the file is read now again
                self.columns.show_sheet(self.sheet, self.columns.mapping(), False)
            return False
        first_read = path != self.path
        self.path, self.sheet = path, read
        self.columns.file.setText(str(path))
        if first_read:
            self._guess_target(read.headers)
        self._suggest()
        return True

    def _guess_target(self, headers: list[object]) -> None:
        """What a new file holds, guessed from its headers: the target most of them name
        (the one chosen stays on a tie)."""
        current = self.columns.chosen_target
        best = max(Target, key=lambda target: len(match_headers(target, headers)))
        if len(match_headers(best, headers)) > len(match_headers(current, headers)):
            self.columns.target.blockSignals(True)  # the mapping is suggested next anyway
            self.columns.target.setCurrentIndex(self.columns.target.findData(best.value))
            self.columns.target.blockSignals(False)
            self.columns.alliance.setEnabled(best is not Target.ORGANISATIONS)

    def refused(self, path: Path, refused: FileRefused) -> None:
        reason = sheet_texts.file_reason(refused)
        QMessageBox.warning(
            self,
            self.title,
            self.tr("{file} cannot be imported: {reason}. Nothing was imported.").format(
                file=path.name, reason=reason
            ),
        )

    def _read_again(self) -> None:
        if self.path is None or self.sheet is None:
            return
        if self.sheet.encoding is not None:
            self.load(
                self.path,
                encoding=self.columns.encoding.currentData(),
                delimiter=self.columns.delimiter.currentData(),
            )
        else:
            self.load(self.path, sheet=self.columns.sheet.currentText())

    def _suggest(self) -> None:
        """The mapping remembered for these columns, else the one matched from the headers."""
        if self.sheet is None:
            self._update_buttons()
            return
        target = self.columns.chosen_target
        saved = sheet_import.saved_mapping(self.session.db, target, self.sheet.headers)
        mapping = saved or sheet_import.suggested_mapping(
            self.session.db, target, self.sheet.headers
        )
        self.columns.show_sheet(self.sheet, mapping, saved is not None)
        self._update_buttons()

    # The steps ---------------------------------------------------------------------------

    def go_to(self, step: int) -> None:
        if step == PREVIEW:
            if self.sheet is None:
                return
            self._build_preview(keep_choices=False)
        self.pages.setCurrentIndex(step)
        self._show_step()
        self._update_buttons()
        if step == PREVIEW:
            self.check.rows.setFocus()
        else:
            self.columns.table.setFocus()

    def _build_preview(self, keep_choices: bool) -> None:
        assert self.sheet is not None
        target = self.columns.chosen_target
        alliance = self.columns.alliance.currentData()
        before = {row.row: row.choice for row in self.preview.rows} if self.preview else {}
        preview = sheet_import.preview_sheet(
            self.session.db,
            target,
            self.sheet,
            self.columns.mapping(),
            alliance_id=None if target is Target.ORGANISATIONS else alliance,
            date_order=self.check.chosen_date_order,
            today=self.session.today(),
        )
        if keep_choices:
            for row in preview.rows:
                choice = before.get(row.row)
                if choice is not None and choice in row.choices():
                    preview.choose(row.row, choice)
        self.preview = preview
        self.check.show_preview(preview, self.sheet.rows, self.alliances)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_columns = self.pages.currentIndex() == COLUMNS
        self.back.setVisible(not on_columns)
        self.next.setVisible(on_columns)
        self.import_button.setVisible(not on_columns)
        self.next.setEnabled(self.sheet is not None)
        counts = self.preview.counts() if self.preview is not None else {}
        storing = counts.get(RowStatus.ADD, 0) + counts.get(RowStatus.UPDATE, 0)
        creating = self.check.organisations_to_create() if self.preview is not None else set()
        self.import_button.setEnabled(bool(storing or creating))
        (self.next if on_columns else self.import_button).setDefault(True)
        if self.preview is not None and not on_columns:
            self.check.show_counts()

    # Storing -----------------------------------------------------------------------------

    def import_sheet(self) -> bool:
        """Store the preview as chosen, as one undo step; True when it was stored."""
        if self.preview is None or self.path is None or self.sheet is None:
            return False
        self.preview.create_organisations = self.check.organisations_to_create()
        step = sheet_import.SheetImport(self.preview)
        try:
            self.session.run(self.tr("Import {file}").format(file=self.path.name), [step])
        except ValidationError as error:
            self._failed(describe_validation(error))
            return False
        except WorkbookError as error:
            self._failed(describe_error(error))
            return False
        self.done_step = step
        if self.columns.remember.isChecked():
            try:
                sheet_import.save_mapping(
                    self.session.db, self.preview.target, self.sheet.headers, self.preview.mapping
                )
            except WorkbookError:
                self.mapping_saved = False  # the rows are stored; only the mapping is lost
        self.accept()
        return True

    def _failed(self, reason: str) -> None:
        QMessageBox.warning(
            self,
            self.title,
            self.tr("The import failed and nothing was stored: {reason}").format(reason=reason),
        )

    def outcome(self) -> str:
        """What the import did, for the status bar."""
        step = self.done_step
        assert step is not None and self.preview is not None
        text = self.tr("Imported: %n added", "", step.added)
        text += self.tr(", %n updated", "", step.updated)
        if step.created_organisations:
            text += self.tr(", %n organisation(s) created", "", step.created_organisations)
        text += "."
        refused = self.preview.counts()[RowStatus.REFUSE]
        if refused:
            text += " " + self.tr("%n refused row(s) not imported.", "", refused)
        if not self.mapping_saved:
            text += " " + self.tr("The column mapping could not be remembered.")
        return text + " " + self.tr("Undo with Ctrl+Z.")


def import_sheet(parent: QWidget, session: Session, current_alliance: int | None) -> str | None:
    """Ask for a spreadsheet and import it on behalf of ``parent``; what was imported (for
    the status bar), None when nothing was stored."""
    dialog = SheetImportDialog(session, current_alliance, parent)
    try:
        if not dialog.choose_file():
            return None
        dialog.exec()
        return None if dialog.done_step is None else dialog.outcome()
    finally:
        dialog.deleteLater()
