"""The application's style rules: no icons on dialog buttons, and a progress bar's text
beside the bar in the text colour, never split across the fill."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QProgressBar,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionProgressBar,
)
from pytestqt.qtbot import QtBot

from alliance_desk.domain.partners import Organisation
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.style import AppStyle, apply_app_style


class IconsOnButtons(QProxyStyle):
    """A platform whose theme puts icons on dialog buttons (as generic Unix and KDE do)."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):  # type: ignore[no-untyped-def]
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


@pytest.fixture
def platform_with_icons(qapp: QApplication) -> Iterator[None]:
    QApplication.setStyle(IconsOnButtons(QStyleFactory.create("Fusion")))
    yield
    QApplication.setStyle(QStyleFactory.create("Fusion"))
    apply_app_style()


def _ok_icon(qtbot: QtBot) -> bool:
    dialog = RecordDialog("Organisation", Organisation(name="Kestrel"), ["name"])
    qtbot.addWidget(dialog)
    return not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).icon().isNull()


def test_dialog_buttons_carry_no_icon_even_where_the_platform_offers_one(
    platform_with_icons: None, qtbot: QtBot
) -> None:
    assert _ok_icon(qtbot)  # the platform alone would put one there
    apply_app_style()
    assert isinstance(QApplication.style(), AppStyle)
    assert not _ok_icon(qtbot)


def test_progress_text_stands_beside_the_bar_in_the_text_colour(qtbot: QtBot) -> None:
    bar = QProgressBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 100)
    bar.setValue(50)
    bar.setFormat("50 %")
    bar.resize(300, 24)
    option = QStyleOptionProgressBar()
    bar.initStyleOption(option)
    style = bar.style()
    label = style.subElementRect(QStyle.SubElement.SE_ProgressBarLabel, option, bar)
    fill = style.subElementRect(QStyle.SubElement.SE_ProgressBarContents, option, bar)
    assert label.width() > 0 and label.left() > fill.right()

    image = bar.grab().toImage()
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)
    text = bar.palette().color(QPalette.ColorRole.WindowText)
    colours = {
        QColor(image.pixel(x, y)).rgb()
        for x in range(label.left(), label.right() + 1)
        for y in range(label.top(), label.bottom() + 1)
    }
    assert text.rgb() in colours  # the text is painted there, in the text colour
    assert highlight.rgb() not in colours  # and the fill never reaches under it
