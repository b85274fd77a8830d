"""`make bench`: every benchmark in one run, against floors measured in the same run.

Each module exposes `run(results, ...)`; modules that other issues add are picked up here when
present. Prints one table and merges the figures into benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import traceback

from benchmarks.common import WORK, save, table

MODULES = (
    "benchmarks.bench_core",
    "benchmarks.bench_search",
    "benchmarks.bench_reports",
    "benchmarks.bench_interchange",
    "benchmarks.bench_gui",
    "benchmarks.bench_rally",
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--only", nargs="*", help="module names, e.g. bench_core")
    args = parser.parse_args()
    results: dict = {}
    for name in MODULES:
        if args.only and name.rsplit(".", 1)[1] not in args.only:
            continue
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # that benchmark does not exist yet
            raise
        print(f"== {name}")
        kwargs = {}
        params = inspect.signature(module.run).parameters
        if "people" in params:
            kwargs["people"] = args.people
        if "workdir" in params:
            kwargs["workdir"] = WORK
        try:
            module.run(results, **kwargs)
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            results[f"{name.rsplit('.', 1)[1]}.failed"] = 1
        save(results)  # after each module, so an interrupted run keeps what it measured
    print(table(results))
    save(results)


if __name__ == "__main__":
    main()
