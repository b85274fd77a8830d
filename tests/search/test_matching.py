"""The pure parts of search: index keys, vocabulary expansion, postings, ranking, places."""

from __future__ import annotations

import pytest

from casetracker.search.fold import fold, name_groups, search_keys, similarity
from casetracker.search.keys import (
    KeyKind,
    decode_groups,
    encode_groups,
    keys_of_names,
    skeleton,
)
from casetracker.search.places import PlaceMatcher, place_tokens
from casetracker.search.postings import Postings, meeting
from casetracker.search.ranking import final_score, key_scores, literal_match, plan
from casetracker.search.vocabulary import Vocabulary, max_typos
from tests.search.test_fold import CASES

NAMES = sorted({name for stored, query, _ in CASES for name in (stored, query)})


@pytest.mark.parametrize("name", NAMES)
def test_index_keys_are_the_search_keys(name: str) -> None:
    keys = keys_of_names([name])
    assert set(keys) == set(search_keys(name))
    for token in (t for group in name_groups(name) for t in group):
        if len(token) >= 2:
            assert keys[token] is KeyKind.TOKEN


@pytest.mark.parametrize("name", NAMES)
def test_folded_names_survive_storage(name: str) -> None:
    groups = name_groups(name)
    assert decode_groups(encode_groups(groups)) == groups


VOCABULARY = Vocabulary(
    ["kaliola", "kaliolauli", "erlan", "erbol", "kuananisi", "tursin", "nurjan", "kalim", "abai"]
)


@pytest.mark.parametrize(
    ("typed", "expected", "minimum"),
    [
        ("Qaliolla", "kaliola", 1.0),  # exact
        ("Qaliola", "kaliola", 1.0),  # folds alike
        ("Qaliolal", "kaliola", 0.85),  # two letters swapped: one edit
        ("Qalyolla", "kaliola", 1.0),  # y = i
        ("Qaliokla", "kaliola", 0.8),  # one wrong letter
        ("Erlna", "erlan", 0.75),  # swap in a five-letter name
        ("Qali", "kaliola", 0.8),  # prefix
        ("Kuanysh", "kuananisi", 0.72),  # Chinese transcription, by consonant skeleton
        ("Tursun", "tursin", 0.9),
    ],
)
def test_vocabulary_expands_typed_tokens(typed: str, expected: str, minimum: float) -> None:
    (token,) = fold(typed).split()
    found = VOCABULARY.expand(token)
    assert found.get(expected, 0.0) >= minimum, found


def test_vocabulary_keeps_different_names_apart() -> None:
    assert "erbol" not in VOCABULARY.expand("erlan")
    assert "erlan" not in VOCABULARY.expand("erbol")
    assert VOCABULARY.expand("ab") == {}  # two letters: no prefix, no typos
    assert max_typos(3) == 0 and max_typos(5) == 1 and max_typos(8) == 2


def test_vocabulary_add_refreshes_cached_expansions() -> None:
    vocabulary = Vocabulary(["erlan"])
    assert "erlen" not in vocabulary.expand("erlan")
    assert vocabulary.add(["erlen", "erlan"]) == 1
    assert "erlen" in vocabulary.expand("erlan")
    assert len(vocabulary) == 2 and "erlen" in vocabulary


def test_skeleton_merges_what_chinese_transcription_blurs() -> None:
    assert skeleton("kuananisi") == skeleton("kuanis")
    assert skeleton(fold("凯拉提")) == skeleton(fold("Қайрат"))
    assert skeleton("erlan") != skeleton("erbol")


def test_postings_lookup_replace_and_best_scores() -> None:
    postings = Postings.from_rows([("a", 1), ("a", 2), ("b", 2), ("c", 3)])
    assert list(postings.get("a")) == [1, 2] and list(postings.get("zz")) == []
    assert postings.best_scores({"a": 0.5, "b": 0.9}) == {1: 0.5, 2: 0.9}
    postings.replace(2, ["a", "b"], ["b", "d"])
    assert list(postings.get("a")) == [1] and list(postings.get("d")) == [2]
    assert meeting([{1: 1.0, 2: 1.0}, {2: 0.5, 3: 1.0}], need=2) == {2}
    assert meeting([{1: 1.0}, {2: 1.0}, {1: 1.0, 2: 1.0}], need=2) == {1, 2}


def _postings(names: dict[int, str]) -> Postings:
    rows = [(key, pid) for pid, name in names.items() for key in keys_of_names([name])]
    return Postings.from_rows(sorted(rows))


def test_key_scores_need_every_token_in_any_order() -> None:
    names = {1: "Erlan Qaliolla", 2: "Erbol Qaliolla", 3: "Qaliolla Erlan", 4: "Erlan Tursyn"}
    postings = _postings(names)
    vocabulary = Vocabulary(t for n in names.values() for g in name_groups(n) for t in g)
    scores = key_scores(plan("Ерлан Қалиолла", vocabulary), postings)
    assert set(scores) == {1, 3}
    assert scores[1] > scores[3] == 1.0  # the typed order, side by side, comes first
    # one token of a longer query may be missing; the person still ranks below full matches
    longer = key_scores(plan("Erlan Qaliolla Tursynuly", vocabulary), postings)
    assert longer[1] < 1.0 and 4 in longer and 2 not in longer


def test_joined_tokens_meet_split_names() -> None:
    names = {1: "Nur Jan", 2: "Nurjan"}
    postings = _postings(names)
    vocabulary = Vocabulary(t for n in names.values() for g in name_groups(n) for t in g)
    assert set(key_scores(plan("Nurjan", vocabulary), postings)) == {1, 2}
    assert set(key_scores(plan("Nur Jan", vocabulary), postings)) == {1, 2}


def test_final_score_and_literal_form() -> None:
    assert final_score(0.5, 1.0) == 0.9  # a prefix typed so far is not a poor whole name
    assert final_score(1.0, 0.5) == 1.0
    assert literal_match("Kaliolla", "Erlan Kaliolla")
    assert not literal_match("Kaliolla", "Erlan Qaliolla")
    assert literal_match("哈力奥拉", "叶尔兰·哈力奥拉")
    assert similarity("Kaliolla", "Qaliolla") == 1.0  # which is why the tie-break exists


def test_places_match_across_spellings_and_ignore_kind_words() -> None:
    matcher = PlaceMatcher()
    matcher.load(
        1,
        ["Tekes County, Ili", "Qarasu village, Tekes County, Ili", "Nilka County, Ili"],
        [(7, "Tekes County re-education camp No. 1", ""), (8, "Xinjiang No. 3 Prison", "")],
    )
    towns, facilities = matcher.match("Tekes")
    assert {t for t, _ in towns} == {"Tekes County, Ili", "Qarasu village, Tekes County, Ili"}
    assert [(f, n) for f, n, _ in facilities] == [(7, "Tekes County re-education camp No. 1")]
    towns, _ = matcher.match("Текес")
    assert len(towns) == 2
    towns, _ = matcher.match("Qarasu village")
    assert [t for t, _ in towns] == ["Qarasu village, Tekes County, Ili"]
    assert matcher.match("county") == ([], [])
    assert place_tokens("Ghulja (Yining), Ili") == ["gulja", "inin", "ili"]


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Серікқызы", "serik"),  # kk collapses when folded: the stem is found before that
        ("Serikkyzy", "serik"),
        ("Ardaqqyzy", "ardak"),
        ("Мұратбекқызы", "muratbek"),
        ("Serik-kyzy", "serik"),
        ("Tursynuly", "tursin"),
        ("Serikovna", "serik"),
    ],
)
def test_patronymic_stems_keep_the_fathers_name_whole(name: str, stem: str) -> None:
    (group,) = name_groups(name)
    assert group[-1] == stem
