"""Key slots: the vault's random data key, wrapped under the passphrase and the recovery code.

The database is encrypted with a random 256-bit data key that never changes; what the user knows
only unwraps it. AES-GCM makes the unwrap authenticated, so a wrong passphrase (tag mismatch) is
told apart from a damaged database, and a passphrase change is one atomic rewrite of a small file
instead of re-encrypting every page. Parameters are recorded per slot so later versions can raise
the cost without breaking old vaults.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casetracker.domain.errors import NotAVault, WrongPassphrase
from casetracker.store import early_kdf
from casetracker.store.fileio import atomic_write_bytes

FORMAT = "casetracker-keyslots"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
#: Crockford base32 without I, L, O, U: nothing a family could misread when typing it back.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 6
_RECOVERY_GROUP_LEN = 5  # 30 characters x 5 bits = 150 bits


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: about 0.45 s on a 2-core machine (docs/SECURITY.md). 128 MiB rather than
    256: the larger setting made unlocking the biggest memory peak of the whole app."""

    time_cost: int = 5
    memory_kib: int = 131_072
    parallelism: int = 4


DEFAULT_KDF = KdfParams()
#: Only for tests and benchmarks that must create many vaults; never used for users.
TEST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC so that the same passphrase typed on Windows and macOS keyboards unwraps the key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def normalize_recovery_code(code: str) -> bytes:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return cleaned.encode("ascii", errors="ignore")


def new_recovery_code() -> str:
    groups = (
        "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUP_LEN))
        for _ in range(_RECOVERY_GROUPS)
    )
    return "-".join(groups)


def _derive(secret: bytes, salt: bytes, kdf: KdfParams) -> bytes:
    cost = (kdf.time_cost, kdf.memory_kib, kdf.parallelism)
    early = early_kdf.take(secret, salt, cost)  # started as the app started (early_kdf.py)
    if early is not None:
        return early
    return hash_secret_raw(
        secret, salt, kdf.time_cost, kdf.memory_kib, kdf.parallelism, DATA_KEY_BYTES, Type.ID
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeySlot:
    kind: str  # "passphrase" or "recovery"
    salt: str
    nonce: str
    wrapped: str
    kdf: KdfParams

    @classmethod
    def wrap(cls, kind: str, secret: bytes, data_key: bytes, vault_id: str, kdf: KdfParams):
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = _derive(secret, salt, kdf)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, kind))
        return cls(kind, _b64(salt), _b64(nonce), _b64(wrapped), kdf)

    def unwrap(self, secret: bytes, vault_id: str) -> bytes:
        kek = _derive(secret, _unb64(self.salt), self.kdf)
        try:
            return AESGCM(kek).decrypt(
                _unb64(self.nonce), _unb64(self.wrapped), _aad(vault_id, self.kind)
            )
        except InvalidTag as exc:
            raise WrongPassphrase(
                "wrong passphrase" if self.kind == "passphrase" else "wrong recovery code"
            ) from exc


def _aad(vault_id: str, kind: str) -> bytes:
    """Binds a slot to its vault and kind so slots cannot be swapped between vaults."""
    return f"{FORMAT}/{vault_id}/{kind}".encode()


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    slots: tuple[KeySlot, ...]

    def slot(self, kind: str) -> KeySlot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise NotAVault(f"the vault has no {kind} key slot")

    def with_slot(self, new: KeySlot) -> KeyFile:
        kept = tuple(s for s in self.slots if s.kind != new.kind)
        return KeyFile(self.vault_id, (*kept, new))

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [asdict(s) for s in self.slots],
        }
        return json.dumps(doc, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError("unknown format")
            if int(doc.get("version", 0)) > FORMAT_VERSION:
                raise NotAVault("the vault was made by a newer CaseTracker; please update")
            slots = tuple(
                KeySlot(
                    kind=s["kind"],
                    salt=s["salt"],
                    nonce=s["nonce"],
                    wrapped=s["wrapped"],
                    kdf=KdfParams(**s["kdf"]),
                )
                for s in doc["slots"]
            )
            return cls(str(doc["vault_id"]), slots)
        except NotAVault:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise NotAVault("not a readable CaseTracker vault (its key file is damaged)") from exc

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_json())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise NotAVault(f"not a readable CaseTracker vault: {path}") from exc
        return cls.from_json(raw)


def new_key_file(passphrase: str, vault_id: str, kdf: KdfParams) -> tuple[KeyFile, bytes, str]:
    """A fresh data key wrapped under the passphrase and a new recovery code."""
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    code = new_recovery_code()
    slots = (
        KeySlot.wrap("passphrase", normalize_passphrase(passphrase), data_key, vault_id, kdf),
        KeySlot.wrap("recovery", normalize_recovery_code(code), data_key, vault_id, kdf),
    )
    return KeyFile(vault_id, slots), data_key, code
