"""Smoke test of a built CaseTracker bundle, run the way a volunteer's laptop would run it.

    python packaging/smoke_test.py dist/CaseTracker          # Linux, Windows (one-folder build)
    python packaging/smoke_test.py dist/CaseTracker.app      # macOS

Uses only the standard library and never imports casetracker: the bundle is copied into a fresh
temporary folder and every command runs from there with a clean environment (no PYTHONPATH, no
virtualenv, HOME and the per-user data folders inside the temporary folder), so nothing can come
from the source tree or from the developer's settings.

Checks, in order:
  1. `--version` prints the version of pyproject.toml (the dist-info travelled with the bundle);
  2. `demo --vault X --people 20` creates an encrypted demo vault (SQLCipher, Argon2, EDTF dates);
  3. `check`, `search` in Latin, Chinese (pypinyin's dictionary) and Cyrillic, `show --json`,
     `export` in every format the build offers (JSON, CSV, XLSX, ODS, PFIF) and `import
     --dry-run` of each, and `backup` work on it;
  4. `report CT-0001 -o out.pdf` writes a PDF (Noto fonts from the bundle, checked with
     poppler's pdffonts when installed), and a password-protected one if the build offers it;
  5. the desktop app opens that vault offscreen (QT_QPA_PLATFORM=offscreen) and exits 0.

Step 4 is skipped, with a note, while the build has no `report` subcommand. Step 5 needs the
app's CASETRACKER_EXIT_AFTER_SHOW=1 hook (quit with code 0 once the main window is shown).
Until every build has it, an app still running after GUI_TIMEOUT seconds passes too, with a
note; set CASETRACKER_SMOKE_STRICT=1 to require both the report and the clean exit.
Exit status 0 when every check passed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI_TIMEOUT = 20
CLI_TIMEOUT = 180
DEMO_PASSPHRASE = "demo passphrase for CaseTracker"  # the documented demo passphrase
STRICT = os.environ.get("CASETRACKER_SMOKE_STRICT") == "1"

failures: list[str] = []
notes: list[str] = []


def say(text: str) -> None:
    print(f"smoke: {text}", flush=True)


def fail(text: str) -> None:
    failures.append(text)
    say(f"FAIL {text}")


def executables(bundle: Path) -> tuple[Path, Path]:
    """(gui, cli) inside a copied bundle."""
    if bundle.suffix == ".app":
        exe = bundle / "Contents" / "MacOS" / "CaseTracker"
        return exe, exe
    if sys.platform == "win32":
        return bundle / "CaseTracker.exe", bundle / "casetracker-cli.exe"
    exe = bundle / "CaseTracker"
    return exe, exe


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A minimal environment: what the OS needs, a private HOME, and `extra`."""
    keep = ("PATH", "SYSTEMROOT", "SystemRoot", "WINDIR", "COMSPEC", "PATHEXT", "TZ")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    for name in ("config", "data", "cache", "state", "runtime"):
        (home / name).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "config"),
        LOCALAPPDATA=str(home / "data"),
        TEMP=str(home / "cache"),
        TMP=str(home / "cache"),
        TMPDIR=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
    )
    if sys.platform.startswith("linux"):
        (home / "runtime").chmod(0o700)
        env["LANG"] = "C.UTF-8"
    elif sys.platform == "darwin":
        env["LANG"] = "en_US.UTF-8"
    env.update(extra)
    return env


def run(cmd: list, env: dict, cwd: Path, timeout: int = CLI_TIMEOUT) -> subprocess.CompletedProcess:
    started = time.monotonic()
    proc = subprocess.run(
        [str(c) for c in cmd],
        env=env,
        cwd=cwd,
        capture_output=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    shown = " ".join(Path(str(c)).name if i == 0 else str(c) for i, c in enumerate(cmd))
    say(f"$ {shown}  -> exit {proc.returncode} in {time.monotonic() - started:.1f} s")
    return proc


def expect_ok(proc: subprocess.CompletedProcess, what: str) -> bool:
    if proc.returncode != 0:
        fail(f"{what}: exit {proc.returncode}\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
        return False
    return True


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    source = Path(argv[1]).resolve()
    if not source.is_dir():
        say(f"no build at {source}: run `make package` (or pyinstaller) first")
        return 2
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]

    with tempfile.TemporaryDirectory(prefix="casetracker-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        bundle = tmp / "app" / source.name
        shutil.copytree(source, bundle, symlinks=True)  # relocated: no path into the tree
        work = tmp / "work"
        work.mkdir()
        gui, cli = executables(bundle)
        vault = work / "Smoke.ctvault"
        env = clean_env(
            tmp / "home",
            CASETRACKER_INSECURE_TEST_KDF="1",  # fast key derivation for a throwaway vault
            CASETRACKER_PASSPHRASE=DEMO_PASSPHRASE,
        )
        say(f"bundle copied to {bundle} ({dir_size(bundle) / 2**20:.0f} MiB)")

        # 1. version
        proc = run([cli, "--version"], env, work)
        if expect_ok(proc, "--version") and proc.stdout.strip() != f"casetracker {version}":
            fail(f"--version printed {proc.stdout.strip()!r}, expected 'casetracker {version}'")

        # 2. demo vault
        proc = run([cli, "demo", "--vault", vault, "--people", "20"], env, work)
        if not (expect_ok(proc, "demo") and vault.is_dir()):
            fail(f"demo did not create {vault}")
            return finish()

        # 3. the rest of the command line on it
        expect_ok(run([cli, "check", "--vault", vault], env, work), "check")
        for query in ("Mamut", "王", "Абдулла", "CT-0001"):
            proc = run([cli, "search", query, "--vault", vault, "--json"], env, work)
            if expect_ok(proc, f"search {query}"):
                bad = [line for line in proc.stdout.splitlines() if not is_json(line)]
                if bad:
                    fail(f"search {query}: not JSON lines: {bad[:2]}")
        proc = run([cli, "show", "CT-0001", "--vault", vault, "--json"], env, work)
        if expect_ok(proc, "show") and not is_json(proc.stdout):
            fail("show --json did not print JSON")
        export = work / "export.json"
        proc = run([cli, "export", export, "--format", "json", "--vault", vault], env, work)
        if expect_ok(proc, "export") and not (
            export.is_file() and is_json(export.read_text("utf-8"))
        ):
            fail("export did not write a JSON file")
        # Spreadsheets and PFIF (openpyxl, odfpy, defusedxml): whatever this build offers,
        # written and read back without changing anything.
        offered = run([cli, "export", "--help"], env, work).stdout
        for fmt in ("csv", "xlsx", "ods", "pfif"):
            if not re.search(rf"\b{fmt}\b", offered):
                continue
            target = work / f"export.{'xml' if fmt == 'pfif' else fmt}"
            proc = run([cli, "export", target, "--format", fmt, "--vault", vault], env, work)
            if expect_ok(proc, f"export --format {fmt}") and target.is_file():
                cmd = [cli, "import", target, "--format", fmt, "--dry-run", "--vault", vault]
                expect_ok(run(cmd, env, work), f"import --format {fmt} --dry-run")
        backup = work / "smoke.ctbackup"
        proc = run([cli, "backup", "-o", backup, "--vault", vault], env, work)
        if expect_ok(proc, "backup") and not backup.is_file():
            fail("backup did not write its file")

        # 4. PDF case summary
        commands = run([cli, "--help"], env, work).stdout
        if re.search(r"\breport\b", commands):
            pdf = work / "out.pdf"
            proc = run([cli, "report", "CT-0001", "-o", pdf, "--vault", vault], env, work)
            if expect_ok(proc, "report") and check_pdf(pdf):
                check_fonts(pdf)
            # A password-protected summary (pikepdf), when this build offers it.
            if "--password-env" in run([cli, "report", "--help"], env, work).stdout:
                locked = work / "locked.pdf"
                penv = dict(env, SMOKE_PDF_PASSWORD="smoke test password")
                cmd = [
                    cli,
                    "report",
                    "CT-0001",
                    "-o",
                    locked,
                    "--password-env",
                    "SMOKE_PDF_PASSWORD",
                    "--vault",
                    vault,
                ]
                ok = expect_ok(run(cmd, penv, work), "report --password-env")
                if ok and check_pdf(locked) and b"/Encrypt" not in locked.read_bytes():
                    fail("report --password-env: the PDF is not encrypted")
        elif STRICT:
            fail("this build has no `report` subcommand")
        else:
            notes.append("`report` subcommand not in this build yet: PDF step skipped")

        # 5. the desktop app, offscreen
        gui_env = dict(env, CASETRACKER_EXIT_AFTER_SHOW="1")
        gui_env.pop("CASETRACKER_INSECURE_TEST_KDF")
        test_gui(gui, vault, gui_env, work)

    return finish()


def test_gui(gui: Path, vault: Path, env: dict, cwd: Path) -> None:
    started = time.monotonic()
    log = cwd / "gui.log"
    with open(log, "w+", encoding="utf-8", errors="replace") as out:
        proc = subprocess.Popen(
            [str(gui), "--vault", str(vault)],
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            code = proc.wait(timeout=GUI_TIMEOUT)
        except subprocess.TimeoutExpired:
            code = None
            proc.kill()
            proc.wait()
        out.seek(0)
        output = out.read()
    elapsed = time.monotonic() - started
    trouble = re.findall(
        r"^.*(Traceback|could not (load|find) the Qt platform plugin|internal error).*$",
        output,
        re.M | re.I,
    )
    if code is None:
        message = f"app still running after {GUI_TIMEOUT} s (no CASETRACKER_EXIT_AFTER_SHOW hook)"
        if STRICT:
            fail(message)
        elif trouble:
            fail(f"app: {message}, and it printed errors:\n{output[-3000:]}")
        else:
            say(f"app: {message}: accepted until the hook lands")
            notes.append(message)
    elif code != 0:
        fail(f"app exited {code} after {elapsed:.1f} s:\n{output[-3000:]}")
    elif trouble:
        fail(f"app exited 0 but printed errors:\n{output[-3000:]}")
    else:
        say(f"app: main window shown, exited 0 after {elapsed:.1f} s")


def check_pdf(pdf: Path) -> bool:
    head = pdf.read_bytes()[:5] if pdf.is_file() else b""
    if head != b"%PDF-" or pdf.stat().st_size < 2000:
        fail(f"report: {pdf.name} is not a PDF")
        return False
    say(f"report: {pdf.name} is a PDF of {pdf.stat().st_size:,} bytes")
    return True


def check_fonts(pdf: Path) -> None:
    """With poppler's pdffonts at hand: the bundled Noto fonts are embedded."""
    pdffonts = shutil.which("pdffonts")
    if not pdffonts:
        return
    listing = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True).stdout
    fonts = sorted({m.split("+")[-1] for m in re.findall(r"^(\S+)\s", listing, re.M)[2:]})
    if not any(name.startswith("Noto") for name in fonts):
        fail(f"report: no bundled Noto font embedded (fonts: {fonts})")
    else:
        say(f"report: fonts embedded: {', '.join(fonts)}")


def is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def finish() -> int:
    for note in notes:
        say(f"note: {note}")
    if failures:
        say(f"{len(failures)} check(s) failed")
        return 1
    say("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
