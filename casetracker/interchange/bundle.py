"""Transfer bundles: one passphrase-protected file that carries records between laptops.

File layout (all integers big-endian)::

    b"CTBUNDLE" 0x01 | header length (4) | header JSON | chunk* (length (4) | AES-GCM ciphertext)

The header names the KDF (Argon2id, salt, cost) and a random nonce prefix; it is authenticated as
the associated data of every chunk. The plaintext (zlib-compressed JSON lines: one meta line, then
one line per record and per attachment content) is cut into 1 MiB chunks; chunk *i* is sealed with
nonce = prefix(7) | i (4) | last-flag (1), so reordering, dropping, truncating or appending chunks
all fail authentication (the STREAM construction). A key-check value in the header tells a wrong
passphrase from a damaged file. Everything is decrypted and authenticated before anything is
merged; records are then parsed one table at a time inside the merge's transaction, so a
malformed one (only a bug could write it: the file is authenticated) rolls the merge back.

Records carry their UUIDs, versions and ancestry (services/syncstate.py, domain/versions.py);
the merge is one undoable operation whose label names the laptop the bundle came from.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import struct
import uuid as uuidlib
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casetracker.domain.errors import ValidationError, WrongPassphrase
from casetracker.services import attachments, syncstate
from casetracker.services.session import Session
from casetracker.services.syncmerge import Incoming, Merger
from casetracker.services.syncrecords import ORDER
from casetracker.store import bulk

MAGIC = b"CTBUNDLE\x01"
FORMAT = "casetracker-bundle"
VERSION = 1
CHUNK = 1 << 20
#: zlib level: 1 packs these JSON lines nearly as small as 6 (records repeat their keys) in a
#: third of the time, which is most of what exporting 750,000 records costs.
COMPRESSION = 1
MAX_HEADER = 4096
MAX_PLAINTEXT = 4 << 30
_CHECK = b"casetracker bundle key check"
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class Kdf:
    """Argon2id cost; the default takes well under a second on a 2-core laptop."""

    time_cost: int = 3
    memory_kib: int = 65_536
    parallelism: int = 2


DEFAULT_KDF = Kdf()
TEST_KDF = Kdf(1, 8, 1)  # tests only
_LIMITS = Kdf(10, 1 << 20, 8)  # refuse a header that asks for more (a hostile file's DoS)


class DamagedBundle(ValidationError):
    def __init__(self, message: str) -> None:
        super().__init__("bundle", message + "; nothing was imported")


def _key(passphrase: str, salt: bytes, kdf: Kdf) -> bytes:
    import unicodedata

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret, salt, kdf.time_cost, kdf.memory_kib, kdf.parallelism, 32, Type.ID
    )


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


# -- writing -----------------------------------------------------------------------------------


def seal(plaintext_chunks: Iterator[bytes], path: Path, passphrase: str, kdf: Kdf) -> None:
    """Encrypt a stream into a bundle file, written beside `path` and renamed when complete."""
    if not passphrase:
        raise ValidationError("passphrase", "a bundle needs a passphrase")
    salt, prefix = os.urandom(16), os.urandom(7)
    key = _key(passphrase, salt, kdf)
    aead = AESGCM(key)
    check = aead.encrypt(prefix + b"\xff\xff\xff\xff\x02", _CHECK, None)
    header = json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "kdf": {
                "name": "argon2id",
                "t": kdf.time_cost,
                "m": kdf.memory_kib,
                "p": kdf.parallelism,
                "salt": base64.b64encode(salt).decode(),
            },
            "nonce": base64.b64encode(prefix).decode(),
            "check": base64.b64encode(check).decode(),
        }
    ).encode()
    aad = MAGIC + header
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as fh:
            fh.write(MAGIC + struct.pack(">I", len(header)) + header)
            pending = b""
            index = 0
            buffer = io.BytesIO()
            for piece in plaintext_chunks:
                buffer.write(piece)
                if buffer.tell() >= CHUNK:
                    data = buffer.getvalue()
                    buffer = io.BytesIO()
                    for start in range(0, len(data) - len(data) % CHUNK, CHUNK):
                        if pending:
                            _write_chunk(fh, aead, prefix, index, pending, False, aad)
                            index += 1
                        pending = data[start : start + CHUNK]
                    buffer.write(data[len(data) - len(data) % CHUNK :])
            tail = buffer.getvalue()
            if tail:
                if pending:
                    _write_chunk(fh, aead, prefix, index, pending, False, aad)
                    index += 1
                pending = tail
            _write_chunk(fh, aead, prefix, index, pending, True, aad)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _write_chunk(fh, aead: AESGCM, prefix: bytes, index: int, data: bytes, last: bool, aad) -> None:
    sealed = aead.encrypt(_nonce(prefix, index, last), data, aad)
    fh.write(struct.pack(">I", len(sealed)) + sealed)


def _record_line(rec: syncstate.OutgoingRecord) -> bytes:
    """One record as a JSON line; its content is the canonical text its version hashes."""
    ref = f',"ref":{orjson.dumps(rec.ref).decode()}' if rec.ref else ""
    return (
        f'{{"e":"{rec.entity}","u":{orjson.dumps(rec.uuid).decode()},"h":"{rec.head}",'
        f'"a":{rec.ancestors}{ref},"c":{rec.content or "null"}}}\n'
    ).encode()


def _lines(session: Session, since: dt.datetime | None, meta: dict) -> Iterator[bytes]:
    """zlib-compressed JSON lines: meta, records, then the attachment contents they need."""
    with bulk.bulk_job():
        yield from _compressed_lines(session, since, meta)


def _compressed_lines(session: Session, since: dt.datetime | None, meta: dict) -> Iterator[bytes]:
    compressor = zlib.compressobj(COMPRESSION)
    yield compressor.compress((json.dumps(meta, ensure_ascii=False) + "\n").encode())
    shas: set[str] = set()
    count = 0
    batch: list[bytes] = []
    for rec in syncstate.outgoing(session, since):
        if rec.entity == "attachment" and rec.content:
            shas.add(orjson.loads(rec.content)["sha256"])
        count += 1
        batch.append(_record_line(rec))
        if len(batch) >= 1000:
            yield compressor.compress(b"".join(batch))
            batch = []
    yield compressor.compress(b"".join(batch))
    for sha in sorted(shas):
        data = base64.b64encode(attachments.read_blob(sha)).decode()
        yield compressor.compress((json.dumps({"blob": sha, "d": data}) + "\n").encode())
    meta["records"] = count
    yield compressor.flush()


def export_bundle(
    session: Session,
    path: Path,
    passphrase: str,
    *,
    since: dt.datetime | None = None,
    kdf: Kdf = DEFAULT_KDF,
) -> dict:
    """Write every record (or those changed since `since`) to an encrypted bundle."""
    meta = {
        "format": FORMAT,
        "bundle": str(uuidlib.uuid4()),
        "laptop": syncstate.laptop_id(),
        "name": session.volunteer or session.vault.name,
        "created_at": dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" "),
        "since": since.isoformat(sep=" ") if since else None,
    }
    seal(_lines(session, since, meta), Path(path), passphrase, kdf)
    syncstate.record_exchange(
        "export", meta["bundle"], meta["laptop"], meta["name"], meta.get("records", 0)
    )
    return meta


# -- reading -----------------------------------------------------------------------------------


def open_bundle(path: Path, passphrase: str) -> bytes:
    """The decrypted, decompressed plaintext; raises before returning anything unverified."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path}: {exc.strerror or exc}") from None
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise DamagedBundle(f"{Path(path).name} is not a CaseTracker bundle")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    if length > MAX_HEADER:
        raise DamagedBundle("the bundle header is damaged")
    header_bytes = data[len(MAGIC) + 4 : len(MAGIC) + 4 + length]
    try:
        header = json.loads(header_bytes)
        k = header["kdf"]
        kdf = Kdf(int(k["t"]), int(k["m"]), int(k["p"]))
        salt = base64.b64decode(k["salt"], validate=True)
        prefix = base64.b64decode(header["nonce"], validate=True)
        check = base64.b64decode(header["check"], validate=True)
    except (ValueError, KeyError, TypeError):
        raise DamagedBundle("the bundle header is damaged") from None
    if header.get("format") != FORMAT or len(prefix) != 7 or len(salt) < 8:
        raise DamagedBundle("the bundle header is damaged")
    if header.get("version", 0) > VERSION:
        raise ValidationError("bundle", "made by a newer CaseTracker; please update")
    if not (
        1 <= kdf.time_cost <= _LIMITS.time_cost
        and 8 <= kdf.memory_kib <= _LIMITS.memory_kib
        and 1 <= kdf.parallelism <= _LIMITS.parallelism
    ):
        raise DamagedBundle("the bundle header asks for an unreasonable key derivation")
    aead = AESGCM(_key(passphrase, salt, kdf))
    try:
        aead.decrypt(prefix + b"\xff\xff\xff\xff\x02", check, None)
    except InvalidTag:
        raise WrongPassphrase("wrong bundle passphrase (or a damaged bundle header)") from None
    return _decrypt_chunks(data, len(MAGIC) + 4 + length, aead, prefix, MAGIC + header_bytes)


def _decrypt_chunks(data: bytes, offset: int, aead: AESGCM, prefix: bytes, aad: bytes) -> bytes:
    plain = zlib.decompressobj()
    out = io.BytesIO()
    index = 0
    while True:
        if offset + 4 > len(data):
            raise DamagedBundle("the bundle is truncated")
        (size,) = struct.unpack(">I", data[offset : offset + 4])
        sealed = data[offset + 4 : offset + 4 + size]
        if len(sealed) != size or size > CHUNK + 64:
            raise DamagedBundle("the bundle is truncated or damaged")
        offset += 4 + size
        last = offset == len(data)
        try:
            chunk = aead.decrypt(_nonce(prefix, index, last), sealed, aad)
        except InvalidTag:
            raise DamagedBundle("the bundle was changed or damaged after it was written") from None
        try:
            out.write(plain.decompress(chunk, MAX_PLAINTEXT - out.tell()))
        except zlib.error:
            raise DamagedBundle("the bundle content is damaged") from None
        if out.tell() >= MAX_PLAINTEXT:
            raise DamagedBundle("the bundle is too large")
        index += 1
        if last:
            break
    if not plain.eof:
        raise DamagedBundle("the bundle is truncated")
    return out.getvalue()


@dataclass
class BundleReport:
    source: str = ""
    laptop: str = ""
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    person_ids: tuple[int, ...] = ()
    already: bool = False

    def summary(self) -> str:
        text = (
            f"Merged the bundle from {self.source}: {self.added} added, {self.changed} changed, "
            f"{self.deleted} deleted, {self.unchanged} unchanged"
        )
        if self.conflicts:
            text += f"; {self.conflicts} conflicts to decide (casetracker bundle conflicts)"
        return text


@dataclass
class _Parsed:
    """The meta line, the record lines by entity (parsed one entity at a time, so a bundle of
    750,000 records never holds them all as objects at once), and the attachment contents."""

    meta: dict
    lines: dict[str, list[bytes]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)

    def records(self, entity: str) -> list[Incoming]:
        """The records of `entity`, parsed and checked (DamagedBundle); forgotten here."""
        try:
            return [_incoming(entity, orjson.loads(line)) for line in self.lines.pop(entity)]
        except (ValueError, KeyError, TypeError) as exc:
            raise DamagedBundle(f"the bundle content is malformed ({exc})") from None


_KIND = b'{"e":"'


def _entity_of(line: bytes) -> str | None:
    """The entity a record line names, read from its start (lines `_record_line` wrote)."""
    if not line.startswith(_KIND):
        return None
    end = line.find(b'"', len(_KIND))
    return line[len(_KIND) : end].decode("ascii", "replace") if end > 0 else None


def _incoming(entity: str, item: dict) -> Incoming:
    if type(item) is not dict or item.get("e") != entity:
        raise ValueError("malformed record")
    uid, head, ancestors, content = item["u"], item["h"], item["a"], item["c"]
    if type(uid) is not str or type(head) is not str or type(ancestors) is not list:
        raise ValueError("malformed record")
    if ancestors and not all(type(a) is str for a in ancestors):
        raise ValueError("malformed ancestry")
    if content is not None and type(content) is not dict:
        raise ValueError("malformed record")
    ref = item.get("ref", "")
    return Incoming(uid, head, ancestors, content, ref if type(ref) is str else "")


def _parse(plaintext: bytes) -> _Parsed:
    lines = plaintext.split(b"\n")
    try:
        meta = json.loads(lines[0])
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise ValueError
        parsed = _Parsed(meta, {entity: [] for entity in ORDER})
        for line in lines[1:]:
            if not line:
                continue
            entity = _entity_of(line)
            if entity not in parsed.lines:  # an attachment's content, or a line written otherwise
                item = orjson.loads(line)
                if not isinstance(item, dict):
                    raise ValueError("malformed line")
                if "blob" in item:
                    data = base64.b64decode(item["d"], validate=True)
                    if hashlib.sha256(data).hexdigest() != item["blob"]:
                        raise ValueError("attachment content does not match its sha256")
                    parsed.blobs[item["blob"]] = data
                    continue
                entity = item["e"]
                if entity not in parsed.lines:
                    raise ValueError(f"unknown record kind {entity!r}")
            parsed.lines[entity].append(line)
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as exc:
        raise DamagedBundle(f"the bundle content is malformed ({exc})") from None
    return parsed


def import_bundle(
    session: Session, path: Path, passphrase: str, progress: Progress | None = None
) -> BundleReport:
    """Verify, then merge a bundle as one undoable operation; a bundle imported before adds
    nothing. Conflicts are listed by `syncmerge.conflicts` for the user to decide."""
    with bulk.bulk_job():
        return _import(session, path, passphrase, progress)


def _import(session: Session, path: Path, passphrase: str, progress: Progress | None):
    parsed = _parse(open_bundle(Path(path), passphrase))
    meta = parsed.meta
    source = f"{meta.get('name') or 'another laptop'} ({str(meta.get('laptop', ''))[:12]})"
    report = BundleReport(source=source, laptop=str(meta.get("laptop", "")))
    syncstate.reconcile_undone()
    total = sum(len(lines) for lines in parsed.lines.values())
    done = 0

    def still_wanted() -> None:
        if progress and not progress(done, total):
            raise InterruptedError("merge cancelled; nothing was changed")

    # a malformed record met half-way raises inside the operation: its transaction rolls back
    with session.operation(f"Merge bundle from {source}") as recorder:
        merger = Merger(session, recorder, source)
        for entity in ORDER:
            items = parsed.records(entity)
            local = merger.local(entity, {item.uuid for item in items})
            for item in items:
                merger.merge(entity, local.get(item.uuid), item)
                done += 1
                if done % 500 == 0:
                    still_wanted()
            del items, local  # freed before the next table is parsed
        counts = merger.finish(parsed.blobs, still_wanted)
        op_id = None if recorder.empty else recorder.operation.id
        syncstate.record_exchange(
            "import",
            str(meta.get("bundle", "")),
            report.laptop,
            source,
            total,
            op_id,
            merger.touched,
        )
    report.added, report.changed, report.deleted = counts.added, counts.changed, counts.deleted
    report.unchanged = counts.unchanged
    report.conflicts = counts.conflicts
    report.person_ids = tuple(sorted(p for p in counts.person_ids if p))
    return report
