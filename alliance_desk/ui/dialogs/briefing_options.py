"""The choices of the briefing dialog: alliances, kind, language, paper, dates and footer.

"Changes since" starts at the previous board pack the workbook remembers before
the reference date (90 days back when there is none) and follows the reference
date until the user picks a date of their own. The confidentiality line starts
as the briefing's language says "Confidential"; a line of the user's own (empty
for none) is remembered in the settings once it has been saved or printed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from alliance_desk.reports.briefing import SINCE_DAYS, build_briefing
from alliance_desk.reports.briefing_text import LABELS
from alliance_desk.store.board_packs import previous_board_pack
from alliance_desk.store.db import Database, connect
from alliance_desk.ui import notation, shortcuts
from alliance_desk.ui.alliance_chooser import AllianceChooser
from alliance_desk.ui.language import current_language
from alliance_desk.ui.preferences import settings

if TYPE_CHECKING:
    from alliance_desk.ui.tasks import Progress

CONFIDENTIALITY_SETTING = "briefing/confidentiality"  # a line of the user's own; "" for none
# The footer's word in each language the briefing prints in: the line that follows the language.
CONFIDENTIAL_WORDS = frozenset(labels["confidential"] for labels in LABELS.values())


@dataclasses.dataclass(frozen=True)
class BriefingChoices:
    """What to build: every alliance, or those of ``alliance_ids`` (in list order)."""

    all_alliances: bool
    alliance_ids: tuple[int, ...]
    board_pack: bool
    language: str
    paper: str
    today: dt.date
    since: dt.date  # what changed is told since this date
    confidentiality: str  # the footer's line; "" for none

    def build(self, workbook: Path, target: Path, progress: Progress) -> int:
        """Build this briefing into ``target``, through a read-only connection of its own
        (it runs off the GUI thread); the number of pages."""
        connection = connect(workbook, read_only=True)
        try:
            return build_briefing(
                Database(connection, workbook),
                target,
                None if self.all_alliances else list(self.alliance_ids),
                board_pack=self.board_pack,
                language=self.language,
                paper=self.paper,
                today=self.today,
                since=self.since,
                confidentiality=self.confidentiality,
                progress=progress,
            )
        finally:
            connection.close()


def _default_paper() -> str:
    system = QLocale.system()
    return (
        "letter"
        if system.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        else "a4"
    )


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class BriefingOptions(QWidget):
    """The choices beside the preview; ``changed`` whenever one of them changes."""

    changed = Signal()

    def __init__(self, db: Database, current_alliance: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.chooser = AllianceChooser(db, current_alliance)
        if current_alliance is not None:
            self.chooser.all_alliances.setChecked(False)
        self.kind = QComboBox()
        self.kind.addItem("", False)
        self.kind.addItem("", True)
        self.kind.setCurrentIndex(1 if current_alliance is None else 0)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.paper.setCurrentIndex(self.paper.findData(_default_paper()))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(notation.date_edit_format())
        self.since = QDateEdit(QDate.currentDate())
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(notation.date_edit_format())
        self.since_note = QLabel()
        self.since_note.setWordWrap(True)
        self.since_note.setStyleSheet("color: palette(placeholder-text);")
        # The default "since" for the reference date and the pack it comes from (None: 90
        # days back); the field follows it until the user picks another date.
        self._since_default = _day(self.since.date())
        self._since_pack: dt.date | None = None
        self._since_own = False
        self._setting_since = False
        self.confidentiality = QLineEdit()
        remembered = settings().value(CONFIDENTIALITY_SETTING)
        # A line of the user's own stays whatever the language; the word follows the language.
        self._own_line = isinstance(remembered, str) and remembered not in CONFIDENTIAL_WORDS
        self.confidentiality.setText(
            str(remembered) if self._own_line else self._confidential_word()
        )
        self.confidentiality.textEdited.connect(self._line_edited)
        self.update_button = QPushButton()
        self.update_button.setShortcut(shortcuts.sequences("briefing_update")[0])

        self.alliances_label, self.kind_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.paper_label, self.date_label = QLabel(), QLabel()
        self.since_label, self.confidentiality_label = QLabel(), QLabel()
        options = QFormLayout()
        options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for caption, field in (
            (self.alliances_label, self.chooser),
            (self.kind_label, self.kind),
            (self.language_label, self.language),
            (self.paper_label, self.paper),
            (self.date_label, self.date),
            (self.since_label, self.since),
        ):
            caption.setBuddy(field)
            options.addRow(caption, field)
        options.addRow(self.since_note)
        self.confidentiality_label.setBuddy(self.confidentiality)
        options.addRow(self.confidentiality_label, self.confidentiality)
        options.addRow(self.update_button)
        self.setLayout(options)
        self.setFixedWidth(330)

        self.chooser.changed.connect(self._choices_changed)
        for box in (self.kind, self.language, self.paper):
            box.currentIndexChanged.connect(self._choices_changed)
        self.date.dateChanged.connect(self._reference_changed)
        self.since.dateChanged.connect(self._since_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.confidentiality.textChanged.connect(self._choices_changed)
        self._reference_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.chooser.all_alliances.setText(self.tr("&All alliances"))
        self.alliances_label.setText(self.tr("Allian&ces:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.kind.setItemText(0, self.tr("One page per alliance"))
        self.kind.setItemText(1, self.tr("Board pack: summary, overview, pages, decisions"))
        self.language_label.setText(self.tr("&Language:"))
        self.paper_label.setText(self.tr("&Paper:"))
        self.date_label.setText(self.tr("&Reference date:"))
        self.update_button.setText(self.tr("&Update preview"))
        self.chooser.alliances.setAccessibleName(self.tr("Alliances to brief on"))
        self.kind.setAccessibleName(self.tr("Kind of briefing"))
        self.language.setAccessibleName(self.tr("Language of the briefing"))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.date.setAccessibleName(self.tr("Reference date of the briefing"))
        self.date.setToolTip(
            self.tr("Overdue items, the next 90 days and trends are reckoned from this date.")
        )
        self.since_label.setText(self.tr("C&hanges since:"))
        self.since.setAccessibleName(self.tr("Tell what changed since"))
        self.since.setToolTip(
            self.tr("The briefing tells what changed in each alliance since this date.")
        )
        self.confidentiality_label.setText(self.tr("Confidentialit&y line:"))
        self.confidentiality.setAccessibleName(self.tr("Confidentiality line in the footer"))
        self.confidentiality.setToolTip(
            self.tr("Printed in the footer of every page; leave it empty for none.")
        )
        self.confidentiality.setPlaceholderText(self.tr("No confidentiality line"))
        self._show_since_note()

    def choices(self) -> BriefingChoices:
        return BriefingChoices(
            all_alliances=self.chooser.is_all(),
            alliance_ids=self.chooser.chosen_ids(),
            board_pack=bool(self.kind.currentData()),
            language=str(self.language.currentData()),
            paper=str(self.paper.currentData()),
            today=_day(self.date.date()),
            since=_day(self.since.date()),
            confidentiality=self.confidentiality.text().strip(),
        )

    def _reference_changed(self) -> None:
        """A new reference date: "since" never after it, and its default follows it unless
        the user picked a date of their own."""
        reference = _day(self.date.date())
        self._since_pack = previous_board_pack(self.db, reference)
        self._since_default = self._since_pack or reference - dt.timedelta(days=SINCE_DAYS)
        self._setting_since = True
        try:
            self.since.setMaximumDate(self.date.date())  # may move a later date of one's own
            if not self._since_own:
                self.since.setDate(_qdate(self._since_default))
        finally:
            self._setting_since = False
        self._show_since_note()
        self._choices_changed()

    def _since_changed(self) -> None:
        if not self._setting_since:
            # The user's date; picking the default again lets it follow the reference date.
            self._since_own = _day(self.since.date()) != self._since_default
        self._choices_changed()

    def _show_since_note(self) -> None:
        if self._since_pack is not None:
            note = self.tr("Default {date}: the previous board pack made from this workbook.")
        else:
            note = self.tr(
                "Default {date}: %n day(s) back, as no earlier board pack is known.", "", SINCE_DAYS
            )
        self.since_note.setText(note.format(date=notation.date_medium(self._since_default)))
        self.since.setAccessibleDescription(self.since_note.text())

    def suggested_name(self, choices: BriefingChoices) -> str:
        """A file name for the briefing: what it is about, and its date."""
        if choices.board_pack:
            stem = self.tr("board-pack")
        elif len(choices.alliance_ids) == 1:
            stem = self.chooser.chosen_names()[0]
        else:
            stem = self.tr("briefing")
        keep = "".join(c if c.isalnum() or c in " -_" else "_" for c in stem).strip() or "briefing"
        return f"{keep} {choices.today.isoformat()}.pdf"

    def _choices_changed(self) -> None:
        self.changed.emit()

    def _confidential_word(self) -> str:
        return LABELS[str(self.language.currentData())]["confidential"]

    def _language_changed(self) -> None:
        if not self._own_line:
            self.confidentiality.setText(self._confidential_word())

    def _line_edited(self, text: str) -> None:
        self._own_line = text.strip() not in CONFIDENTIAL_WORDS

    def remember_line(self, choices: BriefingChoices) -> None:
        """After saving or printing: a confidentiality line of the user's own for next time."""
        if self._own_line:
            settings().setValue(CONFIDENTIALITY_SETTING, choices.confidentiality)
        else:
            settings().remove(CONFIDENTIALITY_SETTING)
