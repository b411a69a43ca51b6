"""File → Capability report: choose alliances, whose capability (ours, or the partner's for
its management), language and paper; preview the pages; save the PDF.

The report is made by ``reports.capability`` (a page or two per alliance, so it
is built here on the GUI thread under a wait cursor). The preview shows a
private copy in a temporary folder, removed when the dialog closes; Save as PDF
writes the report with the choices as they are to the file chosen, all or
nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.alliance_chooser import AllianceChooser
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.language import current_language
from alliance_desk.ui.pdf_pages import PdfPages
from alliance_desk.ui.widgets.page_preview import PagePreview

if TYPE_CHECKING:
    from alliance_desk.ui.session import Session

SIZE = (1000, 760)


@dataclasses.dataclass(frozen=True)
class CapabilityChoices:
    alliance_ids: tuple[int, ...] | None  # None: every alliance
    organisation: str  # "ours" or "partner"
    language: str
    paper: str
    today: dt.date

    def write(self, session: Session, target: Path) -> int:
        from alliance_desk.reports.capability import write_capability_report

        return write_capability_report(
            session.db,
            target,
            None if self.alliance_ids is None else list(self.alliance_ids),
            organisation=self.organisation,
            language=self.language,
            paper=self.paper,
            today=self.today,
        )


class CapabilityDialog(QDialog):
    """Choices on the left, the pages on the right; Save as PDF."""

    def __init__(
        self, session: Session, current_alliance: int | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.session = session
        self.saved: Path | None = None
        self.pages: PdfPages | None = None
        self._folder: Path | None = None
        self._builds = 0
        self._first_show = True

        self.chooser = AllianceChooser(session.db, current_alliance)
        if current_alliance is not None:
            self.chooser.all_alliances.setChecked(False)
        self.organisation = QComboBox()
        self.organisation.addItem("", "ours")
        self.organisation.addItem("", "partner")
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.update_button = QPushButton()
        self.update_button.clicked.connect(self.update_preview)
        self.alliances_label, self.organisation_label = QLabel(), QLabel()
        self.language_label, self.paper_label = QLabel(), QLabel()
        form = QFormLayout()
        for label, field in (
            (self.alliances_label, self.chooser),
            (self.organisation_label, self.organisation),
            (self.language_label, self.language),
            (self.paper_label, self.paper),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        options = QVBoxLayout()
        options.addLayout(form)
        options.addWidget(self.explanation)
        options.addWidget(self.update_button)
        options.addStretch(1)
        left = QWidget()
        left.setLayout(options)
        left.setMaximumWidth(380)

        self.preview = PagePreview()
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.page_count = QLabel()
        pane = QVBoxLayout()
        pane.addWidget(self.page_count)
        pane.addWidget(self.preview, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(left)
        top.addLayout(pane, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        screen = self.screen()
        width, height = SIZE
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.resize(width, height)
        for box in (self.organisation, self.language, self.paper):
            box.currentIndexChanged.connect(self._explain)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Capability report"))
        self.chooser.all_alliances.setText(self.tr("&All alliances"))
        self.chooser.alliances.setAccessibleName(self.tr("Alliances to report on"))
        self.alliances_label.setText(self.tr("Allian&ces:"))
        self.organisation_label.setText(self.tr("&For:"))
        self.organisation.setItemText(0, self.tr("Our management (our organisation)"))
        self.organisation.setItemText(1, self.tr("The partner's management (their part)"))
        self.language_label.setText(self.tr("&Language:"))
        self.paper_label.setText(self.tr("&Paper:"))
        self.update_button.setText(self.tr("&Update preview"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.preview.setAccessibleName(self.tr("Preview of the capability report's pages"))
        self._explain()
        self._show_count()

    def _explain(self) -> None:
        if self.organisation.currentData() == "partner":
            text = self.tr(
                "For the partner's management: their maturity against their development "
                "targets, their plan and its support, their departments' skills and training. "
                "Nothing of ours (our maturity, people, risks or notes) is in it. Choose the "
                "alliances of one partner."
            )
        else:
            text = self.tr(
                "For our own management: our maturity against our targets with the partner's "
                "level beside it, our plan, our departments' skills and training, and the case "
                "that collaboration is a matter for the whole organisation."
            )
        self.explanation.setText(text)

    def _show_count(self) -> None:
        count = self.pages.count if self.pages is not None else 0
        self.page_count.setText(
            self.tr("%n page(s)", "", count) if count else self.tr("No preview yet")
        )

    def choices(self) -> CapabilityChoices:
        return CapabilityChoices(
            alliance_ids=None if self.chooser.is_all() else self.chooser.chosen_ids(),
            organisation=str(self.organisation.currentData()),
            language=str(self.language.currentData()),
            paper=str(self.paper.currentData()),
            today=self.session.today(),
        )

    def _write(self, choices: CapabilityChoices, target: Path) -> bool:
        title = self.tr("Capability report")
        if choices.alliance_ids is not None and not choices.alliance_ids:
            QMessageBox.warning(
                self, title, self.tr("Tick at least one alliance, or choose all alliances.")
            )
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            choices.write(self.session, target)
        except (WorkbookError, OSError) as error:
            QGuiApplication.restoreOverrideCursor()
            text = describe_error(error) if isinstance(error, WorkbookError) else str(error)
            QMessageBox.warning(self, title, text)
            return False
        QGuiApplication.restoreOverrideCursor()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            QTimer.singleShot(0, self._first_preview)

    def _first_preview(self) -> None:
        if self.isVisible() and self.pages is None:
            self.update_preview()

    def update_preview(self) -> bool:
        """Build the report for the current choices into a private file and show its pages."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="alliance_desk-capability-"))
        self._builds += 1
        target = self._folder / f"capability-{self._builds}.pdf"
        if not self._write(self.choices(), target):
            return False
        self._release_pages()
        self.pages = PdfPages(target)
        self.preview.set_pages(self.pages)
        self._show_count()
        return True

    def save(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the capability report as"), "", self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        if not self._write(self.choices(), target):
            return None
        self.saved = target
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Saved the capability report to {path}.").format(path=target), 8000
            )
        return target

    def _release_pages(self) -> None:
        self.preview.set_pages(None)
        if self.pages is not None:
            self.pages.close()
            self.pages = None

    def done(self, result: int) -> None:
        self._release_pages()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        super().done(result)
