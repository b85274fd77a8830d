"""The vault side of versions: which version each exchanged record is at, and what goes out.

Every record that ever travelled has an `exchange_record` row (migration 5): its head version,
its ancestors, and the base of later three-way merges (the content last exchanged, as canonical
JSON). Local edits do not touch these rows; an exchange first *catches up*: one scan per entity
reads every live record, hashes its content and compares with the stored head, so edits, undos
and deletions since the last exchange become new versions. That scan is also the local side the
merge compares against, so a bundle import or export reads the vault once.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import orjson

from casetracker.domain.versions import Version, canonical, union, version_of, version_of_text
from casetracker.services.session import Session
from casetracker.services.syncrecords import ORDER, id_uuid_maps, live_uuids, read_contents
from casetracker.store import records
from casetracker.store.records import ExchangeLog, ExchangeMeta, utcnow

_STATE_COLUMNS = (
    "entity",
    "uuid",
    "head",
    "ancestors",
    "base_hash",
    "base",
    "deleted",
    "changed_at",
)
_WRITE_STATE = (
    f'INSERT OR REPLACE INTO "exchange_record" ({", ".join(_STATE_COLUMNS)})'
    f" VALUES ({', '.join('?' * len(_STATE_COLUMNS))})"
)
_READ_STATE = (
    'SELECT "uuid", "head", "ancestors", "deleted", "base_hash", "base", "changed_at"'
    ' FROM "exchange_record" WHERE "entity" = ?'
)
NO_ANCESTORS = "[]"
_STATE_KEY = itemgetter(0, 1)  # (entity, uuid): the primary key


def now_text() -> str:
    return utcnow().isoformat(sep=" ")


def ancestors_json(ancestors: list[str]) -> str:
    return orjson.dumps(ancestors).decode() if ancestors else NO_ANCESTORS


def parse_ancestors(text: str) -> list[str]:
    return [] if text == NO_ANCESTORS else json.loads(text)


@dataclass(slots=True)
class LocalRecord:
    """Our side of one record: its row and content if alive, and its version state. JSON
    columns stay text until a merge needs them (most records arrive at the version we have)."""

    row_id: int | None
    content: dict | None
    text: str | None  # canonical JSON of content
    head: str
    ancestors_text: str
    base_hash: str | None
    base_text: str | None
    changed_at: str
    deleted: bool

    @property
    def ancestors(self) -> list[str]:
        return parse_ancestors(self.ancestors_text)

    @property
    def base(self) -> dict | None:
        return orjson.loads(self.base_text) if self.base_text else None

    def version(self) -> Version:
        return Version(self.head, self.ancestors, self.content, self.base_hash, self.base)

    def state_row(self, entity: str, uid: str) -> tuple:
        return (
            entity,
            uid,
            self.head,
            self.ancestors_text,
            self.base_hash,
            self.base_text,
            int(self.deleted),
            self.changed_at,
        )


def write_state(rows: list[tuple]) -> None:
    """Rows in `_STATE_COLUMNS` order, inserted or replacing what was there."""
    if not rows:
        return
    # in key order the primary-key index is appended to, not split at random UUIDs (3x faster);
    # the sort is stable, so of two rows for one record the later still replaces the earlier
    rows = sorted(rows, key=_STATE_KEY)
    with records.db.atomic():
        cursor = records.db.cursor()
        for start in range(0, len(rows), 5000):
            cursor.executemany(_WRITE_STATE, rows[start : start + 5000])


def scan(
    entity: str, maps: dict[str, dict[int, str]], only: set[str] | None = None
) -> tuple[dict[str, LocalRecord], list]:
    """Every record of `entity` known here (or those whose uuid is in `only`), caught up with
    local edits, plus the state rows the catching up changed (for the caller to write).

    A merge passes the uuids its bundle holds: a record the bundle does not mention needs no
    version now (the next scan catches it up just the same), and hashing a 375,000-record vault
    to merge records it has never seen was a tenth of the merge."""
    state = _read_state(entity, only)
    now = now_text()
    result: dict[str, LocalRecord] = {}
    dirty: list[tuple] = []
    live = None if only is None else only & live_uuids(entity, maps)  # before any content
    rows = read_contents(entity, maps, only=live) if live != set() else ()
    for uid, row_id, content in rows:
        text = canonical(content)
        version = version_of_text(text)
        known = state.pop(uid, None)
        if known is None:
            # never exchanged: no other laptop knows any version of it, so there is no state to
            # keep until it travels (the export or merge that sends it writes its row)
            result[uid] = LocalRecord(
                row_id, content, text, version, NO_ANCESTORS, None, None, now, False
            )
            continue
        head, ancestors, deleted, base_hash, base, changed_at = known
        record = LocalRecord(
            row_id, content, text, head, ancestors, base_hash, base, changed_at, False
        )
        if version != head or deleted:  # changed (or brought back) here since the exchange
            record.ancestors_text = ancestors_json(union(parse_ancestors(ancestors), [head]))
            record.head, record.changed_at = version, now
            dirty.append(record.state_row(entity, uid))
        result[uid] = record
    for uid, (head, ancestors, deleted, base_hash, base, changed_at) in state.items():
        record = LocalRecord(None, None, None, head, ancestors, base_hash, base, changed_at, True)
        if not deleted:  # deleted here since the last exchange: deletion is a version too
            record.ancestors_text = ancestors_json(union(parse_ancestors(ancestors), [head]))
            record.head, record.changed_at = version_of(None, head), now
            dirty.append(record.state_row(entity, uid))
        result[uid] = record
    return result, dirty


_KNOWN_UUIDS = 'SELECT "uuid" FROM "exchange_record" WHERE "entity" = ?'
_BATCH = 500


def _read_state(entity: str, only: set[str] | None) -> dict[str, tuple]:
    """State rows by uuid: all of `entity`, or those in `only`. For `only`, the uuids known
    here come first from the primary key's index alone: a merge of another laptop's new
    records then reads no merge base (89 MB at 375,000 records) only to drop it."""
    if only is None:
        return {row[0]: row[1:] for row in records.db.execute_sql(_READ_STATE, (entity,))}
    known = [u for (u,) in records.db.execute_sql(_KNOWN_UUIDS, (entity,)) if u in only]
    state = {}
    for start in range(0, len(known), _BATCH):
        batch = known[start : start + _BATCH]
        sql = _READ_STATE + f' AND "uuid" IN ({", ".join("?" * len(batch))})'
        state.update((row[0], row[1:]) for row in records.db.execute_sql(sql, (entity, *batch)))
    return state


def local_record(entity: str, uid: str) -> LocalRecord | None:
    """One record's side, as `scan` would give it (for deciding one conflict)."""
    maps = id_uuid_maps()
    state = records.db.execute_sql(_READ_STATE + ' AND "uuid" = ?', (entity, uid)).fetchone()
    live = next(read_contents(entity, maps, uid), None)
    if state is None and live is None:
        return None
    if state is None:
        _uid, row_id, content = live
        text = canonical(content)
        return LocalRecord(
            row_id, content, text, version_of_text(text), NO_ANCESTORS, None, None, "", False
        )
    _uid, head, ancestors, _deleted, base_hash, base, changed_at = state
    if live is None:
        return LocalRecord(None, None, None, head, ancestors, base_hash, base, changed_at, True)
    _uid, row_id, content = live
    return LocalRecord(
        row_id, content, canonical(content), head, ancestors, base_hash, base, changed_at, False
    )


def reconcile_undone() -> None:
    """The records an undone merge touched lose their exchange state, so their differences with
    the other laptop are listed as conflicts next time instead of the undo being sent back as a
    change (or a deletion) of ours."""
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
        cursor = records.db.cursor()
        cursor.executemany(
            'DELETE FROM "exchange_record" WHERE "entity" = ? AND "uuid" = ?',
            [tuple(pair) for pair in json.loads(log.touched or "[]")],
        )
        log.rolled_back = True
        log.save()


# -- going out -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutgoingRecord:
    """One record for a bundle; `ancestors` and `content` are JSON texts, written as they are."""

    entity: str
    uuid: str
    head: str
    ancestors: str
    content: str | None
    ref: str = ""


def outgoing(session: Session, since: dt.datetime | None = None) -> Iterator[OutgoingRecord]:
    """Every record (or those changed since `since`) at its current version; the exported
    versions become the base of later merges. Attachment contents follow as sha256s."""
    reconcile_undone()
    maps = id_uuid_maps()
    refs = dict(records.db.execute_sql('SELECT "uuid", "ref" FROM "person_record"'))
    for entity in ORDER:
        local, rows = scan(entity, maps)
        dirty = {row[1] for row in rows}
        for uid, record in local.items():
            if since is not None and dt.datetime.fromisoformat(record.changed_at) < since:
                continue
            yield OutgoingRecord(
                entity,
                uid,
                record.head,
                record.ancestors_text,
                record.text,
                refs.get(uid, "") if entity == "person" else "",
            )
            if (
                record.base_hash == record.head
                and (uid not in dirty)
                and (record.deleted or record.base_text is not None)
            ):
                continue  # already the base: the content has not changed since
            record.base_hash, record.base_text = record.head, record.text
            rows.append(record.state_row(entity, uid))
        write_state(rows)


# -- this laptop and its exchange log --------------------------------------------------------


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


def record_exchange(
    direction: str,
    bundle_id: str,
    laptop: str,
    name: str,
    records_count: int,
    operation_id: int | None = None,
    touched: list[Any] | None = None,
) -> None:
    """The exchange log: which laptop a bundle came from or went to, and its operation."""
    ExchangeLog.create(
        direction=direction,
        bundle_id=bundle_id,
        laptop_id=laptop,
        laptop_name=name,
        records=records_count,
        operation_id=operation_id,
        touched=orjson.dumps(touched or []).decode(),
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
