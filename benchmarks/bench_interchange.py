"""Issue 6 figures: a 100,000-row CSV import (time, peak memory) and a two-way bundle merge
between two 50,000-person vaults.

Each measurement runs in a child process so its peak memory is its own. The CSV has the rows
volunteers write (Cyrillic and Latin names, Russian status words, day-first dates, a reporter
with a phone per row); the vaults are demo vaults with different seeds (disjoint records).
Targets (issue 6): import < 30 s and < 500 MB; merge < 60 s.

The target is on merging: `bundle_merge_50k_s` is the two merges of an exchange after a rally
(both laptops export, each merges the other's bundle of 375,000 records), timed one after the
other on one machine. Writing the bundles is timed apart (`bundle_export_50k_s`, both exports),
as the CSV figure leaves out writing the CSV; `bundle_exchange_50k_s` is the whole exchange
(exports and merges, one after the other) and `per_laptop` the longer laptop's export plus
merge, how long the exchange takes when each laptop does its own side. `bundle_chained_50k_s`
is a second way to converge, kept for comparison with earlier figures: A's bundle into B, then
B's, now holding both vaults and so carrying A's records back, into A (exports included).

    python -m benchmarks.bench_interchange [--rows N] [--people N]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

TARGETS = {
    "interchange.csv_import_100k_s": "< 30",
    "interchange.csv_import_100k_peak_mb": "< 500",
    "interchange.bundle_merge_50k_s": "< 60",
    "interchange.bundle_export_50k_s": "(no target: writing the bundles)",
    "interchange.bundle_exchange_50k_s": "(no target: exports + merges)",
    "interchange.bundle_exchange_50k_per_laptop_s": "(no target)",
    "interchange.bundle_chained_50k_s": "(no target: comparison)",
    "interchange.bundle_merge_50k_peak_mb": "(no target)",
}

_CHILD_IMPORT = """
import json, resource, sys, time
from pathlib import Path
from casetracker.services.session import create_vault
from casetracker.store.keyslots import TEST_KDF
from casetracker.interchange import spreadsheet
session, _ = create_vault(sys.argv[1], "bench", kdf=TEST_KDF)
started = time.perf_counter()
report = spreadsheet.import_file(session, Path(sys.argv[2]))
elapsed = time.perf_counter() - started
session.close()
print(json.dumps({"s": elapsed, "added": report.added,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_CHILD_MERGE = """
import json, resource, shutil, sys, time
from pathlib import Path
from casetracker.services import demo
from casetracker.services.session import create_vault, open_vault
from casetracker.store.keyslots import TEST_KDF
from casetracker.interchange import bundle
a, b, people, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
for path, seed in ((a, 1), (b, 2)):
    s, _ = create_vault(path, "bench", kdf=TEST_KDF)
    demo.generate(s, people=people, seed=seed, photos=0)
    s.close()
for path in (a, b):  # pristine copies for the second scenario
    shutil.copytree(path, path.replace(".ctvault", "-copy.ctvault"))
def timed(fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - started, result
def export(src, name):
    s = open_vault(src, passphrase="bench"); bundle.export_bundle(s, work / name, "pw"); s.close()
def merge(dst, name):
    s = open_vault(dst, passphrase="bench")
    r = bundle.import_bundle(s, work / name, "pw")
    s.close()
    return r
# 1. chained: A's bundle into B, then B (now holding both) back into A
t1, _ = timed(export, a, "a.ctbundle")
t2, first = timed(merge, b, "a.ctbundle")
t3, _ = timed(export, b, "b.ctbundle")
t4, second = timed(merge, a, "b.ctbundle")
# 2. symmetric: both laptops export, each merges the other's bundle
a2, b2 = (p.replace(".ctvault", "-copy.ctvault") for p in (a, b))
e_a, _ = timed(export, a2, "a2.ctbundle")
e_b, _ = timed(export, b2, "b2.ctbundle")
m_b, third = timed(merge, b2, "a2.ctbundle")
m_a, fourth = timed(merge, a2, "b2.ctbundle")
print(json.dumps({
    "chained_s": t1 + t2 + t3 + t4, "chained_steps": [t1, t2, t3, t4],
    "merges_s": m_a + m_b, "exports_s": e_a + e_b,
    "symmetric_s": e_a + e_b + m_a + m_b,
    "per_laptop_s": max(e_a + m_a, e_b + m_b),
    "added": [first.added, second.added, third.added, fourth.added],
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def make_csv(path: Path, rows: int) -> None:
    rng = random.Random(6)
    given = ["Қалиолла", "Айгүл", "Серік", "Бақыт", "Нұрлан", "Гүлнар", "Ерлан", "Жанар"]
    words = ["detained_camp", "в лагере", "imprisoned", "Released", "left china", "умер", ""]
    dates = ["2018", "весна 2018", "12.04.2018", "04.2018", "about 2017", "before 2019"]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(
            [
                "ФИО",
                "Name (Latin)",
                "Пол",
                "Год рождения",
                "Национальность",
                "Село",
                "Статус",
                "Дата",
                "Лагерь",
                "Заявитель",
                "Степень родства",
                "Телефон",
            ]
        )
        for i in range(rows):
            status = rng.choice(words)
            out.writerow(
                [
                    f"{rng.choice(given)} Тестұлы {i}",
                    f"Test Testuly {i}",
                    rng.choice("мжmf"),
                    rng.randint(1940, 2000),
                    "казах",
                    f"Village {i % 500}",
                    status,
                    rng.choice(dates) if status else "",
                    f"Camp {i % 40}" if status else "",
                    f"Relative {i // 2}",
                    rng.choice(["дочь", "son", "brother"]),
                    f"+7 701 {i // 2:07d}",
                ]
            )


def _child(code: str, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"benchmark child failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(results: dict, workdir: Path, rows: int = 100_000, merge_people: int = 50_000) -> dict:
    work = workdir / "interchange"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    sheet = work / "cases.csv"
    make_csv(sheet, rows)
    imported = _child(_CHILD_IMPORT, str(work / "import.ctvault"), str(sheet))
    assert imported["added"] == rows
    results["interchange.csv_import_100k_s"] = round(imported["s"], 1)
    results["interchange.csv_import_100k_peak_mb"] = round(imported["peak_mb"])
    merged = _child(
        _CHILD_MERGE, str(work / "a.ctvault"), str(work / "b.ctvault"), str(merge_people), str(work)
    )
    assert all(merged["added"]), merged
    results["interchange.bundle_merge_50k_s"] = round(merged["merges_s"], 1)
    results["interchange.bundle_export_50k_s"] = round(merged["exports_s"], 1)
    results["interchange.bundle_exchange_50k_s"] = round(merged["symmetric_s"], 1)
    results["interchange.bundle_chained_50k_s"] = round(merged["chained_s"], 1)
    results["interchange.bundle_exchange_50k_per_laptop_s"] = round(merged["per_laptop_s"], 1)
    # the child also built both demo vaults; the merges of 750,000-record bundles dominate
    results["interchange.bundle_merge_50k_peak_mb"] = round(merged["peak_mb"])
    shutil.rmtree(work, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=50_000)
    args = parser.parse_args()
    from benchmarks.common import WORK, save

    results = run({}, WORK, args.rows, args.people)
    if args.rows == 100_000 and args.people == 50_000:
        save(results)  # the sizes only: smaller trial runs do not overwrite its figures
    for key, value in results.items():
        print(f"{key}\t{value}\t(target {TARGETS[key]})")


if __name__ == "__main__":
    main()
