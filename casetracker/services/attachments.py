"""Attachments: photos and documents kept inside the vault's encrypted attachment store.

Bytes are stored once per sha256 in `attachments.db` (content never touches a plain file);
the attachment row, its caption and its link to the case are ordinary undoable records.
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid as uuidlib
from pathlib import Path

from casetracker.domain.entities import AttachmentInfo, Changes
from casetracker.domain.errors import NotFound, ValidationError
from casetracker.services import readers
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.store import records
from casetracker.store.records import AttachmentRecord, BlobRecord, utcnow

MAX_BYTES = 200 * 1024 * 1024
_PHOTO_MIMES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp"}


def guess_mime(filename: str, data: bytes) -> str:
    """Trust the bytes over the name for images (a renamed photo is still a photo)."""
    signatures = (
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"GIF8", "image/gif"),
        (b"%PDF", "application/pdf"),
        (b"BM", "image/bmp"),
    )
    for magic, mime in signatures:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def store_blob(data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    with records.blobs.atomic():
        if not BlobRecord.select().where(BlobRecord.sha256 == digest).exists():
            BlobRecord.create(sha256=digest, data=data)
    return digest


def add(
    session: Session,
    person_id: int,
    filename: str,
    data: bytes,
    *,
    caption: str = "",
    source_note: str = "",
    uuid: str | None = None,
    added_at: object = None,
) -> Changes:
    """Keep a file with a case; a photo's source note says where it came from."""
    name = v.text("filename", Path(filename).name, required=True)
    if not data:
        raise ValidationError("file", f"{name} is empty")
    if len(data) > MAX_BYTES:
        raise ValidationError("file", f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    person = readers.person_record(person_id)
    mime = guess_mime(name, data)
    digest = store_blob(data)
    with session.operation("Add attachment") as recorder:
        row = recorder.insert(
            AttachmentRecord,
            uuid=uuid or str(uuidlib.uuid4()),
            person=person_id,
            filename=name,
            mime=mime,
            sha256=digest,
            size=len(data),
            caption=v.text("caption", caption),
            source_note=v.text("source_note", source_note),
            is_photo=mime in _PHOTO_MIMES,
            added_at=v.timestamp("added_at", added_at) if added_at else utcnow(),
        )
        recorder.update(person, updated_at=utcnow())
        op_id = recorder.operation.id
    return Changes("Add attachment", op_id, frozenset({person_id}), (row.id,))


def add_file(session: Session, person_id: int, path: str | Path, **kwargs) -> Changes:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"cannot read {p}: {exc.strerror}") from None
    return add(session, person_id, p.name, data, **kwargs)


def _row(attachment_id: int) -> AttachmentRecord:
    row = AttachmentRecord.get_or_none(AttachmentRecord.id == attachment_id)
    if row is None:
        raise NotFound(f"no attachment with id {attachment_id}")
    return row


def info(session: Session, attachment_id: int) -> AttachmentInfo:
    return readers.attachment_info(_row(attachment_id))


def read(session: Session, attachment_id: int) -> bytes:
    """The bytes, from the encrypted store into memory only."""
    return read_blob(_row(attachment_id).sha256)


def read_blob(sha256: str) -> bytes:
    blob = BlobRecord.get_or_none(BlobRecord.sha256 == sha256)
    if blob is None:
        raise NotFound("the attachment's content is missing from the vault")
    return bytes(blob.data)


def update(session: Session, attachment_id: int, **fields: str) -> Changes:
    allowed = {"caption", "source_note", "filename"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a field of an attachment")
    values = {k: v.text(k, value, required=(k == "filename")) for k, value in fields.items()}
    row = _row(attachment_id)
    with session.operation("Edit attachment") as recorder:
        changed = recorder.update(row, **values)
        op_id = recorder.operation.id if changed else None
    return Changes("Edit attachment", op_id, frozenset({row.person_id}))


def remove(session: Session, attachment_id: int) -> Changes:
    row = _row(attachment_id)
    with session.operation("Remove attachment") as recorder:
        recorder.delete(row)
        op_id = recorder.operation.id
    return Changes("Remove attachment", op_id, frozenset({row.person_id}))


def purge_unused(session: Session) -> int:
    """Erase stored bytes no attachment row refers to any more (secure_delete zeroes them)."""
    used = {sha for (sha,) in AttachmentRecord.select(AttachmentRecord.sha256).tuples()}
    stored = [sha for (sha,) in BlobRecord.select(BlobRecord.sha256).tuples()]
    unused = [sha for sha in stored if sha not in used]
    with records.blobs.atomic():
        for start in range(0, len(unused), 500):
            BlobRecord.delete().where(BlobRecord.sha256.in_(unused[start : start + 500])).execute()
    return len(unused)
