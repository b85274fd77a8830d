"""Merging two cases of one person: nothing is lost, copies are not doubled, undo restores."""

from __future__ import annotations

import json

import pytest

from casetracker.domain.enums import ReportLevel
from casetracker.domain.errors import NotFound, ValidationError
from casetracker.services import (
    advocacy,
    attachments,
    cases,
    dispatch,
    history,
    merge,
    reporters,
    searching,
    statuses,
)
from casetracker.store import records
from casetracker.store.oplog import row_image

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _snapshot() -> dict[str, list[dict]]:
    """Every row of every tracked table, as stored (what undo must bring back exactly)."""
    return {
        entity: sorted(
            (row_image(row) for row in model.select()),
            key=lambda image: json.dumps(image, sort_keys=True, default=str),
        )
        for entity, model in records.TRACKED.items()
    }


@pytest.fixture
def pair(session):
    """The same man recorded twice: once by his sister in Cyrillic, once from a PRC document."""
    keep = cases.create(
        session,
        names=["Ерлан Қалиоллаұлы", "Erlan Qaliollauly"],
        sex="male",
        birth_date="1975",
        hometown="Tekes",
        notes="Sister's account.",
        identifiers=[("passport", "N1234567")],
    ).created_ids[0]
    drop = cases.create(
        session,
        names=["叶尔兰·哈力奥拉", "Erlan Qaliollauly"],
        sex="male",
        birth_date="1976",
        hometown="Tekes County, Ili",
        occupation="herder",
        notes="From a court record.",
        identifiers=[("passport", "N1234567"), ("other", "Ili-2019-77")],
    ).created_ids[0]
    statuses.add_event(session, keep, "detained_camp", date="2018")
    statuses.add_event(session, drop, "detained_camp", date="2018")  # the same event twice
    statuses.add_event(session, drop, "imprisoned", date="2019", sentence="15 years")
    reporters.add_to_person(session, keep, name="Aliya", phone="+7 701 111 22 33")
    sister = reporters.get(session, cases.get(session, keep).reporters[0].reporter_id).id
    reporters.add_to_person(session, drop, reporter_id=sister, relationship="sibling")
    reporters.add_to_person(session, drop, name="Nurlan", phone="+7 702 000 11 22")
    org = advocacy.add_organization(session, name="Embassy", kind="embassy").created_ids[0]
    advocacy.add_interaction(session, [keep, drop], "letter", organization_id=org)
    advocacy.add_interaction(session, [drop], "meeting", organization_id=org)
    attachments.add(session, keep, "photo.png", PNG)
    attachments.add(session, drop, "same-photo.png", PNG)
    attachments.add(session, drop, "verdict.png", PNG + b"verdict")
    dispatch.record(
        session,
        [dispatch.DispatchEntry(drop, ReportLevel.EMBASSY, "en", "a" * 64, "CT-0002.pdf")],
    )
    return keep, drop


def test_conflicts_list_fields_both_cases_fill_differently(session, pair):
    keep, drop = pair
    found = {c.field: (c.keep, c.drop) for c in merge.conflicts(session, keep, drop)}
    assert found == {
        "birth_date": ("1975", "1976"),
        "hometown": ("Tekes", "Tekes County, Ili"),
        "notes": ("Sister's account.", "From a court record."),
    }  # occupation is only on one side: taken over without asking


def test_merge_keeps_every_related_record_once(session, pair):
    keep, drop = pair
    drop_ref = cases.get(session, drop).ref
    changes = merge.merge(
        session, keep, drop, {"hometown": "drop", "notes": "both", "birth_date": "keep"}
    )
    assert changes.label == "Merge cases" and changes.person_ids == {keep, drop}
    with pytest.raises(NotFound):
        cases.get(session, drop)
    person = cases.get(session, keep)
    assert [n.text for n in person.names] == [
        "Ерлан Қалиоллаұлы",
        "Erlan Qaliollauly",
        "叶尔兰·哈力奥拉",
    ]  # the Latin name both had is kept once
    assert sorted((i.kind.value, i.value) for i in person.identifiers) == [
        ("other", "Ili-2019-77"),
        ("passport", "N1234567"),
    ]
    assert [(e.status.value, e.date.text) for e in person.events] == [
        ("detained_camp", "2018"),
        ("imprisoned", "2019"),
    ]
    assert person.current_status.value == "imprisoned"
    assert sorted(r.name for r in person.reporters) == ["Aliya", "Nurlan"]
    assert sorted(a.filename for a in person.attachments) == ["photo.png", "verdict.png"]
    kinds = sorted(i.kind.value for i in advocacy.interactions_for_person(session, keep))
    assert kinds == ["letter", "meeting"]
    assert [d.filename for d in dispatch.list_for_person(session, keep)] == ["CT-0002.pdf"]
    assert (person.birth_date.text, person.hometown, person.occupation) == (
        "1975",
        "Tekes County, Ili",
        "herder",
    )
    assert person.notes == "Sister's account.\n\nFrom a court record."
    # found by every name, and by the reference the dropped case had
    assert [h.person_id for h in searching.search(session, "叶尔兰·哈力奥拉")] == [keep]
    assert [h.person_id for h in searching.search(session, drop_ref)] == [keep]


def test_merge_is_one_undo_step_that_restores_both_cases_exactly(session, pair):
    keep, drop = pair
    before = _snapshot()
    merge.merge(session, keep, drop, {"notes": "drop"})
    assert history.undo_label(session) == "Merge cases"
    history.undo(session)
    after = _snapshot()
    assert after == before
    hits = {h.person_id: h.matched for h in searching.search(session, "叶尔兰·哈力奥拉")}
    assert hits[drop] == "叶尔兰·哈力奥拉" and keep in hits  # the index is back too
    history.redo(session)
    assert cases.get(session, keep).notes == "From a court record."


def test_the_audit_log_records_the_merge(session, pair):
    keep, drop = pair
    merge.merge(session, keep, drop)
    entries = history.audit(session, history.AuditFilter(person_id=drop))
    assert any(e.label == "Merge cases" and e.entity == "person" for e in entries)
    moved = history.audit(session, history.AuditFilter(person_id=keep))
    assert any(e.label == "Merge cases" and e.entity == "name" for e in moved)


def test_bad_requests_change_nothing(session, pair):
    keep, drop = pair
    with pytest.raises(ValidationError):
        merge.merge(session, keep, keep)
    with pytest.raises(ValidationError):
        merge.merge(session, keep, drop, {"ref": "drop"})
    with pytest.raises(ValidationError):
        merge.merge(session, keep, drop, {"sex": "both"})
    with pytest.raises(NotFound):
        merge.merge(session, keep, 9999)
    assert cases.get(session, drop).ref


def test_every_person_table_is_known_to_merge():
    """A table that belongs to persons must be moved by merge (or knowingly left out)."""
    known = {table.model for table in merge.PERSON_OWNED}
    for model in records.TRACKED.values():
        if "person" in model._meta.fields and model is not records.PersonRecord:
            assert model in known, model.__name__
