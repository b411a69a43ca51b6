"""Accessible names: every control is announced by what a sighted user reads beside it.

A screen reader announces a control by its accessible name. Qt finds some on
its own (a button's text, a label whose buddy is the control in the same
parent, the title of the group box around it); :class:`AccessibleNames` fills
in the rest from the screen, once per page or dialog: a buddy label placed
elsewhere, the label of a form row, the placeholder of an empty field, the
tooltip or action of an icon-only button, the heading just above a table, the
title of the tab a table fills, the name of the scroll area a drawing fills.
Names set with ``setAccessibleName`` are never touched; the ones it derived
follow the texts they came from (after a language switch, and whenever the
page or dialog is shown). Every control is looked at again only when the
language or the widgets changed: a page shown again with the same widgets
checks the names it derived, nothing else (a control Qt named on its own, by
its text or a label beside it, keeps that name as its text changes).

:func:`nameless` lists the controls a screen reader would announce without a
name; the accessibility test walks every page and dialog with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

MARKUP = re.compile(r"<[A-Za-z/!]")  # a label in rich text
DERIVED = "derivedAccessibleName"  # the name this module gave (a dynamic property)

# Widgets that are parts of another control: the control is named, not its parts.
_COMPOSITE = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar)


def plain(text: str) -> str:
    """A label's text as spoken: no mnemonic ampersand, no trailing colon, no markup."""
    if MARKUP.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    else:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology is given for ``widget`` (what Qt reports).

    A combo box is the exception: on Linux Qt reports its current item as its name
    (the label comes as a relation), elsewhere its name is that of any widget, so a
    combo box counts as named only by a name of its own, a buddy or a group box.
    """
    if isinstance(widget, QComboBox):
        return widget.accessibleName() or _sibling_buddy(widget) or _group_title(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name).strip()


def _sibling_buddy(widget: QWidget) -> str:
    """The text of a label beside ``widget`` (same parent) whose buddy it is, as Qt finds it."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget:
            return plain(label.text())
    return ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return plain(parent.title()) if isinstance(parent, QGroupBox) else ""


def _is_part(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    while parent is not None and parent is not root:
        if isinstance(parent, _COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def _is_drawing(widget: QWidget) -> bool:
    """A widget of ours that paints what it shows (a chart, the map)."""
    for cls in type(widget).__mro__:
        if cls.__module__.startswith("alliance_desk.") and "paintEvent" in vars(cls):
            return True
    return False


def is_control(widget: QWidget, root: QWidget, visible_only: bool = True) -> bool:
    """Something a user operates or reads as a whole: it takes the keyboard focus, or it
    is a table, a list, a map or a chart. ``visible_only``: shown whenever ``root`` is
    (not on a hidden tab, not hidden for now)."""
    if visible_only and not widget.isVisibleTo(root):
        return False
    if _is_part(widget, root) or isinstance(widget, QLabel):
        return False  # a label's text is its name
    if widget.focusProxy() is not None:
        return False  # the proxy (a tab widget's tab bar) is the control
    if isinstance(widget, QAbstractItemView | QGraphicsView) or _is_drawing(widget):
        return True
    if isinstance(widget, QAbstractScrollArea) and not isinstance(
        widget, QTextEdit | QPlainTextEdit
    ):
        return False  # a frame around other widgets, each named on its own
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def controls(root: QWidget, visible_only: bool = True) -> list[QWidget]:
    """The controls inside ``root``, in the order they were made."""
    return [w for w in root.findChildren(QWidget) if is_control(w, root, visible_only)]


def describe(widget: QWidget) -> str:
    """A widget as a developer finds it: class, object name and parent chain."""
    chain: list[str] = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    name = widget.objectName() or "(no objectName)"
    return f"{type(widget).__name__} {name} in {' < '.join(chain)}"


def nameless(root: QWidget) -> list[str]:
    """The controls shown in ``root`` that a screen reader would announce without a name."""
    return [describe(w) for w in controls(root) if not accessible_name(w)]


# Deriving names ----------------------------------------------------------------------


def _buddies(root: QWidget) -> dict[QWidget, str]:
    """Each widget of ``root`` that a label with text names, with that text."""
    found: dict[QWidget, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            found.setdefault(buddy, plain(label.text()))
    return found


def _form_label(widget: QWidget) -> str:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    for form in [layout, *(layout.findChildren(QFormLayout) if layout else [])]:
        if isinstance(form, QFormLayout):
            label = form.labelForField(widget)
            if isinstance(label, QLabel) and label.text().strip():
                return plain(label.text())
    return ""


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return plain(widget.placeholderText())
    if isinstance(widget, QComboBox):
        editor = widget.lineEdit() if widget.isEditable() else None
        return plain(editor.placeholderText() if editor else widget.placeholderText())
    return ""


def _button_text(widget: QWidget) -> str:
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    if action is not None:
        return plain(action.text())
    if isinstance(widget, QAbstractButton):
        return plain(widget.toolTip())
    return ""


def _layout_of(widget: QWidget) -> QLayout | None:
    """The layout (at any depth under its parent's) that holds ``widget``."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    if top is None:
        return None
    for layout in [top, *top.findChildren(QLayout)]:
        if layout.indexOf(widget) >= 0:
            return layout
    return None


def _heading(widget: QWidget) -> str:
    """The text of a label just above ``widget`` in its layout that names nothing else."""
    layout = _layout_of(widget)
    if layout is None:
        return ""
    index = layout.indexOf(widget)
    if index <= 0:
        return ""
    item = layout.itemAt(index - 1)
    above = item.widget() if item is not None else None
    if isinstance(above, QLabel) and above.buddy() is None and above.text().strip():
        return plain(above.text())
    return ""


def _enclosing_title(widget: QWidget) -> str:
    """The title of the group box or tab that ``widget`` is the only control of."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return plain(parent.title()) if _only_control(widget, parent) else ""
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            index = tabs.indexOf(child)
            if index >= 0 and _only_control(widget, child):
                return plain(tabs.tabText(index))
            return ""
        child, parent = parent, parent.parentWidget()
    return ""


def _scroll_area_name(widget: QWidget) -> str:
    """The name of the scroll area whose content ``widget`` is (a drawing it scrolls)."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
        return area.accessibleName()
    return ""


def _only_control(widget: QWidget, container: QWidget) -> bool:
    found = [w for w in controls(container, False) if not isinstance(w, QAbstractButton)]
    return found == [widget]


def derived_name(widget: QWidget, buddies: dict[QWidget, str]) -> str:
    """The name a sighted user reads for ``widget`` on screen ("" if none); ``buddies``
    as :func:`_buddies` finds them."""
    sources: tuple[Callable[[QWidget], str], ...] = (
        lambda w: buddies.get(w, ""),
        _form_label,
        _placeholder,
        _button_text,
        _heading,
        _enclosing_title,
        _scroll_area_name,
    )
    for source in sources:
        text = source(widget)
        if text:
            return text
    return ""


class AccessibleNames(QObject):
    """Names the controls of ``root`` from what is on screen; one per page or dialog.

    It names them when ``root`` is shown and again after a language switch,
    once every widget has set its new texts (it waits for the events already
    posted). :meth:`refresh` may be called after building new controls.
    ``passes`` counts the times every control was looked at.
    """

    _REFRESH = QEvent.Type(QEvent.registerEventType())

    def __init__(self, root: QWidget):
        super().__init__(root)
        self.root = root
        self._pending = False
        self.passes = 0
        # root's widgets at the last pass (a set: a tab or page brought up moves in its
        # parent's list of children)
        self._widgets: set[QWidget] | None = None
        self._derived: list[QWidget] = []  # the controls named by a derived name then
        root.installEventFilter(self)

    def refresh(self) -> None:
        """Look at every control of ``root`` and name those that need it."""
        self._pending = False
        self.passes += 1
        self._widgets = set(self.root.findChildren(QWidget))
        self._derived = self._name(controls(self.root, visible_only=False))

    def _name(self, widgets: list[QWidget]) -> list[QWidget]:
        """Name ``widgets`` that need a name; the ones named by a derived name."""
        derived_ones: list[QWidget] = []
        buddies: dict[QWidget, str] | None = None
        for widget in widgets:
            derived = widget.property(DERIVED)
            if widget.accessibleName() and widget.accessibleName() != derived:
                continue  # named on purpose
            if derived is not None:
                widget.setAccessibleName("")  # see what Qt finds on its own now
            if accessible_name(widget):
                widget.setProperty(DERIVED, None)
                continue
            if buddies is None:
                buddies = _buddies(self.root)
            name = derived_name(widget, buddies)
            widget.setAccessibleName(name)
            widget.setProperty(DERIVED, name or None)
            derived_ones.append(widget)
        return derived_ones

    def _shown(self) -> None:
        """``root`` is shown: every control again if its widgets changed since the last
        pass, else only the derived names, which follow their texts."""
        if set(self.root.findChildren(QWidget)) != self._widgets:
            self.refresh()
        elif self._derived:
            self._derived = self._name(self._derived)

    def event(self, event: QEvent) -> bool:
        if event.type() == self._REFRESH:
            self.refresh()
            return True
        if event.type() == QEvent.Type.LanguageChange and not self._pending:
            self._pending = True
            QCoreApplication.postEvent(self, QEvent(self._REFRESH))
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.root and event.type() == QEvent.Type.Show:
            self._shown()
        return False
