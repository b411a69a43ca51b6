"""Preferences: interface language, backup folder and undo steps (this computer), and the open
workbook's early-warning thresholds (kept in the workbook, so the app, the command line
and the briefings judge alliances alike)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.signals import DEFAULTS, Thresholds
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.preferences import UNDO_STEPS_RANGE, backup_folder, settings, undo_steps


class ThresholdsBox(QGroupBox):
    """The workbook's early-warning thresholds, each in a spin box held to its range."""

    def __init__(self, value: Thresholds, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        locale = QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.captions: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name, low, high, decimals, step in _RANGES:
            spin: QSpinBox | QDoubleSpinBox
            if decimals:
                spin = QDoubleSpinBox()
                spin.setDecimals(decimals)
                spin.setRange(low, high)
                spin.setSingleStep(step)
            else:
                spin = QSpinBox()
                spin.setRange(int(low), int(high))
                spin.setSingleStep(int(step))
            spin.setLocale(locale)
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            spin.setObjectName(name)
            caption = QLabel()
            caption.setBuddy(spin)
            self.spins[name], self.captions[name] = spin, caption
            self.form.addRow(caption, spin)
        # An alarm never below a warning: the alarm's box starts where the warning's is.
        drop, alarm = self.spins["health_drop"], self.spins["health_drop_alarm"]
        drop.valueChanged.connect(lambda value: alarm.setMinimum(value))
        self.defaults = QPushButton()
        self.defaults.clicked.connect(lambda: self.set_value(DEFAULTS))
        restore = QHBoxLayout()
        restore.addStretch(1)
        restore.addWidget(self.defaults)
        self.form.addRow(restore)
        self.set_value(value)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Early warning (kept in this workbook)"))
        texts = {
            "health_drop": (
                self.tr("Health &falling: a drop of at least"),
                self.tr("Points the health score must fall between two checks to be flagged"),
            ),
            "health_drop_alarm": (
                self.tr("… an ala&rm from a drop of"),
                self.tr("Points of fall between two checks that make it an alarm"),
            ),
            "health_low": (
                self.tr("Health lo&w: an average below"),
                self.tr("Average health score (1 to 5) below which health is low"),
            ),
            "gap_widening": (
                self.tr("Views &drifting apart: the gap grows by"),
                self.tr("Points the gap between our view and the partner's must grow"),
            ),
            "stakeholder_power": (
                self.tr("Key &person: power of at least (1–10)"),
                self.tr("Power from which a stakeholder without a counterpart is flagged"),
            ),
            "no_partner_view_days": (
                self.tr("No partner &view after (days)"),
                self.tr("Days without a health check by the partner before it is flagged"),
            ),
            "decision_overdue_alarm_days": (
                self.tr("Decision l&ate: an alarm after (days)"),
                self.tr("Days past its deadline after which a pending decision is an alarm"),
            ),
            "overdue_actions": (
                self.tr("Overdue actions piling &up from"),
                self.tr("Number of overdue actions that is flagged as piling up"),
            ),
            "losing_touch_days": (
                self.tr("Losing &touch after (days)"),
                self.tr("Days without activity before an alliance is flagged"),
            ),
            "maturity_gap": (
                self.tr("Partner &maturity behind by (levels)"),
                self.tr("Levels the partner's maturity may lag ours on a dimension"),
            ),
        }
        for name, (caption, description) in texts.items():
            self.captions[name].setText(caption)
            self.spins[name].setAccessibleName(caption.replace("&", ""))
            self.spins[name].setAccessibleDescription(description)
            self.spins[name].setToolTip(description)
        self.defaults.setText(self.tr("Restore d&efaults"))
        self.defaults.setAccessibleName(self.tr("Restore the default thresholds"))

    def set_value(self, value: Thresholds) -> None:
        # The alarm's minimum follows the warning: set the warning first, from low.
        alarm = self.spins["health_drop_alarm"]
        assert isinstance(alarm, QDoubleSpinBox)
        alarm.setMinimum(_RANGES[0][1])
        for name, spin in self.spins.items():
            spin.setValue(getattr(value, name))
        alarm.setValue(value.health_drop_alarm)

    def value(self) -> Thresholds:
        chosen: dict[str, Any] = {}
        for field in dataclasses.fields(Thresholds):
            spin = self.spins[field.name]
            chosen[field.name] = (
                round(spin.value(), spin.decimals())
                if isinstance(spin, QDoubleSpinBox)
                else spin.value()
            )
        return Thresholds(**chosen)


# (name, low, high, decimals, step): the ranges of alliance_desk.domain.signals.Thresholds.
_RANGES: tuple[tuple[str, float, float, int, float], ...] = (
    ("health_drop", 0.01, 4.0, 2, 0.1),
    ("health_drop_alarm", 0.01, 4.0, 2, 0.1),
    ("health_low", 1.0, 5.0, 2, 0.1),
    ("gap_widening", 0.01, 4.0, 2, 0.1),
    ("stakeholder_power", 1, 10, 0, 1),
    ("no_partner_view_days", 1, 3650, 0, 30),
    ("decision_overdue_alarm_days", 1, 3650, 0, 7),
    ("overdue_actions", 1, 1000, 0, 1),
    ("losing_touch_days", 1, 3650, 0, 7),
    ("maturity_gap", 1, 4, 0, 1),
)


class SettingsDialog(QDialog):
    """``thresholds``: the open workbook's (None when no workbook is open: the group is
    shown disabled, saying why)."""

    def __init__(
        self, language: str, thresholds: Thresholds | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.folder = QLineEdit(str(backup_folder() or ""))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.undo_steps = QSpinBox()
        self.undo_steps.setRange(*UNDO_STEPS_RANGE)
        self.undo_steps.setSingleStep(10)
        self.undo_steps.setValue(undo_steps())
        self.language_label, self.folder_label = QLabel(), QLabel()
        self.undo_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.folder_label.setBuddy(self.folder)
        self.undo_label.setBuddy(self.undo_steps)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.folder_label, folder_row)
        undo_row = QHBoxLayout()  # a number's box as wide as the number, as below
        undo_row.addWidget(self.undo_steps)
        undo_row.addStretch(1)
        form.addRow(self.undo_label, undo_row)
        self.thresholds = ThresholdsBox(thresholds or DEFAULTS, language)
        self.thresholds.setEnabled(thresholds is not None)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.thresholds)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)  # the backup folder's path and the captions in full
        self.language_label.setText(self.tr("&Language:"))
        self.folder_label.setText(self.tr("&Backup folder:"))
        self.browse.setText(self.tr("&Choose…"))
        self.folder.setPlaceholderText(self.tr("beside each workbook (NAME-backups)"))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.undo_label.setText(self.tr("Undo steps &kept:"))
        self.undo_steps.setAccessibleName(self.tr("Undo steps kept"))
        self.undo_steps.setToolTip(
            self.tr(
                "How many changes Edit → Undo can take back; the oldest go first. "
                "Applies to the next workbook opened."
            )
        )
        self.undo_steps.setAccessibleDescription(self.undo_steps.toolTip())
        self.hint.setText(
            self.tr(
                "The early-warning thresholds belong to the workbook: the portfolio, the "
                "profile, the command line and the briefings use the same ones."
            )
            if thresholds is not None
            else self.tr("Open a workbook to change its early-warning thresholds.")
        )

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> Thresholds | None:
        """Keep the computer's preferences; the thresholds chosen (None: no workbook open),
        for the caller to store in the workbook."""
        settings().setValue("language", self.language.currentData())
        settings().setValue("backup_dir", self.folder.text().strip())
        settings().setValue("undo_steps", self.undo_steps.value())
        # The losing-touch period used to be kept here; it is a workbook threshold now.
        settings().remove("losing_touch_days")
        return self.thresholds.value() if self.thresholds.isEnabled() else None
