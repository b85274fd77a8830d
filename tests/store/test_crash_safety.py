"""SIGKILL in the middle of writes, passphrase changes and backups: nothing committed is lost,
the vault stays sound, and some passphrase always works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from casetracker.services import cases, maintenance
from casetracker.services.session import open_vault
from casetracker.store.backup import verify_db
from casetracker.store.keyslots import KeyFile, normalize_passphrase
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

PRELUDE = textwrap.dedent(
    """
    import sys
    from casetracker.services import cases, maintenance, security
    from casetracker.services.session import open_vault
    from casetracker.store.keyslots import TEST_KDF
    path, passphrase = sys.argv[1], sys.argv[2]
    """
)


def _start(script: str, vault_path, passphrase=PASSPHRASE) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(script), str(vault_path), passphrase],
        stdout=subprocess.PIPE,
        text=True,
    )


def _kill_after(proc: subprocess.Popen, lines: int) -> list[str]:
    seen = []
    deadline = time.monotonic() + 60
    while len(seen) < lines and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return seen


def _assert_sound(vault_path, passphrase=PASSPHRASE):
    session = open_vault(vault_path, passphrase=passphrase)
    try:
        assert maintenance.check(session) == []
    finally:
        session.close()


def test_kill_during_edits_keeps_every_committed_change(session, vault_path):
    pid = cases.create(session, names=["Erlan"]).created_ids[0]
    session.close()
    proc = _start(
        f"""
        s = open_vault(path, passphrase=passphrase)
        i = 0
        while True:
            i += 1
            cases.update(s, {pid}, notes=f"edit {{i}}")
            print(i, flush=True)
        """,
        vault_path,
    )
    committed = _kill_after(proc, 40)
    assert len(committed) >= 40
    _assert_sound(vault_path)
    s = open_vault(vault_path, passphrase=PASSPHRASE)
    try:
        notes = cases.get(s, pid).notes
        assert int(notes.split()[1]) >= int(committed[-1])
    finally:
        s.close()


def test_kill_during_passphrase_changes_leaves_one_working(session, vault_path):
    session.close()
    proc = _start(
        """
        s = open_vault(path, passphrase=passphrase)
        i = 0
        while True:
            i += 1
            security.change_passphrase(s, f"passphrase number {i}", kdf=TEST_KDF)
            print(i, flush=True)
        """,
        vault_path,
    )
    changed = _kill_after(proc, 3)
    key_file = KeyFile.load(vault_path / "keys.json")
    candidates = [PASSPHRASE] + [f"passphrase number {i}" for i in range(1, int(changed[-1]) + 3)]
    working = []
    for candidate in candidates:
        try:
            key_file.slot("passphrase").unwrap(normalize_passphrase(candidate), key_file.vault_id)
            working.append(candidate)
        except Exception:
            pass
    assert len(working) == 1
    _assert_sound(vault_path, working[0])


def test_kill_during_backups_never_leaves_a_bad_backup(session, vault_path, tmp_path):
    for n in range(30):
        cases.create(session, names=[f"Person {n}"], notes="x" * 2000)
    session.close()
    target = tmp_path / "usb"
    proc = _start(
        f"""
        s = open_vault(path, passphrase=passphrase)
        i = 0
        while True:
            i += 1
            folder = __import__("pathlib").Path({str(target)!r})
            maintenance.auto_backup(s, f"run {{i}}", folder=folder)
            print(i, flush=True)
        """,
        vault_path,
    )
    _kill_after(proc, 2)
    _assert_sound(vault_path)
    import zipfile

    finished = list(target.glob("*.ctbackup"))
    assert finished
    for backup in finished:
        with zipfile.ZipFile(backup) as zf:
            assert sorted(zf.namelist()) == ["attachments.db", "cases.db", "keys.json"]
            zf.extractall(tmp_path / "check" / backup.stem)
        key_file = KeyFile.load(tmp_path / "check" / backup.stem / "keys.json")
        key = key_file.slot("passphrase").unwrap(
            normalize_passphrase(PASSPHRASE), key_file.vault_id
        )
        assert verify_db(tmp_path / "check" / backup.stem / "cases.db", key) == []
