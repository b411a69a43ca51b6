"""Files of a questionnaire round written from the app: the questionnaires of its
respondents into a folder (XLSX or fillable PDF, each respondent's language or one for
all), and the joint results report to share with the partner (PDF, Dutch or English)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from alliance_desk.domain.codes import Language
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.language import current_language
from alliance_desk.ui.session import Session


class RoundFilesDialog(QDialog):
    """The choices for a round's files: format (questionnaires only), language, paper
    (report only)."""

    def __init__(self, report: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("Spreadsheet (XLSX)"), "xlsx")
        self.format_box.addItem(self.tr("Fillable PDF"), "pdf")
        self.language_box = QComboBox()
        if not report:
            self.language_box.addItem(self.tr("Each respondent's own"), None)
        self.language_box.addItem("English", Language.EN)
        self.language_box.addItem("Nederlands", Language.NL)
        if report:
            self.language_box.setCurrentIndex(
                self.language_box.findData(Language(current_language()))
            )
        self.paper_box = QComboBox()
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem("Letter", "letter")
        form = QFormLayout(self)
        if report:
            self.setWindowTitle(self.tr("Joint results report"))
            form.addRow(self.tr("&Language:"), self.language_box)
            form.addRow(self.tr("&Paper:"), self.paper_box)
        else:
            self.setWindowTitle(self.tr("Write questionnaires"))
            form.addRow(self.tr("&Format:"), self.format_box)
            form.addRow(self.tr("&Language:"), self.language_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def choose(self) -> bool:
        """Ask; True when the user went on (a hook tests replace to answer as a user)."""
        return self.exec() == QDialog.DialogCode.Accepted

    def write_questionnaires(self, parent: QWidget, session: Session, round_id: int) -> list[Path]:
        from alliance_desk.reports.questionnaires import write_questionnaires as write

        if not self.choose():
            return []
        file_format = self.format_box.currentData()
        chosen = self.language_box.currentData()  # Qt hands a code back as plain text
        language = Language(chosen) if chosen else None
        folder = QFileDialog.getExistingDirectory(parent, self.tr("Write questionnaires to"))
        if not folder:
            return []
        try:
            written = write(session.db, round_id, Path(folder), file_format, language)
        except (WorkbookError, OSError, ValueError) as error:
            text = describe_error(error) if isinstance(error, WorkbookError) else str(error)
            QMessageBox.warning(parent, self.tr("Write questionnaires"), text)
            return []
        _done(
            parent,
            self.tr("Wrote %n questionnaire(s) to {folder}.", "", len(written)).format(
                folder=folder
            ),
        )
        return written

    def write_joint_report(self, parent: QWidget, session: Session, round_id: int) -> Path | None:
        from alliance_desk.reports.round_report import write_round_report

        if not self.choose():
            return None
        language = str(self.language_box.currentData())
        paper = self.paper_box.currentData()
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save the joint results report as"),
            "",
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        try:
            write_round_report(
                session.db,
                round_id,
                target,
                language=language,
                paper=paper,
                today=session.today(),
            )
        except (WorkbookError, OSError, ValueError) as error:
            text = describe_error(error) if isinstance(error, WorkbookError) else str(error)
            QMessageBox.warning(parent, self.tr("Joint results report"), text)
            return None
        _done(parent, self.tr("Saved the joint results report to {path}.").format(path=target))
        return target


def _done(parent: QWidget, text: str) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)


def write_questionnaires(parent: QWidget, session: Session, round_id: int) -> list[Path]:
    """Ask format, language and folder; write one questionnaire per respondent there."""
    dialog = RoundFilesDialog(report=False, parent=parent)
    try:
        return dialog.write_questionnaires(parent, session, round_id)
    finally:
        dialog.deleteLater()


def write_joint_report(parent: QWidget, session: Session, round_id: int) -> Path | None:
    """Ask language, paper and file; write the round's joint results report there."""
    dialog = RoundFilesDialog(report=True, parent=parent)
    try:
        return dialog.write_joint_report(parent, session, round_id)
    finally:
        dialog.deleteLater()
