"""Unwrapping a vault's data key: the slow, secret part of opening, without any database code.

Why a module of its own: the key derivation (Argon2id, about 0.35 s) is the largest part of
starting the app on a vault, and it can start as soon as this module and `keyslots` are loaded,
before peewee, SQLCipher and the migrations (store/vault.py) that only the opened databases need.
The app's opening thread (services/opening.py) derives here while the main thread loads Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from casetracker.domain.errors import NotAVault
from casetracker.store.keyslots import KeyFile, normalize_passphrase, normalize_recovery_code
from casetracker.store.vaultpath import CASES, KEYS, SUFFIX, normalize_vault_path

__all__ = ["CASES", "KEYS", "SUFFIX", "Unlocked", "normalize_vault_path", "unlock"]


@dataclass(frozen=True)
class Unlocked:
    """A vault folder with its data key unwrapped, ready for `Vault.open_unlocked`. The key is
    kept out of repr: test reports and crash printers walk dataclass fields."""

    folder: Path
    key_file: KeyFile
    data_key: bytes = field(repr=False)


def unlock(
    path: str | Path, *, passphrase: str | None = None, recovery_code: str | None = None
) -> Unlocked:
    """Unwrap the data key with the passphrase or the recovery code (WrongPassphrase, or
    NotAVault for a folder that is not a vault); opens no database."""
    folder = normalize_vault_path(path)
    if not folder.is_dir() or not (folder / KEYS).is_file() or not (folder / CASES).is_file():
        raise NotAVault(f"not a readable CaseTracker vault: {folder}")
    key_file = KeyFile.load(folder / KEYS)
    if recovery_code is not None:
        secret, kind = normalize_recovery_code(recovery_code), "recovery"
    else:
        secret, kind = normalize_passphrase(passphrase or ""), "passphrase"
    return Unlocked(folder, key_file, key_file.slot(kind).unwrap(secret, key_file.vault_id))
