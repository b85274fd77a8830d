"""Words people write in spreadsheets for the domain's vocabularies, in English, Russian, Kazakh.

A volunteer's sheet says "в лагере", "Sentenced / in prison" or "imprisoned"; the vault stores
`Status.IMPRISONED`. These tables are the only place where such words become stored values on
import (and where export finds the English label). They are Qt-free on purpose: the command line
imports the same files as the app. Matching folds case, punctuation and spacing, so "Left China",
"left_china" and "LEFT-CHINA" are one word.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache

from casetracker.domain.enums import Relationship, Sex, Status

#: Status -> words that mean it (the stored value and the English label are always included).
STATUS_WORDS: dict[Status, tuple[str, ...]] = {
    Status.DETAINED_CAMP: (
        "Detained in a camp", "camp", "detained", "re-education camp", "vocational training centre",
        "в лагере", "лагерь", "задержан", "задержана", "лагерде", "лагерьде", "ұсталған",
    ),
    Status.PRETRIAL: (
        "Pre-trial detention", "pretrial", "detention centre", "СИЗО", "под следствием",
        "следственный изолятор", "тергеу изоляторында", "тергеуде",
    ),
    Status.IMPRISONED: (
        "Sentenced / in prison", "prison", "sentenced", "in prison", "jailed", "осуждён",
        "осужден", "осуждена", "в тюрьме", "тюрьма", "сотталған", "түрмеде",
    ),
    Status.HOUSE_ARREST: (
        "House arrest", "residential surveillance", "домашний арест", "под домашним арестом",
        "үй қамағында", "үй қамауында",
    ),
    Status.FORCED_LABOUR: (
        "Forced labour", "forced labor", "job placement", "принудительный труд", "на заводе",
        "мәжбүрлі еңбек",
    ),
    Status.EXIT_BANNED: (
        "Released, cannot leave China", "exit banned", "exit ban", "passport held",
        "released exit banned", "освобождён, не может выехать", "освобожден, не может выехать",
        "запрет на выезд", "босатылған, шыға алмайды", "шетелге шығуға тыйым",
    ),
    Status.RELEASED: (
        "Released", "free", "освобождён", "освобожден", "освобождена", "на свободе",
        "босатылған", "босатылды",
    ),
    Status.LEFT_CHINA: (
        "Allowed to leave China", "left china", "allowed to leave", "выехал из Китая",
        "выехала из Китая", "разрешили выехать", "Қытайдан шықты", "шығуға рұқсат берілді",
    ),
    Status.ARRIVED_KZ: (
        "Arrived in Kazakhstan", "arrived", "in Kazakhstan", "прибыл в Казахстан",
        "прибыла в Казахстан", "в Казахстане", "Қазақстанға келді", "Қазақстанда",
    ),
    Status.DIED: (
        "Died", "dead", "deceased", "умер", "умерла", "скончался", "скончалась", "погиб",
        "қайтыс болды", "қаза тапты",
    ),
    Status.DISAPPEARED: (
        "Disappeared", "missing", "whereabouts unknown", "пропал", "пропала",
        "пропал без вести", "местонахождение неизвестно", "хабарсыз", "жоғалып кетті",
    ),
    Status.UNKNOWN: ("Unknown", "not known", "неизвестно", "нет данных", "белгісіз"),
}  # fmt: skip

SEX_WORDS: dict[Sex, tuple[str, ...]] = {
    Sex.MALE: ("male", "m", "man", "мужской", "муж", "м", "мужчина", "ер", "ер адам", "еркек"),
    Sex.FEMALE: (
        "female", "f", "w", "woman", "женский", "жен", "ж", "женщина", "әйел", "қыз",
    ),
    Sex.UNKNOWN: ("unknown", "not known", "?", "неизвестно", "белгісіз"),
}  # fmt: skip

RELATION_WORDS: dict[Relationship, tuple[str, ...]] = {
    Relationship.SPOUSE: (
        "Spouse", "wife", "husband", "жена", "муж", "супруг", "супруга", "әйелі", "күйеуі",
        "жұбайы",
    ),
    Relationship.CHILD: (
        "Son or daughter", "son", "daughter", "child", "сын", "дочь", "ребёнок", "ребенок",
        "ұлы", "қызы", "баласы",
    ),
    Relationship.PARENT: (
        "Parent", "mother", "father", "мать", "отец", "мама", "папа", "анасы", "әкесі",
    ),
    Relationship.SIBLING: (
        "Brother or sister", "brother", "sister", "брат", "сестра", "ағасы", "інісі", "әпкесі",
        "апасы", "сіңлісі", "қарындасы", "бауыры",
    ),
    Relationship.GRANDCHILD: (
        "Grandchild", "grandson", "granddaughter", "внук", "внучка", "немересі",
    ),
    Relationship.GRANDPARENT: (
        "Grandparent", "grandmother", "grandfather", "бабушка", "дедушка", "әжесі", "атасы",
    ),
    Relationship.NEPHEW_NIECE: (
        "Nephew or niece", "nephew", "niece", "племянник", "племянница", "жиені",
    ),
    Relationship.UNCLE_AUNT: ("Uncle or aunt", "uncle", "aunt", "дядя", "тётя", "тетя", "нағашы"),
    Relationship.COUSIN: ("Cousin", "двоюродный брат", "двоюродная сестра", "немере ағасы"),
    Relationship.IN_LAW: (
        "In-law", "son-in-law", "daughter-in-law", "зять", "невестка", "келіні", "күйеу баласы",
    ),
    Relationship.OTHER_RELATIVE: (
        "Other relative", "relative", "родственник", "родственница", "туысы",
    ),
    Relationship.FRIEND: (
        "Friend or neighbour", "friend", "neighbour", "neighbor", "друг", "соседка", "сосед",
        "досы", "көршісі",
    ),
    Relationship.SELF: ("The person themself", "self", "сам", "сама", "өзі"),
    Relationship.OTHER: ("Other", "другое", "басқа"),
}  # fmt: skip

_PUNCT = re.compile(r"[\s_\-–—/.,;:()\"'«»]+")


def fold_word(text: str) -> str:
    """Compare words regardless of case, accents of Latin letters, ё/е, spacing and punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return _PUNCT.sub(" ", text).strip()


def _index(table: dict[StrEnum, tuple[str, ...]]) -> dict[str, StrEnum]:
    index: dict[str, StrEnum] = {}
    for value, words in table.items():
        for word in (value.value, value.name, *words):
            index.setdefault(fold_word(word), value)
    return index


_STATUS_INDEX = _index(STATUS_WORDS)  # type: ignore[arg-type]
_SEX_INDEX = _index(SEX_WORDS)  # type: ignore[arg-type]
_RELATION_INDEX = _index(RELATION_WORDS)  # type: ignore[arg-type]
# The short names for statuses that are stored under a longer value.
_STATUS_INDEX.update({"pretrial": Status.PRETRIAL, "exit banned": Status.EXIT_BANNED})


@lru_cache(maxsize=4096)
def status_of(text: str) -> Status | None:
    return _STATUS_INDEX.get(fold_word(text))  # type: ignore[return-value]


@lru_cache(maxsize=4096)
def sex_of(text: str) -> Sex | None:
    return _SEX_INDEX.get(fold_word(text))  # type: ignore[return-value]


@lru_cache(maxsize=4096)
def relationship_of(text: str) -> Relationship | None:
    return _RELATION_INDEX.get(fold_word(text))  # type: ignore[return-value]


def english_label(value: StrEnum) -> str:
    """The English label, as the app shows it (first word of each table)."""
    for table in (STATUS_WORDS, SEX_WORDS, RELATION_WORDS):
        words = table.get(value)  # type: ignore[call-overload]
        if words:
            return words[0]
    return str(value)
