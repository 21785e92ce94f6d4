"""Accuracy on PolNeAR: our records, mapped to the scorer's prediction format, scored.

    python benchmarks/accuracy.py [--data ../shared/data/polnear-dev.jsonl]
                                  [--scorer ../shared/eval/evalquotes.py] [--out predictions.jsonl]

Prints the scorer's report for both tracks (direct quotes, all attributions),
then the targets and whether they hold.  The corpus is read at run time only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import quoteattr
from quoteattr.evaluation import predictions_for

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARGETS = {
    ("direct", "f1"): 0.90,
    ("direct", "speaker_accuracy"): 0.90,
    ("direct", "e2e_f1"): 0.80,
    ("all", "f1"): 0.65,
    ("all", "e2e_f1"): 0.55,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "polnear-dev.jsonl")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "evalquotes.py")
    parser.add_argument("--out", type=Path, default=None, help="keep the predictions in this file")
    args = parser.parse_args()
    for path in (args.data, args.scorer):
        if not path.exists():
            sys.exit(f"accuracy.py: {path} not found (pass --data / --scorer)")

    started = time.perf_counter()
    chars = 0
    rows = []
    with args.data.open(encoding="utf-8") as lines:
        for line in lines:
            gold = json.loads(line)
            chars += len(gold["text"])
            doc = quoteattr.extract(gold["text"], doc_id=gold["id"])
            rows.append({"id": gold["id"], "quotes": predictions_for(doc)})
    elapsed = time.perf_counter() - started

    out = args.out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    report = subprocess.run(
        [sys.executable, str(args.scorer), str(args.data), str(out), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    scores = json.loads(report.stdout)
    print(
        subprocess.run(
            [sys.executable, str(args.scorer), str(args.data), str(out)], check=True, capture_output=True, text=True
        ).stdout
    )
    print(
        f"extraction: {len(rows)} documents, {chars:,} chars in {elapsed:.2f} s ({chars / elapsed:,.0f} chars/s,"
        " one cold pass; benchmarks/throughput.py measures speed)"
    )
    ok = True
    for (track, metric), target in TARGETS.items():
        value = scores[track][metric]
        ok &= value >= target
        print(f"{track:>6} {metric:<17} {value:.3f}  target >= {target:.2f}  {'PASS' if value >= target else 'FAIL'}")
    if args.out is None:
        out.unlink()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
