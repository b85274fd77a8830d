"""The vault on disk: encrypted, told apart from wrong passphrases and damaged files."""

from __future__ import annotations

import shutil

import pytest

from casetracker.domain.errors import NotAVault, ValidationError, VaultExists, WrongPassphrase
from casetracker.services import cases, statuses
from casetracker.services.session import create_vault, open_vault
from casetracker.store.keyslots import TEST_KDF
from tests.conftest import PASSPHRASE

NAMES = ["Қалиолла Тұрсынұлы", "Qaliolla Tursynuly", "قالىوللا تۇرسىنۇلى", "哈力奥拉·吐尔逊"]


def _all_bytes(folder):
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_no_file_of_the_vault_holds_a_name_in_plaintext(session, vault_path):
    changes = cases.create(session, names=NAMES, hometown="Ghulja", notes="Secret note Xyzzy")
    statuses.add_event(
        session,
        changes.created_ids[0],
        "detained_camp",
        date="2018-21",
        note="Seen in Qaliolla camp",
    )
    # the WAL is still open here: it must not leak either
    blob = _all_bytes(vault_path)
    session.close()
    blob += _all_bytes(vault_path)
    for name in [*NAMES, "Ghulja", "Xyzzy", "Tursynuly"]:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert name.encode(encoding) not in blob, (name, encoding)


def test_wrong_passphrase_is_told_apart_and_changes_nothing(session, vault_path):
    cases.create(session, names=["Erlan Qaliolla"])
    session.close()
    before = {p.name: p.read_bytes() for p in vault_path.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_vault(vault_path, passphrase="not the passphrase")
    after = {p.name: p.read_bytes() for p in vault_path.iterdir() if p.is_file()}
    assert before == after
    reopened = open_vault(vault_path, passphrase=PASSPHRASE)
    assert cases.get_by_ref(reopened, "CT-0001").names[0].text == "Erlan Qaliolla"
    reopened.close()


def test_damaged_database_is_not_reported_as_a_wrong_passphrase(session, vault_path):
    session.close()
    db = vault_path / "cases.db"
    data = bytearray(db.read_bytes())
    data[0:4096] = b"\x00" * 4096  # destroy the first page (salt and header)
    db.write_bytes(bytes(data))
    with pytest.raises(NotAVault, match="damaged"):
        open_vault(vault_path, passphrase=PASSPHRASE)


def test_truncated_and_foreign_files_are_not_vaults(tmp_path, vault_path, session):
    session.close()
    (vault_path / "keys.json").write_text("{ this is not json")
    with pytest.raises(NotAVault):
        open_vault(vault_path, passphrase=PASSPHRASE)
    foreign = tmp_path / "Foreign.ctvault"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("hello")
    with pytest.raises(NotAVault):
        open_vault(foreign, passphrase=PASSPHRASE)


def test_recovery_code_opens_the_vault(vault_path, recovery_code, session):
    session.close()
    with pytest.raises(WrongPassphrase, match="recovery"):
        open_vault(vault_path, recovery_code="AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    s = open_vault(vault_path, recovery_code=recovery_code.lower())
    s.close()


def test_passphrase_change_is_a_rewrap(session, vault_path):
    session.vault.rewrap("passphrase", "new passphrase", TEST_KDF)
    session.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, passphrase=PASSPHRASE)
    open_vault(vault_path, passphrase="new passphrase").close()


def test_passphrase_is_nfc_normalised(tmp_path):
    decomposed = "Қалиолла".replace("Қ", "Қ")  # same text; build an NFD form below
    import unicodedata

    nfd = unicodedata.normalize("NFD", "ǵúl " + decomposed)
    session, _ = create_vault(tmp_path / "N", nfd, kdf=TEST_KDF)
    session.close()
    open_vault(tmp_path / "N", passphrase=unicodedata.normalize("NFC", nfd)).close()


def test_no_vault_without_a_passphrase_and_no_overwrite(tmp_path, vault_path):
    with pytest.raises(ValidationError):
        create_vault(tmp_path / "Empty", "", kdf=TEST_KDF)
    with pytest.raises(VaultExists):
        create_vault(vault_path, "x", kdf=TEST_KDF)


def test_a_vault_copied_whole_opens_elsewhere(session, vault_path, tmp_path):
    cases.create(session, names=["Aigul"])
    session.close()
    copy = tmp_path / "moved" / "Copy.ctvault"
    shutil.copytree(vault_path, copy)
    s = open_vault(copy, passphrase=PASSPHRASE)
    assert cases.get_by_ref(s, "CT-0001").names[0].text == "Aigul"
    s.close()
