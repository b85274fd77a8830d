"""Fast inserts for generated or imported data in bulk (demo vaults, 100,000-row imports).

Rows are plain dicts with explicit primary keys so that callers can link them without a round
trip per row. No undo images are written: callers record one operation for the whole batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from functools import cache

from peewee import DateTimeField, fn

from casetracker.store import records

CHUNK = 5000


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a bulk job builds hundreds of thousands of rows.

    Those rows hold no reference cycles, yet every 700 allocations start a collection that walks
    the growing heap: 10-20% of a 50,000-person bundle merge. Collection resumes afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


#: Page cache of a whole-vault merge or export, in KiB. With the 64 MiB of daily use a
#: 50,000-person merge (~130 MB of new pages) spilled pages to the log and read them back through
#: the cipher mid-transaction; 256 MiB took about a second off it. Dropped back afterwards.
BULK_CACHE_KIB = 262_144


@contextlib.contextmanager
def large_cache(kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A bigger page cache on this thread's connection for the length of one bulk job."""
    (before,) = records.db.execute_sql("PRAGMA cache_size").fetchone()
    records.db.execute_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        records.db.execute_sql(f"PRAGMA cache_size = {int(before)}")


@contextlib.contextmanager
def bulk_job() -> Iterator[None]:
    """What a whole-vault merge or export runs under: no cycle collection, a large cache."""
    with gc_paused(), large_cache():
        yield


def next_id(entity: str) -> int:
    model = records.TRACKED[entity]
    return (model.select(fn.MAX(model.id)).scalar() or 0) + 1


def insert_rows(model: type[records.BaseRecord], rows: Iterable[dict]) -> int:
    """`executemany` with one prepared statement: peewee's insert_many spends most of its time
    building SQL text (12 of 15 s for a 3,000-case demo), the database itself is fast."""
    total = 0
    statement = None
    fields: list = []
    cursor = records.db.cursor()
    batch: list[tuple] = []
    for row in rows:
        if statement is None:
            fields = [model._meta.fields[name] for name in row]
            defaults = [
                f for f in model._meta.sorted_fields if f.name not in row and f.default is not None
            ]
            fields += defaults
            columns = ", ".join(f'"{f.column_name}"' for f in fields)
            marks = ", ".join("?" for _ in fields)
            statement = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        batch.append(tuple(f.db_value(_value(f, row)) for f in fields))
        if len(batch) >= CHUNK:
            cursor.executemany(statement, batch)
            total += len(batch)
            batch = []
    if batch:
        cursor.executemany(statement, batch)
        total += len(batch)
    return total


def _value(field, row: dict):
    if field.name in row:
        return row[field.name]
    return field.default() if callable(field.default) else field.default


def insert(entity: str, rows: Iterable[dict]) -> int:
    return insert_rows(records.TRACKED[entity], rows)


def insert_blob(sha256: str, data: bytes) -> None:
    records.BlobRecord.insert(sha256=sha256, data=data).on_conflict_ignore().execute()


def record_batch_operation(label: str, volunteer: str) -> None:
    """An audit line for a bulk write; it cannot be undone row by row, so it is not undoable."""
    records.OperationRecord.create(label=label, volunteer=volunteer, kind="bulk", undone=True)


def insert_plain(model, rows: list[dict], verb: str = "INSERT") -> None:
    """`executemany` of rows whose values are already plain SQLite values (str, int, None,
    bool) except datetimes, all rows with the same keys: skipping peewee's per-value
    `db_value` saved 15% of a 100,000-row import."""
    if not rows:
        return
    names = list(rows[0])
    times = [
        i for i, name in enumerate(names) if isinstance(model._meta.fields[name], DateTimeField)
    ]
    values = []
    for row in rows:
        item = list(row.values())
        for i in times:
            if isinstance(item[i], dt.datetime):
                item[i] = item[i].isoformat(sep=" ")
        values.append(item)
    insert_tuples(model, names, values, verb)


def insert_tuples(model, names: list[str], values: list, verb: str = "INSERT") -> None:
    """`executemany` of value tuples for the fields `names`, as SQLite takes them."""
    fields = [model._meta.fields[name] for name in names]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'{verb} INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    # Always inside a transaction: outside one, SQLite commits (and with synchronous=FULL,
    # fsyncs) every row of an executemany — 0.5 s per 1,000 exchange rows instead of 5 ms.
    with records.db.atomic():
        cursor = records.db.cursor()
        for start in range(0, len(values), CHUNK):
            cursor.executemany(sql, values[start : start + CHUNK])


def row_template(model) -> dict[str, object]:
    """Every column of a table in order, defaults filled: the shape `insert_plain` expects.
    Times are text already, as SQLite stores them and change images carry them."""
    row: dict[str, object] = {}
    for f in model._meta.sorted_fields:
        value = f.default() if callable(f.default) else f.default
        row[f.name] = value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value
    return row


@cache
def datetime_fields(model) -> tuple[str, ...]:
    return tuple(f.name for f in model._meta.sorted_fields if isinstance(f, DateTimeField))


def delete_ids(model, ids: list) -> None:
    pk = model._meta.primary_key
    for start in range(0, len(ids), 500):
        model.delete().where(pk.in_(ids[start : start + 500])).execute()
