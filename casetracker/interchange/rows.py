"""One spreadsheet row -> a `NewCase`, or the list of everything wrong with it.

Validation here is pure (no vault access) and complete: every problem of a row is reported, not
only the first, as (row, column, value, reason), so a volunteer can fix a sheet in one go. Values
are brought to their stored form (status words to `Status` values, local date forms to EDTF) so
that the writer only re-checks them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from casetracker.domain.enums import NameKind, Relationship, Script, Sex, Status
from casetracker.domain.fuzzydate import FuzzyDate, from_user
from casetracker.domain.names import NameVariant, clean_name, detect_script
from casetracker.interchange.vocab import fold_word, relationship_of, sex_of, status_of
from casetracker.services.exchange import NewCase, NewReporter

MAX_SHORT = 500
MAX_LONG = 100_000
#: Several names or reporters in one cell are separated by a bar or a line break.
_SPLIT = re.compile(r"\s*[|\n]\s*")
_DMY = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_MY = re.compile(r"(\d{1,2})[./](\d{4})")

#: Name columns: the script a column holds (None: detect), and the kind of its first variant.
NAME_COLUMNS: dict[str, tuple[Script | None, NameKind]] = {
    "name": (None, NameKind.PRIMARY),
    "name_kk_cyrl": (Script.CYRL, NameKind.PRIMARY),
    "name_latn": (Script.LATN, NameKind.PASSPORT),
    "name_arab": (Script.ARAB, NameKind.PRIMARY),
    "name_zh": (Script.HANI, NameKind.PRIMARY),
}
ETHNICITY_WORDS: dict[str, tuple[str, ...]] = {
    "kazakh": ("kazakh", "казах", "казашка", "казахи", "қазақ"),
    "uyghur": ("uyghur", "uighur", "уйгур", "уйгурка", "ұйғыр"),
    "kyrgyz": ("kyrgyz", "kirghiz", "кыргыз", "киргиз", "киргизка", "қырғыз"),
    "hui": ("hui", "dungan", "дунган", "дунганка", "хуэй", "дүңген"),
    "uzbek": ("uzbek", "узбек", "узбечка", "өзбек"),
    "tatar": ("tatar", "татар", "татарка"),
    "han": ("han", "han chinese", "китаец", "ханец", "хань", "қытай"),
}
_ETHNICITY = {fold_word(w): value for value, words in ETHNICITY_WORDS.items() for w in words}


def _script(text: str) -> Script:
    """`detect_script`, with a shortcut for plain ASCII (a third of real names, and fast)."""
    if text.isascii():
        return Script.LATN if any(ch.isalpha() for ch in text) else Script.OTHER
    return detect_script(text)


@dataclass(frozen=True)
class Problem:
    """What is wrong with one cell (column "" when it concerns the whole row)."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        shown = f" '{self.value[:60]}'" if self.value else ""
        return f"{where}:{shown} {self.reason}"


@lru_cache(maxsize=20_000)
def edtf_of(text: str) -> str:
    """A date as a volunteer writes it, as canonical EDTF; ValueError with a reason if not.

    The day-first forms are rewritten to ISO before the general reader, which is ~1 ms slower for
    them; real sheets repeat the same dates, hence the cache.
    """
    cleaned = " ".join(text.split())
    match = _DMY.fullmatch(cleaned)
    if match:
        day, month, year = match.groups()
        cleaned = f"{year}-{int(month):02d}-{int(day):02d}"
    else:
        match = _MY.fullmatch(cleaned)
        if match:
            cleaned = f"{match.group(2)}-{int(match.group(1)):02d}"
    try:
        return FuzzyDate.parse(cleaned).text
    except ValueError:
        return from_user(text).text


class _Row:
    """Collects the problems of one row while its cells are read."""

    def __init__(self, number: int, cells: dict[str, str]) -> None:
        self.number = number
        self.cells = cells
        self.problems: list[Problem] = []

    def get(self, column: str) -> str:
        return self.cells.get(column, "")  # sheets.py strips every cell already

    def fail(self, column: str, reason: str) -> None:
        self.problems.append(Problem(self.number, column, self.cells.get(column, ""), reason))

    def text(self, column: str, limit: int = MAX_SHORT) -> str:
        value = self.get(column)
        if len(value) > limit:
            self.fail(column, f"is too long ({len(value)} characters, at most {limit})")
            return ""
        return value

    def word(self, column: str, reader: Callable[[str], object], allowed: str) -> object:
        value = self.get(column)
        if not value:
            return None
        found = reader(value)
        if found is None:
            self.fail(column, f"is not one of: {allowed}")
        return found

    def date(self, column: str) -> str:
        value = self.get(column)
        if not value:
            return ""
        try:
            return edtf_of(value)
        except ValueError as exc:
            self.fail(column, str(exc).split(" (", 1)[-1].rstrip(")") or "is not a date")
            return ""


def _names(row: _Row) -> list[NameVariant]:
    names: list[NameVariant] = []
    seen: set[tuple[str, Script]] = set()
    for column, (script, first_kind) in NAME_COLUMNS.items():
        value = row.text(column, limit=MAX_SHORT * 4)
        for index, part in enumerate(p for p in _SPLIT.split(value) if p):
            text = clean_name(part)
            if len(text) > MAX_SHORT:
                row.fail(column, f"a name is too long (at most {MAX_SHORT} characters)")
                continue
            kind = first_kind if index == 0 else NameKind.ALIAS
            variant = NameVariant(text, script or _script(text), kind)
            if (variant.text, variant.script) not in seen:
                seen.add((variant.text, variant.script))
                names.append(variant)
    if not names:
        row.problems.append(Problem(row.number, "name", "", "a case needs at least one name"))
    return names


def _reporters(row: _Row) -> list[NewReporter]:
    parts = {
        c: _SPLIT.split(row.text(c))
        for c in ("reporter_name", "reporter_relation", "reporter_phone")
    }
    count = max(len([p for p in v if p]) for v in parts.values())
    result: list[NewReporter] = []
    for i in range(count):
        name, relation, phone = (
            parts[c][i] if i < len(parts[c]) else ""
            for c in ("reporter_name", "reporter_relation", "reporter_phone")
        )
        rel = Relationship.OTHER_RELATIVE
        if relation:
            found = relationship_of(relation)
            if found is None:
                row.fail("reporter_relation", f"'{relation}' is not a known relationship")
            else:
                rel = found
        if not name:
            row.fail("reporter_name", "a reporter's phone or relation is given without a name")
            continue
        result.append(NewReporter(clean_name(name), phone.strip(), rel.value))
    return result


_STATUS_HINT = ", ".join(s.value for s in Status)
_SEX_HINT = "male, female, unknown (or м/ж, ер/әйел)"


def parse_row(number: int, cells: dict[str, str]) -> tuple[NewCase | None, list[Problem]]:
    """A row's cells by field name -> (case, []) or (None, problems)."""
    row = _Row(number, cells)
    names = _names(row)
    fields: dict[str, object] = {}
    sex = row.word("sex", sex_of, _SEX_HINT)
    if sex is not None:
        fields["sex"] = Sex(sex).value
    birth = row.date("birth_year")
    if birth:
        fields["birth_date"] = birth
    ethnicity = row.text("ethnicity")
    if ethnicity:
        fields["ethnicity"] = _ETHNICITY.get(fold_word(ethnicity), ethnicity)
    for column in ("hometown",):
        if row.get(column):
            fields[column] = row.text(column)
    if row.get("notes"):
        fields["notes"] = row.text("notes", MAX_LONG)
    status = row.word("status", status_of, _STATUS_HINT)
    status_date = row.date("status_date")
    if status is None and status_date and not row.get("status"):
        row.fail("status_date", "a date is given without a status")
    ref = row.text("ref").upper()
    facility = row.text("facility")
    reps = _reporters(row)
    if row.problems:
        return None, row.problems
    case = NewCase(
        names=names,
        fields=fields,
        ref=ref or None,
        status=Status(status).value if status is not None else None,
        status_date=status_date,
        facility=facility if status is not None else "",
        reporters=reps,
    )
    return case, []
