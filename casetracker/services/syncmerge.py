"""Merging records from another laptop into the vault, and deciding the conflicts it leaves.

`domain/versions.py` decides what happens to each record; `Merger` writes it inside the
bundle's one operation: new records go through the bulk writer like a spreadsheet import (one
`executemany` per table, change images logged for undo), changed ones through the `Recorder`
row by row. Most records of a repeated exchange arrive at the version we already have; they cost
a dictionary lookup and write nothing unless their ancestry or merge base moved.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from casetracker.domain.entities import Changes
from casetracker.domain.errors import ValidationError
from casetracker.domain.versions import (
    DELETED,
    Version,
    canonical,
    merge,
    union,
    version_of_text,
)
from casetracker.services import cases, derived
from casetracker.services.exchange import BulkWriter, Lookups, sort_name, status_columns
from casetracker.services.session import Session
from casetracker.services.syncrecords import (
    SPECS,
    check_columns,
    check_identifiers,
    check_names,
    id_uuid_maps,
)
from casetracker.services.syncstate import (
    LocalRecord,
    ancestors_json,
    local_record,
    now_text,
    scan,
    write_state,
)
from casetracker.store import namekeys
from casetracker.store.oplog import Recorder
from casetracker.store.records import (
    ExchangeConflict,
    IdentifierRecord,
    InteractionPersonRecord,
    NameRecord,
    PersonRecord,
    utcnow,
)


@dataclass
class MergeCounts:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    person_ids: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One record as a bundle carries it."""

    uuid: str
    head: str
    ancestors: list[str]
    content: dict | None
    ref: str = ""


class Merger:
    """Writes merge outcomes inside one operation; call `finish` once every record is in."""

    def __init__(self, session: Session, recorder: Recorder, source: str) -> None:
        self.session, self.recorder, self.source = session, recorder, source
        self.writer = BulkWriter(recorder)
        self.maps = id_uuid_maps()
        self.ids: dict[str, dict[str, int]] = {
            e: {u: i for i, u in m.items()} for e, m in self.maps.items()
        }
        self.state_rows: list[tuple] = []
        self.touched: list[tuple[str, str]] = []
        self.new_persons: dict[str, dict] = {}  # uuid -> queued person row
        self._new_ids: set[int] = set()
        self.new_events: dict[str, list[dict]] = defaultdict(list)  # person uuid -> event rows
        self.refresh: set[int] = set()
        self.counts = MergeCounts()
        self.now = utcnow()
        self.now_text = now_text()
        self._lookups: Lookups | None = None

    def local(self, entity: str, uuids: set[str]) -> dict[str, LocalRecord]:
        """Our side of the records of `entity` with these uuids, caught up with local edits."""
        local, dirty = scan(entity, self.maps, uuids)
        self.state_rows.extend(dirty)  # merge outcomes recorded later replace these rows
        return local

    # -- one record ------------------------------------------------------------------------

    def merge(self, entity: str, local: LocalRecord | None, item: Incoming) -> None:
        if local is None:  # new here (what versions.merge decides for it, without the objects)
            if item.content is not None:
                self.add(entity, item.uuid, item.content, item.ref)
            ancestors = [a for a in item.ancestors if a != item.head]
            self._record_state(
                entity, item.uuid, item.head, ancestors, item.head, self._text(item), item.content
            )
            return
        if local.head == item.head:
            self._same(entity, local, item)
            return
        remote = Version(item.head, item.ancestors, item.content)
        outcome = merge(local.version() if local is not None else None, remote)
        if outcome.action in ("same", "keep") and not outcome.conflicts:
            self.counts.unchanged += 1
        elif outcome.action == "new":
            if item.content is not None:
                self.add(entity, item.uuid, item.content, item.ref)
        elif outcome.action in ("take", "merge"):
            self.replace(entity, item.uuid, local, outcome.content)
        for c in outcome.conflicts:
            if c.field == DELETED:
                self.conflict(entity, item.uuid, DELETED, local.content, item.content, item.head)
            else:
                self.conflict(entity, item.uuid, c.field, c.local, c.remote, item.head)
        base_hash, base_text = item.head, self._text(item)
        if outcome.conflicts and local is not None:
            base_hash, base_text = local.base_hash, local.base_text
        ancestors = [a for a in outcome.ancestors if a != outcome.head]
        self._record_state(
            entity, item.uuid, outcome.head, ancestors, base_hash, base_text, outcome.content
        )

    def _same(self, entity: str, local: LocalRecord, item: Incoming) -> None:
        """Both sides at one version: only the ancestry and the merge base may move."""
        self.counts.unchanged += 1
        ancestors_text = local.ancestors_text
        if item.ancestors:
            mine = local.ancestors
            if not set(item.ancestors) <= {*mine, local.head}:
                merged = union(mine, [local.head], item.ancestors)
                ancestors_text = ancestors_json([a for a in merged if a != local.head])
        if (
            local.base_hash == item.head
            and ancestors_text == local.ancestors_text
            and (local.deleted or local.base_text is not None)
        ):
            return
        self.state_rows.append(
            (
                entity,
                item.uuid,
                local.head,
                ancestors_text,
                item.head,
                local.text,
                int(local.deleted),
                self.now_text,
            )
        )

    @staticmethod
    def _text(item: Incoming) -> str | None:
        """The merge base to keep: the content as it arrived, in canonical form."""
        return None if item.content is None else canonical(item.content)

    def _record_state(self, entity, uid, head, ancestors, base_hash, base_text, content) -> None:
        self.state_rows.append(
            (
                entity,
                uid,
                head,
                ancestors_json(ancestors),
                base_hash,
                base_text,
                int(content is None),
                self.now_text,
            )
        )
        self.touched.append((entity, uid))

    # -- writes ----------------------------------------------------------------------------

    def _ref_ids(self, entity: str, content: dict) -> dict[str, object]:
        values = {}
        for ref, target in SPECS[entity].refs.items():
            uid = content.get(ref)
            if uid is None:
                values[ref] = None
                continue
            ids = self.ids.get(target, {})
            if not isinstance(uid, str) or uid not in ids:
                raise ValidationError(f"{entity}.{ref}", "refers to a record not in the bundle")
            values[ref] = ids[uid]
        return values

    def add(self, entity: str, uid: str, content: dict, ref: str = "") -> None:
        """A record new here: queued for the bulk writer, like an import."""
        values = check_columns(entity, content)
        values.update(self._ref_ids(entity, content))
        if SPECS[entity].link is None:
            values["uuid"] = uid
        if entity == "person":
            self._add_person(uid, values, content, ref)
        else:
            row_id = self.writer.add(entity, **values)
            if entity in self.ids:
                self.ids[entity][uid] = row_id
            if entity == "status_event":
                self.new_events[content["person"]].append(self.writer.rows[entity][-1])
            self._touch_person(entity, values)
        self.counts.added += 1

    def _add_person(self, uid: str, values: dict, content: dict, ref: str) -> None:
        names = check_names(content)
        idents = check_identifiers(content)
        ref = (ref if isinstance(ref, str) else "").upper()[:100]
        if not ref or ref in self.lookups.refs:
            ref = self.lookups.new_ref()
        self.lookups.refs[ref] = -1
        pid = self.writer.add(
            "person",
            ref=ref,
            created_at=self.now_text,
            updated_at=self.now_text,
            **values,
            sort_name=sort_name(names),  # the status columns follow from its events (finish)
        )
        self.new_persons[uid] = self.writer.rows["person"][-1]
        self._new_ids.add(pid)
        self.writer.add_names(pid, names)
        for kind, value in idents:
            self.writer.add("identifier", person=pid, kind=kind, value=value)
        self.ids["person"][uid] = pid

    @property
    def lookups(self) -> Lookups:
        if self._lookups is None:
            self._lookups = Lookups()
        return self._lookups

    def _touch_person(self, entity: str, values: dict) -> None:
        person = values.get("person")
        if entity != "person" and isinstance(person, int) and person not in self._new_ids:
            self.refresh.add(person)

    def replace(self, entity: str, uid: str, local: LocalRecord, content: dict | None) -> None:
        """Bring an existing record (or a deleted one) to `content` (None: delete it)."""
        model = SPECS[entity].model
        if content is None:
            if local.row_id is not None:
                self._delete(entity, local.row_id)
                self.counts.deleted += 1
            return
        if local.row_id is None:
            self.add(entity, uid, content)
            return
        values = {**check_columns(entity, content), **self._ref_ids(entity, content)}
        row = model.get_by_id(local.row_id)
        self.recorder.update(row, **values)
        if entity == "person":
            self._person_lists(row, content)
            self.refresh.add(row.id)
        else:
            self._touch_person(entity, values)
            if isinstance(getattr(row, "person_id", None), int):
                self.refresh.add(row.person_id)
        self.counts.changed += 1

    def _person_lists(self, person: PersonRecord, content: dict) -> None:
        names, idents = check_names(content), check_identifiers(content)
        if [[n.text, n.script.value, n.kind.value] for n in names] != local_lists(person.id)[0]:
            for row in NameRecord.select().where(NameRecord.person == person.id):
                self.recorder.delete(row)
            for position, n in enumerate(names):
                self.recorder.insert(
                    NameRecord,
                    person=person.id,
                    text=n.text,
                    script=n.script.value,
                    kind=n.kind.value,
                    position=position,
                )
            namekeys.reindex_persons([person.id])
        if [list(i) for i in idents] != local_lists(person.id)[1]:
            for row in IdentifierRecord.select().where(IdentifierRecord.person == person.id):
                self.recorder.delete(row)
            for kind, value in idents:
                self.recorder.insert(IdentifierRecord, person=person.id, kind=kind, value=value)

    def _delete(self, entity: str, row_id: int) -> None:
        if entity == "person":
            cases.delete(self.session, row_id)
            self.refresh.discard(row_id)
            return
        model = SPECS[entity].model
        row = model.get_or_none(model.id == row_id)
        if row is None:
            return
        if isinstance(getattr(row, "person_id", None), int):
            self.refresh.add(row.person_id)
        if entity == "interaction":
            for link in InteractionPersonRecord.select().where(
                InteractionPersonRecord.interaction == row_id
            ):
                self.recorder.delete(link)
        self.recorder.delete(row)

    def conflict(
        self, entity: str, uid: str, field_name: str, local, remote, remote_head: str
    ) -> None:
        label = self._label(entity, uid)
        mine, theirs = json.dumps(local, ensure_ascii=False), json.dumps(remote, ensure_ascii=False)
        exists = (
            ExchangeConflict.select()
            .where(
                (ExchangeConflict.entity == entity)
                & (ExchangeConflict.uuid == uid)
                & (ExchangeConflict.field == field_name)
                & (ExchangeConflict.remote_value == theirs)
                & ExchangeConflict.resolved.is_null()
            )
            .exists()
        )
        if not exists:
            ExchangeConflict.create(
                entity=entity,
                uuid=uid,
                field=field_name,
                local_value=mine,
                remote_value=theirs,
                remote_head=remote_head,
                source=self.source,
                label=label,
            )
        self.counts.conflicts += 1

    def _label(self, entity: str, uid: str) -> str:
        person_uuid = uid if entity == "person" else None
        if entity != "person":
            model = SPECS[entity].model
            if SPECS[entity].link is None:
                row = model.get_or_none(model.uuid == uid)
                pid = getattr(row, "person_id", None) if row else None
                person_uuid = self.maps["person"].get(pid) if pid else None
            else:
                person_uuid = next((p for p in uid.split("|") if p in self.ids["person"]), None)
        pid = self.ids["person"].get(person_uuid or "")
        person = PersonRecord.get_or_none(PersonRecord.id == pid) if pid else None
        if person is None:
            return entity.replace("_", " ")
        return f"{person.ref} {person.sort_name}".strip()

    def finish(
        self, blobs: dict[str, bytes], checkpoint: Callable[[], None] = lambda: None
    ) -> MergeCounts:
        """Write what was queued. `checkpoint` runs between the steps (about a second apart at
        375,000 records) and raises to stop: the operation then rolls back."""
        from casetracker.services import attachments

        for sha in {row["sha256"] for row in self.writer.rows.get("attachment", [])}:
            if sha not in blobs:
                raise ValidationError("attachment", f"the bundle lacks the content of {sha[:12]}")
            attachments.store_blob(blobs[sha])
        for uid, row in self.new_persons.items():
            # the current status of a new case comes from its events, which arrived after it
            row.update(status_columns(self.new_events.get(uid, [])))
        self.writer.flush(checkpoint)
        checkpoint()
        for pid in self.refresh - self._new_ids:
            person = PersonRecord.get_or_none(PersonRecord.id == pid)
            if person is not None:
                derived.refresh(self.recorder, person)
                self.recorder.update(person, updated_at=utcnow())
        checkpoint()
        write_state(self.state_rows)
        self.counts.person_ids = (
            set(self.ids["person"].get(u, 0) for u in self.new_persons) | self.refresh
        )
        return self.counts


def local_lists(person_id: int) -> tuple[list, list]:
    names = [
        [t, s, k]
        for t, s, k in NameRecord.select(NameRecord.text, NameRecord.script, NameRecord.kind)
        .where(NameRecord.person == person_id)
        .order_by(NameRecord.position)
        .tuples()
    ]
    idents = [
        [k, val]
        for k, val in IdentifierRecord.select(IdentifierRecord.kind, IdentifierRecord.value)
        .where(IdentifierRecord.person == person_id)
        .order_by(IdentifierRecord.kind, IdentifierRecord.value)
        .tuples()
    ]
    return names, idents


# -- conflicts left for the user -----------------------------------------------------------------


@dataclass(frozen=True)
class ConflictInfo:
    """A field changed on both laptops since they last exchanged, for the user to decide."""

    id: int
    entity: str
    uuid: str
    field: str
    label: str
    local: object
    remote: object
    source: str
    created_at: dt.datetime


def conflicts(session: Session, open_only: bool = True) -> list[ConflictInfo]:
    query = ExchangeConflict.select().order_by(ExchangeConflict.id)
    if open_only:
        query = query.where(ExchangeConflict.resolved.is_null())
    return [
        ConflictInfo(
            c.id,
            c.entity,
            c.uuid,
            c.field,
            c.label,
            json.loads(c.local_value or "null"),
            json.loads(c.remote_value or "null"),
            c.source,
            c.created_at,
        )
        for c in query
    ]


def resolve(session: Session, conflict_id: int, choice: str) -> Changes:
    """Decide a conflict: keep "mine" or take "theirs". Once every conflict of a record is
    decided, the other laptop's version counts as seen, so the decision travels back to it."""
    if choice not in ("mine", "theirs"):
        raise ValidationError("choice", "must be mine or theirs")
    item = ExchangeConflict.get_or_none(ExchangeConflict.id == conflict_id)
    if item is None or item.resolved:
        raise ValidationError("conflict", f"no open conflict {conflict_id}")
    local = local_record(item.entity, item.uuid)
    with session.operation("Resolve merge conflict") as recorder:
        merger = Merger(session, recorder, item.source)
        if choice == "theirs" and local is not None:
            remote = json.loads(item.remote_value or "null")
            if item.field == DELETED:
                content = remote
            else:
                content = dict(local.content or {})
                content[item.field] = remote
            merger.replace(item.entity, item.uuid, local, content)
            merger.finish({})
        item.resolved = choice
        item.save()
        op_id = recorder.operation.id if not recorder.empty else None
    _settle(item)
    return Changes(
        "Resolve merge conflict", op_id, frozenset(merger.counts.person_ids), list_changed=True
    )


def _settle(item: ExchangeConflict) -> None:
    still_open = (
        ExchangeConflict.select()
        .where(
            (ExchangeConflict.entity == item.entity)
            & (ExchangeConflict.uuid == item.uuid)
            & ExchangeConflict.resolved.is_null()
        )
        .exists()
    )
    if still_open:
        return
    local = local_record(item.entity, item.uuid)
    if local is None:
        return
    head = version_of_text(local.text) if local.text is not None else local.head
    ancestors = union(local.ancestors, [local.head, item.remote_head])
    local.ancestors_text = ancestors_json([a for a in ancestors if a != head])
    local.head, local.changed_at, local.deleted = head, now_text(), local.content is None
    write_state([local.state_row(item.entity, item.uuid)])
