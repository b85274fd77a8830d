"""Passphrase changes, recovery codes, quick erase, and forgetting decrypted data on lock.

A passphrase change re-wraps the data key in `keys.json` (one atomic file replace), after a
verified backup: a crash leaves the old or the new passphrase working, never neither. Quick erase
finds this vault's backups in other folders by the vault id inside each backup, not by name.
`forget_decrypted()` drops what the core keeps in memory between calls (the name index, folded
name caches): the GUI calls it when the vault locks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from casetracker.domain.errors import ValidationError
from casetracker.services import maintenance
from casetracker.services.session import Session
from casetracker.store import backup as backups
from casetracker.store.erase import erase_paths
from casetracker.store.keyslots import (
    DEFAULT_KDF,
    KdfParams,
    new_recovery_code,
    normalize_passphrase,
)
from casetracker.store.records import OperationRecord
from casetracker.store.vault import normalize_vault_path

MIN_LENGTH = 8


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """zxcvbn score 0-4 and its main warning, for the strength meter on creation."""
    if not passphrase:
        return 0, ""
    from zxcvbn import zxcvbn  # its word lists take 13 MB and 0.1 s: only when asked

    result = zxcvbn(passphrase[:100])
    feedback = result.get("feedback", {})
    return int(result["score"]), feedback.get("warning") or " ".join(
        feedback.get("suggestions", [])
    )


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError("passphrase", f"use at least {MIN_LENGTH} characters")


def verify_passphrase(session: Session, passphrase: str) -> None:
    """Raise `WrongPassphrase` unless `passphrase` opens this vault (about half a second)."""
    key_file = session.vault.key_file
    key_file.slot("passphrase").unwrap(normalize_passphrase(passphrase), key_file.vault_id)


def change_passphrase(
    session: Session, new_passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
) -> Path:
    """Re-wrap the data key under a new passphrase; returns the backup taken first."""
    check_new_passphrase(new_passphrase)
    backup = backups.make_backup(session.vault, "before-passphrase-change")
    session.vault.rewrap("passphrase", new_passphrase, kdf)
    _audit(session, "Change passphrase")
    return backup


def renew_recovery_code(session: Session, *, kdf: KdfParams = DEFAULT_KDF) -> str:
    """A new recovery code replaces the old one, which stops working at once."""
    code = new_recovery_code()
    session.vault.rewrap("recovery", code, kdf)
    _audit(session, "New recovery code")
    return code


def _audit(session: Session, label: str) -> None:
    OperationRecord.create(label=label, volunteer=session.volunteer, kind="security", undone=True)


def erase_vault(path: str | Path, extra_backup_folders: tuple[Path, ...] = ()) -> list[Path]:
    """Destroy a (closed) vault, its backups, restore leftovers, and its backups found in
    `extra_backup_folders` (matched by the vault id inside each backup file)."""
    folder = normalize_vault_path(path)
    vault_id = maintenance.vault_id_of(folder)
    leftovers = list(folder.parent.glob(f"{folder.name}.before-restore-*"))
    elsewhere = [
        p
        for extra in extra_backup_folders
        for p in (maintenance.backups_in(Path(extra), vault_id) if vault_id else [])
    ]
    return erase_paths([folder, *leftovers, *elsewhere])


def shred(paths: list[Path]) -> list[Path]:
    """Overwrite with random bytes, sync and delete these files and folders (best effort)."""
    return erase_paths(paths)


#: Modules that keep names or dates read from the vault in caches, and those caches.
_CACHES = {
    "casetracker.search.fold": (
        "_fold_word",
        "_groups",
        "_words",
        "_search_keys",
        "_token_similarity",
        "_group_similarity",
    ),
    "casetracker.domain.fuzzydate": ("_read",),
}


def forget_decrypted() -> None:
    """Drop the core's in-memory copies of vault data: the search index, the places matcher
    and the caches of folded names and read dates (they are keyed by names and texts).

    A module not loaded yet holds nothing and is not loaded for this: the app imports this
    module at start, and loading the search modules then cost 30 ms before the first paint."""
    searching_module = sys.modules.get("casetracker.services.searching")
    if searching_module is not None:
        searching_module.forget()
    for name, caches in _CACHES.items():
        module = sys.modules.get(name)
        for cache_name in caches if module is not None else ():
            getattr(module, cache_name).cache_clear()
