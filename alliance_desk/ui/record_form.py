"""Forms for records, generated from the domain's field rules.

A form shows one editor per field (a line edit for a name, a text box for a
note, a combo box for a code, a date field, a spin box for a score, a check
box for yes/no), checks the values with the record's own rules when the user
accepts, and points at the field that was refused with a translated reason.
Views decide which fields to show and what to do with the values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.record import Record
from alliance_desk.domain.validation import (
    Choice,
    Day,
    Flag,
    Line,
    Note,
    Rule,
    ValidationError,
    WholeNumber,
)
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui import notation
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.field_texts import describe_validation, field_label
from alliance_desk.ui.labels import describe_error, label, unset_label

NO_DATE = QDate(1900, 1, 1)  # shown as an empty date ("special value")
LABEL_GAP = 12  # pixels between a field's label and its editor


class DateField(QDateEdit):
    """A date that may be left empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(notation.date_edit_format())
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


class SuggestedLine(QComboBox):
    """A line of free text that offers the values already in use (an editable combo box),
    so that one thing keeps one spelling; anything else may still be typed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # A list of what matches, never text completed inline: typing "Sales" must not
        # turn into "Sales operations" unasked.
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_options(self, options: Sequence[str]) -> None:
        """Offer ``options``; the text typed so far stays."""
        text = self.currentText()
        self.clear()
        self.addItems(list(options))
        self.setEditText(text)


def editor_for(rule: Rule, offers: bool = False) -> QWidget:
    """The editor of a field with ``rule``; a text field that ``offers`` values in use is a
    :class:`SuggestedLine`."""
    if isinstance(rule, Choice):
        box = QComboBox()
        assert rule.codes is not None
        if not rule.required:
            box.addItem(unset_label(rule.codes), None)
        for member in rule.codes:
            box.addItem(label(member), member.value)
        return box
    if isinstance(rule, Note):
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)
        note.setMaximumHeight(110)
        return note
    if isinstance(rule, Day):
        return DateField()
    if isinstance(rule, Flag):
        return QCheckBox()
    if isinstance(rule, WholeNumber):
        spin = QSpinBox()
        spin.setRange(rule.minimum - (0 if rule.required else 1), rule.maximum)
        if not rule.required:
            spin.setSpecialValueText(" ")  # the minimum minus one means "not given"
        return spin
    editor = SuggestedLine() if offers else QLineEdit()
    line = editor.lineEdit() if isinstance(editor, SuggestedLine) else editor
    if isinstance(rule, Line) and line is not None:
        line.setMaxLength(rule.max_length + 50)  # leave room so the rule explains the limit
    return editor


def read_editor(editor: QWidget, rule: Rule) -> Any:
    if isinstance(editor, SuggestedLine):
        return editor.currentText()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, DateField):
        return editor.value()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        if not rule.required and editor.value() == editor.minimum():
            return None
        return editor.value()
    assert isinstance(editor, QLineEdit)
    return editor.text()


def write_editor(editor: QWidget, value: Any) -> None:
    if isinstance(editor, SuggestedLine):
        editor.setEditText("" if value is None else str(value))
    elif isinstance(editor, QComboBox):
        index = editor.findData(None if value is None else getattr(value, "value", value))
        editor.setCurrentIndex(max(index, 0))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value or "")
    elif isinstance(editor, DateField):
        editor.set_value(value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(editor.minimum() if value is None else int(value))
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an Alt+letter shortcut on its first letter no other field uses yet."""
    for index, character in enumerate(text):
        key = character.lower()
        if character.isalpha() and key not in taken:
            taken.add(key)
            return text[:index] + "&" + text[index:]
    return text


class RecordForm(QWidget):
    """Editors for chosen fields of one record type; the text fields named in ``suggested``
    also offer values (:meth:`suggest`)."""

    def __init__(
        self,
        record_type: type[Record],
        fields: list[str],
        parent: QWidget | None = None,
        suggested: Collection[str] = (),
    ):
        super().__init__(parent)
        self.record_type = record_type
        self.fields = fields
        rules = record_type.rules()
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        # The style's few pixels let a long label ("Type of alliance") touch its field
        # where the font draws wider than it measures.
        layout.setHorizontalSpacing(max(layout.horizontalSpacing(), LABEL_GAP))
        taken: set[str] = set()
        for name in fields:
            editor = editor_for(rules[name], offers=name in suggested)
            editor.setObjectName(name)
            text = field_label(record_type.TABLE, name)
            caption = QLabel(with_mnemonic(text, taken))
            caption.setBuddy(editor)
            editor.setAccessibleName(text)
            self.editors[name] = editor
            self.labels[name] = caption
            layout.addRow(caption, editor)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        layout.addRow(self.problem)

    def suggest(self, name: str, options: Sequence[str]) -> None:
        """Offer ``options`` in the text field ``name`` (one of ``suggested``)."""
        editor = self.editors[name]
        assert isinstance(editor, SuggestedLine)
        editor.set_options(options)

    def load(self, record: Record) -> None:
        for name in self.fields:
            write_editor(self.editors[name], getattr(record, name))

    def values(self) -> dict[str, Any]:
        rules = self.record_type.rules()
        return {name: read_editor(self.editors[name], rules[name]) for name in self.fields}

    def show_problem(self, error: ValidationError) -> None:
        self.problem.setText(describe_validation(error))
        editor = self.editors.get(error.field)
        if editor is not None:
            editor.setFocus()


class RecordDialog(QDialog):
    """Edit or create one record; ``result_record`` holds the checked record after OK.

    ``base`` carries the fields the dialog does not show (ids of the alliance,
    the stakeholder ...). The record is built with the domain's rules before
    the dialog closes, so an invalid value keeps the dialog open and says why.
    """

    def __init__(
        self,
        title: str,
        base: Record,
        fields: list[str],
        parent: QWidget | None = None,
        suggested: Collection[str] = (),
    ):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.setWindowTitle(title)
        self.base = base
        self.form = RecordForm(type(base), fields, self, suggested)
        self.form.load(base)
        self.result_record: Record | None = None
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.body_layout = QVBoxLayout(self)  # the form above the buttons; room for more
        self.body_layout.addWidget(self.form)
        self.body_layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        return self.form.values()

    def accept(self) -> None:
        try:
            self.result_record = self.base.with_changes(**self.form.values())
        except ValidationError as error:
            self.form.show_problem(error)
            return
        super().accept()


class CommitDialog(RecordDialog):
    """A record dialog that stores its record before closing (``commit`` may refuse it)."""

    def __init__(
        self,
        title: str,
        base: Record,
        fields: list[str],
        commit: Callable[[Record], object],
        parent: QWidget | None = None,
        suggested: Collection[str] = (),
    ):
        super().__init__(title, base, fields, parent, suggested)
        self.commit = commit
        self.setMinimumWidth(420)

    def build(self) -> Record:
        """The checked record; raises :class:`ValidationError` (shown by ``accept``)."""
        return self.base.with_changes(**self.form.values())

    def accept(self) -> None:
        try:
            record = self.build()
            self.commit(record)
        except ValidationError as error:
            self.show_problem(error)
            return
        except WorkbookError as error:  # a full disk, a lost file: say so, keep the values
            self.form.problem.setText(describe_error(error))
            return
        self.result_record = record
        QDialog.accept(self)

    def show_problem(self, error: ValidationError) -> None:
        self.form.show_problem(error)
