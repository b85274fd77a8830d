"""PFIF 1.2-1.4 import from Person Finder's own sample files, and PFIF 1.4 export."""

from __future__ import annotations

from pathlib import Path

import pytest

from casetracker.domain.errors import ValidationError
from casetracker.interchange import pfif
from casetracker.services import cases, statuses
from tests.interchange.conftest import opened, table_counts

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "pfif"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/pfif is absent")


@needs_samples
def test_person_finder_samples(session):
    with pytest.raises(pfif.PfifRejected) as caught:
        pfif.import_file(session, SAMPLES / "test.pfif-1.2-note.xml")
    assert "neither in this file nor in the vault" in str(caught.value.report.problems[0])
    assert table_counts(session)["person"] == 0
    report = pfif.import_file(session, SAMPLES / "test.pfif-1.4.xml")
    assert (report.persons_added, report.notes_added) == (1, 4)
    person = cases.get(session, 1)
    assert [n.text for n in person.names][:2] == ["_test_full_name1", "_test_full_name2"]
    assert person.hometown.startswith("_test_home_neighborhood, _test_home_city")
    assert (person.sex.value, person.birth_date.text, person.age_range.max) == (
        "female",
        "1970-01",
        45,
    )
    statuses_seen = [e.status.value for e in person.events]
    assert statuses_seen == ["disappeared", "arrived_kazakhstan", "disappeared"]
    assert "new comment - testing" in person.notes
    # the 1.2 file is the same person with the same notes: nothing is added twice
    again = pfif.import_file(session, SAMPLES / "test.pfif-1.2.xml")
    assert (again.persons_added, again.persons_known, again.notes_added) == (0, 1, 0)
    dead = pfif.import_file(session, SAMPLES / "test.pfif-1.2-believed-dead.xml")
    assert dead.notes_added == 1 and cases.get(session, 1).current_status.value == "died"
    partial = pfif.import_file(session, SAMPLES / "test.pfif-1.2-note.xml", valid_only=True)
    assert len(partial.problems) == 1 and partial.notes_added == 0


def test_export_then_import_elsewhere(session, make_vault, tmp_path):
    pid = cases.create(session, names=["Қалиолла", "Qaliolla"], sex="male", birth_date="1975",
                       hometown="Tekes").created_ids[0]  # fmt: skip
    statuses.add_event(session, pid, "detained_camp", date="2018-21", place="Kunes")
    statuses.add_event(session, pid, "imprisoned", date="2019")
    out = tmp_path / "out.xml"
    assert pfif.export_file(session, out) == 1
    text = out.read_text(encoding="utf-8")
    assert 'xmlns:pfif="http://zesty.ca/pfif/1.4"' in text and "believed_alive" in text
    uuid = cases.get(session, pid).uuid
    session.close()
    with opened(make_vault("other")) as other:
        report = pfif.import_file(other, out)
        assert (report.persons_added, report.notes_added) == (1, 2)
        person = cases.get(other, 1)
        assert person.uuid == uuid and person.birth_date.text == "1975"
        assert [n.text for n in person.names] == ["Қалиолла", "Qaliolla"]
        assert pfif.import_file(other, out).notes_added == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<x/>", "not a PFIF document"),
        ('<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.9"/>', "not supported"),
        ("<not xml", "is not XML"),
        (
            '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "bbbbbbbb">]>'
            '<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">&b;</pfif:pfif>',
            "DTDs",
        ),
    ],
)
def test_unusable_files(session, tmp_path, text, message):
    path = tmp_path / "x.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        pfif.import_file(session, path)


def test_person_without_name_or_id_is_reported(session, tmp_path):
    path = tmp_path / "x.xml"
    path.write_text(
        '<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person><pfif:sex>male</pfif:sex>'
        "</pfif:person><pfif:person><pfif:person_record_id>a.org/1</pfif:person_record_id>"
        "</pfif:person></pfif:pfif>",
        encoding="utf-8",
    )
    with pytest.raises(pfif.PfifRejected) as caught:
        pfif.import_file(session, path)
    assert {p.column for p in caught.value.report.problems} == {"person_record_id", "full_name"}
