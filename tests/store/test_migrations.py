"""A vault made by the first schema version opens, migrated, in this version."""

from __future__ import annotations

from casetracker.services import cases, searching
from casetracker.services.session import open_vault
from casetracker.store import records
from casetracker.store.keyslots import TEST_KDF, new_key_file
from casetracker.store.migrations import LATEST
from casetracker.store.vault import Vault
from tests.conftest import PASSPHRASE


def _vault_at(path, version: int) -> Vault:
    """A new vault whose schema stops at `version`, open for plain SQL."""
    path.mkdir(parents=True)
    (path / "backups").mkdir()
    key_file, key, _code = new_key_file(
        PASSPHRASE, "11111111-2222-3333-4444-555555555555", TEST_KDF
    )
    key_file.save(path / "keys.json")
    v = Vault._connect(path, key_file, key, migrate=False)
    v.migrate(target=version)
    return v


def _make_version_1_vault(path):
    """Build a vault exactly as version 1 left it, with a case written by plain SQL."""
    v = _vault_at(path, 1)
    v.cases.execute_sql(
        "INSERT INTO person_record (uuid, ref, sex, birth_date, ethnicity, citizenship, hometown,"
        " occupation, notes, request, consent, sort_name, current_status, status_date,"
        " created_at, updated_at) VALUES ('u-1', 'CT-0007', 'male', '1975', 'kazakh', '',"
        " 'Tekes', '', '', '', 'embassy_un', 'qaliolla', 'unknown', '',"
        " '2020-01-01 00:00:00', '2020-01-01 00:00:00')"
    )
    v.cases.execute_sql(
        "INSERT INTO name_record (person_id, text, script, kind, position)"
        " VALUES (1, 'Қалиолла', 'Cyrl', 'primary', 0)"
    )
    assert v.schema_version == 1
    v.close()


def test_version_1_vault_opens_after_later_migrations(tmp_path):
    path = tmp_path / "Old.ctvault"
    _make_version_1_vault(path)
    session = open_vault(path, passphrase=PASSPHRASE)
    try:
        assert session.vault.schema_version == LATEST
        person = cases.get_by_ref(session, "CT-0007")
        assert person.names[0].text == "Қалиолла"
        assert person.hometown == "Tekes"
        # data added by migration 2 (the search keys) was built from the old names
        assert [h.ref for h in searching.search(session, "Qaliolla")] == ["CT-0007"]
        # a verified backup was taken before migrating
        assert list((path / "backups").glob("*.ctbackup"))
    finally:
        session.close()
    assert records.db.obj is None
