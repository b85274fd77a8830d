"""Issue 4 figures: one three-page case summary warm, and a batch of 1,000 summaries.

The single summary is the long sample case (reports/sample.py: every section filled, three
A4 pages), built and rendered after one warm-up run (fonts registered and subset caches
filled, as in a running app). The batch exports 1,000 demo cases, one PDF each, through the
same code the app and the command line use (dispatch log included), in a child process so its
peak memory is the batch's own, not that of whatever ran before it. The floor is reportlab
alone laying out three pages of plain Latin paragraphs in the same run, for comparing machines.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import WORK, median, save, table, timings
from casetracker.domain.enums import ReportLevel
from casetracker.reports import batch, data, render, sample
from casetracker.services import demo
from casetracker.services.session import create_vault, open_vault
from casetracker.store.keyslots import TEST_KDF

TARGETS = {
    "reports.summary_3page_ms": "< 150",
    "reports.batch_1000_s": "< 120",
    "reports.batch_1000_peak_rss_mb": "< 500",
}
PASSPHRASE = "benchmark passphrase"
BATCH = 1000


def _vault(workdir: Path) -> Path:
    """A fresh vault with the long sample case and BATCH demo cases (cheap key derivation:
    unlocking is not what this benchmark measures)."""
    path = workdir / "reports.ctvault"
    shutil.rmtree(path, ignore_errors=True)
    session, _code = create_vault(path, PASSPHRASE, kdf=TEST_KDF)
    with session:
        sample.add_long_case(session)
        demo.generate(session, people=BATCH, photos=12)
    return path


def _floor_ms() -> float:
    """reportlab alone: three pages of plain paragraphs in the shipped font, no tables."""
    import io

    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from casetracker.reports import fonts, styles

    fonts.register_fonts()
    text = "The family reports that he was taken from home at night by township police. " * 6

    def build() -> None:
        story = [Paragraph(text, styles.BODY) for _ in range(38)]
        SimpleDocTemplate(io.BytesIO(), initialFontName=styles.BASE_FONT).build(story)

    build()
    return median(timings(build, 5))


def _single(results: dict, path: Path) -> None:
    with open_vault(path, passphrase=PASSPHRASE) as session:
        pid = 1

        def build_and_render() -> bytes:
            report = data.build(session, pid, ReportLevel.EMBASSY, "en")
            return render.render(report)

        pdf = build_and_render()  # warm-up
        results["reports.summary_3page_ms"] = median(timings(build_and_render, 15))
        cpu = []
        for _ in range(15):
            started = time.process_time()
            build_and_render()
            cpu.append((time.process_time() - started) * 1000)
        # CPU time too: on a loaded machine (tests running beside) wall time says little.
        results["reports.summary_3page_cpu_ms"] = median(cpu)
        report = data.build(session, pid, ReportLevel.EMBASSY, "en")
        results["reports.summary_3page_build_ms"] = median(
            timings(lambda: data.build(session, pid, ReportLevel.EMBASSY, "en"), 15)
        )
        results["reports.summary_3page_render_ms"] = median(
            timings(lambda: render.render(report), 15)
        )
        results["reports.summary_pages"] = pdf.count(b"/Type /Page\n")
    results["reports.floor_plain_3page_ms"] = _floor_ms()


def _batch_child(vault: Path, out: Path) -> None:
    """Run in a child process: export BATCH demo cases, print the figures as JSON."""
    with open_vault(vault, passphrase=PASSPHRASE) as session:
        ids = list(range(2, BATCH + 2))
        started = time.perf_counter()
        result = batch.export_each(session, ids, out, batch.ExportOptions(ReportLevel.EMBASSY))
        elapsed = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    figures = {
        "seconds": elapsed,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "files": len(result.files),
        "peak_mb": usage.ru_maxrss / 1024,  # kilobytes on Linux
    }
    print(json.dumps(figures))


def _batch(results: dict, vault: Path, workdir: Path) -> None:
    out = workdir / "reports-batch"
    shutil.rmtree(out, ignore_errors=True)
    child = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_reports", "--batch-child", str(vault), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    results["reports.batch_1000_s"] = figures["seconds"]
    results["reports.batch_1000_cpu_s"] = figures["cpu_seconds"]
    results["reports.batch_1000_files"] = figures["files"]
    results["reports.batch_1000_peak_rss_mb"] = figures["peak_mb"]
    results["reports.batch_1000_per_case_ms"] = figures["seconds"] * 1000 / max(1, figures["files"])
    shutil.rmtree(out, ignore_errors=True)


def run(results: dict, workdir: Path = WORK) -> None:
    workdir.mkdir(parents=True, exist_ok=True)
    vault = _vault(workdir)
    try:
        _single(results, vault)
        _batch(results, vault, workdir)
    finally:
        shutil.rmtree(vault, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch-child", nargs=2, metavar=("VAULT", "OUT"))
    args = parser.parse_args()
    if args.batch_child:
        _batch_child(Path(args.batch_child[0]), Path(args.batch_child[1]))
        return
    results: dict = {}
    run(results)
    print(table(results, TARGETS))
    save(results)


if __name__ == "__main__":
    main()
