"""The key derivation started as the process starts (store/early_kdf.py), before the app loads."""

from __future__ import annotations

import pytest

from casetracker.domain.errors import WrongPassphrase
from casetracker.launch import read_start
from casetracker.services.session import open_vault
from casetracker.store import early_kdf, keyslots
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _nothing_started():
    early_kdf._started.clear()
    yield
    early_kdf._started.clear()


@pytest.mark.parametrize(
    ("argv", "vault"),
    [
        (["--vault", "Family"], "Family"),
        (["--vault=Family.ctvault"], "Family.ctvault"),
        (["--rally", "--vault", "Family"], "Family"),
        (["--vault", "Family", "search", "Qaliolla"], None),  # a subcommand: not the app
        (["--vault", "Family", "--help"], None),
        ([], None),
    ],
)
def test_only_a_start_of_the_app_on_a_vault_derives_early(argv, vault):
    app, named = read_start(argv)
    assert (named if app else None) == vault


def _no_second_derivation(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("derived again instead of taking the early key")

    monkeypatch.setattr(keyslots, "hash_secret_raw", refuse)


def test_the_early_key_opens_the_vault_once(vault_path, monkeypatch):
    early_kdf.prestart(str(vault_path), PASSPHRASE)
    _no_second_derivation(monkeypatch)
    session = open_vault(vault_path, passphrase=PASSPHRASE)
    session.close()
    with pytest.raises(AssertionError, match="derived again"):  # used up: derives normally
        open_vault(vault_path, passphrase=PASSPHRASE)


def test_a_wrong_passphrase_derived_early_is_still_refused(vault_path, monkeypatch):
    early_kdf.prestart(str(vault_path.with_suffix("")), "not it")
    _no_second_derivation(monkeypatch)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, passphrase="not it")


def test_no_early_start_for_what_is_not_a_vault(tmp_path):
    (tmp_path / "Broken.ctvault").mkdir()
    (tmp_path / "Broken.ctvault" / "keys.json").write_text("{not json")
    for folder in (tmp_path / "Missing", tmp_path / "Broken"):
        early_kdf.prestart(str(folder), PASSPHRASE)
    assert early_kdf._started == {}
