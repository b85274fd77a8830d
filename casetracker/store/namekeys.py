"""The folded-key index of names: SQL side of cross-script search.

Folding itself (search/fold.py) is pure; this module stores one row per (name variant, key) and
rebuilds them when a person's names change or when the folding rules change (FOLD_VERSION).
"""

from __future__ import annotations

from collections.abc import Iterable

from casetracker.search.fold import FOLD_VERSION, search_keys
from casetracker.store import records
from casetracker.store.records import NameKeyRecord, NameRecord, SettingRecord

_VERSION_KEY = "search.fold_version"
_BATCH = 2000


def _rows_for(names: Iterable[NameRecord | tuple[int, int, str]]) -> list[dict]:
    rows: list[dict] = []
    for item in names:
        name_id, person_id, text = (
            (item.id, item.person_id, item.text) if isinstance(item, NameRecord) else item
        )
        for key in search_keys(text):
            rows.append({"person": person_id, "name": name_id, "key": key})
    return rows


def reindex_persons(person_ids: Iterable[int]) -> None:
    """Recompute the keys of these persons (after names changed, undo or merge)."""
    ids = list(set(person_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        NameKeyRecord.delete().where(NameKeyRecord.person.in_(chunk)).execute()
        names = NameRecord.select().where(NameRecord.person.in_(chunk))
        rows = _rows_for(names)
        for i in range(0, len(rows), _BATCH):
            NameKeyRecord.insert_many(rows[i : i + _BATCH]).execute()


def rebuild_all() -> int:
    """Rebuild every key; run inside the caller's transaction. Returns the number of keys."""
    NameKeyRecord.delete().execute()
    query = NameRecord.select(NameRecord.id, NameRecord.person, NameRecord.text).tuples()
    total = 0
    batch: list[tuple[int, int, str]] = []
    for row in query.iterator():
        batch.append(row)
        if len(batch) >= _BATCH:
            total += _insert(batch)
            batch = []
    total += _insert(batch)
    SettingRecord.replace(key=_VERSION_KEY, value=str(FOLD_VERSION)).execute()
    return total


def _insert(batch: list[tuple[int, int, str]]) -> int:
    rows = _rows_for(batch)
    for i in range(0, len(rows), _BATCH):
        NameKeyRecord.insert_many(rows[i : i + _BATCH]).execute()
    return len(rows)


def ensure_current() -> bool:
    """Rebuild when the stored keys were folded by other rules; True when it rebuilt."""
    stored = SettingRecord.get_or_none(SettingRecord.key == _VERSION_KEY)
    if stored is not None and stored.value == str(FOLD_VERSION):
        return False
    with records.db.atomic():
        rebuild_all()
    return True
