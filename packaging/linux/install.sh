#!/bin/sh
# Install CaseTracker for the current user (no administrator rights needed), or remove it.
#
#   ./install.sh              copy the program to ~/.local/opt/CaseTracker and add it to the menu
#   ./install.sh --uninstall  remove the program and its menu entry
#
# Your vaults are never touched: they live in your documents or in ~/.local/share/CaseTracker,
# not in the program folder.
set -eu

APP_ID=org.casetracker.CaseTracker
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=$HOME/.local/opt/CaseTracker
BIN_DIR=$HOME/.local/bin
DESKTOP_FILE=$DATA_HOME/applications/$APP_ID.desktop
METAINFO_FILE=$DATA_HOME/metainfo/$APP_ID.metainfo.xml
SIZES="16 24 32 48 64 128 256 512"

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX"
    rm -f "$DESKTOP_FILE" "$METAINFO_FILE"
    [ -L "$BIN_DIR/casetracker" ] && rm -f "$BIN_DIR/casetracker"
    for size in $SIZES; do
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
    refresh_menus
    echo "CaseTracker was removed. Your vaults were not touched."
    exit 0
fi

if [ ! -x "$HERE/CaseTracker/CaseTracker" ] || [ "$HERE" = "$PREFIX" ]; then
    echo "install.sh: run me from the unpacked CaseTracker archive" >&2
    exit 1
fi

mkdir -p "$(dirname "$PREFIX")" "$BIN_DIR" "$DATA_HOME/applications" "$DATA_HOME/metainfo"
rm -rf "$PREFIX.new"
cp -a "$HERE/CaseTracker" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"

ICONS=$PREFIX/_internal/casetracker/resources/icons/app
for size in $SIZES; do
    mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/casetracker-$size.png" "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
mkdir -p "$DATA_HOME/icons/hicolor/scalable/apps"
cp "$ICONS/casetracker.svg" "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"

sed "s|^Exec=.*|Exec=\"$PREFIX/CaseTracker\"|" "$HERE/casetracker.desktop" >"$DESKTOP_FILE"
chmod 644 "$DESKTOP_FILE"
cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO_FILE"
cp "$HERE/install.sh" "$PREFIX/install.sh"  # so that it can uninstall later
ln -sfn "$PREFIX/CaseTracker" "$BIN_DIR/casetracker"
refresh_menus

echo "CaseTracker is installed: find it in your applications menu."
echo "Command line: $BIN_DIR/casetracker --help"
echo "To remove it later: $PREFIX/install.sh --uninstall"
