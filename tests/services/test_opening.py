"""Opening a vault on a thread of its own, started before the desktop app loads Qt."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from casetracker.domain.errors import WrongPassphrase
from casetracker.services import caselist
from casetracker.services.opening import BackgroundOpen, open_from_environment, vault_argument
from casetracker.services.session import PASSPHRASE_ENV
from tests.conftest import PASSPHRASE


def test_the_session_opened_on_the_thread_is_used_on_this_one(vault_path):
    heard = threading.Event()
    opening = BackgroundOpen(vault_path, passphrase=PASSPHRASE).start()
    opening.add_done_callback(lambda op: heard.set())
    session = opening.result(timeout=60)
    try:
        assert heard.wait(10) and opening.done()
        assert caselist.count(session) == 0  # this thread opens its own connection
        late = []
        opening.add_done_callback(late.append)  # already over: called at once, here
        assert late == [opening]
    finally:
        session.close()


def test_a_wrong_passphrase_comes_back_from_result(vault_path):
    opening = BackgroundOpen(vault_path, passphrase="not it").start()
    with pytest.raises(WrongPassphrase):
        opening.result(timeout=60)
    with pytest.raises(WrongPassphrase):  # and again: the error is kept
        opening.result(timeout=0)


def test_started_from_the_environment_only_with_a_vault_and_a_passphrase(vault_path):
    assert open_from_environment(None, {PASSPHRASE_ENV: PASSPHRASE}) is None
    assert open_from_environment(str(vault_path), {}) is None
    assert open_from_environment(str(vault_path), {PASSPHRASE_ENV: ""}) is None
    opening = open_from_environment(str(vault_path), {PASSPHRASE_ENV: PASSPHRASE})
    opening.result(timeout=60).close()


def test_vault_argument_adds_the_folder_suffix():
    assert vault_argument("") is None
    assert vault_argument("~/Family") == Path("~/Family.ctvault").expanduser()
    assert vault_argument("Family.ctvault") == Path("Family.ctvault")
