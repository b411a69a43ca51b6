"""Two rules of the application's look, kept in one proxy over the platform's own style,
so that every dialog and every progress bar follows them without being told:

- no icons on dialog buttons (some platform themes put a tick-and-key on OK);
- a progress bar's text stands beside the bar in the ordinary text colour, never across
  the fill, where styles such as Fusion split it into two colours ("50" white, "%" dark).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionProgressBar,
    QWidget,
)

_PROGRESS_PARTS = (
    QStyle.SubElement.SE_ProgressBarGroove,
    QStyle.SubElement.SE_ProgressBarContents,
    QStyle.SubElement.SE_ProgressBarLabel,
)
_PROGRESS_PAINTING = (
    (QStyle.SubElement.SE_ProgressBarGroove, QStyle.ControlElement.CE_ProgressBarGroove),
    (QStyle.SubElement.SE_ProgressBarContents, QStyle.ControlElement.CE_ProgressBarContents),
    (QStyle.SubElement.SE_ProgressBarLabel, QStyle.ControlElement.CE_ProgressBarLabel),
)
_TEXT_GAP = 6  # pixels between the bar and its text


class AppStyle(QProxyStyle):
    """The platform's style with the two rules above."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)

    def subElementRect(
        self, element: QStyle.SubElement, option: QStyleOption, widget: QWidget | None = None
    ) -> QRect:
        if element in _PROGRESS_PARTS and _text_beside(option):
            assert isinstance(option, QStyleOptionProgressBar)
            whole = QRect(option.rect)
            text = _text_width(option)
            if element == QStyle.SubElement.SE_ProgressBarLabel:
                return whole.adjusted(whole.width() - text, 0, 0, 0)
            return whole.adjusted(0, 0, -text - _TEXT_GAP, 0)
        # Qt takes no widget here; PySide6's stubs say it must be one.
        return super().subElementRect(element, option, widget)  # type: ignore[arg-type]

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_ProgressBarLabel and _text_beside(option):
            assert isinstance(option, QStyleOptionProgressBar)
            self.drawItemText(
                painter,
                option.rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                option.palette,
                bool(option.state & QStyle.StateFlag.State_Enabled),
                option.text,
                QPalette.ColorRole.WindowText,
            )
            return
        if element == QStyle.ControlElement.CE_ProgressBar and _text_beside(option):
            # Fusion paints the whole bar over the widget's rectangle in one go: paint the
            # parts in their own places instead (the groove, the fill, the text beside).
            assert isinstance(option, QStyleOptionProgressBar)
            for part, control in _PROGRESS_PAINTING:
                piece = QStyleOptionProgressBar(option)
                piece.rect = self.subElementRect(part, option, widget)
                self.drawControl(control, piece, painter, widget)
            return
        super().drawControl(element, option, painter, widget)


def _text_beside(option: QStyleOption) -> bool:
    """A horizontal bar that shows a text (a busy bar has none)."""
    return (
        isinstance(option, QStyleOptionProgressBar)
        and option.textVisible
        and bool(option.text)
        and bool(option.state & QStyle.StateFlag.State_Horizontal)
    )


def _text_width(option: QStyleOptionProgressBar) -> int:
    """Wide enough for "100 %" whatever the value, so bars above each other line up."""
    metrics = option.fontMetrics
    return max(metrics.horizontalAdvance(option.text), metrics.horizontalAdvance("100 %")) + 2


def apply_app_style() -> None:
    """Give the application the platform's style with the rules above (once)."""
    current = QApplication.style()
    if not isinstance(current, AppStyle):
        QApplication.setStyle(AppStyle(QStyleFactory.create(current.name())))
