"""Match a query against hometowns and detention facilities, whichever way they are spelled.

A vault holds a few hundred distinct hometowns ("Tekes County, Ili", "Qarasu village, Toli
County, Tarbagatay") and a few dozen facilities, so they are matched in memory: each is folded
into tokens like a name (Ghulja, Гулжа and Ğulja meet), words such as "county" or "camp" are
ignored, and every remaining query token must meet one of the place's tokens, exactly, as a
prefix, or with a typo. The persons are then fetched through indexes (store/searchindex.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from casetracker.search.fold import fold
from casetracker.search.vocabulary import Vocabulary

__all__ = ["PlaceMatcher", "place_tokens"]

#: Words that describe the kind of place rather than name it; folded when the module loads.
_STOP_WORDS = frozenset(
    fold(word)
    for line in (
        "county city town township village prefecture region district group no number of the",
        "and camp centre center prison detention training vocational re education school",
        "former factory labour labor transfer women women's men's jail station police",
        "уезд район село аул город лагерь тюрьма",
    )
    for word in line.split()
)


def place_tokens(text: str) -> list[str]:
    """Folded tokens of a place name without the generic words; order kept, no repeats."""
    return [t for t in dict.fromkeys(fold(text).split()) if t not in _STOP_WORDS and len(t) > 1]


class PlaceMatcher:
    """Hometowns and facilities of one vault, reloaded when ``version`` says they changed."""

    def __init__(self) -> None:
        self.version: int | None = None
        self._vocabulary = Vocabulary()
        self._towns: dict[str, list[str]] = {}
        self._facilities: dict[str, list[tuple[int, str]]] = {}

    def load(
        self, version: int, hometowns: Iterable[str], facilities: Iterable[tuple[int, str, str]]
    ) -> None:
        towns: dict[str, list[str]] = defaultdict(list)
        for hometown in hometowns:
            for token in place_tokens(hometown):
                towns[token].append(hometown)
        held: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for facility_id, name, other_names in facilities:
            for token in place_tokens(f"{name} {other_names}"):
                held[token].append((facility_id, name))
        self._towns, self._facilities = dict(towns), dict(held)
        self._vocabulary = Vocabulary([*towns, *held])
        self.version = version

    def match(self, query: str) -> tuple[list[tuple[str, float]], list[tuple[int, str, float]]]:
        """(hometown, score) and (facility id, name, score) meeting every token of ``query``."""
        tokens = place_tokens(query)
        if not tokens:
            return [], []
        town_scores: dict[str, list[float]] = defaultdict(list)
        facility_scores: dict[tuple[int, str], list[float]] = defaultdict(list)
        for token in tokens:
            best_town: dict[str, float] = {}
            best_facility: dict[tuple[int, str], float] = {}
            for key, score in self._vocabulary.expand(token).items():
                for town in self._towns.get(key, ()):
                    best_town[town] = max(best_town.get(town, 0.0), score)
                for facility in self._facilities.get(key, ()):
                    best_facility[facility] = max(best_facility.get(facility, 0.0), score)
            for town, score in best_town.items():
                town_scores[town].append(score)
            for facility, score in best_facility.items():
                facility_scores[facility].append(score)
        towns = [(t, min(s)) for t, s in town_scores.items() if len(s) == len(tokens)]
        facilities = [
            (fid, name, min(s))
            for (fid, name), s in facility_scores.items()
            if len(s) == len(tokens)
        ]
        return towns, facilities
