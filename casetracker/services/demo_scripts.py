"""Derive the Latin and Arabic-script forms of a Kazakh Cyrillic name for demo data.

A simplified passport-style Latin and Tote jazu (the Arabic-based Kazakh script of Xinjiang),
enough to produce realistic multi-script test names; search does its own folding. Ғ is ع
and Х is ح in Tote jazu (Uyghur writes غ and خ).
"""

from __future__ import annotations

LATIN = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "gh",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ng",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "kh",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
ARABIC = {
    "а": "ا",
    "ә": "ا",
    "б": "ب",
    "в": "ۆ",
    "г": "گ",
    "ғ": "ع",
    "д": "د",
    "е": "ە",
    "ё": "يو",
    "ж": "ج",
    "з": "ز",
    "и": "ي",
    "й": "ي",
    "к": "ك",
    "қ": "ق",
    "л": "ل",
    "м": "م",
    "н": "ن",
    "ң": "ڭ",
    "о": "و",
    "ө": "و",
    "п": "پ",
    "р": "ر",
    "с": "س",
    "т": "ت",
    "у": "ۋ",
    "ұ": "ۇ",
    "ү": "ۇ",
    "ф": "ف",
    "х": "ح",
    "һ": "ھ",
    "ц": "تس",
    "ч": "چ",
    "ш": "ش",
    "щ": "شش",
    "ъ": "",
    "ы": "ى",
    "і": "ى",
    "ь": "",
    "э": "ە",
    "ю": "يۋ",
    "я": "يا",
}
_FRONT = set("әөүі")
_FRONT_MARKED = set("екг")
_BACK_VOWELS = set("аоұы")
_VOWELS = _BACK_VOWELS | set("әөүіеиуэюя")
HAMZA = "ٴ"
#: Tote jazu writes и after a back vowel with ى (the sound is ый: Қалиолла -> قالىوللا).
_BACK_I = "ى"


def to_latin(text: str) -> str:
    words = []
    for word in text.split():
        latin = "".join(LATIN.get(ch.lower(), ch) for ch in word)
        words.append(latin[:1].upper() + latin[1:])
    return " ".join(words)


def _arabic_letter(word: str, index: int) -> str:
    ch = word[index]
    if ch == "и":
        previous = next((c for c in reversed(word[:index]) if c in _VOWELS), "")
        if previous in _BACK_VOWELS:
            return _BACK_I
    return ARABIC.get(ch, ch)


def to_arabic(text: str) -> str:
    """Front-vowel words without е, к or г get the hamza sign, as Tote jazu writes them."""
    words = []
    for word in text.lower().split():
        arabic = "".join(_arabic_letter(word, i) for i in range(len(word)))
        if set(word) & _FRONT and not set(word) & _FRONT_MARKED:
            arabic = HAMZA + arabic
        words.append(arabic)
    return " ".join(words)


def patronymic(father: str, female: bool) -> str:
    return father + ("қызы" if female else "ұлы")
