"""Preferences: interface language, days before "losing touch", backup folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.ui.app import settings

DEFAULT_LOSING_TOUCH_DAYS = 60


def losing_touch_days() -> int:
    value = settings().value("losing_touch_days", DEFAULT_LOSING_TOUCH_DAYS)
    try:
        return min(max(int(value), 7), 730)
    except (TypeError, ValueError):
        return DEFAULT_LOSING_TOUCH_DAYS


def backup_folder() -> Path | None:
    """The chosen folder for all backups, or None for NAME-backups beside each workbook."""
    value = settings().value("backup_dir", "")
    return Path(str(value)) if value else None


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.days = QSpinBox()
        self.days.setRange(7, 730)
        self.days.setValue(losing_touch_days())
        self.folder = QLineEdit(str(backup_folder() or ""))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.language_label, self.days_label, self.folder_label = QLabel(), QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.days_label.setBuddy(self.days)
        self.folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.days_label, self.days)
        form.addRow(self.folder_label, folder_row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.days_label.setText(self.tr("&Losing touch after (days):"))
        self.folder_label.setText(self.tr("&Backup folder:"))
        self.browse.setText(self.tr("&Choose…"))
        self.folder.setPlaceholderText(self.tr("beside each workbook (NAME-backups)"))
        self.days.setAccessibleName(self.tr("Days without activity before an alliance is flagged"))
        self.hint.setText(
            self.tr(
                "An alliance with no health check, pulse check, meeting or stakeholder "
                "assessment for this many days is flagged as losing touch."
            )
        )

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        settings().setValue("language", self.language.currentData())
        settings().setValue("losing_touch_days", self.days.value())
        settings().setValue("backup_dir", self.folder.text().strip())
