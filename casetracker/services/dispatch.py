"""The dispatch log: which case summary left the vault, when, at which level, to whom.

A PDF handed across an embassy desk cannot be recalled, so volunteers need to know exactly
which version went where: every export records one row per case with the level, language,
recipient, file name and the sha256 of the file as written (after password protection, so the
hash matches the file that was sent). A batch of exports is one operation: one audit line and
one undo step, like an import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from casetracker.domain.entities import Changes
from casetracker.domain.enums import ReportLevel
from casetracker.domain.errors import ValidationError
from casetracker.services import readers
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.store.records import DispatchRecord, utcnow

LABEL = "Export case summary"
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Dispatch:
    """One exported summary of one case, as the case file lists it."""

    id: int
    person_id: int
    at: dt.datetime  # UTC, like every timestamp in the vault
    level: ReportLevel
    lang: str
    recipient: str
    sha256: str
    filename: str


@dataclass(frozen=True)
class DispatchEntry:
    """What to record about one case in one exported file (input to :func:`record`)."""

    person_id: int
    level: ReportLevel
    lang: str
    sha256: str
    filename: str
    recipient: str = ""


def _entity(r: DispatchRecord) -> Dispatch:
    return Dispatch(
        id=r.id,
        person_id=r.person_id,
        at=r.at,
        level=ReportLevel(r.level),
        lang=r.lang,
        recipient=r.recipient,
        sha256=r.sha256,
        filename=r.filename,
    )


def _check(entry: DispatchEntry) -> dict:
    sha = entry.sha256.strip().lower()
    if not _SHA256.fullmatch(sha):
        raise ValidationError("sha256", "is not a SHA-256 hex digest")
    return {
        "person": readers.person_record(entry.person_id).id,
        "level": v.choice("level", entry.level, ReportLevel).value,
        "lang": v.text("lang", entry.lang, required=True, limit=16),
        "recipient": v.text("recipient", entry.recipient),
        "sha256": sha,
        "filename": v.text("filename", entry.filename, required=True),
    }


def record(
    session: Session, entries: Iterable[DispatchEntry], *, at: dt.datetime | None = None
) -> Changes:
    """Log exported summaries, all in one operation (one audit line, one undo step)."""
    checked = [_check(entry) for entry in entries]
    if not checked:
        return Changes(LABEL)
    when = at or utcnow()
    with session.operation(LABEL) as recorder:
        for values in checked:
            recorder.insert(DispatchRecord, at=when, **values)
        op_id = recorder.operation.id
    persons = frozenset(values["person"] for values in checked)
    return Changes(LABEL, op_id, persons)


def list_for_person(session: Session, person_id: int) -> list[Dispatch]:
    """Every summary exported for a case, newest first."""
    rows = (
        DispatchRecord.select()
        .where(DispatchRecord.person == person_id)
        .order_by(DispatchRecord.at.desc(), DispatchRecord.id.desc())
    )
    return [_entity(r) for r in rows]
