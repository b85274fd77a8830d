"""Shared pieces of the benchmarks: the big demo vault, timing and the results file."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from casetracker.services import demo
from casetracker.services.session import DEMO_PASSPHRASE, create_vault
from casetracker.store.keyslots import DEFAULT_KDF

ROOT = Path(__file__).resolve().parent
WORK = ROOT / "work"
RESULTS = ROOT / "results.json"


def demo_vault(people: int, workdir: Path = WORK) -> Path:
    """A demo vault of `people` cases with the real (user) key-derivation cost, built once."""
    path = workdir / f"demo-{people}.ctvault"
    if (path / "cases.db").exists():
        return path
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    session, _code = create_vault(path, DEMO_PASSPHRASE, kdf=DEFAULT_KDF)
    with session:
        demo.generate(session, people=people)
    print(f"built {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def timings(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds per call."""
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def save(results: dict[str, float]) -> None:
    """Merge into benchmarks/results.json so every issue adds its figures to one file."""
    existing = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    existing.update({k: round(v, 3) if isinstance(v, float) else v for k, v in results.items()})
    RESULTS.write_text(json.dumps(dict(sorted(existing.items())), indent=1) + "\n")


def table(results: dict[str, float], targets: dict[str, str] | None = None) -> str:
    targets = targets or {}
    width = max((len(k) for k in results), default=10)
    lines = [f"{'measure':<{width}}  {'value':>12}  target"]
    for key, value in results.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        lines.append(f"{key:<{width}}  {shown:>12}  {targets.get(key, '')}")
    return "\n".join(lines)
