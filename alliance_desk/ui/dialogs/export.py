"""File → Export evaluations: choose alliances, period, side, form and format, then export.

The export runs on a worker thread with its own read-only connection
(``ui.tasks``); a problem is explained in a dialog and nothing is left
under the target name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import RespondentSide
from alliance_desk.store.db import Database, connect
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.alliance_chooser import AllianceChooser
from alliance_desk.ui.labels import describe_error, label
from alliance_desk.ui.language import current_language
from alliance_desk.ui.record_form import DateField

if TYPE_CHECKING:
    from alliance_desk.ui.session import Session
    from alliance_desk.ui.tasks import Progress


class ExportDialog(QDialog):
    """Asks what to export; OK asks for the file and exports it."""

    def __init__(
        self, session: Session, current_alliance: int | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.session = session
        self.exported: Path | None = None
        self.rows = 0

        self.chooser = AllianceChooser(session.db, current_alliance)
        self.all_alliances, self.alliances = self.chooser.all_alliances, self.chooser.alliances
        self.alliances.setMaximumHeight(160)
        self.alliances.setMinimumWidth(440)
        self.since = DateField()
        self.until = DateField()
        self.side = QComboBox()
        self.side.addItem("", None)
        for member in RespondentSide:
            self.side.addItem(label(member), member.value)
        self.long = QRadioButton()
        self.wide = QRadioButton()
        self.long.setChecked(True)
        self.form_group = QButtonGroup(self)
        self.form_group.addButton(self.long)
        self.form_group.addButton(self.wide)
        self.format = QComboBox()
        for value in ("csv", "xlsx", "json"):
            self.format.addItem("", value)
        self.delimiter = QComboBox()
        self.delimiter.addItem("", ",")
        self.delimiter.addItem("", ";")
        self.bom = QCheckBox()
        self.bom.setChecked(True)  # without it, Excel shows "Zoë" as "ZoÃ«"
        self.format.currentIndexChanged.connect(self._format_changed)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))

        self.alliances_label, self.since_label, self.until_label = QLabel(), QLabel(), QLabel()
        self.side_label, self.form_label, self.format_label = QLabel(), QLabel(), QLabel()
        self.delimiter_label, self.language_label = QLabel(), QLabel()
        for caption, buddy in (
            (self.alliances_label, self.alliances),
            (self.since_label, self.since),
            (self.until_label, self.until),
            (self.side_label, self.side),
            (self.form_label, self.long),
            (self.format_label, self.format),
            (self.delimiter_label, self.delimiter),
            (self.language_label, self.language),
        ):
            caption.setBuddy(buddy)
        period = QHBoxLayout()
        period.addWidget(self.since)
        period.addWidget(self.until_label)
        period.addWidget(self.until)
        period.addStretch(1)
        forms = QVBoxLayout()
        forms.addWidget(self.long)
        forms.addWidget(self.wide)
        form = QFormLayout()
        form.addRow(self.alliances_label, self.chooser)
        form.addRow(self.since_label, period)
        form.addRow(self.side_label, self.side)
        form.addRow(self.form_label, forms)
        form.addRow(self.format_label, self.format)
        form.addRow(self.delimiter_label, self.delimiter)
        form.addRow("", self.bom)
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        order = (
            self.all_alliances,
            self.alliances,
            self.since,
            self.until,
            self.side,
            self.long,
            self.wide,
            self.format,
            self.delimiter,
            self.bom,
            self.language,
            self.buttons,
        )
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export evaluations"))
        self.all_alliances.setText(self.tr("&All alliances"))
        self.alliances_label.setText(self.tr("Allian&ces:"))
        self.since_label.setText(self.tr("&From:"))
        self.until_label.setText(self.tr("&Until:"))
        self.side_label.setText(self.tr("&Respondent side:"))
        self.form_label.setText(self.tr("Sha&pe:"))
        self.long.setText(self.tr("&Long: one row per score"))
        self.wide.setText(self.tr("&Wide: one row per evaluation"))
        self.format_label.setText(self.tr("F&ormat:"))
        self.delimiter_label.setText(self.tr("&Delimiter:"))
        self.language_label.setText(self.tr("Dimension &names in:"))
        self.side.setItemText(0, self.tr("All sides"))
        self.format.setItemText(0, self.tr("CSV (.csv)"))
        self.format.setItemText(1, self.tr("Excel workbook (.xlsx)"))
        self.format.setItemText(2, self.tr("JSON (.json)"))
        self.delimiter.setItemText(0, self.tr("Comma ( , )"))
        self.delimiter.setItemText(
            1, self.tr("Semicolon ( ; ) and decimal comma, for Dutch spreadsheets")
        )
        self.bom.setText(self.tr("Mar&k the file as UTF-8, so Excel shows accents right"))
        self.bom.setToolTip(
            self.tr("Starts the file with a byte order mark; other programs ignore it.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        self.all_alliances.setAccessibleName(self.tr("Export all alliances"))
        self.alliances.setAccessibleName(self.tr("Alliances to export"))
        self.since.setAccessibleName(self.tr("Evaluated on or after (empty: no limit)"))
        self.until.setAccessibleName(self.tr("Evaluated on or before (empty: no limit)"))
        self.side.setAccessibleName(self.tr("Respondent side"))
        self.long.setAccessibleName(self.tr("Long form, one row per score"))
        self.wide.setAccessibleName(self.tr("Wide form, one row per evaluation"))
        self.format.setAccessibleName(self.tr("File format"))
        self.delimiter.setAccessibleName(self.tr("CSV delimiter"))
        self.language.setAccessibleName(self.tr("Language of dimension names"))
        self.since.setToolTip(self.tr("Leave empty for no start date."))
        self.until.setToolTip(self.tr("Leave empty for no end date."))

    def _format_changed(self) -> None:
        is_csv = self.format.currentData() == "csv"
        self.delimiter.setEnabled(is_csv)
        self.bom.setEnabled(is_csv)

    def chosen_alliances(self) -> tuple[str, ...]:
        """The names chosen; empty for all alliances."""
        return self.chooser.chosen_names()

    def _filter(self, chosen: str) -> str:
        if chosen == "csv":
            return self.tr("CSV files (*.csv)")
        if chosen == "xlsx":
            return self.tr("Excel workbooks (*.xlsx)")
        return self.tr("JSON files (*.json)")

    def accept(self) -> None:
        """Ask for the file and export; stay open after a problem so it can be put right."""
        from alliance_desk.reports import evaluation_export as report  # on first use
        from alliance_desk.ui.tasks import Cancelled, run_with_progress  # not at start-up

        title = self.tr("Export evaluations")
        if not self.all_alliances.isChecked() and not self.chosen_alliances():
            QMessageBox.warning(
                self, title, self.tr("Tick at least one alliance, or choose all alliances.")
            )
            return
        chosen = str(self.format.currentData())
        workbook_path = self.session.workbook.path
        suggested = workbook_path.with_name(f"{workbook_path.stem}-evaluations.{chosen}")
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), self._filter(chosen))
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != f".{chosen}":
            target = target.with_name(f"{target.name}.{chosen}")
        side = self.side.currentData()
        selection = report.Selection(
            alliances=self.chosen_alliances(),
            since=self.since.value(),
            until=self.until.value(),
            side=RespondentSide(side) if side else None,
        )
        wide = self.wide.isChecked()
        language = str(self.language.currentData())
        delimiter = str(self.delimiter.currentData()) if chosen == "csv" else ","
        bom = chosen == "csv" and self.bom.isChecked()

        def work(progress: Progress) -> int:
            connection = connect(workbook_path, read_only=True)
            try:
                return report.export_evaluations(
                    Database(connection, workbook_path),
                    target,
                    selection=selection,
                    wide=wide,
                    language=language,
                    export_format=report.ExportFormat(chosen),
                    delimiter=delimiter,
                    bom=bom,
                    decimal_comma=delimiter == ";",
                    progress=progress,
                )
            finally:
                connection.close()

        parent = self.parent()
        status = parent.statusBar() if isinstance(parent, QMainWindow) else None
        try:
            rows = run_with_progress(self, title, self.tr("Exporting evaluations…"), work)
        except Cancelled:
            if status is not None:
                status.showMessage(self.tr("Cancelled; nothing was written."), 5000)
            return
        except (WorkbookError, OSError) as error:
            text = describe_error(error) if isinstance(error, WorkbookError) else str(error)
            QMessageBox.warning(self, title, text)
            return
        self.exported, self.rows = target, rows
        if status is not None:
            if rows:
                message = self.tr("Exported %n row(s) to {path}.", "", rows).format(path=target)
            else:
                message = self.tr(
                    "No evaluations match the choices; {path} holds only the column names."
                ).format(path=target)
            status.showMessage(message, 8000)
        super().accept()
