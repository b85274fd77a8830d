"""Issue 2 figures: build a 100,000-person demo vault, open it (key derivation included),
fetch full records, run a simple search."""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from benchmarks.common import WORK, demo_vault, median, percentile, save, table, timings
from casetracker.services import caselist, cases, searching
from casetracker.services.session import DEMO_PASSPHRASE, open_vault
from casetracker.store.keyslots import DEFAULT_KDF, KeySlot

TARGETS: dict[str, str] = {}


def run(results: dict, people: int = 100_000, workdir: Path = WORK) -> None:
    started = time.perf_counter()
    path = demo_vault(people, workdir)
    results["core.people"] = people
    results.setdefault("core.build_demo_s", time.perf_counter() - started)

    kdf = timings(lambda: KeySlot.wrap("passphrase", b"x", b"0" * 32, "id", DEFAULT_KDF), 3)
    results["core.key_derivation_ms"] = median(kdf)

    def open_close():
        open_vault(path, passphrase=DEMO_PASSPHRASE).close()

    results["core.open_ms"] = median(timings(open_close, 3))

    session = open_vault(path, passphrase=DEMO_PASSPHRASE)
    try:
        ids = caselist.query_ids(session)
        rng = random.Random(7)
        sample = rng.sample(ids, 200)
        fetch = timings(lambda: cases.get(session, sample[rng.randrange(200)]), 200)
        results["core.full_record_p50_ms"] = median(fetch)
        results["core.full_record_p95_ms"] = percentile(fetch, 0.95)
        results["core.list_all_ids_ms"] = median(timings(lambda: caselist.query_ids(session), 5))
        results["core.list_page_200_ms"] = median(
            timings(lambda: caselist.rows(session, ids[50_000 % len(ids) :][:200]), 10)
        )
        queries = ["Qaliolla", "Қалиолла", "Aigul Serikqyzy", "CT-0042", "Nurzhan"]
        search = []
        for q in queries:
            searching.search(session, q, limit=20)  # warm
            search += timings(lambda q=q: searching.search(session, q, limit=20), 5)
        results["core.simple_search_p50_ms"] = median(search)
    finally:
        session.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    results: dict = {}
    run(results, args.people)
    print(table(results, TARGETS))
    save(results)


if __name__ == "__main__":
    main()
