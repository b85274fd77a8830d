"""Find cases by any written form of a name, by reference, identifier or phone.

Query tokens are folded like the stored names (search/fold.py) and looked up in the key index;
candidates are then ranked by cross-script similarity with the best-matching name variant.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from casetracker.domain.enums import Status
from casetracker.search.fold import fold, similarity
from casetracker.services.session import Session
from casetracker.store.records import (
    IdentifierRecord,
    NameKeyRecord,
    NameRecord,
    PersonRecord,
)

_REF = re.compile(r"^\s*(?:CT-?)?(\d{1,7})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class SearchHit:
    person_id: int
    ref: str
    names: tuple[str, ...]
    status: Status
    score: float
    matched: str


def _ref_ids(query: str) -> list[int]:
    match = _REF.match(query)
    if not match:
        return []
    ref = f"CT-{int(match.group(1)):04d}"
    row = PersonRecord.get_or_none(PersonRecord.ref == ref)
    return [row.id] if row else []


def _identifier_ids(query: str) -> list[int]:
    compact = re.sub(r"[\s-]", "", query).upper()
    if len(compact) < 5:
        return []
    rows = IdentifierRecord.select(IdentifierRecord.person).where(IdentifierRecord.value == compact)
    return [r.person_id for r in rows]


def _name_candidates(query: str, limit: int) -> dict[int, int]:
    """person id -> number of query tokens that matched one of its keys (exact or prefix)."""
    tokens = [t for t in fold(query).split() if t]
    hits: dict[int, int] = defaultdict(int)
    for token in dict.fromkeys(tokens):
        condition = NameKeyRecord.key == token
        if len(token) >= 3:
            condition = condition | NameKeyRecord.key.startswith(token)
        rows = (
            NameKeyRecord.select(NameKeyRecord.person)
            .where(condition)
            .distinct()
            .limit(limit * 20)
            .tuples()
        )
        for (pid,) in rows:
            hits[pid] += 1
    return hits


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Ranked best first; each hit says which stored name variant matched."""
    query = query.strip()
    if not query:
        return []
    exact = {pid: 1.0 for pid in _ref_ids(query) + _identifier_ids(query)}
    candidates = _name_candidates(query, limit)
    token_count = max(1, len(fold(query).split()))
    ids = list(dict.fromkeys([*exact, *candidates]))
    if not ids:
        return []
    names: dict[int, list[str]] = defaultdict(list)
    for pid, text in (
        NameRecord.select(NameRecord.person, NameRecord.text)
        .where(NameRecord.person.in_(ids))
        .order_by(NameRecord.position)
        .tuples()
    ):
        names[pid].append(text)
    scored: list[tuple[float, int, str]] = []
    for pid in ids:
        variants = names.get(pid, [])
        best_text, best = "", 0.0
        for text in variants:
            score = similarity(query, text)
            if score > best:
                best_text, best = text, score
        coverage = candidates.get(pid, 0) / token_count
        score = max(exact.get(pid, 0.0), 0.6 * best + 0.4 * min(1.0, coverage))
        scored.append((score, pid, best_text))
    scored.sort(key=lambda item: (-item[0], item[1]))
    top = scored[:limit]
    info = {
        r.id: r
        for r in PersonRecord.select(
            PersonRecord.id, PersonRecord.ref, PersonRecord.current_status
        ).where(PersonRecord.id.in_([pid for _, pid, _ in top]))
    }
    return [
        SearchHit(
            pid,
            info[pid].ref,
            tuple(names.get(pid, [])),
            Status(info[pid].current_status),
            round(score, 4),
            matched or (info[pid].ref if pid in exact else ""),
        )
        for score, pid, matched in top
        if pid in info
    ]
