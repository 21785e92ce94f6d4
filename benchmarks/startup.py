"""Start-up time of the ``quoteattr`` command line, and what ``import quoteattr`` loads.

    python benchmarks/startup.py [--repeat 5]

1. CPU seconds (user and system) of ``python -m quoteattr --version`` and ``--help`` in a fresh
   interpreter, the best of ``--repeat`` runs (target: under ``STARTUP_SECONDS``).  The command
   line imports what a command needs when the command runs, so these load neither the pipeline,
   its grammars nor the models; CPU time, not the wall clock, so other work on a shared machine
   does not count as ours.
2. The same for ``python -c "import quoteattr"`` (the public names load on first use), and for
   the interpreter alone (``python -c pass``), the floor under every figure.

Exit status 0 when every target holds, 1 otherwise.  ``python -X importtime -m quoteattr --version``
shows which module a regression brought back.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STARTUP_SECONDS = 0.5
"""CPU seconds allowed for ``--version`` and ``--help``: the command should answer at once."""

COMMANDS = {
    "python -c pass": ["-c", "pass"],
    "import quoteattr": ["-c", "import quoteattr"],
    "quoteattr --version": ["-m", "quoteattr", "--version"],
    "quoteattr --help": ["-m", "quoteattr", "--help"],
}
CHECKED = ("quoteattr --version", "quoteattr --help")


def cpu_seconds(arguments: list[str]) -> float:
    """User and system CPU seconds of one fresh interpreter run with ``arguments``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, *arguments], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="take the best of this many runs (default 5)")
    args = parser.parse_args()
    best = dict.fromkeys(COMMANDS, float("inf"))
    for _ in range(args.repeat):  # the commands take turns, so a burst of load slows them alike
        for label, arguments in COMMANDS.items():
            best[label] = min(best[label], cpu_seconds(arguments))
    print(f"CPU seconds of a fresh interpreter, best of {args.repeat}")
    ok = True
    for label, seconds in best.items():
        line = f"  {label:<22} {seconds:6.3f} s"
        if label in CHECKED:
            passed = seconds < STARTUP_SECONDS
            ok = ok and passed
            line += f"   (< {STARTUP_SECONDS:g}) {'PASS' if passed else 'FAIL'}"
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
