"""Fast inserts for generated or imported data in bulk (demo vaults, 100,000-row imports).

Rows are plain dicts with explicit primary keys so that callers can link them without a round
trip per row. No undo images are written: callers record one operation for the whole batch.
"""

from __future__ import annotations

from collections.abc import Iterable

from peewee import fn

from casetracker.store import records

CHUNK = 5000


def next_id(entity: str) -> int:
    model = records.TRACKED[entity]
    return (model.select(fn.MAX(model.id)).scalar() or 0) + 1


def insert(entity: str, rows: Iterable[dict]) -> int:
    model = records.TRACKED[entity]
    batch: list[dict] = []
    total = 0
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            model.insert_many(batch).execute()
            total += len(batch)
            batch = []
    if batch:
        model.insert_many(batch).execute()
        total += len(batch)
    return total


def insert_blob(sha256: str, data: bytes) -> None:
    records.BlobRecord.insert(sha256=sha256, data=data).on_conflict_ignore().execute()


def record_batch_operation(label: str, volunteer: str) -> None:
    """An audit line for a bulk write; it cannot be undone row by row, so it is not undoable."""
    records.OperationRecord.create(label=label, volunteer=volunteer, kind="bulk", undone=True)
