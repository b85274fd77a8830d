"""An unlocked vault plus who is working on it: what every service function takes first.

Opening goes through here (not `Vault.open` directly) so that derived data such as the search
keys is brought up to date once, in one place, for the GUI and the CLI alike.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casetracker.store import early_kdf, oplog, records
from casetracker.store.keyslots import DEFAULT_KDF, TEST_KDF, KdfParams
from casetracker.store.oplog import Recorder
from casetracker.store.records import SettingRecord
from casetracker.store.unlock import Unlocked, unlock
from casetracker.store.vault import Vault

VOLUNTEER_KEY = "volunteer.name"
#: `CASETRACKER_PASSPHRASE`: unlock without asking (automation, the demo; README).
PASSPHRASE_ENV = early_kdf.PASSPHRASE_ENV
#: The published passphrase of demo vaults (README): they hold only invented data.
DEMO_PASSPHRASE = "demo passphrase for CaseTracker"
#: Only the test suite sets this, to make vault creation cheap; never documented for users.
_TEST_KDF_ENV = "CASETRACKER_INSECURE_TEST_KDF"


def kdf_for_new_vault() -> KdfParams:
    """The user cost, except inside the test suite (which sets the variable above)."""
    return TEST_KDF if os.environ.get(_TEST_KDF_ENV) == "1" else DEFAULT_KDF


@dataclass
class Session:
    vault: Vault

    @property
    def is_open(self) -> bool:
        """False once the vault has been closed (locked) under whoever holds this session."""
        return records.db.obj is not None and records.db.obj is self.vault.cases

    @property
    def volunteer(self) -> str:
        row = SettingRecord.get_or_none(SettingRecord.key == VOLUNTEER_KEY)
        return row.value if row else ""

    @contextlib.contextmanager
    def operation(self, label: str) -> Iterator[Recorder]:
        with oplog.operation(label, self.volunteer) as recorder:
            yield recorder

    def close(self) -> None:
        """Close the vault and drop what search keeps in memory (every name token)."""
        from casetracker.services import searching  # searching builds on this module

        searching.forget()
        self.vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def create_vault(
    path: str | Path, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
) -> tuple[Session, str]:
    """A new encrypted vault, open; the recovery code is returned once, to show the user."""
    from casetracker.store import namekeys  # not at the top: see open_vault

    vault, code = Vault.create(path, passphrase, kdf=kdf)
    namekeys.ensure_current()
    return Session(vault), code


def open_vault(
    path: str | Path, *, passphrase: str | None = None, recovery_code: str | None = None
) -> Session:
    return open_unlocked(unlock(path, passphrase=passphrase, recovery_code=recovery_code))


def open_unlocked(unlocked: Unlocked) -> Session:
    """A session on a vault whose key is unwrapped already (services/opening.py)."""
    vault = Vault.open_unlocked(unlocked)
    try:
        # Imported here, after key derivation, not at the top: namekeys brings the name folding
        # (transliteration, fuzzy matching), which the app's opening thread would otherwise load
        # before deriving the key (services/opening.py); by now the GUI thread has loaded it.
        from casetracker.store import namekeys

        namekeys.ensure_current()
    except Exception:
        vault.close()
        raise
    return Session(vault)


def open_databases() -> tuple:
    """The open vault's databases (none while locked), for `close_thread_connections`."""
    return tuple(d.obj for d in (records.db, records.blobs) if d.obj is not None)


def close_thread_connections(databases: tuple = ()) -> None:
    """Close this thread's connections (worker threads call it when their task ends).

    `databases`: those open when the task began (`open_databases()`), closed too even if the
    vault was closed meanwhile: a connection left behind in a pooled thread's storage is freed
    when that thread drops its Python state, and freeing it there crashes the process."""
    for database in dict.fromkeys((*databases, *open_databases())):
        with contextlib.suppress(Exception):
            database.close()
