"""The first window: open a recent vault, another one, a new one, or the demo vault.

Recent vaults are remembered as folder paths only (`recent.py`). The demo vault lives in the
user data folder and is made on first use with `services.demo.generate` on a worker thread;
its passphrase is public (it holds invented people only), so it opens without asking.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import CaseTrackerError
from casetracker.gui import recent
from casetracker.gui.dialogs.unlock import SUFFIX, UnlockDialog, vault_display_name
from casetracker.gui.errors import error_text
from casetracker.gui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language, tr, trn
from casetracker.gui.icons import app_icon, icon
from casetracker.gui.worker import Task, start
from casetracker.services.session import (
    DEMO_PASSPHRASE,
    Session,
    create_vault,
    kdf_for_new_vault,
    open_vault,
)

if TYPE_CHECKING:
    from casetracker.gui.dialogs.create_vault import CreateVaultDialog

_C = "WelcomeWindow"
DEMO_PEOPLE = 300


def demo_vault_path() -> Path:
    return Path(platformdirs.user_data_dir("CaseTracker", appauthor=False)) / f"Demo{SUFFIX}"


def open_or_make_demo(path: Path) -> Session:
    """Open the demo vault, creating it with invented cases first if it is not there."""
    from casetracker.services import demo  # the generator and its word lists: only for this

    if path.exists():
        return open_vault(path, passphrase=DEMO_PASSPHRASE)
    path.parent.mkdir(parents=True, exist_ok=True)
    session, _code = create_vault(path, DEMO_PASSPHRASE, kdf=kdf_for_new_vault())
    try:
        demo.generate(session, people=DEMO_PEOPLE)
    except Exception:
        session.close()
        raise
    return session


class WelcomeWindow(QWidget):
    """Emits `vault_opened(Session, Path)`; the app then shows the main window."""

    vault_opened = Signal(object, object)  # Session, Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CaseTracker")
        self.setWindowIcon(app_icon())
        self.resize(860, 540)
        self.dialog: UnlockDialog | CreateVaultDialog | None = None
        self._demo_task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._build()
        self.reload_recent()

    def _build(self) -> None:
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel("CaseTracker", self)
        title.setObjectName("welcomeTitle")
        intro = QLabel(
            tr(
                _C,
                "Encrypted records of relatives detained in Xinjiang: their status "
                "over time, the letters and meetings on their behalf, and case "
                "summaries to print. Everything stays on this computer.",
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.open_button = self._button("folder-open", tr(_C, "Open another vault…"))
        self.create_button = self._button("vault-new", tr(_C, "Create a new vault…"))
        self.demo_button = self._button("demo", tr(_C, "Open the demo vault"))
        self.demo_button.setToolTip(
            trn(_C, "A vault of %n invented case(s) to try things out", DEMO_PEOPLE)
        )
        self.open_button.clicked.connect(self.choose_vault)
        self.create_button.clicked.connect(self.create_vault)
        self.demo_button.clicked.connect(self.open_demo)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(logo)
        left.addWidget(title)
        left.addWidget(intro)
        left.addSpacing(18)
        for button in (self.open_button, self.create_button, self.demo_button):
            left.addWidget(button)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(36)
        columns.addLayout(left, 5)
        columns.addLayout(self._recent_column(), 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 20, 36, 32)
        layout.setSpacing(12)
        layout.addLayout(self._language_row())
        layout.addLayout(columns, 1)

    def _language_row(self) -> QHBoxLayout:
        """The interface language, first thing on the first start (defaults to the system's);
        choosing one rebuilds this window in it (casetracker/gui/language.py)."""
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(tr(_C, "Interface language"))
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(current_language()))
        self.language_combo.activated.connect(self._language_chosen)
        label = QLabel(tr(_C, "Interface language:"), self)
        label.setObjectName("muted")
        label.setBuddy(self.language_combo)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.language_combo)
        return row

    def _language_chosen(self, index: int) -> None:
        from casetracker.gui.language import switch_language

        switch_language(self.language_combo.itemData(index))

    def _button(self, icon_name: str, text: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setIconSize(QSize(20, 20))
        button.setMinimumHeight(40)
        button.setStyleSheet("text-align: left; padding-left: 12px;")
        return button

    def _recent_column(self) -> QVBoxLayout:
        heading = QLabel(tr(_C, "Recent vaults"), self)
        heading.setObjectName("pageTitle")
        self.recent_list = QListWidget(self)
        self.recent_list.setAccessibleName(tr(_C, "Recent vaults"))
        self.recent_list.setIconSize(QSize(28, 28))
        self.recent_list.setSpacing(2)
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent_list.customContextMenuRequested.connect(self._recent_menu)
        self.empty_label = QLabel(
            tr(
                _C,
                "No vault has been opened on this computer yet. Create "
                "one, or try the demo vault first.",
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("muted")
        self.open_recent_button = QPushButton(icon("unlock"), tr(_C, "Open"), self)
        self.open_recent_button.clicked.connect(self._open_selected)
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(heading)
        column.addWidget(self.recent_list, 100)
        column.addWidget(self.empty_label)
        column.addWidget(self.open_recent_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)  # no recent vault yet: the hint stays under the heading
        return column

    def reload_recent(self) -> None:
        self.recent_list.clear()
        for path in recent.recent_vaults():
            item = QListWidgetItem(icon("vault"), f"{vault_display_name(path)}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            item.setSizeHint(QSize(0, 2 * self.recent_list.fontMetrics().height() + 16))
            self.recent_list.addItem(item)
        has_items = self.recent_list.count() > 0
        self.recent_list.setVisible(has_items)
        self.open_recent_button.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        if has_items:
            self.recent_list.setCurrentRow(0)

    # -- opening -------------------------------------------------------------------------------

    def open_path(self, path: Path | str) -> UnlockDialog:
        """Ask for the passphrase of `path` (non-blocking; the dialog is returned for tests)."""
        self.dialog = UnlockDialog(path, self)
        self.dialog.unlocked.connect(lambda session, p=Path(path): self._opened(session, p))
        self.dialog.open()
        return self.dialog

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.open_path(item.data(Qt.ItemDataRole.UserRole))

    def _open_selected(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None:
            self._recent_activated(item)

    def _recent_menu(self, pos) -> None:
        item = self.recent_list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        forget = menu.addAction(tr(_C, "Remove from this list"))
        if menu.exec(self.recent_list.viewport().mapToGlobal(pos)) is forget:
            recent.forget_vault(item.data(Qt.ItemDataRole.UserRole))
            self.reload_recent()

    def choose_vault(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr(_C, "Choose a vault folder (its name ends in {suffix})").format(suffix=SUFFIX)
        )
        if not chosen:
            return
        if not chosen.endswith(SUFFIX):
            QMessageBox.information(
                self,
                tr(_C, "Not a vault"),
                tr(
                    _C,
                    "A vault is a folder whose name ends in {suffix}. Choose that folder "
                    "itself, not a folder around it or a file inside it.",
                ).format(suffix=SUFFIX),
            )
            return
        self.open_path(chosen)

    def create_vault(self) -> CreateVaultDialog:
        # imported on use: the passphrase meter (zxcvbn) is slow to load, and after an unlock
        # this module is loaded only for `demo_vault_path` (commands/vault.py)
        from casetracker.gui.dialogs.create_vault import CreateVaultDialog

        self.dialog = CreateVaultDialog(self)
        self.dialog.created.connect(self._opened)
        self.dialog.open()
        return self.dialog

    def open_demo(self) -> None:
        path = demo_vault_path()
        text = (
            tr(_C, "Opening the demo vault…")
            if path.exists()
            else trn(_C, "Creating the demo vault with %n invented case(s)…", DEMO_PEOPLE)
        )
        self._progress = QProgressDialog(text, "", 0, 0, self)
        self._progress.setCancelButton(None)
        self._progress.setWindowTitle(tr(_C, "Demo vault"))
        self._progress.setMinimumDuration(0)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.show()
        self.demo_button.setEnabled(False)
        self._demo_task = start(
            Task(open_or_make_demo, path),
            lambda session: self._demo_done(session, path),
            self._demo_failed,
        )

    def _demo_done(self, session: Session, path: Path) -> None:
        self._close_progress()
        self._opened(session, path)

    def _demo_failed(self, exc: BaseException) -> None:
        self._close_progress()
        QMessageBox.warning(
            self,
            tr(_C, "Demo vault"),
            tr(_C, "The demo vault could not be opened: {error}").format(
                error=error_text(exc) if isinstance(exc, CaseTrackerError) else exc
            ),
        )

    def _close_progress(self) -> None:
        self._demo_task = None
        self.demo_button.setEnabled(True)
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _opened(self, session: Session, path: Path) -> None:
        recent.remember_vault(path)
        self.vault_opened.emit(session, Path(path))
