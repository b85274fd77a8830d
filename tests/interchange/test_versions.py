"""Version ids must never change meaning: vaults and bundles made by earlier versions hold them.

The fast paths (orjson, raw SQL readers, change images) are checked against what the standard
library and peewee give, so a record read or hashed either way is the same version.
"""

from __future__ import annotations

import datetime as dt
import json
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from casetracker.domain.versions import canonical, version_of
from casetracker.interchange import bundle
from casetracker.services import (
    advocacy,
    attachments,
    cases,
    facilities,
    reporters,
    statuses,
    syncrecords,
    syncstate,
)
from casetracker.store import records
from casetracker.store.oplog import image_text
from tests.interchange.conftest import opened

PINNED = {
    "sex": "male",
    "birth_date": "2018~",
    "age_min": None,
    "is_photo": True,
    "recorded_at": "2020-01-02 03:04:05",
    "names": [["Қалиолла", "cyrl", "primary"]],
    "name": "هاليوللا \x01 哈力奥拉",
}


def test_version_ids_are_the_ones_earlier_versions_made():
    # computed by the json.dumps-based code that wrote the first bundles and vaults
    assert version_of(PINNED) == "fa7f3dadd8ad08caafe2"
    first = {**PINNED, "name": "Қалиолла"}
    assert version_of(first) == "3dace3f0ade2258df585"
    assert version_of(None, "abc") == "x3619b2e9832d748d745e"


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4),
    max_leaves=8,
)


@settings(max_examples=300)
@given(st.dictionaries(st.text(max_size=8), _values, max_size=6))
def test_canonical_text_is_what_json_writes(content):
    expected = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert canonical(content) == expected


def test_lone_surrogates_and_huge_numbers_take_the_standard_path():
    content = {"a": "\ud800", "b": 2**70}
    assert canonical(content) == json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def test_change_images_read_back_as_json_wrote_them():
    image = {"at": dt.datetime(2020, 1, 2, 3, 4, 5), "day": dt.date(2020, 1, 2), "n": "Ә\ud800"}
    assert json.loads(image_text(image)) == {
        "at": "2020-01-02 03:04:05",
        "day": "2020-01-02",
        "n": "Ә\ud800",
    }
    assert json.loads(image_text({"at": dt.datetime(2020, 1, 2, 3, 4, 5, 7)}))["at"].endswith(
        ".000007"
    )


def _peewee_contents(entity: str, maps) -> dict[str, dict]:
    """The content of every record as the first implementation read it, through peewee rows."""
    spec = syncrecords.SPECS[entity]
    out = {}
    names, idents = syncrecords._person_lists()
    for row in spec.model.select():
        content = {}
        for key in spec.plain:
            value = getattr(row, key)
            if isinstance(value, dt.datetime):
                value = value.replace(microsecond=0).isoformat(sep=" ")
            content[key] = value
        for ref, target in spec.refs.items():
            ref_id = getattr(row, f"{ref}_id")
            content[ref] = maps[target].get(ref_id) if ref_id is not None else None
        if entity == "person":
            content["names"] = names.get(row.id, [])
            content["identifiers"] = idents.get(row.id, [])
        uid = row.uuid if spec.link is None else "|".join(content[e] for e in spec.link)
        out[uid] = content
    return out


def test_raw_readers_give_what_peewee_gives(make_vault):
    path = make_vault("A")
    with opened(path) as s:
        pid = cases.create(s, names=["Алма", "Alma"], hometown="Tekes").created_ids[0]
        camp = facilities.add(s, name="Camp 3").created_ids[0]
        statuses.add_event(s, pid, "detained_camp", date="spring 2018", facility_id=camp)
        reporters.add_to_person(s, pid, name="Dana", phone="+7 701", relationship="child")
        attachments.add(s, pid, "photo.png", b"\x89PNG\r\n\x1a\n" + os.urandom(32))
        org = advocacy.add_organization(s, name="Embassy").created_ids[0]
        contact = advocacy.add_contact(s, name="Desk officer", organization_id=org).created_ids[0]
        advocacy.add_interaction(
            s, [pid], "letter", date="2021-03", contact_id=contact, follow_up_due="2021-04-01"
        )
        maps = syncrecords.id_uuid_maps()
        for entity in syncrecords.ORDER:
            fast = {u: c for u, _i, c in syncrecords.read_contents(entity, maps)}
            assert fast == _peewee_contents(entity, maps), entity
            assert fast, entity


def test_records_that_never_travelled_keep_no_state_until_exported(make_vault, tmp_path):
    path = make_vault("A")
    with opened(path) as s:
        cases.create(s, names=["Alma"])
        local, dirty = syncstate.scan("person", syncrecords.id_uuid_maps())
        assert len(local) == 1 and dirty == []
        assert records.ExchangeRecord.select().count() == 0
        bundle.export_bundle(s, tmp_path / "a.ctb", "pw", kdf=bundle.TEST_KDF)
        states = list(records.ExchangeRecord.select())
        assert states and all(r.base_hash == r.head and r.base for r in states)
