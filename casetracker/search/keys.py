"""Which keys a person is indexed under, and of what kind.

The index (store/namekeys.py) stores every key of :func:`fold.search_keys` per person; this
module labels them so that the in-memory vocabulary only expands real name tokens by edit
distance. Expanding vowel-loose keys or joined neighbours as well would triple the vocabulary
(every given name x father name pair is a joined key) and slow every query for no recall: a
query's own loose and joined keys are looked up exactly instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import IntEnum
from itertools import pairwise

from casetracker.search.fold import loose_key, name_groups

#: A folded name: its tokens, each with its patronymic stem when it has one (fold.name_groups).
Groups = tuple[tuple[str, ...], ...]

__all__ = [
    "MIN_KEY",
    "Groups",
    "KeyKind",
    "decode_groups",
    "encode_groups",
    "keys_of_groups",
    "keys_of_names",
    "skeleton",
]

#: Keys shorter than this are not indexed (initials), as in fold.search_keys.
MIN_KEY = 2


class KeyKind(IntEnum):
    """Stored in the vocabulary table; lower values win when one key has several kinds."""

    TOKEN = 0  # a folded name token or its patronymic stem: expanded by edit distance
    LOOSE = 1  # vowel-loose variant of a token: looked up exactly
    JOINED = 2  # two neighbouring tokens written as one word: looked up exactly


def keys_of_names(texts: Iterable[str]) -> dict[str, KeyKind]:
    """Every key of these name variants (one person's names), with its kind.

    The same keys as :func:`fold.search_keys` (a test keeps them equal).
    """
    return keys_of_groups(name_groups(text) for text in dict.fromkeys(texts))


def keys_of_groups(names: Iterable[Groups]) -> dict[str, KeyKind]:
    """:func:`keys_of_names` for names already folded by :func:`fold.name_groups`."""
    keys: dict[str, KeyKind] = {}
    for groups in names:
        for group in groups:
            for token in group:
                keys[token] = KeyKind.TOKEN
        for group in groups:
            for token in group:
                loose = loose_key(token)
                if keys.get(loose, KeyKind.JOINED) > KeyKind.LOOSE:
                    keys[loose] = KeyKind.LOOSE
        for left, right in pairwise(groups):
            keys.setdefault(left[0] + right[0], KeyKind.JOINED)
    return {key: kind for key, kind in keys.items() if len(key) >= MIN_KEY}


# --- consonant skeletons: the fuzzy path for Chinese transcriptions -----------------------------
# A Chinese transcription keeps the consonants of a Turkic name in order but inserts vowels
# (宽阿尼西 kuananisi = Қуаныш kuanis), writes r as l (凯拉提 kailat = Қайрат), does not tell
# voiced from voiceless (哈 for Ғ, 扎 for З or Ж) and has no f (帕提玛 for Фатима). Those
# differences are too many edits for a typo search but vanish in the skeleton: vowels dropped,
# r/l, g/k, b/p/f and d/t merged, runs collapsed. j is dropped like a vowel: besides Ж it is
# the Latin й of many spellings (Lejla, Ajgul, Bejbit), a glide that Chinese and the other
# alphabets write as a vowel. Skeletons only propose candidates; token_similarity decides.
_SKELETON = str.maketrans(
    {"r": "l", "g": "k", "p": "b", "f": "b", "d": "t"} | {v: None for v in "aeiouj"}
)
_RUNS = re.compile(r"(.)\1+")


def skeleton(token: str) -> str:
    """Consonant skeleton of a folded token (``kuananisi`` and ``kuanis`` -> ``kns``)."""
    return _RUNS.sub(r"\1", token.translate(_SKELETON))


# --- folded names as stored text ----------------------------------------------------------------


def encode_groups(groups: Groups) -> str:
    """``(("erlan",), ("kaliolauli", "kaliola"))`` -> ``"erlan kaliolauli,kaliola"``."""
    return " ".join(",".join(group) for group in groups)


def decode_groups(text: str) -> Groups:
    return tuple(tuple(group.split(",")) for group in text.split())
