"""The interface's translation workflow: extract, merge, translate, compile (`make translations`).

    python tools/i18n.py                  update + release + check (what `make translations` runs)
    python tools/i18n.py update           extract the strings and merge them into the .ts files
    python tools/i18n.py release          compile .ts -> .qm; copy Qt's own qtbase_{ru,kk}.qm
    python tools/i18n.py check            coverage and placeholder report; exit 1 on a problem
    python tools/i18n.py todo ru [F.json] untranslated messages of one language, as JSON
    python tools/i18n.py fill ru F.json   write translations from such a JSON file into the .ts
    python tools/i18n.py pseudo [DIR]     long accented pseudo-translation (layout testing)
    python tools/i18n.py screenshots      docs/screenshots/main-{en,ru,kk}.png

Why our own extractor rather than `pyside6-lupdate`: every call in casetracker/gui names its
context through a module constant (`tr(CONTEXT, "Text")`), which lupdate's Python parser does
not resolve (it silently drops those strings), it does not see plurals passed as `n=`, and it
extracts f-strings as if they were literals. Here the context constant is resolved through the
module's own assignments and `from x import CONTEXT`, an f-string or a `.tr()` method call is an
error, and the .ts files stay plain Qt Linguist files (open them in `pyside6-linguist`), compiled
by Qt's own `pyside6-lrelease`.

Sources are English. casetracker_ru.ts and casetracker_kk.ts hold every message;
casetracker_en.ts holds only the plural ("%n") messages, for the English singular/plural forms.
A message that left the code stays in the .ts as "vanished" (lrelease skips it) so that its
translation can be reused by hand; `update --drop-vanished` removes them.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "casetracker" / "gui", ROOT / "casetracker" / "app.py")
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "kk")  # full catalogues; English is the source language
PLURAL_ONLY = ("en",)
#: Plural forms per language as Qt counts them (numerus rules of Qt Linguist): Kazakh nouns do
#: not change after a number, but Qt keeps two forms for it, so both carry the same text.
NUMERUS_FORMS = {"en": 2, "ru": 3, "kk": 2}
TS_LANGUAGE = {"en": "en_GB", "ru": "ru_RU", "kk": "kk_KZ"}
QT_CATALOGUES = ("qtbase",)
NOOP_CALLS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_N_NOOP"}
TR_CALLS = {"tr", "trn", "translate"} | NOOP_CALLS

Key = tuple[str, str, str]  # context, source, disambiguation ("" if none)


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: list[str] = field(default_factory=list)  # one item, or the plural forms
    finished: bool = False
    vanished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


# --------------------------------------------------------------------------------------------
# Extraction


class ExtractError(Exception):
    pass


def _python_files(sources=SOURCES) -> list[Path]:
    files: list[Path] = []
    for src in sources:
        files += sorted(src.rglob("*.py")) if src.is_dir() else [src]
    return files


def _module_name(path: Path) -> str:
    rel = path.resolve().relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _constants(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.body:
        target = value = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        is_text = isinstance(value, ast.Constant) and isinstance(value.value, str)
        if isinstance(target, ast.Name) and is_text:
            out[target.id] = value.value
    return out


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr == "translate" and getattr(func.value, "id", "") in {
            "QCoreApplication",
            "QApplication",
        }:
            return "translate"
        if func.attr == "tr":
            return ".tr"
        if func.attr in TR_CALLS and getattr(func.value, "id", "") == "i18n":
            return func.attr
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path, names: dict[str, str]) -> None:
        self.path, self.names = path, names
        self.found: list[Message] = []
        self.errors: list[str] = []
        self.dynamic: list[str] = []

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{node.lineno}"

    def literal(self, node: ast.expr | None, allow_name: bool = False) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if allow_name and isinstance(node, ast.Name) and node.id in self.names:
            return self.names[node.id]
        return None

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        name = _call_name(node.func)
        if name == ".tr":
            self.errors.append(f"{self.where(node)}: use tr(context, text), not .tr()")
            return
        if name not in TR_CALLS or len(node.args) < 2:
            return
        context = self.literal(node.args[0], allow_name=True)
        text_node = node.args[1]
        if isinstance(text_node, ast.JoinedStr):
            self.errors.append(f"{self.where(node)}: an f-string cannot be translated")
            return
        text = self.literal(text_node)
        if context is None or text is None:
            if name not in NOOP_CALLS:
                self.dynamic.append(self.where(node))  # e.g. tr(C, page.title): marked elsewhere
            return
        keywords = {k.arg: k.value for k in node.keywords}
        comment = self.literal(
            node.args[2] if len(node.args) > 2 else keywords.get("disambiguation")
        )
        # A count: trn(), tr(..., n), or a table entry with %n that trn() will translate.
        numerus = (
            name in {"trn", "QT_TRANSLATE_N_NOOP"}
            or len(node.args) > 3
            or "n" in keywords
            or re.search(r"%L?n", text) is not None
        )
        message = Message(context, text, comment or "", numerus)
        message.locations.append((str(self.path.relative_to(ROOT)), node.lineno))
        self.found.append(message)


def extract(sources=SOURCES) -> tuple[dict[Key, Message], list[str]]:
    """Every translatable message in the sources, and the problems found (f-strings, .tr())."""
    files = _python_files(sources)
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files}
    constants = {_module_name(p): _constants(t) for p, t in trees.items()}
    messages: dict[Key, Message] = {}
    errors: list[str] = []
    for path, tree in trees.items():
        names = dict(constants[_module_name(path)])
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in constants:
                for alias in node.names:
                    value = constants[node.module].get(alias.name)
                    if value is not None:
                        names[alias.asname or alias.name] = value
        visitor = _Visitor(path, names)
        visitor.visit(tree)
        errors += visitor.errors
        for found in visitor.found:
            known = messages.setdefault(found.key, found)
            if known is not found:
                known.locations += found.locations
                known.numerus = known.numerus or found.numerus
    return messages, errors


# --------------------------------------------------------------------------------------------
# .ts files (Qt Linguist's XML)


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"casetracker_{lang}.ts"


def read_ts(path: Path) -> dict[Key, Message]:
    out: dict[Key, Message] = {}
    if not path.exists():
        return out
    for ctx in ET.parse(path).getroot().iter("context"):
        context = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            node = msg.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            numerus = msg.get("numerus") == "yes"
            if numerus and node is not None:
                forms = [f.text or "" for f in node.findall("numerusform")]
            else:
                forms = [(node.text or "") if node is not None else ""]
            m = Message(context, msg.findtext("source", ""), msg.findtext("comment", ""), numerus)
            m.translation = forms
            m.finished = kind == "" and all(forms)
            m.vanished = kind in ("vanished", "obsolete")
            out[m.key] = m
    return out


def write_ts(path: Path, lang: str, messages: dict[Key, Message]) -> None:
    root = ET.Element("TS", version="2.1", language=TS_LANGUAGE[lang], sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for m in messages.values():
        by_context.setdefault(m.context, []).append(m)
    for context in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        ordered = sorted(by_context[context], key=lambda m: (m.vanished, m.locations[:1], m.source))
        for m in ordered:
            msg = ET.SubElement(ctx, "message", {"numerus": "yes"} if m.numerus else {})
            for filename, line in m.locations:
                rel = Path("../..") / filename
                ET.SubElement(msg, "location", filename=rel.as_posix(), line=str(line))
            ET.SubElement(msg, "source").text = m.source
            if m.comment:
                ET.SubElement(msg, "comment").text = m.comment
            tr = ET.SubElement(msg, "translation")
            if m.vanished:
                tr.set("type", "vanished")
            elif not m.finished:
                tr.set("type", "unfinished")
            if m.numerus:
                for form in m.translation:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = m.translation[0] if m.translation else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merge(extracted: dict[Key, Message], old: dict[Key, Message], lang: str, drop=False):
    """The extracted messages with the translations already made; the rest as vanished."""
    forms = NUMERUS_FORMS[lang]
    out: dict[Key, Message] = {}
    for key, src in extracted.items():
        if lang in PLURAL_ONLY and not src.numerus:
            continue
        m = Message(src.context, src.source, src.comment, src.numerus, list(src.locations))
        before = old.get(key)
        if before is not None and before.numerus == src.numerus:
            m.translation, m.finished = list(before.translation), before.finished
        elif before is not None and any(before.translation):
            # it became (or stopped being) a plural message: the old text as a draft to check
            m.translation = before.translation[:1] * (forms if m.numerus else 1)
            m.finished = False
        size = forms if m.numerus else 1
        if len(m.translation) != size:
            m.finished = m.finished and len(m.translation) > size
            m.translation = (m.translation + [""] * size)[:size]
        out[key] = m
    if not drop:
        for key, before in old.items():
            if key not in out and any(before.translation):
                before.vanished, before.locations = True, []
                out[key] = before
    return out


# --------------------------------------------------------------------------------------------
# Checks shared with tests/i18n


PLACEHOLDER = re.compile(r"\{[^{}]*\}")
NUMERUS = re.compile(r"%L?n")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
MNEMONIC = re.compile(r"&(?!&)(?![a-zA-Z]+;|#\d+;)(?=\S)")


def placeholder_problems(m: Message) -> list[str]:
    """Placeholders, %n, HTML tags and the mnemonic must survive translation unchanged."""
    problems = []
    for text in m.translation:
        if not text:
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(m.source)):
            problems.append(f"{{…}} placeholders differ: {text!r}")
        if bool(NUMERUS.search(text)) != bool(NUMERUS.search(m.source)):
            problems.append(f"%n differs: {text!r}")
        if sorted(t.split()[0].rstrip(">") for t in TAG.findall(text)) != sorted(
            t.split()[0].rstrip(">") for t in TAG.findall(m.source)
        ):
            problems.append(f"HTML tags differ: {text!r}")
        if bool(MNEMONIC.search(m.source)) != bool(MNEMONIC.search(text)):
            problems.append(f"& shortcut letter missing or extra: {text!r}")
    return problems


def coverage(lang: str) -> tuple[int, int, list[Message]]:
    """(finished, total, problems) of one catalogue, vanished messages left out."""
    messages = [m for m in read_ts(ts_path(lang)).values() if not m.vanished]
    done = [m for m in messages if m.finished]
    return len(done), len(messages), [m for m in messages if placeholder_problems(m)]


# --------------------------------------------------------------------------------------------
# Pseudo-translation


_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ",
        strict=True,
    )
)
_KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%\d|<[^>]*>|&[a-zA-Z]+;|&)")


def pseudo_text(text: str, grow: float = 0.4) -> str:
    """Accented and 40 % longer ("Cases" -> "[Çášéš ·····]"), placeholders and tags kept."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    out = "".join(
        p if _KEEP.fullmatch(p) else "".join(_ACCENTED.get(c, c) for c in p) for p in parts
    )
    visible = len(TAG.sub("", text))
    padding = "·" * max(2, round(visible * grow))
    lines = out.split("\n")
    lines[0] = f"[{lines[0]} {padding}]"
    return "\n".join(lines)


def write_pseudo(folder: Path) -> Path:
    messages, _ = extract()
    for m in messages.values():
        size = NUMERUS_FORMS["en"] if m.numerus else 1
        m.translation, m.finished = [pseudo_text(m.source)] * size, True
    path = folder / "casetracker_pseudo.ts"
    write_ts(path, "en", messages)
    return _lrelease(path, folder / "casetracker_pseudo.qm")


# --------------------------------------------------------------------------------------------
# Commands


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def _lrelease(ts: Path, qm: Path) -> Path:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )
    return qm


def update(drop: bool = False, folder: Path = I18N) -> dict[Key, Message]:
    extracted, errors = extract()
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if errors:
        raise SystemExit(1)
    for lang in LANGUAGES + PLURAL_ONLY:
        path = ts_path(lang, folder)
        merged = merge(extracted, read_ts(path), lang, drop)
        write_ts(path, lang, merged)
        todo = sum(not m.finished for m in merged.values() if not m.vanished)
        print(f"{path.relative_to(ROOT)}: {len(merged)} messages, {todo} to translate")
    return extracted


def release(folder: Path = I18N) -> None:
    for lang in LANGUAGES + PLURAL_ONLY:
        _lrelease(ts_path(lang, folder), folder / f"casetracker_{lang}.qm")
    qt_folder = _qt_translations()
    for lang in LANGUAGES:
        for name in QT_CATALOGUES:
            source = qt_folder / f"{name}_{lang}.qm"
            if source.exists():
                shutil.copyfile(source, folder / source.name)
            else:
                print(
                    f"note: Qt ships no {source.name}; Qt's own dialogs fall back", file=sys.stderr
                )
    print(f"compiled {len(LANGUAGES + PLURAL_ONLY)} catalogues into {folder.relative_to(ROOT)}")


def _qt_translations() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


def check() -> int:
    failed = 0
    for lang in LANGUAGES + PLURAL_ONLY:
        done, total, bad = coverage(lang)
        percent = 100 * done / total if total else 100
        print(f"{lang}: {done}/{total} translated ({percent:.1f} %)")
        for m in bad:
            print(f"  {m.context} / {m.source!r}: {'; '.join(placeholder_problems(m))}")
        failed += (done != total) + len(bad)
    return 1 if failed else 0


def todo(lang: str, out: Path | None) -> None:
    pending: dict[str, dict[str, object]] = {}
    for m in read_ts(ts_path(lang)).values():
        if not m.vanished and not m.finished:
            value = [""] * NUMERUS_FORMS[lang] if m.numerus else ""
            if lang == "en" and m.numerus:  # a draft to check: "%n case(s)" -> case / cases
                value = [m.source.replace("(s)", ""), m.source.replace("(s)", "s")]
            pending.setdefault(m.context, {})[_json_key(m)] = value
    text = json.dumps(pending, ensure_ascii=False, indent=2)
    if out is None:
        print(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")


def _json_key(m: Message) -> str:
    return f"{m.source}\x00{m.comment}" if m.comment else m.source


def fill(lang: str, source: Path) -> None:
    """Translations from JSON {context: {source: text | [plural forms]}} into the .ts file.
    A single text for a plural message is used for every form (Kazakh)."""
    path = ts_path(lang)
    messages = read_ts(path)
    data = json.loads(source.read_text(encoding="utf-8"))
    by_json = {(m.context, _json_key(m)): m for m in messages.values()}
    written = 0
    for context, entries in data.items():
        for key, value in entries.items():
            m = by_json.get((context, key))
            if m is None:
                print(f"unknown message: {context} / {key!r}", file=sys.stderr)
                continue
            forms = value if isinstance(value, list) else [value]
            if m.numerus and len(forms) == 1:
                forms = forms * NUMERUS_FORMS[lang]
            if not all(forms):
                continue
            m.translation, m.finished = forms, True
            written += 1
    write_ts(path, lang, _with_locations(messages))
    print(f"{written} translations written to {path.relative_to(ROOT)}")


def _with_locations(messages: dict[Key, Message]) -> dict[Key, Message]:
    """read_ts drops locations; take them from a fresh extraction."""
    extracted, _ = extract()
    for key, m in messages.items():
        if key in extracted:
            m.locations = extracted[key].locations
    return messages


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "all"
    if command in ("all", "update"):
        update(drop="--drop-vanished" in argv)
    if command in ("all", "release"):
        release()
    if command in ("all", "check"):
        return check()
    if command == "todo":
        todo(argv[2], Path(argv[3]) if len(argv) > 3 else None)
    elif command == "fill":
        fill(argv[2], Path(argv[3]))
    elif command == "screenshots":
        screenshots(Path(argv[2]) if len(argv) > 2 else ROOT / "docs" / "screenshots")
    elif command == "pseudo":
        folder = Path(argv[2]) if len(argv) > 2 else ROOT / "build" / "i18n"
        print(write_pseudo(folder))
    elif command not in ("all", "update", "release", "check", "screenshots"):
        print(__doc__)
        return 2
    return 0


# --------------------------------------------------------------------------------------------
# Screenshots of the main window in each language (docs/screenshots/main-{en,ru,kk}.png)


def screenshots(out: Path) -> None:
    """The main window on the case list of a demo vault, once per interface language."""
    import os
    import tempfile

    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "tools"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from screenshots import settle

    from casetracker.app import setup_application
    from casetracker.cli.common import DEMO_PASSPHRASE
    from casetracker.gui.i18n import install_language
    from casetracker.gui.mainwindow import MainWindow
    from casetracker.services import demo, settings
    from casetracker.services.session import create_vault
    from casetracker.store.keyslots import TEST_KDF

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ct-i18n-shots-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        setup_application(app, "en")
        session, _code = create_vault(Path(tmp) / "Almaty.ctvault", DEMO_PASSPHRASE, kdf=TEST_KDF)
        demo.generate(session, people=300)
        settings.set_volunteer(session, "Aigerim")  # no "who is working here?" banner
        for lang in ("en", *LANGUAGES):
            install_language(app, lang)
            window = MainWindow(session)
            window.resize(1400, 900)
            window.show()
            settle(app, 600)
            window.case_list.select_person(window.case_list.model.ids()[3])
            settle(app, 300)
            path = out / f"main-{lang}.png"
            window.grab().save(str(path))
            print(path)
            window.session = None  # keep the vault open for the next language
            window.close()
            window.deleteLater()
            settle(app, 100)
        session.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
