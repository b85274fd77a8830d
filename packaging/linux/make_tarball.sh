#!/bin/sh
# Pack the Linux one-folder build into dist/CaseTracker-<version>-linux-<arch>.tar.gz:
#   CaseTracker-<version>-linux-<arch>/
#     CaseTracker/                           the program (dist/CaseTracker)
#     install.sh                             per-user install into the menu (and --uninstall)
#     casetracker.desktop, org.casetracker.CaseTracker.metainfo.xml
#     README.txt
set -eu
cd "$(dirname "$0")/../.."
[ -x dist/CaseTracker/CaseTracker ] || { echo "make_tarball.sh: build dist/CaseTracker first" >&2; exit 1; }
VERSION=$(dist/CaseTracker/CaseTracker --version | awk '{print $2}')
NAME=CaseTracker-$VERSION-linux-$(uname -m)
STAGE=build/tarball/$NAME
rm -rf build/tarball
mkdir -p "$STAGE"
cp -a dist/CaseTracker "$STAGE/CaseTracker"
cp packaging/linux/install.sh packaging/linux/casetracker.desktop \
   packaging/linux/org.casetracker.CaseTracker.metainfo.xml "$STAGE/"
cat >"$STAGE/README.txt" <<TXT
CaseTracker $VERSION for Linux (64-bit)

Install (for you only, no administrator password needed):
    open a terminal in this folder and run   ./install.sh
CaseTracker then appears in your applications menu.

Or run it without installing:   ./CaseTracker/CaseTracker

Remove:   ~/.local/opt/CaseTracker/install.sh --uninstall
          (your vaults are not touched)
TXT
tar -C build/tarball -czf "dist/$NAME.tar.gz" "$NAME"
rm -rf build/tarball
echo "dist/$NAME.tar.gz ($(du -h "dist/$NAME.tar.gz" | cut -f1))"
