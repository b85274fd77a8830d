"""A backup restored compares equal, record for record, to the vault it was taken from."""

from __future__ import annotations

import pytest

from casetracker.domain.errors import NotAVault
from casetracker.interchange import jsonio
from casetracker.services import demo, maintenance
from casetracker.services.session import open_vault
from tests.conftest import PASSPHRASE


def _everything(session) -> dict:
    doc = jsonio.export_document(session)
    doc.pop("exported_at")
    return doc


def test_restore_gives_back_every_record(session, vault_path, tmp_path):
    demo.generate(session, people=40)
    before = _everything(session)
    backup = maintenance.backup_to(session, tmp_path / "copy.ctbackup")
    session.close()
    target = tmp_path / "Restored.ctvault"
    assert maintenance.restore(backup, target, passphrase=PASSPHRASE) is None
    restored = open_vault(target, passphrase=PASSPHRASE)
    try:
        assert _everything(restored) == before
        assert maintenance.check(restored) == []
    finally:
        restored.close()


def test_restore_over_a_vault_keeps_the_old_one(session, vault_path, tmp_path):
    backup = maintenance.backup_to(session, tmp_path / "b.ctbackup")
    session.close()
    kept = maintenance.restore(backup, vault_path, passphrase=PASSPHRASE)
    assert kept is not None and (kept / "cases.db").exists()


def test_a_truncated_backup_is_refused(session, tmp_path):
    backup = maintenance.backup_to(session, tmp_path / "b.ctbackup")
    session.close()
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    with pytest.raises(NotAVault):
        maintenance.restore(backup, tmp_path / "X.ctvault", passphrase=PASSPHRASE)
    assert not (tmp_path / "X.ctvault").exists()


def test_restore_from_the_vaults_own_backups_folder(session, vault_path, tmp_path):
    backup = maintenance.auto_backup(session, "before something")
    assert vault_path in backup.parents
    session.close()
    kept = maintenance.restore(backup, vault_path, passphrase=PASSPHRASE)
    assert kept is not None and (vault_path / "cases.db").exists()
    open_vault(vault_path, passphrase=PASSPHRASE).close()
