"""Helpers for interchange tests: fresh vaults (one open at a time) and a vault fingerprint."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from casetracker.services import cases
from casetracker.services.session import open_vault
from casetracker.store import records
from tests.conftest import PASSPHRASE


@pytest.fixture
def make_vault(template_vault, tmp_path):
    """`make_vault(name)` -> path of a fresh empty vault copied from the template."""

    def make(name: str) -> Path:
        target = tmp_path / f"{name}.ctvault"
        shutil.copytree(template_vault[0], target)
        return target

    return make


@contextlib.contextmanager
def opened(path: Path):
    session = open_vault(path, passphrase=PASSPHRASE)
    try:
        yield session
    finally:
        session.close()


def fingerprint(session) -> dict[str, tuple]:
    """What a volunteer sees of every case, keyed by UUID (refs are local labels)."""
    result = {}
    for (pid,) in records.PersonRecord.select(records.PersonRecord.id).tuples():
        p = cases.get(session, pid)
        result[p.uuid] = (
            tuple((n.text, n.script.value, n.kind.value) for n in p.names),
            p.sex.value,
            p.birth_date.text if p.birth_date else "",
            p.hometown,
            p.notes,
            p.occupation,
            p.current_status.value,
            tuple(
                sorted((e.uuid, e.status.value, e.date.text if e.date else "") for e in p.events)
            ),
            tuple(sorted((r.uuid, r.name, r.relationship.value, r.phone) for r in p.reporters)),
            tuple(sorted(a.sha256 for a in p.attachments)),
        )
    return result


def table_counts(session) -> dict[str, int]:
    return {name: model.select().count() for name, model in records.TRACKED.items()}
