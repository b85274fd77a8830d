"""A realistic search corpus on top of a demo vault, and queries derived from its records.

The demo generator gives every person the same four written forms. Real vaults are messier:
most cases have one or two forms, some only the Chinese one from a leaked list, Latin
spellings vary with whoever typed them, a few names carry typos, and the same person is now
and then recorded twice. `prepare` reshapes a fresh demo vault that way (deterministically)
and writes what it did to a truth file, so that every query category can be built from stored
records and checked against the person it must find.
"""

from __future__ import annotations

import json
import random
import uuid as uuidlib
from collections import defaultdict
from pathlib import Path

from casetracker.services import demo_data
from casetracker.services.demo_scripts import to_arabic, to_latin
from casetracker.store import bulk, records

# --- spelling generators (independent of the search tables on purpose) -----------------------

#: Kazakh Cyrillic letter -> Latin spellings seen on passports, in the press and in the three
#: Kazakh Latin alphabets; the first is the demo's own (to_latin).
LATIN_VARIANTS: dict[str, tuple[str, ...]] = {
    "қ": ("q", "k", "kh"),
    "ғ": ("gh", "g", "ğ", "ǵ"),
    "ң": ("ng", "n", "ñ"),
    "ж": ("zh", "j", "c"),
    "ш": ("sh", "ş", "s"),
    "ч": ("ch", "ç"),
    "х": ("kh", "h", "x"),
    "һ": ("h", "kh"),
    "ы": ("y", "i", "ı"),
    "і": ("i", "ı"),
    "й": ("i", "y", "j"),
    "ұ": ("u", "ū"),
    "ү": ("u", "ü", "ú"),
    "у": ("u", "w", "ý"),
    "ә": ("a", "ä", "á", "e"),
    "ө": ("o", "ö", "ó"),
    "и": ("i", "iy", "y"),
    "ц": ("ts", "c"),
    "ю": ("yu", "iu"),
    "я": ("ya", "ia"),
}
PATRONYMIC_LATIN = {"ұлы": ("uly", " uly", "-uly", "ov"), "қызы": ("qyzy", "kyzy", " kyzy", "ova")}
RUSSIAN = str.maketrans("қғңұүәөіһҚҒҢҰҮӘӨІҺ", "кгнууаоихКГНУУАОИХ")
PATRONYMIC_RUSSIAN = {"ұлы": ("улы", "ов"), "қызы": ("кызы", "ова")}


def latin_variant(cyrillic: str, rng: random.Random) -> str:
    """Another plausible Latin spelling of a Kazakh Cyrillic name."""
    words = []
    for word in cyrillic.split():
        lower = word.lower()
        suffix = ""
        for ending, choices in PATRONYMIC_LATIN.items():
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                lower, suffix = lower[: -len(ending)], rng.choice(choices)
        out = []
        for ch in lower:
            choices = LATIN_VARIANTS.get(ch)
            out.append(rng.choice(choices) if choices else to_latin(ch).lower())
        latin = "".join(out)
        if latin.startswith("e") and rng.random() < 0.3:
            latin = "y" + latin
        if suffix == "ov" and latin[-1:] in "aeiou":
            suffix = "yev" if rng.random() < 0.5 else "ev"
        words.append((latin + suffix).title())
    return " ".join(words)


def russian_spelling(cyrillic: str, rng: random.Random) -> str:
    """The name as a Russian letter writes it: no Kazakh letters, sometimes a -ов surname."""
    words = []
    for word in cyrillic.split():
        lower = word.lower()
        for ending, choices in PATRONYMIC_RUSSIAN.items():
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                base, choice = lower[: -len(ending)], rng.choice(choices)
                if choice in ("ов", "ова") and base[-1:] in "аеиоуыә":
                    choice = "ев" if choice == "ов" else "ева"
                lower = base + choice
        words.append(lower.translate(RUSSIAN).capitalize())
    return " ".join(words)


_LETTERS = {
    "latin": "abdefghijklmnopqrstuvyz",
    "cyrillic": "абвгдежзийклмнопрстуфхшыіқғңұүәө",
}


def typo(text: str, rng: random.Random) -> str:
    """One slip of the keyboard in one word of four letters or more."""
    words = text.split()
    candidates = [i for i, w in enumerate(words) if len(w) >= 4]
    if not candidates:
        return text
    index = rng.choice(candidates)
    word = words[index]
    letters = _LETTERS["latin" if word.isascii() else "cyrillic"]
    pos = rng.randrange(1, len(word))
    kind = rng.choice(("substitute", "delete", "insert", "swap"))
    if kind == "substitute":
        word = word[:pos] + rng.choice(letters.replace(word[pos].lower(), "")) + word[pos + 1 :]
    elif kind == "delete":
        word = word[:pos] + word[pos + 1 :]
    elif kind == "insert":
        word = word[:pos] + rng.choice(letters) + word[pos:]
    elif pos < len(word) - 1:
        word = word[:pos] + word[pos + 1] + word[pos] + word[pos + 2 :]
    else:
        word = word[: pos - 1] + word[pos] + word[pos - 1]
    words[index] = word
    return " ".join(words)


# --- reshaping the demo vault -------------------------------------------------------------------

_CHINESE_OF = {cyr: zh for cyr, zh in demo_data.MALE + demo_data.FEMALE}
_CYRILLIC_OF = {zh: cyr for cyr, zh in reversed(demo_data.MALE + demo_data.FEMALE)}


def cyrillic_from_chinese(chinese: str, female: bool) -> str:
    """The Kazakh Cyrillic name a demo Chinese name was made from (given · father)."""
    given, father = chinese.split("·")
    return f"{_CYRILLIC_OF[given]} {_CYRILLIC_OF[father]}{'қызы' if female else 'ұлы'}"


def _sources(person_ids: list[int]) -> dict[int, dict]:
    """What the demo generator wrote per person: its Cyrillic and Chinese forms, sex."""
    out: dict[int, dict] = defaultdict(dict)
    query = (
        records.NameRecord.select(
            records.NameRecord.person, records.NameRecord.script, records.NameRecord.text
        )
        .where(records.NameRecord.kind != "alias")
        .tuples()
    )
    for pid, script, text in query.iterator():
        out[pid][script] = text
    sexes = records.PersonRecord.select(records.PersonRecord.id, records.PersonRecord.sex).tuples()
    for pid, sex in sexes.iterator():
        out[pid]["female"] = sex == "female"
    return {pid: out[pid] for pid in person_ids if "Cyrl" in out[pid] and "Hani" in out[pid]}


def _forms(source: dict, rng: random.Random) -> list[tuple[str, str, str]]:
    """A realistic subset of written forms for one case: (text, script, kind)."""
    cyr, zh = source["Cyrl"], source["Hani"]
    if rng.random() < 0.06:  # known only from a Chinese document or leaked list
        return [(zh, "Hani", "primary")]
    forms = []
    if rng.random() < 0.75:
        forms.append((cyr, "Cyrl", "primary"))
    if rng.random() < 0.55:
        latin = to_latin(cyr) if rng.random() < 0.7 else latin_variant(cyr, rng)
        forms.append((latin, "Latn", "passport"))
    if rng.random() < 0.3:
        forms.append((to_arabic(cyr), "Arab", "primary"))
    if rng.random() < 0.4:
        forms.append((zh, "Hani", "primary"))
    if not any(script != "Hani" for _, script, _ in forms):
        forms.append((to_latin(cyr), "Latn", "passport"))
    if rng.random() < 0.05:  # typed in a hurry
        index = rng.randrange(len(forms))
        text, script, kind = forms[index]
        if script in ("Cyrl", "Latn"):
            forms[index] = (typo(text, rng), script, kind)
    return forms


def prepare(session, path: Path, seed: int = 5) -> dict:
    """Reshape the demo vault's names, seed duplicates, write and return the truth file."""
    rng = random.Random(seed)
    person_ids = [pid for (pid,) in records.PersonRecord.select(records.PersonRecord.id).tuples()]
    sources = _sources(person_ids)
    truth: dict = {"sources": {}, "duplicates": []}
    with records.db.atomic():
        records.NameRecord.delete().execute()
        name_rows = []
        for pid, source in sources.items():
            forms = _forms(source, rng)
            for position, (text, script, kind) in enumerate(forms):
                name_rows.append(
                    {"person": pid, "text": text, "script": script, "kind": kind,
                     "position": position}
                )  # fmt: skip
            truth["sources"][pid] = {"cyr": source["Cyrl"], "zh": source["Hani"],
                                     "female": source["female"],
                                     "stored": [text for text, _, _ in forms]}  # fmt: skip
        bulk.insert("name", name_rows)
        _seed_duplicates(rng, sources, truth, max(2, len(sources) // 100))
    (path.parent / (path.name + ".truth.json")).write_text(json.dumps(truth, ensure_ascii=False))
    return truth


def _seed_duplicates(rng: random.Random, sources: dict, truth: dict, count: int) -> None:
    """Record ``count`` persons a second time, as another relative would report them."""
    originals = rng.sample(sorted(sources), count)
    next_person, next_name = bulk.next_id("person"), bulk.next_id("name")
    persons, names, links = [], [], []
    reporter_of = {
        pid: rid
        for pid, rid in records.PersonReporterRecord.select(
            records.PersonReporterRecord.person, records.PersonReporterRecord.reporter
        ).tuples()
    }
    for pid in originals:
        row = records.PersonRecord.get_by_id(pid).__data__.copy()
        source = sources[pid]
        new_id = next_person
        next_person += 1
        row.update(id=new_id, uuid=str(uuidlib.UUID(int=rng.getrandbits(128), version=4)),
                   ref=f"CT-{new_id:04d}")  # fmt: skip
        chance = rng.random()
        if chance < 0.15:
            row.update(birth_date="", birth_lower=None, birth_upper=None)
        if rng.random() < 0.2:
            row["hometown"] = ""
        persons.append(row)
        cyr = source["Cyrl"]
        style = rng.random()
        if style < 0.3:
            texts = [(source["Hani"], "Hani")]
        elif style < 0.6:
            texts = [(latin_variant(cyr, rng), "Latn")]
        elif style < 0.8:
            texts = [(russian_spelling(cyr, rng), "Cyrl")]
        else:
            texts = [(to_arabic(cyr), "Arab"), (to_latin(cyr), "Latn")]
        if rng.random() < 0.1 and texts[0][1] != "Hani":
            texts[0] = (typo(texts[0][0], rng), texts[0][1])
        for position, (text, script) in enumerate(texts):
            names.append({"id": next_name, "person": new_id, "text": text, "script": script,
                          "kind": "primary", "position": position})  # fmt: skip
            next_name += 1
        if pid in reporter_of and rng.random() < 0.4:
            links.append({"person": new_id, "reporter": reporter_of[pid],
                          "relationship": "other_relative"})  # fmt: skip
        truth["duplicates"].append((pid, new_id))
        truth["sources"][new_id] = {"cyr": cyr, "zh": source["Hani"],
                                    "female": source["female"],
                                    "stored": [text for text, _ in texts]}  # fmt: skip
    bulk.insert("person", persons)
    bulk.insert("name", names)
    bulk.insert("person_reporter", links)


# --- queries derived from stored records ----------------------------------------------------------


def queries(truth: dict, per_category: int, seed: int = 11) -> dict[str, list[tuple[str, int]]]:
    """(query text, person id it must find) per category, built from the truth file."""
    rng = random.Random(seed)
    sources = {int(pid): s for pid, s in truth["sources"].items()}
    ids = sorted(sources)
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    makers = {
        "exact": _exact,
        "cross_script": _cross_script,
        "latin_variant": _latin_variant,
        "russian": _russian,
        "arabic": _arabic,
        "chinese": _chinese,
        "typo1": _typo,
    }
    for category, make in makers.items():
        attempts = 0
        while len(out[category]) < per_category and attempts < per_category * 50:
            attempts += 1
            pid = rng.choice(ids)
            text = make(sources[pid], rng)
            if text:
                out[category].append((text, pid))
    return dict(out)


def _only_chinese(source: dict) -> bool:
    return all(text == source["zh"] for text in source["stored"])


def _exact(source: dict, rng: random.Random) -> str | None:
    return rng.choice(source["stored"])


def _cross_script(source: dict, rng: random.Random) -> str | None:
    cyr, stored = source["cyr"], source["stored"]
    if _only_chinese(source):
        return None
    if cyr not in stored:
        return cyr
    latin = to_latin(cyr)
    return latin if latin not in stored else None


def _latin_variant(source: dict, rng: random.Random) -> str | None:
    if _only_chinese(source):
        return None
    text = latin_variant(source["cyr"], rng)
    return text if text not in source["stored"] else None


def _russian(source: dict, rng: random.Random) -> str | None:
    if _only_chinese(source):
        return None
    text = russian_spelling(source["cyr"], rng)
    return text if text not in source["stored"] else None


def _arabic(source: dict, rng: random.Random) -> str | None:
    text = to_arabic(source["cyr"])
    if _only_chinese(source) or text in source["stored"]:
        return None
    return text


def _chinese(source: dict, rng: random.Random) -> str | None:
    """A Chinese-only record found by its Kazakh name, or a Chinese query for one without."""
    if _only_chinese(source):
        return source["cyr"] if rng.random() < 0.5 else to_latin(source["cyr"])
    if source["zh"] not in source["stored"] and rng.random() < 0.5:
        return source["zh"]
    return None


def _typo(source: dict, rng: random.Random) -> str | None:
    written = [t for t in source["stored"] if t != source["zh"] and not _is_arabic(t)]
    if not written:
        return None
    text = typo(rng.choice(written), rng)
    return text if text not in source["stored"] else None


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)
