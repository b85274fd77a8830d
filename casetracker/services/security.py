"""Passphrase changes, recovery codes and quick erase.

A passphrase change re-wraps the data key in `keys.json` (one atomic file replace), after a
verified backup: a crash leaves the old or the new passphrase working, never neither.
"""

from __future__ import annotations

from pathlib import Path

from zxcvbn import zxcvbn

from casetracker.domain.errors import ValidationError
from casetracker.services.session import Session
from casetracker.store import backup as backups
from casetracker.store.erase import erase_paths
from casetracker.store.keyslots import DEFAULT_KDF, KdfParams, new_recovery_code
from casetracker.store.records import OperationRecord
from casetracker.store.vault import normalize_vault_path

MIN_LENGTH = 8


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """zxcvbn score 0-4 and its main warning, for the strength meter on creation."""
    if not passphrase:
        return 0, ""
    result = zxcvbn(passphrase[:100])
    feedback = result.get("feedback", {})
    return int(result["score"]), feedback.get("warning") or " ".join(
        feedback.get("suggestions", [])
    )


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError("passphrase", f"use at least {MIN_LENGTH} characters")


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
    """Destroy a (closed) vault, its backups and restore leftovers on this laptop."""
    folder = normalize_vault_path(path)
    leftovers = list(folder.parent.glob(f"{folder.name}.before-restore-*"))
    named = [
        p
        for extra in extra_backup_folders
        for p in extra.glob(f"{folder.name.removesuffix('.ctvault')}-*.ctbackup")
    ]
    return erase_paths([folder, *leftovers, *named])
