"""The translation functions every visible string goes through, and the interface language.

`tr("Context", "Text")` is `QCoreApplication.translate` with an explicit context (PySide6's
`self.tr` takes the context from the runtime class, which breaks for subclasses);
`trn("Context", "%n case(s)", n)` picks the plural form of the language (Russian has three,
English two, Kazakh nouns do not change). `.ts` sources live in resources/i18n, compiled to
`.qm` by `make translations` (tools/i18n.py); Qt's own `qtbase_*.qm` sit beside them.

The language is chosen in this order: what the volunteer picked (QSettings "ui/language"),
else the first of the system's UI languages we speak, else English. `install_language` also
makes QLocale's default follow it, so numbers, plain dates and month names (QLocale().toString)
and `%Ln` counts read the same way as the words around them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from casetracker.domain.enums import Script
from casetracker.resources import resources_dir

#: Interface languages, in the order the language menus list them.
LANGUAGES = ("kk", "ru", "en")
#: Each language under its own name (never translated: a reader must find their own).
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
LANGUAGE_KEY = "ui/language"
#: Qt's own strings (file dialogs, standard buttons): qtbase_kk.qm leaves some untranslated
#: (the file dialog's "Look in:", "Files of type:"...); those are taken from Russian, which
#: Kazakh volunteers read, rather than falling back to English.
QT_FALLBACK = {"kk": ("ru",)}
_LOCALES = {
    "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
    "kk": (QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
}

_installed: list[QTranslator] = []


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def trn(context: str, text: str, n: int, disambiguation: str | None = None) -> str:
    """A count in words: `trn("CaseListPanel", "%Ln case(s)", 1234)` -> "1,234 cases".

    `%n` is the bare number, `%Ln` the number with the locale's digit grouping. Without a
    catalogue (a broken install) English still reads right: "(s)" is resolved here."""
    text = QCoreApplication.translate(context, text, disambiguation, n)
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return text


def system_language() -> str:
    """The first of the system's preferred UI languages we speak, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_language() -> str | None:
    """The language the volunteer chose (first start, settings or the View menu), if any."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if value in LANGUAGES else None


def remember_language(code: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, code)


def locale_for(code: str) -> QLocale:
    """The QLocale numbers and dates use in `code`: ru_RU, kk_KZ; English keeps the system's
    English variant (en_US writes 11/28/2026) and is British elsewhere."""
    if code in _LOCALES:
        return QLocale(*_LOCALES[code])
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _catalogues(code: str) -> list[str]:
    """File names in the order they are installed; Qt asks the last installed first."""
    names = [f"qtbase_{fallback}.qm" for fallback in QT_FALLBACK.get(code, ())]
    return [*names, f"qtbase_{code}.qm", f"casetracker_{code}.qm"]


def install_language(app: QCoreApplication, language: str | None = None) -> str:
    """Load our catalogue and Qt's own for `language` (default: saved, else the system's),
    make it the default QLocale and the app property `uiLanguage`; return the code spoken."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = language or saved_language() or system_language()
    try:
        folder = resources_dir() / "i18n"
    except FileNotFoundError:
        folder = None
    if code not in LANGUAGES or (
        code != "en" and (folder is None or not (folder / f"casetracker_{code}.qm").is_file())
    ):
        code = "en"
    for name in _catalogues(code) if folder is not None else []:
        path = folder / name
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(code))
    # Fuzzy dates are said in the same language as the labels around them.
    app.setProperty("uiLanguage", code)
    return code


def current_language() -> str:
    """The interface language code ("en", "ru", "kk") the application speaks now."""
    app = QCoreApplication.instance()
    code = app.property("uiLanguage") if app is not None else None
    return code if code in LANGUAGES else "en"


#: Right-to-left letters (Hebrew, Arabic and their presentation forms).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def isolate(text: str) -> str:
    """`text` as one bidi unit (FSI…PDI) when it holds right-to-left letters, so that an
    Arabic-script name set among other words or names keeps its place in the left-to-right
    line ("قالىوللا · مۇحامەتۇلى · Qaliolla" lists left to right, the way it was written)."""
    return f"\u2068{text}\u2069" if _RTL.search(text) else text


NAME_SCRIPT_KEY = "display/name_script"


def preferred_script() -> Script:
    """The script names are shown in first: the user's View-menu choice, else Latin for an
    English interface and Cyrillic for Kazakh and Russian. Every screen asks here."""
    value = QSettings().value(NAME_SCRIPT_KEY, "")
    if value in (Script.LATN.value, Script.CYRL.value):
        return Script(value)
    return Script.LATN if current_language() == "en" else Script.CYRL


def set_preferred_script(script: Script) -> None:
    QSettings().setValue(NAME_SCRIPT_KEY, script.value)


def date_text(day, pattern: str = "d MMMM yyyy") -> str:
    """A plain date in the interface language ("28 November 2026", "28 ноября 2026")."""
    from PySide6.QtCore import QDate

    return locale_for(current_language()).toString(QDate(day.year, day.month, day.day), pattern)


def date_time_text(stamp) -> str:
    """A moment in the interface language, short ("28.11.2026 14:05" style of the locale)."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    moment = QDateTime(QDate(stamp.year, stamp.month, stamp.day), QTime(stamp.hour, stamp.minute))
    return locale_for(current_language()).toString(moment, "d MMM yyyy HH:mm")
