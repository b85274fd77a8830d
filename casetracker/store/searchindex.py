"""Read side of search: the SQL behind services/searching.py and services/duplicates.py (the
in-memory copy of the key index is store/searchcache.py).

Every query here is shaped for an index (see migration 3) and returns plain tuples; ranking
happens above, in search/ and the services. Keys and ids are passed in chunks below SQLite's
variable limit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

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
    """(person id, hometown) of up to ``limit`` persons from these hometowns."""
    if not hometowns:
        return []
    cursor = records.db.execute_sql(
        f'SELECT "id", "hometown" FROM "person_record" WHERE "hometown" IN ({_marks(hometowns)})'
        " LIMIT ?",
        [*hometowns, limit],
    )
    return list(cursor)


def facilities() -> list[tuple[int, str, str]]:
    """(id, name, other names) of every facility."""
    cursor = records.db.execute_sql('SELECT "id", "name", "other_names" FROM "facility_record"')
    return list(cursor)


def persons_held_at(facility_ids: Sequence[int], limit: int) -> list[tuple[int, int]]:
    """(person id, facility id) of up to ``limit`` persons with an event at these facilities.

    Read through the facility index and cut off in Python: grouping every event of a large
    camp first would cost as much as the whole search.
    """
    if not facility_ids:
        return []
    cursor = records.db.execute_sql(
        'SELECT "person_id", "facility_id" FROM "status_event_record"'
        f' WHERE "facility_id" IN ({_marks(facility_ids)})',
        list(facility_ids),
    )
    found: dict[int, int] = {}
    for person_id, facility_id in cursor:
        found.setdefault(person_id, facility_id)
        if len(found) >= limit:
            break
    return list(found.items())


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
