"""The overview figures against a real vault: hand-made cases for exact numbers, demo data for
consistency at scale."""

from __future__ import annotations

import datetime as dt

import pytest

from casetracker.domain.enums import HELD_STATUSES, Status
from casetracker.services import caselist, cases, demo, overview, statuses
from casetracker.services.overview import Period


def _case(session, name="Erlan", **fields) -> int:
    return cases.create(session, names=[name], **fields).created_ids[0]


def _with_events(session, *events, **fields) -> int:
    pid = _case(session, **fields)
    for status, date in events:
        statuses.add_event(session, pid, status, date=date)
    return pid


@pytest.fixture
def small(session):
    """Five cases whose figures are known by heart."""
    ids = {
        "camp": _with_events(
            session, ("detained_camp", "2018-04"), hometown="Tekes", ethnicity="kazakh"
        ),
        "prison": _with_events(
            session,
            ("detained_camp", "2017"),
            ("imprisoned", "2019-05"),
            hometown="Tekes",
            ethnicity="kazakh",
        ),
        "left": _with_events(
            session,
            ("detained_camp", "2017"),
            ("released_exit_banned", "2019-21"),
            ("left_china", "2020-11-02"),
            hometown="Ghulja",
            ethnicity="uyghur",
        ),
        "died": _with_events(session, ("died", "2021"), hometown="Altay"),
        "nothing": _case(session),
    }
    return ids


def test_counts_by_status_lists_every_status_and_adds_up(session, small):
    counts = overview.counts_by_status(session)
    assert list(counts) == list(Status)
    assert counts[Status.DETAINED_CAMP] == 1
    assert counts[Status.IMPRISONED] == 1
    assert counts[Status.LEFT_CHINA] == 1
    assert counts[Status.DIED] == 1
    assert counts[Status.UNKNOWN] == 1
    assert counts[Status.RELEASED] == 0
    assert sum(counts.values()) == caselist.count(session) == 5


def test_totals_group_the_statuses_like_the_tiles(session, small):
    assert overview.totals(session) == overview.Totals(
        total=5, held=2, released=1, died=1, unknown=1
    )


def test_hometowns_rank_most_first_and_skip_blanks(session, small):
    ranking = overview.counts_by_hometown(session)
    assert ranking[0] == overview.LabelCount("Tekes", 2)
    assert {r.label for r in ranking} == {"Tekes", "Ghulja", "Altay"}
    assert overview.counts_by_hometown(session, limit=1) == [overview.LabelCount("Tekes", 2)]
    assert overview.distinct_hometowns(session) == 3


def test_ethnicity_counts_include_not_recorded(session, small):
    counts = {r.label: r.count for r in overview.counts_by_ethnicity(session)}
    assert counts == {"kazakh": 2, "uyghur": 1, "": 2}


def test_new_cases_by_month_covers_the_window_up_to_today(session, small):
    today = dt.date.today()
    months = overview.new_cases_by_month(session, months=24, today=today)
    assert len(months) == 24
    assert months[-1].start == today.replace(day=1)
    assert months[-1].count == 5
    assert sum(m.count for m in months) == 5
    assert months[0].key == f"{months[0].start.year}-{months[0].start.month:02d}"
    later = overview.new_cases_by_month(session, months=3, today=today + dt.timedelta(days=120))
    assert [m.count for m in later] == [0, 0, 0]


def test_events_by_year_split_by_status_with_gaps_filled(session, small):
    _with_events(session, ("released", "../2022"))  # no lower bound: not placed in a year
    years = overview.events_by_period(session, overview.RELEASE_STATUSES)
    assert [y.key for y in years] == ["2019", "2020"]
    assert years[0].of(Status.EXIT_BANNED) == 1 and years[0].count == 1
    assert years[1].of(Status.LEFT_CHINA) == 1
    extended = overview.events_by_period(
        session, {Status.LEFT_CHINA}, since=dt.date(2018, 6, 1), until=dt.date(2021, 1, 1)
    )
    assert [(y.key, y.count) for y in extended] == [
        ("2018", 0),
        ("2019", 0),
        ("2020", 1),
        ("2021", 0),
    ]


def test_events_by_quarter_use_the_date_lower_bound(session, small):
    quarters = overview.events_by_period(session, overview.RELEASE_STATUSES, period=Period.QUARTER)
    keys = {q.key: q.count for q in quarters}
    assert keys["2019-Q1"] == 1  # spring 2019 starts in March
    assert keys["2020-Q4"] == 1
    assert keys["2019-Q3"] == 0
    assert quarters[0].key == "2019-Q1" and quarters[-1].key == "2020-Q4"


def test_not_confirmed_lists_stale_cases_oldest_first(session, small):
    today = dt.date(2026, 11, 28)
    recent = _with_events(session, ("house_arrest", "2026-10"))
    edge = _with_events(session, ("house_arrest", "2026-05"))  # ends 31 May, after 28 May
    just_over = _with_events(session, ("house_arrest", "2026-04"))
    arrived = _with_events(session, ("arrived_kazakhstan", "2016"))
    found = overview.not_confirmed_since(session, 6, today)
    ids = [c.id for c in found]
    assert ids[:3] == [small["camp"], small["prison"], small["left"]]
    assert just_over in ids
    for absent in (recent, edge, arrived, small["died"], small["nothing"]):
        assert absent not in ids
    camp = next(c for c in found if c.id == small["camp"])
    assert camp.last_confirmed == dt.date(2018, 4, 30)
    assert camp.status is Status.DETAINED_CAMP and camp.names[0].text == "Erlan"
    assert [c.last_confirmed for c in found] == sorted(c.last_confirmed for c in found)
    assert overview.count_not_confirmed(session, 6, today) == len(found)
    assert len(overview.not_confirmed_since(session, 6, today, limit=2)) == 2


def test_undated_cases_count_from_when_they_were_recorded(session):
    undated = _with_events(session, ("disappeared", None))
    nothing = _case(session, "Aigul")
    today = dt.date.today()
    assert overview.not_confirmed_since(session, 6, today) == []
    later = overview.not_confirmed_since(session, 6, today + dt.timedelta(days=200))
    assert {c.id for c in later} == {undated, nothing}
    assert all(c.last_confirmed == today for c in later)


def test_demo_vault_figures_are_consistent(session):
    demo.generate(session, people=200)
    counts = overview.counts_by_status(session)
    totals = overview.totals(session)
    assert totals.total == 200 == sum(counts.values())
    assert totals.held == sum(counts[s] for s in HELD_STATUSES)
    assert totals.held + totals.released + totals.died + totals.unknown == 200
    assert sum(r.count for r in overview.counts_by_ethnicity(session)) == 200
    assert len(overview.counts_by_hometown(session)) == 15
    stale = overview.not_confirmed_since(session, 6, dt.date(2026, 1, 1))
    assert stale and all(c.status not in overview.SETTLED_STATUSES for c in stale)
    assert [c.last_confirmed for c in stale] == sorted(c.last_confirmed for c in stale)
    releases = overview.events_by_period(session, overview.RELEASE_STATUSES)
    assert sum(p.count for p in releases) == sum(sum(n for _s, n in p.by_status) for p in releases)
    snap = overview.snapshot(session, dt.date(2024, 6, 1), list_limit=10)
    assert snap.totals == totals
    assert len(snap.not_confirmed) == 10
    assert snap.not_confirmed_total == overview.count_not_confirmed(session, 6, dt.date(2024, 6, 1))
    # the demo spreads creation over the two years before 2024-01-15: all within 36 months
    assert (
        sum(p.count for p in overview.new_cases_by_month(session, 36, today=dt.date(2024, 6, 1)))
        == 200
    )
    assert len({p.key for p in snap.new_cases if p.count}) > 12
