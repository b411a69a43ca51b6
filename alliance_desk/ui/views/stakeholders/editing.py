"""What the user changes about people on the stakeholder page: add (with a first
assessment), edit, delete, re-assess, and move on the grid. Each is one undoable
step through the session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from alliance_desk.domain.codes import Attitude, Side
from alliance_desk.domain.record import Record
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import records
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.stakeholder_map import MapEntry, departments_in_use
from alliance_desk.ui import notation
from alliance_desk.ui.record_form import CommitDialog
from alliance_desk.ui.session import AddStep, Session
from alliance_desk.ui.views.record_edits import (
    add_record,
    delete_record,
    describe_refusal,
    edit_record,
)
from alliance_desk.ui.views.stakeholders.dialogs import (
    ASSESSMENT_FIELDS,
    STAKEHOLDER_FIELDS,
    AddAssessmentOfStep,
    StakeholderDialog,
    blank,
)

FIRST_POWER = FIRST_INTEREST = 5  # the middle of the grid until the user says otherwise
NOTICE_MS = 15_000  # long enough to read, and to reach for Undo

# To mypy the mixin is the widget it is mixed into (parent of its dialogs, tr());
# at run time a plain class, mixed in before the page's Qt base.
if TYPE_CHECKING:
    _Page = QWidget
else:
    _Page = object


class PersonEdits(_Page):
    """The editing half of the stakeholder page, mixed into it (the page is the widget and
    supplies what it shows)."""

    session: Session | None  # these come from the page
    alliance_id: int | None
    entries: list[MapEntry]
    selected_id: int | None

    def selected_entry(self) -> MapEntry | None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def choose(self, stakeholder_id: int | None) -> None:
        raise NotImplementedError

    def add_stakeholder(self) -> None:
        if self.session is None or self.alliance_id is None:
            return
        session, alliance_id = self.session, self.alliance_id
        chosen = self.selected_entry()
        # Start in the chosen person's organisation and department: people are often
        # added one department at a time.
        base = blank(
            Stakeholder,
            alliance_id=alliance_id,
            side=chosen.side if chosen else Side.US,
            department=chosen.department if chosen else None,
        )
        first = blank(
            StakeholderAssessment,
            assessed_on=session.today(),
            power=FIRST_POWER,
            interest=FIRST_INTEREST,
            attitude=Attitude.NEUTRAL,
        )

        def commit(record: Record) -> None:
            person = AddStep(record)
            text = self.tr("Add stakeholder {name}").format(name=getattr(record, "name", ""))
            session.run(text, [person, AddAssessmentOfStep(person, dialog.assessment_values)])
            assert person.stored is not None
            self.choose(person.stored.id)

        dialog = StakeholderDialog(
            self.tr("Add stakeholder"),
            base,
            commit,
            first,
            self,
            departments_in_use(session.db, alliance_id),
        )
        dialog.exec()

    def edit_stakeholder(self) -> None:
        entry = self.selected_entry()
        if self.session is None or entry is None:
            return
        session = self.session
        current = records.get(session.db, Stakeholder, entry.stakeholder_id)
        text = self.tr("Edit stakeholder {name}").format(name=current.name)
        edit_record(
            session,
            lambda record, commit: StakeholderDialog(
                text,
                record,
                commit,
                parent=self,
                departments=departments_in_use(session.db, current.alliance_id),
            ),
            current,
            STAKEHOLDER_FIELDS,
            text,
        )

    def delete_stakeholder(self) -> None:
        entry = self.selected_entry()
        if self.session is None or entry is None:
            return
        db = self.session.db
        assessments = db.scalar(
            "SELECT count(*) FROM stakeholder_assessment WHERE stakeholder_id = :id",
            {"id": entry.stakeholder_id},
        )
        links = db.scalar(
            "SELECT count(*) FROM counterpart"
            " WHERE our_stakeholder_id = :id OR partner_stakeholder_id = :id",
            {"id": entry.stakeholder_id},
        )
        delete_record(
            self,  # type: ignore[arg-type]
            self.session,
            records.get(db, Stakeholder, entry.stakeholder_id),
            self.tr("Delete stakeholder"),
            self.tr(
                "Delete {name} ({department})? Their assessments ({assessments}) and "
                "counterpart links ({links}) go too. Edit > Undo brings them back."
            ).format(
                name=entry.name,
                department=entry.department,
                assessments=assessments,
                links=links,
            ),
            self.tr("Delete stakeholder {name}").format(name=entry.name),
        )

    def reassess(self) -> None:
        entry = self.selected_entry()
        if self.session is None or entry is None:
            return
        session = self.session
        base = blank(
            StakeholderAssessment,
            stakeholder_id=entry.stakeholder_id,
            assessed_on=session.today(),
            power=entry.power or FIRST_POWER,
            interest=entry.interest or FIRST_INTEREST,
            attitude=entry.attitude or Attitude.NEUTRAL,
        )
        text = self.tr("Re-assess {name}").format(name=entry.name)
        add_record(
            session,
            lambda record, commit: CommitDialog(text, record, ASSESSMENT_FIELDS, commit, self),
            base,
            lambda _record: text,
        )

    def move_on_grid(self, stakeholder_id: int, power: int, interest: int) -> None:
        """A marker was dropped in another cell: a new assessment dated today, same attitude."""
        entry = next((e for e in self.entries if e.stakeholder_id == stakeholder_id), None)
        if self.session is None or entry is None or entry.attitude is None:
            return
        self.selected_id = stakeholder_id
        try:
            self.session.add(
                StakeholderAssessment(
                    stakeholder_id=stakeholder_id,
                    assessed_on=self.session.today(),
                    power=power,
                    interest=interest,
                    attitude=entry.attitude,
                ),
                self.tr("Move {name} on the map").format(name=entry.name),
            )
        except (ValidationError, WorkbookError) as error:
            # Called from the grid's mouse handler: an exception would get lost in Qt.
            QMessageBox.warning(self, self.tr("The move was not recorded"), describe_refusal(error))
            self.reload()
            return
        # A drop is an edit made without a dialog: say what was recorded and how to undo it.
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        _tell(
            self,
            self.tr(
                "Recorded a new assessment of {name} dated {date}: power {power}, interest "
                "{interest}. Undo with {undo} (Edit → Undo)."
            ).format(
                name=entry.name,
                date=notation.date_medium(self.session.today()),
                power=power,
                interest=interest,
                undo=undo,
            ),
        )


def _tell(page: object, text: str) -> None:
    """Show ``text`` in the status bar of the main window the page sits in."""
    window = page.window() if isinstance(page, QWidget) else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, NOTICE_MS)
