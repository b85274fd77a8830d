"""Read side of search: the SQL behind services/searching.py and services/duplicates.py, and
the in-memory copy of the key index.

Every query here is shaped for an index (see migration 3) and returns plain tuples; ranking
happens above, in search/ and the services. Keys and ids are passed in chunks below SQLite's
variable limit.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from casetracker.search.keys import KeyKind, decode_groups, keys_of_groups
from casetracker.search.postings import Postings
from casetracker.search.vocabulary import Vocabulary
from casetracker.store import records
from casetracker.store.migrations.m0003_search_index import PHONE_DIGITS

_CHUNK = 900
#: Digits compared for a phone number; see migration 3.
PHONE_TAIL = 9


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


# --- name keys ---------------------------------------------------------------------------------


def postings(keys: Iterable[str]) -> list[tuple[str, int]]:
    """(key, person id) for every person holding one of ``keys``."""
    wanted = sorted(set(keys))
    found: list[tuple[str, int]] = []
    for chunk in _chunks(wanted):
        cursor = records.db.execute_sql(
            f'SELECT "key", "person_id" FROM "search_key" WHERE "key" IN ({_marks(chunk)})',
            chunk,
        )
        found.extend(cursor.fetchall())
    return found


def all_postings() -> Iterator[tuple[str, int]]:
    """Every (key, person id), in key order (the duplicate scan blocks on them)."""
    return iter(records.db.execute_sql('SELECT "key", "person_id" FROM "search_key"'))


def vocabulary_tokens() -> list[str]:
    """Keys that are name tokens (the ones the vocabulary expands by edit distance)."""
    cursor = records.db.execute_sql(
        'SELECT "key" FROM "search_vocab" WHERE "kind" = ?', (int(KeyKind.TOKEN),)
    )
    return [key for (key,) in cursor]


# --- the in-memory index ---------------------------------------------------------------------
# Loaded on the first search of a session, then kept current in place by namekeys (which tells
# apply_reindex what it wrote). A generation number in search_meta, bumped with every
# reindex in the same transaction, tells a stale cache (another connection or process wrote,
# or a transaction that had updated the cache was rolled back) from a current one.

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
                Postings.from_rows(
                    records.db.execute_sql('SELECT "key", "person_id" FROM "search_key"')
                ),
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


def _load_names() -> dict[int, str]:
    cursor = records.db.execute_sql(
        'SELECT "person_id", "name_id", "folded" FROM "search_name" ORDER BY "person_id"'
    )
    names: dict[int, str] = {}
    current, variants = None, []
    for person_id, name_id, folded in cursor:
        if person_id != current:
            if variants:
                names[current] = pack_names(variants)
            current, variants = person_id, []
        variants.append((name_id, folded))
    if variants:
        names[current] = pack_names(variants)
    return names


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


def forget() -> None:
    """Drop the in-memory index (on lock: it holds every name token of the vault)."""
    global _cache
    with _cache_lock:
        _cache = None


def data_version() -> int:
    """Grows with every operation (edits, undo, imports, demo data): when to reload places."""
    return records.db.execute_sql('SELECT MAX("id") FROM "operation_record"').fetchone()[0] or 0


# --- what is shown of a hit ------------------------------------------------------------------


def names_of(person_ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    """(name id, text) per person, in the order the case file lists them."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for chunk in _chunks(list(person_ids)):
        cursor = records.db.execute_sql(
            'SELECT "person_id", "id", "text" FROM "name_record"'
            f' WHERE "person_id" IN ({_marks(chunk)}) ORDER BY "person_id", "position", "id"',
            chunk,
        )
        for person_id, name_id, text in cursor:
            found[person_id].append((name_id, text))
    return found


def folded_names(person_ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
    """(name text, folded name) per person, in the order the case file lists them."""
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for chunk in _chunks(list(person_ids)):
        cursor = records.db.execute_sql(
            'SELECT n."person_id", n."text", f."folded" FROM "name_record" n'
            ' JOIN "search_name" f ON f."name_id" = n."id"'
            f' WHERE n."person_id" IN ({_marks(chunk)})'
            ' ORDER BY n."person_id", n."position", n."id"',
            chunk,
        )
        for person_id, text, folded in cursor:
            found[person_id].append((text, folded))
    return found


def summaries(person_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """person id -> (ref, current status)."""
    found: dict[int, tuple[str, str]] = {}
    for chunk in _chunks(list(person_ids)):
        cursor = records.db.execute_sql(
            f'SELECT "id", "ref", "current_status" FROM "person_record" WHERE "id" IN'
            f" ({_marks(chunk)})",
            chunk,
        )
        for person_id, ref, status in cursor:
            found[person_id] = (ref, status)
    return found


# --- refs, identifiers, phones ---------------------------------------------------------------


def person_by_ref(ref: str) -> int | None:
    row = records.db.execute_sql(
        'SELECT "id" FROM "person_record" WHERE "ref" = ?', (ref,)
    ).fetchone()
    return row[0] if row else None


def person_by_uuid(uuid: str) -> int | None:
    row = records.db.execute_sql(
        'SELECT "id" FROM "person_record" WHERE "uuid" = ?', (uuid,)
    ).fetchone()
    return row[0] if row else None


def setting(key: str) -> str | None:
    row = records.db.execute_sql(
        'SELECT "value" FROM "setting_record" WHERE "key" = ?', (key,)
    ).fetchone()
    return row[0] if row else None


def persons_by_identifier(value: str) -> list[tuple[int, str]]:
    """(person id, stored value) for an identifier stored exactly as ``value``."""
    cursor = records.db.execute_sql(
        'SELECT "person_id", "value" FROM "identifier_record" WHERE "value" = ?', (value,)
    )
    return list(cursor)


_NOT_DIGIT = re.compile(r"\D")


def phone_tail(phone: str) -> str:
    """The digits compared (the last nine), or "" for text that is not a phone number."""
    digits = _NOT_DIGIT.sub("", phone)
    return digits[-PHONE_TAIL:] if len(digits) >= PHONE_TAIL else ""


def persons_by_phone_tail(tails: Sequence[str]) -> list[tuple[int, str]]:
    """(person id, reporter phone as stored) for reporters whose phone ends in one of ``tails``."""
    found: list[tuple[int, str]] = []
    for chunk in _chunks(list(tails)):
        cursor = records.db.execute_sql(
            'SELECT l."person_id", r."phone" FROM "reporter_record" r'
            ' JOIN "person_reporter_record" l ON l."reporter_id" = r."id"'
            f" WHERE substr({PHONE_DIGITS}, -{PHONE_TAIL}) IN ({_marks(chunk)})",
            chunk,
        )
        found.extend(cursor.fetchall())
    return found


def reporter_phones(person_ids: Sequence[int] | None = None) -> list[tuple[int, str]]:
    """(person id, phone) of every reporter link with a phone, or of these persons only."""
    sql = (
        'SELECT l."person_id", r."phone" FROM "person_reporter_record" l'
        ' JOIN "reporter_record" r ON r."id" = l."reporter_id" WHERE r."phone" != \'\''
    )
    if person_ids is None:
        return list(records.db.execute_sql(sql))
    found: list[tuple[int, str]] = []
    for chunk in _chunks(list(person_ids)):
        cursor = records.db.execute_sql(sql + f' AND l."person_id" IN ({_marks(chunk)})', chunk)
        found.extend(cursor.fetchall())
    return found


# --- places ------------------------------------------------------------------------------------


def hometowns() -> list[str]:
    cursor = records.db.execute_sql(
        'SELECT DISTINCT "hometown" FROM "person_record" WHERE "hometown" != \'\''
    )
    return [hometown for (hometown,) in cursor]


def persons_from(hometowns: Sequence[str], limit: int) -> list[tuple[int, str]]:
    """(person id, hometown) of persons from these hometowns, at most ``limit``."""
    if not hometowns:
        return []
    cursor = records.db.execute_sql(
        f'SELECT "id", "hometown" FROM "person_record" WHERE "hometown" IN ({_marks(hometowns)})'
        ' ORDER BY "id" LIMIT ?',
        [*hometowns, limit],
    )
    return list(cursor)


def facilities() -> list[tuple[int, str, str]]:
    """(id, name, other names) of every facility."""
    cursor = records.db.execute_sql('SELECT "id", "name", "other_names" FROM "facility_record"')
    return list(cursor)


def persons_held_at(facility_ids: Sequence[int], limit: int) -> list[tuple[int, int]]:
    """(person id, facility id) of persons with an event at one of these facilities."""
    if not facility_ids:
        return []
    cursor = records.db.execute_sql(
        'SELECT "person_id", MIN("facility_id") FROM "status_event_record"'
        f' WHERE "facility_id" IN ({_marks(facility_ids)}) GROUP BY "person_id"'
        ' ORDER BY "person_id" LIMIT ?',
        [*facility_ids, limit],
    )
    return list(cursor)


# --- facts the duplicate check weighs ---------------------------------------------------------


def person_facts(person_ids: Sequence[int] | None = None) -> list[tuple]:
    """(id, ref, sex, birth_lower, birth_upper, birth_date, age_min, age_max, created_at,
    hometown) per person, of every person or of these persons."""
    sql = (
        'SELECT "id", "ref", "sex", "birth_lower", "birth_upper", "birth_date", "age_min",'
        ' "age_max", "created_at", "hometown" FROM "person_record"'
    )
    if person_ids is None:
        return list(records.db.execute_sql(sql))
    found: list[tuple] = []
    for chunk in _chunks(list(person_ids)):
        found.extend(records.db.execute_sql(sql + f' WHERE "id" IN ({_marks(chunk)})', chunk))
    return found


def identifiers(person_ids: Sequence[int] | None = None) -> list[tuple[int, str, str]]:
    """(person id, kind, value) of identifiers, of every person or of these persons."""
    sql = 'SELECT "person_id", "kind", "value" FROM "identifier_record"'
    if person_ids is None:
        return list(records.db.execute_sql(sql))
    found: list[tuple[int, str, str]] = []
    for chunk in _chunks(list(person_ids)):
        found.extend(
            records.db.execute_sql(sql + f' WHERE "person_id" IN ({_marks(chunk)})', chunk)
        )
    return found


def all_folded_names() -> Iterator[tuple[int, str, str]]:
    """(person id, name text, folded name) of every name variant."""
    return iter(
        records.db.execute_sql(
            'SELECT n."person_id", n."text", f."folded" FROM "name_record" n'
            ' JOIN "search_name" f ON f."name_id" = n."id"'
        )
    )
