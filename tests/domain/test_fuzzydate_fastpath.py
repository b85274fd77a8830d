"""The fast reader of plain EDTF forms agrees exactly with the library's reading."""

from __future__ import annotations

import pytest

from casetracker.domain import fuzzydate as fd

FORMS = [
    "2018",
    "2018-04",
    "2018-04-12",
    "2018~",
    "2018?",
    "2018%",
    "2018-04~",
    "2018-04-12?",
    "2018-21",
    "2018-22",
    "2018-23",
    "2018-24",
    "2017/2018",
    "2017-03/2018-10-02",
    "../2019",
    "2018/..",
    "../2019-04",
    "2017~/2018",
    "2016-21/2017-24",
    "2020-02-29",
    "1975",
    "1000",
    "2024-12-31",
]


@pytest.mark.parametrize("text", FORMS)
def test_fast_path_matches_library(text):
    assert fd._fast_read(text) == fd._read_with_library(text)


@pytest.mark.parametrize(
    "text", ["2019-02-29", "2016-23~", "2019/2017", "2018-13", "0999", "2018-04-31"]
)
def test_fast_path_leaves_refusals_to_the_library(text):
    assert fd._fast_read(text) is None
    with pytest.raises(ValueError):
        fd.FuzzyDate.parse(text)
