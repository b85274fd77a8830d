"""The case list: matching ids in one query, row data fetched a page at a time.

The GUI's table model holds the id list (so its row count is right at once) and asks `rows`
for about 200 rows at a time (Anki's browser, Gramps' flat views). Filters and sorting run in SQL.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import orjson
from peewee import JOIN, SQL, NodeList, fn

from casetracker.domain.entities import PersonRow
from casetracker.domain.enums import NameKind, Script, Status
from casetracker.domain.names import NameVariant
from casetracker.services.readers import fuzzy_or_none
from casetracker.services.session import Session
from casetracker.store.records import (
    InteractionPersonRecord,
    InteractionRecord,
    NameRecord,
    PersonRecord,
    PersonReporterRecord,
    StatusEventRecord,
)

PAGE = 200
#: A typed query lists its best matches only: ranking every case that shares a common name
#: (5,000+ "Nurzhan" at 100,000 people) took 250 ms per keystroke for rows nobody scrolls to.
SEARCH_LIMIT = 500


class SortKey(StrEnum):
    REF = "ref"
    NAME = "name"
    STATUS = "status"
    SINCE = "since"
    HOMETOWN = "hometown"
    LAST_ACTION = "last_action"
    NEXT_FOLLOW_UP = "next_follow_up"
    RELEVANCE = "relevance"


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    statuses: frozenset[Status] = field(default_factory=frozenset)
    ethnicity: str = ""
    hometown: str = ""
    since_from: dt.date | None = None
    since_to: dt.date | None = None
    follow_up_due: bool = False
    incomplete: bool = False

    @property
    def is_empty(self) -> bool:
        return self == CaseFilter()


def _last_action():
    return (
        InteractionRecord.select(fn.MAX(fn.COALESCE(InteractionRecord.date_lower, "")))
        .join(InteractionPersonRecord)
        .where(InteractionPersonRecord.person == PersonRecord.id)
    )


def _next_follow_up():
    return (
        InteractionRecord.select(fn.MIN(InteractionRecord.follow_up_due))
        .join(InteractionPersonRecord)
        .where(
            (InteractionPersonRecord.person == PersonRecord.id) & ~InteractionRecord.follow_up_done
        )
    )


_SORT_COLUMNS = {
    SortKey.REF: lambda: PersonRecord.ref,
    SortKey.NAME: lambda: PersonRecord.sort_name,
    SortKey.STATUS: lambda: PersonRecord.current_status,
    SortKey.SINCE: lambda: PersonRecord.status_sort,
    SortKey.HOMETOWN: lambda: PersonRecord.hometown,
    # a subquery has no .asc()/.desc(): wrapped as a node list it sorts like a column
    SortKey.LAST_ACTION: lambda: NodeList((_last_action(),)),
    SortKey.NEXT_FOLLOW_UP: lambda: NodeList((_next_follow_up(),)),
}


def _where(flt: CaseFilter, today: dt.date):
    conditions = []
    if flt.statuses:
        conditions.append(PersonRecord.current_status.in_([s.value for s in flt.statuses]))
    if flt.ethnicity:
        conditions.append(PersonRecord.ethnicity == flt.ethnicity)
    if flt.hometown:
        conditions.append(PersonRecord.hometown.contains(flt.hometown))
    if flt.since_from:
        conditions.append(PersonRecord.status_sort >= flt.since_from.isoformat())
    if flt.since_to:
        conditions.append(PersonRecord.status_sort <= flt.since_to.isoformat())
    if flt.follow_up_due:
        due = (
            InteractionPersonRecord.select(InteractionPersonRecord.person)
            .join(InteractionRecord)
            .where(
                InteractionRecord.follow_up_due.is_null(False)
                & (InteractionRecord.follow_up_due <= today.isoformat())
                & ~InteractionRecord.follow_up_done
            )
        )
        conditions.append(PersonRecord.id.in_(due))
    if flt.incomplete:
        no_events = ~fn.EXISTS(
            StatusEventRecord.select().where(StatusEventRecord.person == PersonRecord.id)
        )
        no_reporter = ~fn.EXISTS(
            PersonReporterRecord.select().where(PersonReporterRecord.person == PersonRecord.id)
        )
        conditions.append(
            (PersonRecord.hometown == "")
            | ((PersonRecord.birth_date == "") & PersonRecord.age_min.is_null())
            | no_events
            | no_reporter
        )
    return conditions


def query_ids(
    session: Session,
    flt: CaseFilter = CaseFilter(),
    sort: SortKey = SortKey.REF,
    descending: bool = False,
    *,
    today: dt.date | None = None,
) -> list[int]:
    """Every matching case id in display order (one query; cheap even at 100,000)."""
    ranked: list[int] | None = None
    if flt.text.strip():
        from casetracker.services import searching

        ranked = [hit.person_id for hit in searching.search(session, flt.text, limit=SEARCH_LIMIT)]
        if not ranked:
            return []
    query = PersonRecord.select(PersonRecord.id)
    for condition in _where(flt, today or dt.date.today()):
        query = query.where(condition)
    if ranked is not None:
        query = query.where(PersonRecord.id.in_(ranked))
        if sort is SortKey.RELEVANCE:
            allowed = {pid for (pid,) in query.tuples()}
            ordered = [pid for pid in ranked if pid in allowed]
            return ordered[::-1] if descending else ordered
    return _id_list(_ordered(query, sort, descending))


def _ordered(query, sort: SortKey, descending: bool):
    column = _SORT_COLUMNS.get(sort, _SORT_COLUMNS[SortKey.REF])()
    order = column.desc(nulls="LAST") if descending else column.asc(nulls="LAST")
    return query.order_by(order, PersonRecord.id)


def _id_list(query) -> list[int]:
    """The ids a one-column query selects, in its order, as one JSON array built by SQLite.

    Why: fetched row by row through peewee, 100,000 ids took 0.12 s, and 25 ms straight from
    the cursor; one `json_group_array` parsed by orjson takes 8 ms. This query is on the way to
    the first paint of the case list and runs again at every sort and filter. The subquery keeps
    its ORDER BY (SQLite never flattens an ordered subquery into an aggregate: it feeds it as a
    co-routine, in order); tests/services/test_caselist_order.py checks it for every sort key.
    """
    sql, params = query.sql()
    cursor = PersonRecord._meta.database.execute_sql(
        f"SELECT json_group_array(id) FROM ({sql})", params
    )
    return orjson.loads(cursor.fetchone()[0])


def rows(session: Session, ids: Sequence[int]) -> list[PersonRow]:
    """Row data for these ids, in the same order (one page of the list).

    The ids go to SQLite as one JSON array (`json_each`) and the rows come back as plain
    tuples: building four 200-value IN lists and wrapping every row through peewee was half
    of the 13 ms a page took, and the first page is on the way to the list's first paint."""
    ids = list(ids)
    if not ids:
        return []
    database = PersonRecord._meta.database
    wanted = SQL("(SELECT value FROM json_each(?))", (orjson.dumps(ids).decode(),))
    names: dict[int, list[NameVariant]] = defaultdict(list)
    name_query = (
        NameRecord.select(NameRecord.person, NameRecord.text, NameRecord.script, NameRecord.kind)
        .where(NameRecord.person.in_(wanted))
        .order_by(NameRecord.person, NameRecord.position)
    )
    for pid, text, script, kind in database.execute(name_query):
        names[pid].append(NameVariant(text, Script(script), NameKind(kind)))
    last: dict[int, tuple[str, str]] = {}
    action_query = (
        InteractionPersonRecord.select(
            InteractionPersonRecord.person,
            InteractionRecord.kind,
            InteractionRecord.date,
            InteractionRecord.date_lower,
        )
        .join(InteractionRecord, JOIN.INNER)
        .where(InteractionPersonRecord.person.in_(wanted))
        .order_by(InteractionRecord.date_lower)
    )
    for pid, kind, date, _lower in database.execute(action_query):
        last[pid] = (kind, date)
    follow_query = (
        InteractionPersonRecord.select(
            InteractionPersonRecord.person, fn.MIN(InteractionRecord.follow_up_due)
        )
        .join(InteractionRecord)
        .where(
            InteractionPersonRecord.person.in_(wanted)
            & InteractionRecord.follow_up_due.is_null(False)
            & ~InteractionRecord.follow_up_done
        )
        .group_by(InteractionPersonRecord.person)
    )
    follow: dict[int, str] = dict(database.execute(follow_query))
    people_query = PersonRecord.select(
        PersonRecord.id,
        PersonRecord.ref,
        PersonRecord.current_status,
        PersonRecord.status_date,
        PersonRecord.hometown,
        PersonRecord.ethnicity,
    ).where(PersonRecord.id.in_(wanted))
    people = {row[0]: row for row in database.execute(people_query)}
    result = []
    for pid in ids:
        person = people.get(pid)
        if person is None:
            continue
        _id, ref, status, status_date, hometown, ethnicity = person
        action = last.get(pid)
        result.append(
            PersonRow(
                id=pid,
                ref=ref,
                names=tuple(names.get(pid, ())),
                status=Status(status),
                status_date=fuzzy_or_none(status_date),
                hometown=hometown,
                ethnicity=ethnicity,
                last_action=action[0] if action else "",
                last_action_date=fuzzy_or_none(action[1]) if action else None,
                next_follow_up=dt.date.fromisoformat(follow[pid]) if pid in follow else None,
            )
        )
    return result


def count(session: Session) -> int:
    return PersonRecord.select().count()


def hometowns(session: Session) -> list[str]:
    query = (
        PersonRecord.select(PersonRecord.hometown)
        .where(PersonRecord.hometown != "")
        .distinct()
        .order_by(PersonRecord.hometown)
        .tuples()
    )
    return [h for (h,) in query]
