"""Issue 6 figures: a 100,000-row CSV import (time, peak memory) and a two-way bundle merge
between two 50,000-person vaults.

Each measurement runs in a child process so its peak memory is its own. The CSV has the rows
volunteers write (Cyrillic and Latin names, Russian status words, day-first dates, a reporter
with a phone per row); the vaults are demo vaults with different seeds (disjoint records).
Targets (issue 6): import < 30 s and < 500 MB; merge < 60 s.

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
import json, sys, time
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
def step(src, dst, name):
    s = open_vault(src, passphrase="bench"); bundle.export_bundle(s, work / name, "pw"); s.close()
    s = open_vault(dst, passphrase="bench")
    r = bundle.import_bundle(s, work / name, "pw")
    s.close()
    return r
started = time.perf_counter()
first = step(a, b, "a.ctbundle")
second = step(b, a, "b.ctbundle")
elapsed = time.perf_counter() - started
print(json.dumps({"s": elapsed, "added": [first.added, second.added]}))
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
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
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
    results["interchange.bundle_merge_50k_s"] = round(merged["s"], 1)
    shutil.rmtree(work, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=50_000)
    args = parser.parse_args()
    from benchmarks.common import WORK

    results = run({}, WORK, args.rows, args.people)
    for key, value in results.items():
        print(f"{key}\t{value}\t(target {TARGETS[key]})")


if __name__ == "__main__":
    main()
