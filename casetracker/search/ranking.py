"""From a typed query to ranked persons: which keys to look up and how to score what they find.

Three stages, all pure so they are tested without a vault:

1. :func:`plan` folds the query into token groups and expands each group through the
   vocabulary (exact, prefix, typo, sound) plus its exact loose key; neighbouring tokens are
   also tried joined (Nur Jan = Nurjan).
2. :func:`key_scores` looks the keys up in the in-memory postings (search/postings.py) and
   gives each person a key-level score: every query token must be met by one of the person's
   keys (name parts in any order); in a query of three or more tokens one may be missing (the
   user typed more than was recorded). Half the mean and half the worst token score, as in
   fold.similarity, so one wrong given name is enough to sink a sibling.
3. :func:`final_score` combines that with fold.similarity of the query and the person's best
   name variant, which sees whole names (extra tokens, joined tokens) and picks the variant to
   show. The key score still counts (at 0.9) so that a prefix typed so far is not ranked as a
   poor whole-name match.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from casetracker.search.fold import loose_key, name_groups, token_similarity
from casetracker.search.postings import Postings, meeting
from casetracker.search.vocabulary import Vocabulary

__all__ = [
    "MIN_SCORE",
    "MISSING_TOKEN_FACTOR",
    "QueryPlan",
    "final_score",
    "key_score",
    "key_scores",
    "literal_match",
    "plan",
]

#: Hits below this are left out: with edit-distance expansion almost any name is near some
#: other, and the case list filters by the search (a typo of two letters in both name parts of
#: a six-letter name still scores about 0.7).
MIN_SCORE = 0.66
#: Key score factor when one token of a long query found nothing.
MISSING_TOKEN_FACTOR = 0.85
#: Added to the key score of a person holding two typed tokens side by side in the typed
#: order. It only orders candidates: "Bekzat Bekzatuly" meets every Bekzat with both tokens,
#: and without it the one person so named could wait behind hundreds for re-ranking.
ADJACENT_BONUS = 0.02
#: Weight of the key-level score against whole-name similarity in the final score.
KEY_SCORE_WEIGHT = 0.9


@dataclass(frozen=True)
class QueryPlan:
    """What to ask the index for: per query token group, the keys that count and their scores."""

    text: str
    groups: tuple[tuple[str, ...], ...]
    keys: tuple[dict[str, float], ...]
    #: (index of the first of two neighbouring groups, keys of the two written as one word)
    joined: tuple[tuple[int, dict[str, float]], ...]

    @property
    def all_keys(self) -> set[str]:
        found: set[str] = set()
        for keys in self.keys:
            found.update(keys)
        for _, keys in self.joined:
            found.update(keys)
        return found

    def __bool__(self) -> bool:
        return bool(self.groups)

    def group_keys(self) -> list[dict[str, float]]:
        """Keys per group with their scores; a joined key counts for both of its groups."""
        merged = [dict(keys) for keys in self.keys]
        for index, keys in self.joined:
            for target in (merged[index], merged[index + 1]):
                for key, score in keys.items():
                    if score > target.get(key, 0.0):
                        target[key] = score
        return merged

    @property
    def need(self) -> int:
        """Groups a person must meet: all, or all but one in a query of three or more."""
        size = len(self.groups)
        return size - 1 if size >= 3 else size


def _group_keys(group: tuple[str, ...], vocabulary: Vocabulary) -> dict[str, float]:
    keys: dict[str, float] = {}
    for token in group:  # the token, then its stem (Qaliollauly -> qaliola)
        for key, score in vocabulary.expand(token).items():
            keys[key] = max(keys.get(key, 0.0), score)
    token = group[0]
    loose = loose_key(token)
    if loose not in keys:
        # the stored loose key stands for a token we do not see; score it like that token
        keys[loose] = token_similarity(token, loose)
    return keys


def plan(query: str, vocabulary: Vocabulary) -> QueryPlan:
    groups = name_groups(query)
    keys = tuple(_group_keys(group, vocabulary) for group in groups)
    joined = []
    for index, (left, right) in enumerate(pairwise(groups)):
        word = left[0] + right[0]
        found = vocabulary.expand(word, prefix=False)
        found.setdefault(word, 1.0)  # a joined key of the index ("nurjan" from "Nur Jan")
        joined.append((index, found))
    return QueryPlan(query, groups, keys, tuple(joined))


def key_score(size: int, met: int, mean: float, worst: float) -> float:
    """Key-level score of a person from its best score per met group."""
    score = 0.5 * mean + 0.5 * worst
    return score if met >= size else score * MISSING_TOKEN_FACTOR


def key_scores(query: QueryPlan, postings: Postings) -> dict[int, float]:
    """Key-level score per person that meets enough of the query's token groups.

    Per group, the best score of each person holding one of its keys (C-level dict work);
    then only persons meeting ``query.need`` groups are scored in Python, which for a query of
    two or more tokens is a small intersection even when a token is a common name.
    """
    size = len(query.groups)
    if not size:
        return {}
    best = [postings.best_scores(keys) for keys in query.group_keys()]
    if size == 1:
        return best[0]
    result: dict[int, float] = {}
    for person in meeting(best, query.need):
        met = [score for group in best if (score := group.get(person, 0.0)) > 0.0]
        result[person] = key_score(size, len(met), sum(met) / len(met), min(met))
    for _, keys in query.joined:  # the typed neighbours, adjacent and in order, as one key
        for key in (key for key, score in keys.items() if score >= 1.0):
            for person in postings.get(key):
                if person in result:
                    result[person] += ADJACENT_BONUS
    return result


def final_score(name_similarity: float, key_score: float) -> float:
    return min(1.0, max(name_similarity, KEY_SCORE_WEIGHT * key_score))


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).casefold().split()


def literal_match(query: str, variant: str) -> bool:
    """The variant contains every typed word exactly as typed (case aside): the exact form.

    Used to break ties: Qaliolla, Kaliolla and Қалиолла fold alike, but the one the user typed
    is listed first.
    """
    words = set(_words(variant.replace("·", " ")))
    return all(word in words for word in _words(query))
