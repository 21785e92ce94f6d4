"""How well and how fast quotes are clustered at 10k, 100k and 1M quotes.

Usage::

    python benchmarks/dedup.py [--data PATH] [--sizes 10000,100000,1000000] [--seed 0]

Corpora are generated from the PolNeAR train texts, which are read at run time and never copied
here: the articles are cut into runs of one to three consecutive sentences, each run an
*utterance*; synthetic speakers (a few very prolific, most quoting rarely) each say distinct runs.
A run said again by another speaker has every fourth word replaced first, so that two utterances
never share six words in a row (the same words are one quotation, whoever is named).  Every
utterance is quoted once, and about half of them again (15% of these renderings naming nobody), as

* repeats (sometimes with different case or punctuation),
* trimmed renderings (a few words dropped at either end),
* fragments (a window of six words or more),
* word-substitution variants (10-25% of the words replaced, as a second translation would), and
* indirect paraphrases (pronouns shifted, some words replaced, kind ``indirect``),

so the true clusters are known.  For each size the script prints pairwise precision and recall of
:func:`quoteattr.cluster.cluster_items` (over all pairs of quotes put in one cluster), the time of
the clustering itself (wall clock, and CPU time of the process and its ``--jobs`` group workers,
which other load on the machine inflates less) and the peak resident memory of the run and of
the largest worker, each size in a fresh process; then the growth of time between sizes (near 10
for each tenfold step means near-linear).  A size is run ``--repeats`` times (default 3) while its
runs so far fit in ``--budget`` seconds (default 30), so the short runs are repeated and the million
quotes run once; the growth and the aims are judged on each size's median run (by CPU time), since a
burst of other load can double the time of a run of a few seconds.

``--real`` measures real text instead: the PolNeAR train articles are extracted, and

* each article is added twice (a corpus of wire copies): the share of quotes of six words or more
  that share their twin's cluster;
* the gold quotations (content spans) of eight words or more whose words recur in several articles
  (and several publishers) are found among the extracted quotes: the share of pairs of occurrences in
  two articles that share one cluster (recall), and how many occurrences extraction missed;
* ``--sample N`` prints N random clusters spanning several articles, with each member's speaker and
  text, to check by hand how many mix different statements (precision).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared/data/polnear-train.jsonl"

# Pronoun shifts of an indirect report: "I will" becomes "she will".
_INDIRECT = {"i": "she", "we": "they", "my": "her", "our": "their", "me": "her", "us": "them", "i'm": "she is"}


def load_runs(path: Path, rng: random.Random) -> tuple[list[str], list[str]]:
    """Runs of 1-3 consecutive sentences (6 words or more), each sentence used once; and content words."""
    from quoteattr.lang import get_language
    from quoteattr.shingles import STOPWORDS, normalise
    from quoteattr.text import Index

    seen: set[str] = set()
    runs: list[str] = []
    vocabulary: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            index = Index(text, get_language("en"))
            sentences = [text[s:e] for s, e in index.sentences]
            i = 0
            while i < len(sentences):
                size = rng.choice((1, 1, 2, 3))
                chunk = sentences[i : i + size]
                i += size
                keys = [" ".join(normalise(s).split()) for s in chunk]
                if any(k in seen for k in keys):
                    continue
                seen.update(keys)
                run = " ".join(" ".join(s.split()) for s in chunk)
                run_words = run.split()
                if 6 <= len(run_words) <= 120:
                    runs.append(run)
                    vocabulary.update(w for w in (x.strip(".,;:!?\"'()“”‘’").lower() for x in run_words) if w.isalpha())
    content = sorted(w for w in vocabulary if w not in STOPWORDS and len(w) > 3)
    return runs, content


def _substitute(tokens: list[str], rate: float, content: list[str], rng: random.Random) -> list[str]:
    out = list(tokens)
    count = max(1, round(rate * len(out)))
    for position in rng.sample(range(len(out)), min(count, len(out))):
        out[position] = rng.choice(content)
    return out


def render(run: str, how: str, content: list[str], rng: random.Random) -> tuple[str, str]:
    """One rendering of ``run``: ``(text, kind)``."""
    tokens = run.split()
    n = len(tokens)
    if how == "repeat":
        text = run
        if rng.random() < 0.3:
            text = text.lower().rstrip(".") + ","
        return text, "direct"
    if how == "trimmed":
        head = rng.randint(0, max(0, min(3, n // 10)))
        tail = rng.randint(1 if head == 0 else 0, max(1, min(3, n // 10)))
        return " ".join(tokens[head : n - tail]), "direct"
    if how == "fragment":
        length = rng.randint(6, max(6, int(0.6 * n)))
        start = rng.randint(0, max(0, n - length))
        return " ".join(tokens[start : start + length]), "partial"
    if how == "variant":
        return " ".join(_substitute(tokens, rng.uniform(0.1, 0.25), content, rng)), "direct"
    shifted = [_INDIRECT.get(t.lower(), t) for t in tokens]
    return " ".join(_substitute(shifted, 0.1, content, rng)), "indirect"


_HOW = ("repeat", "trimmed", "fragment", "variant", "paraphrase")
_HOW_WEIGHTS = (0.25, 0.2, 0.25, 0.22, 0.08)


def _reword(run: str, content: list[str], rng: random.Random) -> str:
    tokens = run.split()
    for position in range(rng.randrange(4), len(tokens), 4):
        tokens[position] = rng.choice(content)
    return " ".join(tokens)


def generate(
    n: int, runs: list[str], content: list[str], seed: int
) -> tuple[list[tuple[str, str | None, str, str]], list[int]]:
    """``n`` quotes as ``(id, speaker, text, kind)`` tuples, and the true utterance of each."""
    rng = random.Random(seed)
    speakers = max(20, n // 40)
    # Zipf-like: speaker r is quoted in proportion to 1 / r**0.8; nobody says more than half the runs.
    cumulative = list(itertools.accumulate(1 / (r + 1) ** 0.8 for r in range(speakers)))
    cap = len(runs) // 2
    population = range(speakers)
    items: list[tuple[str, str | None, str, str]] = []
    truth: list[int] = []
    used: dict[int, set[int]] = {}
    said: Counter[int] = Counter()
    utterance = 0
    while len(items) < n:
        speaker = rng.choices(population, cum_weights=cumulative)[0]
        taken = used.setdefault(speaker, set())
        run_number = rng.randrange(len(runs))
        if run_number in taken or len(taken) >= cap:
            continue
        taken.add(run_number)
        run = runs[run_number] if not said[run_number] else _reword(runs[run_number], content, rng)
        said[run_number] += 1
        copies = 0 if rng.random() < 0.5 else rng.randint(1, 5)
        renderings = [(run, "direct")]
        renderings += [render(run, rng.choices(_HOW, _HOW_WEIGHTS)[0], content, rng) for _ in range(copies)]
        for number, (text, kind) in enumerate(renderings):
            if len(items) >= n:
                break
            named = number == 0 or rng.random() >= 0.15
            items.append((f"q{len(items)}", f"s{speaker}" if named else None, text, kind))
            truth.append(utterance)
        utterance += 1
    order = list(range(len(items)))
    rng.shuffle(order)  # articles do not arrive grouped by utterance
    return [items[i] for i in order], [truth[i] for i in order]


def pairwise(labels: list[int], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against the truth."""

    def pairs(counter: Counter[object]) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    true_positive = pairs(Counter(zip(labels, truth, strict=True)))
    predicted = pairs(Counter(labels))
    actual = pairs(Counter(truth))
    return (true_positive / predicted if predicted else 1.0), (true_positive / actual if actual else 1.0)


def _cpu() -> float:
    # CPU seconds of this process and of its finished children (the group workers).
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_one(n: int, data: Path, seed: int, jobs: int = 1, labels_dir: Path | None = None) -> dict[str, Any]:
    """Generate, cluster and score one corpus of ``n`` quotes (in this process, and ``jobs`` workers).

    With ``labels_dir``, the labels are compared with ``labels-N.json`` there when it exists (the
    partition an earlier version found: faster code must find the same), else written to it.
    """
    from quoteattr.cluster import cluster_items

    rng = random.Random(seed)
    runs, content = load_runs(data, rng)
    items, truth = generate(n, runs, content, seed)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu_start = time.perf_counter(), _cpu()
    labels = cluster_items(items, jobs=jobs)
    elapsed, cpu = time.perf_counter() - start, _cpu() - cpu_start
    precision, recall = pairwise(labels, truth)
    partition = "-"
    if labels_dir is not None:
        saved = labels_dir / f"labels-{n}.json"
        if saved.is_file():
            before = json.loads(saved.read_text())
            moved = sum(a != b for a, b in zip(before, labels, strict=True)) if len(before) == len(labels) else "all"
            partition = "same" if before == labels else f"DIFFERENT ({moved} labels)"
        else:
            labels_dir.mkdir(parents=True, exist_ok=True)
            saved.write_text(json.dumps(labels))
            partition = "saved"
    return {
        "partition": partition,
        "quotes": n,
        "utterances": len(set(truth)),
        "clusters": len(set(labels)),
        "precision": precision,
        "recall": recall,
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "generated_mb": rss_before / 1024,
    }


def _publisher(article_id: str) -> str:
    # PolNeAR ids read polnear/train/<publisher>_<date>_<slug>.
    return article_id.rsplit("/", 1)[-1].split("_", 1)[0]


def _twin(document: Any, suffix: str) -> Any:
    doc_id = document.doc_id + suffix
    quotes = [
        q.model_copy(update={"doc": doc_id, "id": doc_id + q.id[len(document.doc_id) :]}) for q in document.quotes
    ]
    return document.model_copy(update={"doc_id": doc_id, "quotes": quotes})


def real_data(path: Path, sample: int, seed: int) -> dict[str, float]:
    """Wire-copy and recurring-quotation recall of :func:`quoteattr.cluster.cluster_documents` on PolNeAR train."""
    from quoteattr import extract
    from quoteattr.cluster import cluster_documents
    from quoteattr.shingles import words

    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    start = time.perf_counter()
    documents = [extract(r["text"], doc_id=r["id"]) for r in records]
    extracted = time.perf_counter() - start
    result: dict[str, float] = {"articles": len(documents), "extract_seconds": extracted}

    # Wire copies: every article twice.
    start = time.perf_counter()
    docs, clusters = cluster_documents([*documents, *(_twin(d, "~copy") for d in documents)])
    result["cluster_seconds"] = time.perf_counter() - start
    cluster_of = {q.id: q.cluster for d in docs for q in d.quotes}
    long_quotes = [q for d in docs[: len(documents)] for q in d.quotes if q.kind != "term" and len(words(q.text)) >= 6]
    joined = sum(1 for q in long_quotes if cluster_of[q.id] == cluster_of[q.doc + "~copy" + q.id[len(q.doc) :]])
    result["wire_quotes"] = len(long_quotes)
    result["wire_recall"] = joined / len(long_quotes) if long_quotes else 1.0
    result["speakers_lent"] = sum(1 for d in docs for q in d.quotes if q.speaker and q.speaker.resolution == "cluster")

    # Recurring gold quotations: the same words (8+) in several articles.
    docs, clusters = cluster_documents(documents)
    by_doc = {d.doc_id: d for d in docs}
    places: dict[str, list[tuple[str, int, int]]] = {}
    for record in records:
        for gold in record["attributions"]:
            key = " ".join(words(gold["content_text"]))
            if len(key.split()) >= 8:
                lo, hi = min(s for s, _ in gold["content"]), max(e for _, e in gold["content"])
                places.setdefault(key, []).append((record["id"], lo, hi))
    recurring = {k: v for k, v in places.items() if len({a for a, _, _ in v}) > 1}
    pairs = shared = missed = occurrences = across_publishers = 0
    for spots in recurring.values():
        found: list[tuple[str, set[str | None]]] = []
        for article, lo, hi in spots:
            occurrences += 1
            hits = {q.cluster for q in by_doc[article].quotes if q.start < hi and lo < q.end and q.cluster}
            if hits:
                found.append((article, hits))
            else:
                missed += 1
        for (a, ca), (b, cb) in itertools.combinations(found, 2):
            if a != b:
                pairs += 1
                shared += bool(ca & cb)
        across_publishers += len({_publisher(a) for a, _, _ in spots}) > 1
    result["recurring_quotations"] = len(recurring)
    result["recurring_across_publishers"] = across_publishers
    result["recurring_occurrences"] = occurrences
    result["recurring_missed_by_extraction"] = missed
    result["recurring_pairs"] = pairs
    result["recurring_recall"] = shared / pairs if pairs else 1.0

    multi = [c for c in clusters if len({m.doc for m in c.members}) > 1]
    result["clusters_across_articles"] = len(multi)
    if sample:
        quotes = {q.id: q for d in docs for q in d.quotes}
        for cluster in random.Random(seed).sample(multi, min(sample, len(multi))):
            print(f"\n{cluster.id} speakers={cluster.speakers} conflicts={cluster.conflicts}", file=sys.stderr)
            for member in cluster.members:
                quote = quotes[member.quote]
                speaker = quote.speaker.name if quote.speaker else "-"
                print(
                    f"  {member.reason:<14} {member.doc[-40:]:<40} {speaker[:20]:<20} {quote.text[:150]}",
                    file=sys.stderr,
                )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"PolNeAR train JSONL (default {DEFAULT_DATA})")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes clustering speaker groups (default 2)")
    parser.add_argument(
        "--labels", type=Path, help="directory of saved labels: compare each size's partition with them (or save)"
    )
    parser.add_argument("--repeats", type=int, default=3, help="runs of each size, while they fit the budget")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds after which a size is not run again")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # run one size in this process
    parser.add_argument("--real", action="store_true", help="measure wire copies and recurring quotations instead")
    parser.add_argument("--sample", type=int, default=0, help="with --real, print this many clusters to check by hand")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"dedup.py: {args.data} not found; pass --data with the path of polnear-train.jsonl", file=sys.stderr)
        return 2
    if args.real:
        for name, value in real_data(args.data, args.sample, args.seed).items():
            print(f"{name:>30} {value:.4f}" if isinstance(value, float) else f"{name:>30} {value}")
        return 0
    if args.one:
        print(json.dumps(run_one(args.one, args.data, args.seed, args.jobs, args.labels)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = []
    print(
        f"{'quotes':>9} {'clusters':>9} {'precision':>9} {'recall':>7} {'seconds':>8} {'cpu s':>8} {'peak MB':>8}"
        f" {'worker MB':>9} partition"
    )
    if args.repeats < 1 or args.budget < 0:
        print("dedup.py: --repeats must be at least 1 and --budget not negative", file=sys.stderr)
        return 2
    for n in sizes:
        runs: list[dict[str, Any]] = []
        while len(runs) < args.repeats and sum(run["seconds"] for run in runs) <= args.budget:
            # A fresh process per run, so each peak memory figure is that run's own.
            command = [sys.executable, __file__, "--one", str(n), "--data", str(args.data), "--seed", str(args.seed)]
            if args.labels is not None:
                command += ["--labels", str(args.labels)]
            done = subprocess.run(
                [*command, "--jobs", str(args.jobs)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(_row(runs[-1]), flush=True)
        # Memory is judged on the highest peak of the size's runs, time on the median run.
        highest = max(max(run["peak_mb"], run.get("worker_peak_mb", 0)) for run in runs)
        results.append({**median_run(runs), "highest_peak_mb": highest})
        if len(runs) > 1:
            print(_row(results[-1], f"median of {len(runs)}"), flush=True)
    for line in targets(results):
        print(line)
    return 0


def _row(result: dict[str, Any], note: str = "") -> str:
    return (
        f"{result['quotes']:>9} {result['clusters']:>9} {result['precision']:>9.4f} {result['recall']:>7.4f} "
        f"{result['seconds']:>8.1f} {result['cpu_seconds']:>8.1f} {result['peak_mb']:>8.0f}"
        f" {result.get('worker_peak_mb', 0):>9.0f} {result['partition']} {note}"
    ).rstrip()


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median CPU time (the lower of the middle two for an even count): one whole run, not
    a mix of figures from different runs, so its wall time, CPU time and memory belong together.

    >>> median_run([{"cpu_seconds": 9.0}, {"cpu_seconds": 6.5}, {"cpu_seconds": 12.0}])
    {'cpu_seconds': 9.0}
    >>> median_run([{"cpu_seconds": 9.0}, {"cpu_seconds": 6.5}])
    {'cpu_seconds': 6.5}
    """
    ordered = sorted(runs, key=lambda run: run["cpu_seconds"])
    return ordered[(len(ordered) - 1) // 2]


def targets(results: list[dict[str, Any]]) -> list[str]:
    """The scale aims, each with PASS or FAIL: a million quotes in under 60 s wall and 1 GB, near-linear growth.

    Growth is judged on CPU seconds, which other load on a shared machine inflates less than wall time;
    both ratios are printed.

    >>> small = {"quotes": 10, "seconds": 1.0, "cpu_seconds": 1.0, "peak_mb": 10, "worker_peak_mb": 0}
    >>> targets([small, {**small, "quotes": 100, "seconds": 12.0, "cpu_seconds": 10.5}])
    ['time 100/10: 12.0x wall, 10.5x cpu for 10x the quotes (aim <= 11.0x): PASS']
    """
    lines = []
    for small, large in itertools.pairwise(results):
        factor = large["quotes"] / small["quotes"]
        wall, cpu = large["seconds"] / small["seconds"], large["cpu_seconds"] / small["cpu_seconds"]
        aim = 1.1 * factor
        lines.append(
            f"time {large['quotes']}/{small['quotes']}: {wall:.1f}x wall, {cpu:.1f}x cpu for {factor:.0f}x the quotes"
            f" (aim <= {aim:.1f}x): {'PASS' if cpu <= aim else 'FAIL'}"
        )
    for result in results:
        if result["quotes"] >= 1_000_000:
            peak = result.get("highest_peak_mb", max(result["peak_mb"], result.get("worker_peak_mb", 0)))
            seconds = result["seconds"]
            cpu = result["cpu_seconds"]
            lines.append(f"1M quotes wall {seconds:.1f} s (aim < 60 s): {'PASS' if seconds < 60 else 'FAIL'}")
            lines.append(  # what two idle cores give in a minute: the wall aim, free of other load on the machine
                f"1M quotes cpu {cpu:.1f} s (aim < 120 s, two cores for a minute): {'PASS' if cpu < 120 else 'FAIL'}"
            )
            lines.append(f"1M quotes peak memory {peak:.0f} MB (aim < 1024 MB): {'PASS' if peak < 1024 else 'FAIL'}")
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
