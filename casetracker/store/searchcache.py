"""The key index held in memory for the open vault, and the bookkeeping that keeps it current.

Loaded on the first search of a session (or by searching.warm), then kept current in place by
namekeys, which tells apply_reindex what it wrote. A generation number in ``search_meta``,
bumped with every reindex in the same transaction, tells a stale cache (another connection or
process wrote, or a transaction that had updated the cache was rolled back) from a current
one. Lists of person ids per key and the folded names per person come out of SQLite already
joined by group_concat, which makes loading 100,000 people take about a second.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from casetracker.search.keys import KeyKind, decode_groups, keys_of_groups
from casetracker.search.postings import Postings
from casetracker.search.vocabulary import Vocabulary
from casetracker.store import records


def vocabulary_tokens() -> list[str]:
    """Keys that are name tokens (the ones the vocabulary expands by edit distance)."""
    cursor = records.db.execute_sql(
        'SELECT "key" FROM "search_vocab" WHERE "kind" = ?', (int(KeyKind.TOKEN),)
    )
    return [key for (key,) in cursor]


_GENERATION_KEY = "generation"


@dataclass
class SearchCache:
    database: weakref.ref
    generation: int
    postings: Postings
    vocabulary: Vocabulary
    #: person id -> its folded name variants packed in one string (see pack_names): about
    #: 15 MB at 100,000 people, against 45 MB as tuples, and re-ranking needs no SQL.
    names: dict[int, str]
    #: Held while the cache is read or updated (the GUI thread searches while a worker writes).
    lock: threading.RLock = field(default_factory=threading.RLock)


_cache: SearchCache | None = None
_cache_lock = threading.Lock()


def meta(key: str) -> str | None:
    """A bookkeeping value of the index (search_meta), or None."""
    row = records.db.execute_sql(
        'SELECT "value" FROM "search_meta" WHERE "key" = ?', (key,)
    ).fetchone()
    return row[0] if row else None


def set_meta(key: str, value: str) -> None:
    records.db.execute_sql(
        'INSERT OR REPLACE INTO "search_meta" ("key", "value") VALUES (?, ?)', (key, value)
    )


def generation() -> int:
    return int(meta(_GENERATION_KEY) or 0)


def bump_generation() -> int:
    value = generation() + 1
    set_meta(_GENERATION_KEY, str(value))
    return value


def cache() -> SearchCache:
    """The in-memory index of the open vault, loaded or reloaded when it is not current."""
    global _cache
    database = records.db.obj
    current = generation()
    with _cache_lock:
        found = _cache
        if found is None or found.database() is not database or found.generation != current:
            found = _cache = SearchCache(
                weakref.ref(database),
                current,
                _load_postings(),
                Vocabulary(vocabulary_tokens()),
                _load_names(),
            )
        return found


def pack_names(names: Iterable[tuple[int, str]]) -> str:
    """(name id, folded) pairs of one person as one string: ``"12\terlan kaliola\n13\t..."``."""
    return "\n".join(f"{name_id}\t{folded}" for name_id, folded in names)


def unpack_names(packed: str) -> Iterator[tuple[int, str]]:
    for line in packed.split("\n"):
        name_id, _, folded = line.partition("\t")
        yield int(name_id), folded


def _load_postings() -> Postings:
    """One row per key with its persons joined by SQLite: 15 times fewer rows than pairs."""
    cursor = records.db.execute_sql(
        'SELECT "key", group_concat("person_id") FROM "search_key" GROUP BY "key"'
    )
    return Postings.from_lists((key, ids.split(",")) for key, ids in cursor)


def _load_names() -> dict[int, str]:
    """person id -> packed folded names, packed by SQLite (see pack_names)."""
    cursor = records.db.execute_sql(
        'SELECT "person_id", group_concat("name_id" || char(9) || "folded", char(10))'
        ' FROM (SELECT * FROM "search_name" ORDER BY "person_id", "name_id")'
        ' GROUP BY "person_id"'
    )
    return dict(cursor.fetchall())


def apply_reindex(
    before: int,
    after: int,
    changes: Iterable[tuple[int, dict[str, KeyKind], list[tuple[int, str]]]],
) -> None:
    """Bring a cache that was current at generation ``before`` to ``after`` in place.

    ``changes``: per person, its new keys with their kinds and its folded names. The keys the
    cache holds for a person now are derived from the folded names it holds, not read from
    the vault, where a deleted case's keys are already gone.
    """
    with _cache_lock:
        found = _cache
    if found is None or found.database() is not records.db.obj:
        return
    with found.lock:
        if found.generation != before:
            return
        tokens = []
        for person, new, folded in changes:
            packed = found.names.get(person)
            old = (
                keys_of_groups(decode_groups(f) for _, f in unpack_names(packed)) if packed else {}
            )
            found.postings.replace(person, old, new)
            tokens += [key for key, kind in new.items() if kind == KeyKind.TOKEN]
            if folded:
                found.names[person] = pack_names(folded)
            else:
                found.names.pop(person, None)
        found.vocabulary.add(tokens)
        found.generation = after


def is_loaded() -> bool:
    return _cache is not None


def forget() -> None:
    """Drop the in-memory index (on lock: it holds every name token of the vault)."""
    global _cache
    with _cache_lock:
        _cache = None
