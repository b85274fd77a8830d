"""Password protection for summaries sent by e-mail: AES-256 (PDF 2.0 security handler, R6).

Why pikepdf (qpdf) and not reportlab's own ``encrypt``: reportlab's 256-bit option produced
files poppler could not open (issue 4); qpdf writes the standard R6 handler that Acrobat,
poppler, pdf.js and macOS Preview read. The owner password is random and thrown away: nobody,
the volunteer included, can later lift the protection, and the recipient needs only the
password they are told by another channel.
"""

from __future__ import annotations

import io
import secrets

import pikepdf

from casetracker.domain.errors import ValidationError

MIN_LENGTH = 8


def check_password(password: str) -> str:
    """The password, or ValidationError: short ones fall to guessing in minutes."""
    if not password or len(password) < MIN_LENGTH:
        raise ValidationError(
            "password", f"use at least {MIN_LENGTH} characters for a protected PDF"
        )
    return password


def protect(pdf: bytes, password: str) -> bytes:
    """``pdf`` encrypted with AES-256 so that it opens only with ``password``."""
    check_password(password)
    encryption = pikepdf.Encryption(
        owner=secrets.token_urlsafe(32),
        user=password,
        R=6,
        aes=True,
        metadata=True,
        allow=pikepdf.Permissions(),  # printing and copying stay allowed for the recipient
    )
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        document.save(out, encryption=encryption, fix_metadata_version=False)
    return out.getvalue()
