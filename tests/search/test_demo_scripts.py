"""Demo names in Arabic script are written as Tote jazu writes them, and search reads them."""

from __future__ import annotations

import pytest

from casetracker.search.fold import MATCH_THRESHOLD, fold, similarity
from casetracker.services import demo_data
from casetracker.services.demo_scripts import to_arabic, to_latin


def test_tote_jazu_spellings() -> None:
    assert to_arabic("Қалиолла") == "قالىوللا"  # и after a back vowel is ى
    assert to_arabic("Әли") == "ٴالي"  # a front word: hamza, и is ي
    assert to_arabic("Талғат") == "تالعات"  # Ғ is ع


@pytest.mark.parametrize(("cyrillic", "chinese"), demo_data.MALE + demo_data.FEMALE)
def test_every_demo_name_matches_in_cyrillic_latin_arabic_and_chinese(cyrillic, chinese) -> None:
    assert fold(to_latin(cyrillic)) == fold(cyrillic)
    # В is ۆ in Tote jazu but ö in Uyghur (the search reads ۆ as Uyghur): Давут -> "daout"
    assert similarity(cyrillic, to_arabic(cyrillic)) >= MATCH_THRESHOLD
    assert similarity(cyrillic, chinese) >= 0.75, fold(chinese)
