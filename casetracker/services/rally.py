"""Rally entry: record a relative in under a minute outside a consulate (issue 8).

One call per person: `record_entry` creates the case, its current status (family testimony),
the reporting relative and an optional photo in ONE labelled operation ("Rally entry"), and
deletes the form's draft in the same transaction; `add_testimony` adds the same kind of
testimony to a case that already exists when the form's duplicate check found it. Drafts
(`save_draft`, `load_draft`, `discard_draft`) keep a half-typed form inside the encrypted vault
so that a killed app or a closed lid loses nothing; they are scratch state, not undo steps.
`entries_today` lists what the rally recorded, with what is still missing from each case.

Field names in `ValidationError`s are the attribute names of `RallyEntry`, so the form can
focus the field at fault.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from casetracker.domain.entities import Changes
from casetracker.domain.enums import Consent, NameKind, Relationship, Sex, Status
from casetracker.domain.errors import ValidationError
from casetracker.domain.fuzzydate import AgeRange, FuzzyDate, from_user
from casetracker.domain.names import NameVariant, clean_name
from casetracker.search.fold import normalize_phone
from casetracker.services import (
    attachments,
    caselist,
    cases,
    duplicates,
    readers,
    reporters,
    statuses,
)
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.store import records
from casetracker.store.records import (
    ChangeRecord,
    DraftRecord,
    OperationRecord,
    PersonRecord,
    PersonReporterRecord,
    ReporterRecord,
    utcnow,
)

ENTRY_LABEL = "Rally entry"
TESTIMONY_LABEL = "Add testimony"
#: What `entries_today` reports as missing, in the form's order.
CHECKED = ("sex", "birth", "hometown", "status", "since", "reporter", "phone")
FIRST_BIRTH_YEAR = 1900
_BIRTH_HINT = "not a birth year or an age (use e.g. 1975, about 1975, 1970s, 45 or 40s)"


@dataclass(frozen=True)
class RallyEntry:
    """What the quick-entry form collects about one detained person and one relative."""

    name: str = ""
    sex: str = Sex.UNKNOWN.value
    birth: str = ""  # "1975", "about 1975", "1970s", "45", "40s"
    hometown: str = ""
    status: str = Status.UNKNOWN.value
    since: str = ""  # fuzzy date: "spring 2018", "до 2019"
    reporter_name: str = ""
    relationship: str = Relationship.OTHER_RELATIVE.value
    phone: str = ""
    consent: str = ""  # required: the family's answer, one of Consent
    note: str = ""
    photo: bytes | None = None
    photo_name: str = ""
    draft_key: str | None = None  # deleted in the same transaction as the entry is saved


@dataclass(frozen=True)
class Suggestion:
    """A case that may be the person being typed, with what the form shows about it."""

    person_id: int
    ref: str
    names: tuple[str, ...]
    status: Status
    status_date: FuzzyDate | None
    hometown: str
    score: float
    evidence: tuple  # search.duplicates.Evidence (kind, detail, weight)


@dataclass(frozen=True)
class RallyReviewRow:
    """One case recorded (or added to) by rally entries on a day, newest first."""

    person_id: int
    ref: str
    names: tuple[NameVariant, ...]
    status: Status
    recorded_at: dt.datetime  # local time
    added_to_existing: bool
    missing: tuple[str, ...]  # keys of CHECKED

    @property
    def incomplete(self) -> bool:
        return bool(self.missing)


# --- reading what was typed ---------------------------------------------------------------------


def parse_birth(text: str) -> tuple[FuzzyDate | None, AgeRange | None]:
    """A birth date ("1975", "about 1975", "1970s") or an age ("45", "40s"), whichever fits."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        return None, None
    try:
        return None, AgeRange.parse(cleaned)
    except ValueError:
        pass
    try:
        date = from_user(cleaned)
    except ValueError:
        raise ValidationError("birth", _BIRTH_HINT) from None
    first = date.lower or date.upper
    if first is not None and (first.year < FIRST_BIRTH_YEAR or first > dt.date.today()):
        raise ValidationError("birth", f"{cleaned} is not a plausible birth date")
    return date, None


def birth_year_hint(text: str) -> int | None:
    """The one birth year the duplicate check can weigh, when the text names one."""
    try:
        date, age = parse_birth(text)
    except ValidationError:
        return None
    if date is not None and date.lower and date.upper and date.lower.year == date.upper.year:
        return date.lower.year
    if age is not None and age.min is not None and age.min == age.max:
        return dt.date.today().year - age.min
    return None


def _choice(field: str, value: str, enum, default):
    return v.choice(field, value or default, enum).value


def _consent(value: str) -> str:
    if not (value or "").strip():
        raise ValidationError("consent", "is required: ask the family which uses they allow")
    return v.choice("consent", value, Consent).value


def _phone(value: str) -> str:
    phone = v.text("phone", value)
    if phone and not any(ch.isdigit() for ch in phone):
        raise ValidationError("phone", f"'{phone}' is not a phone number")
    return phone


def _testimony_values(entry: RallyEntry) -> dict:
    """Checked values of what a relative adds to any case: status, reporter, photo, note."""
    since = v.fuzzy("since", entry.since)
    reporter_name = clean_name(v.text("reporter_name", entry.reporter_name))
    phone = _phone(entry.phone)
    if phone and not reporter_name:
        raise ValidationError("reporter_name", "is required with a phone number")
    if entry.photo is not None and not entry.photo:
        raise ValidationError("photo", "the photo is empty")
    if entry.photo and len(entry.photo) > attachments.MAX_BYTES:
        raise ValidationError("photo", "the photo is too large")
    return {
        "status": _choice("status", entry.status, Status, Status.UNKNOWN.value),
        "since": since,
        "reporter_name": reporter_name,
        "relationship": _choice(
            "relationship", entry.relationship, Relationship, Relationship.OTHER_RELATIVE.value
        ),
        "phone": phone,
        "consent": _consent(entry.consent),
        "note": v.long_text("note", entry.note).strip(),
    }


def _person_values(entry: RallyEntry) -> dict:
    name = clean_name(v.text("name", entry.name, required=True))
    date, age = parse_birth(entry.birth)
    return {
        "name": NameVariant.of(name),
        "sex": _choice("sex", entry.sex, Sex, Sex.UNKNOWN.value),
        "birth_date": date,
        "age_range": age,
        "hometown": v.text("hometown", entry.hometown),
    }


# --- writing ------------------------------------------------------------------------------------


def _find_reporter(name: str, phone: str) -> int | None:
    """The same relative already on record (same name and number): link, don't duplicate."""
    wanted = normalize_phone(phone) or phone
    for row in ReporterRecord.select().where(ReporterRecord.name == name):
        if row.phone and (normalize_phone(row.phone) or row.phone) == wanted:
            return row.id
    return None


def _linked(person_id: int, reporter_id: int) -> bool:
    link = PersonReporterRecord.person == person_id
    return (
        PersonReporterRecord.select()
        .where(link & (PersonReporterRecord.reporter == reporter_id))
        .exists()
    )


def _add_testimony_rows(session: Session, person_id: int, values: dict, entry: RallyEntry):
    """Status event, reporter link and photo; called inside the caller's operation."""
    if values["status"] != Status.UNKNOWN.value or values["since"] is not None:
        statuses.add_event(
            session,
            person_id,
            values["status"],
            date=values["since"],
            source_type="family_testimony",
        )
    name = values["reporter_name"]
    existing = _find_reporter(name, values["phone"]) if name and values["phone"] else None
    if name and existing is None:
        reporters.add_to_person(
            session,
            person_id,
            relationship=values["relationship"],
            name=name,
            phone=values["phone"],
            consent=values["consent"],
        )
    elif existing is not None and not _linked(person_id, existing):
        reporters.add_to_person(
            session, person_id, relationship=values["relationship"], reporter_id=existing
        )
    if entry.photo:
        source = " · ".join(x for x in (name, dt.date.today().isoformat()) if x)
        attachments.add(
            session,
            person_id,
            entry.photo_name or "photo.jpg",
            entry.photo,
            caption="Photo",
            source_note=source,
        )


def _drop_draft(key: str | None) -> None:
    if key:
        DraftRecord.delete().where(DraftRecord.key == key).execute()


def record_entry(session: Session, entry: RallyEntry) -> Changes:
    """Create the case, its status, the reporting relative and the photo as one undo step."""
    person = _person_values(entry)
    values = _testimony_values(entry)
    fields = {"sex": person["sex"], "hometown": person["hometown"], "consent": values["consent"]}
    if person["birth_date"] is not None:
        fields["birth_date"] = person["birth_date"]
    if person["age_range"] is not None:
        fields["age_range"] = person["age_range"]
    if values["note"]:
        fields["notes"] = values["note"]
    with session.operation(ENTRY_LABEL) as recorder:
        created = cases.create(session, names=[person["name"]], **fields)
        person_id = created.created_ids[0]
        _add_testimony_rows(session, person_id, values, entry)
        _drop_draft(entry.draft_key)
        op_id = recorder.operation.id
    return Changes(ENTRY_LABEL, op_id, frozenset({person_id}), (person_id,), list_changed=True)


def _fill_gaps(session: Session, person_id: int, person: dict) -> None:
    """Add what the existing case lacks (a new spelling, hometown, birth, sex); never overwrite."""
    record = readers.person_record(person_id)
    fields: dict = {}
    if not record.hometown and person["hometown"]:
        fields["hometown"] = person["hometown"]
    if record.sex == Sex.UNKNOWN.value and person["sex"] != Sex.UNKNOWN.value:
        fields["sex"] = person["sex"]
    if not record.birth_date and record.age_min is None and record.age_max is None:
        if person["birth_date"] is not None:
            fields["birth_date"] = person["birth_date"]
        elif person["age_range"] is not None:
            fields["age_range"] = person["age_range"]
    if fields:
        cases.update(session, person_id, **fields)
    names = list(readers.names_of(person_id))
    variant: NameVariant = person["name"]
    if all(n.text.casefold() != variant.text.casefold() for n in names):
        kind = NameKind.ALIAS if any(n.script == variant.script for n in names) else variant.kind
        cases.set_names(
            session, person_id, [*names, NameVariant(variant.text, variant.script, kind)]
        )


def add_testimony(session: Session, person_id: int, entry: RallyEntry) -> Changes:
    """ "This is the same person": add the relative, status, photo and note to that case.

    The name typed is added as another spelling when the case lacks it, and the hometown,
    birth and sex fill the case's gaps; nothing already recorded is overwritten.
    """
    values = _testimony_values(entry)
    person = _person_values(entry) if entry.name.strip() else None
    record = readers.person_record(person_id)
    adds = values["reporter_name"] or values["note"] or entry.photo or values["since"]
    if not adds and values["status"] == Status.UNKNOWN.value:
        raise ValidationError("reporter_name", "is required to add a testimony")
    with session.operation(TESTIMONY_LABEL) as recorder:
        if person is not None:
            _fill_gaps(session, person_id, person)
        _add_testimony_rows(session, person_id, values, entry)
        if values["note"]:
            who = values["reporter_name"]
            line = " · ".join(x for x in (dt.date.today().isoformat(), who) if x)
            notes = f"{record.notes.rstrip()}\n\n" if record.notes.strip() else ""
            cases.update(session, person_id, notes=f"{notes}{line}: {values['note']}")
        _drop_draft(entry.draft_key)
        op_id = recorder.operation.id
    return Changes(TESTIMONY_LABEL, op_id, frozenset({person_id}), list_changed=True)


def ref_of(session: Session, person_id: int) -> str:
    return readers.person_record(person_id).ref


# --- duplicates while typing --------------------------------------------------------------------


def suggestions(session: Session, fields: dict[str, str], limit: int = 5) -> list[Suggestion]:
    """Existing cases that may be the person in the form (name, birth year, hometown, phone)."""
    name = (fields.get("name") or "").strip()
    if len(name) < 2:
        return []
    found = duplicates.candidates_for(
        session,
        [name],
        birth_year_hint(fields.get("birth", "")),
        (fields.get("hometown") or "").strip(),
        (fields.get("phone") or "").strip(),
        limit=limit,
    )
    rows = {row.id: row for row in caselist.rows(session, [c.person_id for c in found])}
    return [
        Suggestion(
            c.person_id,
            c.ref,
            c.names,
            rows[c.person_id].status,
            rows[c.person_id].status_date,
            rows[c.person_id].hometown,
            c.score,
            c.evidence,
        )
        for c in found
        if c.person_id in rows
    ]


# --- drafts ---------------------------------------------------------------------------------------


def save_draft(session: Session, key: str, fields: dict[str, str]) -> None:
    """Keep the form's fields under `key` (one row per key, replaced); not an undo step."""
    key = v.text("key", key, required=True)
    payload = json.dumps({str(k): str(val) for k, val in fields.items()}, ensure_ascii=False)
    with records.db.atomic():
        DraftRecord.insert(
            key=key, fields=payload, updated_at=utcnow()
        ).on_conflict_replace().execute()


def load_draft(session: Session, key: str) -> dict[str, str] | None:
    row = DraftRecord.get_or_none(DraftRecord.key == key)
    if row is None:
        return None
    try:
        fields = json.loads(row.fields)
    except ValueError:
        return None
    return {str(k): str(val) for k, val in fields.items()} if isinstance(fields, dict) else None


def discard_draft(session: Session, key: str) -> None:
    with records.db.atomic():
        _drop_draft(key)


# --- after the rally ------------------------------------------------------------------------------


def _utc_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The local calendar day as naive UTC times (operations are stamped in UTC)."""
    start = dt.datetime.combine(day, dt.time()).astimezone()
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
    return (
        start.astimezone(dt.UTC).replace(tzinfo=None),
        end.astimezone(dt.UTC).replace(tzinfo=None),
    )


def _reverted(op_ids: list[int]) -> set[int]:
    """Operations whose latest undo/redo is an undo."""
    last: dict[int, str] = {}
    query = (
        OperationRecord.select(OperationRecord.target, OperationRecord.kind)
        .where(OperationRecord.target.in_(op_ids) & OperationRecord.kind.in_(("undo", "redo")))
        .order_by(OperationRecord.id)
        .tuples()
    )
    for target, kind in query:
        last[target] = kind
    return {target for target, kind in last.items() if kind == "undo"}


def _missing(person_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """What each case still lacks of what a rally entry asks for (one query per table)."""
    phones: dict[int, list[str]] = defaultdict(list)
    links = (
        PersonReporterRecord.select(PersonReporterRecord.person, ReporterRecord.phone)
        .join(ReporterRecord, on=(PersonReporterRecord.reporter == ReporterRecord.id))
        .where(PersonReporterRecord.person.in_(person_ids))
        .tuples()
    )
    for pid, phone in links:
        phones[pid].append(phone)
    result = {}
    for r in PersonRecord.select().where(PersonRecord.id.in_(person_ids)):
        gaps = {
            "sex": r.sex == Sex.UNKNOWN.value,
            "birth": not r.birth_date and r.age_min is None and r.age_max is None,
            "hometown": not r.hometown,
            "status": r.current_status == Status.UNKNOWN.value,
            "since": not r.status_date,
            "reporter": not phones[r.id],
            "phone": bool(phones[r.id]) and not any(p.strip() for p in phones[r.id]),
        }
        result[r.id] = tuple(key for key in CHECKED if gaps[key])
    return result


def entries_today(session: Session, day: dt.date | None = None) -> list[RallyReviewRow]:
    """Cases recorded (or added to) by rally entries on `day` (local, default today)."""
    start, end = _utc_bounds(day or dt.date.today())
    ops = list(
        OperationRecord.select(OperationRecord.id, OperationRecord.label, OperationRecord.at)
        .where(
            OperationRecord.label.in_((ENTRY_LABEL, TESTIMONY_LABEL))
            & (OperationRecord.kind == "do")
            & (OperationRecord.at >= start)
            & (OperationRecord.at < end)
        )
        .order_by(OperationRecord.id.desc())
        .tuples()
    )
    reverted = _reverted([op_id for op_id, _, _ in ops])
    person_of = dict(
        ChangeRecord.select(ChangeRecord.operation, ChangeRecord.person_id)
        .where(
            ChangeRecord.operation.in_([o for o, _, _ in ops])
            & ChangeRecord.person_id.is_null(False)
        )
        .tuples()
    )
    created = {person_of.get(o) for o, label, _ in ops if label == ENTRY_LABEL}
    latest: dict[int, dt.datetime] = {}
    for op_id, _label, at in ops:  # newest first: keep each person's latest entry
        pid = person_of.get(op_id)
        if pid is not None and op_id not in reverted and pid not in latest:
            latest[pid] = at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    rows = caselist.rows(session, list(latest))  # cases deleted since are left out
    missing = _missing([row.id for row in rows])
    return [
        RallyReviewRow(
            row.id,
            row.ref,
            row.names,
            row.status,
            latest[row.id],
            row.id not in created,
            missing.get(row.id, ()),
        )
        for row in rows
    ]
