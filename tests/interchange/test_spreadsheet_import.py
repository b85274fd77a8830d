"""Importing and exporting case lists: all or nothing, valid-only, matching, undo, round trips."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetracker.domain.errors import ValidationError
from casetracker.interchange import sheets, spreadsheet
from casetracker.interchange.spreadsheet import ImportRejected
from casetracker.services import cases, history, maintenance, reporters, statuses
from tests.conftest import PASSPHRASE
from tests.interchange.conftest import opened, table_counts

GOOD = (
    "ref;ФИО;Name (Latin);Пол;Год рождения;Национальность;Статус;Дата;Лагерь;Заявитель;"
    "Степень родства;Телефон;Примечание\n"
    ";Қалиолла Сейтқазыұлы;Qaliolla Seitqazyuly;м;1975;казах;в лагере;весна 2018;Camp 1;"
    'Айгүл;дочь;+7 701 123 4567;"two\nlines"\n'
    "CT-0100;Бақыт;;ж;about 1980;;released;12.04.2019;;Айгүл;сестра;+7 701 123 4567;\n"
    ";Серік;;;;;imprisoned;04.2018;Prison 2;;;;\n"
)


def _write(tmp_path: Path, text: str, name: str = "list.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_import_values_words_dates_and_one_undo_step(session, tmp_path):
    report = spreadsheet.import_file(session, _write(tmp_path, GOOD))
    assert (report.added, report.problems) == (3, [])
    first = cases.get(session, report.person_ids[0])
    assert [(n.text, n.script.value) for n in first.names] == [
        ("Қалиолла Сейтқазыұлы", "Cyrl"), ("Qaliolla Seitqazyuly", "Latn")
    ]  # fmt: skip
    assert (first.sex.value, first.birth_date.text, first.ethnicity) == ("male", "1975", "kazakh")
    assert (first.current_status.value, first.events[0].date.text) == ("detained_camp", "2018-21")
    assert first.events[0].facility_name == "Camp 1" and first.notes == "two\nlines"
    second = cases.get_by_ref(session, "CT-0100")
    assert (second.birth_date.text, second.current_status.value) == ("1980~", "released")
    # the same family member (name + phone) reports both: one reporter
    assert first.reporters[0].reporter_id == second.reporters[0].reporter_id
    assert history.undo_label(session) == "Import cases from list.csv"
    history.undo(session)
    assert table_counts(session)["person"] == 0
    history.redo(session)
    assert cases.get_by_ref(session, "CT-0100").names[0].text == "Бақыт"


BAD = (
    "name,sex,status,status_date,birth_year,reporter_relation,reporter_phone\n"
    "Good Person,m,released,2019,1970,,\n"
    ",m,released,,,,\n"
    "X,robot,flying,31.02.2018,yesterday,,\n"
    "Y,,,,,cousin twice removed,+7 700\n"
)


def test_bad_rows_nothing_written_every_problem_listed(session, tmp_path):
    before = table_counts(session)
    with pytest.raises(ImportRejected) as caught:
        spreadsheet.import_file(session, _write(tmp_path, BAD))
    problems = {(p.row, p.column) for p in caught.value.report.problems}
    assert problems == {
        (3, "name"), (4, "sex"), (4, "status"), (4, "status_date"), (4, "birth_year"),
        (5, "reporter_relation"), (5, "reporter_name"),
    }  # fmt: skip
    assert table_counts(session) == before
    assert history.undo_label(session) is None


def test_valid_only_and_dry_run(session, tmp_path):
    path = _write(tmp_path, BAD)
    dry = spreadsheet.import_file(session, path, dry_run=True)
    assert dry.added == 1 and dry.invalid_rows == 3 and table_counts(session)["person"] == 0
    report = spreadsheet.import_file(session, path, valid_only=True)
    assert report.added == 1 and report.invalid_rows == 3
    assert cases.get(session, report.person_ids[0]).names[0].text == "Good Person"


def test_on_match_skip_update_new(session, tmp_path):
    pid = cases.create(session, names=["Бақыт"], ref="CT-0100").created_ids[0]
    path = _write(tmp_path, GOOD)
    assert spreadsheet.import_file(session, path, dry_run=True).skipped == 1
    report = spreadsheet.import_file(session, path, on_match="update")
    assert (report.added, report.updated) == (2, 1)
    person = cases.get(session, pid)
    assert person.current_status.value == "released" and person.sex.value == "female"
    assert [r.name for r in person.reporters] == ["Айгүл"]
    again = spreadsheet.import_file(session, path, on_match="update")
    assert cases.get(session, pid).events == person.events  # nothing doubled
    assert again.updated == 3  # the ref, and the duplicate detector for rows without one
    new = spreadsheet.import_file(session, path, on_match="new")
    assert new.added == 3 and cases.ref_taken("CT-0100")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_imports_back_into_an_empty_vault(session, make_vault, tmp_path, fmt):
    spreadsheet.import_file(session, _write(tmp_path, GOOD))
    pid = cases.create(session, names=["Ana", "安娜", "آنا"], sex="female").created_ids[0]
    statuses.add_event(session, pid, "disappeared", date="../2019")
    reporters.add_to_person(session, pid, name="Bek", phone="+7 702", relationship="child")
    reporters.add_to_person(session, pid, name="Dana", relationship="sibling")
    out = tmp_path / f"all.{fmt}"
    assert spreadsheet.export_sheet(session, out) == 4

    def view(s):
        people = (cases.get(s, i) for i in spreadsheet.exchange.person_ids_in_ref_order())
        return [
            (
                p.ref,
                p.names[0].text,
                sorted((n.text, n.script.value) for n in p.names),
                p.sex.value,
                p.current_status.value,
                p.current_event.date.text if p.current_event and p.current_event.date else "",
                [(r.name, r.relationship.value, r.phone) for r in p.reporters],
            )
            for p in people
        ]

    expected = view(session)
    session.close()
    with opened(make_vault("fresh")) as fresh:
        assert spreadsheet.import_file(fresh, out).added == 4
        assert view(fresh) == expected


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_hostile_csv_never_crashes_and_never_half_imports(session, tmp_path, data):
    before = table_counts(session)
    path = tmp_path / "hostile.csv"
    path.write_bytes(b"name;status;status_date;sex;birth_year\n" + data)
    try:
        report = spreadsheet.import_file(session, path, valid_only=False)
    except ValidationError as exc:
        assert str(exc)
        assert table_counts(session) == before
    else:
        if report.added:
            history.undo(session)
        assert not report.problems
    assert table_counts(session)["person"] == before["person"]


def test_killed_mid_import_leaves_the_vault_unchanged(vault_path, tmp_path):
    rows = "\n".join(f"Person {i};released;2019;Relative {i};+7 701 {i:07d}" for i in range(30000))
    path = _write(tmp_path, "name;status;status_date;reporter_name;reporter_phone\n" + rows)
    env = {**os.environ, "CASETRACKER_PASSPHRASE": PASSPHRASE, "CASETRACKER_INSECURE_TEST_KDF": "1"}
    wal = vault_path / "cases.db-wal"
    proc = subprocess.Popen(
        [sys.executable, "-m", "casetracker", "import", str(path), "--vault", str(vault_path)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    start_size = None
    while time.monotonic() < deadline and proc.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        start_size = size if start_size is None else start_size
        if size > start_size + 2_000_000:  # writing the import's rows, not yet committed
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with opened(vault_path) as session:
        assert table_counts(session)["person"] == 0
        assert maintenance.check(session) == []
        assert history.undo_label(session) is None
    check = subprocess.run(
        [sys.executable, "-m", "casetracker", "check", "--vault", str(vault_path)],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr


def test_sheet_rows_formats(session, tmp_path):
    spreadsheet.import_file(session, _write(tmp_path, GOOD))
    out = tmp_path / "x.ods"
    spreadsheet.export_sheet(session, out)
    assert sheets.open_sheet(out).headers == list(spreadsheet.CANONICAL)
