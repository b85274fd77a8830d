"""The search index of names: which persons hold which folded keys (SQL side of search/).

Folding is pure (search/fold.py, search/keys.py); this module stores one ``search_key`` row per
(key, person), one ``search_vocab`` row per distinct key and one ``search_name`` row per name
variant (the variant folded), and keeps them current: services
call :func:`reindex_persons` when names change, after undo/redo and after merges, and
:func:`ensure_current` rebuilds everything when the folding rules changed (FOLD_VERSION) or
the index is new (migration 3). Raw SQL: at 100,000 people a rebuild writes about a million
rows, and executemany on the cursor is several times faster than building peewee queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from casetracker.search.fold import FOLD_VERSION, name_groups
from casetracker.search.keys import KeyKind, encode_groups, keys_of_groups
from casetracker.store import records, searchcache

#: Bump when the choice of keys (search/keys.py) changes without a change of FOLD_VERSION.
INDEX_VERSION = 1
_VERSION_KEY = "index_version"
_CHUNK = 500
_BATCH = 5000

_INSERT_KEY = 'INSERT OR IGNORE INTO "search_key" ("key", "person_id") VALUES (?, ?)'
_INSERT_NAME = 'INSERT INTO "search_name" ("name_id", "person_id", "folded") VALUES (?, ?, ?)'
# A key first seen as a loose or joined key and later also as a name token becomes a token.
_INSERT_VOCAB = (
    'INSERT INTO "search_vocab" ("key", "kind") VALUES (?, ?) ON CONFLICT ("key")'
    ' DO UPDATE SET "kind" = excluded."kind" WHERE excluded."kind" < "search_vocab"."kind"'
)
#: Up to this many persons reindexed at once update the in-memory index in place; more (an
#: import, demo data) make the next search reload it.
INCREMENTAL_MAX = 2000


def index_version() -> str:
    return f"{FOLD_VERSION}.{INDEX_VERSION}"


def index_ready() -> bool:
    """False while older migrations run (migration 2 calls rebuild_all before 3 exists)."""
    return records.db.table_exists("search_key")


def _names_by_person(person_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    marks = ",".join("?" * len(person_ids))
    cursor = records.db.execute_sql(
        f'SELECT "person_id", "id", "text" FROM "name_record" WHERE "person_id" IN ({marks})'
        ' ORDER BY "person_id", "position", "id"',
        person_ids,
    )
    names: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for person_id, name_id, text in cursor:
        names[person_id].append((name_id, text))
    return names


class _Writer:
    """Buffers key and vocabulary rows and writes them in large executemany batches."""

    def __init__(self, remember: bool = False) -> None:
        #: keys and folded names per person written, when the in-memory index is to be
        #: updated in place
        self.per_person: dict[int, tuple[dict[str, KeyKind], list]] | None = (
            {} if remember else None
        )
        self.keys: list[tuple[str, int]] = []
        self.names: list[tuple[int, int, str]] = []
        self.vocab: dict[str, KeyKind] = {}
        self.total = 0

    def add(self, person_id: int, names: list[tuple[int, str]]) -> None:
        folded, encoded = [], []
        for name_id, text in names:
            groups = name_groups(text)
            folded.append(groups)
            encoded.append((name_id, encode_groups(groups)))
            self.names.append((name_id, person_id, encoded[-1][1]))
        keys = keys_of_groups(folded)
        if self.per_person is not None:
            self.per_person[person_id] = (keys, encoded)
        for key, kind in keys.items():
            self.keys.append((key, person_id))
            if self.vocab.get(key, KeyKind.JOINED + 1) > kind:
                self.vocab[key] = kind
        if len(self.keys) >= _BATCH:
            self.flush_keys()

    def flush_keys(self) -> None:
        if self.names:
            records.db.cursor().executemany(_INSERT_NAME, self.names)
            self.names = []
        if self.keys:
            self.keys.sort()  # in key order, the clustered index is appended to, not split
            records.db.cursor().executemany(_INSERT_KEY, self.keys)
            self.total += len(self.keys)
            self.keys = []

    def close(self) -> int:
        self.flush_keys()
        records.db.cursor().executemany(_INSERT_VOCAB, sorted(self.vocab.items()))
        return self.total


def reindex_persons(person_ids: Iterable[int]) -> None:
    """Recompute the keys of these persons (after names changed, undo, redo or a merge)."""
    if not index_ready():
        return
    ids = sorted(set(person_ids))
    if not ids:
        return
    before = searchcache.generation()
    in_place = len(ids) <= INCREMENTAL_MAX
    writer = _Writer(remember=in_place)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for table in ("search_key", "search_name"):
            records.db.execute_sql(f'DELETE FROM "{table}" WHERE "person_id" IN ({marks})', chunk)
        for person_id, names in _names_by_person(chunk).items():
            writer.add(person_id, names)
    writer.close()
    _published(before, ids, writer, in_place)


def index_new_persons(names: dict[int, list[tuple[int, str]]]) -> None:
    """Index persons just inserted in bulk, whose names (id, text, in order) the caller has in
    hand: skips the delete and the read back that `reindex_persons` needs. (Folding on a
    worker thread while the rows were written gained nothing measurable on two cores.)"""
    if not names or not index_ready():
        return
    ids = sorted(names)
    before = searchcache.generation()
    in_place = len(ids) <= INCREMENTAL_MAX
    writer = _Writer(remember=in_place)
    for person_id in ids:
        writer.add(person_id, names[person_id])
    writer.close()
    _published(before, ids, writer, in_place)


def _published(before: int, ids: list[int], writer: _Writer, in_place: bool) -> None:
    """Tell the in-memory index: updated in place for a few persons, reloaded for many."""
    after = searchcache.bump_generation()
    if in_place:
        changes = [(pid, *writer.per_person.get(pid, ({}, []))) for pid in ids]
        searchcache.apply_reindex(before, after, changes)


def _all_names() -> Iterator[tuple[int, list[tuple[int, str]]]]:
    cursor = records.db.execute_sql(
        'SELECT "person_id", "id", "text" FROM "name_record" ORDER BY "person_id", "position", "id"'
    )
    current, names = None, []
    for person_id, name_id, text in cursor:
        if person_id != current:
            if names:
                yield current, names
            current, names = person_id, []
        names.append((name_id, text))
    if names:
        yield current, names


def rebuild_all() -> int:
    """Rebuild every key inside the caller's transaction; returns the number of key rows.

    Does nothing while the index tables do not exist yet (an older migration calling it); the
    index is then built by :func:`ensure_current` once every migration ran.
    """
    if not index_ready():
        return 0
    for table in ("search_key", "search_name", "search_vocab"):
        records.db.execute_sql(f'DELETE FROM "{table}"')
    writer = _Writer()
    for person_id, names in _all_names():
        writer.add(person_id, names)
    total = writer.close()
    searchcache.set_meta(_VERSION_KEY, index_version())
    searchcache.bump_generation()
    return total


def ensure_current() -> bool:
    """Rebuild when the stored keys were made by other rules; True when it rebuilt."""
    if searchcache.meta(_VERSION_KEY) == index_version():
        return False
    with records.db.atomic():
        rebuild_all()
    return True
