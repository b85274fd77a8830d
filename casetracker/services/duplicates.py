"""Catch the same person recorded twice: while a case is being entered, and across the vault.

`candidates_for` backs the case file and the rally-entry form: the names typed so far are
searched like the search box does (any script, typos, Chinese transcriptions), and every
person whose name is close enough is weighed with the birth year, hometown, reporter phone
and identifiers (search/duplicates.py holds the weights and the reasons). `scan` compares the
whole vault without comparing every pair: persons are filed under blocking keys (a name token
and the start of another, or the consonant skeletons of two) and only persons sharing a key,
and born within a year of each other, are compared. Names are compared with the given name
and the father's name kept apart (search/duplicates.name_similarity): father and son are not
one person.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from casetracker.search.duplicates import (
    DUPLICATE_THRESHOLD,
    NAME_FLOOR,
    Evidence,
    Facts,
    birth_range,
    blocking_keys,
    compare,
    name_similarity,
    window_pairs,
)
from casetracker.search.fold import name_groups
from casetracker.search.keys import decode_groups
from casetracker.search.ranking import key_scores, plan
from casetracker.services.session import Session
from casetracker.store import searchcache, searchindex

__all__ = ["DuplicateCandidate", "DuplicatePair", "candidates_for", "scan"]

#: Name candidates weighed per typed name (the best by key score).
CANDIDATE_DEPTH = 200
#: How many blocks between two progress reports.
PROGRESS_EVERY = 2000


@dataclass(frozen=True)
class DuplicateCandidate:
    person_id: int
    ref: str
    names: tuple[str, ...]
    score: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class DuplicatePair:
    person_a: int
    person_b: int
    ref_a: str
    ref_b: str
    score: float
    evidence: tuple[Evidence, ...]


# --- facts of stored persons -------------------------------------------------------------------


def _facts_rows(person_ids: list[int] | None) -> dict[int, dict]:
    """What the comparison weighs, per person: of these persons, or of all (None)."""
    rows: dict[int, dict] = {}
    for row in searchindex.person_facts(person_ids):
        pid, ref, sex, low, high, text, age_min, age_max, created, town = row
        year = created.year if isinstance(created, dt.datetime) else int(str(created)[:4])
        rows[pid] = {
            "ref": ref,
            "sex": sex,
            "birth": birth_range(low, high, text, (age_min, age_max, year)),
            "hometown": town,
            "phones": set(),
            "identifiers": set(),
        }
    ids = None if person_ids is None else list(rows)
    for pid, phone in searchindex.reporter_phones(ids):
        if pid in rows:
            rows[pid]["phones"].add(_phone_key(phone))
    for pid, kind, value in searchindex.identifiers(ids):
        if pid in rows:
            rows[pid]["identifiers"].add((kind, value))
    return rows


def _phone_key(phone: str) -> str:
    """The digits compared (the last nine, as the phone search does), cheap at 100,000."""
    return searchindex.phone_tail(phone) or phone.strip()


def _facts(row: dict, names: Iterable[str]) -> Facts:
    return Facts(
        names=tuple(names),
        birth=row["birth"],
        sex=row["sex"],
        hometown=row["hometown"],
        phones=frozenset(row["phones"]),
        identifiers=frozenset(row["identifiers"]),
    )


def _best_name(typed: list[tuple[str, tuple]], stored: Iterable[tuple[str, str]]):
    """Best similarity of typed names (text, groups) and stored ones (text, folded)."""
    best, detail = 0.0, ""
    for text_b, folded in stored:
        groups_b = decode_groups(folded)
        for text_a, groups_a in typed:
            score = name_similarity(groups_a, groups_b)
            if score > best:
                best, detail = score, f"{text_a} ≈ {text_b}"
    return best, detail


# --- while entering a case ---------------------------------------------------------------------


def candidates_for(
    session: Session,
    names: list[str],
    birth_year: int | None = None,
    hometown: str = "",
    phone: str = "",
    exclude_id: int | None = None,
    limit: int = 5,
    *,
    identifiers: Iterable[tuple[str, str]] = (),
) -> list[DuplicateCandidate]:
    """Existing cases that may be the person being entered, most likely first.

    ``names`` are the variants typed so far (any scripts); ``phone`` is the reporter's number.
    Each candidate carries the reasons for and against, for the form to show.
    """
    names = [n.strip() for n in names if n and n.strip()]
    if not names:
        return []
    candidates: set[int] = set()
    index = searchcache.cache()
    for name in names:
        with index.lock:
            scores = key_scores(plan(name, index.vocabulary), index.postings)
        best = heapq.nlargest(CANDIDATE_DEPTH, scores.items(), key=lambda item: item[1])
        candidates.update(pid for pid, _ in best)
    candidates.discard(exclude_id)
    if not candidates:
        return []
    stored = searchindex.folded_names(sorted(candidates))
    typed_groups = [(name, name_groups(name)) for name in names]
    close = {}
    for pid in candidates:
        score, detail = _best_name(typed_groups, stored.get(pid, ()))
        if score >= NAME_FLOOR:
            close[pid] = (score, detail)
    if not close:
        return []
    typed = Facts(
        names=tuple(names),
        birth=(birth_year, birth_year) if birth_year else None,
        hometown=hometown.strip(),
        phones=frozenset({_phone_key(phone)}) if phone.strip() else frozenset(),
        identifiers=frozenset(identifiers),
    )
    rows = _facts_rows(list(close))
    found = []
    for pid, (name_score, detail) in close.items():
        if pid not in rows:
            continue
        facts = _facts(rows[pid], [text for text, _ in stored[pid]])
        score, evidence = compare(typed, facts, name_score, detail)
        if score >= DUPLICATE_THRESHOLD:
            found.append(
                DuplicateCandidate(pid, rows[pid]["ref"], facts.names, score, tuple(evidence))
            )
    found.sort(key=lambda c: (-c.score, c.person_id))
    return found[:limit]


# --- the whole vault -----------------------------------------------------------------------------


class _Names:
    """Each person's distinct folded names, with similarities cached by folded name pair.

    At 100,000 people most names recur (namesakes, the same name in four scripts folding
    alike), so each folded pair is compared once.
    """

    def __init__(self) -> None:
        self.of: dict[int, dict[tuple, str]] = defaultdict(dict)
        self._decoded: dict[str, tuple] = {}
        self._scores: dict[tuple, float] = {}

    def add(self, person_id: int, text: str, folded: str) -> None:
        groups = self._decoded.get(folded)
        if groups is None:
            groups = self._decoded[folded] = decode_groups(folded)
        if groups:
            self.of[person_id].setdefault(groups, text)

    def best(self, a: int, b: int) -> tuple[float, str]:
        best, detail = 0.0, ""
        for ga, text_a in self.of[a].items():
            for gb, text_b in self.of[b].items():
                key = (ga, gb) if ga <= gb else (gb, ga)
                score = self._scores.get(key)
                if score is None:
                    score = self._scores[key] = name_similarity(ga, gb)
                if score > best:
                    best, detail = score, f"{text_a} ≈ {text_b}"
        return best, detail


def scan(
    session: Session, progress: Callable[[int, int], None] | None = None
) -> list[DuplicatePair]:
    """Every likely duplicate pair in the vault, most likely first, with the evidence.

    ``progress(done, total)`` is called now and then (the GUI runs this on a worker thread).
    """
    names = _Names()
    for pid, text, folded in searchindex.all_folded_names():
        names.add(pid, text, folded)
    rows = _facts_rows(None)
    blocks: dict[str, list[int]] = defaultdict(list)
    for pid, groups in names.of.items():
        for key in blocking_keys(groups):
            blocks[key].append(pid)
    work = [members for members in blocks.values() if len(members) > 1]
    work += _identifier_blocks(rows)
    seen: set[tuple[int, int]] = set()
    pairs: list[DuplicatePair] = []
    facts: dict[int, Facts] = {}

    def birth(pid: int) -> tuple[int, int] | None:
        return rows[pid]["birth"] if pid in rows else None

    for done, members in enumerate(work, 1):
        for a, b in window_pairs(members, birth, 1):
            pair = (a, b) if a < b else (b, a)
            if pair in seen or a not in rows or b not in rows:
                continue
            seen.add(pair)
            found = _compare_stored(pair, names, rows, facts)
            if found is not None:
                pairs.append(found)
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(work)):
            progress(done, len(work))
    pairs.sort(key=lambda p: (-p.score, p.person_a, p.person_b))
    return pairs


def _identifier_blocks(rows: dict[int, dict]) -> list[list[int]]:
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for pid, row in rows.items():
        for identifier in row["identifiers"]:
            holders[identifier].append(pid)
    return [members for members in holders.values() if len(members) > 1]


def _compare_stored(pair, names: _Names, rows, facts) -> DuplicatePair | None:
    a, b = pair
    named = names.best(a, b)
    if named[0] < NAME_FLOOR and not rows[a]["identifiers"] & rows[b]["identifiers"]:
        return None
    for pid in pair:
        if pid not in facts:
            facts[pid] = _facts(rows[pid], names.of[pid].values())
    score, evidence = compare(facts[a], facts[b], *named)
    if score < DUPLICATE_THRESHOLD:
        return None
    return DuplicatePair(a, b, rows[a]["ref"], rows[b]["ref"], score, tuple(evidence))
