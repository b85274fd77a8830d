"""Open a vault on a thread of its own, started before the desktop app has loaded Qt.

Why: Argon2id key derivation (t=5, 128 MiB, p=4: about 0.35 s, docs/SECURITY.md) is the largest
single part of starting the app on a vault. When the passphrase is known before any window
exists (`CASETRACKER_PASSPHRASE`: the demo and automation), the derivation runs while the main
thread loads Qt and builds the windows instead of after them; argon2 releases the GIL while it
hashes. The unlock dialog then follows this opening instead of starting its own
(gui/dialogs/unlock.py), so what the volunteer sees is unchanged: the dialog with its busy bar,
then the main window, or the dialog's message for a wrong passphrase.

Qt-free on purpose: the command line starts it before `casetracker.app` imports PySide6. The
derivation itself began even earlier, as the process started (store/early_kdf.py); `unlock`
here takes its result.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from casetracker.store.vaultpath import normalize_vault_path

if TYPE_CHECKING:
    from casetracker.services.session import Session


def vault_argument(value: str | None) -> Path | None:
    """The vault folder named by `--vault` (".ctvault" added when left out), or None."""
    return normalize_vault_path(value) if value else None


class BackgroundOpen:
    """`services.session.open_vault` on a thread; the Session or the error comes back once.

    The thread closes its own database connections before it reports (as `gui/worker.Task`
    does): the thread that takes the Session opens its own, and a lock right after must not
    leave a connection holding the key behind.
    """

    def __init__(
        self, path: Path | str, *, passphrase: str | None = None, recovery_code: str | None = None
    ) -> None:
        self.path = Path(path)
        self._secrets = {"passphrase": passphrase, "recovery_code": recovery_code}
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._callbacks: list[Callable[[BackgroundOpen], None]] = []
        self._session: Session | None = None
        self._error: BaseException | None = None

    def start(self) -> BackgroundOpen:
        threading.Thread(target=self._run, name="open-vault").start()
        return self

    def _run(self) -> None:
        try:
            # only the key slots are loaded before deriving: peewee, SQLCipher and the services
            # load after, while argon2 (which releases the GIL) is not in the way of Qt's import
            from casetracker.store.unlock import unlock

            unlocked = unlock(self.path, **self._secrets)
            from casetracker.services.session import open_unlocked

            self._session = open_unlocked(unlocked)
        except BaseException as exc:  # handed to whoever takes the result
            self._error = exc
        finally:
            self._secrets = {}
            from casetracker.services.session import close_thread_connections

            close_thread_connections()
        with self._lock:
            self._finished.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(self)

    def done(self) -> bool:
        return self._finished.is_set()

    def result(self, timeout: float | None = None) -> Session:
        """The open Session (waiting for it), or the error opening raised."""
        if not self._finished.wait(timeout):
            raise TimeoutError(f"{self.path} is still being opened")
        if self._error is not None:
            raise self._error
        assert self._session is not None
        return self._session

    def add_done_callback(self, callback: Callable[[BackgroundOpen], None]) -> None:
        """Call `callback(self)` once opening has ended: on the opening thread, or at once on
        this one if it already has."""
        with self._lock:
            if not self._finished.is_set():
                self._callbacks.append(callback)
                return
        callback(self)


def open_from_environment(vault: str | None, environ: dict | None = None) -> BackgroundOpen | None:
    """Start opening `--vault` with `CASETRACKER_PASSPHRASE` when both are given, else None."""
    from casetracker.services.session import PASSPHRASE_ENV

    path = vault_argument(vault)
    passphrase = (os.environ if environ is None else environ).get(PASSPHRASE_ENV)
    if path is None or not passphrase:
        return None
    return BackgroundOpen(path, passphrase=passphrase).start()
