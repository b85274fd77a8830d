"""`casetracker report` as scripts use it: real processes on a demo vault, exit codes, stderr."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pypdf import PdfReader

from tests.clirun import DEMO, run
from tests.reports.conftest import pdf_text, poppler


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    path = tmp_path_factory.mktemp("report-cli") / "d.ctvault"
    run("demo", "--vault", str(path), "--people", "20")
    return path


@pytest.fixture(scope="module")
def cases_in(vault) -> dict[str, tuple[str, list[str]]]:
    """ref -> (the family's consent, names as stored), read in one process."""
    code = (
        "import json; from casetracker.services.session import open_vault;"
        "from casetracker.services import cases;"
        f"s = open_vault({str(vault)!r}, passphrase={DEMO!r});"
        "people = [cases.get(s, i) for i in range(1, 21)];"
        "print(json.dumps({p.ref: (p.consent.value, [n.text for n in p.names]) for p in people}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_one_case_to_one_file(vault, cases_in, tmp_path):
    target = tmp_path / "one.pdf"
    result = run(
        "report", "CT-0001", "-o", str(target), "--vault", str(vault),
        "--level", "embassy", "--lang", "ru", "--recipient", "Посольство Германии",
    )  # fmt: skip
    assert "outside the encrypted vault" in result.stderr
    path, refs, sha = result.stdout.strip().split("\t")
    assert path == str(target) and refs == "CT-0001" and sha.startswith("sha256:")
    text = pdf_text(target)
    assert "Сводка по делу" in text and "Посольство Германии" in text
    lines = [line.strip() for line in text.splitlines()]
    for name in cases_in["CT-0001"][1]:
        assert name in lines


def test_several_cases_into_a_folder(vault, tmp_path):
    folder = tmp_path / "out"
    result = run(
        "report", "CT-0002", "CT-0003", "CT-0004", "-o", str(folder), "--vault", str(vault)
    )
    assert len(result.stdout.strip().splitlines()) == 3
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 3 and files[0].startswith("CT-0002_") and files[0].endswith("_en.pdf")
    assert "_embassy_" in files[0]  # the vault's default level


def test_combined_with_cover_page(vault, tmp_path):
    target = tmp_path / "all.pdf"
    run("report", "CT-0005", "CT-0006", "-o", str(target), "--combined", "--vault", str(vault))
    assert "Cases in this document (2 cases)" in pdf_text(target)
    assert PdfReader(str(target)).metadata["/Title"] == "Case summaries: 2 cases"


def test_consent_refusal_is_one_line_and_nonzero(vault, cases_in, tmp_path):
    public = next(ref for ref, (consent, _) in cases_in.items() if consent == "public")
    private = next(ref for ref, (consent, _) in cases_in.items() if consent != "public")
    target = tmp_path / "x.pdf"
    ok = run("report", public, "-o", str(target), "--level", "public", "--vault", str(vault))
    assert ok.returncode == 0
    bad = run(
        "report", private, "-o", str(tmp_path / "y.pdf"), "--level", "public",
        "--vault", str(vault), check=False,
    )  # fmt: skip
    assert bad.returncode != 0
    assert bad.stderr.count("\n") == 1
    assert bad.stderr.startswith("casetracker: level: ") and "consent" in bad.stderr
    assert not (tmp_path / "y.pdf").exists()


def test_password_from_the_environment(vault, tmp_path):
    target = tmp_path / "locked.pdf"
    run(
        "report", "CT-0007", "-o", str(target), "--password-env", "CT_PDF_PW",
        "--vault", str(vault), env_extra={"CT_PDF_PW": "a good long password"},
    )  # fmt: skip
    assert "CT-0007" in pdf_text(target, password="a good long password")
    locked = poppler("pdftotext", str(target), "-", check=False)
    assert locked.returncode != 0
    missing = run(
        "report", "CT-0007", "-o", str(target), "--password-env", "NOT_SET_ANYWHERE",
        "--vault", str(vault), check=False,
    )  # fmt: skip
    assert missing.returncode != 0
    assert "NOT_SET_ANYWHERE" in missing.stderr and missing.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["CT-9999"], "no case with reference CT-9999"),
        (["CT-0001", "--lang", "de"], "invalid choice"),
        (["CT-0001", "--level", "secret"], "invalid choice"),
    ],
)
def test_errors_are_one_line(vault, tmp_path, args, needle):
    result = run("report", *args, "-o", str(tmp_path / "z.pdf"), "--vault", str(vault), check=False)
    assert result.returncode != 0
    assert needle in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_dispatch_is_logged_in_the_vault(vault, tmp_path):
    run("report", "CT-0008", "-o", str(tmp_path / "a.pdf"), "--vault", str(vault))
    code = (
        "import os; from casetracker.services.session import open_vault;"
        "from casetracker.services import cases, dispatch;"
        f"s = open_vault({str(vault)!r}, passphrase={DEMO!r});"
        "pid = cases.id_for_ref(s, 'CT-0008');"
        "print([(d.level.value, d.filename) for d in dispatch.list_for_person(s, pid)])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "('embassy', 'a.pdf')" in out.stdout
