"""The main window's actions, menu bar and toolbar, built in one place.

Kept out of mainwindow.py so that the window only wires behaviour: every action here has a
translated text, most an icon and a shortcut that works from anywhere in the window; the window
connects `triggered` to its own methods or to `gui/commands`. The panic action's Ctrl+Shift+L
is also caught from every dialog by `security/autolock.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from casetracker.gui.corelabels import operation_label
from casetracker.gui.i18n import tr
from casetracker.gui.icons import icon
from casetracker.gui.panels import PAGES
from casetracker.services import history

_C = "MainWindow"


@dataclass
class ShellActions:
    new_case: QAction
    search: QAction
    undo: QAction
    redo: QAction
    back: QAction
    lock: QAction
    quit: QAction
    about: QAction
    names_latin: QAction
    names_cyrillic: QAction
    panic: QAction
    pages: dict[str, QAction] = field(default_factory=dict)
    #: File and Vault menu commands, by name (see `_COMMANDS`); all need an unlocked vault.
    commands: dict[str, QAction] = field(default_factory=dict)

    def data_actions(self) -> list[QAction]:
        """Actions that need an unlocked vault (disabled while locked)."""
        return [
            self.new_case,
            self.search,
            self.undo,
            self.redo,
            self.back,
            self.lock,
            *self.pages.values(),
            *self.commands.values(),
        ]


#: name: (text, icon, shortcut); the window connects each to `gui/commands`.
_COMMANDS = {
    "import_sheet": (QT_TRANSLATE_NOOP("MainWindow", "&Spreadsheet (CSV, Excel, ODS)…"), "", None),
    "import_pfif": (QT_TRANSLATE_NOOP("MainWindow", "&Person Finder (PFIF)…"), "", None),
    "import_json": (QT_TRANSLATE_NOOP("MainWindow", "CaseTracker &JSON…"), "", None),
    "export_list": (QT_TRANSLATE_NOOP("MainWindow", "&Export list…"), "", "Ctrl+E"),
    "export_pdf": (QT_TRANSLATE_NOOP("MainWindow", "Export &PDF summary…"), "print", "Ctrl+P"),
    "bundle_export": (QT_TRANSLATE_NOOP("MainWindow", "&Export a bundle…"), "", None),
    "bundle_import": (QT_TRANSLATE_NOOP("MainWindow", "&Import a bundle…"), "", None),
    "bundle_conflicts": (QT_TRANSLATE_NOOP("MainWindow", "&Merge conflicts…"), "", None),
    "change_passphrase": (QT_TRANSLATE_NOOP("MainWindow", "Change &passphrase…"), "key", None),
    "recovery_code": (QT_TRANSLATE_NOOP("MainWindow", "New &recovery code…"), "", None),
    "backup_now": (QT_TRANSLATE_NOOP("MainWindow", "&Back up now…"), "vault", None),
    "restore": (QT_TRANSLATE_NOOP("MainWindow", "Re&store from backup…"), "", None),
    "check": (QT_TRANSLATE_NOOP("MainWindow", "Check &integrity"), "", None),
    "history": (QT_TRANSLATE_NOOP("MainWindow", "&History of changes…"), "", "Ctrl+H"),
    "settings": (QT_TRANSLATE_NOOP("MainWindow", "Se&ttings…"), "", "Ctrl+,"),
    "erase": (QT_TRANSLATE_NOOP("MainWindow", "&Erase this vault…"), "clear", None),
}

#: Every icon `build_actions` draws: `mainwindow.preload` renders them while the key is being
#: derived (one left out here is simply drawn when the window is built).
ACTION_ICONS = (
    "new-case",
    "search",
    "undo",
    "redo",
    "back",
    "lock",
    "quit",
    *(name for _text, name, _key in _COMMANDS.values() if name),
    *(page.icon for page in PAGES),
)


def _action(
    window: QMainWindow,
    text: str,
    icon_name: str,
    shortcut: QKeySequence | str | None,
    tip: str = "",
) -> QAction:
    action = QAction(icon(icon_name) if icon_name else QIcon(), text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')} ({shown})" if shown else tip)
    window.addAction(action)
    return action


def build_actions(window: QMainWindow) -> ShellActions:
    actions = ShellActions(
        new_case=_action(
            window,
            tr(_C, "&New case…"),
            "new-case",
            QKeySequence.StandardKey.New,
            tr(_C, "Add a new case"),
        ),
        search=_action(
            window,
            tr(_C, "&Search"),
            "search",
            QKeySequence.StandardKey.Find,
            tr(_C, "Search the cases"),
        ),
        undo=_action(window, tr(_C, "&Undo"), "undo", QKeySequence.StandardKey.Undo),
        redo=_action(window, tr(_C, "&Redo"), "redo", "Ctrl+Shift+Z"),
        back=_action(window, tr(_C, "&Back to the list"), "back", "Alt+Left"),
        lock=_action(
            window,
            tr(_C, "&Lock"),
            "lock",
            "Ctrl+L",
            tr(_C, "Lock the vault: close it and ask for the passphrase again"),
        ),
        quit=_action(window, tr(_C, "&Quit"), "quit", QKeySequence.StandardKey.Quit),
        about=_action(window, tr(_C, "&About CaseTracker"), "", None),
        names_latin=_action(window, tr(_C, "Names in &Latin script first"), "", None),
        names_cyrillic=_action(window, tr(_C, "Names in &Cyrillic script first"), "", None),
        panic=_action(
            window,
            tr(_C, "Lock and &hide everything"),
            "",
            "Ctrl+Shift+L",
            tr(_C, "Panic: lock at once, close every window and empty the clipboard"),
        ),
    )
    for name, (text, icon_name, shortcut) in _COMMANDS.items():
        actions.commands[name] = _action(window, tr(_C, text), icon_name, shortcut)
    actions.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    actions.quit.setShortcut(QKeySequence("Ctrl+Q"))
    group = QActionGroup(window)
    for action in (actions.names_latin, actions.names_cyrillic):
        action.setCheckable(True)
        group.addAction(action)
    for page in PAGES:
        actions.pages[page.key] = _action(window, tr(_C, page.title), page.icon, page.shortcut)
    return actions


def build_menus(window: QMainWindow, actions: ShellActions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(tr(_C, "&File"))
    c = actions.commands
    file_menu.addAction(actions.new_case)
    file_menu.addSeparator()
    import_menu = file_menu.addMenu(tr(_C, "&Import"))
    for name in ("import_sheet", "import_pfif", "import_json"):
        import_menu.addAction(c[name])
    file_menu.addAction(c["export_list"])
    file_menu.addAction(c["export_pdf"])
    bundle_menu = file_menu.addMenu(tr(_C, "&Transfer bundle"))
    for name in ("bundle_export", "bundle_import", "bundle_conflicts"):
        bundle_menu.addAction(c[name])
    file_menu.addSeparator()
    file_menu.addAction(actions.lock)
    file_menu.addAction(actions.panic)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(tr(_C, "&Edit"))
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.search)
    view_menu = bar.addMenu(tr(_C, "&View"))
    for action in actions.pages.values():
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(actions.back)
    view_menu.addSeparator()
    view_menu.addAction(actions.names_latin)
    view_menu.addAction(actions.names_cyrillic)
    vault_menu = bar.addMenu(tr(_C, "V&ault"))
    for group in (
        ("change_passphrase", "recovery_code"),
        ("backup_now", "restore", "check"),
        ("history", "settings"),
        ("erase",),
    ):
        if not vault_menu.isEmpty():
            vault_menu.addSeparator()
        for name in group:
            vault_menu.addAction(c[name])
    help_menu = bar.addMenu(tr(_C, "&Help"))
    help_menu.addAction(actions.about)


def build_toolbar(window: QMainWindow, actions: ShellActions) -> QToolBar:
    toolbar = QToolBar(tr(_C, "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(toolbar.iconSize().scaled(20, 20, Qt.AspectRatioMode.KeepAspectRatio))
    toolbar.addAction(actions.back)
    toolbar.addAction(actions.new_case)
    toolbar.addAction(actions.search)
    toolbar.addSeparator()
    toolbar.addAction(actions.undo)
    toolbar.addAction(actions.redo)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(actions.lock)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def update_undo_actions(actions: ShellActions, session) -> None:
    """'Undo Add status event' / 'Redo …' from the operation log; disabled when empty."""
    undo = history.undo_label(session) if session is not None else None
    redo = history.redo_label(session) if session is not None else None
    actions.undo.setEnabled(bool(undo))
    actions.redo.setEnabled(bool(redo))
    undo, redo = (operation_label(x) if x else x for x in (undo, redo))  # in the UI language
    actions.undo.setText(tr(_C, "Undo {label}").format(label=undo) if undo else tr(_C, "&Undo"))
    actions.redo.setText(tr(_C, "Redo {label}").format(label=redo) if redo else tr(_C, "&Redo"))
    actions.undo.setIconText(tr(_C, "Undo"))
    actions.redo.setIconText(tr(_C, "Redo"))
    actions.undo.setToolTip(actions.undo.text() + " (Ctrl+Z)")
    actions.redo.setToolTip(actions.redo.text() + " (Ctrl+Shift+Z)")
