"""Help → About alliance_desk: the version, our licence, where the workbook, its backups,
the settings and the log live, and the licences of what the packaged app bundles."""

from __future__ import annotations

import platform
from html import escape
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from alliance_desk import __version__
from alliance_desk.paths import licences_dir, log_file
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.preferences import settings


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def bundled_components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of what runs inside alliance_desk besides its own code."""
    return [
        ("Qt", qVersion(), "LGPL-3.0"),
        ("PySide6 (Qt for Python), shiboken6", pyside_version, "LGPL-3.0"),
        ("reportlab", _version("reportlab"), "BSD-3-Clause"),
        ("Pillow", _version("pillow"), "MIT-CMU (HPND)"),
        (
            "pypdfium2, PDFium",
            _version("pypdfium2"),
            "Apache-2.0 / BSD-3-Clause; PDFium: BSD-3-Clause and its third-party licences",
        ),
        ("DejaVu fonts", "", "Bitstream Vera and Arev font licences (free)"),
        ("Python", platform.python_version(), "PSF-2.0"),
    ]


class AboutDialog(QDialog):
    """``workbook`` is the open one (None: none is open); ``backups`` the folder its
    backups go to, or the common backup folder chosen in Settings (None: beside each
    workbook)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        workbook: Path | None = None,
        backups: Path | None = None,
    ):
        super().__init__(parent)
        self.workbook, self.backups = workbook, backups
        AccessibleNames(self)  # names its controls from their labels when shown
        self.setWindowTitle(self.tr("About alliance_desk"))
        self.text = QLabel(self._html())
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _html(self) -> str:
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td>{escape(version)}</td><td>{escape(licence)}</td></tr>"
            for name, version, licence in bundled_components()
        )
        folder = licences_dir()
        where = (
            self.tr("Their licence texts are in {folder}.").format(folder=escape(str(folder)))
            if folder is not None
            else self.tr("Their licence texts come with each installed package.")
        )
        parts = [
            f"<h3>alliance_desk {escape(__version__)}</h3>",
            "<p>" + self.tr("An offline workbook for alliance managers.") + "</p>",
            "<p>" + self.tr("Licence: MIT.") + "</p>",
            self._where(),
            "<p>" + self.tr("alliance_desk is built on:") + "</p>",
            f"<table cellspacing='0' cellpadding='3'>{rows}</table>",
            "<p>"
            + where
            + " "
            + self.tr(
                "Qt and PySide6 are used under the LGPL-3.0: you may replace them with "
                "builds of your own."
            )
            + "</p>",
        ]
        return "".join(parts)

    def _where(self) -> str:
        """Where the workbook, its backups, the settings and the log are, one per line."""
        if self.workbook is not None:
            workbook = escape(str(self.workbook))
        else:
            workbook = escape(self.tr("none open; your workbooks are wherever you save them"))
        if self.backups is not None:
            backups = escape(str(self.backups))
        else:
            backups = escape(self.tr("in a folder NAME-backups beside each workbook"))
        rows = (
            (self.tr("Workbook"), workbook),
            (self.tr("Backups"), backups),
            (self.tr("Settings"), escape(settings().fileName())),
            (self.tr("Log file"), escape(str(log_file()))),
        )
        lines = "".join(f"<tr><td>{name}:</td><td>{value}</td></tr>" for name, value in rows)
        return (
            "<p>"
            + self.tr("Where things are:")
            + f"</p><table cellspacing='0' cellpadding='2'>{lines}</table>"
        )
