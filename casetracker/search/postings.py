"""The key index held in memory: key -> ids of the persons holding it.

Measured at 100,000 people (benchmarks/bench_search.py): a query expands to a few dozen keys
whose persons number in the tens of thousands (common given names are also common father's
names), and reading them from SQLite took 8-10 ms per query, most of it per-row work. The same
lists as packed integer arrays take about 12 MB and are combined with C-level dict and set
operations in about a millisecond. SQLite stays the source of truth; this is a cache that
store/searchcache.py loads once and keeps current.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Mapping

__all__ = ["Postings"]

_EMPTY = array("i")


class Postings:
    """Person ids per key, as compact arrays; not thread-safe (the caller holds a lock)."""

    def __init__(self) -> None:
        self._lists: dict[str, array] = {}

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, int]]) -> Postings:
        """Build from (key, person id) rows; rows sorted by key load fastest."""
        postings = cls()
        lists = postings._lists
        current, ids = None, None
        for key, person in rows:
            if key != current:
                ids = lists.get(key)
                if ids is None:
                    ids = lists[key] = array("i")
                current = key
            ids.append(person)
        return postings

    @classmethod
    def from_lists(cls, rows: Iterable[tuple[str, Iterable[int | str]]]) -> Postings:
        """Build from (key, person ids) rows, ids as ints or decimal strings."""
        postings = cls()
        postings._lists = {key: array("i", map(int, ids)) for key, ids in rows}
        return postings

    def __len__(self) -> int:
        return len(self._lists)

    def keys(self) -> Iterable[str]:
        return self._lists.keys()

    def get(self, key: str) -> array:
        return self._lists.get(key, _EMPTY)

    def replace(self, person: int, old: Iterable[str], new: Iterable[str]) -> None:
        """The person now holds ``new`` instead of ``old`` keys."""
        old, new = set(old), set(new)
        for key in old - new:
            ids = self._lists.get(key)
            if ids is not None and person in ids:
                ids.remove(person)
        for key in new - old:
            ids = self._lists.setdefault(key, array("i"))
            if person not in ids:
                ids.append(person)

    def best_scores(self, keys: Mapping[str, float]) -> dict[int, float]:
        """Person id -> the best score among ``keys`` it holds.

        Keys are applied from the weakest to the strongest so that a stronger score overwrites
        a weaker one; dict.fromkeys and dict.update do the work per person in C.
        """
        best: dict[int, float] = {}
        for key, score in sorted(keys.items(), key=lambda item: item[1]):
            ids = self._lists.get(key)
            if ids:
                best.update(dict.fromkeys(ids, score))
        return best


def meeting(groups: list[dict[int, float]], need: int) -> set[int]:
    """Persons present in at least ``need`` of the per-group score dicts."""
    if need >= len(groups):
        found = set(groups[0])
        for group in groups[1:]:
            found.intersection_update(group)
        return found
    counts = Counter()
    for group in groups:
        counts.update(group.keys())
    return {person for person, count in counts.items() if count >= need}
