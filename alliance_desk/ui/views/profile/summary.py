"""The read-only top of the profile page: the headline status, the alliance's facts, the
partner organisation, and what each side brings.

Laid out as captioned forms in group boxes so it reads like a briefing, not
like a grid; values the user typed are shown as plain text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import LifecycleStage
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.ui import notation
from alliance_desk.ui.field_texts import field_label
from alliance_desk.ui.labels import label, rag_label
from alliance_desk.ui.views.portfolio.page import RAG_COLOURS, RAG_SYMBOLS
from alliance_desk.ui.views.profile.parts import HINT_STYLE, hint_label, text_label

PARTNER_FIELDS = ["name", "sector", "country", "website", "notes"]
FACT_FIELDS = [
    "partner",
    "alliance_type",
    "lifecycle_stage",
    "start_date",
    "renewal_date",
    "contract_reference",
    "health_check_interval_days",
]
ABOUT_FIELDS = ["description", "our_resources", "partner_resources"]
NO_VALUE = "—"


class SummaryBox(QGroupBox):
    """Captions and read-only values of some fields, in a form layout."""

    def __init__(self, table: str, fields: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for name in fields:
            caption, value = QLabel(), text_label()
            value.setObjectName(name)
            self.captions[name], self.values[name] = caption, value
            self.form.addRow(caption, value)

    def retranslate(self) -> None:
        for name, caption in self.captions.items():
            caption.setText(field_label(self.table, name))

    def set_value(self, name: str, text: str | None) -> None:
        self.values[name].setText(text or NO_VALUE)
        self.values[name].setAccessibleName(self.captions[name].text())


class StatusLine(QWidget):
    """The alliance's name as a heading, and its status: shape, colour and words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = text_label(bold=True)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.heading.setFont(font)
        self.symbol = QLabel()
        self.text = text_label()
        self.text.setObjectName("status")
        status = QHBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.symbol)
        status.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(status)

    def fill(self, alliance: Alliance) -> None:
        self.heading.setText(alliance.name)
        rag = alliance.status_rag
        self.symbol.setText(RAG_SYMBOLS[rag])
        self.symbol.setStyleSheet(f"color: {RAG_COLOURS[rag]}; font-size: 15pt;")
        self.symbol.setAccessibleName(rag_label(rag))
        # "Not assessed" says it all; "Status Not assessed" would not read.
        status = rag_label(None) if rag is None else self.tr("Status {rag}").format(rag=label(rag))
        if alliance.status_reason:
            status = self.tr("{status}: {reason}").format(
                status=status, reason=alliance.status_reason
            )
        self.text.setText(status)


class ProfileFacts(QWidget):
    """The alliance's facts beside the partner organisation's, then what it is about."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = SummaryBox("alliance", FACT_FIELDS)
        self.partner_box = SummaryBox("organisation", PARTNER_FIELDS)
        self.shared_partner_note = hint_label()
        self.partner_box.form.addRow(self.shared_partner_note)
        facts = QHBoxLayout()
        facts.setContentsMargins(0, 0, 0, 0)
        facts.addWidget(self.summary, 1)
        facts.addWidget(self.partner_box, 1)
        self.about_boxes: dict[str, QGroupBox] = {}
        self.about_texts: dict[str, QLabel] = {}
        about = QHBoxLayout()
        about.setContentsMargins(0, 0, 0, 0)
        for name in ABOUT_FIELDS:
            box, text = QGroupBox(), text_label()
            text.setObjectName(name)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            QVBoxLayout(box).addWidget(text)
            self.about_boxes[name], self.about_texts[name] = box, text
            about.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(facts)
        layout.addLayout(about)

    def retranslate(self) -> None:
        self.summary.setTitle(self.tr("Alliance"))
        self.summary.retranslate()
        self.summary.captions["partner"].setText(self.tr("Partner"))
        self.summary.values["lifecycle_stage"].setToolTip(
            self.tr("The eight stages of ISO 44001, from operational awareness to exit strategy")
        )
        self.partner_box.setTitle(self.tr("Partner organisation"))
        self.partner_box.retranslate()
        self.about_boxes["description"].setTitle(self.tr("What the alliance is about"))
        for name in ABOUT_FIELDS[1:]:
            self.about_boxes[name].setTitle(field_label("alliance", name))

    def fill(
        self, alliance: Alliance, partner: Organisation, other_alliances: int, today: dt.date
    ) -> None:
        show = self.summary.set_value
        show("partner", partner.name)
        show("alliance_type", label(alliance.alliance_type))
        stages = list(LifecycleStage)
        show(
            "lifecycle_stage",
            self.tr("{stage} (stage {number} of {count})").format(
                stage=label(alliance.lifecycle_stage),
                number=stages.index(alliance.lifecycle_stage) + 1,
                count=len(stages),
            ),
        )
        start = alliance.start_date
        show("start_date", None if start is None else notation.date_medium(start))
        renewal = alliance.renewal_date
        if renewal is None:
            show("renewal_date", None)
        else:
            days = (renewal - today).days
            if days >= 0:
                note = self.tr("{date} (in %n day(s))", "", days)
            else:
                note = self.tr("{date} (passed %n day(s) ago)", "", -days)
            show("renewal_date", note.format(date=notation.date_medium(renewal)))
        show("contract_reference", alliance.contract_reference)
        show(
            "health_check_interval_days",
            self.tr("Every %n day(s)", "", alliance.health_check_interval_days),
        )
        for name in PARTNER_FIELDS:
            self.partner_box.set_value(name, getattr(partner, name))
        self.shared_partner_note.setVisible(other_alliances > 0)
        self.shared_partner_note.setText(
            self.tr(
                "Also the partner in %n other alliance(s): edits apply there too.",
                "",
                other_alliances,
            )
        )
        for name, text in self.about_texts.items():
            value = getattr(alliance, name)
            text.setText(value or self.tr("Not written down yet."))
            text.setStyleSheet("" if value else HINT_STYLE)
