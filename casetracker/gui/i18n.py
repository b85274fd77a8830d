"""The translation function every visible string goes through.

`tr("Context", "Text")` is `QCoreApplication.translate` with an explicit context (PySide6's
`self.tr` takes the context from the runtime class, which breaks for subclasses). `.ts` sources
live in resources/i18n and are compiled to `.qm` (issue 9 adds Kazakh and Russian).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from casetracker.domain.enums import Script
from casetracker.resources import resources_dir

_installed: list[QTranslator] = []


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_language(app: QCoreApplication, language: str | None = None) -> str:
    """Load our catalogue and Qt's own for `language` (default: the system locale)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = language or QLocale.system().name().split("_")[0]
    folder = resources_dir() / "i18n"
    for name in (f"casetracker_{code}.qm", f"qtbase_{code}.qm"):
        path = folder / name
        if path.exists():
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    return code


def current_language() -> str:
    """The interface language code ("en", "ru", "kk") the application was started with."""
    app = QCoreApplication.instance()
    code = app.property("uiLanguage") if app is not None else None
    return code if code in ("en", "ru", "kk") else "en"


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
