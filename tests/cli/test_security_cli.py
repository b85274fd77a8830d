"""passwd, recovery codes and erase from the command line."""

from __future__ import annotations

from tests.cli.test_cli import run


def test_passwd_then_recovery_then_erase(tmp_path):
    path = tmp_path / "s.ctvault"
    created = run("init", "--vault", str(path), passphrase="first passphrase")
    code = created.stdout.split("Recovery code: ")[1].split()[0]
    run(
        "passwd",
        "--vault",
        str(path),
        passphrase="first passphrase",
        env_extra={"CASETRACKER_NEW_PASSPHRASE": "second passphrase"},
    )
    old = run("check", "--vault", str(path), passphrase="first passphrase", check=False)
    assert old.returncode != 0 and "wrong passphrase" in old.stderr
    run("check", "--vault", str(path), passphrase="second passphrase")
    # forgotten passphrase: the recovery code opens it and sets a new one
    run(
        "passwd",
        "--vault",
        str(path),
        passphrase=None,
        env_extra={
            "CASETRACKER_RECOVERY_CODE": code,
            "CASETRACKER_NEW_PASSPHRASE": "third passphrase",
        },
    )
    run("check", "--vault", str(path), passphrase="third passphrase")
    renewed = run("recovery-code", "--vault", str(path), passphrase="third passphrase")
    new_code = renewed.stdout.split("New recovery code: ")[1].split()[0]
    stale = run(
        "check",
        "--vault",
        str(path),
        passphrase=None,
        check=False,
        env_extra={"CASETRACKER_RECOVERY_CODE": code},
    )
    assert stale.returncode != 0 and "wrong recovery code" in stale.stderr
    run(
        "check",
        "--vault",
        str(path),
        passphrase=None,
        env_extra={"CASETRACKER_RECOVERY_CODE": new_code},
    )
    refused = run("erase", "--vault", str(path), check=False)
    assert refused.returncode != 0 and path.exists()
    erased = run("erase", "--vault", str(path), "--yes")
    assert not path.exists() and "SSD" in erased.stderr
