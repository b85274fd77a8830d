"""Name variants and script detection.

A detained person is known under several written forms (PRC ID in Chinese, Arabic-script Kazakh,
Kazakh Cyrillic, passport Latin); each is kept as entered with its ISO 15924 script so that
screens and reports can order them and lay out right-to-left ones correctly.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from casetracker.domain.enums import NameKind, Script

#: Unicode blocks (first, last code point) per script; enough for the scripts names come in.
_SCRIPT_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0041, 0x024F, Script.LATN),
    (0x1E00, 0x1EFF, Script.LATN),
    (0x0400, 0x052F, Script.CYRL),
    (0x0600, 0x06FF, Script.ARAB),
    (0x0750, 0x077F, Script.ARAB),
    (0xFB50, 0xFDFF, Script.ARAB),
    (0xFE70, 0xFEFF, Script.ARAB),
    (0x3400, 0x4DBF, Script.HANI),
    (0x4E00, 0x9FFF, Script.HANI),
    (0xF900, 0xFAFF, Script.HANI),
)

#: Order in which variants are listed for readers outside the region (reports, tooltips).
REPORT_SCRIPT_ORDER = (Script.LATN, Script.CYRL, Script.ARAB, Script.HANI, Script.OTHER)


@lru_cache(maxsize=8192)
def _script_of(ch: str) -> Script | None:
    cp = ord(ch)
    for first, last, script in _SCRIPT_RANGES:
        if first <= cp <= last:
            return script if ch.isalpha() or script is Script.HANI else None
    return None


def detect_script(text: str) -> Script:
    """The script most letters of `text` are written in (Zyyy when there are none)."""
    counts: dict[Script, int] = {}
    for ch in text:
        script = _script_of(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return Script.OTHER
    return max(counts.items(), key=lambda item: item[1])[0]


def is_rtl_script(script: Script) -> bool:
    return script is Script.ARAB


def clean_name(text: str) -> str:
    """NFC-normalise and collapse whitespace so the same name typed twice compares equal."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class NameVariant:
    text: str
    script: Script
    kind: NameKind = NameKind.PRIMARY

    @classmethod
    def of(cls, text: str, kind: NameKind = NameKind.PRIMARY) -> NameVariant:
        """A variant with its script detected from the text."""
        cleaned = clean_name(text)
        return cls(cleaned, detect_script(cleaned), kind)


def preferred_name(variants: list[NameVariant] | tuple[NameVariant, ...], prefer: Script) -> str:
    """The name to show first: a primary variant in the preferred script, else any primary."""
    if not variants:
        return ""
    ranked = sorted(
        variants,
        key=lambda v: (v.kind is not NameKind.PRIMARY, v.script is not prefer),
    )
    return ranked[0].text
