"""Rally entry through the services: one undo step per person, drafts, testimony, review."""

from __future__ import annotations

import datetime as dt

import pytest

from casetracker.domain.enums import (
    Consent,
    NameKind,
    Relationship,
    Script,
    Sex,
    SourceType,
    Status,
)
from casetracker.domain.errors import ValidationError
from casetracker.services import caselist, cases, history, rally, statuses
from casetracker.services.rally import RallyEntry
from casetracker.services.session import open_vault
from tests.conftest import PASSPHRASE

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _entry(**overrides) -> RallyEntry:
    fields = dict(
        name="Қалиолла Серікұлы",
        sex="male",
        birth="about 1975",
        hometown="Tekes",
        status="detained_camp",
        since="spring 2018",
        reporter_name="Гүлнар Серікқызы",
        relationship="sibling",
        phone="+7 701 123 45 67",
        consent="embassy_un",
        note="Taken from home at night.",
    )
    fields.update(overrides)
    return RallyEntry(**fields)


def test_record_entry_creates_everything_as_one_undo_step(session):
    rally.save_draft(session, "rally", {"name": "Қалиолла"})
    changes = rally.record_entry(session, _entry(photo=PNG, photo_name="k.png", draft_key="rally"))
    assert changes.label == "Rally entry" and changes.list_changed
    person = cases.get(session, changes.created_ids[0])
    assert [(n.text, n.script) for n in person.names] == [("Қалиолла Серікұлы", Script.CYRL)]
    assert person.sex is Sex.MALE
    assert person.birth_date.text == "1975~"
    assert person.hometown == "Tekes" and person.consent is Consent.EMBASSY
    assert person.notes == "Taken from home at night."
    event = person.current_event
    assert event.status is Status.DETAINED_CAMP and event.date.text == "2018-21"
    assert event.source_type is SourceType.FAMILY
    (reporter,) = person.reporters
    assert (reporter.name, reporter.relationship, reporter.phone, reporter.consent) == (
        "Гүлнар Серікқызы",
        Relationship.SIBLING,
        "+7 701 123 45 67",
        Consent.EMBASSY,
    )
    (photo,) = person.attachments
    assert photo.is_photo and "Гүлнар Серікқызы" in photo.source_note
    assert rally.load_draft(session, "rally") is None  # deleted in the same transaction
    assert history.undo_label(session) == "Rally entry"
    history.undo(session)
    assert caselist.count(session) == 0


def test_age_instead_of_birth_year(session):
    person_id = rally.record_entry(session, _entry(birth="40s")).created_ids[0]
    person = cases.get(session, person_id)
    assert person.birth_date is None
    assert (person.age_range.min, person.age_range.max) == (40, 49)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": "  "}, "name"),
        ({"birth": "banana"}, "birth"),
        ({"birth": "1066"}, "birth"),
        ({"since": "when the snow fell"}, "since"),
        ({"consent": ""}, "consent"),
        ({"phone": "call me"}, "phone"),
        ({"reporter_name": "", "phone": "87011234567"}, "reporter_name"),
        ({"status": "on holiday"}, "status"),
        ({"photo": b""}, "photo"),
    ],
)
def test_validation_names_the_field_and_writes_nothing(session, overrides, field):
    rally.save_draft(session, "rally", {"name": "x"})
    with pytest.raises(ValidationError) as err:
        rally.record_entry(session, _entry(draft_key="rally", **overrides))
    assert err.value.field == field
    assert caselist.count(session) == 0
    assert rally.load_draft(session, "rally") == {"name": "x"}


def test_parse_birth_reads_years_and_ages():
    assert rally.parse_birth("1975")[0].text == "1975"
    assert rally.parse_birth("about 1975")[0].text == "1975~"
    assert rally.parse_birth("1970s")[0].text == "197X"
    assert rally.parse_birth("45")[1].min == 45
    assert rally.parse_birth("") == (None, None)
    assert rally.birth_year_hint("about 1975") == 1975
    assert rally.birth_year_hint("40s") is None


def test_drafts_are_kept_replaced_and_discarded_without_undo_steps(session, vault_path):
    rally.save_draft(session, "rally", {"name": "Ерлан", "phone": "8701"})
    rally.save_draft(session, "rally", {"name": "Ерлан Қалиолла"})
    assert rally.load_draft(session, "rally") == {"name": "Ерлан Қалиолла"}
    assert history.undo_label(session) is None
    session.close()
    with open_vault(vault_path, passphrase=PASSPHRASE) as again:
        assert rally.load_draft(again, "rally") == {"name": "Ерлан Қалиолла"}
        rally.discard_draft(again, "rally")
        assert rally.load_draft(again, "rally") is None


def test_drafts_never_reach_a_file_in_plain_text(session, vault_path):
    marker = "Zhandarbekqyzy-unique-marker"
    rally.save_draft(session, "rally", {"name": marker})
    for path in vault_path.rglob("*"):
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path


def test_add_testimony_adds_to_the_existing_case(session):
    person_id = cases.create(session, names=["Qaliolla Serikuly"]).created_ids[0]
    statuses.add_event(session, person_id, "pretrial_detention", date="2017")
    changes = rally.add_testimony(
        session, person_id, _entry(status="imprisoned", since="2019", photo=PNG)
    )
    assert changes.label == "Add testimony"
    assert caselist.count(session) == 1
    person = cases.get(session, person_id)
    assert [n.text for n in person.names] == ["Qaliolla Serikuly", "Қалиолла Серікұлы"]
    assert person.names[1].kind is NameKind.PRIMARY  # first Cyrillic spelling
    assert person.hometown == "Tekes" and person.sex is Sex.MALE  # gaps filled
    assert [e.status for e in person.events] == [Status.PRETRIAL, Status.IMPRISONED]
    assert [r.name for r in person.reporters] == ["Гүлнар Серікқызы"]
    assert "Taken from home at night." in person.notes
    assert len(person.attachments) == 1
    history.undo(session)
    assert len(cases.get(session, person_id).events) == 1


def test_add_testimony_never_overwrites(session):
    person_id = cases.create(
        session, names=["Qaliolla"], hometown="Ghulja", sex="male"
    ).created_ids[0]
    rally.add_testimony(session, person_id, _entry(name="Qaliolla", hometown="Tekes", sex="female"))
    person = cases.get(session, person_id)
    assert (person.hometown, person.sex) == ("Ghulja", Sex.MALE)
    assert [n.text for n in person.names] == ["Qaliolla"]


def test_the_same_relative_reporting_two_people_is_one_reporter(session):
    first = rally.record_entry(session, _entry()).created_ids[0]
    second = rally.record_entry(session, _entry(name="Ерлан Серікұлы")).created_ids[0]
    one = cases.get(session, first).reporters[0].reporter_id
    assert cases.get(session, second).reporters[0].reporter_id == one


def test_entries_today_lists_new_and_added_cases_with_what_is_missing(session):
    complete = rally.record_entry(session, _entry()).created_ids[0]
    sparse = rally.record_entry(
        session, _entry(name="Aigul", sex="", birth="", hometown="", since="", phone="")
    ).created_ids[0]
    older = cases.create(session, names=["Nurlan"], hometown="Tekes").created_ids[0]
    rally.add_testimony(session, older, _entry(name="", reporter_name="Asel", phone=""))
    rows = rally.entries_today(session)
    assert [r.person_id for r in rows] == [older, sparse, complete]  # newest first
    by_id = {r.person_id: r for r in rows}
    assert not by_id[complete].incomplete and not by_id[complete].added_to_existing
    assert by_id[sparse].missing == ("sex", "birth", "hometown", "since", "phone")
    assert by_id[older].added_to_existing
    assert rally.entries_today(session, dt.date.today() - dt.timedelta(days=1)) == []
    history.undo(session)  # the testimony
    assert [r.person_id for r in rally.entries_today(session)] == [sparse, complete]
    history.undo(session)  # "Add case" of the older case
    history.undo(session)  # the sparse entry
    assert [r.person_id for r in rally.entries_today(session)] == [complete]


def test_suggestions_find_a_cross_script_variant_with_its_status(session):
    person_id = cases.create(
        session, names=["Қалиолла Серікұлы"], birth_date="1975", hometown="Tekes"
    ).created_ids[0]
    statuses.add_event(session, person_id, "detained_camp", date="2018")
    found = rally.suggestions(
        session, {"name": "Qaliolla Serikuly", "birth": "1975", "hometown": "Tekes"}
    )
    assert [s.ref for s in found] == ["CT-0001"]
    assert found[0].status is Status.DETAINED_CAMP
    assert any(e.kind == "name" for e in found[0].evidence)
    assert rally.suggestions(session, {"name": "Q"}) == []
