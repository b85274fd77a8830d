"""Columns of a case derived from its names and events, kept on the person row.

They exist so that a 100,000-person list sorts and filters in SQL without joins; every service
that changes names or events calls `refresh` inside the same operation, so undo restores them too.
"""

from __future__ import annotations

from casetracker.domain.enums import Script, SourceType, Status
from casetracker.domain.names import preferred_name
from casetracker.services.readers import event_sort_key, fuzzy_or_none, names_of
from casetracker.store.oplog import Recorder
from casetracker.store.records import PersonRecord, StatusEventRecord


def sort_name(person_id: int) -> str:
    return preferred_name(names_of(person_id), Script.LATN).casefold()


def current_event(person_id: int) -> StatusEventRecord | None:
    """Same rule as `Person.current_event`: a PRC claim never overrides other sources."""
    rows = list(StatusEventRecord.select().where(StatusEventRecord.person == person_id))
    independent = [r for r in rows if r.source_type != SourceType.PRC_OFFICIAL.value]
    chosen = independent or rows
    if not chosen:
        return None
    return max(chosen, key=lambda r: event_sort_key(r.date, r.recorded_at))


def refresh(recorder: Recorder, person: PersonRecord) -> None:
    event = current_event(person.id)
    date = fuzzy_or_none(event.date) if event else None
    sort_key = date.sort_key if date else None
    recorder.update(
        person,
        sort_name=sort_name(person.id),
        current_status=event.status if event else Status.UNKNOWN.value,
        status_date=event.date if event else "",
        status_sort=sort_key.isoformat() if sort_key else None,
    )
