"""The case list's id query: SQLite hands back the ids as one JSON array, in the query's order."""

from __future__ import annotations

import pytest

from casetracker.domain.enums import Status
from casetracker.services import caselist, demo
from casetracker.services.caselist import CaseFilter, SortKey
from casetracker.store.records import PersonRecord

SORTS = [key for key in SortKey if key is not SortKey.RELEVANCE]


@pytest.fixture
def people(session):
    demo.generate(session, people=60, photos=0)
    return session


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORTS)
def test_ids_come_in_the_order_the_query_sorts_them(people, sort, descending):
    query = caselist._ordered(PersonRecord.select(PersonRecord.id), sort, descending)
    row_by_row = [pid for (pid,) in query.tuples()]
    assert caselist._id_list(query) == row_by_row
    assert caselist.query_ids(people, CaseFilter(), sort, descending) == row_by_row
    if sort is SortKey.NAME:
        assert row_by_row != sorted(row_by_row)  # the order really is the query's


def test_a_filter_that_matches_nothing_gives_no_ids(people):
    assert caselist.query_ids(people, CaseFilter(hometown="no such place")) == []
    died = caselist.query_ids(people, CaseFilter(statuses=frozenset({Status.DIED})))
    assert died and {row.status for row in caselist.rows(people, died)} == {Status.DIED}
