"""The main window: navigation on the left, one page at a time on the right, and locking.

It owns the lifetime of the Session: panels are built from it lazily (the first time their page
is shown), flushed before undo, page switches and locking, and cleared and destroyed when the
vault is locked, so no decrypted data stays in memory behind the unlock dialog. Unlocking builds
them again and returns to the same page, case and case-file section. Actions, menus and toolbar
are built in `mainactions.py`; the pages come from `panels.py`; File and Vault menu commands live
in `commands/`; idle, panic and sleep locking, the clipboard and scheduled backups in
`security/guard.py`.

A lock can start inside another window's modal loop (the idle timer, the panic keys, the system
going to sleep while a dialog is open). Every other window is closed and the data dropped at
once, but the emptied panels are deleted only once those loops have returned: a message box on
the stack may be their child.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import casetracker
from casetracker.domain.entities import Changes
from casetracker.domain.enums import Script
from casetracker.gui import commands, worker
from casetracker.gui.bus import bus, run_op
from casetracker.gui.corelabels import operation_label
from casetracker.gui.dialogs.settings import VolunteerBanner
from casetracker.gui.dialogs.unlock import UnlockDialog, vault_display_name
from casetracker.gui.i18n import tr
from casetracker.gui.icons import app_icon, icon
from casetracker.gui.mainactions import (
    ACTION_ICONS,
    build_actions,
    build_menus,
    build_toolbar,
    update_undo_actions,
)
from casetracker.gui.models import prefetch
from casetracker.gui.panels import CASE_FILE, PAGES, factory
from casetracker.gui.security.guard import PanelDisposer, SecurityGuard, dismissing_prompts
from casetracker.gui.views.caselist import CaseListPanel, preferred_script
from casetracker.services import history

_C = "MainWindow"
#: How long locking waits for a running background query before closing the vault anyway.
WORKER_WAIT_MS = 10_000


def preload() -> None:
    """Load the case list's modules and render the window's icons before a vault is open
    (app.py calls it while the unlock dialog waits): building the window is then mostly Qt."""
    factory("cases")
    for name in (*ACTION_ICONS, "lock", "unlock", "clear"):
        icon(name)


class LockedPage(QWidget):
    """What the window shows while the vault is locked: nothing but a way back in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        picture = QLabel(self)
        picture.setPixmap(icon("lock").pixmap(64, 64))
        self.text = QLabel(tr(_C, "The vault is locked."), self)
        self.text.setObjectName("pageTitle")
        self.unlock_button = QPushButton(icon("unlock"), tr(_C, "Unlock…"), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(240, 6)
        self.busy.setAccessibleName(tr(_C, "Unlocking"))
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (picture, self.text, self.unlock_button, self.busy):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_unlocking(self, unlocking: bool) -> None:
        """While the vault opens with a passphrase given at start: a busy bar, no button."""
        self.text.setText(
            tr(_C, "Opening the vault…") if unlocking else tr(_C, "The vault is locked.")
        )
        self.busy.setVisible(unlocking)
        self.unlock_button.setVisible(not unlocking)


class MainWindow(QMainWindow):
    """Hosts the panels of one unlocked vault; `lock()` and `unlock_with()` swap the Session."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, session, parent: QWidget | None = None, *, vault_path: Path | None = None
    ) -> None:
        """`session` None: the window of `vault_path` built ahead of its unlock, locked and
        hidden until `open_with` (app.py builds it while the key is derived)."""
        super().__init__(parent)
        if session is not None:
            prefetch.start(session)  # the case list's query runs while the window is built
        self.session = session
        self.vault_path = Path(session.vault.path) if session is not None else Path(vault_path)
        self.panels: dict[str, QWidget] = {}
        self._current = ""
        self._return_to = "cases"
        self._resume: tuple[str, int | None, str, str] | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.audit_dialog: QWidget | None = None
        self.recovery_dialog: QWidget | None = None
        self.banner: VolunteerBanner | None = None
        self.disposer = PanelDisposer(self)
        self.setWindowIcon(app_icon())
        self.actions = build_actions(self)
        build_menus(self, self.actions)
        self.toolbar = build_toolbar(self, self.actions)
        self.guard = SecurityGuard(self)
        self._build_body()
        self._build_status_bar()
        self._connect()
        self.resize(1280, 820)
        if session is None:
            self._set_locked_ui(True)
            self.guard.idle.stop()  # nothing to lock until `open_with`
            return
        self._set_locked_ui(False)
        self.show_page("cases")
        self._opened(commands.vault.opened_with_recovery_code(session))

    def set_opening(self, opening: bool) -> None:
        """Say that the vault is being opened (the passphrase was given at start), or not."""
        self.locked_page.set_unlocking(opening)
        if not opening:
            self._set_locked_ui(True)
            return
        name = vault_display_name(self.vault_path)
        self.vault_label.setText(tr(_C, "{name} — opening…").format(name=name))

    def open_with(self, session) -> None:
        """The first Session of a window built ahead of its unlock: the case list, as a new
        window would show it."""
        prefetch.start(session)
        self.unlock_with(
            session, resume=False, recovered=commands.vault.opened_with_recovery_code(session)
        )

    # -- construction --------------------------------------------------------------------------

    def _build_body(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(tr(_C, "Sections"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(196)
        for page in PAGES:
            item = QListWidgetItem(icon(page.icon), tr(_C, page.title), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 20))
            item.setToolTip(f"{tr(_C, page.title)} ({page.shortcut})")
        self.stack = QStackedWidget(self)
        self.locked_page = LockedPage(self)
        self.stack.addWidget(self.locked_page)
        body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        self.content = QVBoxLayout()  # an optional banner above the page
        self.content.setSpacing(0)
        self.content.addWidget(self.stack, 1)
        layout.addLayout(self.content, 1)
        self.setCentralWidget(body)

    def _build_status_bar(self) -> None:
        self.vault_label = QLabel(self)
        lock_button = QToolButton(self)
        lock_button.setDefaultAction(self.actions.lock)
        lock_button.setAutoRaise(True)
        lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.statusBar().addPermanentWidget(self.vault_label)
        self.statusBar().addPermanentWidget(lock_button)

    def _connect(self) -> None:
        a = self.actions
        a.new_case.triggered.connect(self.new_case)
        a.search.triggered.connect(self.focus_search)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.back.triggered.connect(self.back)
        a.lock.triggered.connect(lambda: self.lock())
        a.panic.triggered.connect(self.panic)
        for name, command in commands.MENU_COMMANDS.items():
            a.commands[name].triggered.connect(lambda _checked=False, c=command: c(self))
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self._about)
        a.names_latin.triggered.connect(lambda: self._set_name_script(Script.LATN))
        a.names_cyrillic.triggered.connect(lambda: self._set_name_script(Script.CYRL))
        (a.names_cyrillic if preferred_script() is Script.CYRL else a.names_latin).setChecked(True)
        for key, action in a.pages.items():
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.locked_page.unlock_button.clicked.connect(self.ask_unlock)
        bus.changed.connect(self._data_changed)
        bus.case_open_requested.connect(self.open_case)
        bus.status_message.connect(self._status_message)

    # -- pages ---------------------------------------------------------------------------------

    def panel(self, key: str) -> QWidget | None:
        """The panel for `key`, built on first use (None while locked)."""
        if self.session is None:
            return None
        if key not in self.panels:
            widget = factory(key)(self.session, self)
            self.panels[key] = widget
            self.stack.addWidget(widget)
            if key == "cases":
                self._add_case_list_menu(widget)
        return self.panels[key]

    def _add_case_list_menu(self, panel: CaseListPanel) -> None:
        view = panel.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos: commands.files.case_list_menu(self, panel, QPoint(pos))
        )

    @property
    def case_list(self) -> CaseListPanel | None:
        return self.panel("cases")  # type: ignore[return-value]

    @property
    def case_file(self) -> QWidget | None:
        return self.panel(CASE_FILE)

    def current_page(self) -> str:
        return self._current

    def show_page(self, key: str) -> None:
        """Switch to a navigation page (flushing the case file if it was showing)."""
        if self.session is None:
            return
        if self._current == CASE_FILE and key != CASE_FILE:
            self.flush_visible()
        widget = self.panel(key)
        self._current = key
        self.stack.setCurrentWidget(widget)
        self.actions.back.setVisible(key == CASE_FILE)
        nav_key = self._return_to if key == CASE_FILE else key
        row = next((i for i, p in enumerate(PAGES) if p.key == nav_key), -1)
        if row >= 0 and self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.show_page(PAGES[row].key)

    def open_case(self, person_id: int) -> None:
        """Show the case file of `person_id` (the answer to `bus.case_open_requested`)."""
        if self.session is None:
            return
        case_file = self.panel(CASE_FILE)
        if self._current != CASE_FILE:
            self._return_to = self._current or "cases"
        if case_file.person_id != person_id:
            case_file.flush()
            case_file.show_person(person_id)
        self.show_page(CASE_FILE)

    def back(self) -> None:
        """From the case file back to the page it was opened from, on the same case."""
        if self._current != CASE_FILE:
            return
        person_id = self.panels[CASE_FILE].person_id
        self.show_page(self._return_to)
        if self._return_to == "cases" and person_id is not None:
            self.case_list.select_person(person_id)

    def focus_search(self) -> None:
        self.show_page("cases")
        if self.case_list is not None:
            self.case_list.focus_search()

    def flush_visible(self) -> None:
        """Commit pending edits of the visible case file (before undo, switching, locking)."""
        if self._current == CASE_FILE and CASE_FILE in self.panels:
            self.panels[CASE_FILE].flush()

    # -- commands ------------------------------------------------------------------------------

    def new_case(self) -> None:
        from casetracker.gui.dialogs.new_case import NewCaseDialog  # rally modules: not at start

        if self.session is None:
            return
        self.flush_visible()
        person_id = NewCaseDialog.ask(self.session, self)
        if person_id is not None:
            bus.case_open_requested.emit(person_id)

    def undo(self) -> None:
        self._history(history.undo)

    def redo(self) -> None:
        self._history(history.redo)

    def _history(self, operation) -> None:
        if self.session is None:
            return
        self.flush_visible()
        changes = run_op(self, operation, self.session)
        if changes is not None:
            self.statusBar().showMessage(operation_label(changes.label), 6000)

    def _status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _data_changed(self, _changes: Changes) -> None:
        update_undo_actions(self.actions, self.session)

    def _set_name_script(self, script: Script) -> None:
        if self.case_list is not None:
            self.case_list.set_preferred_script(script)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr(_C, "About CaseTracker"),
            tr(
                _C,
                "<b>CaseTracker {version}</b><p>Encrypted records of relatives detained in "
                "Xinjiang, kept on this computer only.</p>",
            ).format(version=casetracker.__version__),
        )

    # -- locking -------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.session is None

    def lock(self, *, ask: bool = True, quiet: bool = False) -> None:
        """Close every other window, flush and clear every panel, close the vault, and (with
        `ask`) ask for the passphrase again. `quiet`: nobody is watching (idle, sleep, panic),
        so any prompt raised while flushing is dismissed instead of waiting for a click."""
        if self.session is None:
            return
        self.stack.setCurrentWidget(self.locked_page)  # nothing readable from here on
        self.guard.cover()
        case_file = self.panels.get(CASE_FILE)
        self._resume = (
            self._current,
            case_file.person_id if case_file is not None else None,
            case_file.section() if case_file is not None else "",
            self._return_to,
        )
        self._drop_banner()
        if quiet:
            with dismissing_prompts():
                self._release_session()
        else:
            self._release_session()
        self._set_locked_ui(True)
        self.locked.emit()
        if ask:
            self.ask_unlock()

    def auto_lock(self) -> None:
        """Idle time ran out, or the system sleeps or locks its screen."""
        self.guard.alarms += 1
        self.lock(quiet=True)

    def panic(self) -> None:
        """Lock at once with no questions, hide every other window, empty the clipboard."""
        self.guard.alarms += 1
        self.guard.clipboard.clear()
        if self.session is None:
            self.guard.cover()  # the unlock dialog too
            return
        self.lock(ask=False, quiet=True)
        self.statusBar().clearMessage()

    def _release_session(self) -> None:
        for panel in self.panels.values():
            if hasattr(panel, "flush"):
                panel.flush()
        # Show the locked page first: removing the current page would show another panel,
        # and a panel being shown may start loading from the vault we are about to close.
        self.stack.setCurrentWidget(self.locked_page)
        for panel in self.panels.values():
            panel.hide()
            panel.clear()
        worker.cancel_running()  # a merge or import stops at its next progress report
        QThreadPool.globalInstance().waitForDone(WORKER_WAIT_MS)
        for panel in self.panels.values():
            self.stack.removeWidget(panel)
        self.disposer.dispose(list(self.panels.values()))
        self.panels.clear()
        prefetch.forget()
        session, self.session = self.session, None
        with contextlib.suppress(Exception):
            session.close()
        self.guard.after_release()

    def ask_unlock(self) -> None:
        if self.session is not None:
            return
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()  # it still refers to the closed session
        self.unlock_dialog = UnlockDialog(self.vault_path, self)
        self.unlock_dialog.unlocked.connect(self.unlock_with)
        self.unlock_dialog.open()

    def unlock_with(self, session, *, resume: bool = True, recovered: bool | None = None) -> None:
        """Take a freshly opened Session and go back to where the volunteer was (`resume`)."""
        self.session = session
        self.locked_page.set_unlocking(False)  # after an opening (set_opening)
        self._set_locked_ui(False)
        page, person_id, section, return_to = (self._resume if resume else None) or (
            "cases",
            None,
            "",
            "cases",
        )
        self._resume = None
        self._current = ""
        self._return_to = return_to
        if page == CASE_FILE and person_id is not None:
            self.open_case(person_id)
            if section:
                self.panels[CASE_FILE].set_section(section)
        else:
            self.show_page(page or "cases")
        if recovered is None:
            recovered = bool(getattr(self.unlock_dialog, "_recovery", False))
        self._opened(recovered)
        self.unlocked.emit()

    def _opened(self, recovered: bool) -> None:
        self.guard.on_unlocked()
        # after the unlock dialog has closed: a recovery code asks for a new passphrase
        QTimer.singleShot(0, self, lambda: commands.vault.after_unlock(self, recovered))

    def show_volunteer_banner(self) -> None:
        """Ask once (per laptop and vault) who is working here, above the page."""
        if self.session is not None and self.banner is None:
            self.banner = commands.vault.volunteer_banner(self)
            self.content.insertWidget(0, self.banner)

    def _drop_banner(self) -> None:
        if self.banner is not None:
            self.banner.hide()
            self.banner.deleteLater()
            self.banner = None

    def _set_locked_ui(self, locked: bool) -> None:
        for action in self.actions.data_actions():
            action.setEnabled(not locked)
        self.nav.setEnabled(not locked)
        self.toolbar.setEnabled(not locked)
        name = vault_display_name(self.vault_path)
        if locked:
            self._current = ""
            self.stack.setCurrentWidget(self.locked_page)
            self.actions.back.setVisible(False)
            self.vault_label.setText(tr(_C, "{name} — locked").format(name=name))
        else:
            self.vault_label.setText(name)
            update_undo_actions(self.actions, self.session)
        self.setWindowTitle(f"{name} — CaseTracker")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.guard.window_shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            self.flush_visible()
            self.guard.backups.backup_on_close()
            self._release_session()
        if self.guard.attached:  # closing twice (tests, the language switch) is fine
            self.guard.detach()
            for signal, slot in (
                (bus.changed, self._data_changed),
                (bus.case_open_requested, self.open_case),
                (bus.status_message, self._status_message),
            ):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        super().closeEvent(event)
