"""The plain data of a case summary: what the build step hands the renderer.

Frozen dataclasses of strings already redacted and already in the report language, so the
renderer decides only layout and a test can check redaction without producing a PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from casetracker import __version__
from casetracker.domain.enums import ReportLevel, Status
from casetracker.reports import labels


@dataclass(frozen=True)
class NameLine:
    text: str
    script: str  # label in the report language
    kind: str  # "" for a primary name, else "passport" / "alias" in the report language
    rtl: bool


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class Photo:
    data: bytes  # as stored; the renderer re-encodes it without metadata (EXIF, GPS)
    source_note: str  # empty at the public level


@dataclass(frozen=True)
class StatusView:
    """One account of the current status, for the status box."""

    status: Status
    label: str
    as_of: str
    source: str
    confidence: str
    place: str
    sentence: str
    charge: str
    official: bool


@dataclass(frozen=True)
class TimelineRow:
    date: str
    status: Status
    status_label: str
    place: str
    details: str  # sentence, charge and (above the public level) the note, one per line
    source: str
    confidence: str
    official: bool


@dataclass(frozen=True)
class FamilyRow:
    relationship: str
    name: str = ""
    phone: str = ""
    city: str = ""
    consent: str = ""


@dataclass(frozen=True)
class StepRow:
    date: str
    kind: str
    organisation: str
    summary: str
    response: str


@dataclass(frozen=True)
class AnnexRow:
    number: int
    filename: str
    description: str
    size: str
    sha256: str


@dataclass(frozen=True)
class CaseReport:
    """Everything one case summary prints, already redacted and in the report language."""

    person_id: int
    ref: str
    level: ReportLevel
    lang: str
    prepared_on: dt.date
    prepared_words: str
    organization: str
    marking: str
    recipient: str
    level_label: str
    display_name: str
    names: tuple[NameLine, ...]
    facts: tuple[Fact, ...]
    photo: Photo | None
    current: StatusView | None
    official: StatusView | None
    timeline: tuple[TimelineRow, ...]
    family: tuple[FamilyRow, ...]
    family_withheld: bool
    steps: tuple[StepRow, ...]
    request: str
    background: str
    annex: tuple[AnnexRow, ...]
    consent_statement: tuple[str, ...]
    current_status_label: str
    withheld: tuple[str, ...] = field(default=())  # categories left out, never their values

    @property
    def title(self) -> str:
        """PDF title: the reference only, never a name (file lists and mail previews show it)."""
        return f"{labels.text(self.lang, 'title')} {self.ref}"

    @property
    def subject(self) -> str:
        return (
            f"{labels.text(self.lang, 'level')}: {self.level_label}; "
            f"{labels.text(self.lang, 'prepared')}: {self.prepared_on.isoformat()}"
        )

    def user_texts(self) -> Iterator[str]:
        """Every string that came from the vault (to check for glyphs no font has, and tests)."""
        yield from (self.organization, self.marking, self.recipient, self.request)
        yield self.background
        for name in self.names:
            yield name.text
        for fact in self.facts:
            yield fact.value
        if self.photo:
            yield self.photo.source_note
        for view in (self.current, self.official):
            if view:
                yield from (view.place, view.sentence, view.charge)
        for row in self.timeline:
            yield from (row.place, row.details)
        for member in self.family:
            yield from (member.name, member.phone, member.city)
        for step in self.steps:
            yield from (step.organisation, step.summary)
        for item in self.annex:
            yield from (item.filename, item.description)


CREATOR = f"CaseTracker {__version__}"
