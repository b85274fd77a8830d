"""Scheduled backups: a rotating encrypted copy in the chosen folder when one is due.

A check runs a minute after unlocking and then every ten minutes; when the newest backup of
this vault in the folder (a USB stick, or the vault's own `backups/` when none is set) is older
than the interval, `maintenance.auto_backup(session, "scheduled", folder)` runs on a worker.
Closing the app backs up too when one is due and something was changed in this session. A
folder that is missing (the stick is not plugged in) is skipped with a status message, never
created: creating it would put the backup on the laptop's own disk under the stick's path.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from casetracker.gui.bus import bus
from casetracker.gui.i18n import tr
from casetracker.gui.security import prefs
from casetracker.gui.worker import Task, start
from casetracker.services import maintenance

_C = "BackupScheduler"
FIRST_CHECK_MS = 60_000
CHECK_MS = 10 * 60_000


class BackupScheduler(QObject):
    """Owned by the main window; reads `window.session` when a check is due."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.changed = False  # something was written since unlocking
        self.last_path: Path | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        bus.changed.connect(self._data_changed)

    def _data_changed(self, _changes) -> None:
        self.changed = True

    def start(self) -> None:
        self.changed = False
        self.timer.start(FIRST_CHECK_MS)

    def stop(self) -> None:
        self.timer.stop()

    def _target(self) -> tuple[bool, Path | None]:
        """(due, folder) for the current preferences; folder None means the vault's own."""
        session, interval = self.window.session, prefs.backup_interval()
        if session is None or interval is None:
            return False, None
        folder = prefs.backup_folder()
        if folder is not None and not folder.is_dir():
            bus.status_message.emit(
                tr(_C, "No scheduled backup: the backup folder {folder} is not there").format(
                    folder=folder
                )
            )
            return False, None
        return maintenance.backup_due(session, folder, interval), folder

    def check(self) -> None:
        """Start a backup on a worker if one is due (and none is running)."""
        self.timer.setInterval(CHECK_MS)
        if self.task is not None:
            return
        due, folder = self._target()
        if due:
            task = Task(maintenance.auto_backup, self.window.session, "scheduled", folder)
            self.task = start(task, self._done, self._failed)

    def _done(self, path: Path) -> None:
        self.task = None
        self.last_path = path
        bus.status_message.emit(tr(_C, "Backed up to {path}").format(path=path))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        bus.status_message.emit(tr(_C, "The scheduled backup failed: {error}").format(error=exc))

    def backup_on_close(self) -> Path | None:
        """Closing: back up now (on this thread) if one is due and something changed."""
        if not self.changed or self.task is not None:
            return None
        due, folder = self._target()
        if not due:
            return None
        try:
            self.last_path = maintenance.auto_backup(self.window.session, "on-close", folder)
        except Exception:  # never keep the app from closing; the vault itself is intact
            return None
        return self.last_path

    def detach(self) -> None:
        self.timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            bus.changed.disconnect(self._data_changed)
