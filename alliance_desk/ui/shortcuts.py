"""Every keyboard shortcut of the app in one table: the menus and dialogs take their keys
from it, Help → Keyboard shortcuts lists it, and the tests press each one.

A command's keys are the platform's own for it (``QKeySequence.StandardKey``: Ctrl+O
on Linux and Windows, ⌘O on macOS), then ours where the platform has none or a second
one is customary (Ctrl+Q to quit on Windows, Ctrl+, for the settings on Linux).

In a text field (a line, a number, a date, notes) Ctrl+Z and Ctrl+Shift+Z belong to
the field: they undo and redo the typing, as in every other program. Edit → Undo
undoes the last change to the workbook wherever the focus is.
"""

from __future__ import annotations

import dataclasses
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:  # PySide6 declares it to return object; it returns the text as given

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

StandardKey = QKeySequence.StandardKey
CONTEXT = "Shortcuts"  # the translation context of the texts below

# Where a shortcut works, in the order Help → Keyboard shortcuts lists them.
WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere in the main window")
PAGES = QT_TRANSLATE_NOOP("Shortcuts", "Pages")
TABLES = QT_TRANSLATE_NOOP("Shortcuts", "In a page's list or table")
PROFILE = QT_TRANSLATE_NOOP("Shortcuts", "On the Profile page")
MAP = QT_TRANSLATE_NOOP("Shortcuts", "On the stakeholder map")
BRIEFING = QT_TRANSLATE_NOOP("Shortcuts", "In the briefing dialog")
TEXT_FIELDS = QT_TRANSLATE_NOOP("Shortcuts", "In a text field")
SCOPES = (WINDOW, PAGES, TABLES, PROFILE, MAP, BRIEFING, TEXT_FIELDS)


@dataclasses.dataclass(frozen=True)
class Shortcut:
    name: str  # the command, as the code calls it
    scope: str  # one of SCOPES
    text: str  # what it does (context "Shortcuts")
    standard: StandardKey | None = None  # the platform's keys for it, first
    keys: tuple[str, ...] = ()  # ours, added after the platform's
    # A page's action or a button holds one key: the platform's first.
    first_only: bool = False

    def sequences(self) -> list[QKeySequence]:
        found = list(QKeySequence.keyBindings(self.standard)) if self.standard else []
        found = found[:1] if self.first_only else found
        for key in self.keys:
            sequence = QKeySequence(key)
            if sequence not in found:
                found.append(sequence)
        return [sequence for sequence in found if not sequence.isEmpty()]


def _page(number: int) -> Shortcut:
    return Shortcut(f"page_{number}", PAGES, "", keys=(f"Ctrl+{number}",))


TABLE: tuple[Shortcut, ...] = (
    Shortcut("new", WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "New workbook"), StandardKey.New),
    Shortcut("open", WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Open a workbook"), StandardKey.Open),
    Shortcut(
        "save",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Nothing to save: every change is saved as you make it"),
        StandardKey.Save,
    ),
    Shortcut(
        "close",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Close the workbook"),
        keys=("Ctrl+W", "Ctrl+F4"),
    ),
    Shortcut(
        "briefing",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Briefing: preview, save as PDF or print"),
        StandardKey.Print,
    ),
    Shortcut(
        "settings",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Settings"),
        StandardKey.Preferences,
        ("Ctrl+,",),
    ),
    Shortcut("quit", WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Quit"), StandardKey.Quit, ("Ctrl+Q",)),
    Shortcut(
        "undo",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Undo the last change to the workbook"),
        StandardKey.Undo,
    ),
    Shortcut(
        "redo",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Redo the change undone last"),
        StandardKey.Redo,
        ("Ctrl+Shift+Z",),
    ),
    Shortcut(
        "find",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Find in the whole workbook"),
        StandardKey.Find,
    ),
    Shortcut(
        "guide",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "The guide to alliance_desk"),
        StandardKey.HelpContents,
        ("F1",),
    ),
    *(_page(number) for number in range(1, 10)),
    Shortcut(
        "add_record",
        TABLES,
        QT_TRANSLATE_NOOP("Shortcuts", "Add a new one (actions, decisions, risks, meetings, …)"),
        keys=("Ins",),
    ),
    Shortcut(
        "open_record",
        TABLES,
        QT_TRANSLATE_NOOP("Shortcuts", "Open or edit the chosen one"),
        keys=("Return",),
    ),
    Shortcut(
        "delete_record",
        TABLES,
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the chosen one"),
        StandardKey.Delete,
        first_only=True,
    ),
    Shortcut(
        "edit_profile",
        PROFILE,
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the alliance's profile (on a goal: edit the goal)"),
        keys=("F2",),
    ),
    Shortcut(
        "map_move",
        MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Go from person to person; Enter opens one"),
        keys=("Left", "Right", "Up", "Down"),
    ),
    Shortcut(
        "briefing_update",
        BRIEFING,
        QT_TRANSLATE_NOOP("Shortcuts", "Update the preview"),
        StandardKey.Refresh,
        first_only=True,
    ),
    Shortcut(
        "briefing_print",
        BRIEFING,
        QT_TRANSLATE_NOOP("Shortcuts", "Print"),
        StandardKey.Print,
        first_only=True,
    ),
    Shortcut(
        "text_undo",
        TEXT_FIELDS,
        QT_TRANSLATE_NOOP("Shortcuts", "Undo the typing (Edit → Undo undoes workbook changes)"),
        StandardKey.Undo,
    ),
    Shortcut(
        "text_redo",
        TEXT_FIELDS,
        QT_TRANSLATE_NOOP("Shortcuts", "Redo the typing"),
        StandardKey.Redo,
        ("Ctrl+Shift+Z",),
    ),
)
BY_NAME = {shortcut.name: shortcut for shortcut in TABLE}


def sequences(name: str) -> list[QKeySequence]:
    """The keys of the command ``name``, the platform's first."""
    return BY_NAME[name].sequences()


def bind(action: QAction, name: str) -> QAction:
    """Give ``action`` the keys of ``name`` from the table."""
    action.setShortcuts(sequences(name))
    return action


# Keys beyond the ordinary keyboard's (F13 and on, "Open", "Redo", "Exit" …), which the
# platform adds to some standard keys: they work, but the list of shortcuts leaves them
# out (and the tests cannot type them).
_TYPED_BELOW = Qt.Key.Key_F13


def _first_key(sequence: QKeySequence) -> int:
    combination = sequence[0]  # type: ignore[index]  # PySide6's stubs lack __getitem__
    return int(combination.key().value)


def key_text(shortcut: Shortcut) -> str:
    """The keys as the platform writes them ("Ctrl+F", "⌘F"), the alternatives after "/"."""
    return " / ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in typed(shortcut)
    )


def typed(shortcut: Shortcut) -> list[QKeySequence]:
    """The keys of ``shortcut`` typed on an ordinary keyboard (no "Open" key)."""
    return [
        sequence for sequence in shortcut.sequences() if _first_key(sequence) < _TYPED_BELOW.value
    ]


def listing_html(page_titles: list[str]) -> str:
    """Help → Keyboard shortcuts: every shortcut of the table by where it works, in the
    interface language. ``page_titles`` names the pages Ctrl+1… reach, in order."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    parts = []
    for scope in SCOPES:
        rows = []
        for shortcut in TABLE:
            if shortcut.scope != scope:
                continue
            if shortcut.name.startswith("page_"):
                number = int(shortcut.name.removeprefix("page_"))
                if number > len(page_titles):
                    continue
                text = page_titles[number - 1]
            else:
                text = tr(shortcut.text)
            rows.append(
                f"<tr><td style='padding-right: 16px'><b>{escape(key_text(shortcut))}</b></td>"
                f"<td>{escape(text)}</td></tr>"
            )
        if rows:
            parts.append(f"<h3>{escape(tr(scope))}</h3><table>{''.join(rows)}</table>")
    return "".join(parts)
