"""Frozen records that cross the service boundary.

Services return these, never live peewee rows: they can cross threads, they cannot write to the
database by accident, and they keep the schema out of widgets and reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from casetracker.domain.enums import (
    Confidence,
    Consent,
    Direction,
    FacilityKind,
    InteractionKind,
    OrgKind,
    Relationship,
    Response,
    Sex,
    SourceType,
    Status,
)
from casetracker.domain.fuzzydate import AgeRange, FuzzyDate
from casetracker.domain.identifiers import IdentifierType
from casetracker.domain.names import NameVariant


@dataclass(frozen=True)
class Identifier:
    kind: IdentifierType
    value: str
    id: int | None = None


@dataclass(frozen=True)
class StatusEvent:
    id: int
    uuid: str
    status: Status
    date: FuzzyDate | None
    facility_id: int | None
    facility_name: str
    place: str
    source_type: SourceType
    confidence: Confidence
    sentence: str
    charge: str
    note: str
    recorded_at: dt.datetime


def current_of(events: tuple[StatusEvent, ...]) -> StatusEvent | None:
    """`events` in date order; the latest that is not a PRC claim, else the latest."""
    independent = [e for e in events if e.source_type is not SourceType.PRC_OFFICIAL]
    chosen = independent or list(events)
    return chosen[-1] if chosen else None


@dataclass(frozen=True)
class ReporterLink:
    """A reporter as seen from one person: who they are and how they are related."""

    reporter_id: int
    uuid: str
    name: str
    relationship: Relationship
    phone: str
    city: str
    consent: Consent


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    uuid: str
    person_id: int
    filename: str
    mime: str
    sha256: str
    size: int
    caption: str
    source_note: str
    is_photo: bool
    added_at: dt.datetime


@dataclass(frozen=True)
class Person:
    """Everything recorded about one detained person, for the case file and reports."""

    id: int
    uuid: str
    ref: str
    names: tuple[NameVariant, ...]
    sex: Sex
    birth_date: FuzzyDate | None
    age_range: AgeRange | None
    ethnicity: str
    citizenship: str
    hometown: str
    occupation: str
    notes: str
    request: str
    consent: Consent
    identifiers: tuple[Identifier, ...]
    events: tuple[StatusEvent, ...]
    reporters: tuple[ReporterLink, ...]
    attachments: tuple[AttachmentInfo, ...]
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def current_event(self) -> StatusEvent | None:
        """The latest event by date: the current status. A PRC official statement never
        overrides what the family or other sources say (DOMAIN.md); it is current only when
        there is nothing else."""
        return current_of(self.events)

    @property
    def current_status(self) -> Status:
        event = self.current_event
        return event.status if event else Status.UNKNOWN


@dataclass(frozen=True)
class PersonRow:
    """One line of the case list: only what the table shows."""

    id: int
    ref: str
    names: tuple[NameVariant, ...]
    status: Status
    status_date: FuzzyDate | None
    hometown: str
    ethnicity: str
    last_action: str
    last_action_date: FuzzyDate | None
    next_follow_up: dt.date | None


@dataclass(frozen=True)
class Reporter:
    id: int
    uuid: str
    name: str
    phone: str
    city: str
    consent: Consent
    notes: str
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Facility:
    id: int
    uuid: str
    name: str
    other_names: str
    kind: FacilityKind
    place: str
    notes: str


@dataclass(frozen=True)
class Organization:
    id: int
    uuid: str
    name: str
    kind: OrgKind
    country: str
    notes: str


@dataclass(frozen=True)
class Contact:
    id: int
    uuid: str
    organization_id: int | None
    organization_name: str
    name: str
    role: str
    email: str
    phone: str
    notes: str


@dataclass(frozen=True)
class Interaction:
    id: int
    uuid: str
    kind: InteractionKind
    date: FuzzyDate | None
    direction: Direction
    organization_id: int | None
    organization_name: str
    contact_id: int | None
    contact_name: str
    summary: str
    response: Response
    follow_up_due: dt.date | None
    follow_up_done: bool
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AuditEntry:
    """One changed field of one operation: who, when, what, before, after."""

    operation_id: int
    label: str
    volunteer: str
    at: dt.datetime
    entity: str
    entity_id: int
    person_id: int | None
    field: str
    before: object
    after: object


@dataclass(frozen=True)
class Changes:
    """What one operation touched, so screens refresh exactly that (calibre, Anki)."""

    label: str = ""
    operation_id: int | None = None
    person_ids: frozenset[int] = field(default_factory=frozenset)
    created_ids: tuple[int, ...] = ()
    list_changed: bool = False
    directory_changed: bool = False

    def merged(self, other: Changes) -> Changes:
        return Changes(
            label=other.label or self.label,
            operation_id=other.operation_id or self.operation_id,
            person_ids=self.person_ids | other.person_ids,
            created_ids=self.created_ids + other.created_ids,
            list_changed=self.list_changed or other.list_changed,
            directory_changed=self.directory_changed or other.directory_changed,
        )
