"""The canonical spreadsheet columns, and guessing them from the headers people actually write.

Export writes exactly `CANONICAL`; import always understands those names and guesses the rest
from English, Russian and Kazakh headers ("ФИО", "Аты-жөні", "Full name"...). A mapping is
`{column index: field}`; `signature` names a set of headers so that the app can remember the
mapping a volunteer chose for the same sheet layout next time (headers only, never cell values).
"""

from __future__ import annotations

import hashlib

from casetracker.interchange.vocab import fold_word

CANONICAL: tuple[str, ...] = (
    "ref", "name", "name_kk_cyrl", "name_latn", "name_arab", "name_zh", "sex", "birth_year",
    "ethnicity", "hometown", "status", "status_date", "facility", "reporter_name",
    "reporter_relation", "reporter_phone", "notes",
)  # fmt: skip

#: Field -> header words that mean it (besides the canonical name itself).
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "ref": ("reference", "ref no", "case", "case id", "case number", "№ дела", "номер дела",
            "номер", "id", "істің нөмірі", "нөмір", "№"),
    "name": ("name", "full name", "person", "detained person", "фио", "ф и о", "имя",
             "полное имя", "задержанный", "аты жөні", "аты", "толық аты"),
    "name_kk_cyrl": ("kazakh name", "name kazakh", "name cyrillic", "cyrillic", "имя кириллицей",
                     "имя на казахском", "казахское имя", "қазақша аты", "аты кирилше"),
    "name_latn": ("latin name", "name latin", "passport name", "name in passport", "латиница",
                  "имя латиницей", "имя в паспорте", "латынша аты", "төлқұжаттағы аты"),
    "name_arab": ("arabic name", "name arabic", "arabic script", "tote", "арабская графика",
                  "имя арабицей", "төте жазу", "арабша аты"),
    "name_zh": ("chinese name", "name chinese", "hanzi", "китайское имя", "имя на китайском",
                "қытайша аты", "中文名", "姓名"),
    "sex": ("gender", "пол", "жынысы"),
    "birth_year": ("year of birth", "born", "birth", "date of birth", "birthday", "dob",
                   "год рождения", "дата рождения", "туған жылы", "туған күні"),
    "ethnicity": ("ethnic group", "nationality", "национальность", "этнос", "ұлты"),
    "hometown": ("home town", "home", "place", "village", "county", "address", "from",
                 "родной город", "место жительства", "адрес", "село", "откуда", "туған жері",
                 "мекенжайы", "ауылы"),
    "status": ("current status", "situation", "статус", "положение", "что случилось",
               "мәртебесі", "жағдайы"),
    "status_date": ("since", "date", "date detained", "status since", "detained on",
                    "date of detention", "дата", "дата задержания", "с какого времени",
                    "когда задержан", "күні", "ұсталған күні"),
    "facility": ("camp", "prison", "facility name", "where held", "лагерь", "тюрьма",
                 "место содержания", "учреждение", "лагері", "түрмесі", "ұсталған жері"),
    "reporter_name": ("reporter", "applicant", "relative", "reported by", "contact person",
                      "заявитель", "родственник", "кто сообщил", "өтініш беруші", "туысы",
                      "хабарлаған"),
    "reporter_relation": ("relation", "relationship", "kinship", "relation to person",
                          "степень родства", "родство", "кем приходится", "туыстығы"),
    "reporter_phone": ("phone", "telephone", "contact phone", "mobile", "телефон",
                       "номер телефона", "тел", "телефоны", "байланыс"),
    "notes": ("note", "comment", "comments", "remarks", "description", "примечание",
              "примечания", "комментарий", "описание", "ескерту", "түсініктеме"),
}  # fmt: skip

_INDEX: dict[str, str] = {}
for _field in CANONICAL:
    for _word in (_field, _field.replace("_", " "), *HEADER_WORDS.get(_field, ())):
        _INDEX.setdefault(fold_word(_word), _field)


def guess_field(header: str) -> str | None:
    """The field a header most likely means, or None when nothing fits."""
    key = fold_word(header)
    if not key:
        return None
    if key in _INDEX:
        return _INDEX[key]
    # "Name (Latin)", "Статус на 2024": try the words before any bracket or number.
    head = fold_word(header.split("(")[0].split("[")[0])
    return _INDEX.get(head)


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """{column index: field}; each field taken by the first column that means it."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        field = guess_field(header)
        if field and field not in taken:
            mapping[index] = field
            taken.add(field)
    return mapping


def signature(headers: list[str]) -> str:
    """A short stable name for a header layout (for remembering a chosen mapping)."""
    folded = "\x1f".join(fold_word(h) for h in headers)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


def check_mapping(mapping: dict[int, str], width: int) -> None:
    """Refuse a mapping that points outside the sheet or uses a field twice."""
    from casetracker.domain.errors import ValidationError

    seen: set[str] = set()
    for index, field in mapping.items():
        if field not in CANONICAL:
            raise ValidationError("mapping", f"'{field}' is not a column CaseTracker knows")
        if not 0 <= index < width:
            raise ValidationError("mapping", f"column {index + 1} is not in the sheet")
        if field in seen:
            raise ValidationError("mapping", f"two columns are mapped to '{field}'")
        seen.add(field)
    if not seen & {"name", "name_kk_cyrl", "name_latn", "name_arab", "name_zh"}:
        raise ValidationError("mapping", "no column holds a name")
