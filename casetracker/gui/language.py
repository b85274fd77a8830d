"""Switching the interface language while the app runs, without losing work.

`switch_language(code)` remembers the choice (QSettings "ui/language"), installs the new
catalogues and announces `switcher.language_changed`. Widgets keep the words they were built
with, so the app controller (casetracker/app.py) then builds its windows again: it waits until
no dialog is open, flushes every pending edit of the main window, hands the same open Session
to a new MainWindow and puts it back on the same page, case and case-file section, with the
same search text, size and position. Nothing is closed or re-read from disk, so nothing typed
is lost and the vault stays unlocked.

The language can be chosen on the welcome window (first start), in the View menu (a submenu
added here, so the menu code needs no change) and in the settings dialog; all of them call
`switch_language`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRect, QThreadPool, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from casetracker.gui.i18n import (
    LANGUAGE_NAMES,
    LANGUAGES,
    current_language,
    install_language,
    remember_language,
    tr,
)

_C = "LanguageMenu"
#: How long a rebuild waits for a running background query before handing the Session over.
WORKER_WAIT_MS = 10_000


class LanguageSwitcher(QObject):
    """Announces a new interface language; the app controller rebuilds the windows."""

    language_changed = Signal(str)


switcher = LanguageSwitcher()


def switch_language(code: str) -> None:
    """Speak `code` ("kk", "ru" or "en") from now on, and remember it for the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown interface language {code!r} (use one of {LANGUAGES})")
    remember_language(code)
    if code == current_language():
        return
    spoken = install_language(QCoreApplication.instance(), code)
    switcher.language_changed.emit(spoken)


# -- the View > Language menu ------------------------------------------------------------------


def build_language_menu(parent: QWidget) -> QMenu:
    """A "Language" menu with one checkable action per language, each under its own name."""
    menu = QMenu(tr(_C, "&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for code in LANGUAGES:
        action = QAction(LANGUAGE_NAMES[code], menu)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: switch_language(c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def add_language_menu(window: QMainWindow) -> QMenu:
    """Append the Language submenu to the window's View menu (or add it before Help)."""
    bar = window.menuBar()
    menu = build_language_menu(window)
    view_title = tr("MainWindow", "&View")
    for action in bar.actions():
        if action.menu() is not None and action.text() == view_title:
            view = action.menu()
            view.addSeparator()
            view.addMenu(menu)
            return menu
    actions = bar.actions()
    bar.insertMenu(actions[-1] if actions else None, menu)
    return menu


# -- handing the open vault to a new main window -----------------------------------------------


@dataclass(frozen=True)
class WindowState:
    """Where the volunteer was in the main window, to put a new window back there."""

    page: str
    person_id: int | None
    section: str
    return_to: str
    search: str
    selected_id: int | None
    geometry: QRect
    maximized: bool


def window_state(window) -> WindowState:
    case_file = window.panels.get("casefile")
    case_list = window.panels.get("cases")
    return WindowState(
        page=window.current_page() or "cases",
        person_id=case_file.person_id if case_file is not None else None,
        section=case_file.section() if case_file is not None else "",
        return_to=getattr(window, "_return_to", "cases"),
        search=case_list.filter_bar.search.text() if case_list is not None else "",
        selected_id=case_list.current_person_id() if case_list is not None else None,
        geometry=window.geometry(),
        maximized=window.isMaximized(),
    )


def take_session(window):
    """Commit every pending edit of `window` and take its open Session away from it, so that
    closing the window leaves the vault open for the next one."""
    for panel in window.panels.values():
        if hasattr(panel, "flush"):
            panel.flush()
    QThreadPool.globalInstance().waitForDone(WORKER_WAIT_MS)
    session, window.session = window.session, None
    return session


def restore_state(window, state: WindowState) -> None:
    """Put a freshly built main window back where `state` was taken."""
    if state.maximized:
        window.showMaximized()
    else:
        window.setGeometry(state.geometry)
    if state.search or state.selected_id is not None:
        case_list = window.case_list
        if state.search:
            case_list.filter_bar.search.setText(state.search)
        if state.selected_id is not None:
            case_list.select_person(state.selected_id)
    if state.page == "casefile" and state.person_id is not None:
        window.open_case(state.person_id)
        window._return_to = state.return_to
        if state.section:
            window.case_file.set_section(state.section)
    else:
        window.show_page(state.page)
