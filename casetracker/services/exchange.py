"""Service functions for interchange: adding many cases fast, reading cases as sheet rows.

The ordinary services write one row at a time through the operation's `Recorder` (about 2 ms a
case with names, status and reporter), which makes a 100,000-row import take minutes. Here new
cases are written with prepared `executemany` statements (store/bulk.py) *and* their change
images are written the same way into the operation's change log, with `before = NULL`. The result
is exactly what `Recorder.insert` would have logged, so the import stays one ordinary undoable
operation: undo deletes the created rows (replaying the images), redo puts them back, and the
audit log shows every created row. Matched cases that are updated go through the ordinary
services, inside the same operation.

Derived person columns (sort name, current status) are computed here in Python for new cases
instead of re-reading every case (services/derived.py does the same for single edits).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from peewee import (
    JOIN,
)

from casetracker.domain.entities import Changes
from casetracker.domain.enums import NameKind, Relationship, Script, Status
from casetracker.domain.errors import ValidationError
from casetracker.domain.names import NameVariant, preferred_name
from casetracker.services import cases, derived, readers, reporters, statuses
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.services.syncrecords import FLUSH_ORDER
from casetracker.store import bulk, namekeys, records
from casetracker.store.oplog import Recorder
from casetracker.store.records import (
    TRACKED,
    FacilityRecord,
    NameRecord,
    PersonRecord,
    PersonReporterRecord,
    ReporterRecord,
    StatusEventRecord,
    utcnow,
)

FLUSH_EVERY = 2000  # cases per batch: bounded memory, few statements


@dataclass
class NewReporter:
    name: str
    phone: str = ""
    relationship: str = Relationship.OTHER_RELATIVE.value


@dataclass
class NewCase:
    """A case to add (or to merge into a matched one), with plain validated-on-write values."""

    names: list[NameVariant]
    fields: dict[str, object] = field(default_factory=dict)  # as `cases.update` takes them
    ref: str | None = None
    uuid: str | None = None
    status: str | None = None
    status_date: str = ""
    facility: str = ""
    reporters: list[NewReporter] = field(default_factory=list)
    event_note: str = ""
    source_type: str = "family_testimony"


def _phone_key(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def _reporter_key(name: str, phone: str) -> tuple[str, str]:
    return (" ".join(name.casefold().split()), _phone_key(phone))


class Lookups:
    """Refs, facilities and reporters of the vault, loaded once per import, kept up to date."""

    def __init__(self) -> None:
        self.refs: dict[str, int] = dict(
            PersonRecord.select(PersonRecord.ref, PersonRecord.id).tuples()
        )
        self.facilities = {
            name.casefold(): fid
            for fid, name in FacilityRecord.select(FacilityRecord.id, FacilityRecord.name).tuples()
        }
        self.reporters = {
            _reporter_key(name, phone): rid
            for rid, name, phone in ReporterRecord.select(
                ReporterRecord.id, ReporterRecord.name, ReporterRecord.phone
            ).tuples()
        }
        self.ref_number = int(cases.next_ref().removeprefix(cases.REF_PREFIX))

    def new_ref(self) -> str:
        while True:
            ref = f"{cases.REF_PREFIX}{self.ref_number:04d}"
            self.ref_number += 1
            if ref not in self.refs:
                return ref


class BulkWriter:
    """Rows with explicit ids plus their change images, written a batch at a time."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.next_ids: dict[str, int] = {}
        self.templates: dict[str, dict[str, object]] = {}
        self.person_ids: list[int] = []

    def add(self, entity: str, **values: object) -> int:
        if entity not in self.next_ids:
            self.next_ids[entity] = bulk.next_id(entity)
            self.templates[entity] = bulk.row_template(TRACKED[entity])
        row_id = self.next_ids[entity]
        self.next_ids[entity] += 1
        row = self.templates[entity].copy()  # every column, in table order, defaults filled
        row.update(values)
        row["id"] = row_id
        self.rows[entity].append(row)
        if entity == "person":
            self.person_ids.append(row_id)
        return row_id

    def add_names(self, person_id: int, names: Sequence[NameVariant]) -> None:
        for position, name in enumerate(names):
            self.add(
                "name",
                person=person_id,
                text=name.text,
                script=name.script.value,
                kind=name.kind.value,
                position=position,
            )

    def flush(self, checkpoint: Callable[[], None] = lambda: None) -> list[int]:
        """Write everything collected; returns the new person ids (their search keys are built).
        `checkpoint` runs between tables: it raises to stop (a lock cancelling a merge)."""
        order = FLUSH_ORDER
        for entity in (*order, *(e for e in self.rows if e not in order)):
            checkpoint()
            # a new person is logged with its image (its history, the rally's review of the
            # day read it); the rows that belong to it as runs of ids (store/oplog.py)
            rows = self.rows.get(entity) or []
            self.recorder.insert_bulk(entity, rows, images=entity == "person")
        checkpoint()
        namekeys.index_new_persons(self._names_of_new_persons())
        persons = self.person_ids
        self.rows.clear()
        self.next_ids.clear()
        self.templates.clear()
        self.person_ids = []
        return persons

    def _names_of_new_persons(self) -> dict[int, list[tuple[int, str]]]:
        """(name id, text) per new person in display order, as the search index reads them."""
        names: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for row in self.rows.get("name", []):
            names[row["person"]].append((row["position"], row["id"], row["text"]))
        return {pid: [(i, text) for _p, i, text in sorted(rows)] for pid, rows in names.items()}


def sort_name(names: Sequence[NameVariant]) -> str:
    return preferred_name(list(names), Script.LATN).casefold()


def status_columns(events: list[dict]) -> dict[str, object]:
    """The person columns that follow from its events (services/derived.py for single edits)."""
    current = derived.pick_current(
        events, lambda e: (e["date"], e["recorded_at"], e.get("source_type", ""))
    )
    date = readers.fuzzy_or_none(current["date"]) if current else None
    return {
        "current_status": current["status"] if current else Status.UNKNOWN.value,
        "status_date": current["date"] if current else "",
        "status_sort": date.sort_key.isoformat() if date else None,
    }


def derived_columns(names: Sequence[NameVariant], events: list[dict]) -> dict[str, object]:
    return {"sort_name": sort_name(names), **status_columns(events)}


def _event_values(case: NewCase, facility_id: int | None, now: dt.datetime) -> dict:
    values = statuses.check_fields(
        {
            "status": case.status,
            "date": case.status_date,
            "source_type": case.source_type,
            "note": case.event_note,
        }
    )
    # the facility may be one queued in this batch, not yet in the table `_check` looks in
    return {"uuid": str(uuidlib.uuid4()), "recorded_at": now, "facility": facility_id, **values}


class CaseAdder:
    """Adds `NewCase`s in bulk inside the caller's operation; call `finish()` at the end."""

    def __init__(self, session: Session, recorder: Recorder) -> None:
        self.session = session
        self.lookups = Lookups()
        self.writer = BulkWriter(recorder)
        self.pending = 0
        self.created: list[int] = []
        self.highest_ref = ""

    def ref_owner(self, ref: str) -> int | None:
        return self.lookups.refs.get(ref.strip().upper())

    def facility_id(self, name: str) -> int | None:
        name = v.text("facility", name)
        if not name:
            return None
        key = name.casefold()
        if key not in self.lookups.facilities:
            self.lookups.facilities[key] = self.writer.add(
                "facility", uuid=str(uuidlib.uuid4()), name=name
            )
        return self.lookups.facilities[key]

    def reporter_id(self, rep: NewReporter) -> int:
        key = _reporter_key(rep.name, rep.phone)
        if key not in self.lookups.reporters:
            values = reporters.check_fields({"name": rep.name, "phone": rep.phone})
            self.lookups.reporters[key] = self.writer.add(
                "reporter", uuid=str(uuidlib.uuid4()), **values
            )
        return self.lookups.reporters[key]

    def add(self, case: NewCase) -> str:
        """Queue one new case; returns its reference. Everything is checked before anything is
        queued, so a refused case (ValidationError) leaves no partial rows behind."""
        if not case.names:
            raise ValidationError("name", "a case needs at least one name")
        for name in case.names:
            v.text("name", name.text, required=True)
        values = cases.check_fields(case.fields)
        ref = (case.ref or "").strip().upper()
        if not ref or ref in self.lookups.refs:
            ref = self.lookups.new_ref()
        ref = v.text("ref", ref, required=True)
        now = utcnow()
        event = _event_values(case, None, now) if case.status else None
        checked = []
        for rep in case.reporters:
            reporters.check_fields({"name": rep.name, "phone": rep.phone})
            checked.append((rep, v.choice("relationship", rep.relationship, Relationship).value))
        relations = {self.reporter_id(rep): relation for rep, relation in checked}
        events = []
        if event is not None:
            event["facility"] = self.facility_id(case.facility)
            events.append(event)
        pid = self.writer.add(
            "person",
            uuid=case.uuid or str(uuidlib.uuid4()),
            ref=ref,
            created_at=now,
            updated_at=now,
            **values,
            **derived_columns(case.names, events),
        )
        self.lookups.refs[ref] = pid
        self.writer.add_names(pid, case.names)
        for event in events:
            self.writer.add("status_event", person=pid, **event)
        for reporter_id, relation in relations.items():
            self.writer.add(
                "person_reporter", person=pid, reporter=reporter_id, relationship=relation
            )
        if ref.startswith(cases.REF_PREFIX) and ref.removeprefix(cases.REF_PREFIX).isdigit():
            self.highest_ref = max(self.highest_ref, ref, key=_ref_number)
        self.pending += 1
        if self.pending >= FLUSH_EVERY:
            self.flush()
        return ref

    def flush(self) -> None:
        """Write what is queued; must also be called before any ordinary service write."""
        self.created += self.writer.flush()
        self.pending = 0

    def finish(self) -> list[int]:
        self.flush()
        if self.highest_ref:
            cases.remember_ref(self.writer.recorder, self.highest_ref)
        return self.created


def _ref_number(ref: str) -> int:
    digits = ref.removeprefix(cases.REF_PREFIX)
    return int(digits) if digits.isdigit() else -1


def update_case(session: Session, person_id: int, case: NewCase) -> Changes:
    """Merge a matched row into a case: fill in fields, add missing names, a newer status and
    reporters not yet linked. Nothing recorded is removed (the history is never overwritten)."""
    person = cases.get(session, person_id)
    changes = Changes("Update case", None, frozenset({person_id}))
    # A savepoint: a row refused half-way (valid-only imports go on) leaves nothing behind.
    with session.operation("Update case"), records.db.atomic():
        wanted = {k: val for k, val in case.fields.items() if val not in (None, "")}
        if wanted:
            changes = changes.merged(cases.update(session, person_id, **wanted))
        known = {(n.text, n.script) for n in person.names}
        extra = [n for n in case.names if (n.text, n.script) not in known]
        if extra:
            changes = changes.merged(cases.set_names(session, person_id, [*person.names, *extra]))
        current = person.current_event
        date = v.fuzzy("status_date", case.status_date)
        same = (
            current is not None
            and current.status.value == case.status
            and ((current.date.text if current.date else "") == (date.text if date else ""))
        )
        if case.status and not same:
            facility_id = _facility_for(session, case.facility)
            changes = changes.merged(
                statuses.add_event(
                    session,
                    person_id,
                    case.status,
                    date=case.status_date,
                    facility_id=facility_id,
                    source_type=case.source_type,
                    note=case.event_note,
                )
            )
        linked = {_reporter_key(r.name, r.phone) for r in person.reporters}
        for rep in case.reporters:
            if _reporter_key(rep.name, rep.phone) not in linked:
                changes = changes.merged(
                    reporters.add_to_person(
                        session,
                        person_id,
                        relationship=rep.relationship,
                        name=rep.name,
                        phone=rep.phone,
                    )
                )
    return changes


def _facility_for(session: Session, name: str) -> int | None:
    from casetracker.services import facilities

    name = v.text("facility", name)
    if not name:
        return None
    for fid, existing in FacilityRecord.select(FacilityRecord.id, FacilityRecord.name).tuples():
        if existing.casefold() == name.casefold():
            return fid
    return facilities.add(session, name=name).created_ids[0]


# -- reading cases as sheet rows ---------------------------------------------------------------


@dataclass(frozen=True)
class CaseSheetRow:
    """What the canonical spreadsheet columns need of one case."""

    person_id: int
    ref: str
    names: tuple[NameVariant, ...]
    sex: str
    birth_date: str
    ethnicity: str
    hometown: str
    status: str
    status_date: str
    facility: str
    reporters: tuple[tuple[str, str, str], ...]  # (name, relationship, phone)
    notes: str


def sheet_rows(session: Session, person_ids: Iterable[int], chunk: int = 500):
    """`CaseSheetRow`s for these ids in the given order, a few queries per 500 cases."""
    ids = list(person_ids)
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        names: dict[int, list[NameVariant]] = defaultdict(list)
        for pid, text, script, kind in (
            NameRecord.select(
                NameRecord.person, NameRecord.text, NameRecord.script, NameRecord.kind
            )
            .where(NameRecord.person.in_(part))
            .order_by(NameRecord.person, NameRecord.position)
            .tuples()
        ):
            names[pid].append(NameVariant(text, Script(script), NameKind(kind)))
        reps: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        for pid, rel, name, phone in (
            PersonReporterRecord.select(
                PersonReporterRecord.person,
                PersonReporterRecord.relationship,
                ReporterRecord.name,
                ReporterRecord.phone,
            )
            .join(ReporterRecord)
            .where(PersonReporterRecord.person.in_(part))
            .order_by(PersonReporterRecord.id)
            .tuples()
        ):
            reps[pid].append((name, rel, phone))
        facility = _current_facilities(part)
        people = {r.id: r for r in PersonRecord.select().where(PersonRecord.id.in_(part))}
        for pid in part:
            r = people.get(pid)
            if r is None:
                continue
            yield CaseSheetRow(
                pid,
                r.ref,
                tuple(names[pid]),
                r.sex,
                r.birth_date,
                r.ethnicity,
                r.hometown,
                r.current_status,
                r.status_date,
                facility.get(pid, ""),
                tuple(reps[pid]),
                r.notes,
            )


def _current_facilities(person_ids: list[int]) -> dict[int, str]:
    """The facility named by each person's current (latest) event."""
    rows = (
        StatusEventRecord.select(
            StatusEventRecord.person,
            StatusEventRecord.date,
            StatusEventRecord.recorded_at,
            FacilityRecord.name,
        )
        .join(
            FacilityRecord,
            on=(StatusEventRecord.facility == FacilityRecord.id),
            join_type=JOIN.LEFT_OUTER,
        )
        .where(StatusEventRecord.person.in_(person_ids))
        .tuples()
    )
    best: dict[int, tuple] = {}
    for pid, date, recorded_at, name in rows:
        key = readers.event_sort_key(date, recorded_at)
        if pid not in best or key >= best[pid][0]:
            best[pid] = (key, name or "")
    return {pid: name for pid, (_key, name) in best.items()}


def person_ids_in_ref_order() -> list[int]:
    return [
        pid for (pid,) in PersonRecord.select(PersonRecord.id).order_by(PersonRecord.ref).tuples()
    ]


def person_count() -> int:
    return PersonRecord.select().count()


def person_ids_by_uuid() -> dict[str, int]:
    return {u: i for i, u in PersonRecord.select(PersonRecord.id, PersonRecord.uuid).tuples()}


def event_uuids(person_id: int) -> set[str]:
    query = StatusEventRecord.select(StatusEventRecord.uuid).where(
        StatusEventRecord.person == person_id
    )
    return {u for (u,) in query.tuples()}
