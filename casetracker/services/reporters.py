"""Reporters: the family members who testify, their consent and their link to each case."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from casetracker.domain.entities import Changes, Reporter
from casetracker.domain.enums import Consent, Relationship
from casetracker.domain.errors import NotFound, ValidationError
from casetracker.services import readers
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.store.records import PersonReporterRecord, ReporterRecord, utcnow

_RULES = {
    "name": lambda value: v.text("name", value, required=True),
    "phone": lambda value: v.text("phone", value),
    "city": lambda value: v.text("city", value),
    "consent": lambda value: v.choice("consent", value, Consent).value,
    "notes": lambda value: v.long_text("notes", value),
}


def check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validated stored values of a reporter's fields (imports and merges use it too)."""
    return v.apply_rules(_RULES, fields, "a reporter")


def _reporter(reporter_id: int) -> ReporterRecord:
    row = ReporterRecord.get_or_none(ReporterRecord.id == reporter_id)
    if row is None:
        raise NotFound(f"no reporter with id {reporter_id}")
    return row


def get(session: Session, reporter_id: int) -> Reporter:
    r = _reporter(reporter_id)
    person_ids = tuple(
        pid
        for (pid,) in PersonReporterRecord.select(PersonReporterRecord.person)
        .where(PersonReporterRecord.reporter == reporter_id)
        .tuples()
    )
    return Reporter(r.id, r.uuid, r.name, r.phone, r.city, Consent(r.consent), r.notes, person_ids)


def add_to_person(
    session: Session,
    person_id: int,
    *,
    relationship: str = Relationship.OTHER_RELATIVE.value,
    reporter_id: int | None = None,
    uuid: str | None = None,
    **fields: Any,
) -> Changes:
    """Link a reporter to a case: an existing one (`reporter_id`) or a new one from `fields`."""
    relation = v.choice("relationship", relationship, Relationship).value
    person = readers.person_record(person_id)
    values = check_fields(fields) if reporter_id is None else {}
    if reporter_id is None and "name" not in values:
        raise ValidationError("name", "is required")
    with session.operation("Add reporter") as recorder:
        if reporter_id is None:
            reporter = recorder.insert(ReporterRecord, uuid=uuid or str(uuidlib.uuid4()), **values)
            reporter_id = reporter.id
        else:
            _reporter(reporter_id)
            exists = PersonReporterRecord.get_or_none(
                (PersonReporterRecord.person == person_id)
                & (PersonReporterRecord.reporter == reporter_id)
            )
            if exists:
                raise ValidationError("reporter", "already reports this case")
        recorder.insert(
            PersonReporterRecord, person=person_id, reporter=reporter_id, relationship=relation
        )
        recorder.update(person, updated_at=utcnow())
        op_id = recorder.operation.id
    return Changes("Add reporter", op_id, frozenset({person_id}), (reporter_id,))


def update(session: Session, reporter_id: int, **fields: Any) -> Changes:
    values = check_fields(fields)
    row = _reporter(reporter_id)
    with session.operation("Edit reporter") as recorder:
        changed = recorder.update(row, touch="updated_at", **values)
        op_id = recorder.operation.id if changed else None
    persons = frozenset(get(session, reporter_id).person_ids)
    return Changes("Edit reporter", op_id, persons)


def set_relationship(
    session: Session, person_id: int, reporter_id: int, relationship: str
) -> Changes:
    relation = v.choice("relationship", relationship, Relationship).value
    link = PersonReporterRecord.get_or_none(
        (PersonReporterRecord.person == person_id) & (PersonReporterRecord.reporter == reporter_id)
    )
    if link is None:
        raise NotFound("this reporter is not linked to this case")
    with session.operation("Edit relationship") as recorder:
        recorder.update(link, relationship=relation)
        op_id = recorder.operation.id
    return Changes("Edit relationship", op_id, frozenset({person_id}))


def remove_from_person(session: Session, person_id: int, reporter_id: int) -> Changes:
    """Unlink; a reporter who reports no other case is removed with the link."""
    link = PersonReporterRecord.get_or_none(
        (PersonReporterRecord.person == person_id) & (PersonReporterRecord.reporter == reporter_id)
    )
    if link is None:
        raise NotFound("this reporter is not linked to this case")
    with session.operation("Remove reporter") as recorder:
        recorder.delete(link)
        others = PersonReporterRecord.select().where(PersonReporterRecord.reporter == reporter_id)
        if not others.exists():
            recorder.delete(_reporter(reporter_id))
        op_id = recorder.operation.id
    return Changes("Remove reporter", op_id, frozenset({person_id}))
