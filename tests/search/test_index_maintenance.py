"""The search index follows every change: edits, undo and redo, deletes, rebuilds, old vaults.

Also ranking (the exact written form first) and the in-memory index, which must always equal
what a fresh load from the vault would give.
"""

from __future__ import annotations

from casetracker.services import cases, history, searching
from casetracker.services.session import open_vault
from casetracker.store import namekeys, records, searchcache
from casetracker.store.keyslots import TEST_KDF, new_key_file
from casetracker.store.migrations import LATEST
from casetracker.store.vault import Vault
from tests.conftest import PASSPHRASE


def _ids(session, query: str) -> list[int]:
    return [hit.person_id for hit in searching.search(session, query)]


def _fresh_index() -> tuple[dict[str, list[int]], dict[int, str]]:
    """What loading the index from the vault gives now, for comparison with the cache."""
    searchcache.forget()
    loaded = searchcache.cache()
    return _contents(loaded)


def _contents(cache) -> tuple[dict[str, list[int]], dict[int, str]]:
    postings = {k: sorted(cache.postings.get(k)) for k in list(cache.postings.keys())}
    postings = {k: v for k, v in postings.items() if v}
    names = {pid: sorted(searchcache.unpack_names(packed)) for pid, packed in cache.names.items()}
    return postings, names


def test_index_follows_edits_undo_redo_and_delete(session):
    pid = cases.create(session, names=["Қалиолла Серікұлы"]).created_ids[0]
    assert _ids(session, "Qaliolla Serikuly") == [pid]
    cache = searchcache.cache()
    cases.set_names(session, pid, ["Ерлан Тұрсынұлы", "叶尔兰·吐尔逊"])
    assert searchcache.cache() is cache  # updated in place, not reloaded
    assert _ids(session, "Qaliolla Serikuly") == []
    assert _ids(session, "Erlan Tursunov") == [pid]
    in_place = _contents(cache)
    assert in_place == _fresh_index()
    history.undo(session)
    assert _ids(session, "Qaliolla Serikuly") == [pid]
    assert _ids(session, "Erlan Tursunov") == []
    history.redo(session)
    assert _ids(session, "Erlan Tursunov") == [pid]
    cases.delete(session, pid)
    assert _ids(session, "Erlan Tursunov") == []
    history.undo(session)  # the delete
    assert _ids(session, "Erlan Tursunov") == [pid]
    assert _contents(searchcache.cache()) == _fresh_index()


def test_a_rolled_back_edit_leaves_no_trace_in_the_cache(session):
    pid = cases.create(session, names=["Aigul Serikqyzy"]).created_ids[0]
    assert _ids(session, "Aigul") == [pid]
    try:
        with records.db.atomic():
            records.NameRecord.update(text="Shynar Bolatqyzy").execute()
            namekeys.reindex_persons([pid])
            assert _ids(session, "Shynar") == [pid]
            raise RuntimeError("the operation failed")
    except RuntimeError:
        pass
    assert _ids(session, "Aigul") == [pid]  # the generation went back: the cache reloads
    assert _ids(session, "Shynar") == []


def test_exact_written_form_ranks_first(session):
    ids = {
        text: cases.create(session, names=[text]).created_ids[0]
        for text in (
            "Qaliolla Serikuly",
            "Kaliolla Serikuly",
            "Қалиолла Серікұлы",
            "Qaliolla Serikuly Tursynuly",
            "Qaliolla Berikuly",
            "Qaliolla",
        )
    }
    for typed in ("Kaliolla Serikuly", "Қалиолла Серікұлы", "Qaliolla Serikuly"):
        hits = searching.search(session, typed)
        assert hits[0].person_id == ids[typed], [h.matched for h in hits]
        assert hits[0].score == 1.0
        scores = {h.person_id: h.score for h in hits}
        # the same name spelled otherwise ties, a longer name and a one-letter-off name follow
        assert scores[ids["Qaliolla Serikuly Tursynuly"]] < 1.0
        assert scores[ids["Qaliolla Berikuly"]] < scores[ids["Qaliolla Serikuly Tursynuly"]]
    assert searching.search(session, "Qaliolla")[0].person_id == ids["Qaliolla"]


def test_merged_reference_still_finds_the_case(session):
    from casetracker.services import merge

    keep = cases.create(session, names=["Erlan Tursynuly"]).created_ids[0]
    drop = cases.create(session, names=["Ерлан Тұрсынұлы"]).created_ids[0]
    old_ref = cases.get(session, drop).ref
    merge.merge(session, keep, drop)
    hits = searching.search(session, old_ref)
    assert [(h.person_id, h.via) for h in hits] == [(keep, "ref")]


def test_rebuild_after_a_change_of_rules_gives_the_same_index(session):
    for name in ("Erlan Tursynuly", "叶尔兰·哈力奥拉", "ئەخمەت تۇرسۇن"):
        cases.create(session, names=[name])
    before = _fresh_index()
    searchcache.set_meta("index_version", "0.0")  # as if built by other folding rules
    assert namekeys.ensure_current() is True
    assert namekeys.ensure_current() is False
    assert _fresh_index() == before


def _make_version_2_vault(path):
    """A vault as schema version 2 left it (name_key_record), with a case written by SQL."""
    path.mkdir(parents=True)
    (path / "backups").mkdir()
    key_file, key, _code = new_key_file(
        PASSPHRASE, "22222222-3333-4444-5555-666666666666", TEST_KDF
    )
    key_file.save(path / "keys.json")
    vault = Vault._connect(path, key_file, key, migrate=False)
    vault.migrate(target=2)
    vault.cases.execute_sql(
        "INSERT INTO person_record (uuid, ref, sex, birth_date, ethnicity, citizenship, hometown,"
        " occupation, notes, request, consent, sort_name, current_status, status_date,"
        " created_at, updated_at) VALUES ('u-2', 'CT-0009', 'female', '', 'kazakh', '', '',"
        " '', '', '', 'embassy_un', 'aigul', 'unknown', '',"
        " '2021-01-01 00:00:00', '2021-01-01 00:00:00')"
    )
    for text, script in (("Айгүл Серікқызы", "Cyrl"), ("阿依古丽·赛力克", "Hani")):
        vault.cases.execute_sql(
            "INSERT INTO name_record (person_id, text, script, kind, position)"
            f" VALUES (1, '{text}', '{script}', 'primary', 0)"
        )
    assert vault.schema_version == 2
    assert vault.cases.table_exists("name_key_record")
    vault.close()


def test_version_2_vault_opens_with_the_new_index(tmp_path):
    path = tmp_path / "Two.ctvault"
    _make_version_2_vault(path)
    session = open_vault(path, passphrase=PASSPHRASE)
    try:
        assert session.vault.schema_version == LATEST
        assert not records.db.table_exists("name_key_record")
        hits = searching.search(session, "Aigul Serikqyzy")
        assert [h.ref for h in hits] == ["CT-0009"]
        assert hits[0].matched == "Айгүл Серікқызы"
        assert [h.ref for h in searching.search(session, "+7 701 000 00 00")] == []
        assert list((path / "backups").glob("*.ctbackup"))
    finally:
        session.close()
