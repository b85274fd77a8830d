"""Status history: append, correct and remove events; the current status follows the latest."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from casetracker.domain.entities import Changes
from casetracker.domain.enums import Confidence, SourceType, Status
from casetracker.domain.errors import NotFound, ValidationError
from casetracker.services import derived, readers
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.store.records import FacilityRecord, StatusEventRecord, utcnow


def check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "status":
            values["status"] = v.choice("status", value, Status).value
        elif name == "date":
            date = v.fuzzy("date", value)
            values.update(
                date=date.text if date else "",
                date_lower=v.iso(date.lower) if date else None,
                date_upper=v.iso(date.upper) if date else None,
            )
        elif name == "facility_id":
            if value is not None and not FacilityRecord.get_or_none(FacilityRecord.id == value):
                raise ValidationError("facility", f"no facility with id {value}")
            values["facility"] = value
        elif name == "source_type":
            values["source_type"] = v.choice("source_type", value, SourceType).value
        elif name == "confidence":
            values["confidence"] = v.choice("confidence", value, Confidence).value
        elif name in ("place", "sentence", "charge"):
            values[name] = v.text(name, value)
        elif name == "note":
            values["note"] = v.long_text("note", value)
        elif name == "recorded_at":  # kept as is by imports and merges
            values["recorded_at"] = v.timestamp("recorded_at", value)
        else:
            raise ValidationError(name, "is not a field of a status event")
    return values


def add_event(
    session: Session,
    person_id: int,
    status: str,
    *,
    date: str | None = None,
    uuid: str | None = None,
    **fields: Any,
) -> Changes:
    """Record what is known now (or was known then); the history is never overwritten."""
    values = check_fields({"status": status, "date": date, **fields})
    person = readers.person_record(person_id)
    with session.operation("Add status event") as recorder:
        event = recorder.insert(
            StatusEventRecord, uuid=uuid or str(uuidlib.uuid4()), person=person_id, **values
        )
        derived.refresh(recorder, person)
        recorder.update(person, updated_at=utcnow())
        op_id = recorder.operation.id
    return Changes(
        "Add status event", op_id, frozenset({person_id}), (event.id,), list_changed=True
    )


def _event(event_id: int) -> StatusEventRecord:
    row = StatusEventRecord.get_or_none(StatusEventRecord.id == event_id)
    if row is None:
        raise NotFound(f"no status event with id {event_id}")
    return row


def update_event(session: Session, event_id: int, **fields: Any) -> Changes:
    """Correct an event (a wrong date or source); the audit log keeps what it said before."""
    values = check_fields(fields)
    row = _event(event_id)
    person = readers.person_record(row.person_id)
    with session.operation("Edit status event") as recorder:
        recorder.update(row, **values)
        derived.refresh(recorder, person)
        recorder.update(person, updated_at=utcnow())
        op_id = recorder.operation.id
    return Changes("Edit status event", op_id, frozenset({person.id}), list_changed=True)


def delete_event(session: Session, event_id: int) -> Changes:
    row = _event(event_id)
    person = readers.person_record(row.person_id)
    with session.operation("Delete status event") as recorder:
        recorder.delete(row)
        derived.refresh(recorder, person)
        recorder.update(person, updated_at=utcnow())
        op_id = recorder.operation.id
    return Changes("Delete status event", op_id, frozenset({person.id}), list_changed=True)
