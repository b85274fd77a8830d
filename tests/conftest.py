"""Shared fixtures: real encrypted vaults in temporary folders, never `:memory:`.

One migrated template vault is built per test session (cheap key derivation, passed explicitly)
and copied for each test that needs one.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CASETRACKER_INSECURE_TEST_KDF"] = "1"  # only for vaults the tests create

from casetracker.services.session import Session, create_vault, open_vault
from casetracker.store.keyslots import TEST_KDF

PASSPHRASE = "test passphrase ✓ Қалиолла"


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template") / "Template.ctvault"
    session, code = create_vault(folder, PASSPHRASE, kdf=TEST_KDF)
    session.close()
    return folder, code


@pytest.fixture
def vault_path(template_vault, tmp_path) -> Path:
    target = tmp_path / "Case.ctvault"
    shutil.copytree(template_vault[0], target)
    return target


@pytest.fixture
def recovery_code(template_vault) -> str:
    return template_vault[1]


@pytest.fixture
def session(vault_path) -> Session:
    s = open_vault(vault_path, passphrase=PASSPHRASE)
    yield s
    s.close()
