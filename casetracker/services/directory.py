"""Directory queries: organisations, contacts and facilities with what links them to cases.

The contacts and facilities screens list each entry with a few counts and show, for the one
selected, its interactions and the cases involved. Writes stay in `advocacy` and `facilities`;
this module only reads, in grouped queries (one per list, never one per row).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from peewee import JOIN, fn

from casetracker.domain.entities import Facility, Interaction, Organization
from casetracker.domain.enums import Direction, InteractionKind, Response
from casetracker.services import advocacy, facilities
from casetracker.services.readers import fuzzy_or_none
from casetracker.services.session import Session
from casetracker.store.records import (
    ContactRecord,
    InteractionPersonRecord,
    InteractionRecord,
    OrganizationRecord,
    PersonRecord,
    StatusEventRecord,
)


@dataclass(frozen=True)
class OrganizationSummary:
    organization: Organization
    contacts: int
    interactions: int
    cases: int


@dataclass(frozen=True)
class FacilitySummary:
    facility: Facility
    cases: int


def _interaction_filter(organization_id: int | None, contact_id: int | None):
    if (organization_id is None) == (contact_id is None):
        raise ValueError("give exactly one of organization_id and contact_id")
    if organization_id is not None:
        return InteractionRecord.organization == organization_id
    return InteractionRecord.contact == contact_id


def organization_summaries(session: Session) -> list[OrganizationSummary]:
    """Every organisation (by name) with its number of contacts, interactions and cases."""
    contacts = dict(
        ContactRecord.select(ContactRecord.organization, fn.COUNT(ContactRecord.id))
        .where(ContactRecord.organization.is_null(False))
        .group_by(ContactRecord.organization)
        .tuples()
    )
    interactions = dict(
        InteractionRecord.select(InteractionRecord.organization, fn.COUNT(InteractionRecord.id))
        .where(InteractionRecord.organization.is_null(False))
        .group_by(InteractionRecord.organization)
        .tuples()
    )
    cases = dict(
        InteractionRecord.select(
            InteractionRecord.organization,
            fn.COUNT(fn.DISTINCT(InteractionPersonRecord.person)),
        )
        .join(InteractionPersonRecord)
        .where(InteractionRecord.organization.is_null(False))
        .group_by(InteractionRecord.organization)
        .tuples()
    )
    return [
        OrganizationSummary(
            org, contacts.get(org.id, 0), interactions.get(org.id, 0), cases.get(org.id, 0)
        )
        for org in advocacy.organizations(session)
    ]


def facility_summaries(session: Session) -> list[FacilitySummary]:
    """Every facility (by name) with the number of cases that have an event there."""
    counts = dict(
        StatusEventRecord.select(
            StatusEventRecord.facility, fn.COUNT(fn.DISTINCT(StatusEventRecord.person))
        )
        .where(StatusEventRecord.facility.is_null(False))
        .group_by(StatusEventRecord.facility)
        .tuples()
    )
    return [
        FacilitySummary(facility, counts.get(facility.id, 0))
        for facility in facilities.list_all(session)
    ]


def interactions(
    session: Session, *, organization_id: int | None = None, contact_id: int | None = None
) -> list[Interaction]:
    """Interactions with one organisation or one contact, newest first (undated last)."""
    query = (
        InteractionRecord.select(
            InteractionRecord,
            OrganizationRecord.name.alias("org_name"),
            ContactRecord.name.alias("contact_name"),
        )
        .join(OrganizationRecord, JOIN.LEFT_OUTER)
        .switch(InteractionRecord)
        .join(ContactRecord, JOIN.LEFT_OUTER)
        .where(_interaction_filter(organization_id, contact_id))
        .order_by(InteractionRecord.date_lower.desc(nulls="LAST"), InteractionRecord.id.desc())
    )
    rows = list(query.objects())
    links: dict[int, list[int]] = defaultdict(list)
    link_query = (
        InteractionPersonRecord.select(
            InteractionPersonRecord.interaction, InteractionPersonRecord.person
        )
        .join(InteractionRecord)
        .where(_interaction_filter(organization_id, contact_id))
        .order_by(InteractionPersonRecord.person)
        .tuples()
    )
    for interaction_id, person_id in link_query:
        links[interaction_id].append(person_id)
    return [_entity(r, links.get(r.id, [])) for r in rows]


def _entity(r, person_ids: list[int]) -> Interaction:
    """`r` carries the joined names as `org_name` and `contact_name` (peewee `.objects()`)."""
    return Interaction(
        id=r.id,
        uuid=r.uuid,
        kind=InteractionKind(r.kind),
        date=fuzzy_or_none(r.date),
        direction=Direction(r.direction),
        organization_id=r.organization_id,
        organization_name=r.org_name or "",
        contact_id=r.contact_id,
        contact_name=r.contact_name or "",
        summary=r.summary,
        response=Response(r.response),
        follow_up_due=dt.date.fromisoformat(r.follow_up_due) if r.follow_up_due else None,
        follow_up_done=bool(r.follow_up_done),
        person_ids=tuple(person_ids),
    )


def linked_person_ids(
    session: Session, *, organization_id: int | None = None, contact_id: int | None = None
) -> list[int]:
    """Cases concerned by any interaction with this organisation or contact, by reference."""
    query = (
        InteractionPersonRecord.select(InteractionPersonRecord.person)
        .join(InteractionRecord)
        .switch(InteractionPersonRecord)
        .join(PersonRecord)
        .where(_interaction_filter(organization_id, contact_id))
        .distinct()
        .order_by(PersonRecord.ref)
        .tuples()
    )
    return [pid for (pid,) in query]


def facility_person_ids(session: Session, facility_id: int) -> list[int]:
    """Cases with any event at this facility, ordered by reference."""
    ids = facilities.person_ids(session, facility_id)
    query = (
        PersonRecord.select(PersonRecord.id)
        .where(PersonRecord.id.in_(ids))
        .order_by(PersonRecord.ref)
        .tuples()
    )
    return [pid for (pid,) in query] if ids else []
