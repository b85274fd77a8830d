"""The packaging files agree with the project (fast; no build needed).

The slow check, the smoke test of a real bundle, runs only when a build is named:
    CASETRACKER_TEST_BUNDLE=dist/CaseTracker pytest tests/packaging
(`make package` runs the same smoke test right after building.)
"""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons" / "app"
APP_ID = "org.casetracker.CaseTracker"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_app_icon_pngs_have_their_size(size):
    assert png_size(ICONS / f"casetracker-{size}.png") == (size, size)


def test_app_icon_containers_exist():
    ico = (ICONS / "casetracker.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 6
    assert (ICONS / "casetracker.icns").read_bytes()[:4] == b"icns"
    for svg in ("casetracker.svg", "casetracker-small.svg"):
        assert ET.parse(ICONS / svg).getroot().tag.endswith("svg")


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "casetracker.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")


def test_appstream_metadata_names_the_current_version():
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    releases = [r.get("version") for r in root.iter("release")]
    assert VERSION in releases, f'add a <release version="{VERSION}"> to the metainfo'


def test_macos_info_plist_parses():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleName"] == "CaseTracker"
    plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())


def test_inno_setup_script_is_per_user_and_uses_the_build():
    iss = (PACKAGING / "windows" / "casetracker.iss").read_text("utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert "CaseTracker.exe" in iss and r"dist\CaseTracker" in iss
    icon = iss.split("SetupIconFile=")[1].splitlines()[0].replace("\\", "/")
    assert (PACKAGING / "windows" / icon).resolve() == ICONS / "casetracker.ico"


def test_spec_puts_resources_where_the_app_looks(tmp_path, monkeypatch):
    spec = (PACKAGING / "casetracker.spec").read_text("utf-8")
    compile(spec, "casetracker.spec", "exec")
    assert 'Path("casetracker") / "resources"' in spec
    from casetracker import resources

    bundled = tmp_path / "casetracker" / "resources"
    bundled.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == bundled


@pytest.mark.skipif(
    not os.environ.get("CASETRACKER_TEST_BUNDLE"), reason="set CASETRACKER_TEST_BUNDLE=dist/..."
)
@pytest.mark.slow
def test_built_bundle_passes_the_smoke_test():
    bundle = Path(os.environ["CASETRACKER_TEST_BUNDLE"]).resolve()
    proc = subprocess.run(
        [sys.executable, "-I", str(PACKAGING / "smoke_test.py"), str(bundle)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
