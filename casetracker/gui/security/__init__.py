"""Protections of the desktop app for a laptop that may be seized, shared or crash.

Process-wide (installed once by `casetracker.app.run_gui` through `install_process_guards`):
quiet error output (`crash.py`) and the cleanup of plain attachment copies at start and at quit
(`tempfiles.py`). Per main window (`guard.SecurityGuard`): idle auto-lock and the panic keys
(`autolock.py`), locking on sleep and screen lock (`sleep.py`), the clipboard (`clipboard.py`)
and scheduled backups (`backups.py`). Preferences live in `prefs.py`. docs/SECURITY.md describes
all of it for users.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install_process_guards(app: QCoreApplication) -> None:
    """Quiet crash output, and no plain attachment copy outliving the app."""
    from casetracker.gui.security import crash, tempfiles

    crash.install()
    tempfiles.wipe()  # a crash or power cut may have left copies behind
    app.aboutToQuit.connect(tempfiles.wipe)
