"""Menu command handlers: each takes the main window (`files` for the File menu and the case
list's context menu, `vault` for the Vault menu), so mainwindow.py stays small."""

from casetracker.gui.commands import files, vault

#: The window's `actions.commands[name]` (see mainactions.py) and what each one runs.
MENU_COMMANDS = {
    "import_sheet": files.import_spreadsheet,
    "import_pfif": files.import_pfif,
    "import_json": files.import_json,
    "export_list": files.export_list,
    "export_pdf": files.export_pdf,
    "bundle_export": files.export_bundle,
    "bundle_import": files.import_bundle,
    "bundle_conflicts": files.show_conflicts,
    "change_passphrase": vault.change_passphrase,
    "recovery_code": vault.new_recovery_code,
    "backup_now": vault.back_up_now,
    "restore": vault.restore,
    "check": vault.check_integrity,
    "history": vault.show_history,
    "settings": vault.open_settings,
    "erase": vault.erase,
}

__all__ = ["MENU_COMMANDS", "files", "vault"]
