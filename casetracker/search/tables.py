"""Data tables for cross-script name folding (used by :mod:`casetracker.search.fold`).

Everything here is plain data so that a reviewer who knows Kazakh, Uyghur or Chinese
transcription practice can correct a value without reading the algorithm. Any change to a
table changes the search keys: bump ``FOLD_VERSION`` in ``fold.py`` so the index is rebuilt.

The tables produce *readable* ASCII Latin (close to the English press and passports:
``Қалиолла`` -> ``qaliolla``, ``Жұмабай`` -> ``zhumabay``); the phonetic merging of letters
that the different spelling systems confuse happens later, in ``fold``.
"""

from __future__ import annotations

# --- Cyrillic: Kazakh, plus Russian and the letters of neighbouring Turkic alphabets ----------
# Kazakh letters follow the usual passport/press choices: Ә->a (the passport writes A, a Russian
# letter writes А), Ө->o, Ұ/Ү->u, Қ->q, Ғ->gh, Ң->ng, Һ->h, І->i, Ы->y. Е is "e" everywhere
# (the "ye" of English spellings such as Yerlan is removed by fold).
CYRILLIC: dict[str, str] = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
    # Kyrgyz, Uzbek, Tatar, Ukrainian letters and look-alikes produced by some Kazakh keyboards.
    "ў": "u", "ҳ": "h", "җ": "zh", "ӊ": "ng", "ӈ": "ng", "ѳ": "o", "ɵ": "o", "ѓ": "gh",
    "ҝ": "q", "ҟ": "q", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip

# --- Arabic script: Kazakh (Xinjiang "töte" script) and Uyghur (UEY) --------------------------
# Both write every vowel, so a letter-for-letter table keeps them (anyascii drops or garbles
# them). Hamza forms only mark a vowel-initial syllable (ئ) or front vowels (Kazakh ٴ U+0674),
# a distinction fold drops anyway, so they map to nothing. Where the two orthographies disagree
# the Uyghur value wins because it is the more frequent source of names: ۆ is Uyghur ö (in
# Kazakh it writes the rare loan letter в). ى is Kazakh ы/і and Uyghur i; ي is y (Uyghur) or
# и (Kazakh) and becomes i in fold either way. ع is Kazakh Ғ (Талғат = تالعات; Uyghur writes
# غ), not the silent ayn of Arabic spellings, because Kazakh documents are where it occurs.
# Letters only found in Arabic loans are included so that names typed with an Arabic keyboard
# still transliterate.
ARABIC: dict[str, str] = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "i", "ٵ": "a", "ە": "e", "ة": "e", "ې": "e",
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh",
    "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s",
    "ض": "z", "ط": "t", "ظ": "z", "ع": "gh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ک": "k", "گ": "g", "ڭ": "ng", "ڠ": "ng", "ل": "l", "م": "m", "ن": "n", "ھ": "h",
    "ه": "h", "و": "o", "ٶ": "o", "ۇ": "u", "ٷ": "u", "ۆ": "o", "ۈ": "u", "ۋ": "w",
    "ى": "i", "ٸ": "i", "ي": "y", "ی": "y", "ئ": "", "ء": "", "ٴ": "", "ؤ": "u",
    "ـ": "",  # tatweel (kashida), a typographic stretch
    # Short-vowel marks appear only in Arabic-language spellings; the vowel is kept.
    "\u064e": "a", "\u0650": "i", "\u064f": "u", "\u064b": "", "\u064c": "", "\u064d": "",
    "\u0651": "", "\u0652": "", "\u0670": "a",
}  # fmt: skip

# --- Latin letters whose generic ASCII fallback is wrong for Turkic names ---------------------
# anyascii turns ç into "c" (fold reads c as j, Turkish Cemal) and ş into "s" (losing sh), and
# Kazakh Latin 2018 ý is У, not a y. The others are listed so the Kazakh Latin alphabets
# (2017/2018/2021), Turkish and Uyghur Latin spellings can be read off this table.
LATIN: dict[str, str] = {
    "ä": "a", "á": "a", "ə": "a", "ǝ": "a", "ö": "o", "ó": "o", "ü": "u", "ú": "u",
    "ū": "u", "ı": "i", "ï": "i", "ş": "sh", "ș": "sh", "š": "sh", "ç": "ch", "č": "ch",
    "ž": "zh", "ğ": "gh", "ǧ": "gh", "ǵ": "g", "ñ": "ng", "ń": "ng", "ŋ": "ng", "ý": "u",
    "ë": "e", "é": "e",
}  # fmt: skip

# Name separators that must split tokens (Chinese transcriptions separate given and family
# name with a middle dot; hyphens join Kazakh patronymics: Tursyn-kyzy).
SEPARATORS = '·•‧・･∙⋅.-‐‑‒–—_/\\,;:|+()[]{}"<>«»“”„'

# Kazakh Latin 2017 (apostrophe alphabet), also Uzbek o' g': letter + apostrophe -> value.
# "s'h"/"c'h" are hybrids seen in the wild; they are matched before "s'"/"c'".
APOSTROPHE_FORMS: dict[str, str] = {
    "s'h": "sh", "c'h": "ch", "a'": "a", "o'": "o", "u'": "u", "g'": "gh", "n'": "ng",
    "s'": "sh", "c'": "ch", "i'": "i", "y'": "u",
}  # fmt: skip

# --- Chinese transcriptions of Kazakh and Uyghur names ---------------------------------------
# PRC documents transcribe Turkic names syllable by syllable with a fixed set of characters
# (GB/T 17693-style). Plain pinyin reads them as Mandarin (买提 "maiti", 江 "jiang"); these
# values restore the Turkic reading. Looked up longest-match first.
CJK_WORDS: dict[str, str] = {
    "古丽": "gul",  # Gul-, -gul (Aygul, Gulnur): the final i is a transcription vowel
    "阿依": "ay",  # Ay- (Aygul, Aynur)
}

# Characters whose Turkic reading differs from their (default) Mandarin pinyin.
CJK_CHARS: dict[str, str] = {
    "买": "me",  # 买买提 Memet, 买合木提 Mehmut
    "麦": "me",
    "艾": "e",  # 艾力 Eli/Ali, 艾合买提 Exmet/Ahmet (Uyghur ə)
    "江": "jan",  # -jan (Nurjan, Erjan)
    "加": "ja",
    "奥": "o",  # 奥斯曼 Osman, 哈力奥拉 Qaliolla
    "逊": "sun",  # 吐尔逊 Tursun
    "别": "be",  # 别克 Bek
    "赛": "se",  # 赛力克 Serik, 赛买提 Semet
    "肉": "ro",  # 肉孜 Rozi
    "夏": "sha",
    "吾": "u",  # 吾斯曼 Osman/Usman, 达吾提 Dawut
    "乌": "u",
    "依": "i",
    "伊": "i",
    "都": "du",  # default pinyin "dou"; 阿不都 Abdu
    "勒": "le",  # default pinyin "lei"
    "卜": "bu",  # default pinyin "bo"
    "洪": "khun",  # 吐尔洪 Turghun
}

# Characters that stand for a bare consonant when they are not the first syllable of a name:
# 努尔 nu+r = Nur, 别克 be+k = Bek, 买提 me+t = Met, 阿不都 a+b+du = Abdu, 尼亚孜 = Niyaz.
CJK_CODA: dict[str, str] = {
    "尔": "r", "克": "k", "提": "t", "特": "t", "勒": "l", "斯": "s", "合": "kh", "赫": "kh",
    "甫": "p", "普": "p", "孜": "z", "兹": "z", "德": "d", "布": "b", "不": "b", "卜": "b",
}  # fmt: skip

# Pinyin finals respelled: -uo is how Turkic "o" after a consonant is transcribed
# (托合提 Tokhti, 多 do, 罗 lo, 阔 qo, 索 so); plain pinyin would read "tuo".
PINYIN_FINALS: dict[str, str] = {"uo": "o"}

# Characters read as a bare consonant only at the end of a name: 哈斯木 Hasim, 伊力哈木 Ilham
# (inside a name 木 keeps its vowel: 买合木提 Mehmut).
CJK_FINAL: dict[str, str] = {"木": "m"}

# Pinyin initials that do not mean what a Latin reader expects: x is close to sh, q to ch,
# c to ts. Without this, fold would read pinyin x as the Uyghur x (= kh). Pinyin h transcribes
# Turkic q/kh/h (哈 Qa, 汗 Khan) and is written kh so that it cannot form a false digraph with
# the previous syllable (阿斯哈尔 Askhar: "s"+"ha" would read as "sha").
PINYIN_INITIALS: dict[str, str] = {"x": "sh", "q": "ch", "c": "ts", "h": "kh"}

# --- Fold ------------------------------------------------------------------------------------
# Letter groups that spelling systems write differently for the same sound; see fold.py for
# the reasoning behind each line. Digraphs are replaced first, in this order (dzh before zh,
# ch before the single c), then single letters.
FOLD_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"),
    ("sh", "s"), ("ch", "s"), ("ts", "s"),
    ("kh", "k"),
    ("gh", "g"),
)  # fmt: skip
FOLD_SINGLE: dict[str, str] = {
    "c": "j",
    "q": "k", "h": "k", "x": "k",
    "y": "i",
    "w": "u", "v": "u",
}  # fmt: skip

# Patronymic particles written as a separate word (Tursyn uly, Tursyn-kyzy), in source
# spelling; fold.py folds them at import time so they always agree with the current rules.
PATRONYMIC_PARTICLES: tuple[str, ...] = (
    "uly", "ulu", "uli", "ugli", "ogly", "oglu", "ogli",
    "kyzy", "kizi", "qyzy", "qizi", "kyzi", "gyzy",
)  # fmt: skip

# Endings stripped to obtain a stem, in source spelling: Kazakh -uly/-kyzy, Kyrgyz -uulu,
# Uyghur -qizi, Russian-style surnames and patronymics. -in/-ina are deliberately absent:
# after folding, Kazakh ы/і are i, so "-in" ends ordinary names (Tursyn, Ersin, Asqin).
STEM_ENDINGS: tuple[str, ...] = (
    *PATRONYMIC_PARTICLES, "ovich", "evich", "ovna", "evna", "ova", "eva", "ov", "ev",
)  # fmt: skip

# --- Similarity costs ------------------------------------------------------------------------
# Cost of substituting one folded letter for another (default 1.0). Vowels drift between
# Kazakh, Uyghur and Russian spellings of one name (Тұрсын/Tursun, Төлеген/Тулеген,
# Әхмет/Exmet) far more than consonants do, but a/u and a/i are kept expensive because they
# separate distinct names (Marat/Murat, Kamal/Kamil).
SUBSTITUTION_COST: dict[frozenset[str], float] = {
    frozenset("ae"): 0.4,
    frozenset("ou"): 0.3,
    frozenset("iu"): 0.6,
    frozenset("ie"): 0.5,
    frozenset("io"): 0.7,
    frozenset("ao"): 0.8,
    frozenset("eo"): 0.8,
    frozenset("eu"): 0.8,
    frozenset("ai"): 0.9,
    frozenset("au"): 0.9,
    frozenset("kg"): 0.5,  # Қ/Ғ/Г/К across Chinese and Russian spellings
    frozenset("bp"): 0.5,
    frozenset("dt"): 0.5,
    frozenset("sz"): 0.5,  # Chingiz/Shyngys
    frozenset("js"): 0.7,
    frozenset("jz"): 0.6,
    frozenset("lr"): 0.6,  # Chinese has no syllable "ri": 赛力克 = Serik
    frozenset("nm"): 0.7,
    frozenset("fp"): 0.6,
    frozenset("ij"): 0.6,  # j is й in many Latin spellings: Lejla/Leila, Ajgul/Aigul
}

# Inserting or deleting a vowel is cheap: Chinese transcription adds them (帕提古丽 Patigul is
# read pa-t-gul), Russian spellings drop Kazakh reduced vowels.
VOWEL_INDEL_COST = 0.6
# i is cheaper still: it is also the folded glide y, which spellings add or drop freely
# (Aliya/Alia, Meruyert/Meruert, Lyazzat/Ләззат, Bauyrzhan/Baurzhan, Рахиля/راھىلە).
I_INDEL_COST = 0.4
CONSONANT_INDEL_COST = 1.0
VOWELS = frozenset("aeiou")
