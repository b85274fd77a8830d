"""Find cases by any written form of a name, by reference, identifier, phone, hometown or place
of detention: the one search behind the case list's search box, `casetracker search` and the
rally-entry form.

Names go through three steps (design and measurements: issue 5, benchmarks/bench_search.py):
the query's folded tokens are expanded through an in-memory vocabulary of the vault's name
tokens (exact, prefix, typo, consonant skeleton for Chinese transcriptions), the expanded keys
are looked up in the key index (store/searchcache.py), and the persons found are ranked by key
scores and then by fold.similarity against each of their name variants, whose best is shown as
`SearchHit.matched`. The vocabulary and the key index are held in memory (loaded on the first
search of a session, then kept current by store/namekeys.py; see store/searchcache.py).
"""

from __future__ import annotations

import heapq
import re
import threading
import unicodedata
import weakref
from dataclasses import dataclass

from casetracker.domain.enums import Status
from casetracker.search.fold import fold, groups_similarity, normalize_phone
from casetracker.search.keys import decode_groups
from casetracker.search.places import PlaceMatcher
from casetracker.search.ranking import MIN_SCORE, final_score, key_scores, literal_match, plan
from casetracker.search.vocabulary import Vocabulary
from casetracker.services.session import Session
from casetracker.store import records, searchcache, searchindex

__all__ = [
    "MERGED_REF_PREFIX",
    "SearchHit",
    "forget",
    "is_warm",
    "search",
    "vocabulary",
    "warm",
]

_REF = re.compile(r"^\s*(?:CT-?)?(\d{1,7})\s*$", re.IGNORECASE)
_IDENTIFIER_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―]+")
#: Setting key prefix recording the reference of a case merged into another (services/merge.py).
MERGED_REF_PREFIX = "merged_ref."
#: At most this many candidates are re-ranked by whole-name similarity (a query such as
#: "Turgun Turgunov" meets every Turgun with both tokens; see _by_name for when it stops).
RERANK_MAX = 500
#: Scores of hits that are not found by name: exact references and documents first.
SCORE_EXACT = 1.0
SCORE_PHONE = 0.95
SCORE_PLACE = 0.75


@dataclass(frozen=True)
class SearchHit:
    person_id: int
    ref: str
    names: tuple[str, ...]
    status: Status
    score: float
    #: The name variant (or reference, identifier, phone, hometown, facility) that matched.
    matched: str
    #: How the hit was found: name, ref, identifier, phone, hometown or facility.
    via: str = "name"


@dataclass
class _Found:
    score: float
    matched: str | int  # the text matched, or for names the id of the name variant
    via: str


class _Places:
    """Hometowns and facilities of the open vault, reloaded after any change to the data."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.database: weakref.ref | None = None
        self.matcher = PlaceMatcher()

    def match(self, query: str):
        with self.lock:
            database = records.db.obj
            version = searchindex.data_version()
            if self.database is None or self.database() is not database:
                self.database, self.matcher = weakref.ref(database), PlaceMatcher()
            if self.matcher.version != version:
                self.matcher.load(version, searchindex.hometowns(), searchindex.facilities())
            return self.matcher.match(query)


_places = _Places()


def vocabulary(session: Session) -> Vocabulary:
    """The vault's name-token vocabulary (loaded with the in-memory index on first use)."""
    return searchcache.cache().vocabulary


def warm(session: Session) -> None:
    """Load the in-memory index now (about 0.15 s at 20,000 people, 1 s at 100,000).

    The GUI calls this on its worker thread after unlocking, so the first keystroke in the
    search box does not wait for it.
    """
    searchcache.cache()


def is_warm() -> bool:
    """True once the in-memory index is loaded (the GUI runs the first search off its thread)."""
    return searchcache.is_loaded()


def forget() -> None:
    """Drop the in-memory index and places (call on lock: they hold the vault's names)."""
    global _places
    searchcache.forget()
    _places = _Places()


# --- the search paths --------------------------------------------------------------------------


def _by_ref(query: str) -> dict[int, _Found]:
    match = _REF.match(query)
    if not match:
        return {}
    ref = f"CT-{int(match.group(1)):04d}"
    person = searchindex.person_by_ref(ref)
    if person is None:
        uuid = searchindex.setting(MERGED_REF_PREFIX + ref)
        person = searchindex.person_by_uuid(uuid) if uuid else None
    return {person: _Found(SCORE_EXACT, ref, "ref")} if person else {}


def _by_identifier(query: str) -> dict[int, _Found]:
    compact = _IDENTIFIER_SEPARATORS.sub("", unicodedata.normalize("NFKC", query)).upper()
    if len(compact) < 5:
        return {}
    return {
        person: _Found(SCORE_EXACT, value, "identifier")
        for person, value in searchindex.persons_by_identifier(compact)
    }


def _looks_like_phone(query: str) -> bool:
    digits = sum(ch.isdigit() for ch in query)
    letters = sum(ch.isalpha() for ch in query)
    return digits >= 7 and letters == 0


def _by_phone(query: str) -> dict[int, _Found]:
    if not _looks_like_phone(query):
        return {}
    normalized = normalize_phone(query)
    tails = {searchindex.phone_tail(query)} | {searchindex.phone_tail(normalized or "")}
    tails.discard("")
    found: dict[int, _Found] = {}
    for person, phone in searchindex.persons_by_phone_tail(sorted(tails)):
        same = normalized is not None and normalize_phone(phone) == normalized
        score = SCORE_PHONE if same or normalized is None else SCORE_PHONE - 0.1
        if person not in found or found[person].score < score:
            found[person] = _Found(score, phone, "phone")
    return found


def _by_place(query: str, limit: int) -> dict[int, _Found]:
    found: dict[int, _Found] = {}
    towns, facilities = _places.match(query)
    for person, hometown in searchindex.persons_from([t for t, _ in towns], limit):
        score = SCORE_PLACE * dict(towns)[hometown]
        found[person] = _Found(score, hometown, "hometown")
    names = {fid: (name, score) for fid, name, score in facilities}
    for person, fid in searchindex.persons_held_at(list(names), limit):
        name, match = names[fid]
        if person not in found or found[person].score < SCORE_PLACE * match:
            found[person] = _Found(SCORE_PLACE * match, name, "facility")
    return found


class _NameScores:
    """fold similarity of one query with stored folded names, each distinct name once."""

    def __init__(self, groups) -> None:
        self.groups = groups
        self._seen: dict[str, float] = {}

    def best(self, packed: str) -> tuple[float, int]:
        """Best score among one person's packed variants, and that variant's name id."""
        best, best_id = 0.0, 0
        for name_id, folded in searchcache.unpack_names(packed):
            score = self._seen.get(folded)
            if score is None:
                score = self._seen[folded] = groups_similarity(self.groups, decode_groups(folded))
            if score > best or not best_id:
                best, best_id = score, name_id
        return best, best_id


def _by_name(query: str, limit: int) -> dict[int, _Found]:
    """Persons by name: key scores from the in-memory index, the best re-ranked by name.

    Candidates come best key score first and are re-ranked one by one by whole-name
    similarity; once the next key score cannot beat the ``limit``-th final score so far (the
    key score bounds the name similarity closely), the rest keep their key score, which only
    orders them beyond the list anyone looks at.
    """
    index = searchcache.cache()
    with index.lock:
        query_plan = plan(query, index.vocabulary)
        if not query_plan:
            return {}
        scores = key_scores(query_plan, index.postings)
    ranked = heapq.nlargest(
        max(limit, RERANK_MAX), scores.items(), key=lambda item: (item[1], -item[0])
    )
    names = _NameScores(query_plan.groups)
    found: dict[int, _Found] = {}
    finals: list[float] = []  # min-heap of the best `limit` final scores so far
    stop = len(ranked)
    for position, (pid, key) in enumerate(ranked):
        if position >= RERANK_MAX or (len(finals) >= limit and key <= finals[0]):
            stop = position
            break
        packed = index.names.get(pid)
        if not packed:  # deleted since the index was loaded
            continue
        similarity, name_id = names.best(packed)
        score = final_score(similarity, key)
        if score >= MIN_SCORE:
            found[pid] = _Found(score, name_id, "name")
            heapq.heappush(finals, score)
            if len(finals) > limit:
                heapq.heappop(finals)
    for pid, key in ranked[stop:]:
        score = final_score(0.0, key)
        if score >= MIN_SCORE and pid in index.names:
            found[pid] = _Found(score, 0, "name")
    return found


def _merge(into: dict[int, _Found], found: dict[int, _Found]) -> None:
    for person, hit in found.items():
        if person not in into or hit.score > into[person].score:
            into[person] = hit


def _literal(query: str, hit: _Found, names: list[tuple[int, str]]) -> bool:
    return hit.via != "name" or any(literal_match(query, text) for _, text in names)


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Cases matching ``query``, best first; each hit says which stored form matched."""
    query = unicodedata.normalize("NFC", query).strip()
    if not query or limit <= 0:
        return []
    found: dict[int, _Found] = {}
    for path in (_by_ref, _by_identifier, _by_phone):
        _merge(found, path(query))
    if fold(query):
        _merge(found, _by_name(query, limit))
        _merge(found, _by_place(query, limit))
    ordered = sorted(found.items(), key=lambda item: (-item[1].score, item[0]))
    if len(ordered) > limit:  # ties at the cut are decided by the exact written form below
        cut = ordered[limit - 1][1].score
        ordered = [item for item in ordered if item[1].score >= cut][: limit * 2]
    ids = [person for person, _ in ordered]
    info = searchindex.summaries(ids)
    names = searchindex.names_of(ids)
    ordered.sort(
        key=lambda item: (
            -item[1].score,
            not _literal(query, item[1], names.get(item[0], [])),
            item[0],
        )
    )
    hits = []
    for person, hit in ordered:
        if person not in info or len(hits) >= limit:
            continue
        variants = names.get(person, [])
        matched = hit.matched
        if hit.via == "name":  # the form as typed if stored, else the best-scoring variant
            matched = next((t for _, t in variants if literal_match(query, t)), "") or next(
                (t for nid, t in variants if nid == hit.matched), ""
            )
        hits.append(
            SearchHit(
                person,
                info[person][0],
                tuple(text for _, text in variants),
                Status(info[person][1]),
                round(hit.score, 4),
                matched or next((t for _, t in variants), ""),
                hit.via,
            )
        )
    return hits
