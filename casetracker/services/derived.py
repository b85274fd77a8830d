"""Columns of a case derived from its names and events, kept on the person row.

They exist so that a 100,000-person list sorts and filters in SQL without joins; every service
that changes names or events calls `refresh` inside the same operation, so undo restores them too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from casetracker.domain.enums import Script, SourceType, Status
from casetracker.domain.names import preferred_name
from casetracker.services.readers import event_sort_key, fuzzy_or_none, names_of
from casetracker.store.oplog import Recorder
from casetracker.store.records import PersonRecord, StatusEventRecord

T = TypeVar("T")


def sort_name(person_id: int) -> str:
    return preferred_name(names_of(person_id), Script.LATN).casefold()


def pick_current(
    events: Sequence[T], read: Callable[[T], tuple[str, dt.datetime, str]]
) -> T | None:
    """The current event among stored ones, `read` giving (date text, recorded at, source):
    the latest by date, where a PRC claim never overrides other sources (DOMAIN.md)."""
    facts = [(read(e), e) for e in events]
    independent = [f for f in facts if f[0][2] != SourceType.PRC_OFFICIAL.value]
    chosen = independent or facts
    if not chosen:
        return None
    return max(chosen, key=lambda f: event_sort_key(f[0][0], f[0][1]))[1]


def current_event(person_id: int) -> StatusEventRecord | None:
    """Same rule as `Person.current_event`."""
    rows = list(StatusEventRecord.select().where(StatusEventRecord.person == person_id))
    return pick_current(rows, lambda r: (r.date, r.recorded_at, r.source_type))


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
