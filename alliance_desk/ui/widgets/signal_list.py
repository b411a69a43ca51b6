"""How an early-warning signal looks in the app: a symbol, a word and a colour for its
severity (never the colour alone), and its sentence in the interface's language.

:class:`SignalList` shows one alliance's signals, one line each, most severe
first; the profile page opens with one and the portfolio shows one for the
chosen alliance.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from alliance_desk.domain import signal_text
from alliance_desk.domain.signals import Severity, Signal
from alliance_desk.ui.language import current_language

# Each severity its own shape, apart from the status symbols (● ▲ ■ ○).
SEVERITY_SYMBOLS = {Severity.ALARM: "‼", Severity.WARNING: "⚠", Severity.NOTE: "ℹ"}
SEVERITY_COLOURS = {
    Severity.ALARM: "#c62828",
    Severity.WARNING: "#a35f00",
    Severity.NOTE: "#1f5fa8",
}


def severity_word(severity: Severity) -> str:
    return signal_text.severity_label(severity, current_language())


def sentence(signal: Signal) -> str:
    return signal_text.sentence(signal, current_language())


def signal_line(signal: Signal) -> str:
    """ "‼ Alarm: the sentence", plain text (tooltips, accessible names)."""
    word = severity_word(signal.severity)
    return f"{SEVERITY_SYMBOLS[signal.severity]} {word}: {sentence(signal)}"


class SignalList(QGroupBox):
    """One alliance's signals: severity symbol and word, then the sentence; a line saying
    there are none when there are none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(8)
        # A child from the start: shown before it is in the layout, a label without a
        # parent would flash up as a window of its own and take the keyboard from the
        # main window (its shortcuts then did nothing until a click).
        self.empty = QLabel(self)
        self.empty.setObjectName("no_signals")
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.signals: list[Signal] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Early-warning signals"))
        self.empty.setText(self.tr("No early-warning signals"))
        self.set_signals(self.signals)

    def set_signals(self, signals: Sequence[Signal]) -> None:
        self.signals = list(signals)
        for row in self.rows:
            for widget in row:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        self.grid.removeWidget(self.empty)
        self.empty.setVisible(not self.signals)
        if not self.signals:
            self.grid.addWidget(self.empty, 0, 0, 1, 3)
        for number, signal in enumerate(self.signals):
            colour = SEVERITY_COLOURS[signal.severity]
            word = severity_word(signal.severity)
            symbol = QLabel(SEVERITY_SYMBOLS[signal.severity])
            symbol.setStyleSheet(f"color: {colour}; font-weight: bold;")
            symbol.setAccessibleName(word)
            symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            severity = QLabel(word)
            severity.setStyleSheet(f"color: {colour}; font-weight: bold;")
            severity.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text = QLabel(sentence(signal))
            text.setObjectName("signal_sentence")
            text.setTextFormat(Qt.TextFormat.PlainText)  # names the user typed are not markup
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setAccessibleName(signal_line(signal))
            for column, widget in enumerate((symbol, severity, text)):
                self.grid.addWidget(widget, number, column)
            self.rows.append((symbol, severity, text))

    def sentences(self) -> list[str]:
        """The lines as shown (for tests and for reading back)."""
        return [text.text() for _, _, text in self.rows]
