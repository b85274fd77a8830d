"""Fuzzy dates and age ranges, as relatives actually remember them.

Families rarely know the day a relative was taken: they say "autumn 2016", "about 2018",
"before 2019". We store such a date as EDTF level 1 text (Library of Congress Extended
Date/Time Format) because it is a published standard that other tools read, it keeps exactly
what was said, and it sorts and filters through two plain calendar bounds.

Parsing is delegated to the `edtf` package; this module only decides which EDTF forms we
accept, turns them into bounds, says them in words (English, Russian, Kazakh), and reads the
local forms volunteers type (``12.04.2018``, ``весна 2018``, ``шамамен 2018``).

Bounds are the *strict* calendar span the text names: ``2018~`` ("about 2018") is 2018-01-01
to 2018-12-31. The qualifiers ``~ ? %`` stay in the text and do not widen the bounds, because
the library's fuzzy padding is coarse (a year and a month either side of "about 12 April")
and a filter that silently widens is harder to explain than one that does not.
"""

from __future__ import annotations

import calendar
import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import edtf


@cache
def _library():
    """The edtf package, imported on first use: the common forms are read without it (see
    `_fast_read`), and importing it (pyparsing) cost 0.1 s of every start-up."""
    import edtf

    return edtf


#: Longer input is refused before it reaches the parser (pyparsing cost grows with length).
MAX_TEXT_LENGTH = 100

_EDTF_HINT = "use e.g. 2018, 2018-04, 2018~, ../2019"
_USER_HINT = "use e.g. 2018, 04.2018, 12.04.2018, spring 2018, about 2018, before 2019, 2017-2018"

#: Only these characters occur in the EDTF forms we support; anything else (T, Y, S, [, {, ^ of
#: level 2 and date-times) is refused up front, which also keeps the library away from inputs
#: on which it raises TypeError and prints its arguments to stdout.
_EDTF_CHARS = re.compile(r"[0-9X~?%/.\-]+")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}X")
_INTERVAL_END = re.compile(r"\.\.$|\d{3}[\dX]")
#: Earlier years are refused: nobody we record was born then, and words stay four digits.
FIRST_YEAR = 1000


class _DateError(ValueError):
    """A refused date; `reason` is the part after the quoted text, reused by `from_user`."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"not a date: {text!r} ({reason})")
        self.reason = reason


# --------------------------------------------------------------------------------------------
# Reading EDTF into points


@dataclass(frozen=True)
class _Point:
    """One end of a date (or the whole of a single date) with its calendar span."""

    precision: str  # "year" | "month" | "day" | "season" | "decade"
    year: int  # for a decade, its first year
    month: int | None
    day: int | None
    season: int | None  # EDTF season code 21 spring .. 24 winter
    approx: bool
    uncertain: bool
    lower: date
    upper: date

    @property
    def plain_year(self) -> bool:
        return self.precision == "year" and not (self.approx or self.uncertain)


@dataclass(frozen=True)
class _Reading:
    """What a stored text means: a single point or an interval with optional open ends."""

    shape: str  # "single" | "between" | "before" | "after"
    start: _Point | None
    end: _Point | None


def _int_or_none(value: str | None) -> int | None:
    return None if value is None or "X" in value else int(value)


def _year(digits: str | None, label: str) -> int:
    if digits is None or not _YEAR.fullmatch(digits):
        raise _DateError(label, _EDTF_HINT)
    if int(digits) < FIRST_YEAR:
        raise _DateError(label, f"years before {FIRST_YEAR} are not supported")
    return int(digits)


def _date_fields(leaf: edtf.Date) -> dict:
    if leaf.significant_digits:
        raise _DateError(str(leaf), _EDTF_HINT)
    year = _year(leaf.year, str(leaf))
    month, day = _int_or_none(leaf.month), _int_or_none(leaf.day)
    precision = "day" if day else "month" if month else "year"
    return {"precision": precision, "year": year, "month": month, "day": day}


def _season_fields(leaf: edtf.Season) -> dict:
    year = _year(leaf.year, str(leaf))
    return {"precision": "season", "year": year, "season": int(leaf.season)}


def _unspecified_fields(leaf: edtf.Unspecified) -> dict:
    """``201X`` is a decade; ``2018-XX`` and ``2018-04-XX`` just mean "2018", "April 2018"."""
    if _DECADE.fullmatch(leaf.year):
        return {"precision": "decade", "year": _year(leaf.year[:3] + "0", str(leaf))}
    if not _YEAR.fullmatch(leaf.year):
        raise _DateError(str(leaf), "only the last digit of a year can be unknown, e.g. 201X")
    return _date_fields(leaf)


#: Exact classes only: Level2Season, PartialUnspecified etc. subclass these but are level 2.
@cache
def _leaves() -> dict[type, Callable[..., dict]]:
    edtf = _library()
    return {
        edtf.Date: _date_fields,
        edtf.Season: _season_fields,
        edtf.Unspecified: _unspecified_fields,
    }


def _calendar_date(parts: tuple, label: str) -> date:
    try:
        return date(*parts[:3])
    except (TypeError, ValueError, OverflowError):
        raise _DateError(label, f"{label} is not in the calendar") from None


def _point(leaf: object, ua: edtf.UA | None) -> _Point:
    reader = _leaves().get(type(leaf))
    if reader is None:
        raise _DateError(str(leaf), _EDTF_HINT)
    fields = {"month": None, "day": None, "season": None, **reader(leaf)}
    lower = _calendar_date(tuple(leaf.lower_strict()), str(leaf))
    upper = _calendar_date(tuple(leaf.upper_strict()), str(leaf))
    if fields["season"] == 24:
        # edtf makes "winter 2018" December 2018 only; we let it run to the end of February.
        year = fields["year"] + 1
        upper = _calendar_date((year, 2, calendar.monthrange(year, 2)[1]), str(leaf))
    both = bool(ua and ua.is_uncertain_and_approximate)
    return _Point(
        **fields,
        approx=bool(ua and ua.is_approximate) or both,
        uncertain=bool(ua and ua.is_uncertain) or both,
        lower=lower,
        upper=upper,
    )


def _interval_end(section: object) -> _Point | None:
    """An end of a level 1 interval: None when open (``..``), refused when unknown (empty)."""
    if isinstance(section, _library().UnspecifiedIntervalSection):
        if section.is_open:
            return None
        raise _DateError(str(section), "write an open end as .., e.g. ../2019")
    if isinstance(section, _library().UncertainOrApproximate):
        return _point(section.date, section.ua)
    raise _DateError(str(section), _EDTF_HINT)


def _single(obj: object) -> _Reading:
    point = _point(obj, getattr(obj, "ua", None))
    return _Reading("single", point, point)


def _qualified(obj: edtf.UncertainOrApproximate) -> _Reading:
    point = _point(obj.date, obj.ua)
    return _Reading("single", point, point)


def _interval(obj: edtf.Interval) -> _Reading:
    return _between(_point(obj.lower, None), _point(obj.upper, None))


def _level1_interval(obj: edtf.Level1Interval) -> _Reading:
    start, end = _interval_end(obj.lower), _interval_end(obj.upper)
    if start is None and end is None:
        raise _DateError(str(obj), "an interval needs at least one date")
    if start is None:
        return _Reading("before", None, end)
    if end is None:
        return _Reading("after", start, None)
    return _between(start, end)


def _between(start: _Point, end: _Point) -> _Reading:
    if start.lower > end.upper:
        raise _DateError(f"{start.lower}/{end.upper}", "it starts after it ends")
    return _Reading("between", start, end)


@cache
def _top() -> dict[type, Callable[..., _Reading]]:
    edtf = _library()
    return {
        edtf.Date: _single,
        edtf.Season: _single,
        edtf.Unspecified: _single,
        edtf.UncertainOrApproximate: _qualified,
        edtf.Interval: _interval,
        edtf.Level1Interval: _level1_interval,
    }


def _no_such_day(match: re.Match[str]) -> str | None:
    try:
        date(*map(int, match.groups()))
    except ValueError:
        return f"{match.group(0)} is not in the calendar"
    return None


def _no_such_month(match: re.Match[str]) -> str | None:
    number = int(match.group(1))
    return None if 1 <= number <= 12 or 21 <= number <= 24 else f"there is no month {number}"


#: Why the parser may have refused a text, to say more than the generic hint; each check
#: returns a reason or None.
_REFUSAL_REASONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), _no_such_day),
    (re.compile(r"\d{4}-(\d{2})(?!\d)"), _no_such_month),
    (re.compile(r"(\d{2,3})[uU]+\b"), lambda m: "write unknown digits as X, e.g. 201X"),
    (
        re.compile(r"^\d{4}-2[1-4][~?%]$"),
        lambda _: "a season on its own cannot be marked about or uncertain",
    ),
)


def _refusal_reason(text: str) -> str:
    for pattern, reason in _REFUSAL_REASONS:
        for match in pattern.finditer(text):
            found = reason(match)
            if found:
                return found
    return _EDTF_HINT


# The plain forms almost every stored date takes are read without the library: edtf's pyparsing
# grammar costs 5-20 ms a parse, which made a 100,000-case list and demo vault crawl. A test
# checks that this fast path gives exactly what the library path gives.
_FAST_POINT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)")
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}


def _fast_point(token: str) -> _Point | None:
    match = _FAST_POINT.fullmatch(token)
    if not match:
        return None
    year, month, day = int(match[1]), _int_or_none(match[2]), _int_or_none(match[3])
    qualifier = match[4]
    if year < FIRST_YEAR:
        return None
    season = month if month and 21 <= month <= 24 and day is None else None
    try:
        if season:
            first, last = _SEASON_MONTHS[season]
            end_year = year + 1 if season == 24 else year
            lower = date(year, first, 1)
            upper = date(end_year, last, calendar.monthrange(end_year, last)[1])
            month = None
        elif day:
            lower = upper = date(year, month, day)
        elif month:
            lower = date(year, month, 1)
            upper = date(year, month, calendar.monthrange(year, month)[1])
        else:
            lower, upper = date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None  # let the library path produce the precise refusal
    precision = "season" if season else "day" if day else "month" if month else "year"
    return _Point(
        precision=precision,
        year=year,
        month=month,
        day=day,
        season=season,
        approx=qualifier in ("~", "%"),
        uncertain=qualifier in ("?", "%"),
        lower=lower,
        upper=upper,
    )


def _fast_read(text: str) -> tuple[str, _Reading] | None:
    if "/" not in text:
        point = _fast_point(text)
        if point is None or (point.season and (point.approx or point.uncertain)):
            return None  # EDTF level 1 cannot qualify a lone season: the library refuses it
        return text, _Reading("single", point, point)
    first, _, second = text.partition("/")
    if first == ".." and second != "..":
        end = _fast_point(second)
        return (text, _Reading("before", None, end)) if end else None
    if second == ".." and first != "..":
        start = _fast_point(first)
        return (text, _Reading("after", start, None)) if start else None
    start, end = _fast_point(first), _fast_point(second)
    if start is None or end is None or start.lower > end.upper:
        return None
    return text, _Reading("between", start, end)


@lru_cache(maxsize=65536)
def _read(text: str) -> tuple[str, _Reading]:
    """Parse stored text into (canonical text, reading); raises `_DateError`."""
    fast = _fast_read(text)
    if fast is not None:
        return fast
    return _read_with_library(text)


def _read_with_library(text: str) -> tuple[str, _Reading]:
    if len(text) > MAX_TEXT_LENGTH:
        raise _DateError(text[:20] + "...", "too long")
    if not _EDTF_CHARS.fullmatch(text):
        raise _DateError(text, _refusal_reason(text))
    if "/" in text and "" in text.split("/"):  # the library raises TypeError and prints here
        raise _DateError(text, "write an open end as .., e.g. ../2019")
    if "/" in text and not all(_INTERVAL_END.match(part) for part in text.split("/")):
        # ends like "0" make the library print its arguments to stdout before failing
        raise _DateError(text, _EDTF_HINT)
    try:
        obj = _library().parse_edtf(text)
    except Exception:  # EDTFParseException is not a ValueError; the parser raises others too.
        raise _DateError(text, _refusal_reason(text)) from None
    handler = _top().get(type(obj))
    if handler is None:
        raise _DateError(text, _EDTF_HINT)
    try:
        return str(obj), handler(obj)
    except _DateError as err:
        raise _DateError(text, err.reason) from None


# --------------------------------------------------------------------------------------------
# The value object


@dataclass(frozen=True)
class FuzzyDate:
    """A date as known: EDTF text plus its calendar bounds (None where the interval is open)."""

    text: str
    lower: date | None
    upper: date | None

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Read EDTF level 1 text (``2018``, ``2018-04~``, ``../2019``, ``2018-21``, ``201X``)."""
        if not isinstance(text, str):
            raise ValueError(f"not a date: {text!r} (expected text)")
        canonical, reading = _read(text.strip())
        lower = reading.start.lower if reading.start else None
        upper = reading.end.upper if reading.end else None
        return cls(canonical, lower, upper)

    @property
    def sort_key(self) -> date:
        """Order by the earliest possible day; "before 2019" sorts just before 2019 begins and
        "after 2018" just after it ends, so a history reads in the order things happened."""
        _, reading = _read(self.text)
        if reading.shape == "before" and reading.end is not None:
            return reading.end.lower - timedelta(days=1)
        if reading.shape == "after" and reading.start is not None:
            return reading.start.upper + timedelta(days=1)
        return self.lower if self.lower is not None else self.upper  # type: ignore[return-value]

    def words(self, lang: str = "en") -> str:
        """Say the date for people, in ``en``, ``ru`` or ``kk`` (Kazakh Cyrillic)."""
        language = _LANGUAGES.get(lang)
        if language is None:
            raise ValueError(f"unknown language {lang!r} (use one of {', '.join(_LANGUAGES)})")
        _, reading = _read(self.text)
        return _RENDER[reading.shape](reading, language)


# --------------------------------------------------------------------------------------------
# Saying it in words: one table per language, no per-language branches.


@dataclass(frozen=True)
class _Language:
    """Templates and inflected names of one language.

    A template is filled with a point rendered in a grammatical *case*; `cases` maps where the
    point stands (plain, about, before, after, between) to the case that position needs, e.g.
    Russian "до" takes the genitive ("до апреля"), Kazakh "дейін" the dative ("сәуірге дейін").
    """

    cases: dict[str, str]
    months: dict[str, tuple[str, ...]]
    seasons: dict[str, tuple[str, str, str, str]]
    day_month_case: str | None  # Russian full dates always use the genitive month
    point: dict[str, str]
    decade: dict[str, str]
    phrase: dict[str, str]


def _words(text: str) -> tuple[str, ...]:
    """A table row written as one line of words, to keep the tables readable."""
    return tuple(text.split())


_LANGUAGES: dict[str, _Language] = {
    "en": _Language(
        cases=dict.fromkeys(("plain", "about", "before", "after", "between"), "nom"),
        months={
            "nom": _words("""
                January February March April May June
                July August September October November December
            """)
        },
        seasons={"nom": ("spring", "summer", "autumn", "winter")},
        day_month_case=None,
        point={
            "year": "{year}",
            "month": "{month} {year}",
            "day": "{day} {month} {year}",
            "season": "{season} {year}",
        },
        decade={"nom": "the {year}s"},
        phrase={
            "about": "about {x}",
            "about_inner": "about {x}",
            "uncertain": "{x} (uncertain)",
            "before": "before {x}",
            "before_about": "before about {x}",
            "after": "after {x}",
            "after_about": "after about {x}",
            "between": "between {a} and {b}",
            "between_years": "between {a} and {b}",
        },
    ),
    "ru": _Language(
        cases={"plain": "nom", "about": "gen", "before": "gen", "after": "gen", "between": "ins"},
        months={
            "nom": _words("""
                январь февраль март апрель май июнь
                июль август сентябрь октябрь ноябрь декабрь
            """),
            "gen": _words("""
                января февраля марта апреля мая июня
                июля августа сентября октября ноября декабря
            """),
            "ins": _words("""
                январём февралём мартом апрелем маем июнем
                июлем августом сентябрём октябрём ноябрём декабрём
            """),
        },
        seasons={
            "nom": ("весна", "лето", "осень", "зима"),
            "gen": ("весны", "лета", "осени", "зимы"),
            "ins": ("весной", "летом", "осенью", "зимой"),
        },
        day_month_case="gen",
        point={
            "year": "{year} г.",
            "month": "{month} {year} г.",
            "day": "{day} {month} {year} г.",
            "season": "{season} {year} г.",
        },
        decade={"nom": "{year}-е гг.", "gen": "{year}-х гг.", "ins": "{year}-ми гг."},
        phrase={
            "about": "около {x}",
            "about_inner": "примерно {x}",
            "uncertain": "{x} (не точно)",
            "before": "до {x}",
            "before_about": "примерно до {x}",
            "after": "после {x}",
            "after_about": "примерно после {x}",
            "between": "между {a} и {b}",
            "between_years": "между {a} и {b} гг.",
        },
    ),
    "kk": _Language(
        cases={"plain": "nom", "about": "nom", "before": "dat", "after": "abl", "between": "nom"},
        months={
            "nom": _words("""
                қаңтар ақпан наурыз сәуір мамыр маусым
                шілде тамыз қыркүйек қазан қараша желтоқсан
            """),
            "dat": _words("""
                қаңтарға ақпанға наурызға сәуірге мамырға маусымға
                шілдеге тамызға қыркүйекке қазанға қарашаға желтоқсанға
            """),
            "abl": _words("""
                қаңтардан ақпаннан наурыздан сәуірден мамырдан маусымнан
                шілдеден тамыздан қыркүйектен қазаннан қарашадан желтоқсаннан
            """),
        },
        seasons={
            "nom": ("көктемі", "жазы", "күзі", "қысы"),
            "dat": ("көктеміне", "жазына", "күзіне", "қысына"),
            "abl": ("көктемінен", "жазынан", "күзінен", "қысынан"),
        },
        day_month_case=None,
        point={
            "year": "{year} ж.",
            "month": "{year} ж. {month}",
            "day": "{year} ж. {day} {month}",
            "season": "{year} ж. {season}",
        },
        decade={"nom": "{year}-жылдар", "dat": "{year}-жылдарға", "abl": "{year}-жылдардан"},
        phrase={
            "about": "шамамен {x}",
            "about_inner": "шамамен {x}",
            "uncertain": "{x} (нақты емес)",
            "before": "{x} дейін",
            "before_about": "шамамен {x} дейін",
            "after": "{x} кейін",
            "after_about": "шамамен {x} кейін",
            "between": "{a} – {b} аралығында",
            "between_years": "{a}–{b} жж. аралығында",
        },
    ),
}


def _say_point(point: _Point, lang: _Language, where: str) -> str:
    """The point alone, inflected for the position `where` it stands in; no qualifiers."""
    case = lang.cases[where]
    if point.precision == "decade":
        return lang.decade[case].format(year=point.year)
    month_case = lang.day_month_case if point.day and lang.day_month_case else case
    return lang.point[point.precision].format(
        year=point.year,
        day=point.day,
        month=lang.months[month_case][point.month - 1] if point.month else "",
        season=lang.seasons[case][point.season - 21] if point.season else "",
    )


def _say_uncertain(text: str, point: _Point, lang: _Language) -> str:
    return lang.phrase["uncertain"].format(x=text) if point.uncertain else text


def _say_single(reading: _Reading, lang: _Language) -> str:
    point = reading.start
    assert point is not None
    where = "about" if point.approx else "plain"
    text = _say_point(point, lang, where)
    if point.approx:
        text = lang.phrase["about"].format(x=text)
    return _say_uncertain(text, point, lang)


def _say_open(where: str) -> Callable[[_Reading, _Language], str]:
    """Before/after: "about" and "uncertain" apply to the whole phrase, said once."""

    def say(reading: _Reading, lang: _Language) -> str:
        point = reading.end if where == "before" else reading.start
        assert point is not None
        key = f"{where}_about" if point.approx else where
        text = lang.phrase[key].format(x=_say_point(point, lang, where))
        return _say_uncertain(text, point, lang)

    return say


def _say_between(reading: _Reading, lang: _Language) -> str:
    start, end = reading.start, reading.end
    assert start is not None and end is not None
    if start.plain_year and end.plain_year:
        return lang.phrase["between_years"].format(a=start.year, b=end.year)

    def inner(point: _Point) -> str:
        text = _say_point(point, lang, "between")
        if point.approx:
            text = lang.phrase["about_inner"].format(x=text)
        return _say_uncertain(text, point, lang)

    return lang.phrase["between"].format(a=inner(start), b=inner(end))


_RENDER: dict[str, Callable[[_Reading, _Language], str]] = {
    "single": _say_single,
    "before": _say_open("before"),
    "after": _say_open("after"),
    "between": _say_between,
}


# --------------------------------------------------------------------------------------------
# Reading what volunteers type


_FOLD = str.maketrans("ёәіүұқғңөһ", "еаиуукгнох")


def _fold(text: str) -> str:
    """Compare loosely: NFKC (full-width digits), lower case, Kazakh letters as Russian ones.

    Volunteers often type Kazakh on a Russian keyboard ("сауир" for "сәуір").
    """
    return unicodedata.normalize("NFKC", text).lower().translate(_FOLD)


_EXTRA_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("jan", "янв", "январе", "қаңтарда"),
    2: ("feb", "фев", "февр", "феврале", "ақпанда"),
    3: ("mar", "мар", "марте", "наурызда"),
    4: ("apr", "апр", "апреле", "сәуірде"),
    5: ("мае", "мамырда"),
    6: ("jun", "июн", "июне", "маусымда"),
    7: ("jul", "июл", "июле", "шілдеде"),
    8: ("aug", "авг", "августе", "тамызда"),
    9: ("sep", "sept", "сен", "сент", "сентябре", "қыркүйекте"),
    10: ("oct", "окт", "октябре", "қазанда"),
    11: ("nov", "ноя", "нояб", "ноябре", "қарашада"),
    12: ("dec", "дек", "декабре", "желтоқсанда"),
}
_EXTRA_SEASONS: dict[int, tuple[str, ...]] = {
    21: ("весну", "көктем", "көктемде", "көктемінде"),
    22: ("жаз", "жазда", "жазында"),
    23: ("fall", "осенью", "күз", "күзде", "күзінде"),
    24: ("зиму", "қыс", "қыста", "қысында"),
}
_MARKERS: dict[str, tuple[str, ...]] = {
    "approx": (
        "about", "around", "approx", "approximately", "circa", "ca", "c", "roughly",
        "около", "примерно", "приблизительно", "ориентировочно", "прибл", "где-то",
        "шамамен", "шамасында", "мөлшермен",
    ),
    "uncertain": (
        "uncertain", "maybe", "possibly", "probably", "perhaps",
        "возможно", "вероятно", "наверное", "мүмкін", "бәлкім",
    ),
    "before": ("before", "until", "till", "by", "prior", "до", "перед", "дейін", "бұрын"),
    "after": (
        "after", "since", "from", "после", "с", "со", "начиная", "кейін", "бері", "бастап",
    ),
    "range": ("between", "между", "от", "аралығында", "аралығы", "аралықта"),
    "filler": (
        "of", "in", "the", "on", "to", "year", "в", "во", "на", "г", "гг", "год", "года",
        "году", "годах", "годы", "годов", "ж", "жж", "жыл", "жылы", "жылғы", "жылға",
        "жылдан", "жылдың",
    ),
}  # fmt: skip
#: Multi-word markers, replaced by their symbol before splitting into words.
_PHRASES: dict[str, str] = {"не точно": "?", "нақты емес": "?", "not sure": "?"}


def _lexicon() -> dict[str, tuple[str, object]]:
    """Every word we understand, folded, with its meaning; built from the tables above."""
    entries: list[tuple[str, tuple[str, object]]] = []
    for lang in _LANGUAGES.values():
        for names in lang.months.values():
            entries += [(name, ("month", number)) for number, name in enumerate(names, 1)]
        for names in lang.seasons.values():
            entries += [(name, ("season", code)) for code, name in enumerate(names, 21)]
    for number, names in _EXTRA_MONTHS.items():
        entries += [(name, ("month", number)) for name in names]
    for code, names in _EXTRA_SEASONS.items():
        entries += [(name, ("season", code)) for name in names]
    for marker, words in _MARKERS.items():
        entries += [(word, ("mark", marker)) for word in words]
    lexicon: dict[str, tuple[str, object]] = {}
    for word, meaning in entries:
        if lexicon.setdefault(_fold(word), meaning) != meaning:
            raise RuntimeError(f"word {word!r} has two meanings in the date tables")
    return lexicon


_LEXICON = _lexicon()


def _ymd(year: str, month: str | None = None, day: str | None = None) -> list[tuple]:
    facts: list[tuple] = [("year", int(year))]
    if month is not None:
        number = int(month)
        facts.append(("season", number) if 21 <= number <= 24 else ("month", number))
    if day is not None:
        facts.append(("day", int(day)))
    return facts


#: Patterns for number-like words, tried in order; each yields facts about the date.
_NUMBER_WORDS: tuple[tuple[re.Pattern[str], Callable[..., list[tuple]]], ...] = (
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), lambda d, m, y: _ymd(y, m, d)),
    (re.compile(r"(\d{1,2})\.(\d{4})"), lambda m, y: _ymd(y, m)),
    (re.compile(r"(\d{4})[-.](\d{1,2})[-.](\d{1,2})"), _ymd),  # 2018-04-12, 2018.04.12
    (re.compile(r"(\d{4})[-.](\d{2})"), _ymd),
    (re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?"), _ymd),  # from Chinese documents
    (
        re.compile(r"(\d{3})(?:0'?s|0-(?:е|х|ые|ых|ми|жылдар\w*)|x|u)"),  # 2010s, 2010-е, 201u
        lambda d: [("decade", int(d))],
    ),
    (re.compile(r"(\d{4})(?:-[^\W\d_]+)?"), _ymd),  # 2018, 2018-ге, 2018-го
    (re.compile(r"(\d{1,2})(?:-[^\W\d_]+)?"), lambda d: [("day", int(d))]),  # 12, 12-го
)
#: Qualifier symbols typed next to a word ("~2018", "2018?") or alone.
_SYMBOLS: dict[str, tuple[str, ...]] = {
    "~": ("approx",),
    "?": ("uncertain",),
    "%": ("approx", "uncertain"),
}


def _word_facts(word: str) -> list[tuple]:
    facts = [("mark", mark) for symbol in word if symbol in _SYMBOLS for mark in _SYMBOLS[symbol]]
    core = word.strip("~?%").strip(".:")
    if not core:
        return facts
    meaning = _LEXICON.get(core)
    if meaning == ("mark", "filler"):
        return facts
    if meaning is not None:
        return [*facts, meaning]
    for pattern, make in _NUMBER_WORDS:
        match = pattern.fullmatch(core)
        if match:
            return facts + make(*match.groups())
    raise ValueError(f"unknown word {word!r}")


def _facts(text: str) -> list[tuple]:
    """Split typed text into facts: ("year", 2018), ("month", 4), ("mark", "before") ..."""
    folded = _fold(text)
    for phrase, symbol in _PHRASES.items():
        folded = folded.replace(_fold(phrase), f" {symbol} ")
    return [fact for word in re.split(r"[\s,;()]+", folded) for fact in _word_facts(word)]


#: Which parts make a point, and its EDTF; any other combination is refused.
_POINT_SHAPES: dict[frozenset[str], str] = {
    frozenset({"year"}): "{year:04d}",
    frozenset({"year", "month"}): "{year:04d}-{month:02d}",
    frozenset({"year", "month", "day"}): "{year:04d}-{month:02d}-{day:02d}",
    frozenset({"year", "season"}): "{year:04d}-{season}",
    frozenset({"decade"}): "{decade:03d}X",
}
_QUALIFIERS = {(True, True): "%", (True, False): "~", (False, True): "?", (False, False): ""}


def _point_text(facts: list[tuple], places: set[str]) -> tuple[str, set[str]]:
    """EDTF for one point, and the place marks (before/after/range) among `places` seen."""
    found: dict[str, list] = {}
    for kind, value in facts:
        found.setdefault(kind, []).append(value)
    marks = set(found.pop("mark", []))
    place_marks = marks - {"approx", "uncertain"}
    if place_marks - places:
        raise ValueError("misplaced word")
    if any(len(values) > 1 for values in found.values()):
        raise ValueError("repeated part")
    shape = _POINT_SHAPES.get(frozenset(found))
    if shape is None:
        raise ValueError("incomplete date")
    parts = {kind: values[0] for kind, values in found.items()}
    if not (1 <= parts.get("month", 1) <= 12 and 1 <= parts.get("day", 1) <= 31):
        raise ValueError("month or day out of range")
    qualifier = _QUALIFIERS["approx" in marks, "uncertain" in marks]
    return shape.format(**parts) + qualifier, place_marks


#: A single point with its place marks -> EDTF.
_PLACES: dict[frozenset[str], str] = {
    frozenset(): "{}",
    frozenset({"before"}): "../{}",
    frozenset({"after"}): "{}/..",
}


def _single_text(text: str) -> str:
    point, marks = _point_text(_facts(text), {"before", "after"})
    place = _PLACES.get(frozenset(marks))
    if place is None:
        raise ValueError("both before and after")
    return place.format(point)


_RANGE_SEPARATOR = re.compile(r"\s*(?:–|—|-|/|\.\.)\s*|\s+(?:to|and|till|until|и|по|до)\s+")


def _range_texts(text: str) -> Iterator[str]:
    """Every way of reading `text` as "A – B", trying each separator position in turn."""
    folded = _fold(text)
    for match in _RANGE_SEPARATOR.finditer(folded):
        left, right = folded[: match.start()].strip(), folded[match.end() :].strip()
        if not left or not right:
            continue
        try:
            start, _ = _point_text(_facts(left), {"after", "range"})
            end, _ = _point_text(_facts(right), {"before", "range"})
        except ValueError:
            continue
        yield f"{start}/{end}"


def _candidates(text: str) -> Iterator[str]:
    """EDTF texts `text` might mean, most literal first: as typed, one point, a range."""
    yield text
    single = None
    with contextlib.suppress(ValueError):
        single = _single_text(text)
    if single is not None:
        yield single
    yield from _range_texts(text)


def from_user(text: str) -> FuzzyDate:
    """Read a date as a volunteer types it (EDTF or local forms) into a canonical FuzzyDate.

    Accepts e.g. ``12.04.2018``, ``04.2018``, ``apr 2018``, ``апрель 2018``, ``сәуір 2018``,
    ``весна 2018``, ``~2018``, ``ca. 2018``, ``до 2019``, ``2018 ж. кейін``, ``2017–2018``,
    ``2010s``, ``201u``; and everything `FuzzyDate.words` says.
    """
    if not isinstance(text, str):
        raise ValueError(f"not a date: {text!r} (expected text)")
    cleaned = " ".join(text.split())
    if not cleaned or len(cleaned) > MAX_TEXT_LENGTH:
        raise _DateError(text, _USER_HINT)
    reason = None
    for candidate in _candidates(cleaned):
        try:
            return FuzzyDate.parse(candidate)
        except _DateError as err:
            if reason is None and err.reason != _EDTF_HINT:
                reason = err.reason  # the words were understood, but e.g. 31.02.2018 is no day
    raise _DateError(text, reason or _USER_HINT)


# --------------------------------------------------------------------------------------------
# Age ranges ("in his 40s")


#: "about 45" is read as 45 ± this many years.
APPROX_AGE_MARGIN = 3
MAX_AGE = 130

_AGE_FILLERS = re.compile(
    _fold(
        r"\b(?:years old|years|year|yrs|y\.o\.|yo|aged|age|in (?:his|her|their)|"
        r"в возрасте|лет|года|год|жасар|жасында|жаста|жас)(?=\s|$)"
    )
)
_N = r"(\d{1,3})"

#: (pattern, (min, max) from the numbers) -- tried in order on the folded, filler-free text.
_AGE_FORMS: tuple[tuple[re.Pattern[str], Callable[..., tuple[int | None, int | None]]], ...] = (
    tuple(
        (re.compile(_fold(pattern)), make)
        for pattern, make in (
            (_N, lambda n: (int(n), int(n))),
            (
                rf"(?:from|between|от|между)?\s*{_N}\s*(?:-|–|—|to|and|до|и)\s*{_N}",
                lambda a, b: (int(a), int(b)),
            ),
            (r"(\d{1,2})0\s*(?:'?s|-е|-х|-ые|-ых)", lambda d: (int(d) * 10, int(d) * 10 + 9)),
            (
                rf"(?:about|around|approx\.?|approximately|circa|ca\.?|c\.|~|около|примерно|"
                rf"приблизительно|шамамен|шамасы)\s*{_N}",
                lambda n: (max(0, int(n) - APPROX_AGE_MARGIN), int(n) + APPROX_AGE_MARGIN),
            ),
            (
                rf"{_N}\s*(?:\+|or older|or more|and older|and over|и старше|и более|"
                rf"және одан үлкен|және одан жоғары)",
                lambda n: (int(n), None),
            ),
            (
                rf"(?:over|above|older than|more than|старше|более|свыше|больше)\s*{_N}",
                lambda n: (int(n) + 1, None),
            ),
            (rf"{_N}\s*(?:жастан асқан|жастан үлкен)", lambda n: (int(n) + 1, None)),
            (
                rf"(?:under|below|younger than|less than|младше|моложе|менее|меньше)\s*{_N}",
                lambda n: (None, int(n) - 1),
            ),
            (rf"{_N}\s*(?:жастан кіші|жасқа толмаған)", lambda n: (None, int(n) - 1)),
        )
    )
)

_AGE_HINT = "use e.g. 45, 40s, 40-49, about 45, over 60, under 30"

#: shape -> (template, Russian plural forms for one/few/many or None); {a} min, {b} max,
#: {c} max + 1; the Russian unit agrees with the number said last.
_AGE_WORDS: dict[str, dict[str, tuple[str, tuple[str, str, str] | None]]] = {
    "en": {
        "exact": ("aged {a}", None),
        "range": ("aged {a}–{b}", None),
        "at_least": ("aged {a} or older", None),
        "under": ("aged under {c}", None),
    },
    "ru": {
        "exact": ("{a} {unit}", ("год", "года", "лет")),
        "range": ("{a}–{b} {unit}", ("год", "года", "лет")),
        "at_least": ("{a} {unit} и старше", ("год", "года", "лет")),
        "under": ("младше {c} {unit}", ("года", "лет", "лет")),
    },
    "kk": {
        "exact": ("{a} жаста", None),
        "range": ("{a}–{b} жаста", None),
        "at_least": ("{a} жас және одан үлкен", None),
        "under": ("{c} жастан кіші", None),
    },
}
_AGE_UNIT_NUMBER = {"exact": "a", "range": "b", "at_least": "a", "under": "c"}


def _russian_plural(number: int, forms: tuple[str, str, str]) -> str:
    """Pick год/года/лет: 1, 21 -> one; 2-4, 22-24 -> few; the rest (and 11-14) -> many."""
    if number % 10 == 1 and number % 100 != 11:
        return forms[0]
    if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
        return forms[1]
    return forms[2]


@dataclass(frozen=True)
class AgeRange:
    """An age in whole years as known (inclusive bounds; None = open), e.g. "in his 40s"."""

    min: int | None
    max: int | None

    def __post_init__(self) -> None:
        if self.min is None and self.max is None:
            raise ValueError("an age range needs at least one bound")
        for bound in (self.min, self.max):
            if bound is not None and not 0 <= bound <= MAX_AGE:
                raise ValueError(f"age {bound} is out of range (0–{MAX_AGE})")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"age range {self.min}–{self.max} is upside down")

    @classmethod
    def parse(cls, text: str) -> AgeRange:
        """Read ``45``, ``40s``, ``40-49``, ``about 45``, ``60+``, ``over 60``, ``under 30``."""
        if not isinstance(text, str):
            raise ValueError(f"not an age: {text!r} (expected text)")
        if len(text) > MAX_TEXT_LENGTH:
            raise ValueError(f"not an age: {text[:20]!r}... (too long)")
        cleaned = " ".join(_AGE_FILLERS.sub(" ", _fold(text)).split())
        for pattern, make in _AGE_FORMS:
            match = pattern.fullmatch(cleaned)
            if match:
                try:
                    return cls(*make(*match.groups()))
                except ValueError as err:
                    raise ValueError(f"not an age: {text!r} ({err})") from None
        raise ValueError(f"not an age: {text!r} ({_AGE_HINT})")

    def words(self, lang: str = "en") -> str:
        """Say the range for people in ``en``, ``ru`` or ``kk``."""
        table = _AGE_WORDS.get(lang)
        if table is None:
            raise ValueError(f"unknown language {lang!r} (use one of {', '.join(_AGE_WORDS)})")
        shape = (
            "under" if self.min is None
            else "at_least" if self.max is None
            else "exact" if self.min == self.max
            else "range"
        )  # fmt: skip
        numbers = {"a": self.min, "b": self.max, "c": None if self.max is None else self.max + 1}
        template, forms = table[shape]
        unit = _russian_plural(numbers[_AGE_UNIT_NUMBER[shape]], forms) if forms else ""
        return template.format(unit=unit, **numbers)

    def birth_year_bounds(self, reference_year: int) -> tuple[int | None, int | None]:
        """(earliest, latest) birth year of someone this old in `reference_year`.

        Aged 40 in 2018 means born in 1977 (birthday not yet reached) or 1978, so the earliest
        year subtracts one more than the age. None stays open.
        """
        earliest = None if self.max is None else reference_year - self.max - 1
        latest = None if self.min is None else reference_year - self.min
        return earliest, latest
