"""Fold names written in any script into comparable search keys.

One relative is reported as Қалиолла (Kazakh Cyrillic), Kaliolla (passport), Qaliolla (English
press), Калиолла (Russian), قالىوللا (Xinjiang Kazakh Arabic script) and 哈力奥拉 (PRC ID card).
Search has to find the record whichever form is typed, so every name goes through three steps:

1. :func:`transliterate` turns any script into readable lowercase ASCII Latin using our own
   tables (``tables.py``) for Kazakh Cyrillic, Kazakh/Uyghur Arabic script and the Chinese
   characters used to transcribe Turkic names; anyascii only handles what is left. Generic
   transliterators drop the vowels of Arabic-script Kazakh and turn Қ into ``K'``.
2. :func:`fold` merges the letters that spelling systems confuse, giving a phonetic key.
3. :func:`search_keys` adds patronymic stems, a vowel-loose variant and joined tokens; these are
   the strings to index. :func:`similarity` ranks candidates found through the keys.

Folding decisions (why each merge exists):

* q, kh, h, x -> k: Қ is q (press), k (passport, Russian К), kh; Х/Һ are kh, h or x (Uyghur
  Latin, Kazakh Wikipedia Latin). Digraphs are read before single letters, so sh/ch/zh stay.
* gh -> g: Ғ is gh, g, ğ, ǵ; Russian writes Г.
* zh, j, c, dj, dzh -> j: Ж is zh (passport), j (Kazakh Latin, Uyghur), c (Turkish press:
  Nurcan, Cumabay), dzh/dj (Russian-English). Pinyin j/zh end here too.
* sh, ch, ts -> s: ts is Russian Ц, pronounced and often written s by Kazakh speakers.
  Kazakh has no native ч, and Russian Ч corresponds to Kazakh Ш (Чингиз =
  Шыңғыс), Turkish ç and ş are confused by non-Turkish typists, and ASCII-only spellings often
  drop the h (Sinar for Шынар). Putting ch with sh (rather than with j) matches those; ch and j
  do not alternate within Kazakh or Uyghur spellings, and pinyin keeps them apart (q vs j). The
  cost is that Uyghur minimal pairs ch/sh/s merge; similarity still ranks exact spellings first.
* y -> i: y writes Ы (Kazakh Latin 2018/2021), Й (Aygul) and the glide of Е/Я/Ю (Yerlan,
  Yakub); ı, ï, і, и are i. A word-initial "ye" becomes "e" (Yerlan = Ерлан = Erlan).
* w, v -> u: Kazakh У is u, w (Kazakh Wikipedia Latin) or y' (2017); Uyghur ۋ is w or v
  (Dawut/Davut); Russian writes Дәулет as Давлет. В is otherwise rare in Kazakh and Uyghur names
  and the Russian -ov/-ev suffixes are stripped as stems, so merging costs little.
* ä, ə, á -> a (the passport and Russian letters write Ә as A); ö, ó -> o; ü, ú, ū -> u.
  e is kept apart from a in the key (Ерлан and Арлан are different names); the vowel-loose
  search key (below) bridges Uyghur ə/e and Kazakh a (ئەخمەت Exmet = Ahmet).
* double letters collapse (Qaliolla/Qalïola), then ng -> n because Russian spellings write Ң as
  Н (Мыңбай/Мынбай); doubles are collapsed first so ң+ғ and н+г fold alike.
* Everything that is not a letter separates tokens; apostrophes of the Kazakh Latin 2017
  alphabet (a' o' u' g' n' s' c' i' y') are read as letters first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise, permutations

from anyascii import anyascii

from casetracker.search import tables

__all__ = [
    "FOLD_VERSION",
    "MATCH_THRESHOLD",
    "fold",
    "groups_similarity",
    "loose_key",
    "name_groups",
    "name_tokens",
    "normalize_phone",
    "search_keys",
    "similarity",
    "token_similarity",
    "transliterate",
]

#: Bump whenever a rule or table changes: stored search keys are rebuilt by a migration.
FOLD_VERSION: int = 4

#: similarity() at or above this means "probably the same name". Chosen on the test table in
#: tests/search/test_fold.py: the weakest true pairs (Chinese 赛力克/卡德尔 vs Serik/Qadir) score
#: 0.88, while one changed consonant in a name of up to 7 letters scores at most 0.857
#: (Serik/Berik 0.80, Gulnara/Gulnaza 0.857) and a/u or a/i in 5 letters 0.82 (Marat/Murat).
MATCH_THRESHOLD: float = 0.87

# --- transliterate ---------------------------------------------------------------------------

_CHAR_TABLE = str.maketrans(
    {
        **tables.CYRILLIC,
        **tables.ARABIC,
        **tables.LATIN,
        **dict.fromkeys(tables.SEPARATORS, " "),
    }
)
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# Some keyboards type Arabic heh (ه) for Uyghur/Kazakh ە, which looks the same at the end of a
# word; after the hamza seat (ئه) it can only be the vowel.
_HEH_AS_E = re.compile(r"(?<=ئ)ه|ه(?![\u0600-\u06ff\u0750-\u077f])")
_APOSTROPHE_FORM = re.compile(
    "|".join(re.escape(k) for k in sorted(tables.APOSTROPHE_FORMS, key=len, reverse=True))
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_CJK_WORD_MAX = max(map(len, tables.CJK_WORDS))


@lru_cache(maxsize=8192)
def _pinyin(char: str) -> str:
    """Toneless pinyin of one character, respelled for a Latin reader (x -> sh, tuo -> to).

    Characters are read one by one on purpose: transcribed names are not Chinese words, and
    pypinyin's phrase dictionary would pick Mandarin readings for chance pairs.
    """
    from pypinyin import Style, lazy_pinyin  # imported late: loading its dictionary is slow

    syllables = lazy_pinyin(char, style=Style.NORMAL, v_to_u=True, errors="ignore")
    if not syllables:
        return anyascii(char).lower()
    syllable = anyascii(syllables[0]).lower()
    for final, respelled in tables.PINYIN_FINALS.items():
        if syllable.endswith(final):
            syllable = syllable[: -len(final)] + respelled
    if syllable[:2] not in ("ch", "sh", "zh"):
        head = tables.PINYIN_INITIALS.get(syllable[:1])
        if head:
            syllable = head + syllable[1:]
    return syllable


def _cjk_name(match: re.Match[str]) -> str:
    """Read a run of Chinese characters as one transcribed Turkic word."""
    run = match.group()
    out: list[str] = []
    i = 0
    while i < len(run):
        for size in range(min(_CJK_WORD_MAX, len(run) - i), 1, -1):
            word = tables.CJK_WORDS.get(run[i : i + size])
            if word is not None:
                out.append(word)
                i += size
                break
        else:
            char = run[i]
            if i > 0 and i == len(run) - 1 and char in tables.CJK_FINAL:
                out.append(tables.CJK_FINAL[char])
            elif i > 0 and char in tables.CJK_CODA:
                out.append(tables.CJK_CODA[char])
            else:
                out.append(tables.CJK_CHARS.get(char) or _pinyin(char))
            i += 1
    return " " + "".join(out) + " "


def transliterate(text: str) -> str:
    """Any script -> lowercase ASCII Latin words separated by single spaces.

    The result is readable (``Жұмабай`` -> ``zhumabay``) and keeps distinctions that fold later
    merges, so it can be shown to a user or exported. Name separators (``·`` ``-`` ``.``) and
    other punctuation become spaces; apostrophes of the Kazakh Latin 2017 alphabet are read.
    """
    if text.isascii():  # fast path: most names are typed in Latin
        text = text.lower()
    else:
        text = unicodedata.normalize("NFC", text).lower()
        if _CJK_RUN.search(text):
            text = _CJK_RUN.sub(_cjk_name, text)
        if "ه" in text:
            text = _HEH_AS_E.sub("ە", text)
        text = text.translate(_CHAR_TABLE)
        if not text.isascii():
            text = anyascii(text).lower()
    if "'" in text or "`" in text:
        text = text.replace("`", "'")
        text = _APOSTROPHE_FORM.sub(lambda m: tables.APOSTROPHE_FORMS[m.group()], text)
        text = text.replace("'", "")
    return _NOT_ALNUM.sub(" ", text).strip()


# --- fold ------------------------------------------------------------------------------------

_FOLD_SINGLE = str.maketrans(tables.FOLD_SINGLE)
_LETTERS = re.compile(r"[a-z]+")


_DOUBLE = re.compile(r"(.)\1+")


def _collapse(word: str) -> str:
    """Collapse runs of one letter (Qaliolla -> qaliola)."""
    return _DOUBLE.sub(_first_group, word) if _DOUBLE.search(word) else word


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """Fold one transliterated word (``[a-z]+``); cached because names repeat a lot.

    Repeated until nothing changes, so that folding a key again is a no-op even when a merge
    creates a new pair (t+ch -> "ts" -> s).
    """
    if word.startswith("ye"):
        word = word[1:]
    while True:
        folded = word
        for digraph, value in tables.FOLD_DIGRAPHS:
            if digraph in folded:
                folded = folded.replace(digraph, value)
        folded = _collapse(folded.translate(_FOLD_SINGLE))
        if "ng" in folded:
            folded = _collapse(folded.replace("ng", "n"))
        if folded == word:
            return folded
        word = folded


def fold(text: str) -> str:
    """Phonetic key of ``text``: space-separated folded tokens of ASCII lowercase letters.

    Spellings of one name in different scripts and romanisations fold to the same string
    (Қалиолла, Kaliolla, Qalïolla, قالىوللا, 哈力奥拉 -> ``kaliola``). See the module docstring
    for the merges and why each one is made. Digits and punctuation are dropped.
    """
    return " ".join(_fold_word(w) for w in _LETTERS.findall(transliterate(text)))


# --- name tokens and keys --------------------------------------------------------------------

_PARTICLES = frozenset(_fold_word(p) for p in tables.PATRONYMIC_PARTICLES)
_ENDINGS = tuple(sorted({_fold_word(e) for e in tables.STEM_ENDINGS}, key=len, reverse=True))
#: A stem shorter than this is not emitted (Eva, Uli, Lev are names, not endings).
MIN_STEM = 3
_LOOSE_VOWELS = str.maketrans("eoi", "auu")


def _stem(token: str) -> str | None:
    """Token without a patronymic or Russian surname ending, if a plausible stem remains."""
    if not token.endswith(_ENDINGS):
        return None
    for ending in _ENDINGS:
        if token.endswith(ending):
            stem = token[: -len(ending)]
            if len(stem) >= MIN_STEM and any(v in stem for v in "aeiou"):
                return stem
            return None
    return None


#: Endings as transliterated (before folding), longest first: see _raw_stem.
_RAW_ENDINGS = tuple(sorted(set(tables.STEM_ENDINGS), key=len, reverse=True))


def _valid_stem(stem: str) -> str | None:
    return stem if len(stem) >= MIN_STEM and any(v in stem for v in "aeiou") else None


def _raw_stem(word: str) -> str | None:
    """Stem found before folding collapses double letters across the ending.

    Серікқызы is "serikqyzy", folded "serikizi": kk became one k, and stripping the folded
    ending "kizi" would leave "seri". Every father's name ending in k or q (Серік, Мұратбек,
    Ардақ) has that problem, so the ending is first looked for in the transliterated word.
    """
    if not word.endswith(_RAW_ENDINGS):  # one C-level test for the common case
        return None
    for ending in _RAW_ENDINGS:
        if word.endswith(ending):
            return _valid_stem(_fold_word(word[: -len(ending)]))
    return None


@lru_cache(maxsize=65536)
def _words(piece: str) -> tuple[tuple[str, str], ...]:
    """(folded, transliterated) words of one space-free piece of a name.

    Full names rarely repeat but their words do (a 50,000-person vault has 84,000 distinct
    names and 19,000 distinct words); transliteration reads nothing across a space, so reading
    the pieces one by one gives what reading the whole text gives, at a quarter of the cost.
    """
    return tuple((_fold_word(raw), raw) for raw in _LETTERS.findall(transliterate(piece)))


@lru_cache(maxsize=65536)
def _groups(text: str) -> tuple[tuple[str, ...], ...]:
    """Folded tokens of a name, each as (full token, stem?) with separate particles joined."""
    words: list[tuple[str, str]] = []  # (folded word, transliterated word)
    for word, raw in (pair for piece in text.split() for pair in _words(piece)):
        if word in _PARTICLES and words:
            # "Tursyn uly" as "Tursynuly"; "Serik kyzy" as "Serikkyzy", folded "serikizi"
            words[-1] = (_collapse(words[-1][0] + word), words[-1][1] + raw)
        else:
            words.append((word, raw))
    groups = []
    for word, raw in words:
        stem = _raw_stem(raw) or _stem(word)
        groups.append((word, stem) if stem and stem != word else (word,))
    return tuple(groups)


def name_tokens(text: str) -> list[str]:
    """Folded tokens of a name, each followed by its stem when it has a patronymic ending.

    ``Tursynuly``, ``Tursyn uly``, ``Турсынұлы`` all give ``["tursinuli", "tursin"]``;
    ``Tursunova`` gives ``["tursunoua", "tursun"]`` (v folds to u). Endings: Kazakh -uly/-kyzy,
    Kyrgyz -ulu, Uyghur -qizi, -ogly, Russian -ov/-ova/-ev/-eva/-ovich/-ovna/-evich/-evna.
    -in/-ina are not stripped (folded Kazakh names end in -in: Tursyn). A stem is only emitted
    when at least three letters including a vowel remain (Eva, Lev stay whole). The ending is
    found before double letters are collapsed: ``Серікқызы`` gives ``["serikizi", "serik"]``.
    """
    out: dict[str, None] = {}
    for group in _groups(text):
        out.update(dict.fromkeys(group))
    return list(out)


def name_groups(text: str) -> tuple[tuple[str, ...], ...]:
    """Folded tokens of a name as groups ``(token, stem?)``, patronymic particles joined.

    The search ranks and the duplicate scan compares names at this level; the groups of one
    text are cached, and two texts with equal groups are the same name for every comparison.
    """
    return _groups(text)


def loose_key(token: str) -> str:
    """The vowel-loose form of one folded token, as stored among the search keys."""
    return _loose(token)


@lru_cache(maxsize=65536)
def _loose(token: str) -> str:
    """Vowel-loose variant: a/e merge, i/o/u merge (Exmet = Ahmet, Tursun = Tursyn)."""
    return _collapse(token.translate(_LOOSE_VOWELS))


@lru_cache(maxsize=65536)
def _search_keys(text: str) -> tuple[str, ...]:
    groups = _groups(text)
    keys: dict[str, None] = {}
    for group in groups:
        keys.update(dict.fromkeys(group))
    for group in groups:
        keys.update(dict.fromkeys(_loose(token) for token in group))
    # Joined neighbours: "Nur Jan" / "Nurjan" / 努尔江, "Abdu Rahman" / "Abdurahman".
    for left, right in pairwise(groups):
        keys[left[0] + right[0]] = None
    return tuple(key for key in keys if len(key) >= 2)


def search_keys(text: str) -> list[str]:
    """Keys to index for one name variant; a query matches when it shares any key.

    In order: folded tokens with their stems, vowel-loose variants (a=e, i=o=u, which let
    Uyghur ئەخمەت/Exmet meet Ahmet and Tursun meet Tursyn), then adjacent tokens joined.
    Keys shorter than two letters (initials) are left out. Deterministic order, no duplicates.
    Loose keys over-match on purpose (Erlan/Arlan); rank the candidates with similarity().
    """
    return list(_search_keys(text))


# --- similarity ------------------------------------------------------------------------------


_INDEL_COST = {**dict.fromkeys(tables.VOWELS, tables.VOWEL_INDEL_COST), "i": tables.I_INDEL_COST}
_SUBSTITUTION_COST = {
    x + y: cost for pair, cost in tables.SUBSTITUTION_COST.items() for x in pair for y in pair
}


def _edit_cost(a: str, b: str) -> float:
    """Price rapidfuzz's unit-cost alignment of ``a`` into ``b`` with the tables' weights."""
    # imported on first use: 14 ms that indexing names and starting the app do not need
    from rapidfuzz.distance import Levenshtein

    cost = 0.0
    for tag, i, j in Levenshtein.editops(a, b).as_list():
        if tag == "replace":
            cost += _SUBSTITUTION_COST.get(a[i] + b[j], 1.0)
        else:
            cost += _INDEL_COST.get(a[i] if tag == "delete" else b[j], 1.0)
    return cost


def token_similarity(a: str, b: str) -> float:
    """Weighted similarity in 0..1 of two folded tokens (see :func:`similarity`)."""
    return _token_similarity(a, b)


@lru_cache(maxsize=131072)
def _token_similarity(a: str, b: str) -> float:
    """1 - weighted edit distance / longer length, for two folded tokens.

    rapidfuzz gives the unit-cost alignment; its operations are then priced with the table in
    tables.py (vowel drift cheap, a/u or b/s expensive). Among equal unit-cost alignments
    rapidfuzz picks one; trying both directions and keeping the cheaper makes the result
    symmetric and closer to the true weighted distance (the distance can be overstated, never
    understated).
    """
    if a == b:
        return 1.0
    longest = max(len(a), len(b))
    cost = min(_edit_cost(a, b), _edit_cost(b, a))
    return max(0.0, 1.0 - cost / longest)


@lru_cache(maxsize=131072)
def _group_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Best token pair of two groups; cached because ranking compares one query's groups with
    thousands of stored names that share their groups (given names and father's names recur).
    """
    return max(_token_similarity(x, y) for x in a for y in b)


def _combine(scores: list[float], weights: list[int]) -> float:
    """Half weighted mean, half worst token: one wrong given name means another person."""
    mean = sum(s * w for s, w in zip(scores, weights, strict=True)) / sum(weights)
    return 0.5 * mean + 0.5 * min(scores)


#: Score factor per token present in only one of the names ("Qaliolla" vs "Erlan Qaliolla").
MISSING_TOKEN_FACTOR = 0.92
_MAX_EXACT_ASSIGNMENT = 6


@lru_cache(maxsize=64)
def _pairings(rows: int, cols: int) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Every way to pair ``rows`` tokens with distinct ones of ``cols`` (rows <= cols)."""
    return tuple(tuple(enumerate(p)) for p in permutations(range(cols), rows))


def _assignment_score(short: tuple, long: tuple) -> float:
    """Best order-independent pairing of the tokens of ``short`` with tokens of ``long``."""
    matrix = [[_group_similarity(x, y) for y in long] for x in short]
    sizes = [[max(len(x[0]), len(y[0])) for y in long] for x in short]
    if len(long) <= _MAX_EXACT_ASSIGNMENT:
        best = 0.0
        for pairs in _pairings(len(short), len(long)):
            # _combine, inlined: this loop runs for every candidate a search re-ranks
            total = weight = 0.0
            worst = 1.0
            for i, j in pairs:
                score, size = matrix[i][j], sizes[i][j]
                total += score * size
                weight += size
                if score < worst:
                    worst = score
            best = max(best, 0.5 * total / weight + 0.5 * worst)
    else:  # greedy for unusually long names
        free = set(range(len(long)))
        scores, weights = [], []
        for i, row in enumerate(matrix):
            j = min(free, key=lambda col, row=row: (-row[col], col))
            free.discard(j)
            scores.append(row[j])
            weights.append(sizes[i][j])
        best = _combine(scores, weights)
    return best * MISSING_TOKEN_FACTOR ** (len(long) - len(short))


def similarity(a: str, b: str) -> float:
    """Similarity in 0..1 of two names in any scripts, independent of token order.

    Tokens are paired to maximise the score (a token may match another by its patronymic stem),
    and the result is half the length-weighted mean and half the worst pair, so that
    ``Erlan Qaliolla`` vs ``Erbol Qaliolla`` scores about 0.6 while ``Ерлан Қалиолла`` vs
    ``Erlan Qaliolla`` scores 1.0 (rapidfuzz token_sort_ratio and token_set_ratio both give the
    siblings 0.85, too close to a true match).
    Each token missing from the shorter name costs a factor of 0.92. When the token counts
    differ the names are also compared with their tokens joined (Nur Jan / Nurjan / 努尔江).
    0.0 when either name has no letters.
    """
    return groups_similarity(_groups(a), _groups(b))


def groups_similarity(ga: tuple[tuple[str, ...], ...], gb: tuple[tuple[str, ...], ...]) -> float:
    """:func:`similarity` of two names already split by :func:`name_groups`."""
    if not ga or not gb:
        return 0.0
    short, long = sorted((ga, gb), key=lambda g: (len(g), g))  # same result for (b, a)
    score = _assignment_score(short, long)
    if len(ga) != len(gb):
        joined = _token_similarity("".join(g[0] for g in ga), "".join(g[0] for g in gb))
        score = max(score, joined)
    return round(min(1.0, score), 6)


# --- phone numbers ---------------------------------------------------------------------------


def normalize_phone(text: str, default_region: str = "KZ") -> str | None:
    """E.164 form (``+77011234567``) of a phone number, or None when ``text`` is not one.

    Numbers without a country code are read in ``default_region``. Possible-length rather than
    full validity is required, so numbers from ranges newer than the bundled metadata survive.
    """
    # imported on first use: its metadata costs ~20 ms, and every start of the app loads this
    # module (name folding) while only phone searches and phone fields need it
    import phonenumbers

    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
