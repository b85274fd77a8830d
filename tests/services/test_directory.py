"""Directory queries: organisations, contacts and facilities with their links to cases."""

from __future__ import annotations

import pytest

from casetracker.services import advocacy, cases, demo, directory, facilities, statuses


def _case(session, name: str) -> int:
    return cases.create(session, names=[name]).created_ids[0]


@pytest.fixture
def world(session):
    embassy = advocacy.add_organization(session, name="Embassy A", kind="embassy").created_ids[0]
    un_body = advocacy.add_organization(session, name="UN WGAD", kind="un_body").created_ids[0]
    anna = advocacy.add_contact(session, organization_id=embassy, name="Anna").created_ids[0]
    boris = advocacy.add_contact(session, organization_id=embassy, name="Boris").created_ids[0]
    one, two, three = (_case(session, n) for n in ("Erlan", "Aigul", "Serik"))
    first = advocacy.add_interaction(
        session,
        [one, two],
        "letter",
        date="2020-03",
        organization_id=embassy,
        contact_id=anna,
        summary="Joint letter",
    ).created_ids[0]
    second = advocacy.add_interaction(
        session, [one], "meeting", date="2021-06-01", organization_id=embassy, contact_id=boris
    ).created_ids[0]
    undated = advocacy.add_interaction(session, [three], "email", organization_id=un_body)
    camp = facilities.add(session, name="Camp No. 1", kind="camp").created_ids[0]
    prison = facilities.add(session, name="Prison", kind="prison").created_ids[0]
    statuses.add_event(session, two, "detained_camp", date="2018", facility_id=camp)
    statuses.add_event(session, one, "detained_camp", date="2017", facility_id=camp)
    statuses.add_event(session, one, "imprisoned", date="2019", facility_id=camp)
    return {
        "embassy": embassy,
        "un": un_body,
        "anna": anna,
        "boris": boris,
        "one": one,
        "two": two,
        "three": three,
        "first": first,
        "second": second,
        "undated": undated.created_ids[0],
        "camp": camp,
        "prison": prison,
    }


def test_organization_summaries_count_contacts_interactions_and_cases(session, world):
    summaries = {s.organization.name: s for s in directory.organization_summaries(session)}
    assert list(summaries) == ["Embassy A", "UN WGAD"]
    embassy = summaries["Embassy A"]
    assert (embassy.contacts, embassy.interactions, embassy.cases) == (2, 2, 2)
    un = summaries["UN WGAD"]
    assert (un.contacts, un.interactions, un.cases) == (0, 1, 1)


def test_interactions_newest_first_with_names_and_cases(session, world):
    found = directory.interactions(session, organization_id=world["embassy"])
    assert [i.id for i in found] == [world["second"], world["first"]]
    letter = found[1]
    assert letter.organization_name == "Embassy A" and letter.contact_name == "Anna"
    assert letter.person_ids == tuple(sorted((world["one"], world["two"])))
    assert letter.summary == "Joint letter" and letter.date.text == "2020-03"
    assert letter == advocacy.get_interaction(session, world["first"])
    by_contact = directory.interactions(session, contact_id=world["boris"])
    assert [i.id for i in by_contact] == [world["second"]]
    assert directory.interactions(session, organization_id=world["un"])[0].date is None


def test_linked_cases_by_reference(session, world):
    assert directory.linked_person_ids(session, organization_id=world["embassy"]) == [
        world["one"],
        world["two"],
    ]
    assert directory.linked_person_ids(session, contact_id=world["boris"]) == [world["one"]]
    assert directory.linked_person_ids(session, organization_id=world["un"]) == [world["three"]]


def test_exactly_one_of_organization_and_contact(session, world):
    with pytest.raises(ValueError):
        directory.interactions(session)
    with pytest.raises(ValueError):
        directory.linked_person_ids(session, organization_id=1, contact_id=1)


def test_facility_summaries_count_each_case_once(session, world):
    counts = {s.facility.name: s.cases for s in directory.facility_summaries(session)}
    assert counts == {"Camp No. 1": 2, "Prison": 0}
    assert directory.facility_person_ids(session, world["camp"]) == [world["one"], world["two"]]
    assert directory.facility_person_ids(session, world["prison"]) == []


def test_demo_directory_adds_up(session):
    demo.generate(session, people=200)
    summaries = directory.organization_summaries(session)
    assert len(summaries) == 10
    for summary in summaries:
        found = directory.interactions(session, organization_id=summary.organization.id)
        assert len(found) == summary.interactions
        linked = directory.linked_person_ids(session, organization_id=summary.organization.id)
        assert len(linked) == summary.cases
    for summary in directory.facility_summaries(session):
        ids = directory.facility_person_ids(session, summary.facility.id)
        assert sorted(ids) == sorted(facilities.person_ids(session, summary.facility.id))
        assert len(ids) == summary.cases
