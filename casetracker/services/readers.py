"""Read side: turn stored rows into the frozen entities the GUI, CLI and reports use."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from casetracker.domain.entities import (
    AttachmentInfo,
    Identifier,
    Person,
    ReporterLink,
    StatusEvent,
)
from casetracker.domain.enums import (
    Confidence,
    Consent,
    NameKind,
    Relationship,
    Script,
    Sex,
    SourceType,
    Status,
)
from casetracker.domain.errors import NotFound
from casetracker.domain.fuzzydate import AgeRange, FuzzyDate
from casetracker.domain.identifiers import IdentifierType
from casetracker.domain.names import NameVariant
from casetracker.store.records import (
    AttachmentRecord,
    FacilityRecord,
    IdentifierRecord,
    NameRecord,
    PersonRecord,
    PersonReporterRecord,
    ReporterRecord,
    StatusEventRecord,
)


def fuzzy_or_none(text: str | None) -> FuzzyDate | None:
    if not text:
        return None
    try:
        return FuzzyDate.parse(text)
    except ValueError:
        return None


def age_or_none(lo: int | None, hi: int | None) -> AgeRange | None:
    return None if lo is None and hi is None else AgeRange(lo, hi)


def event_sort_key(date_text: str, recorded_at: dt.datetime) -> tuple[dt.date, dt.datetime]:
    """Events order by their (fuzzy) date; an undated event counts from when it was recorded."""
    date = fuzzy_or_none(date_text)
    key = date.sort_key if date is not None else None
    return (key or recorded_at.date(), recorded_at)


def person_record(person_id: int) -> PersonRecord:
    record = PersonRecord.get_or_none(PersonRecord.id == person_id)
    if record is None:
        raise NotFound(f"no case with id {person_id}")
    return record


def person_id_for_ref(ref: str) -> int:
    record = PersonRecord.get_or_none(PersonRecord.ref == ref.strip().upper())
    if record is None:
        raise NotFound(f"no case with reference {ref}")
    return record.id


def names_of(person_id: int) -> tuple[NameVariant, ...]:
    rows = NameRecord.select().where(NameRecord.person == person_id).order_by(NameRecord.position)
    return tuple(NameVariant(r.text, Script(r.script), NameKind(r.kind)) for r in rows)


def events_of(person_id: int) -> tuple[StatusEvent, ...]:
    rows = (
        StatusEventRecord.select(StatusEventRecord, FacilityRecord)
        .join(
            FacilityRecord,
            on=(StatusEventRecord.facility == FacilityRecord.id),
            join_type=JOIN.LEFT_OUTER,
        )
        .where(StatusEventRecord.person == person_id)
    )
    events = [
        StatusEvent(
            id=r.id,
            uuid=r.uuid,
            status=Status(r.status),
            date=fuzzy_or_none(r.date),
            facility_id=r.facility_id,
            facility_name=r.facility.name if r.facility_id else "",
            place=r.place,
            source_type=SourceType(r.source_type),
            confidence=Confidence(r.confidence),
            sentence=r.sentence,
            charge=r.charge,
            note=r.note,
            recorded_at=r.recorded_at,
        )
        for r in rows
    ]
    events.sort(key=lambda e: event_sort_key(e.date.text if e.date else "", e.recorded_at))
    return tuple(events)


def reporters_of(person_id: int) -> tuple[ReporterLink, ...]:
    rows = (
        PersonReporterRecord.select(PersonReporterRecord, ReporterRecord)
        .join(ReporterRecord)
        .where(PersonReporterRecord.person == person_id)
        .order_by(PersonReporterRecord.id)
    )
    return tuple(
        ReporterLink(
            reporter_id=r.reporter.id,
            uuid=r.reporter.uuid,
            name=r.reporter.name,
            relationship=Relationship(r.relationship),
            phone=r.reporter.phone,
            city=r.reporter.city,
            consent=Consent(r.reporter.consent),
        )
        for r in rows
    )


def attachment_info(r: AttachmentRecord) -> AttachmentInfo:
    return AttachmentInfo(
        id=r.id,
        uuid=r.uuid,
        person_id=r.person_id,
        filename=r.filename,
        mime=r.mime,
        sha256=r.sha256,
        size=r.size,
        caption=r.caption,
        source_note=r.source_note,
        is_photo=bool(r.is_photo),
        added_at=r.added_at,
    )


def attachments_of(person_id: int) -> tuple[AttachmentInfo, ...]:
    rows = (
        AttachmentRecord.select()
        .where(AttachmentRecord.person == person_id)
        .order_by(AttachmentRecord.id)
    )
    return tuple(attachment_info(r) for r in rows)


def identifiers_of(person_id: int) -> tuple[Identifier, ...]:
    rows = (
        IdentifierRecord.select()
        .where(IdentifierRecord.person == person_id)
        .order_by(IdentifierRecord.id)
    )
    return tuple(Identifier(IdentifierType(r.kind), r.value, r.id) for r in rows)


def person(person_id: int) -> Person:
    r = person_record(person_id)
    return Person(
        id=r.id,
        uuid=r.uuid,
        ref=r.ref,
        names=names_of(r.id),
        sex=Sex(r.sex),
        birth_date=fuzzy_or_none(r.birth_date),
        age_range=age_or_none(r.age_min, r.age_max),
        ethnicity=r.ethnicity,
        citizenship=r.citizenship,
        hometown=r.hometown,
        occupation=r.occupation,
        notes=r.notes,
        request=r.request,
        consent=Consent(r.consent),
        identifiers=identifiers_of(r.id),
        events=events_of(r.id),
        reporters=reporters_of(r.id),
        attachments=attachments_of(r.id),
        created_at=r.created_at,
        updated_at=r.updated_at,
    )
