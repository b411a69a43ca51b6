"""Forms generated from the domain rules: they load, check and explain."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import RiskStatus
from alliance_desk.domain.follow_up import Risk
from alliance_desk.domain.partners import Alliance
from alliance_desk.ui.language import Translation
from alliance_desk.ui.record_form import LABEL_GAP, DateField, RecordDialog


def test_a_valid_edit_gives_a_checked_record(qtbot: QtBot) -> None:
    base = Risk(alliance_id=4, title="Key engineer leaves", likelihood=2, impact=4)
    dialog = RecordDialog(
        "Risk",
        base,
        ["title", "owner", "likelihood", "impact", "status", "mitigation", "review_date"],
    )
    qtbot.addWidget(dialog)
    editors = dialog.form.editors
    assert isinstance(editors["title"], QLineEdit) and editors["title"].text() == base.title
    assert isinstance(editors["impact"], QSpinBox) and editors["impact"].value() == 4
    editors["owner"].setText("Mila Jansen")
    editors["impact"].setValue(5)
    status = editors["status"]
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("mitigating"))
    editors["mitigation"].setPlainText("Pair every engineer with a <backup> & document 🚀")
    review = editors["review_date"]
    assert isinstance(review, DateField) and review.value() is None
    review.set_value(dt.date(2027, 1, 31))
    dialog.accept()
    result = dialog.result_record
    assert isinstance(result, Risk)
    assert (result.alliance_id, result.owner, result.impact) == (4, "Mila Jansen", 5)
    assert result.status is RiskStatus.MITIGATING
    assert result.mitigation == "Pair every engineer with a <backup> & document 🚀"
    assert result.review_date == dt.date(2027, 1, 31)


def test_a_refused_value_keeps_the_dialog_open_and_names_the_field(qtbot: QtBot) -> None:
    base = Alliance(partner_id=1, name="Rhine logistics", start_date="2025-01-01")
    dialog = RecordDialog("Alliance", base, ["name", "start_date", "renewal_date", "description"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.editors["renewal_date"].set_value(dt.date(2024, 6, 30))
    dialog.accept()
    assert dialog.result_record is None
    assert dialog.isVisible()
    problem = dialog.form.problem.text()
    assert "Renewal date" in problem and "Start date" in problem and "2024-06-30" in problem
    dialog.form.editors["name"].setText("")
    dialog.form.editors["renewal_date"].set_value(None)
    dialog.accept()
    assert "Name: a value is required." == dialog.form.problem.text()
    note = dialog.form.editors["description"]
    assert isinstance(note, QPlainTextEdit)


def test_every_field_gets_its_own_alt_letter(qtbot: QtBot) -> None:
    base = Risk(alliance_id=4, title="Key engineer leaves")
    dialog = RecordDialog("Risk", base, ["title", "owner", "likelihood", "impact", "status"])
    qtbot.addWidget(dialog)
    captions = [dialog.form.labels[name].text() for name in dialog.form.fields]
    letters = [text[text.index("&") + 1].lower() for text in captions]
    assert all("&" in text for text in captions)
    assert len(set(letters)) == len(letters)
    assert dialog.form.editors["owner"].accessibleName() == "Owner"


def test_a_date_is_typed_as_the_tables_show_it(qtbot: QtBot, translation: Translation) -> None:
    """05-12-2026 in Dutch, 2026-12-05 in English: typed digits land in the right place."""
    for language, typed, shown in (
        ("nl", "05122026", "05-12-2026"),
        ("en", "20261205", "2026-12-05"),
    ):
        translation.switch(language)
        field = DateField()
        qtbot.addWidget(field)
        field.set_value(dt.date(2027, 1, 31))
        field.setSelectedSection(field.sectionAt(0))  # as a click on the first part does
        qtbot.keyClicks(field, typed)
        assert field.text() == shown and field.value() == dt.date(2026, 12, 5)


def test_every_label_stands_clear_of_its_field(qtbot: QtBot) -> None:
    """A long label ("Type of alliance") keeps a visible gap to its field."""
    base = Alliance(partner_id=1, name="Point-of-care")
    dialog = RecordDialog("Alliance", base, ["name", "alliance_type", "lifecycle_stage"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for name, label in dialog.form.labels.items():
        editor = dialog.form.editors[name]
        assert editor.x() - (label.x() + label.sizeHint().width()) >= LABEL_GAP, name
