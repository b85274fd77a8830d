#!/bin/sh
# Put dist/CaseTracker.app into dist/CaseTracker-<version>-macos-<arch>.dmg: a compressed disk
# image that opens on a window with the app and a link to Applications (drag one onto the other).
#
#   sh packaging/macos/build_dmg.sh          # after pyinstaller packaging/casetracker.spec
#
# Optional signing and notarisation, done when the variables are set (a Developer ID certificate
# in the keychain and a `xcrun notarytool store-credentials` profile):
#   CASETRACKER_CODESIGN_IDENTITY="Developer ID Application: ..."   (set it for the pyinstaller
#                                  run too: the spec signs the app, this script signs the DMG)
#   CASETRACKER_NOTARY_PROFILE=<keychain profile name>
# Without them the app carries PyInstaller's ad-hoc signature: it runs, but the first start
# needs right-click > Open (see README "Install").
set -eu
cd "$(dirname "$0")/../.."
APP=dist/CaseTracker.app
[ -d "$APP" ] || { echo "build_dmg.sh: build $APP first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG=dist/CaseTracker-$VERSION-macos-$(uname -m).dmg
STAGE=build/dmg

# The spec signed every binary and the bundle (Developer ID when CASETRACKER_CODESIGN_IDENTITY
# was set during the build, ad hoc otherwise): check that nothing broke the signature since.
codesign --verify --deep --strict "$APP"

rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "CaseTracker $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"
rm -rf "$STAGE"

if [ -n "${CASETRACKER_CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CASETRACKER_CODESIGN_IDENTITY" --timestamp "$DMG"
fi
if [ -n "${CASETRACKER_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$CASETRACKER_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
hdiutil verify "$DMG"
echo "$DMG ($(du -h "$DMG" | cut -f1))"
