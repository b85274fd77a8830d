"""The main window's protections in one object: idle and panic locks, sleep and screen lock,
the clipboard, plain attachment copies, and scheduled backups.

`MainWindow` creates one `SecurityGuard` and calls `cover()` before it drops the session (every
other window of the app is closed at once, so nothing stays on screen), `after_release()` once
it has (clipboard, temporary copies, the core's caches), and `on_unlocked()` when a vault is open
again. `dismissing_prompts()` answers "Cancel" to any message box that pops up while an
unattended lock flushes pending edits: nobody is there to click it, and the lock must not wait.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from PySide6.QtCore import QObject, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QToolTip, QWidget

from casetracker.gui.security import prefs, tempfiles
from casetracker.gui.security.autolock import IdleWatcher
from casetracker.gui.security.backups import BackupScheduler
from casetracker.gui.security.clipboard import ClipboardGuard
from casetracker.gui.security.sleep import SleepWatcher
from casetracker.services import security


def close_other_windows(keep: QWidget) -> bool:
    """Close every visible window of the app but `keep`; True if a dialog was among them."""
    QToolTip.hideText()
    closed_dialog = False
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            closed_dialog = True
            widget.reject()
        elif isinstance(widget, QMenu):
            widget.close()
        if widget.isVisible():  # a dialog that refuses reject() while busy, or a plain window
            widget.hide()
    return closed_dialog


def _reject_modal() -> None:
    widget = QApplication.activeModalWidget()
    if isinstance(widget, QDialog):
        widget.reject()
    elif widget is not None:
        widget.close()


@contextlib.contextmanager
def dismissing_prompts() -> Iterator[None]:
    """Within the block, any modal prompt that opens is cancelled as soon as it shows."""
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(_reject_modal)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


class SecurityGuard(QObject):
    """Watches for idle, panic and sleep on behalf of `window` (a `MainWindow`)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.idle = IdleWatcher(prefs.autolock_minutes(), self)
        self.idle.idle.connect(window.auto_lock)
        self.idle.panic.connect(window.panic)
        self.sleep = SleepWatcher(self)
        self.sleep.sleeping.connect(self._sleeping)
        self.clipboard = ClipboardGuard(self)
        self.backups = BackupScheduler(window)
        self.attached = True
        #: Idle, sleep and panic locks so far: work finishing on a worker after one of them
        #: (a restore) must not open the vault again.
        self.alarms = 0

    def _sleeping(self, _reason: str) -> None:
        self.window.auto_lock()

    def apply_preferences(self) -> None:
        """Take up changed preferences (from the Settings dialog)."""
        self.idle.set_minutes(prefs.autolock_minutes())
        if self.window.session is None:
            self.idle.stop()

    def window_shown(self) -> None:
        self.sleep.watch_window(int(self.window.winId()))

    def cover(self) -> bool:
        """Hide everything but the main window; True when a dialog had to be closed."""
        return close_other_windows(self.window)

    def after_release(self) -> None:
        """The session is closed: drop what may still hold its data outside the widgets."""
        self.idle.stop()
        self.backups.stop()
        self.clipboard.clear_if_ours()
        tempfiles.wipe()
        security.forget_decrypted()

    def on_unlocked(self) -> None:
        self.idle.restart()
        self.backups.start()

    def detach(self) -> None:
        """Stop every watcher (the window is closing); safe to call twice."""
        if not self.attached:
            return
        self.attached = False
        self.idle.detach()
        self.sleep.detach()
        self.backups.detach()
        with contextlib.suppress(RuntimeError, TypeError):
            self.clipboard.disconnect_clipboard()


class PanelDisposer(QObject):
    """Deletes the main window's emptied panels, at once or once it is safe.

    A lock can start inside a modal loop (idle, panic or sleep while a dialog is open). The
    panels are emptied at once, but deleting one whose child message box is still on the stack
    would crash, so deletion waits until that loop has returned (or `DEADLINE_S` has passed: a
    native file dialog can stay open; dialogs are moved off the panels first, so that is safe).
    """

    RETRY_MS = 50
    DEADLINE_S = 5.0

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.pending: list[QWidget] = []
        # 1 in the app (its main loop), 0 in tests that drive the window without one
        self.base_level = min(QThread.currentThread().loopLevel(), 1)

    def dispose(self, panels: list[QWidget]) -> None:
        level = QThread.currentThread().loopLevel()
        if level <= self.base_level:
            for panel in panels:
                panel.deleteLater()
            return
        for panel in panels:  # a dialog still on the stack must not go down with its parent
            for dialog in panel.findChildren(QDialog):
                dialog.setParent(self.window, dialog.windowFlags())
        self.pending.extend(panels)
        deadline = time.monotonic() + self.DEADLINE_S
        QTimer.singleShot(self.RETRY_MS, self, lambda: self._bury(level, deadline))

    def _bury(self, level: int, deadline: float) -> None:
        if QThread.currentThread().loopLevel() >= level and time.monotonic() < deadline:
            QTimer.singleShot(self.RETRY_MS, self, lambda: self._bury(level, deadline))
            return
        for panel in self.pending:
            panel.deleteLater()
        self.pending.clear()
