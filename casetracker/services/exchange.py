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
import hashlib
import json
import re
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from peewee import (
    JOIN,
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DateTimeField,
    IntegerField,
    Model,
    TextField,
)

from casetracker.domain.entities import Changes
from casetracker.domain.enums import NameKind, Relationship, Script, Status
from casetracker.domain.errors import ValidationError
from casetracker.domain.names import NameVariant, preferred_name
from casetracker.services import cases, derived, readers, reporters, statuses
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.store import bulk, namekeys, records
from casetracker.store.oplog import Recorder
from casetracker.store.records import (
    TRACKED,
    AttachmentRecord,
    ContactRecord,
    FacilityRecord,
    IdentifierRecord,
    InteractionPersonRecord,
    InteractionRecord,
    NameRecord,
    OrganizationRecord,
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


class _Lookups:
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

    def flush(self) -> list[int]:
        """Write everything collected; returns the new person ids (their search keys are built)."""
        order = _FLUSH_ORDER
        for entity in (*order, *(e for e in self.rows if e not in order)):
            self.recorder.insert_bulk(entity, self.rows.get(entity) or [])
        persons = self.person_ids
        namekeys.reindex_persons(persons)
        self.rows.clear()
        self.next_ids.clear()
        self.templates.clear()
        self.person_ids = []
        return persons


def _derived(names: Sequence[NameVariant], events: list[dict]) -> dict[str, object]:
    current = derived.pick_current(
        events, lambda e: (e["date"], e["recorded_at"], e.get("source_type", ""))
    )
    date = readers.fuzzy_or_none(current["date"]) if current else None
    return {
        "sort_name": preferred_name(list(names), Script.LATN).casefold(),
        "current_status": current["status"] if current else Status.UNKNOWN.value,
        "status_date": current["date"] if current else "",
        "status_sort": date.sort_key.isoformat() if date else None,
    }


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
        self.lookups = _Lookups()
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
            **_derived(case.names, events),
        )
        self.lookups.refs[ref] = pid
        for position, name in enumerate(case.names):
            self.writer.add(
                "name",
                person=pid,
                text=name.text,
                script=name.script.value,
                kind=name.kind.value,
                position=position,
            )
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


# -- transfer bundles: the vault side of merging laptops (interchange/bundle.py, merge.py) ------


class _ExchangeBase(Model):
    class Meta:
        database = records.db
        legacy_table_names = False


class ExchangeRecord(_ExchangeBase):
    """Version state of one exchanged record (migration 5). Move to store/records.py."""

    entity = CharField()
    uuid = CharField()
    head = CharField()
    ancestors = TextField()
    base_hash = CharField(null=True)
    base = TextField(null=True)
    deleted = BooleanField(default=False)
    changed_at = DateTimeField(default=utcnow)

    class Meta:
        primary_key = CompositeKey("entity", "uuid")


class ExchangeConflict(_ExchangeBase):
    id = AutoField()
    entity = CharField()
    uuid = CharField()
    field = CharField()
    local_value = TextField(null=True)
    remote_value = TextField(null=True)
    remote_head = CharField()
    source = CharField()
    label = CharField()
    created_at = DateTimeField(default=utcnow)
    resolved = CharField(null=True)  # None while open, "mine" or "theirs"


class ExchangeLog(_ExchangeBase):
    id = AutoField()
    direction = CharField()
    bundle_id = CharField()
    laptop_id = CharField()
    laptop_name = CharField()
    at = DateTimeField(default=utcnow)
    records = IntegerField()
    operation_id = IntegerField(null=True)
    touched = TextField(null=True)
    rolled_back = BooleanField(default=False)


class ExchangeMeta(_ExchangeBase):
    key = CharField(primary_key=True)
    value = TextField()


@dataclass(frozen=True)
class Spec:
    """How one kind of record travels: its columns by check, and its references by entity."""

    model: type
    checks: dict[str, str]
    refs: dict[str, str] = field(default_factory=dict)
    link: tuple[str, str] | None = None  # a link row is named by the UUIDs of its two ends


_TEXT, _LONG = "text", "long"
SPECS: dict[str, Spec] = {
    "facility": Spec(
        FacilityRecord,
        {
            "name": "name",
            "other_names": _TEXT,
            "kind": "FacilityKind",
            "place": _TEXT,
            "notes": _LONG,
        },
    ),
    "organization": Spec(
        OrganizationRecord, {"name": "name", "kind": "OrgKind", "country": _TEXT, "notes": _LONG}
    ),
    "contact": Spec(
        ContactRecord,
        {"name": "name", "role": _TEXT, "email": _TEXT, "phone": _TEXT, "notes": _LONG},
        {"organization": "organization"},
    ),
    "reporter": Spec(
        ReporterRecord,
        {"name": "name", "phone": _TEXT, "city": _TEXT, "consent": "Consent", "notes": _LONG},
    ),
    "person": Spec(
        PersonRecord,
        {
            "sex": "Sex",
            "birth_date": "fuzzy",
            "age_min": "age",
            "age_max": "age",
            "ethnicity": _TEXT,
            "citizenship": _TEXT,
            "hometown": _TEXT,
            "occupation": _TEXT,
            "notes": _LONG,
            "request": _LONG,
            "consent": "Consent",
            "names": "names",
            "identifiers": "identifiers",
        },
    ),
    "status_event": Spec(
        StatusEventRecord,
        {
            "status": "Status",
            "date": "fuzzy",
            "place": _TEXT,
            "source_type": "SourceType",
            "confidence": "Confidence",
            "sentence": _TEXT,
            "charge": _TEXT,
            "note": _LONG,
            "recorded_at": "time",
        },
        {"person": "person", "facility": "facility"},
    ),
    "person_reporter": Spec(
        PersonReporterRecord,
        {"relationship": "Relationship"},
        {"person": "person", "reporter": "reporter"},
        ("person", "reporter"),
    ),
    "interaction": Spec(
        InteractionRecord,
        {
            "kind": "InteractionKind",
            "date": "fuzzy",
            "direction": "Direction",
            "summary": _LONG,
            "response": "Response",
            "follow_up_due": "day",
            "follow_up_done": "bool",
        },
        {"organization": "organization", "contact": "contact"},
    ),
    "interaction_person": Spec(
        InteractionPersonRecord,
        {},
        {"interaction": "interaction", "person": "person"},
        ("interaction", "person"),
    ),
    "attachment": Spec(
        AttachmentRecord,
        {
            "filename": "name",
            "mime": _TEXT,
            "sha256": "sha",
            "size": "int",
            "caption": _TEXT,
            "source_note": _TEXT,
            "is_photo": "bool",
            "added_at": "time",
        },
        {"person": "person"},
    ),
}
ORDER = tuple(SPECS)
#: Every table a merge may insert into, in an order that satisfies the foreign keys.
_FLUSH_ORDER = (
    "facility",
    "organization",
    "contact",
    "reporter",
    "person",
    "name",
    "identifier",
    "status_event",
    "person_reporter",
    "interaction",
    "interaction_person",
    "attachment",
)


def _enum(name: str):
    from casetracker.domain import enums

    return getattr(enums, name)


def _check_value(entity: str, key: str, kind: str, value: object) -> dict[str, object]:
    """A content value -> the columns it is stored in; ValidationError for anything off."""
    where = f"{entity}.{key}"
    if kind in (_TEXT, "name"):
        return {key: v.text(where, value, required=kind == "name")}
    if kind == _LONG:
        return {key: v.long_text(where, value)}
    if kind == "fuzzy":
        date = v.fuzzy(where, value)
        prefix = "birth" if key == "birth_date" else "date"
        return {
            key: date.text if date else "",
            f"{prefix}_lower": v.iso(date.lower) if date else None,
            f"{prefix}_upper": v.iso(date.upper) if date else None,
        }
    if kind in ("age", "int"):
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**40
        ):
            raise ValidationError(where, "must be a whole number")
        return {key: value}
    if kind == "bool":
        return {key: bool(value)}
    if kind == "time":
        return {key: v.timestamp(where, value)}
    if kind == "day":
        return {key: v.iso(v.plain_date(where, value))}
    if kind == "sha":
        if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
            raise ValidationError(where, "is not a sha256")
        return {key: value}
    if kind in ("names", "identifiers"):
        return {}  # separate rows, checked by _check_names / _check_identifiers
    return {key: v.choice(where, value, _enum(kind)).value}


def _columns(entity: str, content: dict) -> dict[str, object]:
    spec = SPECS[entity]
    if not isinstance(content, dict):
        raise ValidationError(entity, "malformed record")
    values: dict[str, object] = {}
    for key, kind in spec.checks.items():
        if key not in content:
            raise ValidationError(f"{entity}.{key}", "is missing")
        values.update(_check_value(entity, key, kind, content[key]))
    return values


def _check_names(content: dict) -> list[NameVariant]:
    try:
        names = [
            NameVariant(v.text("names", t, required=True), Script(s), NameKind(k))
            for t, s, k in content["names"]
        ]
    except (TypeError, ValueError, KeyError):
        raise ValidationError("person.names", "malformed names") from None
    if not names:
        raise ValidationError("person.names", "a case needs at least one name")
    return names


def _check_identifiers(content: dict) -> list[tuple[str, str]]:
    from casetracker.domain.identifiers import IdentifierType

    try:
        return [
            (IdentifierType(k).value, v.text("identifier", val, required=True))
            for k, val in content["identifiers"]
        ]
    except (TypeError, ValueError, KeyError):
        raise ValidationError("person.identifiers", "malformed identifiers") from None


def _jsonify(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, bool):
        return value
    return value


def _id_uuid_maps() -> dict[str, dict[int, str]]:
    maps = {}
    for entity in ("person", "reporter", "facility", "organization", "contact", "interaction"):
        model = SPECS[entity].model
        maps[entity] = dict(model.select(model.id, model.uuid).tuples())
    return maps


def read_contents(entity: str, maps: dict[str, dict[int, str]] | None = None):
    """{uuid: (row id, content)} of every live record of `entity` (the vault side of a version)."""
    spec = SPECS[entity]
    maps = maps if maps is not None else _id_uuid_maps()
    model = spec.model
    columns = [
        model.id,
        *(getattr(model, k) for k in spec.checks if k not in ("names", "identifiers")),
    ]
    columns += [getattr(model, ref) for ref in spec.refs]
    if spec.link is None:
        columns.append(model.uuid)
    extra = _person_lists() if entity == "person" else None
    result: dict[str, tuple[int, dict]] = {}
    plain = [k for k in spec.checks if k not in ("names", "identifiers")]
    for row in model.select(*columns).tuples().iterator():
        row_id, values = row[0], row[1 : 1 + len(plain)]
        refs = row[1 + len(plain) : 1 + len(plain) + len(spec.refs)]
        content = {k: _jsonify(val) for k, val in zip(plain, values, strict=True)}
        for (ref, target), ref_id in zip(spec.refs.items(), refs, strict=True):
            content[ref] = maps[target].get(ref_id) if ref_id is not None else None
        if extra is not None:
            content["names"], content["identifiers"] = (
                extra[0].get(row_id, []),
                extra[1].get(row_id, []),
            )
        link = spec.link
        uid = "|".join(str(content[end]) for end in link) if link is not None else row[-1]
        result[uid] = (row_id, content)
    return result


def _person_lists() -> tuple[dict[int, list], dict[int, list]]:
    names: dict[int, list] = defaultdict(list)
    for pid, text, script, kind in (
        NameRecord.select(NameRecord.person, NameRecord.text, NameRecord.script, NameRecord.kind)
        .order_by(NameRecord.person, NameRecord.position)
        .tuples()
        .iterator()
    ):
        names[pid].append([text, script, kind])
    idents: dict[int, list] = defaultdict(list)
    for pid, kind, value in (
        IdentifierRecord.select(
            IdentifierRecord.person, IdentifierRecord.kind, IdentifierRecord.value
        )
        .order_by(IdentifierRecord.person, IdentifierRecord.kind, IdentifierRecord.value)
        .tuples()
    ):
        idents[pid].append([kind, value])
    return names, idents


def version_of(content: dict | None, previous: str = "") -> str:
    """The version id of a record's content: a hash, so equal content is one version anywhere."""
    if content is None:
        return "x" + hashlib.blake2b(previous.encode(), digest_size=10).hexdigest()
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()


MAX_ANCESTORS = 64


def _union(*lists: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for items in lists:
        for item in items:
            seen.setdefault(item, None)
    return list(seen)[-MAX_ANCESTORS:]


def _meta(key: str) -> str | None:
    row = ExchangeMeta.get_or_none(ExchangeMeta.key == key)
    return row.value if row else None


def laptop_id() -> str:
    """This vault's exchange id: random, made on first use, shown in the audit log of peers."""
    value = _meta("laptop_id")
    if value is None:
        value = uuidlib.uuid4().hex[:12]
        ExchangeMeta.replace(key="laptop_id", value=value).execute()
    return value


@dataclass
class LocalRecord:
    """Our side of one record: its row (if alive), content and version state."""

    row_id: int | None
    content: dict | None
    head: str
    ancestors: list[str]
    base_hash: str | None
    base: dict | None


def _state(entity: str, with_base: bool = True) -> dict[str, tuple]:
    columns = [
        ExchangeRecord.uuid,
        ExchangeRecord.head,
        ExchangeRecord.ancestors,
        ExchangeRecord.deleted,
        ExchangeRecord.base_hash,
    ]
    if with_base:
        columns.append(ExchangeRecord.base)
    query = ExchangeRecord.select(*columns).where(ExchangeRecord.entity == entity)
    return {row[0]: row[1:] for row in query.tuples().iterator()}


def _write_state(rows: list[dict]) -> None:
    for start in range(0, len(rows), 5000):
        bulk.insert_plain(ExchangeRecord, rows[start : start + 5000], verb="INSERT OR REPLACE")


def _state_row(entity, uid, head, ancestors, base_hash, base, deleted, changed_at) -> dict:
    return {
        "entity": entity,
        "uuid": uid,
        "head": head,
        "ancestors": json.dumps(ancestors),
        "base_hash": base_hash,
        "base": base
        if base is None or isinstance(base, str)
        else json.dumps(base, ensure_ascii=False),
        "deleted": bool(deleted),
        "changed_at": changed_at,
    }


def catch_up(session: Session) -> int:
    """Give every record changed here since the last exchange a new version; returns how many.

    Undone merges are reconciled first: the records a merge touched lose their exchange state,
    so their differences with the other laptop are listed as conflicts next time instead of the
    undo being sent back as a change (or a deletion) of ours.
    """
    _reconcile_undone()
    maps = _id_uuid_maps()
    now = utcnow()
    changed = 0
    for entity in ORDER:
        live = read_contents(entity, maps)
        rows = []
        for uid, (head, ancestors, deleted, base_hash, base) in _state(entity).items():
            if uid in live:
                content = live.pop(uid)[1]
                version = version_of(content)
                if version != head:
                    rows.append(
                        _state_row(
                            entity,
                            uid,
                            version,
                            _union(json.loads(ancestors), [head]),
                            base_hash,
                            base,
                            False,
                            now,
                        )
                    )
            elif not deleted:
                rows.append(
                    _state_row(
                        entity,
                        uid,
                        version_of(None, head),
                        _union(json.loads(ancestors), [head]),
                        base_hash,
                        base,
                        True,
                        now,
                    )
                )
        for uid, (_row_id, content) in live.items():
            rows.append(_state_row(entity, uid, version_of(content), [], None, None, False, now))
        _write_state(rows)
        changed += len(rows)
    return changed


def _reconcile_undone() -> None:
    from casetracker.store.records import OperationRecord

    for log in ExchangeLog.select().where(
        (ExchangeLog.direction == "import")
        & ExchangeLog.operation_id.is_null(False)
        & ~ExchangeLog.rolled_back
    ):
        latest = (
            OperationRecord.select(OperationRecord.kind)
            .where(OperationRecord.target == log.operation_id)
            .order_by(OperationRecord.id.desc())
            .first()
        )
        if latest is None or latest.kind != "undo":
            continue
        for entity, uid in json.loads(log.touched or "[]"):
            ExchangeRecord.delete().where(
                (ExchangeRecord.entity == entity) & (ExchangeRecord.uuid == uid)
            ).execute()
        log.rolled_back = True
        log.save()


@dataclass(frozen=True)
class OutgoingRecord:
    entity: str
    uuid: str
    head: str
    ancestors: list[str]
    content: dict | None
    ref: str = ""


def outgoing(session: Session, since: dt.datetime | None = None):
    """Every record (or those changed since `since`) with its version, for a bundle; marks the
    exported versions as the base of later merges. Attachment contents follow as sha256s."""
    catch_up(session)
    maps = _id_uuid_maps()
    refs = dict(PersonRecord.select(PersonRecord.uuid, PersonRecord.ref).tuples())
    for entity in ORDER:
        live = read_contents(entity, maps)
        rows = []
        for uid, (head, ancestors, deleted, *_rest) in _state(entity, with_base=False).items():
            changed_at = None
            if since is not None:
                changed_at = ExchangeRecord.get(
                    (ExchangeRecord.entity == entity) & (ExchangeRecord.uuid == uid)
                ).changed_at
                if changed_at < since:
                    continue
            content = None if deleted else live.get(uid, (None, None))[1]
            yield OutgoingRecord(
                entity,
                uid,
                head,
                json.loads(ancestors),
                content,
                refs.get(uid, "") if entity == "person" else "",
            )
            rows.append(
                _state_row(
                    entity,
                    uid,
                    head,
                    json.loads(ancestors),
                    head,
                    content,
                    deleted,
                    changed_at or utcnow(),
                )
            )
        _write_state(rows)


def blob(sha256: str) -> bytes:
    from casetracker.services import attachments

    return attachments.read_blob(sha256)


def local_records(entity: str, maps=None) -> dict[str, LocalRecord]:
    """Our side of every record of `entity` known here (alive or remembered as deleted)."""
    live = read_contents(entity, maps)
    result: dict[str, LocalRecord] = {}
    for uid, (head, ancestors, _deleted, base_hash, base) in _state(entity).items():
        row_id, content = live.pop(uid, (None, None))
        result[uid] = LocalRecord(
            row_id,
            content,
            head,
            json.loads(ancestors),
            base_hash,
            json.loads(base) if base else None,
        )
    for uid, (row_id, content) in live.items():
        result[uid] = LocalRecord(row_id, content, version_of(content), [], None, None)
    return result


@dataclass
class MergeCounts:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    person_ids: set[int] = field(default_factory=set)


class Merger:
    """Writes merge outcomes (interchange/merge.py decides them) inside one operation."""

    def __init__(self, session: Session, recorder: Recorder, source: str) -> None:
        self.session, self.recorder, self.source = session, recorder, source
        self.writer = BulkWriter(recorder)
        self.maps = _id_uuid_maps()
        self.ids: dict[str, dict[str, int]] = {
            e: {u: i for i, u in m.items()} for e, m in self.maps.items()
        }
        self.state_rows: list[dict] = []
        self.touched: list[tuple[str, str]] = []
        self.new_persons: dict[str, dict] = {}  # uuid -> queued person row
        self._new_ids: set[int] = set()
        self.new_events: dict[str, list[dict]] = defaultdict(list)  # person uuid -> event rows
        self.refresh: set[int] = set()
        self.counts = MergeCounts()
        self.now = utcnow()

    def local(self, entity: str) -> dict[str, LocalRecord]:
        return local_records(entity, self.maps)

    def _ref_ids(self, entity: str, content: dict) -> dict[str, object]:
        values = {}
        for ref, target in SPECS[entity].refs.items():
            uid = content.get(ref)
            if uid is None:
                values[ref] = None
                continue
            if not isinstance(uid, str) or uid not in self.ids.get(target, {}):
                raise ValidationError(f"{entity}.{ref}", "refers to a record not in the bundle")
            values[ref] = self.ids[target][uid]
        return values

    def record_state(self, entity, uid, head, ancestors, base_hash, base, deleted) -> None:
        self.state_rows.append(
            _state_row(entity, uid, head, ancestors, base_hash, base, deleted, self.now)
        )
        self.touched.append((entity, uid))

    def add(self, entity: str, uid: str, content: dict, ref: str = "") -> None:
        """A record new here: queued for the bulk writer, like an import."""
        values = {**_columns(entity, content), **self._ref_ids(entity, content)}
        spec = SPECS[entity]
        if spec.link is None:
            values["uuid"] = uid
        if entity == "person":
            names = _check_names(content)
            idents = _check_identifiers(content)
            ref = (ref or "").upper()[:100]
            if not ref or ref in self.lookups.refs:
                ref = self.lookups.new_ref()
            self.lookups.refs[ref] = -1
            pid = self.writer.add(
                "person",
                ref=ref,
                created_at=self.now,
                updated_at=self.now,
                **values,
                **_derived(names, []),
            )
            self.new_persons[uid] = self.writer.rows["person"][-1]
            self._new_ids.add(pid)
            for position, n in enumerate(names):
                self.writer.add(
                    "name",
                    person=pid,
                    text=n.text,
                    script=n.script.value,
                    kind=n.kind.value,
                    position=position,
                )
            for kind, value in idents:
                self.writer.add("identifier", person=pid, kind=kind, value=value)
            self.ids["person"][uid] = pid
        else:
            row_id = self.writer.add(entity, **values)
            if entity in self.ids:
                self.ids[entity][uid] = row_id
            if entity == "status_event":
                self.new_events[content["person"]].append(self.writer.rows[entity][-1])
            self._touch_person(entity, values)
        self.counts.added += 1

    @property
    def lookups(self) -> _Lookups:
        if not hasattr(self, "_lookups"):
            self._lookups = _Lookups()
        return self._lookups

    def _touch_person(self, entity: str, values: dict) -> None:
        person = values.get("person")
        if entity != "person" and isinstance(person, int):
            if person in self.new_ids():
                return
            self.refresh.add(person)

    def new_ids(self) -> set[int]:
        return self._new_ids

    def replace(self, entity: str, uid: str, local: LocalRecord, content: dict | None) -> None:
        """Bring an existing record (or a deleted one) to `content` (None: delete it)."""
        model = SPECS[entity].model
        if content is None:
            if local.row_id is not None:
                self._delete(entity, local.row_id)
                self.counts.deleted += 1
            return
        if local.row_id is None:
            self.add(entity, uid, content)
            return
        values = {**_columns(entity, content), **self._ref_ids(entity, content)}
        row = model.get_by_id(local.row_id)
        self.recorder.update(row, **values)
        if entity == "person":
            self._person_lists(row, content)
            self.refresh.add(row.id)
        else:
            self._touch_person(entity, values)
            if isinstance(getattr(row, "person_id", None), int):
                self.refresh.add(row.person_id)
        self.counts.changed += 1

    def _person_lists(self, person: PersonRecord, content: dict) -> None:
        names, idents = _check_names(content), _check_identifiers(content)
        if [[n.text, n.script.value, n.kind.value] for n in names] != local_lists(person.id)[0]:
            for row in NameRecord.select().where(NameRecord.person == person.id):
                self.recorder.delete(row)
            for position, n in enumerate(names):
                self.recorder.insert(
                    NameRecord,
                    person=person.id,
                    text=n.text,
                    script=n.script.value,
                    kind=n.kind.value,
                    position=position,
                )
            namekeys.reindex_persons([person.id])
        if [list(i) for i in idents] != local_lists(person.id)[1]:
            for row in IdentifierRecord.select().where(IdentifierRecord.person == person.id):
                self.recorder.delete(row)
            for kind, value in idents:
                self.recorder.insert(IdentifierRecord, person=person.id, kind=kind, value=value)

    def _delete(self, entity: str, row_id: int) -> None:
        if entity == "person":
            cases.delete(self.session, row_id)
            self.refresh.discard(row_id)
            return
        row = SPECS[entity].model.get_or_none(SPECS[entity].model.id == row_id)
        if row is None:
            return
        if isinstance(getattr(row, "person_id", None), int):
            self.refresh.add(row.person_id)
        if entity == "interaction":
            for link in InteractionPersonRecord.select().where(
                InteractionPersonRecord.interaction == row_id
            ):
                self.recorder.delete(link)
        self.recorder.delete(row)

    def conflict(
        self, entity: str, uid: str, field_name: str, local, remote, remote_head: str
    ) -> None:
        label = self._label(entity, uid)
        mine, theirs = json.dumps(local, ensure_ascii=False), json.dumps(remote, ensure_ascii=False)
        exists = (
            ExchangeConflict.select()
            .where(
                (ExchangeConflict.entity == entity)
                & (ExchangeConflict.uuid == uid)
                & (ExchangeConflict.field == field_name)
                & (ExchangeConflict.remote_value == theirs)
                & ExchangeConflict.resolved.is_null()
            )
            .exists()
        )
        if not exists:
            ExchangeConflict.create(
                entity=entity,
                uuid=uid,
                field=field_name,
                local_value=mine,
                remote_value=theirs,
                remote_head=remote_head,
                source=self.source,
                label=label,
            )
        self.counts.conflicts += 1

    def _label(self, entity: str, uid: str) -> str:
        person_uuid = uid if entity == "person" else None
        if entity != "person":
            model = SPECS[entity].model
            if SPECS[entity].link is None:
                row = model.get_or_none(model.uuid == uid)
                pid = getattr(row, "person_id", None) if row else None
                person_uuid = self.maps["person"].get(pid) if pid else None
            else:
                person_uuid = next((p for p in uid.split("|") if p in self.ids["person"]), None)
        pid = self.ids["person"].get(person_uuid or "")
        person = PersonRecord.get_or_none(PersonRecord.id == pid) if pid else None
        if person is None:
            return entity.replace("_", " ")
        return f"{person.ref} {person.sort_name}".strip()

    def finish(self, blobs: dict[str, bytes]) -> MergeCounts:
        from casetracker.services import attachments

        for sha in {row["sha256"] for row in self.writer.rows.get("attachment", [])}:
            if sha not in blobs:
                raise ValidationError("attachment", f"the bundle lacks the content of {sha[:12]}")
            attachments.store_blob(blobs[sha])
        for uid, row in self.new_persons.items():
            # the current status of a new case comes from its events, which arrived after it
            derived_values = _derived([], self.new_events.get(uid, []))
            row.update({k: val for k, val in derived_values.items() if k != "sort_name"})
        self.writer.flush()
        for pid in self.refresh - self.new_ids():
            person = PersonRecord.get_or_none(PersonRecord.id == pid)
            if person is not None:
                derived.refresh(self.recorder, person)
                self.recorder.update(person, updated_at=utcnow())
        _write_state(self.state_rows)
        self.counts.person_ids = (
            set(self.ids["person"].get(u, 0) for u in self.new_persons) | self.refresh
        )
        return self.counts


def local_lists(person_id: int) -> tuple[list, list]:
    names = [
        [t, s, k]
        for t, s, k in NameRecord.select(NameRecord.text, NameRecord.script, NameRecord.kind)
        .where(NameRecord.person == person_id)
        .order_by(NameRecord.position)
        .tuples()
    ]
    idents = [
        [k, val]
        for k, val in IdentifierRecord.select(IdentifierRecord.kind, IdentifierRecord.value)
        .where(IdentifierRecord.person == person_id)
        .order_by(IdentifierRecord.kind, IdentifierRecord.value)
        .tuples()
    ]
    return names, idents


def record_exchange(
    direction: str,
    bundle_id: str,
    laptop: str,
    name: str,
    records_count: int,
    operation_id: int | None = None,
    touched: list | None = None,
) -> None:
    """The exchange log: which laptop a bundle came from or went to, and its operation."""
    ExchangeLog.create(
        direction=direction,
        bundle_id=bundle_id,
        laptop_id=laptop,
        laptop_name=name,
        records=records_count,
        operation_id=operation_id,
        touched=json.dumps(touched or []),
    )


def already_imported(bundle_id: str) -> bool:
    return (
        ExchangeLog.select()
        .where(
            (ExchangeLog.direction == "import")
            & (ExchangeLog.bundle_id == bundle_id)
            & ~ExchangeLog.rolled_back
        )
        .exists()
    )


@dataclass(frozen=True)
class ConflictInfo:
    """A field changed on both laptops since they last exchanged, for the user to decide."""

    id: int
    entity: str
    uuid: str
    field: str
    label: str
    local: object
    remote: object
    source: str
    created_at: dt.datetime


def conflicts(session: Session, open_only: bool = True) -> list[ConflictInfo]:
    query = ExchangeConflict.select().order_by(ExchangeConflict.id)
    if open_only:
        query = query.where(ExchangeConflict.resolved.is_null())
    return [
        ConflictInfo(
            c.id,
            c.entity,
            c.uuid,
            c.field,
            c.label,
            json.loads(c.local_value or "null"),
            json.loads(c.remote_value or "null"),
            c.source,
            c.created_at,
        )
        for c in query
    ]


def resolve(session: Session, conflict_id: int, choice: str) -> Changes:
    """Decide a conflict: keep "mine" or take "theirs". Once every conflict of a record is
    decided, the other laptop's version counts as seen, so the decision travels back to it."""
    if choice not in ("mine", "theirs"):
        raise ValidationError("choice", "must be mine or theirs")
    item = ExchangeConflict.get_or_none(ExchangeConflict.id == conflict_id)
    if item is None or item.resolved:
        raise ValidationError("conflict", f"no open conflict {conflict_id}")
    local = local_records(item.entity).get(item.uuid)
    with session.operation("Resolve merge conflict") as recorder:
        merger = Merger(session, recorder, item.source)
        if choice == "theirs" and local is not None:
            remote = json.loads(item.remote_value or "null")
            if item.field == "_deleted":
                content = remote
            else:
                content = dict(local.content or {})
                content[item.field] = remote
            merger.replace(item.entity, item.uuid, local, content)
            merger.finish({})
        item.resolved = choice
        item.save()
        op_id = recorder.operation.id if not recorder.empty else None
    _settle(item)
    return Changes(
        "Resolve merge conflict", op_id, frozenset(merger.counts.person_ids), list_changed=True
    )


def _settle(item: ExchangeConflict) -> None:
    still_open = (
        ExchangeConflict.select()
        .where(
            (ExchangeConflict.entity == item.entity)
            & (ExchangeConflict.uuid == item.uuid)
            & ExchangeConflict.resolved.is_null()
        )
        .exists()
    )
    if still_open:
        return
    local = local_records(item.entity).get(item.uuid)
    if local is None:
        return
    head = version_of(local.content) if local.content is not None else local.head
    ancestors = _union(local.ancestors, [local.head, item.remote_head])
    _write_state(
        [
            _state_row(
                item.entity,
                item.uuid,
                head,
                [a for a in ancestors if a != head],
                local.base_hash,
                local.base,
                local.content is None,
                utcnow(),
            )
        ]
    )
