"""Duplicates: while a case is entered, and across the vault, with the reasons for each."""

from __future__ import annotations

import json

import pytest

from casetracker.cli import main
from casetracker.search.duplicates import DUPLICATE_THRESHOLD, Facts, compare
from casetracker.services import cases, duplicates, reporters
from tests.conftest import PASSPHRASE


@pytest.fixture
def family(session):
    """Erlan and his brother Erbol, reported by the same sister; an unrelated namesake."""
    ids = {}
    for key, name, birth, town in (
        ("erlan", "Ерлан Қалиоллаұлы", "1975", "Tekes County, Ili"),
        ("erbol", "Ербол Қалиоллаұлы", "1979", "Tekes County, Ili"),
        ("namesake", "Erlan Qaliollauly", "1950", "Altay City, Altay"),
    ):
        ids[key] = cases.create(
            session, names=[name], birth_date=birth, hometown=town, sex="male"
        ).created_ids[0]
    reporters.add_to_person(session, ids["erlan"], name="Aliya", phone="+7 701 111 22 33")
    sister = cases.get(session, ids["erlan"]).reporters[0].reporter_id
    reporters.add_to_person(session, ids["erbol"], reporter_id=sister, relationship="sibling")
    return ids


def test_entry_form_finds_the_same_person_in_another_script(session, family):
    found = duplicates.candidates_for(
        session, ["叶尔兰·哈力奥拉"], 1975, "Tekes", "8 (701) 111-22-33"
    )
    assert [c.person_id for c in found] == [family["erlan"]]
    (candidate,) = found
    kinds = {e.kind: e for e in candidate.evidence}
    assert set(kinds) == {"name", "birth_year", "hometown", "phone"}
    assert kinds["name"].detail == "叶尔兰·哈力奥拉 ≈ Ерлан Қалиоллаұлы"
    assert kinds["birth_year"].weight > 0 and kinds["phone"].weight > 0
    assert candidate.score >= DUPLICATE_THRESHOLD and candidate.ref.startswith("CT-")


def test_a_brother_is_not_proposed_even_with_everything_else_shared(session, family):
    found = duplicates.candidates_for(
        session, ["Erbol Qaliollauly"], 1975, "Tekes County, Ili", "+77011112233"
    )
    assert found == []  # Erbol himself was born in 1979
    found = duplicates.candidates_for(
        session, ["Erbol Qaliollauly"], 1979, "Tekes County, Ili", "+77011112233"
    )
    assert [c.person_id for c in found] == [family["erbol"]]


def test_facts_that_disagree_keep_a_namesake_out(session, family):
    found = duplicates.candidates_for(session, ["Erlan Qaliollauly"], 1975, "Tekes")
    assert [c.person_id for c in found] == [family["erlan"]]
    assert (
        duplicates.candidates_for(session, ["Erlan Qaliollauly"], 1975, "", "", family["erlan"])
        == []
    )
    # without other facts, both people named so are shown
    found = duplicates.candidates_for(session, ["Erlan Qaliollauly"])
    assert {c.person_id for c in found} == {family["erlan"], family["namesake"]}


def test_a_shared_identifier_settles_it(session, family):
    cases.add_identifier(session, family["namesake"], "passport", "N7654321")
    found = duplicates.candidates_for(
        session, ["Erlan Qaliollauly"], 1975, "Tekes", identifiers=[("passport", "N7654321")]
    )
    assert found[0].person_id == family["namesake"] and found[0].score == 1.0
    assert found[1].person_id == family["erlan"] and found[1].score < 1.0
    assert found[0].evidence[0].kind == "identifier"


def test_scan_finds_true_pairs_only(session, family):
    copy = cases.create(
        session, names=["叶尔兰·哈力奥拉"], birth_date="1975~", hometown="Tekes"
    ).created_ids[0]
    seen = []
    pairs = duplicates.scan(session, progress=lambda done, total: seen.append((done, total)))
    assert [(p.person_a, p.person_b) for p in pairs] == [(family["erlan"], copy)]
    (pair,) = pairs
    assert {e.kind for e in pair.evidence} >= {"name", "birth_year", "hometown"}
    assert pair.ref_a == cases.get(session, family["erlan"]).ref
    assert seen and seen[-1][0] == seen[-1][1]


def test_sibling_pair_scores_below_the_threshold_whatever_else_they_share():
    erlan = Facts(("Erlan Qaliolla",), (1975, 1975), "male", "Tekes", frozenset({"+7701"}))
    erbol = Facts(("Erbol Qaliolla",), (1975, 1975), "male", "Tekes", frozenset({"+7701"}))
    from casetracker.search.fold import similarity

    name = similarity("Erlan Qaliolla", "Erbol Qaliolla")
    score, evidence = compare(erlan, erbol, name, "")
    assert score < DUPLICATE_THRESHOLD
    assert {e.kind for e in evidence} == {"name", "birth_year", "hometown", "phone"}


def test_cli_lists_pairs_as_json_lines(vault_path, capsys, monkeypatch):
    from casetracker.services.session import open_vault

    session = open_vault(vault_path, passphrase=PASSPHRASE)
    try:
        a = cases.create(session, names=["Ерлан Қалиоллаұлы"], birth_date="1975").created_ids[0]
        cases.create(session, names=["Erlan Qaliollauly"], birth_date="1975")
        ref_a = cases.get(session, a).ref
    finally:
        session.close()
    monkeypatch.setenv("CASETRACKER_PASSPHRASE", PASSPHRASE)
    assert main(["duplicates", "--vault", str(vault_path), "--json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    row = json.loads(line)
    assert row["ref_a"] == ref_a and row["ref_b"] != ref_a
    assert row["score"] >= DUPLICATE_THRESHOLD
    assert {e["kind"] for e in row["evidence"]} == {"name", "birth_year"}
    assert main(["duplicates", "--vault", str(vault_path)]) == 0
    assert ref_a in capsys.readouterr().out
