"""Key derivation started in the first milliseconds of the process, before anything else loads.

Why: when the app starts on a vault with the passphrase in the environment (the demo, automation:
`casetracker --vault PATH` with `CASETRACKER_PASSPHRASE`), Argon2id (about 0.4 s) is the longest
part of start-up, and nothing it needs (the key file's salt and cost) waits for the rest of the
program. `casetracker.__main__` calls `prestart` for a start of the app (launch.py) before the
command line, Qt or the store load; `keyslots._derive` then takes the result (`take`) instead of
deriving again. Anything unusual (no key file, a damaged one) just means no early start: the
normal path derives and reports errors as before.

Deliberately tiny: only the standard library and argon2's low-level binding, loaded lazily.
"""

from __future__ import annotations

import threading
from pathlib import Path

from casetracker.store.vaultpath import KEYS, normalize_vault_path

#: The passphrase for automation and the demo (README); read here first, as the process starts.
PASSPHRASE_ENV = "CASETRACKER_PASSPHRASE"

#: (secret, salt, time cost, memory KiB, parallelism) -> the derivation under way or done
_started: dict[tuple, _Derivation] = {}
_lock = threading.Lock()


class _Derivation:
    def __init__(self, secret: bytes, salt: bytes, cost: tuple[int, int, int]) -> None:
        self.done = threading.Event()
        self.key: bytes | None = None
        self._args = (secret, salt, cost)
        threading.Thread(target=self._run, name="early-kdf", daemon=True).start()

    def _run(self) -> None:
        try:
            from argon2.low_level import Type, hash_secret_raw

            secret, salt, (t, m, p) = self._args
            self.key = hash_secret_raw(secret, salt, t, m, p, 32, Type.ID)
        except Exception:  # the normal path derives again and reports what is wrong
            self.key = None
        finally:
            self._args = None
            self.done.set()


def prestart(vault: str | Path | None, passphrase: str | None) -> None:
    """Start deriving the passphrase slot's key of the vault the app is starting on."""
    if not vault or not passphrase:
        return
    try:
        import base64
        import json
        import unicodedata

        slots = json.loads((normalize_vault_path(vault) / KEYS).read_bytes())["slots"]
        slot = next(s for s in slots if s["kind"] == "passphrase")
        kdf = slot["kdf"]
        cost = (int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
        salt = base64.b64decode(slot["salt"].encode("ascii"), validate=True)
    except Exception:  # not a vault, unreadable, damaged: the normal path says so
        return
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    with _lock:
        _started.setdefault((secret, salt, *cost), _Derivation(secret, salt, cost))


def take(secret: bytes, salt: bytes, cost: tuple[int, int, int]) -> bytes | None:
    """The key derived early for exactly these inputs (waiting for it), once; else None."""
    with _lock:
        derivation = _started.pop((secret, salt, *cost), None)
    if derivation is None:
        return None
    derivation.done.wait()
    return derivation.key
