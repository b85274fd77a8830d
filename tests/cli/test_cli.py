"""The command line as scripts use it: real processes, real vaults, exit codes and stderr."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.clirun import DEMO, run


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "d.ctvault"
    result = run("demo", "--vault", str(path), "--people", "300")
    assert DEMO in result.stdout
    return path


def test_search_json_lines(demo_vault):
    show = json.loads(run("show", "CT-0001", "--vault", str(demo_vault), "--json").stdout)
    latin = next(n["text"] for n in show["names"] if n["script"] == "Latn")
    lines = run("search", latin, "--vault", str(demo_vault), "--json", "--limit", "5")
    hits = [json.loads(line) for line in lines.stdout.splitlines()]
    assert hits and hits[0]["ref"] == "CT-0001"
    assert {"ref", "names", "status", "score"} <= set(hits[0])
    assert latin in hits[0]["names"]


def test_export_import_into_new_vault_then_check(demo_vault, tmp_path):
    exported = tmp_path / "all.json"
    result = run("export", str(exported), "--format", "json", "--vault", str(demo_vault))
    assert "NOT encrypted" in result.stderr
    doc = json.loads(exported.read_text(encoding="utf-8"))
    assert len(doc["persons"]) == 300
    fresh = tmp_path / "fresh.ctvault"
    init = run("init", "--vault", str(fresh), passphrase="another one")
    assert "Recovery code:" in init.stdout
    run("import", str(exported), "--vault", str(fresh), passphrase="another one")
    again = tmp_path / "again.json"
    run("export", str(again), "--vault", str(fresh), passphrase="another one")
    doc2 = json.loads(again.read_text(encoding="utf-8"))
    for d in (doc, doc2):
        d.pop("exported_at")
    assert doc == doc2
    assert (
        "all integrity checks passed"
        in run("check", "--vault", str(fresh), passphrase="another one").stdout
    )


def test_wrong_passphrase_one_line_nonzero(demo_vault):
    result = run("search", "x", "--vault", str(demo_vault), passphrase="wrong", check=False)
    assert result.returncode != 0
    assert result.stderr.strip() == "casetracker: wrong passphrase"


@pytest.mark.parametrize(
    "args",
    [
        ("show", "CT-9999"),
        ("import", "/nonexistent/file.json"),
        ("restore", "/nonexistent/backup.ctbackup"),
        ("frobnicate",),
    ],
)
def test_bad_input_is_one_line_without_traceback(demo_vault, args):
    result = run(*args, "--vault", str(demo_vault), check=False)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_passphrase_and_no_terminal(demo_vault):
    result = run("search", "x", "--vault", str(demo_vault), passphrase=None, check=False)
    assert result.returncode != 0
    assert "CASETRACKER_PASSPHRASE" in result.stderr


def test_backup_restore_undo(tmp_path):
    path = tmp_path / "v.ctvault"
    run("demo", "--vault", str(path), "--people", "5")
    backup = tmp_path / "b.ctbackup"
    run("backup", "-o", str(backup), "--vault", str(path))
    restored = tmp_path / "r.ctvault"
    run("restore", str(backup), "--vault", str(restored))
    a = run("show", "CT-0003", "--json", "--vault", str(path)).stdout
    b = run("show", "CT-0003", "--json", "--vault", str(restored)).stdout
    assert a == b
    bad = run("restore", str(backup), "--vault", str(restored), passphrase="nope", check=False)
    assert bad.returncode != 0 and "wrong passphrase" in bad.stderr
    assert run("show", "CT-0003", "--json", "--vault", str(restored)).stdout == a


def test_the_command_table_lists_every_registered_subcommand():
    import argparse

    from casetracker.cli import COMMANDS, build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == COMMANDS


def test_the_app_starts_without_loading_reports_or_spreadsheets():
    code = (
        "import sys; from casetracker.cli import build_parser, _wants_gui;"
        "assert _wants_gui(['--vault', 'demo']) and not _wants_gui(['demo']);"
        "build_parser(with_commands=False);"
        "assert 'reportlab' not in sys.modules and 'openpyxl' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_version_goes_to_stdout():
    """Scripts read `casetracker --version` from stdout, as argparse's own action writes it."""
    result = run("--version", passphrase=None)
    assert (
        result.stdout.startswith("casetracker ") and result.stdout.strip().split()[1][0].isdigit()
    )
    assert result.stderr == ""
