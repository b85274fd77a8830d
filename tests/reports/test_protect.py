"""Password-protected summaries open in poppler with the password and not without it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from casetracker.domain.errors import ValidationError
from casetracker.reports import data, protect, render
from tests.reports.conftest import pdf_text, poppler

PASSWORD = "correct horse 7"


@pytest.fixture
def protected(session, long_case, tmp_path):
    plain = render.render(data.build(session, long_case, "embassy", "en"))
    path = tmp_path / "protected.pdf"
    path.write_bytes(protect.protect(plain, PASSWORD))
    return path


def test_poppler_opens_it_with_the_password(protected):
    text = pdf_text(protected, password=PASSWORD)
    assert "CT-0001" in text and "Qaliolla Tursynuly" in text
    info = poppler("pdfinfo", "-upw", PASSWORD, str(protected)).stdout
    assert "AES-256" in info
    assert "Title:           Case summary CT-0001" in info


def test_poppler_refuses_it_without_or_with_a_wrong_password(protected):
    for args in ([], ["-upw", "wrong password"]):
        result = poppler("pdftotext", *args, str(protected), "-", check=False)
        assert result.returncode != 0
        assert "Qaliolla" not in result.stdout
        assert "password" in result.stderr.lower()


def test_text_is_not_readable_in_the_encrypted_bytes(protected):
    reader = PdfReader(str(protected))
    assert reader.is_encrypted
    assert b"Qaliolla" not in protected.read_bytes()
    assert reader.decrypt(PASSWORD)
    assert "CT-0001" in reader.pages[0].extract_text()


@pytest.mark.parametrize("password", ["", "short", "1234567"])
def test_short_passwords_are_refused(password):
    with pytest.raises(ValidationError) as err:
        protect.protect(b"%PDF-1.4", password)
    assert err.value.field == "password"
