"""Fixtures for the duplicate screens: a vault holding one person twice and two brothers.

Erlan was entered twice: by his sister in Cyrillic and Latin, and from a PRC court record in
Arabic script and Chinese characters; both records were born in 1975 and are reported from the
same phone. His brother Erbol (same father's name, hometown, birth year and reporter phone)
must never be proposed as his duplicate.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from casetracker.services import cases, reporters, statuses


def _case(session, names, **fields) -> int:
    return cases.create(session, names=names, sex="male", **fields).created_ids[0]


@pytest.fixture
def family(session) -> dict[str, int]:
    ids = {
        "sister_record": _case(
            session,
            ["Ерлан Қалиоллаұлы", "Erlan Qaliollauly"],
            birth_date="1975",
            hometown="Tekes County, Ili",
            notes="Sister's account.",
        ),
        "court_record": _case(
            session,
            ["ئەرلان قالىوللا", "叶尔兰·哈力奥拉"],
            birth_date="1975",
            hometown="Tekes",
            occupation="herder",
            notes="From a court record.",
        ),
        "brother": _case(
            session, ["Erbol Qaliollauly"], birth_date="1975", hometown="Tekes County, Ili"
        ),
    }
    reporters.add_to_person(session, ids["sister_record"], name="Aliya", phone="+7 701 111 22 33")
    sister = cases.get(session, ids["sister_record"]).reporters[0].reporter_id
    reporters.add_to_person(session, ids["brother"], reporter_id=sister, relationship="sibling")
    reporters.add_to_person(session, ids["court_record"], name="Алия", phone="8 701 111 22 33")
    statuses.add_event(session, ids["sister_record"], "detained_camp", date="2018")
    statuses.add_event(session, ids["court_record"], "imprisoned", date="2019")
    return ids


@pytest.fixture(autouse=True)
def finish_workers(session):
    """Let look-ups and scans end before the vault closes (the session fixture's teardown)."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
