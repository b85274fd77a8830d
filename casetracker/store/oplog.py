"""Operations, undo and redo: every write goes through one `operation` (Anki, Gramps).

An operation is one transaction that records a before/after image of every row it touches.
Undo replays the before images in reverse order inside a new transaction, redo the after images;
both are themselves logged, so the audit log (derived from the same images) is append-only and
shows undos too. A failed transaction leaves no operation behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
from collections.abc import Iterator
from functools import partial
from itertools import groupby
from typing import Any

import orjson

from casetracker.domain.errors import NothingToUndo
from casetracker.store import bulk, records
from casetracker.store.records import (
    ENTITY_OF,
    TRACKED,
    BaseRecord,
    ChangeRecord,
    OperationRecord,
    PersonRecord,
)

UNDO_DEPTH = 200
#: The after-image of a change that stands for a run of rows inserted in bulk: {RANGE: [a, b]}.
RANGE = "*range"


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _jsonable(value: Any) -> Any:
    if type(value) in _PLAIN:  # almost every value; called a million times by big imports
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return value


def _plain_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return _jsonable(value)
    raise TypeError


def image_text(image: dict[str, Any]) -> str:
    """A row image as the change log stores it. orjson (ten times the speed of json, which a
    100,000-row import's undo images need) writes times the way `_jsonable` does; what it
    refuses (lone surrogates, integers past 64 bits) takes the standard library's path."""
    try:
        return orjson.dumps(
            image, default=_plain_default, option=orjson.OPT_PASSTHROUGH_DATETIME
        ).decode()
    except TypeError:
        return json.dumps({k: _jsonable(v) for k, v in image.items()}, ensure_ascii=False)


def row_image(record: BaseRecord) -> dict[str, Any]:
    """Column values of a row as stored (foreign keys as ids), JSON-safe."""
    return {name: _jsonable(value) for name, value in record.__data__.items()}


def _person_of(entity: str, image: dict[str, Any]) -> int | None:
    if entity == "person":
        return image.get("id")
    return image.get("person")


class Recorder:
    """Writes rows and logs their images; the only way services change tracked tables."""

    def __init__(self, operation: OperationRecord) -> None:
        self.operation = operation
        self._seq = 0
        self.person_ids: set[int] = set()

    @property
    def empty(self) -> bool:
        return self._seq == 0

    def _log(self, entity: str, row_id: Any, before: dict | None, after: dict | None) -> None:
        person = _person_of(entity, after or before or {})
        # a row moved between cases (merge, undo of a merge) touches both of them
        for image in (before, after):
            touched = _person_of(entity, image or {})
            if touched is not None:
                self.person_ids.add(int(touched))
        ChangeRecord.create(
            operation=self.operation,
            seq=self._seq,
            entity=entity,
            row_id=str(row_id),
            person_id=person,
            before=None if before is None else image_text(before),
            after=None if after is None else image_text(after),
        )
        self._seq += 1

    def insert(self, model: type[BaseRecord], **fields: Any) -> BaseRecord:
        record = model.create(**fields)
        self._log(ENTITY_OF[model], record.get_id(), None, row_image(record))
        return record

    def update(self, record: BaseRecord, *, touch: str | None = None, **fields: Any) -> bool:
        """Set fields on a row; logs and writes only when something actually changed. `touch`
        names a time column set to now when it did, in the same change (one audit entry)."""
        before = row_image(record)
        for name, value in fields.items():
            setattr(record, name, value)
        after = row_image(record)
        if after == before:
            return False
        if touch is not None:
            setattr(record, touch, records.utcnow())
        record.save()
        self._log(ENTITY_OF[type(record)], record.get_id(), before, row_image(record))
        return True

    def delete(self, record: BaseRecord) -> None:
        self._log(ENTITY_OF[type(record)], record.get_id(), row_image(record), None)
        record.delete_instance()

    # -- bulk: thousands of rows in one statement, logged exactly like the single-row writes --

    def insert_bulk(self, entity: str, rows: list[dict[str, Any]], *, images: bool = True) -> None:
        """Insert complete rows (every column, explicit ids) and log their after-images, or,
        with `images=False`, only the runs of ids inserted (see `_log_ranges`)."""
        if not rows:
            return
        bulk.insert_plain(TRACKED[entity], rows)
        if images:
            self._log_many(entity, [(None, r) for r in rows])
        else:
            self._log_ranges(entity, rows)

    def _log_ranges(self, entity: str, rows: list[dict[str, Any]]) -> None:
        """Log rows inserted in bulk as runs of consecutive ids, without their images.

        A 50,000-person merge inserts half a million name, event and link rows; their images
        doubled what the merge wrote (and the vault's size) for an undo that can read them
        back from the table instead: the undo stack guarantees the rows are as inserted, and
        the undo's own log keeps their images for a redo. The audit log shows one line per run
        (the persons themselves are logged with their images by the caller)."""
        pk = TRACKED[entity]._meta.primary_key.name
        for row in rows:
            person = _person_of(entity, row)
            if person is not None:
                self.person_ids.add(int(person))
        ids = sorted(int(row[pk]) for row in rows)
        runs: list[list[int]] = []
        for row_id in ids:
            if runs and row_id == runs[-1][1] + 1:
                runs[-1][1] = row_id
            else:
                runs.append([row_id, row_id])
        logged = []
        for first, last in runs:
            marker = orjson.dumps({RANGE: [first, last]}).decode()
            logged.append((self.operation.id, self._seq, entity, str(first), None, None, marker))
            self._seq += 1
        bulk.insert_tuples(ChangeRecord, _CHANGE_FIELDS, logged)

    def delete_bulk(self, entity: str, images: list[dict[str, Any]]) -> None:
        """Delete rows known to be exactly `images` (as an operation left them), logged."""
        if not images:
            return
        model = TRACKED[entity]
        pk = model._meta.primary_key.name
        bulk.delete_ids(model, [image[pk] for image in images])
        self._log_many(entity, [(image, None) for image in images])

    def _log_many(self, entity: str, pairs: list[tuple[dict | None, dict | None]]) -> None:
        pk = TRACKED[entity]._meta.primary_key.name
        operation = self.operation.id
        rows = []
        for before, after in pairs:
            image = after or before or {}
            person = _person_of(entity, image)
            if person is not None:
                self.person_ids.add(int(person))
            rows.append(
                (
                    operation,
                    self._seq,
                    entity,
                    str(image.get(pk)),
                    person,
                    None if before is None else image_text(before),
                    None if after is None else image_text(after),
                )
            )
            self._seq += 1
        bulk.insert_tuples(ChangeRecord, _CHANGE_FIELDS, rows)


_CHANGE_FIELDS = ["operation", "seq", "entity", "row_id", "person_id", "before", "after"]
_active = threading.local()


@contextlib.contextmanager
def operation(label: str, volunteer: str = "") -> Iterator[Recorder]:
    """One user action: a transaction, its change images and an undo step labelled `label`.

    Re-entrant: a service called inside another operation (an import calling `cases.create`
    for every row) joins it, so the whole import is one transaction and one undo step.
    """
    outer = getattr(_active, "recorder", None)
    if outer is not None:
        yield outer
        return
    with records.db.atomic():
        op = OperationRecord.create(label=label, volunteer=volunteer, kind="do")
        recorder = Recorder(op)
        _active.recorder = recorder
        try:
            yield recorder
        finally:
            _active.recorder = None
        if recorder.empty:
            op.delete_instance()
            return
        OperationRecord.update(redoable=False).where(
            OperationRecord.redoable & (OperationRecord.id != op.id)
        ).execute()
        _trim_history()


def _trim_history() -> None:
    """Keep the undo stack bounded; older operations stay in the audit log but lose undo."""
    stale = (
        OperationRecord.select(OperationRecord.id)
        .where((OperationRecord.kind == "do") & ~OperationRecord.undone)
        .order_by(OperationRecord.id.desc())
        .offset(UNDO_DEPTH)
    )
    OperationRecord.update(undone=True).where(OperationRecord.id.in_(stale)).execute()


def _changes_of(op: OperationRecord) -> list[ChangeRecord]:
    return list(
        ChangeRecord.select().where(ChangeRecord.operation == op).order_by(ChangeRecord.seq)
    )


def _apply_image(recorder: Recorder, entity: str, row_id: str, image: dict | None) -> None:
    """Bring one row to `image` (None = absent), logging the change like any write."""
    model = TRACKED[entity]
    pk = model._meta.primary_key
    current = model.get_or_none(pk == pk.python_value(row_id))
    if image is None:
        if current is not None:
            recorder.delete(current)
    elif current is None:
        # insert with the original primary key so references stay valid
        model.insert(**image).execute()
        recorder._log(entity, row_id, None, image)
    else:
        recorder.update(current, **{k: v for k, v in image.items() if k != pk.name})


def _action(forward: bool, change: tuple) -> tuple[str, str]:
    _entity, _row, before, after = change
    wanted, current = (after, before) if forward else (before, after)
    if wanted is None and current is not None:
        return change[0], "delete"
    if wanted is not None and current is None:
        return change[0], "insert"
    return change[0], "update"


class _Images:
    """Row images for a replay, including those of runs logged without images (`RANGE`):
    undone, a run's rows are read from the table; redone, from the latest undo's log."""

    def __init__(self, target: OperationRecord) -> None:
        self.target = target
        self._undone: dict[tuple[str, str], dict] | None = None

    def of(self, entity: str, items: list[tuple], side: int, forward: bool) -> list[dict]:
        out: list[dict] = []
        for item in items:
            image = json.loads(item[side])
            run = image.get(RANGE) if len(image) == 1 else None
            if run is None:
                out.append(image)
            elif forward:
                out += self._from_undo(entity, run)
            else:
                out += self._from_table(entity, run)
        return out

    @staticmethod
    def _from_table(entity: str, run: list[int]) -> list[dict]:
        model = TRACKED[entity]
        pk = model._meta.primary_key
        query = model.select().where(pk.between(run[0], run[1])).order_by(pk)
        return [row_image(record) for record in query]

    def _from_undo(self, entity: str, run: list[int]) -> list[dict]:
        if self._undone is None:
            undo = (
                OperationRecord.select()
                .where((OperationRecord.kind == "undo") & (OperationRecord.target == self.target))
                .order_by(OperationRecord.id.desc())
                .first()
            )
            self._undone = {}
            if undo is not None:
                for kind, row_id, before in (
                    ChangeRecord.select(
                        ChangeRecord.entity, ChangeRecord.row_id, ChangeRecord.before
                    )
                    .where((ChangeRecord.operation == undo) & ChangeRecord.before.is_null(False))
                    .tuples()
                ):
                    self._undone[(kind, row_id)] = json.loads(before)
        images = [self._undone.get((entity, str(i))) for i in range(run[0], run[1] + 1)]
        return [image for image in images if image is not None]


def _replay(label: str, volunteer: str, kind: str, target: OperationRecord, forward: bool):
    """Replay `target` backwards (undo) or forwards (redo) in one transaction.

    Runs of inserts or deletes of one entity are replayed in bulk: undoing a 100,000-row
    import row by row took minutes. The stack discipline (only the latest operation is undone,
    only the latest undone one redone) guarantees the rows are as the operation left them.
    """
    with records.db.atomic():
        op = OperationRecord.create(label=label, volunteer=volunteer, kind=kind, target=target.id)
        recorder = Recorder(op)
        changes = list(
            ChangeRecord.select(
                ChangeRecord.entity, ChangeRecord.row_id, ChangeRecord.before, ChangeRecord.after
            )
            .where(ChangeRecord.operation == target)
            .order_by(ChangeRecord.seq)
            .tuples()
        )
        ordered = changes if forward else list(reversed(changes))
        images = _Images(target)
        for (entity, action), run in groupby(ordered, key=partial(_action, forward)):
            items = list(run)
            if action == "delete":
                side = 2 if forward else 3  # the image the row has now
                recorder.delete_bulk(entity, images.of(entity, items, side, forward))
            elif action == "insert":
                side = 3 if forward else 2
                recorder.insert_bulk(entity, images.of(entity, items, side, forward))
            else:
                for _entity, row_id, before, after in items:
                    image_text = after if forward else before
                    image = None if image_text is None else json.loads(image_text)
                    _apply_image(recorder, entity, row_id, image)
        target.undone = not forward
        target.redoable = not forward
        target.save()
        return op, recorder.person_ids


def undo_label() -> str | None:
    op = _undo_target()
    return op.label if op else None


def redo_label() -> str | None:
    op = _redo_target()
    return op.label if op else None


def _undo_target() -> OperationRecord | None:
    return (
        OperationRecord.select()
        .where((OperationRecord.kind == "do") & ~OperationRecord.undone)
        .order_by(OperationRecord.id.desc())
        .first()
    )


def _redo_target() -> OperationRecord | None:
    latest_undo = (
        OperationRecord.select(OperationRecord.target)
        .where(OperationRecord.kind == "undo")
        .order_by(OperationRecord.id.desc())
    )
    for row in latest_undo.limit(UNDO_DEPTH):
        op = OperationRecord.get_or_none(OperationRecord.id == row.target)
        if op is not None and op.redoable:
            return op
    return None


def undo(volunteer: str = "") -> tuple[str, set[int]]:
    """Revert the latest operation; returns its label and the persons it touched."""
    target = _undo_target()
    if target is None:
        raise NothingToUndo("nothing to undo")
    _op, persons = _replay(target.label, volunteer, "undo", target, forward=False)
    return target.label, persons


def redo(volunteer: str = "") -> tuple[str, set[int]]:
    target = _redo_target()
    if target is None:
        raise NothingToUndo("nothing to redo")
    _op, persons = _replay(target.label, volunteer, "redo", target, forward=True)
    return target.label, persons


def touch_person(recorder: Recorder, person: PersonRecord) -> None:
    """Mark a case as changed now (the list's 'last change' and merge times use it)."""
    recorder.update(person, updated_at=records.utcnow())
