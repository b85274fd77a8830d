"""Fixtures and PDF readers for the case summary tests.

PDFs are read back the way a recipient's tools read them: poppler's pdftotext/pdffonts (the
tests that need them skip when poppler-utils is missing) and pypdf for metadata.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from casetracker.reports import sample
from casetracker.services import settings

ORG = "Atajurt Volunteers (example)"
RECIPIENT = "Embassy of Germany in Astana"


@pytest.fixture
def long_case(session) -> int:
    settings.set_value(session, "report.organization", ORG)
    return sample.add_long_case(session)


def poppler(tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    exe = shutil.which(tool)
    if exe is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return subprocess.run([exe, *args], capture_output=True, text=True, check=check)


def clean(text: str) -> str:
    """Without the bidi embedding marks poppler wraps around right-to-left lines, and with
    no-break spaces (between a year and "г.") as plain spaces."""
    return re.sub("[\u202a-\u202e]", "", text).replace("\u00a0", " ")


def pdf_text(
    path: Path, *, password: str | None = None, page: int | None = None, layout: bool = False
) -> str:
    args = ["-enc", "UTF-8", *(["-layout"] if layout else [])]
    if password is not None:
        args += ["-upw", password]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return clean(poppler("pdftotext", *args, str(path), "-").stdout)


def pdf_lines(path: Path) -> list[str]:
    return [line.strip() for line in pdf_text(path).splitlines()]


def pypdf_text(path: Path) -> str:
    """Text as a second, independent extractor sees it (no poppler needed)."""
    reader = PdfReader(str(path))
    return clean("\n".join(page.extract_text() or "" for page in reader.pages))


def metadata(path: Path) -> dict[str, str]:
    reader = PdfReader(str(path))
    info = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    if "/Metadata" in reader.trailer["/Root"]:
        info["XMP"] = "present"
    return info


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)
