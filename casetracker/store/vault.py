"""The vault: a folder bundle `Name.ctvault/` that a volunteer copies as one thing.

Layout (docs/VAULT.md):
    keys.json        key slots wrapping the data key (passphrase, recovery code)
    cases.db         SQLCipher 4 database of every record (plus -wal/-shm while open)
    attachments.db   SQLCipher 4 store of photo and document bytes, keyed the same way
    backups/         verified encrypted copies taken before migrations and on request
    README.txt       a plain note saying what the folder is; holds no case data

A folder rather than a single file because attachments grow large and change rarely: backups and
transfers can skip an unchanged attachment store, and the SQLite WAL files need a place anyway.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from peewee import DatabaseError

from casetracker.domain.errors import NotAVault, ValidationError, VaultExists
from casetracker.store import records
from casetracker.store.database import BLOB_PRAGMAS, CASE_PRAGMAS, KeyedDatabase
from casetracker.store.keyslots import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeySlot,
    new_key_file,
    normalize_passphrase,
    normalize_recovery_code,
)
from casetracker.store.migrations import LATEST, MIGRATIONS
from casetracker.store.unlock import CASES, KEYS, SUFFIX, Unlocked, normalize_vault_path, unlock

ATTACHMENTS = "attachments.db"
BACKUPS = "backups"
README = "README.txt"
_README_TEXT = (
    "This folder is an encrypted CaseTracker vault.\n"
    "Copy or move the whole folder; do not edit or separate the files inside.\n"
    "Without the passphrase or the recovery code nobody can read it.\n"
)


class Vault:
    """An unlocked vault: open databases bound to the records, and the data key in memory.

    A plain class, not a dataclass: debuggers, test reports and crash printers walk dataclass
    fields, and the data key must never appear in any output.
    """

    def __init__(
        self,
        path: Path,
        key_file: KeyFile,
        key: bytes,
        cases: KeyedDatabase,
        attachments: KeyedDatabase,
    ) -> None:
        self.path = path
        self.key_file = key_file
        self._key = key
        self.cases = cases
        self.attachments = attachments

    def __repr__(self) -> str:
        return f"<Vault {self.name}>"

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(SUFFIX)

    @property
    def vault_id(self) -> str:
        return self.key_file.vault_id

    @property
    def backups_dir(self) -> Path:
        return self.path / BACKUPS

    @property
    def data_key(self) -> bytes:
        """The raw key, for backups and transfer bundles that must encrypt the same way."""
        return self._key

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | Path, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
    ) -> tuple[Vault, str]:
        """Make a new empty vault; returns it open, with the recovery code to show once."""
        if not passphrase:
            raise ValidationError("passphrase", "a vault needs a passphrase")
        folder = normalize_vault_path(path)
        if folder.exists() and any(folder.iterdir()):
            raise VaultExists(f"a vault already exists at {folder}")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / BACKUPS).mkdir(exist_ok=True)
        key_file, data_key, code = new_key_file(passphrase, str(uuid.uuid4()), kdf)
        (folder / README).write_text(_README_TEXT, encoding="utf-8")
        key_file.save(folder / KEYS)
        vault = cls._connect(folder, key_file, data_key, migrate=True)
        return vault, code

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        migrate: bool = True,
    ) -> Vault:
        """Unlock with the passphrase or the recovery code; migrates an older schema."""
        unlocked = unlock(path, passphrase=passphrase, recovery_code=recovery_code)
        return cls.open_unlocked(unlocked, migrate=migrate)

    @classmethod
    def open_unlocked(cls, unlocked: Unlocked, *, migrate: bool = True) -> Vault:
        """Open the databases of a vault whose key `store.unlock.unlock` has unwrapped."""
        return cls._connect(unlocked.folder, unlocked.key_file, unlocked.data_key, migrate=migrate)

    @classmethod
    def _connect(cls, folder: Path, key_file: KeyFile, key: bytes, *, migrate: bool) -> Vault:
        if records.db.obj is not None:
            raise NotAVault("another vault is already open in this program; lock it first")
        cases = KeyedDatabase(folder / CASES, key, CASE_PRAGMAS)
        blobs = KeyedDatabase(folder / ATTACHMENTS, key, BLOB_PRAGMAS)
        try:
            cases.connect()
            blobs.connect()
            cases.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            blobs.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            cases.close()
            blobs.close()
            raise NotAVault(
                f"not a readable CaseTracker vault (the database is damaged: {exc}); "
                f"restore the newest backup from {folder / BACKUPS}"
            ) from exc
        records.db.initialize(cases)
        records.blobs.initialize(blobs)
        vault = cls(folder, key_file, key, cases, blobs)
        try:
            vault._ensure_blob_table()
            if migrate:
                vault.migrate()
        except Exception:
            vault.close()
            raise
        return vault

    def close(self) -> None:
        """Close every connection and drop the key (locking)."""
        for database in (self.cases, self.attachments):
            # peewee keeps one connection per thread; worker threads close their own when done.
            with contextlib.suppress(Exception):
                database.close()
            database.forget_key()
        if records.db.obj is self.cases:
            records.db.initialize(None)
        if records.blobs.obj is self.attachments:
            records.blobs.initialize(None)
        self._key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.cases.execute_sql("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int = LATEST) -> list[int]:
        """Apply pending migrations, each in its own transaction, after a verified backup."""
        current = self.schema_version
        if current > LATEST:
            raise NotAVault("the vault was made by a newer CaseTracker; please update")
        pending = [m for m in MIGRATIONS if current < m.number <= target]
        if not pending:
            return []
        if current > 0:
            from casetracker.store.backup import make_backup

            make_backup(self, reason=f"before-migration-{pending[0].number}")
        for migration in pending:
            with self.cases.atomic():
                migration.apply(self.cases)
                self.cases.execute_sql(f"PRAGMA user_version = {migration.number}")
        return [m.number for m in pending]

    def _ensure_blob_table(self) -> None:
        self.attachments.create_tables([records.BlobRecord], safe=True)

    # -- key slots -------------------------------------------------------------------------

    def rewrap(self, kind: str, secret: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Replace one key slot atomically: the old or the new secret works, never neither."""
        normalized = (
            normalize_passphrase(secret)
            if kind == "passphrase"
            else normalize_recovery_code(secret)
        )
        slot = KeySlot.wrap(kind, normalized, self._key, self.vault_id, kdf)
        new_file = self.key_file.with_slot(slot)
        new_file.save(self.path / KEYS)
        self.key_file = new_file
