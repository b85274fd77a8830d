"""Figures for the overview screen: counts by status, place and ethnicity, trends, stale cases.

Read-only aggregation in a handful of grouped queries (never one read per case), so the overview
stays quick on a vault of 100,000 cases and can run on a worker thread. Every result is a frozen
dataclass; words and colours for the figures belong to the GUI.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from peewee import fn

from casetracker.domain.enums import HELD_STATUSES, NameKind, Script, Status
from casetracker.domain.fuzzydate import FuzzyDate
from casetracker.domain.names import NameVariant
from casetracker.services.readers import fuzzy_or_none
from casetracker.services.session import Session
from casetracker.store.records import NameRecord, PersonRecord, StatusEventRecord

#: Out of detention in some form: the "released" tile and the releases-over-time chart.
RELEASE_STATUSES = frozenset(
    {Status.EXIT_BANNED, Status.RELEASED, Status.LEFT_CHINA, Status.ARRIVED_KZ}
)
#: Whereabouts not known: the "unknown" tile.
UNKNOWN_STATUSES = frozenset({Status.DISAPPEARED, Status.UNKNOWN})
#: Cases nobody needs fresh news for: left out of the "not confirmed" list.
SETTLED_STATUSES = frozenset({Status.DIED, Status.ARRIVED_KZ})

_CHUNK = 500  # ids per `IN (...)`, well under SQLite's variable limit


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True)
class Totals:
    """The overview tiles: every case counted once by its current status."""

    total: int
    held: int
    released: int
    died: int
    unknown: int


@dataclass(frozen=True)
class LabelCount:
    """One bar of a ranking; `label` is the stored text ("" means not recorded)."""

    label: str
    count: int


@dataclass(frozen=True)
class PeriodCount:
    """One period of a time series; `by_status` splits `count` when the series has statuses."""

    start: dt.date
    period: Period
    count: int
    by_status: tuple[tuple[Status, int], ...] = ()

    @property
    def key(self) -> str:
        """Neutral text of the period: 2024, 2024-Q2 or 2024-03 (the GUI formats its own)."""
        if self.period is Period.YEAR:
            return f"{self.start.year}"
        if self.period is Period.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.year}-{self.start.month:02d}"

    def of(self, status: Status) -> int:
        return dict(self.by_status).get(status, 0)


@dataclass(frozen=True)
class UnconfirmedCase:
    """A case with no news for too long: what the list shows, and when it was last confirmed."""

    id: int
    ref: str
    names: tuple[NameVariant, ...]
    status: Status
    status_date: FuzzyDate | None
    hometown: str
    last_confirmed: dt.date


# -- counts ------------------------------------------------------------------------------------


def counts_by_status(session: Session) -> dict[Status, int]:
    """Cases per current status, every status present (zero when none), in the enum's order."""
    query = (
        PersonRecord.select(PersonRecord.current_status, fn.COUNT(PersonRecord.id))
        .group_by(PersonRecord.current_status)
        .tuples()
    )
    found = dict(query)
    return {status: found.get(status.value, 0) for status in Status}


def totals(session: Session, by_status: dict[Status, int] | None = None) -> Totals:
    """The tiles; pass `by_status` when it has just been read to save a query."""
    counts = by_status if by_status is not None else counts_by_status(session)

    def total_of(statuses: Iterable[Status]) -> int:
        return sum(counts.get(s, 0) for s in statuses)

    return Totals(
        total=sum(counts.values()),
        held=total_of(HELD_STATUSES),
        released=total_of(RELEASE_STATUSES),
        died=counts.get(Status.DIED, 0),
        unknown=total_of(UNKNOWN_STATUSES),
    )


def _ranking(column, limit: int | None, *, skip_empty: bool) -> list[LabelCount]:
    number = fn.COUNT(PersonRecord.id)
    query = PersonRecord.select(column, number).group_by(column)
    if skip_empty:
        query = query.where(column != "")
    query = query.order_by(number.desc(), column)
    if limit is not None:
        query = query.limit(limit)
    return [LabelCount(label or "", count) for label, count in query.tuples()]


def counts_by_hometown(session: Session, limit: int = 15) -> list[LabelCount]:
    """The `limit` hometowns with most cases, most first (cases without one are left out)."""
    return _ranking(PersonRecord.hometown, limit, skip_empty=True)


def counts_by_ethnicity(session: Session) -> list[LabelCount]:
    """Cases per ethnicity, most first; label "" counts cases where it is not recorded."""
    return _ranking(PersonRecord.ethnicity, None, skip_empty=False)


def distinct_hometowns(session: Session) -> int:
    query = PersonRecord.select(fn.COUNT(fn.DISTINCT(PersonRecord.hometown)))
    return query.where(PersonRecord.hometown != "").scalar() or 0


# -- time series -------------------------------------------------------------------------------


def _period_start(day: dt.date, period: Period) -> dt.date:
    if period is Period.YEAR:
        return dt.date(day.year, 1, 1)
    if period is Period.QUARTER:
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return dt.date(day.year, day.month, 1)


def _next_period(start: dt.date, period: Period) -> dt.date:
    months = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}[period]
    index = start.year * 12 + start.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _periods(first: dt.date, last: dt.date, period: Period) -> list[dt.date]:
    starts, current = [], _period_start(first, period)
    while current <= last:
        starts.append(current)
        current = _next_period(current, period)
    return starts


def _months_back(today: dt.date, months: int) -> dt.date:
    index = today.year * 12 + today.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def new_cases_by_month(
    session: Session, months: int = 24, *, today: dt.date | None = None
) -> list[PeriodCount]:
    """Cases recorded (created_at) per month, the last `months` months up to `today`'s month."""
    today = today or dt.date.today()
    first = _months_back(today, months - 1)
    month = fn.SUBSTR(PersonRecord.created_at, 1, 7)
    query = (
        PersonRecord.select(month, fn.COUNT(PersonRecord.id))
        .where(PersonRecord.created_at >= dt.datetime.combine(first, dt.time()))
        .group_by(month)
        .tuples()
    )
    found = {key: count for key, count in query}
    return [
        PeriodCount(start, Period.MONTH, found.get(f"{start.year}-{start.month:02d}", 0))
        for start in _periods(first, today, Period.MONTH)
    ]


def events_by_period(
    session: Session,
    status_set: Iterable[Status] = RELEASE_STATUSES,
    *,
    period: Period = Period.YEAR,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[PeriodCount]:
    """Status events with these statuses per period of their date's lower bound, split by status.

    Periods run from the first to the last one with an event (or `since`..`until`), gaps
    included as zeros; events whose date has no lower bound ("before 2019") are left out.
    """
    wanted = sorted({Status(s) for s in status_set}, key=list(Status).index)
    month = fn.SUBSTR(StatusEventRecord.date_lower, 1, 7)
    query = (
        StatusEventRecord.select(StatusEventRecord.status, month, fn.COUNT(StatusEventRecord.id))
        .where(
            StatusEventRecord.status.in_([s.value for s in wanted])
            & StatusEventRecord.date_lower.is_null(False)
        )
        .group_by(StatusEventRecord.status, month)
        .tuples()
    )
    buckets: dict[dt.date, dict[Status, int]] = defaultdict(lambda: defaultdict(int))
    for status, key, count in query:
        start = _period_start(dt.date(int(key[:4]), int(key[5:7]), 1), period)
        buckets[start][Status(status)] += count
    if not buckets and (since is None or until is None):
        return []
    first = _period_start(since, period) if since else min(buckets)
    last = until or max(buckets)
    return [
        PeriodCount(
            start,
            period,
            sum(buckets[start].values()) if start in buckets else 0,
            tuple((s, buckets[start][s] if start in buckets else 0) for s in wanted),
        )
        for start in _periods(first, last, period)
    ]


# -- cases without recent news -----------------------------------------------------------------


@lru_cache(maxsize=4096)
def _confirmed_on(date_text: str) -> dt.date | None:
    """The latest day a status date can mean ("2018" -> 31 Dec 2018); open ends use the start."""
    date = fuzzy_or_none(date_text)
    if date is None:
        return None
    return date.upper or date.lower


def _subtract_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    for length in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, length)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _last_recorded(person_ids: list[int]) -> dict[int, dt.date]:
    """When the newest event of each case was recorded (for cases whose status is undated)."""
    result: dict[int, dt.date] = {}
    for offset in range(0, len(person_ids), _CHUNK):
        chunk = person_ids[offset : offset + _CHUNK]
        query = (
            StatusEventRecord.select(
                StatusEventRecord.person, fn.MAX(StatusEventRecord.recorded_at)
            )
            .where(StatusEventRecord.person.in_(chunk))
            .group_by(StatusEventRecord.person)
            .tuples()
        )
        for pid, at in query:
            stamp = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
            result[pid] = stamp.date()
    return result


def _names(person_ids: list[int]) -> dict[int, list[NameVariant]]:
    names: dict[int, list[NameVariant]] = defaultdict(list)
    for offset in range(0, len(person_ids), _CHUNK):
        chunk = person_ids[offset : offset + _CHUNK]
        query = (
            NameRecord.select(
                NameRecord.person, NameRecord.text, NameRecord.script, NameRecord.kind
            )
            .where(NameRecord.person.in_(chunk))
            .order_by(NameRecord.person, NameRecord.position)
            .tuples()
        )
        for pid, text, script, kind in query:
            names[pid].append(NameVariant(text, Script(script), NameKind(kind)))
    return names


def _stale(session: Session, months: int, today: dt.date | None):
    """(ids oldest first, the person rows by id, the day each was last confirmed)."""
    cutoff = _subtract_months(today or dt.date.today(), months)
    query = (
        PersonRecord.select(
            PersonRecord.id,
            PersonRecord.ref,
            PersonRecord.current_status,
            PersonRecord.status_date,
            PersonRecord.hometown,
            PersonRecord.created_at,
        )
        .where(PersonRecord.current_status.not_in([s.value for s in SETTLED_STATUSES]))
        .tuples()
    )
    people = {row[0]: row for row in query}
    confirmed = {pid: _confirmed_on(row[3]) for pid, row in people.items() if row[3]}
    undated = [pid for pid in people if confirmed.get(pid) is None]
    recorded = _last_recorded(undated)
    for pid in undated:
        created = people[pid][5]
        if not isinstance(created, dt.datetime):
            created = dt.datetime.fromisoformat(str(created))
        confirmed[pid] = recorded.get(pid) or created.date()
    stale = sorted(
        (pid for pid, day in confirmed.items() if day < cutoff),
        key=lambda pid: (confirmed[pid], people[pid][1]),
    )
    return stale, people, confirmed


def not_confirmed_since(
    session: Session, months: int = 6, today: dt.date | None = None, *, limit: int | None = None
) -> list[UnconfirmedCase]:
    """Cases whose current status was last confirmed more than `months` months ago, oldest first.

    "Confirmed" is the latest day the current status date can mean; when that status is undated,
    the day its newest event was recorded; a case without events counts from its creation.
    Died and arrived-in-Kazakhstan cases are left out: there is no news left to chase.
    """
    stale, people, confirmed = _stale(session, months, today)
    return _unconfirmed(stale if limit is None else stale[:limit], people, confirmed)


def _unconfirmed(stale: list[int], people: dict, confirmed: dict) -> list[UnconfirmedCase]:
    names = _names(stale)
    return [
        UnconfirmedCase(
            id=pid,
            ref=people[pid][1],
            names=tuple(names.get(pid, ())),
            status=Status(people[pid][2]),
            status_date=fuzzy_or_none(people[pid][3]),
            hometown=people[pid][4],
            last_confirmed=confirmed[pid],
        )
        for pid in stale
    ]


def count_not_confirmed(session: Session, months: int = 6, today: dt.date | None = None) -> int:
    """How many cases `not_confirmed_since` lists, without reading their names."""
    return len(_stale(session, months, today)[0])


# -- everything the overview shows, in one call (run on a worker thread) ------------------------


@dataclass(frozen=True)
class Snapshot:
    totals: Totals
    by_status: tuple[tuple[Status, int], ...]
    hometowns: tuple[LabelCount, ...]
    hometown_count: int
    ethnicities: tuple[LabelCount, ...]
    new_cases: tuple[PeriodCount, ...]
    releases: tuple[PeriodCount, ...]
    not_confirmed: tuple[UnconfirmedCase, ...]
    not_confirmed_total: int
    today: dt.date


def snapshot(
    session: Session, today: dt.date | None = None, *, months: int = 6, list_limit: int = 500
) -> Snapshot:
    """Every figure of the overview screen (the list capped at `list_limit` oldest cases)."""
    today = today or dt.date.today()
    by_status = counts_by_status(session)
    stale, people, confirmed = _stale(session, months, today)
    return Snapshot(
        totals=totals(session, by_status),
        by_status=tuple(by_status.items()),
        hometowns=tuple(counts_by_hometown(session)),
        hometown_count=distinct_hometowns(session),
        ethnicities=tuple(counts_by_ethnicity(session)),
        new_cases=tuple(new_cases_by_month(session, today=today)),
        releases=tuple(events_by_period(session, RELEASE_STATUSES, until=today)),
        not_confirmed=tuple(_unconfirmed(stale[:list_limit], people, confirmed)),
        not_confirmed_total=len(stale),
        today=today,
    )
