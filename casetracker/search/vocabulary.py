"""The distinct folded name tokens of a vault, and what a typed token may stand for.

The index answers exact keys in a fraction of a millisecond, but a typo (Qaliolal) or a lossy
Chinese transcription (宽阿尼西 for Қуаныш) shares no key with the stored name. Comparing the
query with every *name* is far too slow at 100,000 people; comparing it with every distinct
*token* is not, because names repeat: a vault holds a few thousand to a few tens of thousands
of tokens. :meth:`Vocabulary.expand` turns one query token into the stored tokens it may mean,
each with a score, and the index is then asked for those keys exactly.

Four ways a stored token is proposed:

* exact: the token itself;
* prefix: the user typed the start of a name (Qali -> qaliola), from three letters on, unless
  what was typed is already a whole stored name of five letters or more;
* typo: optimal-string-alignment distance (a swap of two letters is one edit) of at most one
  for tokens of 4-5 letters and two from 6 letters on (a 3-letter token may only miss a
  letter), found with rapidfuzz over the tokens of nearby lengths only;
* sound: the same consonant skeleton (keys.skeleton), the path that finds Chinese
  transcriptions, kept when the weighted token similarity reaches :data:`SOUND_FLOOR`.
"""

from __future__ import annotations

import bisect
import threading
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from casetracker.search.fold import token_similarity
from casetracker.search.keys import skeleton

__all__ = ["PREFIX_MIN", "SOUND_FLOOR", "Vocabulary", "max_typos", "prefix_score"]

#: Shortest typed token completed as a prefix (two letters would propose half the vocabulary).
PREFIX_MIN = 3
#: At most this many completions per prefix, the shortest first (closest to what was typed).
PREFIX_CAP = 60
#: A typed token this long that is itself a stored name is not completed: "Nurlan" means
#: Nurlan, not Nurlanbek, and completing every common name multiplies the candidates.
COMPLETE_NAME = 5
#: Weighted similarity a skeleton match needs (宽阿尼西/Қуаныш, the weakest true pair in the
#: demo names, scores 0.78; unrelated names with one skeleton score about 0.5-0.65).
SOUND_FLOOR = 0.72
#: Shortest token compared by skeleton (the skeleton of "ab" is one letter).
SOUND_MIN = 4
#: At most this many typo or sound expansions per token, best first.
EXPANSION_CAP = 40
#: A token this short is only matched with a letter missing (Syit for Seyit), never changed.
SHORT_TYPO_LENGTH = 3
#: Expansions remembered per vocabulary (emptied when tokens are added).
CACHE_SIZE = 4096


def max_typos(length: int) -> int:
    """Edits tolerated in a token of this many letters: none below 4, one below 6, then two."""
    return 0 if length < 4 else 1 if length < 6 else 2


def prefix_score(typed: str, key: str) -> float:
    """0.7 for a short start of a long name, rising towards 0.95 as more of it is typed."""
    return 0.7 + 0.25 * len(typed) / len(key)


class Vocabulary:
    """Distinct name tokens with the lookups :meth:`expand` needs; safe to share by threads.

    Tokens are only ever added: a token whose last holder was deleted stays until the index is
    rebuilt and simply finds nobody, which costs nothing.
    """

    def __init__(self, tokens: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._tokens: set[str] = set()
        self._sorted: list[str] = []
        self._by_length: dict[int, list[str]] = defaultdict(list)
        self._by_skeleton: dict[str, list[str]] = defaultdict(list)
        # As-you-type queries repeat their earlier tokens; emptied whenever tokens are added.
        self._cache: dict[tuple[str, bool], tuple[tuple[str, float], ...]] = {}
        self.add(tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def __contains__(self, token: object) -> bool:
        return token in self._tokens

    def add(self, tokens: Iterable[str]) -> int:
        """Add tokens; returns how many were new."""
        with self._lock:
            new = [t for t in dict.fromkeys(tokens) if t not in self._tokens]
            if not new:
                return 0
            self._tokens.update(new)
            for token in new:
                self._by_length[len(token)].append(token)
                self._by_skeleton[skeleton(token)].append(token)
            self._sorted = sorted(self._tokens)
            self._cache = {}
            return len(new)

    def expand(self, token: str, *, prefix: bool = True) -> dict[str, float]:
        """Stored tokens that ``token`` (folded) may stand for, each with a score in 0..1."""
        cache_key = (token, prefix)
        cached = self._cache.get(cache_key)
        if cached is None:
            cached = self._compute(token, prefix)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[cache_key] = cached
        return dict(cached)

    # -- the four paths ------------------------------------------------------------------------

    def _prefixed(self, token: str) -> list[str]:
        start = bisect.bisect_left(self._sorted, token)
        end = bisect.bisect_left(self._sorted, token + "\x7f", lo=start)
        found = self._sorted[start:end]
        if len(found) > PREFIX_CAP:
            found = sorted(found, key=lambda k: (len(k), k))[:PREFIX_CAP]
        return found

    def _typos(self, token: str) -> list[tuple[str, int]]:
        limit = max_typos(len(token))
        lengths = range(len(token) - limit, len(token) + limit + 1)
        if not limit and len(token) == SHORT_TYPO_LENGTH:
            limit, lengths = 1, (len(token) + 1,)  # a letter dropped from a 4-letter name
        if not limit:
            return []
        nearby = [key for length in lengths for key in self._by_length.get(length, ())]
        found = process.extract(token, nearby, scorer=OSA.distance, score_cutoff=limit, limit=None)
        return [(key, distance) for key, distance, _ in found if distance]

    def _sounds(self, token: str) -> list[str]:
        if len(token) < SOUND_MIN:
            return []
        return [key for key in self._by_skeleton.get(skeleton(token), ()) if key != token]

    def _compute(self, token: str, prefix: bool) -> tuple[tuple[str, float], ...]:
        found: dict[str, float] = {}
        if token in self._tokens:
            found[token] = 1.0
        fuzzy: dict[str, float] = {}
        for key, distance in self._typos(token):
            edits = 1.0 - distance / max(len(key), len(token))
            fuzzy[key] = max(token_similarity(token, key), edits)
        for key in self._sounds(token):
            score = token_similarity(token, key)
            if score >= SOUND_FLOOR:
                fuzzy[key] = max(fuzzy.get(key, 0.0), score)
        best = sorted(fuzzy.items(), key=lambda item: (-item[1], item[0]))[:EXPANSION_CAP]
        for key, score in best:
            found.setdefault(key, score)
        complete = token in self._tokens and len(token) >= COMPLETE_NAME
        if prefix and len(token) >= PREFIX_MIN and not complete:
            for key in self._prefixed(token):
                found[key] = max(found.get(key, 0.0), prefix_score(token, key))
        return tuple(found.items())
