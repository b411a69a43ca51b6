"""The main window's menus, their keys from the shortcut table, and the commands behind
them that need no page: undo and redo, Find, the frameworks, the language, and Help."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QMainWindow

from alliance_desk.ui import shortcuts
from alliance_desk.ui.language import Translation
from alliance_desk.ui.preferences import settings
from alliance_desk.ui.recent_files import recent_files
from alliance_desk.ui.views import PAGES

if TYPE_CHECKING:
    from alliance_desk.ui.file_actions import FileActions
    from alliance_desk.ui.session import Session

FIRST_RUN_KEY = "first_run/welcomed"  # set once the welcome has been offered


class WindowMenus(QMainWindow):
    """The menu half of :class:`~alliance_desk.ui.main_window.MainWindow`.

    Its texts are translated in the window's context, "MainWindow", named outright: at
    run time ``self.tr`` looks them up under the class of the window, not this one's.
    """

    # What the window provides.
    session: Session | None
    translation: Translation
    navigation: QListWidget
    file_actions: FileActions

    if TYPE_CHECKING:

        def new_workbook(self) -> None: ...
        def choose_workbook(self) -> None: ...
        def open_demo(self) -> None: ...
        def close_workbook(self) -> None: ...
        def edit_settings(self) -> None: ...
        def open_path(self, path: Path) -> bool: ...
        def show_record(self, table: str, record_id: int) -> None: ...

    def _action(self, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setObjectName(shortcut)
            shortcuts.bind(action, shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.new_action = self._action(self.new_workbook, "new")
        self.open_action = self._action(self.choose_workbook, "open")
        self.demo_action = self._action(self.open_demo)
        self.close_action = self._action(self.close_workbook, "close")
        self.quit_action = self._action(self.close, "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Ctrl+S out of habit: say that nothing waits to be saved (in no menu).
        self.save_action = self._action(self._nothing_to_save, "save")
        self.addAction(self.save_action)
        shortcuts.bind(self.file_actions.briefing_action, "briefing")
        self.file_actions.briefing_action.setObjectName("briefing")
        self.settings_action = self._action(self.edit_settings, "settings")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addActions([self.demo_action, self.close_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.file_actions.briefing_action)
        self.file_menu.addAction(self.file_actions.capability_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions(
            [self.file_actions.backup_action, self.file_actions.restore_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addActions(
            [
                self.file_actions.export_action,
                self.file_actions.evaluations_action,
                self.file_actions.import_action,
                self.file_actions.responses_action,
                self.file_actions.sheet_action,
            ]
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu("")
        self.undo_action = self._action(self.undo, "undo")
        self.redo_action = self._action(self.redo, "redo")
        self.find_action = self._action(self.find_in_workbook, "find")
        self.frameworks_action = self._action(self.edit_frameworks)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.frameworks_action])

        self.view_menu = self.menuBar().addMenu("")
        self.view_actions: list[QAction] = []
        for row in range(len(PAGES)):
            action = self._action(
                lambda _checked=False, row=row: self.navigation.setCurrentRow(row),
                f"page_{row + 1}",
            )
            self.view_actions.append(action)
            self.view_menu.addAction(action)

        self.english_action = self._action(lambda: self.set_language("en"))
        self.english_action.setText("English")
        self.dutch_action = self._action(lambda: self.set_language("nl"))
        self.dutch_action.setText("Nederlands")
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.addActions([self.english_action, self.dutch_action])

        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = self._action(self.show_guide, "guide")
        self.shortcuts_action = self._action(self.show_shortcuts)
        self.welcome_action = self._action(self.show_welcome)
        self.about_action = self._action(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addActions([self.guide_action, self.shortcuts_action, self.welcome_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.new_action.setText(QCoreApplication.translate("MainWindow", "&New workbook…"))
        self.open_action.setText(QCoreApplication.translate("MainWindow", "&Open workbook…"))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &recent"))
        self.demo_action.setText(QCoreApplication.translate("MainWindow", "Open &demo workbook"))
        self.close_action.setText(QCoreApplication.translate("MainWindow", "&Close workbook"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.settings_action.setText(QCoreApplication.translate("MainWindow", "&Settings…"))
        self.file_actions.retranslate()
        self.file_actions.update_enabled()
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Find…"))
        self.frameworks_action.setText(QCoreApplication.translate("MainWindow", "&Frameworks…"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        for row, (_module, name, title) in enumerate(PAGES):
            self.view_actions[row].setText(QCoreApplication.translate(name, title))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.guide_action.setText(QCoreApplication.translate("MainWindow", "&Guide"))
        self.shortcuts_action.setText(
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts")
        )
        self.welcome_action.setText(QCoreApplication.translate("MainWindow", "&Getting started…"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About alliance_desk"))
        self._update_undo_texts()

    def set_language(self, language: str) -> None:
        self.translation.switch(language)
        settings().setValue("language", language)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        if not files:
            empty = self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "No recent workbooks")
            )
            empty.setEnabled(False)
        for item in files:
            action = self.recent_menu.addAction(item)
            action.triggered.connect(lambda _checked=False, path=item: self.open_path(Path(path)))

    def _nothing_to_save(self) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Nothing to save: every change is saved as you make it."
            ),
            5000,
        )

    # Edit --------------------------------------------------------------------

    def find_in_workbook(self) -> None:
        """Search the whole workbook; the chosen result opens where it lives."""
        if self.session is None:
            return
        from alliance_desk.ui.dialogs.search import SearchDialog  # when asked, not at start-up

        dialog = SearchDialog(self.session, self)
        dialog.open_record.connect(self.show_record)
        dialog.exec()

    def edit_frameworks(self) -> None:
        """The framework editor, beside the window: Edit → Undo works while it is open."""
        from alliance_desk.ui.dialogs.framework import FrameworkDialog  # not at start-up

        if self.session is None:
            return
        for open_one in self.findChildren(FrameworkDialog):
            if open_one.isVisible():
                open_one.raise_()
                open_one.activateWindow()
                return
        dialog = FrameworkDialog(self.session, self)
        dialog.addActions([self.undo_action, self.redo_action])  # Ctrl+Z in the dialog too
        dialog.show()

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()

    def _update_undo_texts(self) -> None:
        stack = None if self.session is None else self.session.undo_stack
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.frameworks_action.setEnabled(stack is not None)
        self.close_action.setEnabled(stack is not None)
        # A name in the undo text may hold "&" ("R&D"): shown as is, not as a shortcut.
        self.undo_action.setText(
            QCoreApplication.translate("MainWindow", "&Undo {action}").format(
                action=stack.undoText().replace("&", "&&")
            )
            if stack is not None and can_undo
            else QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.redo_action.setText(
            QCoreApplication.translate("MainWindow", "&Redo {action}").format(
                action=stack.redoText().replace("&", "&&")
            )
            if stack is not None and can_redo
            else QCoreApplication.translate("MainWindow", "&Redo")
        )

    # Help --------------------------------------------------------------------

    def show_guide(self) -> None:
        from alliance_desk.ui.dialogs.guide import GuideDialog  # not at start-up

        GuideDialog(self.translation.language, self).exec()

    def show_shortcuts(self) -> None:
        from alliance_desk.ui.dialogs.guide import ShortcutsDialog  # not at start-up

        titles = [QCoreApplication.translate(name, title) for _module, name, title in PAGES]
        ShortcutsDialog(titles, self).exec()

    def show_about(self) -> None:
        from alliance_desk.ui.dialogs.about import AboutDialog  # not at start-up
        from alliance_desk.ui.preferences import backup_folder

        workbook = None if self.session is None else self.session.workbook
        AboutDialog(
            self,
            workbook=None if workbook is None else workbook.path,
            backups=backup_folder() if workbook is None else workbook.backup_dir,
        ).exec()

    def show_welcome(self) -> None:
        """What to begin with: the demo, a new workbook or one of yours, and the guide."""
        from alliance_desk.ui.dialogs.welcome import WelcomeDialog  # not at start-up

        settings().setValue(FIRST_RUN_KEY, True)
        dialog = WelcomeDialog(self)
        dialog.exec()
        chosen = {
            WelcomeDialog.DEMO: self.open_demo,
            WelcomeDialog.NEW: self.new_workbook,
            WelcomeDialog.OPEN: self.choose_workbook,
            WelcomeDialog.GUIDE: self.show_guide,
        }.get(dialog.choice or "")
        if chosen is not None:
            chosen()

    def welcome_if_first_run(self) -> None:
        """On the very first start, offer the welcome (once, remembered in the settings)."""
        if not settings().value(FIRST_RUN_KEY, False, type=bool):
            self.show_welcome()
