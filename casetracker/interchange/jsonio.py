"""The documented, versioned JSON export (docs/JSON-FORMAT.md) and its import.

Every record carries its UUID so that an export imported elsewhere, and exported again, is the
same data; attachments travel inside as base64 with their sha256. The file is NOT encrypted:
callers must say so to the user (see `describe`).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casetracker import __version__
from casetracker.domain.errors import ValidationError
from casetracker.services import advocacy, attachments, cases, facilities, reporters, statuses
from casetracker.services.session import Session
from casetracker.services.vaultinfo import all_person_ids, uuid_maps

FORMAT = "casetracker-export"
VERSION = 1

Progress = Callable[[int, int], bool]


def _iso(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _person_doc(session: Session, person_id: int, ids: dict[str, dict[int, str]]) -> dict:
    p = cases.get(session, person_id)
    return {
        "uuid": p.uuid,
        "ref": p.ref,
        "names": [
            {"text": n.text, "script": n.script.value, "kind": n.kind.value} for n in p.names
        ],
        "sex": p.sex.value,
        "birth_date": p.birth_date.text if p.birth_date else "",
        "age_range": {"min": p.age_range.min, "max": p.age_range.max} if p.age_range else None,
        "ethnicity": p.ethnicity,
        "citizenship": p.citizenship,
        "hometown": p.hometown,
        "occupation": p.occupation,
        "notes": p.notes,
        "request": p.request,
        "consent": p.consent.value,
        "identifiers": [{"kind": i.kind.value, "value": i.value} for i in p.identifiers],
        "events": [
            {
                "uuid": e.uuid,
                "status": e.status.value,
                "date": e.date.text if e.date else "",
                "facility": ids["facility"].get(e.facility_id) if e.facility_id else None,
                "place": e.place,
                "source_type": e.source_type.value,
                "confidence": e.confidence.value,
                "sentence": e.sentence,
                "charge": e.charge,
                "note": e.note,
                "recorded_at": _iso(e.recorded_at),
            }
            for e in p.events
        ],
        "reporters": [
            {"reporter": r.uuid, "relationship": r.relationship.value} for r in p.reporters
        ],
        "attachments": [
            {
                "uuid": a.uuid,
                "filename": a.filename,
                "mime": a.mime,
                "sha256": a.sha256,
                "caption": a.caption,
                "source_note": a.source_note,
                "added_at": _iso(a.added_at),
                "data": base64.b64encode(attachments.read(session, a.id)).decode("ascii"),
            }
            for a in p.attachments
        ],
        "created_at": _iso(p.created_at),
        "updated_at": _iso(p.updated_at),
    }


def export_document(
    session: Session, person_ids: list[int] | None = None, progress: Progress | None = None
) -> dict:
    ids = uuid_maps()
    persons = person_ids if person_ids is not None else all_person_ids()
    person_docs = []
    for index, pid in enumerate(persons):
        person_docs.append(_person_doc(session, pid, ids))
        if progress and not progress(index + 1, len(persons)):
            raise InterruptedError("export cancelled")
    wanted = set(persons)
    interactions = []
    seen: set[int] = set()
    for pid in persons:
        for item in advocacy.interactions_for_person(session, pid):
            if item.id in seen:
                continue
            seen.add(item.id)
            interactions.append(
                {
                    "uuid": item.uuid,
                    "kind": item.kind.value,
                    "date": item.date.text if item.date else "",
                    "direction": item.direction.value,
                    "organization": ids["organization"].get(item.organization_id),
                    "contact": ids["contact"].get(item.contact_id),
                    "summary": item.summary,
                    "response": item.response.value,
                    "follow_up_due": _iso(item.follow_up_due),
                    "follow_up_done": item.follow_up_done,
                    "persons": [ids["person"][x] for x in item.person_ids if x in wanted],
                }
            )
    reporter_uuids = {r["reporter"] for p in person_docs for r in p["reporters"]}
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": _iso(dt.datetime.now(dt.UTC).replace(tzinfo=None)),
        "facilities": [
            {
                "uuid": f.uuid,
                "name": f.name,
                "other_names": f.other_names,
                "kind": f.kind.value,
                "place": f.place,
                "notes": f.notes,
            }
            for f in facilities.list_all(session)
        ],
        "organizations": [
            {
                "uuid": o.uuid,
                "name": o.name,
                "kind": o.kind.value,
                "country": o.country,
                "notes": o.notes,
            }
            for o in advocacy.organizations(session)
        ],
        "contacts": [
            {
                "uuid": c.uuid,
                "organization": ids["organization"].get(c.organization_id),
                "name": c.name,
                "role": c.role,
                "email": c.email,
                "phone": c.phone,
                "notes": c.notes,
            }
            for c in advocacy.contacts(session)
        ],
        "reporters": sorted(
            (
                {
                    "uuid": r.uuid,
                    "name": r.name,
                    "phone": r.phone,
                    "city": r.city,
                    "consent": r.consent.value,
                    "notes": r.notes,
                }
                for r in (reporters.get(session, rid) for rid in ids["reporter_by_uuid"].values())
                if r.uuid in reporter_uuids
            ),
            key=lambda d: d["uuid"],
        ),
        "persons": person_docs,
        "interactions": interactions,
    }


def export_file(session: Session, path: Path, **kwargs: Any) -> int:
    doc = export_document(session, **kwargs)
    # written beside the target and renamed: an interrupted export never leaves half a file
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(path)
    return len(doc["persons"])


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    person_ids: tuple[int, ...]


def load_document(path: Path) -> dict:
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("file", f"cannot read {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "file", f"{path.name} is not JSON (line {exc.lineno}: {exc.msg})"
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError("file", f"{path.name} is not a CaseTracker JSON export")
    if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
        raise ValidationError("file", f"{path.name} was made by a newer CaseTracker; please update")
    return doc


def _need(record: dict, key: str, where: str) -> Any:
    if not isinstance(record, dict) or key not in record:
        raise ValidationError(where, f"missing '{key}'")
    return record[key]


def _records(doc: dict, key: str) -> list[dict]:
    items = doc.get(key, [])
    if items is None:
        return []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValidationError(key, "must be a list of records")
    return items


def import_document(session: Session, doc: dict, progress: Progress | None = None) -> ImportResult:
    """Add every record not already in the vault (by UUID); all or nothing, one undo step."""
    try:
        return _import_document(session, doc, progress)
    except ValidationError:
        raise
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise ValidationError("file", f"malformed record ({exc})") from None


def _import_document(session: Session, doc: dict, progress: Progress | None) -> ImportResult:
    persons = _records(doc, "persons")
    label = f"Import {len(persons)} cases"
    added: list[int] = []
    skipped = 0
    with session.operation(label):
        ids = uuid_maps()
        fac = dict(ids["facility_by_uuid"])
        org = dict(ids["organization_by_uuid"])
        con = dict(ids["contact_by_uuid"])
        rep = dict(ids["reporter_by_uuid"])
        per = dict(ids["person_by_uuid"])
        for i, f in enumerate(_records(doc, "facilities")):
            uid = _need(f, "uuid", f"facilities[{i}]")
            if uid not in fac:
                fields = {
                    k: f[k] for k in ("name", "other_names", "kind", "place", "notes") if k in f
                }
                fac[uid] = facilities.add(session, uuid=uid, **fields).created_ids[0]
        for i, o in enumerate(_records(doc, "organizations")):
            uid = _need(o, "uuid", f"organizations[{i}]")
            if uid not in org:
                fields = {k: o[k] for k in ("name", "kind", "country", "notes") if k in o}
                org[uid] = advocacy.add_organization(session, uuid=uid, **fields).created_ids[0]
        for i, c in enumerate(_records(doc, "contacts")):
            uid = _need(c, "uuid", f"contacts[{i}]")
            if uid not in con:
                fields = {k: c[k] for k in ("name", "role", "email", "phone", "notes") if k in c}
                con[uid] = advocacy.add_contact(
                    session, uuid=uid, organization_id=org.get(c.get("organization")), **fields
                ).created_ids[0]
        reporter_docs = {r.get("uuid"): r for r in _records(doc, "reporters")}
        for index, p in enumerate(persons):
            where = f"persons[{index}]"
            uid = _need(p, "uuid", where)
            if uid in per:
                skipped += 1
                continue
            pid = _import_person(session, p, where, fac, rep, reporter_docs)
            per[uid] = pid
            added.append(pid)
            if progress and not progress(index + 1, len(persons)):
                raise InterruptedError("import cancelled")
        for i, item in enumerate(_records(doc, "interactions")):
            uid = _need(item, "uuid", f"interactions[{i}]")
            if uid in ids["interaction_by_uuid"]:
                continue
            linked = [per[u] for u in item.get("persons", []) if u in per]
            if not linked:
                continue
            advocacy.add_interaction(
                session,
                linked,
                _need(item, "kind", f"interactions[{i}]"),
                uuid=uid,
                date=item.get("date", ""),
                direction=item.get("direction", "outgoing"),
                organization_id=org.get(item.get("organization")),
                contact_id=con.get(item.get("contact")),
                summary=item.get("summary", ""),
                response=item.get("response", "none"),
                follow_up_due=item.get("follow_up_due"),
                follow_up_done=item.get("follow_up_done", False),
            )
    return ImportResult(len(added), skipped, tuple(added))


def _import_person(
    session: Session,
    p: dict,
    where: str,
    fac: dict[str, int],
    rep: dict[str, int],
    reporter_docs: dict[str, dict],
) -> int:
    ref = p.get("ref")
    if ref and cases.ref_taken(ref):
        ref = None  # the reference is taken here by another case: give a new one
    age = p.get("age_range") or {}
    age_text = ""
    if age.get("min") is not None or age.get("max") is not None:
        age_text = f"{age.get('min') or ''}-{age.get('max') or ''}"
    try:
        created = cases.create(
            session,
            names=_need(p, "names", where),
            identifiers=[(i["kind"], i["value"]) for i in p.get("identifiers", [])],
            ref=ref,
            uuid=p["uuid"],
            sex=p.get("sex", "unknown"),
            birth_date=p.get("birth_date", ""),
            age_range=age_text,
            ethnicity=p.get("ethnicity", ""),
            citizenship=p.get("citizenship", ""),
            hometown=p.get("hometown", ""),
            occupation=p.get("occupation", ""),
            notes=p.get("notes", ""),
            request=p.get("request", ""),
            consent=p.get("consent", "embassy_un"),
        )
        pid = created.created_ids[0]
        for j, e in enumerate(p.get("events", [])):
            fields = {
                k: e[k]
                for k in (
                    "place",
                    "source_type",
                    "confidence",
                    "sentence",
                    "charge",
                    "note",
                    "recorded_at",
                )
                if k in e
            }
            statuses.add_event(
                session,
                pid,
                _need(e, "status", f"{where}.events[{j}]"),
                date=e.get("date", ""),
                uuid=e.get("uuid"),
                facility_id=fac.get(e.get("facility")),
                **fields,
            )
        for link in p.get("reporters", []):
            ruid = link.get("reporter")
            if ruid in rep:
                reporters.add_to_person(
                    session,
                    pid,
                    reporter_id=rep[ruid],
                    relationship=link.get("relationship", "other_relative"),
                )
            elif ruid in reporter_docs:
                r = reporter_docs[ruid]
                fields = {k: r[k] for k in ("name", "phone", "city", "consent", "notes") if k in r}
                changes = reporters.add_to_person(
                    session,
                    pid,
                    uuid=ruid,
                    relationship=link.get("relationship", "other_relative"),
                    **fields,
                )
                rep[ruid] = changes.created_ids[0]
        for j, a in enumerate(p.get("attachments", [])):
            data = base64.b64decode(_need(a, "data", f"{where}.attachments[{j}]"), validate=True)
            if a.get("sha256") and hashlib.sha256(data).hexdigest() != a["sha256"]:
                raise ValidationError(f"{where}.attachments[{j}]", "content does not match sha256")
            attachments.add(
                session,
                pid,
                _need(a, "filename", f"{where}.attachments[{j}]"),
                data,
                caption=a.get("caption", ""),
                source_note=a.get("source_note", ""),
                uuid=a.get("uuid"),
                added_at=a.get("added_at"),
            )
        if p.get("created_at") and p.get("updated_at"):
            cases.set_timestamps(session, pid, p["created_at"], p["updated_at"])
        return pid
    except ValidationError as exc:
        raise ValidationError(f"{where}.{exc.field}", exc.message) from None
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise ValidationError(where, f"malformed record ({exc})") from None


def import_file(session: Session, path: Path, progress: Progress | None = None) -> ImportResult:
    return import_document(session, load_document(path), progress)
