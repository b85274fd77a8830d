"""Exports to files and the dispatch log: one operation per export, right hashes, consent."""

from __future__ import annotations

import datetime as dt
import hashlib
import stat

import pytest

from casetracker.domain.enums import ReportLevel
from casetracker.domain.errors import NotFound, ValidationError
from casetracker.reports import batch
from casetracker.services import cases, demo, dispatch, history
from casetracker.store.records import DispatchRecord
from tests.reports.conftest import RECIPIENT, page_count, pdf_text

DAY = dt.date(2025, 3, 12)


def test_export_one_writes_the_file_and_logs_it(session, long_case, tmp_path):
    options = batch.ExportOptions(ReportLevel.EMBASSY, "ru", RECIPIENT)
    target = tmp_path / "out" / "summary.pdf"
    result = batch.export_one(session, long_case, target, options, today=DAY)
    assert [f.path for f in result.files] == [target]
    content = target.read_bytes()
    assert result.files[0].sha256 == hashlib.sha256(content).hexdigest()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(target.parent.glob(".export-*"))
    [entry] = dispatch.list_for_person(session, long_case)
    assert (entry.level, entry.lang, entry.recipient) == (ReportLevel.EMBASSY, "ru", RECIPIENT)
    assert (entry.sha256, entry.filename) == (result.files[0].sha256, "summary.pdf")
    assert result.changes.person_ids == {long_case}
    assert "12 марта 2025" in pdf_text(target)


def test_export_each_is_one_operation_and_one_undo_step(session, tmp_path):
    demo.generate(session, people=6, photos=2)
    ids = [cases.id_for_ref(session, f"CT-{n:04d}") for n in range(1, 7)]
    options = batch.ExportOptions(ReportLevel.INTERNAL, "en")
    seen = []
    result = batch.export_each(
        session, ids, tmp_path, options, today=DAY, progress=lambda d, t: seen.append((d, t)) or 1
    )
    assert len(result.files) == 6 and not result.cancelled
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    names = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert names[0] == "CT-0001_2025-03-12_internal_en.pdf"
    for item in result.files:
        assert hashlib.sha256(item.path.read_bytes()).hexdigest() == item.sha256
        assert len(dispatch.list_for_person(session, item.person_ids[0])) == 1
    assert history.undo_label(session) == dispatch.LABEL
    history.undo(session)
    assert DispatchRecord.select().count() == 0


def test_refused_consent_stops_the_whole_export_before_any_file(session, tmp_path):
    out = tmp_path / "out"
    demo.generate(session, people=8, photos=0)
    ids = [cases.id_for_ref(session, f"CT-{n:04d}") for n in range(1, 9)]
    refused = [pid for pid in ids if cases.get(session, pid).consent.value != "public"]
    assert refused
    options = batch.ExportOptions(ReportLevel.PUBLIC, "en")
    with pytest.raises(ValidationError) as err:
        batch.export_each(session, ids, out, options)
    assert err.value.field == "level"
    assert not out.exists()
    assert DispatchRecord.select().count() == 0
    result = batch.export_each(session, ids, out, options, skip_refused=True)
    assert len(result.files) == len(ids) - len(refused)
    assert len(result.skipped) == len(refused)
    assert "does not allow a public summary" in result.skipped[0]


def test_cancel_keeps_and_logs_the_files_already_written(session, tmp_path):
    demo.generate(session, people=5, photos=0)
    ids = [cases.id_for_ref(session, f"CT-{n:04d}") for n in range(1, 6)]
    result = batch.export_each(
        session, ids, tmp_path, batch.ExportOptions(), progress=lambda done, total: done < 2
    )
    assert result.cancelled
    assert len(result.files) == 2 == len(list(tmp_path.glob("*.pdf")))
    assert DispatchRecord.select().count() == 2


def test_combined_export_logs_every_case_with_the_same_file(session, tmp_path):
    demo.generate(session, people=3, photos=1)
    ids = [cases.id_for_ref(session, f"CT-{n:04d}") for n in range(1, 4)]
    target = tmp_path / "all.pdf"
    options = batch.ExportOptions(ReportLevel.EMBASSY, "kk", "UN WGEID", password="long enough")
    result = batch.export_combined(session, ids, target, options)
    [item] = result.files
    assert item.refs == ("CT-0001", "CT-0002", "CT-0003")
    assert hashlib.sha256(target.read_bytes()).hexdigest() == item.sha256
    assert "Істер бойынша анықтамалар" in pdf_text(target, password="long enough")
    rows = list(DispatchRecord.select().order_by(DispatchRecord.person))
    assert [r.person_id for r in rows] == ids
    assert {r.sha256 for r in rows} == {item.sha256}
    assert {r.recipient for r in rows} == {"UN WGEID"}


def test_three_page_sample_is_three_pages(session, long_case, tmp_path):
    target = tmp_path / "long.pdf"
    batch.export_one(session, long_case, target, batch.ExportOptions(ReportLevel.EMBASSY))
    assert page_count(target) == 3


def test_dispatch_service_validates_and_orders(session, long_case):
    entry = dispatch.DispatchEntry(long_case, ReportLevel.PUBLIC, "en", "ab" * 32, "a.pdf")
    dispatch.record(session, [entry], at=dt.datetime(2024, 1, 1))
    dispatch.record(session, [entry], at=dt.datetime(2025, 1, 1))
    listed = dispatch.list_for_person(session, long_case)
    assert [d.at.year for d in listed] == [2025, 2024]
    with pytest.raises(ValidationError):
        dispatch.record(session, [dispatch.DispatchEntry(long_case, "public", "en", "xyz", "a")])
    with pytest.raises(ValidationError):
        dispatch.record(
            session, [dispatch.DispatchEntry(long_case, "secret", "en", "ab" * 32, "a")]
        )
    with pytest.raises(NotFound):
        dispatch.record(session, [dispatch.DispatchEntry(999, "public", "en", "ab" * 32, "a")])
    assert dispatch.record(session, []).operation_id is None


def test_filenames_never_hold_names():
    options = batch.ExportOptions(ReportLevel.PUBLIC, "ru")
    assert batch.default_filename("CT-0042", options, DAY) == "CT-0042_2025-03-12_public_ru.pdf"
    assert batch.combined_filename(options, DAY) == "case-summaries_2025-03-12_public_ru.pdf"
    assert "outside the encrypted vault" in batch.outside_vault_notice(False)
    assert "password" in batch.outside_vault_notice(True)
