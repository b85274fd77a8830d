"""Advocacy: organisations, their contacts, and every letter, meeting and reply with follow-ups."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Iterable
from typing import Any

from casetracker.domain.entities import Changes, Contact, Interaction, Organization
from casetracker.domain.enums import Direction, InteractionKind, OrgKind, Response
from casetracker.domain.errors import NotFound, ValidationError
from casetracker.services import readers
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.store.records import (
    ContactRecord,
    InteractionPersonRecord,
    InteractionRecord,
    OrganizationRecord,
    PersonRecord,
)

# -- organisations -----------------------------------------------------------------------------

_ORG_RULES = {
    "name": lambda value: v.text("name", value, required=True),
    "kind": lambda value: v.choice("kind", value, OrgKind).value,
    "country": lambda value: v.text("country", value),
    "notes": lambda value: v.long_text("notes", value),
}
_CONTACT_RULES = {
    "name": lambda value: v.text("name", value, required=True),
    "role": lambda value: v.text("role", value),
    "email": lambda value: v.text("email", value),
    "phone": lambda value: v.text("phone", value),
    "notes": lambda value: v.long_text("notes", value),
}


def _get(model, row_id: int, what: str):
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(f"no {what} with id {row_id}")
    return row


def _org_entity(r: OrganizationRecord) -> Organization:
    return Organization(r.id, r.uuid, r.name, OrgKind(r.kind), r.country, r.notes)


def organizations(session: Session) -> list[Organization]:
    return [_org_entity(r) for r in OrganizationRecord.select().order_by(OrganizationRecord.name)]


def get_organization(session: Session, org_id: int) -> Organization:
    return _org_entity(_get(OrganizationRecord, org_id, "organisation"))


def add_organization(session: Session, *, uuid: str | None = None, **fields: Any) -> Changes:
    values = v.apply_rules(_ORG_RULES, fields, "an organisation")
    if "name" not in values:
        raise ValidationError("name", "is required")
    with session.operation("Add organisation") as recorder:
        row = recorder.insert(OrganizationRecord, uuid=uuid or str(uuidlib.uuid4()), **values)
        op_id = recorder.operation.id
    return Changes("Add organisation", op_id, created_ids=(row.id,), directory_changed=True)


def update_organization(session: Session, org_id: int, **fields: Any) -> Changes:
    values = v.apply_rules(_ORG_RULES, fields, "an organisation")
    row = _get(OrganizationRecord, org_id, "organisation")
    with session.operation("Edit organisation") as recorder:
        changed = recorder.update(row, touch="updated_at", **values)
        op_id = recorder.operation.id if changed else None
    return Changes("Edit organisation", op_id, directory_changed=changed)


# -- contacts ----------------------------------------------------------------------------------


def _contact_entity(r: ContactRecord) -> Contact:
    org = r.organization if r.organization_id else None
    return Contact(
        r.id,
        r.uuid,
        r.organization_id,
        org.name if org else "",
        r.name,
        r.role,
        r.email,
        r.phone,
        r.notes,
    )


def contacts(session: Session, org_id: int | None = None) -> list[Contact]:
    query = ContactRecord.select().order_by(ContactRecord.name)
    if org_id is not None:
        query = query.where(ContactRecord.organization == org_id)
    return [_contact_entity(r) for r in query]


def get_contact(session: Session, contact_id: int) -> Contact:
    return _contact_entity(_get(ContactRecord, contact_id, "contact"))


def add_contact(
    session: Session, *, organization_id: int | None = None, uuid: str | None = None, **fields
) -> Changes:
    values = v.apply_rules(_CONTACT_RULES, fields, "a contact")
    if "name" not in values:
        raise ValidationError("name", "is required")
    if organization_id is not None:
        _get(OrganizationRecord, organization_id, "organisation")
    with session.operation("Add contact") as recorder:
        row = recorder.insert(
            ContactRecord,
            uuid=uuid or str(uuidlib.uuid4()),
            organization=organization_id,
            **values,
        )
        op_id = recorder.operation.id
    return Changes("Add contact", op_id, created_ids=(row.id,), directory_changed=True)


def update_contact(session: Session, contact_id: int, **fields: Any) -> Changes:
    org = fields.pop("organization_id", ...)
    values = v.apply_rules(_CONTACT_RULES, fields, "a contact")
    if org is not ...:
        if org is not None:
            _get(OrganizationRecord, org, "organisation")
        values["organization"] = org
    row = _get(ContactRecord, contact_id, "contact")
    with session.operation("Edit contact") as recorder:
        changed = recorder.update(row, touch="updated_at", **values)
        op_id = recorder.operation.id if changed else None
    return Changes("Edit contact", op_id, directory_changed=changed)


# -- interactions ------------------------------------------------------------------------------


def _check_interaction(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "kind":
            values["kind"] = v.choice("kind", value, InteractionKind).value
        elif name == "direction":
            values["direction"] = v.choice("direction", value, Direction).value
        elif name == "response":
            values["response"] = v.choice("response", value, Response).value
        elif name == "date":
            date = v.fuzzy("date", value)
            values.update(
                date=date.text if date else "",
                date_lower=v.iso(date.lower) if date else None,
                date_upper=v.iso(date.upper) if date else None,
            )
        elif name == "follow_up_due":
            values["follow_up_due"] = v.iso(v.plain_date("follow_up_due", value))
        elif name == "follow_up_done":
            values["follow_up_done"] = bool(value)
        elif name == "summary":
            values["summary"] = v.long_text("summary", value)
        elif name == "organization_id":
            if value is not None:
                _get(OrganizationRecord, value, "organisation")
            values["organization"] = value
        elif name == "contact_id":
            if value is not None:
                _get(ContactRecord, value, "contact")
            values["contact"] = value
        else:
            raise ValidationError(name, "is not a field of an interaction")
    return values


def _interaction_entity(r: InteractionRecord) -> Interaction:
    person_ids = tuple(
        pid
        for (pid,) in InteractionPersonRecord.select(InteractionPersonRecord.person)
        .where(InteractionPersonRecord.interaction == r.id)
        .tuples()
    )
    org = r.organization if r.organization_id else None
    contact = r.contact if r.contact_id else None
    return Interaction(
        id=r.id,
        uuid=r.uuid,
        kind=InteractionKind(r.kind),
        date=readers.fuzzy_or_none(r.date),
        direction=Direction(r.direction),
        organization_id=r.organization_id,
        organization_name=org.name if org else "",
        contact_id=r.contact_id,
        contact_name=contact.name if contact else "",
        summary=r.summary,
        response=Response(r.response),
        follow_up_due=dt.date.fromisoformat(r.follow_up_due) if r.follow_up_due else None,
        follow_up_done=bool(r.follow_up_done),
        person_ids=person_ids,
    )


def get_interaction(session: Session, interaction_id: int) -> Interaction:
    return _interaction_entity(_get(InteractionRecord, interaction_id, "interaction"))


def add_interaction(
    session: Session,
    person_ids: Iterable[int],
    kind: str,
    *,
    uuid: str | None = None,
    **fields: Any,
) -> Changes:
    """Log a letter, meeting or reply about one or more cases."""
    persons = sorted(set(person_ids))
    if not persons:
        raise ValidationError("persons", "an interaction concerns at least one case")
    for pid in persons:
        readers.person_record(pid)
    values = _check_interaction({"kind": kind, **fields})
    with session.operation("Add interaction") as recorder:
        row = recorder.insert(InteractionRecord, uuid=uuid or str(uuidlib.uuid4()), **values)
        for pid in persons:
            recorder.insert(InteractionPersonRecord, interaction=row.id, person=pid)
        op_id = recorder.operation.id
    return Changes("Add interaction", op_id, frozenset(persons), (row.id,), list_changed=True)


def update_interaction(session: Session, interaction_id: int, **fields: Any) -> Changes:
    values = _check_interaction(fields)
    row = _get(InteractionRecord, interaction_id, "interaction")
    persons = frozenset(_interaction_entity(row).person_ids)
    with session.operation("Edit interaction") as recorder:
        changed = recorder.update(row, touch="updated_at", **values)
        op_id = recorder.operation.id if changed else None
    return Changes("Edit interaction", op_id, persons, list_changed=changed)


def delete_interaction(session: Session, interaction_id: int) -> Changes:
    row = _get(InteractionRecord, interaction_id, "interaction")
    links = list(
        InteractionPersonRecord.select().where(InteractionPersonRecord.interaction == row.id)
    )
    with session.operation("Delete interaction") as recorder:
        for link in links:
            recorder.delete(link)
        recorder.delete(row)
        op_id = recorder.operation.id
    persons = frozenset(link.person_id for link in links)
    return Changes("Delete interaction", op_id, persons, list_changed=True)


def interactions_for_person(session: Session, person_id: int) -> list[Interaction]:
    rows = (
        InteractionRecord.select()
        .join(InteractionPersonRecord)
        .where(InteractionPersonRecord.person == person_id)
    )
    items = [_interaction_entity(r) for r in rows]
    items.sort(key=lambda i: (i.date.sort_key if i.date else dt.date.min, i.id))
    return items


def interactions_for_contact(session: Session, contact_id: int) -> list[Interaction]:
    rows = InteractionRecord.select().where(InteractionRecord.contact == contact_id)
    return [_interaction_entity(r) for r in rows]


def follow_ups_due(
    session: Session, *, until: dt.date | None = None, include_done: bool = False
) -> list[Interaction]:
    """Interactions whose follow-up falls due by `until` (default: four weeks from today)."""
    limit = until or (dt.date.today() + dt.timedelta(days=28))
    query = InteractionRecord.select().where(
        InteractionRecord.follow_up_due.is_null(False)
        & (InteractionRecord.follow_up_due <= limit.isoformat())
    )
    if not include_done:
        query = query.where(~InteractionRecord.follow_up_done)
    return [_interaction_entity(r) for r in query.order_by(InteractionRecord.follow_up_due)]


def person_refs(person_ids: Iterable[int]) -> dict[int, str]:
    ids = list(person_ids)
    query = PersonRecord.select(PersonRecord.id, PersonRecord.ref).where(PersonRecord.id.in_(ids))
    return dict(query.tuples())
