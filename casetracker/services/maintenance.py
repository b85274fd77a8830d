"""Keeping a vault sound: integrity checks, backups (manual, scheduled, rotating) and restore.

Backups are named `<vault name>-<YYYYmmdd-HHMMSS>-<reason>.ctbackup`; which vault a backup
belongs to is read from the `keys.json` inside it (its vault id), never guessed from the name
alone, so erasing one vault cannot touch the backups of another one with a similar name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import zipfile
from pathlib import Path

from casetracker.services.session import Session
from casetracker.store import backup as backups
from casetracker.store.records import AttachmentRecord, BlobRecord
from casetracker.store.vault import BACKUPS, KEYS, normalize_vault_path

SUFFIX = backups.SUFFIX


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


# -- which backups belong to which vault -------------------------------------------------------


def vault_id_of_backup(path: Path) -> str | None:
    """The vault id recorded in a backup file (None when it is not a readable backup)."""
    try:
        with zipfile.ZipFile(path) as zf, zf.open(KEYS) as fh:
            value = json.loads(fh.read(64 * 1024)).get("vault_id")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, AttributeError):
        return None
    return value if isinstance(value, str) else None


def vault_id_of(vault_path: Path) -> str | None:
    """The id of a (closed or open) vault, read from its `keys.json`."""
    try:
        raw = (normalize_vault_path(vault_path) / KEYS).read_bytes()
        value = json.loads(raw).get("vault_id")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def backups_in(folder: Path | None, vault_id: str) -> list[Path]:
    """The backups of one vault in `folder`, oldest first (none when the folder is missing)."""
    if folder is None or not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*{SUFFIX}") if vault_id_of_backup(p) == vault_id]
    return sorted(found, key=lambda p: p.stat().st_mtime)


def last_backup_time(session: Session, folder: Path | None = None) -> dt.datetime | None:
    """When the newest backup of this vault in `folder` (default: its own) was written."""
    found = backups_in(folder or session.vault.backups_dir, session.vault.vault_id)
    return dt.datetime.fromtimestamp(found[-1].stat().st_mtime) if found else None


def backup_due(
    session: Session,
    folder: Path | None,
    interval: dt.timedelta,
    now: dt.datetime | None = None,
) -> bool:
    """True when the newest backup in `folder` is older than `interval` (or there is none)."""
    last = last_backup_time(session, folder)
    return last is None or (now or dt.datetime.now()) - last >= interval


def newest_backup_of(vault_path: Path, extra_folders: tuple[Path, ...] = ()) -> Path | None:
    """The newest backup of a vault that may not open (for the "restore a backup" hint)."""
    folder = normalize_vault_path(vault_path)
    vault_id = vault_id_of(folder)
    candidates = sorted(folder.joinpath(BACKUPS).glob(f"*{SUFFIX}")) if folder.is_dir() else []
    if vault_id is not None:
        for extra in extra_folders:
            candidates += backups_in(extra, vault_id)
    with contextlib.suppress(OSError):
        return max(candidates, key=lambda p: p.stat().st_mtime) if candidates else None
    return None
