"""The welcome on the very first start (and Help → Getting started…): what the app is
for, and a first step: the demo, a new workbook or one of yours, or the guide."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.ui.accessibility import AccessibleNames


class WelcomeDialog(QDialog):
    DEMO, NEW, OPEN, GUIDE = "demo", "new", "open", "guide"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice: str | None = None  # what the user chose to begin with
        AccessibleNames(self)  # names its controls from their labels when shown
        self.setWindowTitle(self.tr("Welcome to alliance_desk"))
        text = QLabel(
            "<h3>"
            + self.tr("Welcome to alliance_desk")
            + "</h3><p>"
            + self.tr(
                "A workbook for the alliances you manage: partner profiles with both "
                "sides' goals, stakeholder maps, health checks with the partner, maturity, "
                "actions and decisions, and one-page briefings for senior management."
            )
            + "</p><p>"
            + self.tr(
                "Everything is kept in one workbook file on your computer and saved as you "
                "work. How would you like to begin?"
            )
            + "</p>"
        )
        text.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for choice, caption, tip in (
            (
                self.DEMO,
                self.tr("Look at the &demo"),
                self.tr("A small example portfolio of six alliances, to try everything on"),
            ),
            (self.NEW, self.tr("&New workbook…"), self.tr("Start your own workbook")),
            (self.OPEN, self.tr("&Open workbook…"), self.tr("Open a workbook you already have")),
            (self.GUIDE, self.tr("Read the &guide"), self.tr("How to use alliance_desk (F1)")),
        ):
            button = QPushButton(caption)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.clicked.connect(lambda _checked=False, chosen=choice: self._choose(chosen))
            row.addWidget(button)
            self.buttons[choice] = button
        self.buttons[self.DEMO].setDefault(True)
        later = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        later.rejected.connect(self.reject)
        hint = QLabel(self.tr("This welcome is in Help → Getting started… whenever you want it."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(later)
        self.setMinimumWidth(560)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
