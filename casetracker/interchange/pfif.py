"""Person Finder Interchange Format: import of PFIF 1.2-1.4, export of PFIF 1.4.

PFIF keeps a person record plus append-only notes, each with a status, a source date and an
author. We read persons and notes tolerantly (any field order, surrounding whitespace, notes
nested in their person or at the top level) and strictly where a record is unusable (no record
id, no name, a note about a person that is neither in the file nor in the vault): such records
are reported like bad spreadsheet rows. Parsing refuses DTDs and entities (defusedxml), so a
hostile file cannot expand to gigabytes or read local files.

Record ids survive copying: a person's UUID is derived from its PFIF id (UUID 5), so importing the
same file twice adds nothing twice; our own exports use `casetracker.invalid/<uuid>` ids, which
map back to the same UUID. PFIF statuses are coarser than ours; the mapping follows DOMAIN.md and
the PFIF status is kept in the event note when it is ambiguous (believed_alive).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from casetracker.domain.entities import Person
from casetracker.domain.enums import Consent, NameKind, Sex, Status
from casetracker.domain.errors import ValidationError
from casetracker.domain.names import NameVariant, clean_name
from casetracker.interchange.rows import Problem
from casetracker.interchange.vocab import english_label
from casetracker.services import cases, exchange, statuses
from casetracker.services.session import Session

OUR_DOMAIN = "casetracker.invalid"
NS_PREFIX = "http://zesty.ca/pfif/"
READ_VERSIONS = ("1.2", "1.3", "1.4")
EXPORT_NS = NS_PREFIX + "1.4"
MAX_BYTES = 200 * 1024 * 1024
Progress = Callable[[int, int], bool]

#: PFIF note status -> our status (import).
FROM_PFIF: dict[str, Status] = {
    "information_sought": Status.UNKNOWN,
    "believed_alive": Status.UNKNOWN,
    "believed_missing": Status.DISAPPEARED,
    "believed_dead": Status.DIED,
    "is_note_author": Status.ARRIVED_KZ,
}
#: Our status -> PFIF note status (export), as in DOMAIN.md.
TO_PFIF: dict[Status, str] = {
    **dict.fromkeys(Status, "believed_alive"),
    Status.ARRIVED_KZ: "is_note_author",
    Status.DIED: "believed_dead",
    Status.DISAPPEARED: "believed_missing",
    Status.UNKNOWN: "information_sought",
}
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def record_uuid(record_id: str) -> str:
    """The UUID of a PFIF record: ours come back as they left, others are derived stably."""
    domain, _, local = record_id.partition("/")
    if domain == OUR_DOMAIN:
        try:
            return str(uuidlib.UUID(local))
        except ValueError:
            pass
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, "pfif:" + record_id))


# -- reading -----------------------------------------------------------------------------------


@dataclass
class PfifNote:
    fields: dict[str, str]
    element_index: int

    @property
    def person_id(self) -> str:
        return self.fields.get("person_record_id", "")


@dataclass
class PfifPerson:
    fields: dict[str, str]
    element_index: int
    notes: list[PfifNote] = field(default_factory=list)


def _fields(element: ET.Element, ns: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for child in element:
        if isinstance(child.tag, str) and child.tag.startswith(ns) and len(child) == 0:
            values[child.tag[len(ns) :]] = (child.text or "").strip()
    return values


def read(path: Path) -> tuple[str, list[PfifPerson], list[PfifNote]]:
    """(version, persons with their nested notes, top-level notes); ValidationError if unusable."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError("file", f"{path.name} is too large for a PFIF file")
        root = SafeET.parse(str(path), forbid_dtd=True).getroot()
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path}: {exc.strerror or exc}") from None
    except DefusedXmlException:
        raise ValidationError("file", f"{path.name}: DTDs and entities are not allowed") from None
    except ET.ParseError as exc:
        raise ValidationError("file", f"{path.name} is not XML ({exc})") from None
    match = re.fullmatch(r"\{" + re.escape(NS_PREFIX) + r"(\d\.\d)\}pfif", str(root.tag))
    if not match:
        raise ValidationError("file", f"{path.name} is not a PFIF document")
    version = match.group(1)
    if version not in READ_VERSIONS:
        raise ValidationError("file", f"PFIF {version} is not supported (1.2 to 1.4 are)")
    ns = "{" + NS_PREFIX + version + "}"
    persons: list[PfifPerson] = []
    loose: list[PfifNote] = []
    for index, element in enumerate(root, start=1):
        if element.tag == ns + "person":
            person = PfifPerson(_fields(element, ns), index)
            for note_el in element.findall(ns + "note"):
                note = PfifNote(_fields(note_el, ns), index)
                note.fields.setdefault(
                    "person_record_id", person.fields.get("person_record_id", "")
                )
                person.notes.append(note)
            persons.append(person)
        elif element.tag == ns + "note":
            loose.append(PfifNote(_fields(element, ns), index))
    return version, persons, loose


def _lines(text: str) -> list[str]:
    return [clean_name(line) for line in text.splitlines() if line.strip()]


def _names(f: dict[str, str]) -> list[NameVariant]:
    primary = _lines(f.get("full_name", ""))
    if not primary:
        given = f.get("given_name") or f.get("first_name", "")
        family = f.get("family_name") or f.get("last_name", "")
        joined = clean_name(f"{given} {family}")
        primary = [joined] if joined else []
    names = [NameVariant.of(text) for text in primary]
    names += [NameVariant.of(text, NameKind.ALIAS) for text in _lines(f.get("alternate_names", ""))]
    unique: dict[tuple[str, str], NameVariant] = {}
    for n in names:
        unique.setdefault((n.text, n.script.value), n)
    return list(unique.values())


def _utc(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def _person_fields(p: PfifPerson, problems: list[Problem]) -> dict[str, object]:
    f = p.fields
    values: dict[str, object] = {}
    sex = {"male": Sex.MALE, "female": Sex.FEMALE}.get(f.get("sex", "").lower())
    if sex:
        values["sex"] = sex.value
    dob = f.get("date_of_birth", "")
    if dob and _ISO_DATE.fullmatch(dob):
        values["birth_date"] = dob
    elif dob:
        problems.append(Problem(p.element_index, "date_of_birth", dob, "is not YYYY-MM-DD"))
    if f.get("age"):
        values["age_range"] = f["age"]
    place = [f.get(k, "") for k in ("home_neighborhood", "home_city", "home_state", "home_country")]
    values["hometown"] = ", ".join(x for x in place if x)[:500]
    notes = [f.get("description", "") or f.get("other", "")]
    source = ", ".join(x for x in (f.get("source_name"), f.get("source_url")) if x)
    notes.append(f"PFIF record: {f['person_record_id']}" + (f" ({source})" if source else ""))
    values["notes"] = "\n".join(x for x in notes if x)
    return values


def _note_event(note: PfifNote) -> dict[str, object] | None:
    """Status event fields for a note with a status, None for a plain comment."""
    f = note.fields
    status = f.get("status", "")
    if not status:
        return None
    when = _utc(f.get("source_date", "")) or _utc(f.get("entry_date", ""))
    text = [f.get("text", "")]
    if status not in ("believed_missing", "believed_dead", "information_sought"):
        text.append(f"PFIF status: {status}")
    if f.get("author_name"):
        text.append(f"Author: {f['author_name']}")
    if f.get("linked_person_record_id"):
        text.append(f"Possibly the same person as PFIF record {f['linked_person_record_id']}")
    return {
        "status": FROM_PFIF.get(status, Status.UNKNOWN).value,
        "date": when.date().isoformat() if when else "",
        "uuid": record_uuid(f["note_record_id"]) if f.get("note_record_id") else None,
        "place": f.get("last_known_location", "")[:500],
        "source_type": "other",
        "note": "\n".join(x for x in text if x),
        "recorded_at": _utc(f.get("entry_date", "")) or dt.datetime(2000, 1, 1),
    }


def _comment(note: PfifNote) -> str:
    f = note.fields
    when = (f.get("source_date") or f.get("entry_date") or "")[:10]
    who = f.get("author_name", "")
    return f"[{when}] {who}: {f.get('text', '')}".strip()


@dataclass
class PfifReport:
    persons_added: int = 0
    persons_known: int = 0
    notes_added: int = 0
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        text = (
            f"{verb} {self.persons_added} persons and {self.notes_added} notes "
            f"({self.persons_known} persons already in the vault)"
        )
        return text + (f"; {len(self.problems)} records are unusable" if self.problems else "")


class PfifRejected(ValidationError):
    def __init__(self, report: PfifReport) -> None:
        super().__init__(
            "file", f"{len(report.problems)} unusable PFIF records; nothing was imported"
        )
        self.report = report


class _Rollback(Exception):
    pass


def import_file(
    session: Session,
    path: Path,
    *,
    valid_only: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> PfifReport:
    """Add persons not yet in the vault and notes not yet recorded; one undoable operation."""
    _version, persons, loose = read(Path(path))
    report = PfifReport(dry_run=dry_run)
    by_id = {p.fields.get("person_record_id", ""): p for p in persons}
    for note in loose:
        owner = by_id.get(note.person_id)
        if owner is not None:
            owner.notes.append(note)
    try:
        with session.operation(f"Import PFIF {Path(path).name}"):
            known = exchange.person_ids_by_uuid()
            for index, person in enumerate(persons, start=1):
                _import_person(session, person, known, report)
                if progress and not progress(index, len(persons)):
                    raise InterruptedError("import cancelled; nothing was imported")
            for note in loose:
                if note.person_id in by_id:
                    continue
                pid = known.get(record_uuid(note.person_id)) if note.person_id else None
                if pid is None:
                    report.problems.append(
                        Problem(note.element_index, "person_record_id", note.person_id,
                                "the note is about a person neither in this file nor in the vault")
                    )  # fmt: skip
                    continue
                _import_notes(session, pid, [note], report)
            if report.problems and not valid_only and not dry_run:
                raise PfifRejected(report)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return report


def _import_person(session, person: PfifPerson, known: dict[str, int], report) -> None:
    f = person.fields
    record_id = f.get("person_record_id", "")
    if not record_id:
        report.problems.append(
            Problem(person.element_index, "person_record_id", "", "a person without a record id")
        )
        return
    uid = record_uuid(record_id)
    if uid in known:
        report.persons_known += 1
        _import_notes(session, known[uid], person.notes, report)
        return
    problems: list[Problem] = []
    names = _names(f)
    if not names:
        problems.append(Problem(person.element_index, "full_name", "", "a person without a name"))
    values = _person_fields(person, problems)
    if problems:
        report.problems.extend(problems)
        return
    try:
        pid = cases.create(session, names=names, uuid=uid, **values).created_ids[0]
    except ValidationError as exc:
        report.problems.append(Problem(person.element_index, exc.field, "", exc.message))
        return
    known[uid] = pid
    report.persons_added += 1
    author = f.get("author_name", "")
    if author:
        from casetracker.services import reporters

        reporters.add_to_person(
            session,
            pid,
            relationship="other",
            name=author[:500],
            phone=f.get("author_phone", "")[:500],
        )
    _import_notes(session, pid, person.notes, report)


def _import_notes(session, person_id: int, notes: list[PfifNote], report: PfifReport) -> None:
    existing = exchange.event_uuids(person_id)
    comments = []
    for note in notes:
        event = _note_event(note)
        if event is None:
            comments.append(_comment(note))
            continue
        if event["uuid"] in existing:
            continue
        try:
            statuses.add_event(session, person_id, **event)  # type: ignore[arg-type]
        except ValidationError as exc:
            report.problems.append(Problem(note.element_index, exc.field, "", exc.message))
            continue
        report.notes_added += 1
    person = cases.get(session, person_id)
    new = [c for c in comments if c not in person.notes]
    if new:
        cases.update(session, person_id, notes="\n".join([person.notes, *new]).strip())
        report.notes_added += len(new)


# -- export ------------------------------------------------------------------------------------


def _stamp(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    return value.replace(microsecond=0).isoformat() + "Z"


def _person_id(person: Person) -> str:
    match = re.search(r"^PFIF record: (\S+)", person.notes, re.MULTILINE)
    return match.group(1) if match else f"{OUR_DOMAIN}/{person.uuid}"


def _add(parent: ET.Element, name: str, value: str) -> None:
    if value:
        ET.SubElement(parent, f"{{{EXPORT_NS}}}{name}").text = value


def person_element(person: Person) -> ET.Element:
    """One person with its status history as notes, fields in the PFIF 1.4 schema order."""
    el = ET.Element(f"{{{EXPORT_NS}}}person")
    pid = _person_id(person)
    author = next((r.name for r in person.reporters if r.consent is Consent.PUBLIC), "")
    birth = person.birth_date.text if person.birth_date else ""
    ages = person.age_range
    for name, value in (
        ("person_record_id", pid),
        ("entry_date", _stamp(person.updated_at)),
        ("author_name", author),
        ("source_name", "CaseTracker"),
        ("source_date", _stamp(person.created_at)),
        ("full_name", "\n".join(n.text for n in person.names if n.kind is not NameKind.ALIAS)),
        ("alternate_names", "\n".join(n.text for n in person.names if n.kind is NameKind.ALIAS)),
        ("description", re.sub(r"^PFIF record: .*$\n?", "", person.notes, flags=re.MULTILINE)),
        ("sex", {Sex.MALE: "male", Sex.FEMALE: "female"}.get(person.sex, "")),
        ("date_of_birth", birth if _ISO_DATE.fullmatch(birth) else ""),
        ("age", "" if ages is None else f"{ages.min or 0}-{ages.max or ''}".rstrip("-")),
        ("home_city", person.hometown),
    ):
        _add(el, name, value)
    for event in person.events:
        note = ET.SubElement(el, f"{{{EXPORT_NS}}}note")
        date = event.date.lower if event.date and event.date.lower else None
        where = event.facility_name or event.place
        text = english_label(event.status)
        if event.date:
            text += f", {event.date.words('en')}"
        if event.note:
            text += f". {event.note}"
        for name, value in (
            ("note_record_id", f"{OUR_DOMAIN}/{event.uuid}"),
            ("person_record_id", pid),
            ("entry_date", _stamp(event.recorded_at)),
            ("author_name", "CaseTracker"),
            ("source_date", _stamp(date or event.recorded_at)),
            ("status", TO_PFIF[event.status]),
            ("last_known_location", where),
            ("text", text),
        ):
            _add(note, name, value)
    return el


def export_file(
    session: Session, path: Path, person_ids: list[int] | None = None, progress=None
) -> int:
    ids = person_ids if person_ids is not None else exchange.person_ids_in_ref_order()
    ET.register_namespace("pfif", EXPORT_NS)
    root = ET.Element(f"{{{EXPORT_NS}}}pfif")
    for index, pid in enumerate(ids, start=1):
        root.append(person_element(cases.get(session, pid)))
        if progress and not progress(index, len(ids)):
            raise InterruptedError("export cancelled")
    ET.indent(root, space="  ")
    partial = Path(path).with_name(Path(path).name + ".partial")
    try:
        ET.ElementTree(root).write(partial, encoding="UTF-8", xml_declaration=True)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return len(ids)


def iter_records(path: Path) -> Iterator[dict[str, str]]:
    """Every person's fields (for previews and tests)."""
    _version, persons, _loose = read(Path(path))
    for p in persons:
        yield p.fields
