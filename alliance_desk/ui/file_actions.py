"""The File menu's safe-keeping commands: back up, restore, export and import a workbook.

Each runs on a worker thread with progress and Cancel (``ui.tasks``); a
problem is explained in a dialog and the open workbook stays as it was.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from alliance_desk.domain.validation_error import ValidationError
from alliance_desk.store import backup
from alliance_desk.store.db import connect
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.workbook import inspect_workbook, restore_backup
from alliance_desk.ui import notation
from alliance_desk.ui.labels import describe_error

if TYPE_CHECKING:
    from alliance_desk.ui.main_window import MainWindow
    from alliance_desk.ui.tasks import Progress


AUTOMATIC_BACKUP_AFTER = dt.timedelta(hours=20)


class FileActions(QObject):
    """Owns the actions and carries them out for the main window."""

    automatic_backup_done = Signal(object)  # the new backup's path, or the error
    damaged = Signal(object)  # what the check after opening found wrong

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.backup_action = QAction(window)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(window)
        self.restore_action.triggered.connect(self.restore)
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self.export)
        self.evaluations_action = QAction(window)
        self.evaluations_action.triggered.connect(self.export_evaluations)
        self.briefing_action = QAction(window)
        self.briefing_action.triggered.connect(self.brief)
        self.capability_action = QAction(window)
        self.capability_action.triggered.connect(self.capability_report)
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.import_)
        self.responses_action = QAction(window)
        self.responses_action.triggered.connect(self.import_responses)
        self.sheet_action = QAction(window)
        self.sheet_action.triggered.connect(self.import_sheet)
        self.background: threading.Thread | None = None
        self.automatic_backup_done.connect(self._automatic_backup_done)
        self.retranslate()

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.export_action.setText(self.tr("&Export workbook…"))
        self.evaluations_action.setText(self.tr("Export e&valuations…"))
        self.import_action.setText(self.tr("&Import workbook…"))
        self.responses_action.setText(self.tr("Import res&ponses…"))
        self.responses_action.setStatusTip(
            self.tr("Import answered questionnaires (XLSX or PDF) of a round.")
        )
        self.sheet_action.setText(self.tr("I&mport from spreadsheet…"))
        self.sheet_action.setStatusTip(
            self.tr(
                "Import organisations, stakeholders, actions, decisions or risks from a CSV or "
                "XLSX list, previewed first."
            )
        )
        self.briefing_action.setText(self.tr("Brie&fing…"))
        self.briefing_action.setStatusTip(
            self.tr("Preview, save or print the senior-management briefing or the board pack.")
        )
        self.capability_action.setText(self.tr("Capabi&lity report…"))
        self.capability_action.setStatusTip(
            self.tr(
                "Maturity against the development targets, the plans, the departments' skills "
                "and training, for our management or the partner's."
            )
        )

    def update_enabled(self) -> None:
        is_open = self.window.session is not None
        for action in (
            self.backup_action,
            self.restore_action,
            self.export_action,
            self.evaluations_action,
            self.briefing_action,
            self.capability_action,
            self.responses_action,
            self.sheet_action,
        ):
            action.setEnabled(is_open)

    def _problem(self, title: str, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox  # its enums: not before the first paint

        from alliance_desk.ui.tasks import Cancelled  # not at start-up

        if isinstance(error, Cancelled):
            self.window.statusBar().showMessage(self.tr("Cancelled; nothing was changed."), 5000)
            return
        if isinstance(error, WorkbookError):
            text = describe_error(error)
        elif isinstance(error, ValidationError | OSError):
            text = str(error)
        else:
            raise error
        QMessageBox.warning(self.window, title, text)

    # Back up and restore ------------------------------------------------------

    def back_up(self) -> Path | None:
        from alliance_desk.ui.tasks import Cancelled, run_with_progress  # not at start-up

        session = self.window.session
        if session is None:
            return None
        workbook = session.workbook

        def work(progress: Progress) -> Path:
            # A connection of the worker's own: SQLite's backup reads a consistent
            # snapshot while the window's connection stays free.
            source = connect(workbook.path, read_only=True)
            try:
                return backup.take_backup(
                    source, workbook.path, workbook.backup_dir, progress=progress
                )
            finally:
                source.close()

        try:
            target = run_with_progress(
                self.window, self.tr("Back up"), self.tr("Backing up the workbook…"), work
            )
        except (WorkbookError, Cancelled, OSError) as error:
            self._problem(self.tr("Back up"), error)
            return None
        self.window.statusBar().showMessage(
            self.tr("Backed up to {path} (verified).").format(path=target), 8000
        )
        return target

    def after_opening(self, check_pages: bool) -> bool:
        """Background work for the workbook just opened; True if some was started.

        First the page-by-page check that opening left out (``check_pages``), so
        the window appears sooner; a damaged file is then reported through
        ``damaged``. Then the daily backup, when the newest is older than a day
        (daily backups are what rotation keeps).
        """
        session = self.window.session
        if session is None:
            return False
        workbook = session.workbook
        found = backup.list_backups(workbook.path, workbook.backup_dir)
        due = not found or dt.datetime.now() - found[0].taken_at >= AUTOMATIC_BACKUP_AFTER
        if not (check_pages or due):
            return False

        def work() -> None:
            try:
                if check_pages:
                    inspect_workbook(workbook.path, workbook.backup_dir)
            except WorkbookError as error:
                self.damaged.emit(error)
                return
            if not due:
                return
            try:
                source = connect(workbook.path, read_only=True)
                try:
                    target = backup.take_backup(source, workbook.path, workbook.backup_dir)
                finally:
                    source.close()
            except (WorkbookError, OSError, sqlite3.Error) as error:
                self.automatic_backup_done.emit(error)
            else:
                self.automatic_backup_done.emit(target)

        self.background = threading.Thread(target=work, name="after opening")
        self.background.start()
        return True

    def wait_for_background(self) -> None:
        """Let the background work finish (before the workbook is closed)."""
        if self.background is not None:
            self.background.join()
            self.background = None

    def _automatic_backup_done(self, outcome: object) -> None:
        if isinstance(outcome, Path):
            self.window.statusBar().showMessage(
                self.tr("Daily backup made: {path}").format(path=outcome), 8000
            )
        else:
            self.window.statusBar().showMessage(
                self.tr("The daily backup failed: {problem}").format(problem=outcome)
            )

    def restore(self) -> bool:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from alliance_desk.ui.tasks import Cancelled, run_with_progress  # not at start-up

        session = self.window.session
        if session is None:
            return False
        path, folder = session.workbook.path, session.workbook.backup_dir
        found = backup.list_backups(path, folder)
        if not found:
            QMessageBox.information(
                self.window,
                self.tr("Restore from backup"),
                self.tr("There are no backups of this workbook yet in {folder}.").format(
                    folder=folder
                ),
            )
            return False
        names = [
            f"{notation.moment(item.taken_at, seconds=True)}  ({item.path.name})" for item in found
        ]
        choice, ok = QInputDialog.getItem(
            self.window,
            self.tr("Restore from backup"),
            self.tr("Choose the backup to restore (newest first):"),
            names,
            0,
            False,
        )
        if not ok:
            return False
        chosen = found[names.index(choice)].path
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the workbook's content with the backup of {when}? What the workbook "
                "holds now is kept as a backup first, so this can be undone by restoring that."
            ).format(when=notation.moment(found[names.index(choice)].taken_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.window.close_workbook()  # the lock must be free for the restore
        try:
            run_with_progress(
                self.window,
                self.tr("Restore from backup"),
                self.tr("Restoring…"),
                lambda progress: restore_backup(path, chosen, folder, progress),
            )
        except (WorkbookError, Cancelled, OSError) as error:
            self._problem(self.tr("Restore from backup"), error)
            self.window.open_path(path)
            return False
        self.window.open_path(path)
        self.window.statusBar().showMessage(self.tr("Restored from {path}.").format(path=chosen))
        return True

    # Export and import ----------------------------------------------------------

    def export(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from alliance_desk.ui.tasks import Cancelled, run_with_progress  # not at start-up

        session = self.window.session
        if session is None:
            return None
        from alliance_desk.store import exchange  # loaded on first use, not at start-up

        suggested = str(session.workbook.path.with_suffix(".json"))
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export workbook"), suggested, self.tr("JSON files (*.json)")
        )
        if not name:
            return None
        target = Path(name)
        workbook_path = session.workbook.path

        def work(progress: Progress) -> dict[str, int]:
            source = connect(workbook_path, read_only=True)
            try:
                return exchange.export_workbook(source, workbook_path, target, progress)
            finally:
                source.close()

        try:
            counts = run_with_progress(
                self.window, self.tr("Export workbook"), self.tr("Exporting…"), work
            )
        except (WorkbookError, Cancelled, OSError) as error:
            self._problem(self.tr("Export workbook"), error)
            return None
        self.window.statusBar().showMessage(
            self.tr("Exported %n record(s) to {path}.", "", sum(counts.values())).format(
                path=target
            ),
            8000,
        )
        return target

    def export_evaluations(self) -> Path | None:
        """Ask what to export and where; the file written, or None."""
        from alliance_desk.ui.dialogs.export import ExportDialog  # loaded on first use

        session = self.window.session
        if session is None:
            return None
        dialog = ExportDialog(session, self.window.alliance_box.currentData(), self.window)
        try:
            dialog.exec()
            return dialog.exported
        finally:
            dialog.deleteLater()

    def brief(self) -> None:
        """The briefing dialog: preview, save and print."""
        from alliance_desk.ui.dialogs.briefing import BriefingDialog  # loaded on first use

        session = self.window.session
        if session is None:
            return
        dialog = BriefingDialog(session, self.window.alliance_box.currentData(), self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def capability_report(self) -> None:
        """The capability report dialog: preview and save."""
        from alliance_desk.ui.dialogs.capability import CapabilityDialog  # loaded on first use

        session = self.window.session
        if session is None:
            return
        dialog = CapabilityDialog(session, self.window.alliance_box.currentData(), self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def import_(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from alliance_desk.store import exchange  # loaded on first use, not at start-up
        from alliance_desk.ui.tasks import Cancelled, run_with_progress  # not at start-up

        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import workbook"), "", self.tr("JSON files (*.json)")
        )
        if not name:
            return None
        source = Path(name)
        target_name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the imported workbook as"),
            str(source.with_suffix(".alliance")),
            self.tr("alliance_desk workbooks (*.alliance)"),
        )
        if not target_name:
            return None
        target = Path(target_name)
        if target.suffix != ".alliance":
            target = target.with_name(target.name + ".alliance")
        try:
            run_with_progress(
                self.window,
                self.tr("Import workbook"),
                self.tr("Checking and importing every record…"),
                lambda progress: exchange.import_workbook(source, target, progress),
            )
        except (WorkbookError, Cancelled, OSError) as error:
            self._problem(self.tr("Import workbook"), error)
            return None
        self.window.open_path(target)
        return target

    def import_responses(self) -> None:
        from alliance_desk.ui.dialogs.responses import import_responses  # on first use

        if self.window.session is not None:
            import_responses(self.window, self.window.session)

    def import_sheet(self) -> None:
        from alliance_desk.ui.dialogs.sheet_dialog import import_sheet  # on first use

        session = self.window.session
        if session is None:
            return
        done = import_sheet(self.window, session, self.window.alliance_box.currentData())
        if done is not None:
            self.window.statusBar().showMessage(done, 10000)
