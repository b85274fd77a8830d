"""Running `casetracker` as scripts do: a real process, the test KDF, the demo passphrase."""

from __future__ import annotations

import os
import subprocess
import sys

DEMO = "demo passphrase for CaseTracker"


def run(*args, passphrase=DEMO, env_extra=None, check=True):
    env = {**os.environ, "CASETRACKER_INSECURE_TEST_KDF": "1"}
    env.pop("CASETRACKER_PASSPHRASE", None)
    if passphrase is not None:
        env["CASETRACKER_PASSPHRASE"] = passphrase
    env.update(env_extra or {})
    result = subprocess.run(
        [sys.executable, "-m", "casetracker", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result
