"""Verified encrypted backups, restore, and integrity checks.

A backup is one `.ctbackup` file (a stored, uncompressed zip) holding `keys.json`, `cases.db` and
`attachments.db` exactly as encrypted in the vault: it opens with the passphrase or recovery code
that was valid when it was taken. Copies are made with SQLite's online backup API on the keyed
connection, checked with `cipher_integrity_check` and `quick_check`, synced, and only then renamed
into place: a killed `sqlcipher_export` once left a half-written copy that opened without error
and held nothing, so an unverified copy never gets a final name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from casetracker.domain.errors import NotAVault, ValidationError
from casetracker.store.database import raw_connect
from casetracker.store.fileio import fsync_dir, fsync_file, remove_quietly
from casetracker.store.keyslots import (
    KeyFile,
    normalize_passphrase,
    normalize_recovery_code,
)

SUFFIX = ".ctbackup"
MEMBERS = ("keys.json", "cases.db", "attachments.db")
AUTO_KEEP = 10


def _copy_db(source: Path, target: Path, key: bytes) -> None:
    src = raw_connect(source, key)
    dst = raw_connect(target, key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def verify_db(path: Path, key: bytes) -> list[str]:
    """Problems found in one encrypted database file (empty when it is sound)."""
    try:
        conn = raw_connect(path, key)
    except Exception as exc:  # sqlcipher raises its own DatabaseError classes
        return [f"{path.name}: cannot open ({exc})"]
    try:
        problems = [
            f"{path.name}: {row[0]}" for row in conn.execute("PRAGMA cipher_integrity_check")
        ]
        quick = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if quick != ["ok"]:
            problems += [f"{path.name}: {q}" for q in quick]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return problems
    except Exception as exc:
        return [f"{path.name}: {exc}"]
    finally:
        conn.close()


def _stamp(reason: str) -> str:
    now = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safe = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    return f"{now}-{safe}"


def write_backup(vault_path: Path, key: bytes, target: Path) -> Path:
    """Copy, verify, sync and atomically place a backup file at `target`."""
    target = target if target.suffix == SUFFIX else target.with_name(target.name + SUFFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".ctbackup-", dir=target.parent))
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(vault_path / "keys.json", work / "keys.json")
        for name in ("cases.db", "attachments.db"):
            _copy_db(vault_path / name, work / name, key)
            problems = verify_db(work / name, key)
            if problems:
                raise NotAVault("backup copy failed its check: " + "; ".join(problems))
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as zf:
            for name in MEMBERS:
                zf.write(work / name, name)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
        return target
    finally:
        shutil.rmtree(work, ignore_errors=True)
        remove_quietly(partial)


def make_backup(vault, reason: str = "manual", dest_dir: Path | None = None) -> Path:
    """A rotating automatic backup in the vault's (or the chosen) backup folder."""
    folder = dest_dir or vault.backups_dir
    path = write_backup(vault.path, vault.data_key, folder / f"{vault.name}-{_stamp(reason)}")
    _rotate(folder, vault.name)
    return path


def _rotate(folder: Path, name: str, keep: int = AUTO_KEEP) -> None:
    backups = sorted(folder.glob(f"{name}-*{SUFFIX}"))
    for old in backups[:-keep]:
        remove_quietly(old)


def newest_backup(folder: Path) -> Path | None:
    backups = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime)
    return backups[-1] if backups else None


def restore_backup(
    backup: Path,
    vault_path: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
) -> Path | None:
    """Put a backup in place of (or as) the vault at `vault_path`.

    The backup is unpacked beside the vault and verified with the given secret first; an existing
    vault is kept, renamed `…before-restore-<time>`, never deleted. Returns that kept path.
    """
    if vault_path.exists() and vault_path.resolve() in backup.resolve().parents:
        # a backup from the vault's own backups/ folder: read a copy, since the folder is
        # renamed aside below and Windows cannot rename a folder with an open file in it
        copy = Path(tempfile.mkdtemp(prefix=".restore-src-", dir=vault_path.parent)) / backup.name
        shutil.copyfile(backup, copy)
        try:
            return restore_backup(
                copy, vault_path, passphrase=passphrase, recovery_code=recovery_code
            )
        finally:
            shutil.rmtree(copy.parent, ignore_errors=True)
    try:
        zf = zipfile.ZipFile(backup)
    except (OSError, zipfile.BadZipFile) as exc:
        raise NotAVault(f"not a CaseTracker backup: {backup}") from exc
    with zf:
        if sorted(zf.namelist()) != sorted(MEMBERS):
            raise NotAVault(f"not a CaseTracker backup: {backup}")
        vault_path.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".restore-", dir=vault_path.parent))
        try:
            for name in MEMBERS:
                with zf.open(name) as src, open(work / name, "wb") as dst:
                    shutil.copyfileobj(src, dst)
            key_file = KeyFile.load(work / "keys.json")
            if recovery_code is not None:
                key = key_file.slot("recovery").unwrap(
                    normalize_recovery_code(recovery_code), key_file.vault_id
                )
            else:
                key = key_file.slot("passphrase").unwrap(
                    normalize_passphrase(passphrase or ""), key_file.vault_id
                )
            for name in ("cases.db", "attachments.db"):
                problems = verify_db(work / name, key)
                if problems:
                    raise NotAVault("the backup is damaged: " + "; ".join(problems))
            (work / "backups").mkdir()
            kept = None
            if vault_path.exists():
                kept = vault_path.with_name(
                    f"{vault_path.name}.before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}"
                )
                os.replace(vault_path, kept)
            os.replace(work, vault_path)
            fsync_dir(vault_path.parent)
            return kept
        except Exception:
            shutil.rmtree(work, ignore_errors=True)
            raise


def check(vault) -> list[str]:
    """Every problem the integrity checks find in an open vault (empty list: all sound)."""
    problems: list[str] = []
    for database, name in ((vault.cases, "cases.db"), (vault.attachments, "attachments.db")):
        for (row,) in database.execute_sql("PRAGMA cipher_integrity_check").fetchall():
            problems.append(f"{name}: {row}")
        result = [r[0] for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems += [f"{name}: {r}" for r in result]
    for row in vault.cases.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"cases.db: broken reference in {row[0]} row {row[1]}")
    return problems


def ensure_backup_target(path: Path) -> Path:
    if path.exists() and path.is_dir():
        raise ValidationError("output", f"{path} is a folder; give a file name")
    return path
