"""Hostile JSON imports: a clear error, never a crash, and the vault unchanged."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetracker.domain.errors import ValidationError
from casetracker.interchange import jsonio
from casetracker.services import caselist, history

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20))
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
person = st.fixed_dictionaries(
    {"uuid": st.text(min_size=1, max_size=12)},
    optional={
        "names": st.one_of(
            values,
            st.lists(
                st.dictionaries(st.sampled_from(["text", "script", "kind"]), scalars), max_size=3
            ),
        ),
        "sex": scalars,
        "birth_date": scalars,
        "events": st.lists(
            st.dictionaries(
                st.sampled_from(
                    ["status", "date", "uuid", "facility", "confidence", "recorded_at"]
                ),
                scalars,
            ),
            max_size=3,
        ),
        "identifiers": values,
        "reporters": values,
        "attachments": values,
    },
)
documents = st.fixed_dictionaries(
    {"format": st.just(jsonio.FORMAT), "version": st.just(1)},
    optional={
        "persons": st.lists(person, max_size=3),
        "facilities": values,
        "interactions": values,
        "organizations": values,
    },
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc=documents)
def test_hostile_documents_fail_cleanly(session, doc):
    before = caselist.count(session)
    undo_before = history.undo_label(session)
    try:
        result = jsonio.import_document(session, json.loads(json.dumps(doc)))
    except ValidationError:
        assert caselist.count(session) == before
        assert history.undo_label(session) == undo_before
    else:
        assert caselist.count(session) == before + result.added
        if result.added:
            history.undo(session)
            assert caselist.count(session) == before


def test_not_json_and_wrong_format(tmp_path, session):
    bad = tmp_path / "bad.json"
    bad.write_text("{ nope")
    for content in (
        "{ nope",
        "[]",
        json.dumps({"format": "other"}),
        json.dumps({"format": jsonio.FORMAT, "version": 99}),
    ):
        bad.write_text(content)
        try:
            jsonio.import_file(session, bad)
        except ValidationError as exc:
            assert "bad.json" in str(exc)
        else:
            raise AssertionError(content)
