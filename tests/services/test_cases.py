"""Cases, events, reporters and advocacy through the services, with undo and audit."""

from __future__ import annotations

import pytest

from casetracker.domain.enums import Script, Status
from casetracker.domain.errors import NotFound, NothingToUndo, ValidationError
from casetracker.services import (
    advocacy,
    attachments,
    caselist,
    cases,
    facilities,
    history,
    reporters,
    settings,
    statuses,
)


def _case(session, *names, **fields):
    return cases.create(session, names=list(names) or ["Erlan Qaliolla"], **fields).created_ids[0]


def test_create_detects_scripts_and_gives_references(session):
    first = _case(session, "Қалиолла", "Qaliolla", "قالىوللا", "哈力奥拉")
    second = _case(session, "Aigul")
    person = cases.get(session, first)
    assert [n.script for n in person.names] == [Script.CYRL, Script.LATN, Script.ARAB, Script.HANI]
    assert person.ref == "CT-0001"
    assert cases.get(session, second).ref == "CT-0002"


def test_validation_names_the_field_and_writes_nothing(session):
    with pytest.raises(ValidationError) as err:
        cases.create(session, names=["Ok"], birth_date="sometime maybe")
    assert err.value.field == "birth_date"
    with pytest.raises(ValidationError) as err:
        cases.create(session, names=["Ok"], identifiers=[("prc_resident_id", "650102197501011234")])
    assert err.value.field == "identifier"
    with pytest.raises(ValidationError):
        cases.create(session, names=[])
    assert caselist.count(session) == 0
    assert history.undo_label(session) is None


def test_current_status_follows_the_latest_dated_event(session):
    pid = _case(session)
    statuses.add_event(session, pid, "imprisoned", date="2020", sentence="10 years")
    statuses.add_event(session, pid, "detained_camp", date="2018-21")  # entered later, older
    person = cases.get(session, pid)
    assert person.current_status is Status.IMPRISONED
    assert [e.status for e in person.events] == [Status.DETAINED_CAMP, Status.IMPRISONED]
    row = caselist.rows(session, [pid])[0]
    assert row.status is Status.IMPRISONED and row.status_date.text == "2020"


def test_undo_and_redo_restore_exactly(session):
    pid = _case(session, "Erlan")
    cases.update(session, pid, hometown="Tekes")
    statuses.add_event(session, pid, "died", date="2021~")
    assert history.undo_label(session) == "Add status event"
    history.undo(session)
    assert cases.get(session, pid).current_status is Status.UNKNOWN
    history.undo(session)
    assert cases.get(session, pid).hometown == ""
    history.redo(session)
    assert cases.get(session, pid).hometown == "Tekes"
    history.redo(session)
    assert cases.get(session, pid).current_status is Status.DIED
    with pytest.raises(NothingToUndo):
        history.redo(session)


def test_a_new_change_drops_the_redo_stack(session):
    pid = _case(session)
    cases.update(session, pid, hometown="A")
    history.undo(session)
    cases.update(session, pid, hometown="B")
    with pytest.raises(NothingToUndo):
        history.redo(session)


def test_undo_a_deleted_case_brings_back_everything(session):
    pid = _case(session, "Қалиолла", "Qaliolla", identifiers=[("passport", "E1234567")])
    statuses.add_event(session, pid, "detained_camp", date="2018")
    reporters.add_to_person(
        session, pid, name="Sister Aigul", phone="+7 701 000 0000", relationship="sibling"
    )
    attachments.add(session, pid, "photo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    before = cases.get(session, pid)
    cases.delete(session, pid)
    with pytest.raises(NotFound):
        cases.get(session, pid)
    history.undo(session)
    after = cases.get(session, pid)
    assert after == before
    assert [
        h.ref
        for h in __import__("casetracker.services.searching", fromlist=["x"]).search(
            session, "Qaliolla"
        )
    ] == [before.ref]


def test_audit_records_who_changed_what(session):
    settings.set_volunteer(session, "Volunteer Dana")
    pid = _case(session)
    cases.update(session, pid, hometown="Tekes")
    cases.update(session, pid, hometown="Ghulja")
    entries = [
        e
        for e in history.audit(session, history.AuditFilter(person_id=pid))
        if e.field == "hometown"
    ]
    assert [(e.before, e.after) for e in entries] == [("Tekes", "Ghulja"), ("", "Tekes")]
    assert entries[0].volunteer == "Volunteer Dana"
    history.undo(session)
    latest = history.audit(session, history.AuditFilter(person_id=pid))[0]
    assert latest.label.startswith("Undo") and latest.after == "Tekes"


def test_reporter_shared_between_two_cases(session):
    a, b = _case(session, "A"), _case(session, "B")
    rid = reporters.add_to_person(session, a, name="Mother", relationship="parent").created_ids[0]
    reporters.add_to_person(session, b, reporter_id=rid, relationship="parent")
    assert set(reporters.get(session, rid).person_ids) == {a, b}
    reporters.remove_from_person(session, a, rid)
    assert reporters.get(session, rid).person_ids == (b,)


def test_interactions_and_follow_ups(session):
    import datetime as dt

    pid = _case(session)
    org = advocacy.add_organization(session, name="Embassy of X", kind="embassy").created_ids[0]
    advocacy.add_interaction(
        session,
        [pid],
        "letter",
        date="2024-03-02",
        organization_id=org,
        summary="Asked for proof of life",
        follow_up_due="2024-04-01",
    )
    due = advocacy.follow_ups_due(session, until=dt.date(2024, 4, 30))
    assert [i.organization_name for i in due] == ["Embassy of X"]
    row = caselist.rows(session, [pid])[0]
    assert row.last_action == "letter" and row.next_follow_up == dt.date(2024, 4, 1)
    assert caselist.query_ids(
        session, caselist.CaseFilter(follow_up_due=True), today=dt.date(2024, 5, 1)
    ) == [pid]


def test_facility_link_and_delete_keeps_place(session):
    pid = _case(session)
    fid = facilities.add(session, name="Camp No. 3", kind="camp", place="Tekes").created_ids[0]
    statuses.add_event(session, pid, "detained_camp", date="2018", facility_id=fid)
    assert facilities.person_ids(session, fid) == [pid]
    facilities.delete(session, fid)
    event = cases.get(session, pid).events[0]
    assert event.facility_id is None and event.place == "Camp No. 3"


def test_list_filters_and_sorting_in_sql(session):
    a = _case(session, "Bolat", hometown="Tekes")
    b = _case(session, "Aigul", hometown="Ghulja")
    statuses.add_event(session, a, "released", date="2020")
    ids = caselist.query_ids(session, sort=caselist.SortKey.NAME)
    assert ids == [b, a]
    flt = caselist.CaseFilter(statuses=frozenset({Status.RELEASED}))
    assert caselist.query_ids(session, flt) == [a]
    assert caselist.query_ids(session, caselist.CaseFilter(incomplete=True)) == [a, b]


def test_attachments_roundtrip_in_memory(session):
    pid = _case(session)
    data = b"%PDF-1.4 fake document"
    att = attachments.add(session, pid, "verdict.pdf", data, caption="Court verdict").created_ids[0]
    info = attachments.info(session, att)
    assert info.mime == "application/pdf" and not info.is_photo
    assert attachments.read(session, att) == data


def test_a_prc_claim_never_overrides_the_family_account(session):
    pid = _case(session)
    statuses.add_event(session, pid, "imprisoned", date="2019", source_type="family_testimony")
    statuses.add_event(session, pid, "released", date="2021", source_type="prc_official")
    person = cases.get(session, pid)
    assert person.current_status is Status.IMPRISONED
    assert caselist.rows(session, [pid])[0].status is Status.IMPRISONED
    assert [e.status for e in person.events] == [Status.IMPRISONED, Status.RELEASED]
    only = _case(session, "Other")
    statuses.add_event(session, only, "released", date="2021", source_type="prc_official")
    assert cases.get(session, only).current_status is Status.RELEASED


def test_undo_delete_brings_back_the_dispatch_log(session):
    from casetracker.domain.enums import ReportLevel
    from casetracker.services import dispatch

    pid = _case(session)
    dispatch.record(
        session,
        [
            dispatch.DispatchEntry(
                person_id=pid,
                level=ReportLevel.EMBASSY,
                lang="en",
                sha256="ab" * 32,
                filename="CT-0001.pdf",
                recipient="Embassy of X",
            )
        ],
    )
    cases.delete(session, pid)
    history.undo(session)
    assert [d.recipient for d in dispatch.list_for_person(session, pid)] == ["Embassy of X"]


def test_sorting_by_last_action_and_next_follow_up(session):
    a, b, c = _case(session, "A"), _case(session, "B"), _case(session, "C")
    advocacy.add_interaction(session, [a], "letter", date="2024-05-01", follow_up_due="2024-09-01")
    advocacy.add_interaction(session, [b], "letter", date="2023-01-01", follow_up_due="2024-06-01")
    by_action = caselist.query_ids(session, sort=caselist.SortKey.LAST_ACTION, descending=True)
    assert by_action[:2] == [a, b] and by_action[-1] == c
    by_due = caselist.query_ids(session, sort=caselist.SortKey.NEXT_FOLLOW_UP)
    assert by_due == [b, a, c]


def test_an_edit_is_one_change_with_its_time_even_across_a_second(session, monkeypatch):
    """The audit log shows one entry per edited field: the `updated_at` bump rides in the same
    change, whether or not the clock has moved on since the last edit."""
    import datetime as dt

    from casetracker.store import records

    pid = cases.create(session, names=["Aidana"]).created_ids[0]
    ticks = iter(dt.datetime(2030, 1, 1, 0, 0, s) for s in range(60))
    monkeypatch.setattr(records, "utcnow", lambda: next(ticks))
    for job in ("driver", "teacher"):
        op_id = cases.update(session, pid, occupation=job).operation_id
        changes = list(records.ChangeRecord.select().where(records.ChangeRecord.operation == op_id))
        assert len(changes) == 1
    assert records.PersonRecord.get_by_id(pid).updated_at == dt.datetime(2030, 1, 1, 0, 0, 1)
