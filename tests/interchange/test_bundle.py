"""Transfer bundles: encryption that rejects tampering, and merging laptops both ways."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetracker.domain.errors import ValidationError, WrongPassphrase
from casetracker.interchange import bundle
from casetracker.services import (
    attachments,
    cases,
    exchange,
    history,
    reporters,
    statuses,
    syncmerge,
)
from casetracker.store import records
from tests.interchange.conftest import fingerprint, opened, table_counts

K = bundle.TEST_KDF
PW = "bundle passphrase"


def _export(path: Path, out: Path, **kwargs) -> Path:
    with opened(path) as s:
        bundle.export_bundle(s, out, PW, kdf=K, **kwargs)
    return out


def _import(path: Path, file: Path) -> bundle.BundleReport:
    with opened(path) as s:
        return bundle.import_bundle(s, file, PW)


def _pid(s, name: str) -> int:
    return next(
        i for i in exchange.person_ids_in_ref_order() if cases.get(s, i).names[0].text == name
    )


@pytest.fixture
def laptops(make_vault, tmp_path):
    """Two laptops that each recorded a case at a rally, then exchanged once both ways."""
    a, b = make_vault("A"), make_vault("B")
    with opened(a) as s:
        pid = cases.create(s, names=["Alice", "Әлия"], hometown="Tekes").created_ids[0]
        statuses.add_event(s, pid, "detained_camp", date="2018")
        reporters.add_to_person(s, pid, name="Dana", phone="+7 701", relationship="child")
        attachments.add(s, pid, "photo.png", b"\x89PNG\r\n\x1a\n" + os.urandom(64))
    with opened(b) as s:
        pid = cases.create(s, names=["Bob"]).created_ids[0]
        statuses.add_event(s, pid, "imprisoned", date="2019")
    assert _import(b, _export(a, tmp_path / "a0.ctb")).added >= 4
    assert _import(a, _export(b, tmp_path / "b0.ctb")).added == 2
    return a, b, tmp_path


def _same(a: Path, b: Path) -> None:
    with opened(a) as s:
        left = fingerprint(s)
    with opened(b) as s:
        assert fingerprint(s) == left


def test_new_on_each_side_then_converged_and_idempotent(laptops):
    a, b, tmp = laptops
    _same(a, b)
    file = _export(a, tmp / "a1.ctb")
    with opened(b) as s:
        before = table_counts(s)
        label = history.undo_label(s)
    report = _import(b, file)
    assert (report.added, report.changed, report.conflicts) == (0, 0, 0)
    with opened(b) as s:
        assert table_counts(s) == before and history.undo_label(s) == label
        assert "Merge bundle from" in label


def test_changed_on_one_side_and_different_fields_on_both(laptops):
    a, b, tmp = laptops
    with opened(a) as s:
        cases.update(s, _pid(s, "Alice"), hometown="Kunes")
    with opened(b) as s:
        pid = _pid(s, "Alice")
        cases.update(s, pid, occupation="teacher")
        statuses.add_event(s, pid, "released", date="2020")
    assert _import(b, _export(a, tmp / "a1.ctb")).conflicts == 0
    assert _import(a, _export(b, tmp / "b1.ctb")).conflicts == 0
    _same(a, b)
    with opened(a) as s:
        p = cases.get(s, _pid(s, "Alice"))
        assert (p.hometown, p.occupation, p.current_status.value) == (
            "Kunes",
            "teacher",
            "released",
        )


def test_conflict_listed_nothing_overwritten_then_decided(laptops):
    a, b, tmp = laptops
    with opened(a) as s:
        cases.update(s, _pid(s, "Bob"), notes="from A")
    with opened(b) as s:
        cases.update(s, _pid(s, "Bob"), notes="from B")
    report = _import(b, _export(a, tmp / "a1.ctb"))
    assert report.conflicts == 1
    with opened(b) as s:
        assert cases.get(s, _pid(s, "Bob")).notes == "from B"
        [item] = syncmerge.conflicts(s)
        assert (item.field, item.local, item.remote) == ("notes", "from B", "from A")
    assert _import(b, tmp / "a1.ctb").conflicts == 1  # listed again, not doubled
    with opened(b) as s:
        assert len(syncmerge.conflicts(s)) == 1
    assert _import(a, _export(b, tmp / "b1.ctb")).conflicts == 1  # A sees it too
    with opened(b) as s:
        syncmerge.resolve(s, syncmerge.conflicts(s)[0].id, "theirs")
        assert cases.get(s, _pid(s, "Bob")).notes == "from A"
    with opened(a) as s:
        syncmerge.resolve(s, syncmerge.conflicts(s)[0].id, "mine")
    _import(a, _export(b, tmp / "b2.ctb"))
    _import(b, _export(a, tmp / "a2.ctb"))
    _same(a, b)


def test_deletion_travels_and_deleting_a_changed_record_is_a_conflict(laptops):
    a, b, tmp = laptops
    with opened(a) as s:
        cases.delete(s, _pid(s, "Bob"))
    assert _import(b, _export(a, tmp / "a1.ctb")).deleted >= 1
    with opened(b) as s:
        assert [cases.get(s, i).names[0].text for i in exchange.person_ids_in_ref_order()] == [
            "Alice"
        ]
        cases.update(s, _pid(s, "Alice"), notes="changed on B")
    with opened(a) as s:
        cases.delete(s, _pid(s, "Alice"))
    report = _import(b, _export(a, tmp / "a2.ctb"))
    assert report.conflicts == 1
    with opened(b) as s:
        assert cases.get(s, _pid(s, "Alice")).notes == "changed on B"  # not silently lost


def test_undone_merge_is_not_sent_back_as_a_deletion(laptops):
    a, b, tmp = laptops
    with opened(a) as s:
        pid = cases.create(s, names=["Carol"]).created_ids[0]
    file = _export(a, tmp / "a1.ctb")
    assert _import(b, file).added >= 1
    with opened(b) as s:
        history.undo(s)
    _import(a, _export(b, tmp / "b1.ctb"))
    with opened(a) as s:
        assert cases.get(s, pid).names[0].text == "Carol"
    assert _import(b, file).added >= 1


def test_tampered_truncated_wrong_passphrase_rejected_before_anything(laptops):
    a, b, tmp = laptops
    with opened(a) as s:
        cases.create(s, names=["Dina"])
    good = _export(a, tmp / "a1.ctb").read_bytes()
    with opened(b) as s:
        before = table_counts(s)
    for name, data in (
        ("flip.ctb", good[:-40] + bytes([good[-40] ^ 1]) + good[-39:]),
        ("trunc.ctb", good[: len(good) // 2]),
        ("short.ctb", good[:-1]),
        ("extra.ctb", good + b"\x00\x00\x00\x10" + os.urandom(16)),
        ("header.ctb", good.replace(b'"t": 1', b'"t": 2', 1)),
        ("junk.ctb", b"hello"),
    ):
        (tmp / name).write_bytes(data)
        with opened(b) as s, pytest.raises((ValidationError, WrongPassphrase)):
            bundle.import_bundle(s, tmp / name, PW)
    with opened(b) as s, pytest.raises(WrongPassphrase):
        bundle.import_bundle(s, tmp / "a1.ctb", "not the passphrase")
    with opened(b) as s:
        assert table_counts(s) == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=300), cut=st.integers(0, 400))
def test_hostile_bundles(session, tmp_path, data, cut):
    before = table_counts(session)
    path = tmp_path / "x.ctb"
    path.write_bytes((bundle.MAGIC + data)[:cut] if cut % 2 else data)
    with pytest.raises((ValidationError, WrongPassphrase)):
        bundle.import_bundle(session, path, PW)
    assert table_counts(session) == before


def test_merge_undone_and_redone_twice_restores_every_row(make_vault, tmp_path):
    """Rows a merge inserts in bulk are logged as runs of ids, not images: undo reads them from
    the table, redo from the undo's log; a second round goes through the images the first
    redo logged."""
    a, b = make_vault("A"), make_vault("B")
    with opened(a) as s:
        for i in range(3):
            pid = cases.create(s, names=[f"Person {i}", f"Адам {i}"], hometown="Tekes").created_ids[
                0
            ]
            statuses.add_event(s, pid, "detained_camp", date="2018")
            reporters.add_to_person(s, pid, name=f"Relative {i}", phone=f"+7 70{i}")
    file = _export(a, tmp_path / "a.ctb")
    with opened(b) as s:
        empty = table_counts(s)
    assert _import(b, file).added >= 12
    with opened(b) as s:
        change = records.ChangeRecord
        assert change.select().where(change.after.contains('"*range"')).count() >= 4
        merged, counts = fingerprint(s), table_counts(s)
        rows = {
            e: sorted(tuple(sorted(r.items())) for r in m.select().dicts())
            for e, m in records.TRACKED.items()
            if e not in ("setting",)
        }
        for _round in range(2):
            history.undo(s)
            assert table_counts(s) == empty
            history.redo(s)
            assert fingerprint(s) == merged and table_counts(s) == counts
            assert {
                e: sorted(tuple(sorted(r.items())) for r in m.select().dicts())
                for e, m in records.TRACKED.items()
                if e not in ("setting",)
            } == rows
        person = next(iter(merged))
        pid = records.PersonRecord.get(records.PersonRecord.uuid == person).id
        assert any(
            e.entity == "person" for e in history.audit(s, history.AuditFilter(person_id=pid))
        )


def test_merge_and_export_give_the_page_cache_back(laptops):
    """A whole-vault merge borrows a 256 MiB page cache; the case list must not keep it."""
    a, b, tmp = laptops
    with opened(a) as s:
        daily = records.db.execute_sql("PRAGMA cache_size").fetchone()[0]
        bundle.export_bundle(s, tmp / "again.ctb", PW, kdf=K)
        assert records.db.execute_sql("PRAGMA cache_size").fetchone()[0] == daily
    with opened(b) as s:
        bundle.import_bundle(s, tmp / "again.ctb", PW)
        assert records.db.execute_sql("PRAGMA cache_size").fetchone()[0] == daily
        with pytest.raises(WrongPassphrase):
            bundle.import_bundle(s, tmp / "again.ctb", "not it")
        assert records.db.execute_sql("PRAGMA cache_size").fetchone()[0] == daily
    assert daily == -65536


def test_a_merge_cancelled_while_it_writes_leaves_the_vault_as_it_was(laptops):
    """A lock cancels a merge at its next progress report, also once every record is read and
    the rows are being written: the merge rolls back, nothing half-merged."""
    a, b, tmp = laptops
    with opened(a) as s:
        cases.create(s, names=["Carol"], hometown="Ili")
    late = _export(a, tmp / "late.ctb")
    with opened(b) as s:
        before = fingerprint(s)
        asked: list[tuple[int, int]] = []

        def progress(done: int, total: int) -> bool:
            asked.append((done, total))
            return done < total  # the records are all read: now the writing is cancelled

        with pytest.raises(InterruptedError):
            bundle.import_bundle(s, late, PW, progress)
        assert asked and asked[-1][0] == asked[-1][1]
        assert fingerprint(s) == before
    assert _import(b, late).added >= 1  # and it merges in full when asked again
