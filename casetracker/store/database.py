"""SQLCipher connections with the vault's raw data key and the pragmas we measured.

Pragmas (measured on a 2-core laptop-class machine, see issue 2):
- WAL: readers (the GUI thread) do not block the writer (a worker thread) and commits are cheap.
- synchronous=FULL: a committed change survives a power cut; the cost is one extra fsync per
  commit, invisible next to a volunteer's typing.
- temp_store=MEMORY: with FILE, SQLCipher wrote plaintext into its temporary files.
- cache_size 64 MiB: the 8 MiB default made scattered reads 3-4x slower than plain SQLite,
  with a large cache the cost of encryption is near 1x.
- foreign_keys and secure_delete: deleted rows are zeroed, not left in free pages.
"""

from __future__ import annotations

from pathlib import Path

from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

CASE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("temp_store", "memory"),
    ("cache_size", -65536),
    ("foreign_keys", 1),
    ("secure_delete", 1),
)
#: Attachments are read whole and rarely; a small cache keeps memory for the case list.
BLOB_PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("temp_store", "memory"),
    ("cache_size", -8192),
    ("secure_delete", 1),
)


def key_pragma(key: bytes) -> str:
    """Raw-key form: SQLCipher skips its own PBKDF2, the key is already random (keyslots)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


class KeyedDatabase(SqlCipherDatabase):
    """peewee database keyed with a raw 256-bit key instead of a passphrase string."""

    def __init__(self, path: Path, key: bytes, pragmas, **kwargs) -> None:
        super().__init__(str(path), pragmas=pragmas, timeout=30, **kwargs)
        self._raw_key = key

    def _connect(self):
        conn = sqlcipher.connect(self.database, isolation_level=None, **self.connect_params)
        try:
            conn.execute(key_pragma(self._raw_key))
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn

    def forget_key(self) -> None:
        """Drop our reference to the key once the database is closed (lock)."""
        self._raw_key = b""


def raw_connect(path: Path, key: bytes):
    """A plain DB-API connection for backups and checks outside peewee."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(key_pragma(key))
    conn.execute("PRAGMA temp_store = memory")
    return conn
