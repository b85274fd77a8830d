"""Commands about finding the same person twice: `casetracker duplicates [--json]`."""

from __future__ import annotations

import argparse
import json

from casetracker.cli.common import err, open_session, out
from casetracker.services import duplicates


def _evidence(pair: duplicates.DuplicatePair) -> list[dict]:
    return [{"kind": e.kind, "detail": e.detail, "weight": e.weight} for e in pair.evidence]


def cmd_duplicates(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        pairs = duplicates.scan(session)
    for pair in pairs:
        if args.json:
            row = {
                "ref_a": pair.ref_a,
                "ref_b": pair.ref_b,
                "score": pair.score,
                "evidence": _evidence(pair),
            }
            out(json.dumps(row, ensure_ascii=False))
        else:
            reasons = "; ".join(f"{e.kind}: {e.detail}" for e in pair.evidence)
            out(f"{pair.ref_a}\t{pair.ref_b}\t{pair.score:.2f}\t{reasons}")
    if not pairs and not args.json:
        err("no likely duplicates")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser(
        "duplicates", parents=[common], help="list pairs of cases that may be one person"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_duplicates)
