"""Keeping a vault sound: integrity checks, backups and restore."""

from __future__ import annotations

from pathlib import Path

from casetracker.services.session import Session
from casetracker.store import backup as backups
from casetracker.store.records import AttachmentRecord, BlobRecord


def check(session: Session) -> list[str]:
    """Every problem found; an empty list means the vault is sound."""
    problems = backups.check(session.vault)
    stored = {sha for (sha,) in BlobRecord.select(BlobRecord.sha256).tuples()}
    for att_id, sha, name in AttachmentRecord.select(
        AttachmentRecord.id, AttachmentRecord.sha256, AttachmentRecord.filename
    ).tuples():
        if sha not in stored:
            problems.append(f"attachment {att_id} ({name}): its content is missing")
    return problems


def backup_to(session: Session, target: Path) -> Path:
    backups.ensure_backup_target(target)
    return backups.write_backup(session.vault.path, session.vault.data_key, target)


def auto_backup(session: Session, reason: str, folder: Path | None = None) -> Path:
    return backups.make_backup(session.vault, reason, folder)


def restore(
    backup_file: Path,
    vault_path: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
) -> Path | None:
    """Restore a backup as the vault at `vault_path` (the vault must not be open)."""
    return backups.restore_backup(
        backup_file, vault_path, passphrase=passphrase, recovery_code=recovery_code
    )


def newest_backup(session: Session) -> Path | None:
    return backups.newest_backup(session.vault.backups_dir)
