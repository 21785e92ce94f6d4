"""How fast and how well speakers are linked across a corpus: 100,000 mentions over 10,000 documents.

Usage::

    python benchmarks/link_speakers.py [--mentions 100000] [--documents 10000] [--people 5000] [--seed 0]

Speakers are synthetic: each person has a given name (from the variant groups of
:mod:`quoteattr.data.name_variants` and a list of plain ones) and a surname built from
syllables, so several people share a surname and some surnames are one letter apart.  In each
document a few people are quoted, popular ones more often (a Zipf law); the first mention of a
person is a full name, often with a title ("Foreign Minister ..."), later ones a bare surname or
a variant: a transliteration (Ye/E, -y/-iy/-yy, x/ks), a one-letter slip, a short or variant
given name.  Some quotes are attributed to a group or a pronoun.  The true person behind every
mention is known, so the script prints pairwise precision and recall of the corpus grouping next
to the time of :func:`quoteattr.link_speakers` (which builds each document's entities first) and
the peak resident memory of the run.

Linking blocks names by keys computed from each name alone and never compares all pairs, so the
time grows about linearly with the number of mentions.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from quoteattr import link_speakers
from quoteattr.data.name_variants import GIVEN_NAME_VARIANTS
from quoteattr.models import Document, Quote, Span, Speaker

PLAIN_GIVEN = (
    "Annalena Pavel Olaf Emmanuel Ursula Jens Kaja Rishi Keir Giorgia Pedro Mark Petr Viktor Andrzej Gabrielius "
    "Ingrid Marta Oksana Irina Natalia Boris Ivan Igor Maria Elena Kamala Nancy Chuck Mitch Lindsey Ted Ron"
).split()
GIVEN = sorted({name for group in GIVEN_NAME_VARIANTS for name in group[:2]} | set(PLAIN_GIVEN))
VARIANT_OF = {group[0]: group[1:] for group in GIVEN_NAME_VARIANTS}
ONSETS = "Ye Ka Mo Ber Li Vo Sha Gor Pe Ze Ta Ni Ro Du Fa Me Sto Kra Bel Tru".split()
MIDDLES = "rma lo dve len ren bo to na sse ki ga mi vi ro de pa".split()
ENDINGS = "kov kin sky nen ton son berg man ler tz".split()
TITLES = (
    "Foreign Minister",
    "Russian Foreign Minister",
    "British Foreign Secretary",
    "U.S. Secretary of State",
    "Sen.",
    "Dr.",
    "Kremlin spokesman",
    "analyst",
    "German Chancellor",
    "UK Prime Minister",
)
GROUPS = ("the Kremlin", "the Foreign Ministry", "Western countries", "NATO", "the White House")
PRONOUNS = ("he", "she", "they")


@dataclass(frozen=True)
class Person:
    number: int
    given: str
    surname: str


def make_people(count: int, rng: random.Random) -> list[Person]:
    people: dict[tuple[str, str], Person] = {}
    while len(people) < count:
        surname = rng.choice(ONSETS) + rng.choice(MIDDLES) + rng.choice(ENDINGS)
        given = rng.choice(GIVEN)
        people.setdefault((given, surname), Person(len(people), given, surname))
    return list(people.values())


def variant_surname(surname: str, rng: random.Random) -> str:
    """A spelling of the same surname the press might print."""
    if surname.startswith("Ye") and rng.random() < 0.5:
        return "E" + surname[2:]  # Yermakov -> Ermakov
    if surname.endswith("sky"):
        return surname[:-1] + rng.choice(("iy", "yy"))  # Zelensky -> Zelenskiy
    # Drop one inner vowel, but not between two equal letters (Stonanen -> Stonann would be two edits).
    inner = [i for i, c in enumerate(surname[1:-1], 1) if c in "aeiou" and surname[i - 1] != surname[i + 1]]
    if inner and len(surname) >= 7 and rng.random() < 0.5:
        cut = rng.choice(inner)
        return surname[:cut] + surname[cut + 1 :]  # one-letter slip: Baerbock -> Berbock
    return surname


def mention_forms(person: Person, first: bool, rng: random.Random) -> str:
    if first:
        title = f"{rng.choice(TITLES)} " if rng.random() < 0.5 else ""
        return f"{title}{person.given} {person.surname}"
    roll = rng.random()
    if roll < 0.45:
        return person.surname
    if roll < 0.6:
        return f"{person.surname}\N{RIGHT SINGLE QUOTATION MARK}s"
    if roll < 0.75:
        return f"{person.given} {variant_surname(person.surname, rng)}"
    if roll < 0.85 and VARIANT_OF.get(person.given):
        return f"{rng.choice(VARIANT_OF[person.given])} {person.surname}"
    return f"{person.given} {person.surname}"


def make_corpus(
    mentions: int, documents: int, people: list[Person], rng: random.Random
) -> tuple[list[Document], dict[str, int]]:
    """Documents with one quote per mention, and the true person (or -1) behind each quote id."""
    weights = [1.0 / (rank + 1) for rank in range(len(people))]
    truth: dict[str, int] = {}
    docs = []
    per_doc = Counter(rng.randrange(documents) for _ in range(mentions))
    for number in range(documents):
        doc_id = f"d{number}"
        count = per_doc.get(number, 0)
        cast = {p.number: p for p in rng.choices(people, weights, k=rng.randint(2, 5))}
        seen: set[int] = set()
        names: list[tuple[str, str, int]] = []
        for _ in range(count):
            roll = rng.random()
            if roll < 0.05:
                names.append((rng.choice(GROUPS), "group", -2))
                continue
            if roll < 0.1:
                names.append((rng.choice(PRONOUNS), "pronoun", -1))
                continue
            person = rng.choice(list(cast.values()))
            names.append((mention_forms(person, person.number not in seen, rng), "name", person.number))
            seen.add(person.number)
        docs.append(build_document(doc_id, names, truth))
    return docs, truth


def build_document(doc_id: str, names: list[tuple[str, str, int]], truth: dict[str, int]) -> Document:
    parts: list[str] = []
    length = 0
    quotes = []
    for number, (name, resolution, person) in enumerate(names):
        start = length + 1
        piece = f"\N{LEFT DOUBLE QUOTATION MARK}Words.\N{RIGHT DOUBLE QUOTATION MARK} {name} said. "
        mention_start = length + len("\N{LEFT DOUBLE QUOTATION MARK}Words.\N{RIGHT DOUBLE QUOTATION MARK} ")
        speaker = Speaker(
            name=name, mention=name, start=mention_start, end=mention_start + len(name), resolution=resolution
        )
        quote_id = f"{doc_id}:q{number}"
        quotes.append(
            Quote(
                doc=doc_id,
                id=quote_id,
                kind="direct",
                text="Words.",
                start=start,
                end=start + 6,
                pieces=[Span(start=start, end=start + 6)],
                speaker=speaker,
            )
        )
        truth[quote_id] = person if person >= 0 else -1
        parts.append(piece)
        length += len(piece)
    return Document(doc_id=doc_id, text="".join(parts), quotes=quotes)


def pairs(counts: Iterator[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def pairwise_scores(docs: list[Document], truth: dict[str, int]) -> tuple[float, float]:
    """Precision and recall over pairs of person mentions, counted from cluster sizes (no pair loop)."""
    predicted: dict[str, str] = {}
    for doc in docs:
        for quote in doc.quotes:
            if quote.speaker is not None and quote.speaker.id is not None and truth[quote.id] >= 0:
                predicted[quote.id] = quote.speaker.id
    true_sizes = Counter(truth[q] for q in predicted)
    pred_sizes = Counter(predicted.values())
    both = Counter((predicted[q], truth[q]) for q in predicted)
    agree = pairs(iter(both.values()))
    return agree / max(pairs(iter(pred_sizes.values())), 1), agree / max(pairs(iter(true_sizes.values())), 1)


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    started = time.perf_counter()
    docs, truth = make_corpus(args.mentions, args.documents, make_people(args.people, rng), rng)
    generated = time.perf_counter() - started
    rss_before = peak_rss_mb()
    print(f"generated {len(truth):,} mentions in {len(docs):,} documents in {generated:.1f} s")

    started, cpu_started = time.perf_counter(), time.process_time()
    linked = link_speakers(docs)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    entities = {entity.id for doc in linked for entity in doc.speakers}
    precision, recall = pairwise_scores(linked, truth)
    people = len({person for person in truth.values() if person >= 0})
    print(f"linked in {elapsed:.1f} s wall, {cpu:.1f} s CPU ({len(truth) / cpu:,.0f} mentions per CPU second)")
    print(f"corpus entities: {len(entities):,} (true people quoted: {people:,}, plus groups and ambiguous surnames)")
    print(f"pairwise precision {precision:.3f}, recall {recall:.3f}")
    print(f"peak resident memory: {peak_rss_mb():.0f} MB (after generating the corpus: {rss_before:.0f} MB)")
    verdict = "seconds, not minutes" if elapsed < 60 else "too slow: expected seconds"
    print(f"{verdict}: {elapsed:.1f} s for {len(truth):,} mentions")
    return 0 if elapsed < 60 else 1


if __name__ == "__main__":
    raise SystemExit(main())
