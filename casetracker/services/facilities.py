"""Facilities: camps, detention centres and prisons where people are held."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from casetracker.domain.entities import Changes, Facility
from casetracker.domain.enums import FacilityKind
from casetracker.domain.errors import NotFound, ValidationError
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.store.records import FacilityRecord, StatusEventRecord

_RULES = {
    "name": lambda value: v.text("name", value, required=True),
    "other_names": lambda value: v.text("other_names", value),
    "kind": lambda value: v.choice("kind", value, FacilityKind).value,
    "place": lambda value: v.text("place", value),
    "notes": lambda value: v.long_text("notes", value),
}


def check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validated stored values of a facility's fields (imports and merges use it too)."""
    return v.apply_rules(_RULES, fields, "a facility")


def _to_entity(r: FacilityRecord) -> Facility:
    return Facility(r.id, r.uuid, r.name, r.other_names, FacilityKind(r.kind), r.place, r.notes)


def _row(facility_id: int) -> FacilityRecord:
    row = FacilityRecord.get_or_none(FacilityRecord.id == facility_id)
    if row is None:
        raise NotFound(f"no facility with id {facility_id}")
    return row


def get(session: Session, facility_id: int) -> Facility:
    return _to_entity(_row(facility_id))


def list_all(session: Session) -> list[Facility]:
    return [_to_entity(r) for r in FacilityRecord.select().order_by(FacilityRecord.name)]


def add(session: Session, *, uuid: str | None = None, **fields: Any) -> Changes:
    values = check_fields(fields)
    if "name" not in values:
        raise ValidationError("name", "is required")
    with session.operation("Add facility") as recorder:
        row = recorder.insert(FacilityRecord, uuid=uuid or str(uuidlib.uuid4()), **values)
        op_id = recorder.operation.id
    return Changes("Add facility", op_id, created_ids=(row.id,), directory_changed=True)


def update(session: Session, facility_id: int, **fields: Any) -> Changes:
    values = check_fields(fields)
    row = _row(facility_id)
    with session.operation("Edit facility") as recorder:
        changed = recorder.update(row, touch="updated_at", **values)
        op_id = recorder.operation.id if changed else None
    return Changes("Edit facility", op_id, directory_changed=changed, list_changed=changed)


def delete(session: Session, facility_id: int) -> Changes:
    """Remove a facility; events that named it keep their place text."""
    row = _row(facility_id)
    with session.operation("Delete facility") as recorder:
        persons = set()
        for event in StatusEventRecord.select().where(StatusEventRecord.facility == facility_id):
            recorder.update(event, facility=None, place=event.place or row.name)
            persons.add(event.person_id)
        recorder.delete(row)
        op_id = recorder.operation.id
    return Changes("Delete facility", op_id, frozenset(persons), directory_changed=True)


def person_ids(session: Session, facility_id: int) -> list[int]:
    """Cases with any event at this facility, for the directory's 'linked cases'."""
    query = (
        StatusEventRecord.select(StatusEventRecord.person)
        .where(StatusEventRecord.facility == facility_id)
        .distinct()
        .tuples()
    )
    return [pid for (pid,) in query]
