"""The translation catalogues: complete, in step with the code, placeholders intact, compiled.

These tests fail when a visible string is added or changed without `make translations` and a
translation into Kazakh and Russian, which is the point: a volunteer must never meet a
half-English screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from casetracker.resources import resources_dir

FULL = ("ru", "kk")


def _active(tool, lang):
    return {k: m for k, m in tool.read_ts(tool.ts_path(lang)).items() if not m.vanished}


def test_the_code_has_no_untranslatable_calls(i18n_tool):
    _messages, errors = i18n_tool.extract()
    assert errors == []  # f-strings in tr(), self.tr()


@pytest.mark.parametrize("lang", [*FULL, "en"])
def test_ts_files_are_in_step_with_the_code(i18n_tool, lang, tmp_path):
    """Extract again into a temporary folder: the same (context, source) pairs as committed."""
    extracted, _errors = i18n_tool.extract()
    merged = i18n_tool.merge(extracted, {}, lang, drop=True)
    i18n_tool.write_ts(i18n_tool.ts_path(lang, tmp_path), lang, merged)
    fresh = set(i18n_tool.read_ts(i18n_tool.ts_path(lang, tmp_path)))
    committed = set(_active(i18n_tool, lang))
    # Not in the .ts yet: run `make translations`, then translate them (tools/i18n.py todo).
    assert sorted(fresh - committed) == []
    # Gone from the code: `make translations` marks them vanished.
    assert sorted(committed - fresh) == []


@pytest.mark.parametrize("lang", [*FULL, "en"])
def test_every_message_is_translated(i18n_tool, lang):
    messages = _active(i18n_tool, lang)
    assert messages
    missing = [f"{m.context} / {m.source!r}" for m in messages.values() if not m.finished]
    assert missing == []
    if lang == "en":  # the English catalogue holds exactly the plural messages
        assert all(m.numerus for m in messages.values())


@pytest.mark.parametrize("lang", [*FULL, "en"])
def test_placeholders_survive_translation(i18n_tool, lang):
    """{name} sets, %n, HTML tags and the & shortcut letter as in the English source."""
    bad = {
        f"{m.context} / {m.source!r}": i18n_tool.placeholder_problems(m)
        for m in _active(i18n_tool, lang).values()
        if i18n_tool.placeholder_problems(m)
    }
    assert bad == {}


def test_placeholder_check_catches_a_broken_translation(i18n_tool):
    m = i18n_tool.Message("C", "Unlink {name} from {ref}? Press &Yes")
    m.translation = ["Отвязать {имя} от {ref}? Нажмите Да"]
    problems = i18n_tool.placeholder_problems(m)
    assert any("placeholders" in p for p in problems)
    assert any("&" in p for p in problems)
    n = i18n_tool.Message("C", "%n case(s)", numerus=True)
    n.translation = ["%n дело", "дела", "%n дел"]
    assert any("%n" in p for p in i18n_tool.placeholder_problems(n))


@pytest.mark.parametrize("lang", [*FULL, "en"])
def test_compiled_catalogues_match_the_ts_files(i18n_tool, lang):
    """The shipped .qm says what the .ts says (someone edited a .ts and forgot to compile)."""
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "i18n" / f"casetracker_{lang}.qm"))
    stale = []
    for m in _active(i18n_tool, lang).values():
        comment = m.comment or None
        if m.numerus:
            got = translator.translate(m.context, m.source, comment, 1)
            want = m.translation[0]  # %n is filled in by QCoreApplication.translate
        else:
            got = translator.translate(m.context, m.source, comment)
            want = m.translation[0]
        if got != want:
            stale.append(f"{m.context} / {m.source!r}: {got!r} != {want!r}")
    assert stale == []


@pytest.mark.parametrize("lang", FULL)
def test_qt_own_catalogue_ships_beside_ours(lang):
    assert (resources_dir() / "i18n" / f"qtbase_{lang}.qm").is_file()
