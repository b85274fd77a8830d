"""Is this the same person recorded twice? Evidence and a score for one pair (pure Python).

Name similarity across scripts is the base; the other facts a volunteer records move it up or
down, each by an amount in :data:`WEIGHTS` that a reviewer can read and tune:

* a shared identifier (same PRC ID or passport number) settles it; two different numbers of
  the same kind rule it out;
* birth years: the same year supports, years apart argue against (an "about" year is widened
  by :data:`ABOUT_YEARS` first);
* sex recorded differently argues against;
* the same hometown (one written inside the other: "Tekes" / "Qarasu village, Tekes County,
  Ili") supports a little, thousands share a county; different hometowns argue against;
* a shared reporter phone supports a little: the same family reports again, but the same
  family also reports siblings.

Siblings are the hard case: Erlan Qaliolla and Erbol Qaliolla share a father's name, hometown
and often the reporter, and their names score about 0.6. Every support together adds 0.15, so
they stay below :data:`DUPLICATE_THRESHOLD` unless an identifier says otherwise. Namesakes are
the other: at 100,000 people many share a full name, so the name alone is not enough when the
hometowns differ or the birth years are apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations

from casetracker.search.fold import groups_similarity, token_similarity
from casetracker.search.keys import Groups, skeleton
from casetracker.search.places import place_tokens

__all__ = [
    "DUPLICATE_THRESHOLD",
    "Evidence",
    "Facts",
    "blocking_keys",
    "compare",
    "name_similarity",
]

#: Pairs scoring at least this are proposed as duplicates.
DUPLICATE_THRESHOLD = 0.86
#: Name similarity below this is not worth weighing the other facts for.
NAME_FLOOR = 0.7
#: The highest score without a shared identifier: only a document number makes it certain.
CERTAIN_WITHOUT_IDENTIFIER = 0.99
#: Years added on each side of a birth year written as approximate (1975~).
ABOUT_YEARS = 2

WEIGHTS = {
    "same_birth_year": 0.05,
    "overlapping_birth_years": 0.0,  # shown, but an "about 1975" fits too many people
    "birth_one_year_apart": -0.2,
    "birth_years_apart": -0.35,
    "different_sex": -0.35,
    "same_hometown": 0.04,
    # Namesakes are common: the same full name from another county is most likely someone else.
    "different_hometown": -0.2,
    "shared_phone": 0.06,
    "different_identifier": -0.6,
}
#: Hometown tokens this similar are one place spelled two ways (Ghulja / Qulja / Гулжа).
PLACE_TOKEN_MATCH = 0.85


@dataclass(frozen=True)
class Evidence:
    """One reason for or against; ``weight`` is what it added to the score."""

    kind: str  # name | identifier | birth_year | sex | hometown | phone
    detail: str
    weight: float


@dataclass(frozen=True)
class Facts:
    """What the duplicate check weighs about one person (stored, or being typed in a form)."""

    names: tuple[str, ...]
    birth: tuple[int, int] | None = None  # earliest and latest plausible birth year
    sex: str = "unknown"
    hometown: str = ""
    phones: frozenset[str] = field(default_factory=frozenset)  # reporter phones, last 9 digits
    identifiers: frozenset[tuple[str, str]] = field(default_factory=frozenset)


def birth_range(
    lower: str | None, upper: str | None, text: str = "", age: tuple | None = None
) -> tuple[int, int] | None:
    """Plausible birth years from stored bounds (ISO dates), widened for "about" dates.

    ``age`` is (age_min, age_max, year the age was recorded) for when only an age is known.
    """
    if lower or upper:
        low = int((lower or upper)[:4])
        high = int((upper or lower)[:4])
        if "~" in text or "%" in text or "?" in text:
            low, high = low - ABOUT_YEARS, high + ABOUT_YEARS
        return low, high
    if age and (age[0] is not None or age[1] is not None):
        youngest, oldest, year = age
        return year - (oldest if oldest is not None else youngest) - 1, year - (
            youngest if youngest is not None else oldest
        )
    return None


def _birth(a: tuple[int, int] | None, b: tuple[int, int] | None) -> Evidence | None:
    if a is None or b is None:
        return None
    gap = max(a[0], b[0]) - min(a[1], b[1])
    if gap <= 0:
        if a[0] == a[1] == b[0] == b[1]:
            return Evidence("birth_year", f"both born {a[0]}", WEIGHTS["same_birth_year"])
        return Evidence("birth_year", "birth years overlap", WEIGHTS["overlapping_birth_years"])
    kind = "birth_one_year_apart" if gap == 1 else "birth_years_apart"
    return Evidence("birth_year", f"born {gap} year(s) apart", WEIGHTS[kind])


def _same_place(a: list[str], b: list[str]) -> bool:
    """Every token of the shorter place is in the longer (spelling aside): one place, written
    with more or less detail ("Tekes" / "Qarasu village, Tekes County, Ili"). Sharing only the
    prefecture ("Tekes County, Ili" / "Nilka County, Ili") is not the same hometown."""
    short, long = sorted((a, b), key=len)
    return all(any(token_similarity(x, y) >= PLACE_TOKEN_MATCH for y in long) for x in short)


def _hometown(a: str, b: str) -> Evidence | None:
    tokens_a, tokens_b = place_tokens(a), place_tokens(b)
    if not tokens_a or not tokens_b:
        return None
    same = _same_place(tokens_a, tokens_b)
    return Evidence(
        "hometown", f"{a} / {b}", WEIGHTS["same_hometown" if same else "different_hometown"]
    )


def _identifiers(a: Facts, b: Facts) -> Evidence | None:
    shared = a.identifiers & b.identifiers
    if shared:
        kind, value = sorted(shared)[0]
        return Evidence("identifier", f"same {kind} {value}", 1.0)
    kinds_a = {kind for kind, _ in a.identifiers}
    clash = sorted(kind for kind, _ in b.identifiers if kind in kinds_a)
    if clash:
        return Evidence(
            "identifier", f"different {clash[0]} numbers", WEIGHTS["different_identifier"]
        )
    return None


def compare(
    a: Facts, b: Facts, name_score: float, name_detail: str
) -> tuple[float, list[Evidence]]:
    """Score in 0..1 and the evidence, given the best name similarity of the two persons."""
    evidence = [Evidence("name", name_detail, round(name_score, 3))]
    identifier = _identifiers(a, b)
    if identifier is not None and identifier.weight >= 1.0:
        return 1.0, [identifier, *evidence]
    others = [
        identifier,
        _birth(a.birth, b.birth),
        Evidence("sex", f"{a.sex} / {b.sex}", WEIGHTS["different_sex"])
        if "unknown" not in (a.sex, b.sex) and a.sex != b.sex
        else None,
        _hometown(a.hometown, b.hometown),
        Evidence(
            "phone",
            f"the same reporter phone (…{min(a.phones & b.phones)[-4:]})",
            WEIGHTS["shared_phone"],
        )
        if a.phones & b.phones
        else None,
    ]
    evidence += [item for item in others if item is not None]
    score = name_score + sum(item.weight for item in evidence[1:])
    return round(min(CERTAIN_WITHOUT_IDENTIFIER, max(0.0, score)), 4), evidence


# --- blocking: which pairs a whole-vault scan compares --------------------------------------


def _canonical(group: tuple[str, ...]) -> str:
    """The stem when there is one: Qaliollauly, Qaliolla uly and Калиоллаев block together."""
    return group[-1]


#: Letters of the other token that a prefix blocking key keeps.
BLOCK_PREFIX = 2


def blocking_keys(groups: Iterable[Groups]) -> set[str]:
    """Keys under which one person's name variants are filed for the scan.

    Two persons are compared when they share a key: one name token exactly and the start of
    another (a typo or a variant spelling later in the other token: Jumabaj / Jumabai
    Tursynuly), or the two consonant skeletons (Chinese transcriptions, vowel typos). A
    one-token name is filed under its token and its skeleton.
    """
    keys: set[str] = set()
    for name in groups:
        tokens = sorted({_canonical(group) for group in name})
        if len(tokens) == 1:
            keys.add("t:" + tokens[0])
            keys.add("s:" + skeleton(tokens[0]))
            continue
        for left, right in combinations(tokens, 2):
            keys.add(f"p:{left} {right[:BLOCK_PREFIX]}")
            keys.add(f"p:{right} {left[:BLOCK_PREFIX]}")
            keys.add("s:" + " ".join(sorted((skeleton(left), skeleton(right)))))
    return keys


# --- names compared for duplicates: who is the father ------------------------------------------


def _roles(groups: Groups) -> tuple[int, int] | None:
    """(given, father) group indexes of a two-part name, or None when they cannot be told.

    A patronymic or surname ending marks the father's name (Serikuly, Serikov); an unmarked
    two-part name is read given name first, the order of PRC ID cards (给·父), passports and
    the press.
    """
    if len(groups) != 2:
        return None
    marked = [len(group) > 1 for group in groups]
    if marked == [True, True]:
        return None
    return (1, 0) if marked[0] else (0, 1)


def name_similarity(a: Groups, b: Groups) -> float:
    """fold.similarity, but a given name is not matched with a father's name.

    The search matches name parts in any order, which is right for finding a case; for telling
    two cases apart it is not: Қайсар Нұржанұлы (Qaisar, son of Nurzhan) and 努尔江·凯萨尔
    (Nurzhan, son of Qaisar) are father and son, not one man.
    """
    score = groups_similarity(a, b)
    roles_a, roles_b = _roles(a), _roles(b)
    if roles_a is None or roles_b is None:
        return score
    given = groups_similarity((a[roles_a[0]],), (b[roles_b[0]],))
    father = groups_similarity((a[roles_a[1]],), (b[roles_b[1]],))
    return min(score, round(0.5 * (given + father) / 2 + 0.5 * min(given, father), 6))


def window_pairs(
    members: list[int], birth: Callable[[int], tuple[int, int] | None], years: int
) -> Iterable[tuple[int, int]]:
    """Pairs of one block worth comparing: birth years within ``years``, or a year unknown.

    Namesakes are common (a block of one full name can hold hundreds at 100,000 people), and a
    pair born more than a few years apart cannot reach the threshold, so the block is sorted by
    birth year and each member is only compared with the next few years.
    """
    known = sorted((m for m in members if birth(m) is not None), key=lambda m: birth(m)[0])
    unknown = [m for m in members if birth(m) is None]
    for index, left in enumerate(known):
        high = birth(left)[1]
        for right in known[index + 1 :]:
            if birth(right)[0] > high + years:
                break
            yield left, right
    for index, left in enumerate(unknown):
        for right in unknown[index + 1 :]:
            yield left, right
        for right in known:
            yield left, right
