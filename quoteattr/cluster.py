"""Stage 7: the same utterance across articles, as one cluster.

A cluster is one thing one speaker said, however it was rendered: exact
repeats, different trimming, a fragment quoted inside a longer quote, a second
translation, an indirect paraphrase of the direct words.  Text decides first:
two renderings with the same words (``text_words`` or more) or sharing a long
verbatim run (:func:`text_match`) join whatever their speakers say, so a quote
without a speaker still finds its twins.  Every weaker match needs

1. speakers that agree: the same name key (``speaker_key``) and
   ``same_speaker`` on the names, the notion of a person the quote index
   shares; and
2. :func:`similarity` to find one of its reasons (see :data:`MatchReason`).

A cluster then knows who said it: a rendering without a speaker takes the one
its named renderings agree on (:func:`lend_speakers`), and two people given the
same words are reported as a conflict in the cluster record.

Scale comes from never comparing all pairs.  Quotes are grouped by speaker
(a group is the unit a Dask worker clusters, see :mod:`quoteattr.dask_engine`);
inside a group, exact repeats are merged through a dictionary, and every other
quote is compared only with earlier quotes that share a blocking key (a word
trigram or a MinHash band, see :mod:`quoteattr.shingles`).  A key shared by too
many distinct clusters of one speaker ("one of the", "the United States") stops
being a key: it says nothing about identity.  Clusters are the connected
components of the matches (union-find).

The core, :func:`cluster_items`, works on plain ``(id, speaker_key, text[,
kind])`` tuples so that a million quotes fit in memory;
:func:`cluster_documents` and :func:`cluster` wrap it for :class:`Document`
records.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import math
import multiprocessing
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel
from rapidfuzz.process import extractOne as extract_best

from quoteattr.collector import collector_paused
from quoteattr.models import ClusterMember, Document, MatchReason, Quote, QuoteCluster, Speaker
from quoteattr.shingles import Shingled, Vocabulary, band_keys, shingle, words
from quoteattr.speaker_keys import same_speaker, speaker_key
from quoteattr.speakers import link_speakers
from quoteattr.unionfind import UnionFind

Item = tuple[str, str | None, str] | tuple[str, str | None, str, str]
"""What the core clusters: ``(quote id, speaker key or None, text)`` and optionally the quote kind."""


@dataclass(frozen=True)
class ClusterConfig:
    """Thresholds of :func:`similarity` and of blocking; scores are on a 0-1 scale.

    Frozen and passed explicitly, so two callers never change each other's settings.
    """

    min_words: int = 4
    """Quotes shorter than this (scare quotes, terms) are never clustered."""
    fragment_words: int = 5
    """A fragment must be at least this long, and hold ``fragment_content`` content words, to count..."""
    fragment_content: int = 3
    """...unless it is at least twice ``fragment_words`` long."""
    trimmed: float = 0.8
    """A contained rendering with at least this share of the longer one's words is *trimmed*, else a *fragment*."""
    variant: float = 0.7
    """Word-level similarity (Indel, 2*LCS/(m+n)) two sentences or two whole quotes need to be variants."""
    partial: float = 0.9
    """Word-level similarity of a fuzzy fragment (one with edits) to its best-aligned window."""
    partial_words: int = 8
    """Fuzzy fragments must be at least this long: short windows align well by chance."""
    coverage: float = 0.5
    """Share of the shorter quote's words that matching sentences must cover."""
    sentence_words: int = 5
    """Sentences shorter than this are not compared on their own ("Let's be honest.")."""
    paraphrase: float = 0.7
    """Share of the indirect report's content words found in the direct quote."""
    paraphrase_content: int = 3
    """Content words an indirect report must share with the direct quote."""
    key_cap: int = 48
    """A blocking key shared by more distinct clusters of one speaker than this is dropped as uninformative."""
    text_words: int = 6
    """Renderings with the same words, at least this many, join one cluster whatever their speakers say."""
    shared_run: int = 8
    """Renderings sharing a run of at least this many words, verbatim, that makes up ``trimmed`` of the
    shorter one (all of it when contained) join one cluster whatever their speakers say."""


DEFAULT_CONFIG = ClusterConfig()


class Match(NamedTuple):
    """Why two quotes render one utterance: a score in [0, 1] and its reason."""

    score: float
    reason: MatchReason


# --------------------------------------------------------------------------------------------------
# The similarity test


def _content_count(s: Shingled) -> int:
    return len(s.stems) - s.stems.count(0)  # a stopword's stem is 0


def _contained_reason(short: Shingled, long: Shingled, config: ClusterConfig) -> MatchReason | None:
    # Lengths are read as len(s.codes), what len(s) returns, without a Python call: the similarity tests
    # run hundreds of thousands of times on a large corpus.
    n = len(short.codes)
    if n >= config.trimmed * len(long.codes):
        return "trimmed"
    if n >= 2 * config.fragment_words or (
        n >= config.fragment_words and _content_count(short) >= config.fragment_content
    ):
        return "fragment"
    return None


def similarity(
    a: Shingled,
    b: Shingled,
    *,
    kinds: tuple[str, str] = ("direct", "direct"),
    config: ClusterConfig = DEFAULT_CONFIG,
) -> Match | None:
    """Whether two prepared quotes of one speaker render the same utterance, and why; ``None`` if not.

    The tests run from the strictest to the loosest and the first that passes gives the reason:
    same words; word-boundary containment (trimmed or fragment); a near-verbatim window of the
    longer quote (a fragment with small edits); whole-quote word similarity; sentence-by-sentence
    word similarity covering at least half the shorter quote (a fragment of a longer quote in
    another translation); content-word containment when one of the two is an indirect report.
    Past verbatim containment, two quotes that each hold a number the other lacks never match.
    Use :func:`compare` on plain strings.

    >>> vocabulary = Vocabulary()
    >>> a = shingle("We will not raise taxes on working families this year", vocabulary)
    >>> b = shingle("we will not raise taxes on working families", vocabulary)
    >>> similarity(a, b).reason
    'trimmed'
    >>> similarity(a, shingle("The weather in Leeds was mild for the time of year", vocabulary)) is None
    True
    """
    # Ties in length are broken by the codes, so that similarity(a, b) == similarity(b, a).
    short, long = (a, b) if (len(a.codes), a.codes) <= (len(b.codes), b.codes) else (b, a)
    short_codes, long_codes = short.codes, long.codes
    n = len(short_codes)
    if n < config.min_words:
        return None
    if short_codes == long_codes:
        return Match(1.0, "exact")
    if short_codes in long_codes:
        reason = _contained_reason(short, long, config)
        if reason is not None:
            return Match(1.0, reason)
    numbers, other_numbers = short.numbers, long.numbers
    if numbers and other_numbers and (numbers - other_numbers) and (other_numbers - numbers):
        return None  # a number changed: "project 3" and "project 4" are two statements, however alike
    # Twice the longest common subsequence of words: the whole-quote similarity is that over n + m, and it
    # bounds the near-verbatim window's (see _may_align).  One C call rules out most pairs of a group.
    common = Indel.similarity(short_codes, long_codes)
    if common >= config.variant * (n + len(long_codes)) - 1e-9:
        whole = Indel.normalized_similarity(short_codes, long_codes, score_cutoff=config.variant)
        if whole:
            return Match(round(whole, 3), _edit_reason(short, long))
    if n >= config.partial_words:
        # A near-verbatim window counts only where containment would (the cheap test first).
        contained = _contained_reason(short, long, config)
        if contained is not None and _may_align(common / 2, n, config.partial):
            aligned = fuzz.partial_ratio(short_codes, long_codes, score_cutoff=100 * config.partial) / 100
            if aligned:
                return Match(round(aligned, 3), contained)
    sentence = _sentence_similarity(short, long, config, common / 2)
    if sentence:
        return Match(round(sentence, 3), "variant")
    if "indirect" in kinds and kinds[0] != kinds[1]:
        indirect, direct = (a, b) if kinds[0] == "indirect" else (b, a)
        reported, said = indirect.content(), direct.content()
        shared = len(reported & said)
        if shared >= config.paraphrase_content and shared >= config.paraphrase * len(reported):
            return Match(round(shared / len(reported), 3), "paraphrase")
    return None


def _may_align(common: float, n: int, partial: float) -> bool:
    # Whether a window of the longer quote can be as similar as ``partial`` to the shorter one, of ``n``
    # words (what fuzz.partial_ratio looks for, at a cost), given the longest common subsequence of the two
    # quotes: a window's common subsequence with the short quote is no longer than that nor than the window,
    # so no window scores above 2s / (n + s) with s that length.  Nearly every near-verbatim test that fails
    # is ruled out here.
    return 2 * common >= partial * (n + common) - 1e-9


def _edit_reason(short: Shingled, long: Shingled) -> MatchReason:
    # Trimmed when one stretch of identical words makes up most of the shorter quote: the two differ at
    # their ends.  Otherwise words changed inside: a variant.
    longest = max((block.size for block in Indel.opcodes(short.codes, long.codes).as_matching_blocks()), default=0)
    return "trimmed" if longest >= 0.8 * len(short.codes) else "variant"


def _variant_length_bound(common: float, variant: float) -> float:
    """The most words a sentence of either quote can have and still be a variant of one of the other's sentences.

    ``common`` is the longest common subsequence of the two whole quotes, which no two of their sentences
    beat (a sentence is a piece of its quote).  Sentences ``s`` and ``t`` are variants when
    ``2 lcs / (|s| + |t|) >= variant``, and ``lcs <= |t|``, so ``|s| <= lcs (2 - variant) / variant``; the same
    holds for ``t``.  Most pairs that reach the sentence-by-sentence test in a large speaker group share a
    few words scattered over both quotes: their sentences are too long to count, and the pair is ruled out
    before any sentence is cut or aligned.

    >>> _variant_length_bound(7, 0.7)  # seven words in common: no sentence of 14 words has a variant
    13.0
    >>> _variant_length_bound(7, 0.0)
    inf
    """
    if variant <= 0:
        return math.inf
    return float(math.floor(common * (2 - variant) / variant + 1e-9))


def _sentence_similarity(short: Shingled, long: Shingled, config: ClusterConfig, common: float) -> float:
    # The share-weighted similarity of the shorter quote's sentences that have a variant among the longer
    # one's, when they cover ``coverage`` of it; else 0.  ``common`` is the longest common subsequence of the
    # two quotes, which bounds the length of a sentence that can count (_variant_length_bound).  Quotes of
    # one large speaker group meet here a few times each: the sentences are cut only where their length can
    # count, the best variant of each is found in one C call (process.extractOne), and the test stops once
    # the sentences left cannot reach coverage.
    least = config.sentence_words
    short_breaks, long_breaks = short.breaks, long.breaks
    if len(short_breaks) == 2 and len(long_breaks) == 2:
        return 0.0  # one sentence each: the whole quotes were compared already, and did not match
    most = _variant_length_bound(common, config.variant)
    codes = short.codes
    sentences = [codes[start:end] for start, end in itertools.pairwise(short_breaks) if least <= end - start <= most]
    need = config.coverage * len(codes)
    left = sum(map(len, sentences))
    if left < need:
        return 0.0
    codes = long.codes
    others = [codes[start:end] for start, end in itertools.pairwise(long_breaks) if least <= end - start <= most]
    if not others:
        return 0.0
    covered = 0
    weighted = 0.0
    for sentence in sentences:
        found = extract_best(sentence, others, scorer=Indel.normalized_similarity, score_cutoff=config.variant)
        best = found[1] if found is not None else 0.0
        size = len(sentence)
        left -= size
        if best:
            covered += size
            weighted += best * size
        elif covered + left < need:
            return 0.0
    if covered and covered >= need:
        return weighted / covered
    return 0.0


def compare(
    a: str,
    b: str,
    *,
    kinds: tuple[str, str] = ("direct", "direct"),
    config: ClusterConfig = DEFAULT_CONFIG,
) -> Match | None:
    """:func:`similarity` on two texts (assumed to be one speaker's).

    >>> compare("I mean that NATO must have a global vision, a willingness to deal with global threats",
    ...         "I mean that NATO must have a global outlook, ready to tackle global threats")
    Match(score=0.733, reason='variant')
    >>> compare("We need a global NATO.", "We need a global NATO. By saying this, I don't mean expanding it.")
    Match(score=1.0, reason='fragment')
    >>> compare("We need a global NATO", "We must ensure that democracies like Taiwan can defend themselves") is None
    True
    """
    vocabulary = Vocabulary()
    return similarity(shingle(a, vocabulary), shingle(b, vocabulary), kinds=kinds, config=config)


# --------------------------------------------------------------------------------------------------
# The core: clusters of lightweight tuples


def _kind(item: Item) -> str:
    return item[3] if len(item) > 3 else "direct"


def cluster_group(items: Sequence[Item], *, config: ClusterConfig = DEFAULT_CONFIG) -> list[int]:
    """Cluster the quotes of one speaker: for each item, the position of its cluster's first item.

    "First" is by quote id, and items are visited in id order, so the result does not depend on the
    order of ``items``: any engine that hands a worker the same group gets the same clusters.

    >>> cluster_group([("b", "truss", "We need a global NATO, a NATO with a global vision."),
    ...                ("a", "truss", "We need a global NATO"),
    ...                ("c", "truss", "Heavy weapons, tanks, aeroplanes: we need to do all of this.")])
    [1, 1, 2]
    """
    with collector_paused():
        return _cluster_group(items, config)


def _cluster_group(
    items: Sequence[Item],
    config: ClusterConfig,
    vocabulary: Vocabulary | None = None,
    codes: list[str | None] | None = None,
) -> list[int]:
    # With ``codes``, each item's word codes are kept there for the text pass (same vocabulary for all; ""
    # for a term, which the text pass skips).
    n = len(items)
    order = sorted(range(n), key=lambda i: items[i][0])
    sets = UnionFind(n)
    vocabulary = vocabulary if vocabulary is not None else Vocabulary()
    prepared: list[Shingled | None] = [None] * n
    kinds: list[str] = [""] * n
    first_with_codes: dict[str, int] = {}
    # A key's posting: the one position holding it, or a list of them once several do (most keys are
    # held by one quote alone, and an int costs less than a list), or _STOPPED.
    postings: dict[int | str, int | list[int]] = {}
    posted = postings.__getitem__
    held = postings.keys()
    stopped = _STOPPED
    cap = config.key_cap
    find = sets.find
    same_text: dict[str, tuple[int, str]] = {}
    for position, i in enumerate(order):
        item = items[i]
        kind = item[3] if len(item) > 3 else "direct"  # as _kind, inline
        if kind == "term":  # never clustered, and skipped by the text pass
            if codes is not None:
                codes[i] = ""
            continue
        seen = same_text.get(item[2])
        if seen is not None:  # the very same text: the same codes, the same cluster
            if codes is not None:
                codes[i] = seen[1]
            sets.union(seen[0], position)
            continue
        shingled = shingle(item[2], vocabulary)
        if codes is not None:
            codes[i] = shingled.codes
        if len(shingled.codes) < config.min_words:
            continue
        same_text[item[2]] = (position, shingled.codes)
        twin = first_with_codes.get(shingled.codes)
        if twin is not None:  # an exact repeat: no need to index it twice
            sets.union(twin, position)
            continue
        first_with_codes[shingled.codes] = position
        prepared[position] = shingled
        kinds[position] = kind
        keys = _trigrams(shingled.codes)
        keys.update(band_keys(shingled))
        known = keys & held
        if len(known) < len(keys):  # most keys are new: nothing to compare with yet, one store for all
            keys -= known
            postings.update(dict.fromkeys(keys, position))
        candidates: set[int] = set()
        for key in known:
            posting = posted(key)
            if isinstance(posting, int):  # held by one quote so far
                postings[key] = [posting, position]
                candidates.add(posting)
                continue
            if posting is stopped:
                continue
            if len(posting) >= cap:
                posting = _one_per_cluster(posting, sets)
                if len(posting) >= cap:
                    postings[key] = stopped
                    continue
                postings[key] = posting
            candidates.update(posting)
            posting.append(position)
        root = find(position)
        for other in sorted(candidates):
            if find(other) == root:
                continue
            other_shingled = prepared[other]
            assert other_shingled is not None
            if similarity(other_shingled, shingled, kinds=(kinds[other], kinds[position]), config=config):
                root = sets.union(other, position)
    labels = [0] * n
    for position, i in enumerate(order):
        labels[i] = order[sets.find(position)]
    return labels


_STOPPED: list[int] = []
"""The posting of a stop key (compared by identity): a key too common to say anything about identity."""


def _trigrams(codes: str) -> set[int | str]:
    # Every run of three word codes (the whole quote when shorter): within one run of the clustering, codes
    # stand for words one to one, so these keys relate the same quotes as trigram_keys, at a third of the cost.
    if len(codes) < 3:
        return {codes} if codes else set()
    return {codes[i : i + 3] for i in range(len(codes) - 2)}


def _one_per_cluster(posting: list[int], sets: UnionFind) -> list[int]:
    # Keep the latest member of each cluster: later quotes are compared with one rendering per cluster.
    seen: set[int] = set()
    kept: list[int] = []
    for position in reversed(posting):
        root = sets.find(position)
        if root not in seen:
            seen.add(root)
            kept.append(position)
    kept.reverse()
    return kept


def group_items(items: Sequence[Item]) -> dict[str | None, list[int]]:
    """Positions of ``items`` by speaker key: the blocks that are clustered independently.

    >>> group_items([("q0", "truss", "a"), ("q1", None, "b"), ("q2", "truss", "c")])
    {'truss': [0, 2], None: [1]}
    >>> group_items([])
    {}
    """
    groups: dict[str | None, list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault(item[1], []).append(i)
    return groups


def group_labels(items: Sequence[Item], *, config: ClusterConfig = DEFAULT_CONFIG) -> list[int]:
    """The speaker-guarded half of :func:`cluster_items`: each speaker group clustered alone.

    Items without a speaker key are left alone here; only their words can join them to others
    (:func:`join_by_text`).  Engines that spread groups over workers compute these labels their own
    way and finish with :func:`join_by_text`, so every engine gets the same clusters.

    >>> words = "We will not raise taxes on working families this year"
    >>> group_labels([("q0", "truss", words), ("q1", "truss", words), ("q2", None, words)])
    [0, 0, 2]
    >>> group_labels([("q0", "truss", words), ("q1", "sunak", words)])
    [0, 1]
    """
    return list(_group_pass(items, config)[0])


_VOCABULARY_LIMIT = 1_000_000
"""Distinct words one vocabulary takes before a run stops sharing codes between its two passes
(codes are characters: a little over a million exist)."""


_Shared = tuple[list[str | None], Vocabulary]

_FORKED: Sequence[Item] = ()
"""The items forked group workers read: set just before the workers start, so none is pickled."""

_SEED = Vocabulary()
"""The vocabulary forked group workers start from (see :func:`_seeded_vocabulary`), set with ``_FORKED``."""

_SEED_EVERY = 64
"""One quote in this many gives its words to the vocabulary every group worker starts from."""


def _seeded_vocabulary(items: Sequence[Item]) -> Vocabulary:
    """A vocabulary of the words of one quote in ``_SEED_EVERY``, from which every group worker starts.

    The workers give a word they meet first its next code, each in its own order, so the parent maps a
    worker's codes onto its own before comparing texts across workers: through a table, character by
    character.  Words are few and frequent ones many: a sample of the quotes already holds most of the words
    the rest use (some 99.8% of them in the benchmark's corpus), and a word of the seed has the same code in
    every worker, so only the characters of words outside it need mapping.

    >>> seed = _seeded_vocabulary([("q0", None, "We need NATO"), ("q1", None, "They need NATO")])
    >>> [word for _, word in seed.codes()]
    ['we', 'need', 'nato']
    """
    vocabulary = Vocabulary()
    encode = vocabulary.encode
    for item in itertools.islice(items, 0, None, _SEED_EVERY):
        encode(item[2])
    return vocabulary


def _group_worker(
    task: tuple[int, list[list[int]], list[int], ClusterConfig, int],
) -> tuple[int, array[int], _Shipped]:
    # One worker's share: its groups clustered, and the word codes of every item it was dealt, the groups'
    # items in turn, then the items in no group, which only the text pass reads ("" for a term).  Returns
    # the share's number, the labels that moved as flat (item, label) pairs, and what the parent maps onto
    # its own codes (see _Shipped; the new words are those added to the ``seeded`` of the worker's starting
    # vocabulary, this process's copy of _SEED).
    number, groups, rest, config, seeded = task
    vocabulary = _SEED
    moved = array("q")
    codes: list[str | None] = []
    with collector_paused():
        for positions in groups:
            local_codes: list[str | None] = [None] * len(positions)
            local = _cluster_group([_FORKED[i] for i in positions], config, vocabulary, local_codes)
            for i, label in zip(positions, local, strict=True):
                if positions[label] != i:
                    moved.append(i)
                    moved.append(positions[label])
            codes += local_codes
        encode = vocabulary.encode
        codes += ["" if _kind(item) == "term" else encode(item[2]) for item in map(_FORKED.__getitem__, rest)]
        given = vocabulary.codes()[seeded:]
        packed = _pack(codes)  # type: ignore[arg-type]  # every item's codes are set by now
        del codes
        return number, moved, (packed, "".join(code for code, _ in given), _pack([word for _, word in given]))


_Shipped = tuple[list[bytes], str, list[bytes]]
"""What a group worker hands back for the text pass: the codes of its items packed (:func:`_pack`), then
the words it added to the seed all workers started from: their codes in the order given (each above every
code of the seed), and the words packed."""

_SEPARATOR = " "
"""Between the strings of a packed list: neither a word code (U+0100 on) nor part of a word."""


_PACKED_STRINGS = 16_384
"""Strings per packed block: blocks of a megabyte or so, which the allocator reuses one after the other,
where one block of a worker's every code would leave its tens of megabytes behind on the parent's heap."""


def _pack(strings: list[str]) -> list[bytes]:
    """Strings as a few blocks of bytes, for a worker to hand back to the parent.

    Pickling a list of half a million short strings encodes each one apart, and unpickling builds them one
    by one: joined strings encoded as UTF-16 (a copy, for the two-byte strings word codes mostly are) cost
    a small part of that on both sides.  Each string is followed by the separator, so that an empty
    string survives the trip.

    >>> list(_unpack(_pack(["\u0100\u0101", "", "nato"]))), list(_unpack(_pack([""]))), list(_unpack(_pack([])))
    (['\u0100\u0101', '', 'nato'], [''], [])
    """
    step = _PACKED_STRINGS
    return [
        (_SEPARATOR.join(strings[start : start + step]) + _SEPARATOR).encode("utf-16-le")
        for start in range(0, len(strings), step)
    ]


def _unpack(blocks: list[bytes], table: list[str] | None = None, first: str = "\U0010ffff") -> Iterator[str]:
    """The strings of :func:`_pack`, with each character from ``first`` on mapped through ``table`` when given.

    Only the runs of such characters are mapped (``str.translate`` looks every character up apart).  Each
    block is let go of as soon as its strings are out.

    >>> table = [""] * 0x101 + ["\u0100", "\u0102"]  # U+0101 -> U+0100, U+0102 -> U+0102
    >>> list(_unpack(_pack(["\u00ff\u0101", "", "\u0102"]), table, "\u0101")) == ["\u00ff\u0100", "", "\u0102"]
    True
    """
    mapped = None if table is None else _mapper(table, first)
    for number, block in enumerate(blocks):
        blocks[number] = b""
        joined = block.decode("utf-16-le")
        del block
        if mapped is not None:
            joined = mapped(joined)
        strings = joined.split(_SEPARATOR)
        del joined
        strings.pop()  # what follows the last separator: nothing
        yield from strings


def _mapper(table: list[str], first: str) -> Callable[[str], str]:
    # A text with its runs of characters from ``first`` to the last code point (surrogates are never codes)
    # mapped through ``table``.
    runs = re.compile(f"[{re.escape(first)}-\U0010ffff]+")
    return functools.partial(runs.sub, lambda run: run[0].translate(table))


def _cluster_forked(items: Sequence[Item], config: ClusterConfig, jobs: int) -> list[int]:
    # cluster_items with ``jobs`` forked workers.  Every item's words are read in a worker: the speaker
    # groups, largest first to the least loaded worker, and the items in no group split evenly (the text
    # pass needs their codes too).  This process sorts the ids before they start, then maps each worker's
    # codes onto one vocabulary, in id order, as soon as that worker is done (one worker's strings at a time).
    global _FORKED, _SEED
    grouped = group_items(items)
    groups = sorted((g for key, g in grouped.items() if key is not None and len(g) > 1), key=len, reverse=True)
    rest = sorted(i for key, g in grouped.items() if key is None or len(g) < 2 for i in g)
    del grouped
    shares: list[list[list[int]]] = [[] for _ in range(jobs)]
    loads = [0] * jobs
    for group in groups:
        least = loads.index(min(loads))
        shares[least].append(group)
        loads[least] += len(group)
    rests = [rest[number * len(rest) // jobs : (number + 1) * len(rest) // jobs] for number in range(jobs)]
    del groups, rest
    ordered: list[str | None] | None = [None] * len(items)
    with collector_paused():
        vocabulary = _seeded_vocabulary(items)
        # Before the workers start, not while they run: sorting the ids beside two workers took three times
        # the CPU it takes alone at a million quotes (the three processes share two cores and one cache).
        order, rank = _id_order(items)
    _FORKED, _SEED = items, vocabulary
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool, collector_paused():
            work = [(number, shares[number], rests[number], config, len(vocabulary)) for number in range(jobs)]
            results = pool.imap_unordered(_group_worker, work)
            del work
            sets = UnionFind(len(items))
            parent = sets.parent
            for number, moved, shipped in results:
                # A group's label is its cluster's first item by id, a root: it becomes the parent directly.
                for i, label in zip(moved[::2], moved[1::2], strict=True):
                    parent[rank[i]] = rank[label]
                dealt = itertools.chain(itertools.chain.from_iterable(shares[number]), rests[number])
                if ordered is not None and not _take_codes(ordered, rank, dealt, shipped, vocabulary):
                    ordered = None  # too many words to share codes: the text pass reads the texts again
                del moved, shipped  # a worker's strings, now copied or translated
    finally:
        _FORKED, _SEED = (), Vocabulary()
    del shares, rests
    with collector_paused():
        if ordered is None:
            _join_texts([None] * len(items), sets, config, jobs, _reader(items, order, Vocabulary()))
        else:
            _join_texts(ordered, sets, config, jobs)
        return _labels(order, rank, sets)


def _take_codes(
    ordered: list[str | None],
    rank: array[int],
    dealt: Iterable[int],
    shipped: _Shipped,
    vocabulary: Vocabulary,
) -> bool:
    # One worker's codes of the items ``dealt`` to it, mapped onto ``vocabulary`` and stored at the items'
    # ranks; False, storing nothing, when the words would take the vocabulary past its limit.
    packed, given, words_given = shipped
    if len(vocabulary) + len(given) > _VOCABULARY_LIMIT:
        return False
    # The first worker's words are taken as they are (the parent's vocabulary is still the seed), so half
    # the codes need no mapping at all; the other's are mapped where they lie outside the seed.
    table: list[str] = [""] * (ord(given[-1]) + 1 if given else 0)
    same = True
    for code, word in zip(given, _unpack(words_given), strict=True):
        table[ord(code)] = mine = vocabulary.code(word)
        same = same and mine == code
    for i, found in zip(dealt, _unpack(packed) if same else _unpack(packed, table, given[0]), strict=True):
        ordered[rank[i]] = found
    return True


def _id_order(items: Sequence[Item]) -> tuple[array[int], array[int]]:
    # The positions of the items sorted by id, and each item's rank in that order (eight bytes a quote
    # each, where a list of ints takes some forty).
    ids = [item[0] for item in items]
    order = array("q", sorted(range(len(ids)), key=ids.__getitem__))
    del ids
    rank = array("q", bytes(8 * len(order)))
    for r, i in enumerate(order):
        rank[i] = r
    return order, rank


def _labels(order: array[int], rank: array[int], sets: UnionFind) -> list[int]:
    # Sets over ranks to labels over positions: each item's cluster's first item by id.
    roots = sets.roots()
    return [order[roots[r]] for r in rank]


def _reader(items: Sequence[Item], order: array[int], vocabulary: Vocabulary) -> Callable[[int], str]:
    # The word codes of the item at a rank, read from its text ("" for a term, which the text pass skips).
    encode = vocabulary.encode

    def read(r: int) -> str:
        item = items[order[r]]
        return "" if _kind(item) == "term" else encode(item[2])

    return read


def _group_pass(items: Sequence[Item], config: ClusterConfig) -> tuple[array[int], _Shared | None]:
    # The labels, and each grouped item's word codes (one vocabulary for the whole run) so that the text
    # pass need not read those texts again; None for the codes if the vocabulary had to be renewed.
    labels = array("q", range(len(items)))
    vocabulary = Vocabulary()
    codes: list[str | None] | None = [None] * len(items)
    with collector_paused():
        for key, positions in group_items(items).items():
            if key is None or len(positions) < 2:
                continue
            if len(vocabulary) > _VOCABULARY_LIMIT:
                vocabulary, codes = Vocabulary(), None
            local_codes: list[str | None] | None = [None] * len(positions) if codes is not None else None
            local = _cluster_group([items[i] for i in positions], config, vocabulary, local_codes)
            for number, (i, label) in enumerate(zip(positions, local, strict=True)):
                labels[i] = positions[label]
                if codes is not None and local_codes is not None:
                    codes[i] = local_codes[number]
    return labels, (codes, vocabulary) if codes is not None else None


def cluster_items(items: Sequence[Item], *, config: ClusterConfig = DEFAULT_CONFIG, jobs: int = 1) -> list[int]:
    """Cluster labels for plain tuples: for each item, the position of its cluster's first item (by id).

    Text decides first: renderings with the same words (``text_words`` or more) or sharing a long
    verbatim run (``shared_run``) join whatever their speakers, so a quote whose speaker is unknown
    (``None``) still finds its twins.  Every weaker match (a variant, a paraphrase, a short fragment)
    needs the same speaker key.  This is the whole clustering, on tuples light enough for a million
    quotes; :func:`cluster_documents` builds on it.  With ``jobs`` above 1 (where processes can be
    forked), the speaker groups are clustered by that many worker processes: same labels, less time.

    >>> cluster_items([("q1", "truss", "We need a global NATO. It must have a global vision."),
    ...                ("q2", "lavrov", "We need a global NATO, with a global vision."),
    ...                ("q3", "truss", "We need a global NATO"), ("q4", None, "We need a global NATO"),
    ...                ("q5", None, "we need a global NATO. It must have a global vision!")])
    [0, 1, 0, 3, 0]
    """
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        return _cluster_forked(items, config, jobs)
    # Handed over in a list that _join empties, so that the group labels and the codes list are freed
    # as soon as the text pass has read them: a million quotes' worth each.
    return _join(items, list(_group_pass(items, config)), config)


def join_by_text(items: Sequence[Item], labels: Sequence[int], *, config: ClusterConfig = DEFAULT_CONFIG) -> list[int]:
    """``labels`` (positions of each item's cluster head) joined by the text alone, whatever the speakers.

    Two renderings join when they have the same normalised words (case, accents and punctuation
    folded), at least ``text_words`` of them, or when they share a run of at least ``shared_run`` words
    that makes up ``trimmed`` of the shorter one (all of it when it is contained in the longer).
    Returns labels of the same form: the position of the cluster's first item by id.

    >>> items = [("a", "truss", "We will stand with Ukraine for as long as it takes"),
    ...          ("b", None, "“We will stand with Ukraine for as long as it takes.”"),
    ...          ("c", None, "We will stand with Ukraine")]
    >>> join_by_text(items, [0, 1, 2])
    [0, 0, 2]
    """
    return _join(items, [labels, None], config)


def _join(items: Sequence[Item], passed: list[Any], config: ClusterConfig, jobs: int = 1) -> list[int]:
    # ``passed`` holds the group labels and the shared codes (or None), taken out here.
    shared: _Shared | None = passed.pop()
    labels: Sequence[int] = passed.pop()
    n = len(items)
    order, rank = _id_order(items)
    sets = UnionFind(n)
    with collector_paused():
        for i, label in enumerate(labels):
            if label != i:
                sets.union(rank[i], rank[label])
        del labels
        if shared is None:
            _join_texts([None] * n, sets, config, jobs, _reader(items, order, Vocabulary()))
        else:
            codes, vocabulary = shared
            ordered = [codes[i] for i in order]
            del codes, shared
            _join_texts(ordered, sets, config, jobs, _reader(items, order, vocabulary))
        return _labels(order, rank, sets)


def _join_texts(
    codes: list[str | None],
    sets: UnionFind,
    config: ClusterConfig,
    jobs: int = 1,
    read: Callable[[int], str] | None = None,
) -> None:
    # ``codes`` holds the word codes of the items in id order ("" for an item the pass skips, None for one
    # whose codes ``read`` gives), and sets are over the same positions; codes are dropped as soon as they
    # are no longer needed.  First pass: exact repeats joined, and the anchors of each distinct text long
    # enough to share a run (see _anchor_positions).  Second pass: every text finds which of its runs are
    # anchors (see _run_partners), in ``jobs`` forked processes when above 1 (the pairs they find are
    # joined here: the same sets, whatever the order of the unions).
    run = config.shared_run
    least = max(min(config.text_words, run), config.min_words)
    cap = config.key_cap
    union = sets.union
    first_of: dict[str, int] = {}
    texts: list[int] = []
    anchors: _Anchors = {}
    cuts_of: dict[int, tuple[slice, ...]] = {}  # by length: the runs that are a text's anchors
    for position, text in enumerate(codes):
        if text is None:
            text = read(position) if read is not None else ""
        length = len(text)
        if length < least:
            codes[position] = None
            continue
        twin = first_of.setdefault(text, position)
        if twin != position:
            if length >= config.text_words:
                union(twin, position)
            codes[position] = None
            continue
        if length < run:
            codes[position] = None
            continue
        codes[position] = text
        texts.append(position)
        cuts = cuts_of.get(length)
        if cuts is None:
            cuts = cuts_of[length] = tuple(slice(i, i + run) for i in _anchor_positions(length, config))
        # Most texts (twelve words or more) have one anchor: no set to build for it.
        for anchor in (hash(text[cuts[0]]),) if len(cuts) == 1 else set(map(hash, map(text.__getitem__, cuts))):
            held = anchors.get(anchor)
            if held is None:
                anchors[anchor] = position
            elif isinstance(held, int):
                anchors[anchor] = [held, position]
            elif len(held) < cap:
                held.append(position)
    del first_of
    held_keys = set(anchors)  # the first test of every run: see _run_partners
    if jobs > 1 and len(texts) >= _FORK_TEXTS:
        global _LOOKUP
        _LOOKUP = (texts, codes, anchors, held_keys, sets, config)
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                found = pool.map(_lookup_share, [(number, jobs) for number in range(jobs)])
        finally:
            _LOOKUP = None
        for pairs in found:
            for a, b in zip(pairs[::2], pairs[1::2], strict=True):
                union(a, b)
        return
    for position in texts:
        for other in _run_partners(position, codes, anchors, held_keys, run):
            if not sets.same(other, position) and _share_run(codes[other] or "", codes[position] or "", config):
                union(other, position)


_FORK_TEXTS = 50_000
"""Texts the text pass needs before its look-ups are worth forking processes for."""

_Anchors = dict[int, int | list[int]]
"""Anchor (the hash of a run of word codes) -> the text holding it, or the list of them once several do."""

_LOOKUP: tuple[list[int], list[str | None], _Anchors, set[int], UnionFind, ClusterConfig] | None = None
"""What forked look-up workers read: set just before they start, so none of it is pickled."""


def _run_partners(
    position: int,
    codes_at: Sequence[str | None],
    anchors: _Anchors,
    held_keys: set[int],
    run: int,
) -> list[int]:
    # The texts holding an anchor that is one of this text's runs: the candidates to share a run with it.
    # ``held_keys`` is the set of the anchors: one in sixteen runs is one, and a set answers a run that is
    # not from the one slot it hashes to (a key and its hash side by side), where the dictionary, as large,
    # reads its index and then, for one slot in three or so, an entry elsewhere.  At a million quotes both
    # outgrow the processor's caches, and the set's intersection with a text's runs (one C loop) costs some
    # two fifths less than the dictionary's look-ups one by one; only the runs found are then looked up.
    text = codes_at[position] or ""
    found: set[int] = set()
    for anchor in held_keys.intersection([hash(text[i : i + run]) for i in range(len(text) - run + 1)]):
        held = anchors[anchor]
        if isinstance(held, int):
            found.add(held)
        else:
            found.update(held)
    found.discard(position)
    return sorted(found)


def _lookup_share(share: tuple[int, int]) -> array[int]:
    # One forked worker's share of the second pass (every ``jobs``-th text): the pairs that share a run and
    # were not joined before the pass, flat (a, b, a, b ...).  Sets are only read here.
    assert _LOOKUP is not None
    texts, codes_at, anchors, held_keys, sets, config = _LOOKUP
    number, jobs = share
    run = config.shared_run
    find = sets.find
    pairs = array("q")
    for position in texts[number::jobs]:
        partners = _run_partners(position, codes_at, anchors, held_keys, run)
        if not partners:
            continue
        text = codes_at[position] or ""
        root = find(position)  # sets do not change here
        for other in partners:
            if find(other) != root and _share_run(codes_at[other] or "", text, config):
                pairs.append(other)
                pairs.append(position)
    return pairs


def _anchor_positions(length: int, config: ClusterConfig) -> range:
    """Where the runs that stand for a text of ``length`` words start: every long enough shared run holds one.

    A shared run making up ``trimmed`` of the text, and at least ``shared_run`` words, starts at some
    ``a <= last = length - least`` and holds every run of ``shared_run`` words starting in
    ``[a, a + least - shared_run]``; positions ``last, last - step, ...`` (``step = least - shared_run + 1``)
    hit every such interval.  One to three anchors for most quotes.

    >>> list(_anchor_positions(30, ClusterConfig())), list(_anchor_positions(10, ClusterConfig()))
    ([6], [2, 1, 0])
    """
    least = max(config.shared_run, -(-int(config.trimmed * 100) * length // 100))
    return range(length - least, -1, -(least - config.shared_run + 1))


def _share_run(a: str, b: str, config: ClusterConfig) -> bool:
    return text_match(a, b, config=config) is not None


def text_match(a: str, b: str, *, config: ClusterConfig = DEFAULT_CONFIG) -> Match | None:
    """Whether two renderings' words alone make them one quotation, whatever their speakers, and why.

    ``a`` and ``b`` are word codes from one :class:`~quoteattr.shingles.Vocabulary` (or any two
    strings with one character per word): the same words, at least ``text_words``; or a verbatim run of
    at least ``shared_run`` words making up ``trimmed`` of the shorter (a contained fragment or a
    rendering trimmed at its ends).

    >>> text_match("abcdefgh", "abcdefgh"), text_match("abcdefgh", "xxabcdefghyy")
    (Match(score=1.0, reason='exact'), Match(score=1.0, reason='fragment'))
    >>> text_match("abcdefghij", "zabcdefghi"), text_match("abcdefg", "xxabcdefgyy")
    (Match(score=1.0, reason='trimmed'), None)
    """
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if short == long:
        return Match(1.0, "exact") if len(short) >= config.text_words else None
    if len(short) < config.shared_run:
        return None
    if short in long:
        return Match(1.0, "trimmed" if len(short) >= config.trimmed * len(long) else "fragment")
    # A common run of at least ``least`` words exists when one of the short text's runs of exactly that
    # length is in the long one: a few substring searches in C, where finding the longest common run
    # (difflib) walks both texts in Python.
    least = max(config.shared_run, math.ceil(config.trimmed * len(short)))
    if any(short[i : i + least] in long for i in range(len(short) - least + 1)):
        return Match(1.0, "trimmed")
    return None


def memberships(ids: Sequence[str], labels: Sequence[int]) -> set[frozenset[str]]:
    """Clusters as a set of frozensets of ids: a form that compares equal whatever the engine.

    >>> sorted(sorted(c) for c in memberships(["a", "b", "c"], [0, 0, 2]))
    [['a', 'b'], ['c']]
    """
    clusters: dict[int, set[str]] = {}
    for quote_id, label in zip(ids, labels, strict=True):
        clusters.setdefault(label, set()).add(quote_id)
    return {frozenset(c) for c in clusters.values()}


# --------------------------------------------------------------------------------------------------
# Speakers: corpus-wide ids from linking, name keys for speakers linking leaves without one


def person_keys(
    names: Iterable[str], *, same_person: Callable[[str, str], bool] | None = same_speaker
) -> dict[str, str]:
    """A corpus-wide person key for each speaker name.

    Names are first blocked by :func:`~quoteattr.speaker_keys.speaker_key` (the surname); within a block,
    ``same_person`` (:func:`quoteattr.speaker_keys.same_speaker` unless given; ``None`` takes every name of a
    block for one person) splits different people sharing a surname, longer names first so that
    "Truss" joins "Liz Truss".  The key is the normalised longest name.

    >>> keys = person_keys(["Truss", "Liz Truss", "Sergei Lavrov"])
    >>> keys["Truss"] == keys["Liz Truss"], keys["Sergei Lavrov"]
    (True, 'sergei-lavrov')
    """
    blocks: dict[str, list[str]] = {}
    for name in set(names):
        key = speaker_key(name)
        if key is not None:
            blocks.setdefault(key, []).append(name)
    result: dict[str, str] = {}
    for block in blocks.values():
        block.sort(key=lambda name: (-len(words(name)), name))
        people: list[str] = []
        for name in block:
            match = None
            if same_person is not None:
                match = next((p for p in people if same_person(p, name)), None)
            elif people:
                match = people[0]
            if match is None:
                people.append(name)
                match = name
            result[name] = "-".join(words(match))
    return result


# --------------------------------------------------------------------------------------------------
# Documents in, clusters out


def cluster_documents(
    documents: Sequence[Document], *, link: bool = True, config: ClusterConfig = DEFAULT_CONFIG
) -> tuple[list[Document], list[QuoteCluster]]:
    """Cluster every quote across ``documents``; return the documents with ``Quote.cluster`` set, and the clusters.

    With ``link``, speakers are linked first (:func:`quoteattr.speakers.link_speakers`), which gives
    them corpus-wide ``speaker.id`` values.  Who is who, for clustering, is decided by name
    (:func:`person_keys`: the speaker key, then :func:`~quoteattr.speaker_keys.same_speaker`), the one
    notion of a person the quote index applies too, so both find the same clusters.  A quote with no
    speaker, or a pronoun that resolves to nobody, joins others by its words alone, and then takes
    the speaker its cluster agrees on (:func:`lend_speakers`).  Quotes of kind ``term`` and quotes
    under ``min_words`` words get no cluster.
    Every other quote gets one, a singleton if nothing matched.

    >>> import quoteattr
    >>> docs = [quoteattr.extract("“We need a global NATO,” Truss said.", doc_id="a")]
    >>> docs, clusters = cluster_documents(docs)
    >>> [len(c.members) for c in clusters]
    [1]
    """
    if link:
        documents = link_speakers(list(documents))
    quotes: list[tuple[Quote, Document]] = [(q, d) for d in documents for q in d.quotes]
    keys = person_keys([q.speaker.name for q, _ in quotes if q.speaker is not None and not unresolved(q.speaker)])
    items: list[Item] = []
    chosen: list[int] = []
    for number, (quote, _) in enumerate(quotes):
        if quote.kind == "term" or len(words(quote.text)) < config.min_words:
            continue
        key: str | None = None
        if quote.speaker is not None and not unresolved(quote.speaker):
            key = keys.get(quote.speaker.name)
        items.append((quote.id, key, quote.text, quote.kind))
        chosen.append(number)
    labels = cluster_items(items, config=config)
    members: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        members.setdefault(label, []).append(position)
    vocabulary = Vocabulary()
    cluster_of: dict[int, str] = {}
    clusters: list[QuoteCluster] = []
    for positions in members.values():
        record = build_cluster(
            [QuoteInfo.of(*quotes[chosen[p]]) for p in positions], vocabulary=vocabulary, config=config
        )
        clusters.append(record)
        for p in positions:
            cluster_of[chosen[p]] = record.id
    updated: list[Document] = []
    number = 0
    for document in documents:
        new_quotes = []
        for quote in document.quotes:
            new_quotes.append(quote.model_copy(update={"cluster": cluster_of.get(number)}))
            number += 1
        updated.append(document.model_copy(update={"quotes": new_quotes}))
    return lend_speakers(updated, clusters), clusters


class QuoteInfo(NamedTuple):
    """What describing a cluster needs of each member quote; light enough to keep for a corpus."""

    id: str
    doc: str
    kind: str
    text: str
    date: dt.date | None = None
    speaker: str | None = None
    speaker_id: str | None = None
    named: bool = True
    """Whether ``speaker`` names someone: ``False`` for a pronoun that resolved to nobody."""

    @classmethod
    def of(cls, quote: Quote, document: Document | None = None) -> QuoteInfo:
        """The info of a quote record (its date, else its document's publication date)."""
        published = document.published if document is not None else None
        speaker = quote.speaker
        return cls(
            quote.id,
            quote.doc,
            quote.kind,
            quote.text,
            quote.date or published,
            speaker.name if speaker else None,
            speaker.id if speaker else None,
            speaker is not None and not unresolved(speaker),
        )


def cluster_id(quote_ids: Iterable[str]) -> str:
    """The id of the cluster with these members: a hash of the smallest quote id, so every engine agrees.

    >>> cluster_id(["b:q1", "a:q3"]) == cluster_id(["a:q3"])
    True
    """
    return "c" + hashlib.blake2b(min(quote_ids).encode("utf-8"), digest_size=6).hexdigest()


def build_cluster(
    members: Sequence[QuoteInfo], *, vocabulary: Vocabulary | None = None, config: ClusterConfig = DEFAULT_CONFIG
) -> QuoteCluster:
    """The :class:`QuoteCluster` record of one cluster's members (given in the order they were seen).

    The representative is the fullest direct rendering (direct or partial before indirect, then the
    longest, then the earliest); first seen is the earliest dated member, or the first member when
    none is dated.  Each member is scored against the representative with :func:`similarity`.

    >>> c = build_cluster([QuoteInfo("a:q0", "a", "direct", "We need a global NATO"),
    ...                    QuoteInfo("b:q2", "b", "direct", "We need a global NATO, I mean it, a global NATO")])
    >>> c.representative, c.first_quote, [m.reason for m in c.members]
    ('b:q2', 'a:q0', ['fragment', 'representative'])
    """
    vocabulary = vocabulary or Vocabulary()
    rep_number, rep = max(enumerate(members), key=lambda e: (e[1].kind != "indirect", len(e[1].text), -e[0]))
    dated = [(m.date, n) for n, m in enumerate(members) if m.date is not None]
    first = members[min(dated)[1]] if dated else members[0]
    rep_shingled = shingle(rep.text, vocabulary)
    records = []
    for number, member in enumerate(members):
        if number == rep_number:
            records.append(ClusterMember(quote=member.id, doc=member.doc, similarity=1.0, reason="representative"))
            continue
        shingled = shingle(member.text, vocabulary)
        match = similarity(shingled, rep_shingled, kinds=(member.kind, rep.kind), config=config)
        if match is None:  # joined through another member; report how close it still is
            score = round(Indel.normalized_similarity(shingled.codes, rep_shingled.codes), 3)
            records.append(ClusterMember(quote=member.id, doc=member.doc, similarity=score, reason="linked"))
        else:
            records.append(ClusterMember(quote=member.id, doc=member.doc, similarity=match.score, reason=match.reason))
    speaker, speaker_id, seen, conflicts = _cluster_speakers(members, rep)
    return QuoteCluster(
        id=cluster_id(m.id for m in members),
        text=rep.text,
        representative=rep.id,
        speaker=speaker,
        speaker_id=speaker_id,
        speakers=seen,
        conflicts=conflicts,
        first_doc=first.doc,
        first_quote=first.id,
        first_date=first.date,
        members=records,
    )


def unresolved(speaker: Speaker | None) -> bool:
    """Whether a quote's speaker leaves it unattributed: none at all, or a pronoun that resolved to nobody.

    >>> unresolved(None), unresolved(Speaker(name="she", mention="she", start=0, end=3, resolution="pronoun"))
    (True, True)
    >>> unresolved(Speaker(name="Liz Truss", mention="she", start=0, end=3, resolution="pronoun"))
    False
    """
    return speaker is None or (speaker.resolution == "pronoun" and speaker.name == speaker.mention)


def _cluster_speakers(
    members: Sequence[QuoteInfo], rep: QuoteInfo
) -> tuple[str | None, str | None, list[str], list[str]]:
    # (speaker, speaker id, every name seen, conflicting people's names).  Names are told apart as
    # people by person_keys; each person is shown by its fullest name.  The cluster's speaker is the
    # representative's when it names one, else the person most members name.
    named = [m for m in members if m.speaker is not None and m.named]
    seen = list(dict.fromkeys(m.speaker for m in named if m.speaker is not None))
    if not named:
        return rep.speaker if rep.named else None, rep.speaker_id if rep.named else None, seen, []
    keys = person_keys(seen)
    people: dict[str, list[QuoteInfo]] = {}
    for m in named:
        assert m.speaker is not None
        people.setdefault(keys.get(m.speaker, m.speaker), []).append(m)
    if rep in named and rep.speaker is not None:
        chosen = keys.get(rep.speaker, rep.speaker)
        speaker, speaker_id = rep.speaker, rep.speaker_id
    else:
        chosen = max(people, key=lambda k: (len(people[k]), -seen.index(people[k][0].speaker or "")))
        speaker = _fullest(people[chosen])
        speaker_id = next((m.speaker_id for m in people[chosen] if m.speaker_id), None)
    conflicts = [_fullest(group) for key, group in people.items() if key != chosen]
    return speaker, speaker_id, seen, conflicts


def _fullest(members: Sequence[QuoteInfo]) -> str:
    return max((m.speaker or "" for m in members), key=lambda name: (len(words(name)), len(name)))


def lend_speakers(documents: Sequence[Document], clusters: Sequence[QuoteCluster]) -> list[Document]:
    """Documents whose unattributed quotes take the speaker their cluster agrees on.

    A quote with no speaker, or with a pronoun that resolved to nobody, in a cluster with a speaker and
    no conflicts gets that speaker, marked ``resolution="cluster"`` with ``source``, the id of the
    member quote that names it.  Every other quote is left as it was.

    >>> import quoteattr
    >>> a = quoteattr.extract("“We will stand with Ukraine for as long as it takes,” Liz Truss said.", doc_id="a")
    >>> b = quoteattr.extract("Britain is firm. “We will stand with Ukraine for as long as it takes.”", doc_id="b")
    >>> docs, clusters = cluster_documents([a, b])
    >>> speaker = docs[1].quotes[0].speaker
    >>> speaker.name, speaker.resolution, speaker.source
    ('Liz Truss', 'cluster', 'a:q0')
    >>> c = quoteattr.extract("“We will stand with Ukraine for as long as it takes,” Boris Johnson said.", doc_id="c")
    >>> docs, clusters = cluster_documents([a, b, c])
    >>> docs[1].quotes[0].speaker is None, clusters[0].speakers, clusters[0].conflicts
    (True, ['Liz Truss', 'Boris Johnson'], ['Boris Johnson'])
    """
    by_id = {c.id: c for c in clusters}
    members: dict[str, list[QuoteInfo]] = {}
    for document in documents:
        for quote in document.quotes:
            if quote.cluster is not None:
                members.setdefault(quote.cluster, []).append(QuoteInfo.of(quote))
    sources: dict[str, str] = {}
    for cluster_id_, infos in members.items():
        record = by_id.get(cluster_id_)
        if record is not None:
            sources.update(speaker_loans(infos, record.speaker, record.conflicts))
    updated: list[Document] = []
    for document in documents:
        quotes = []
        changed = False
        for quote in document.quotes:
            source = sources.get(quote.id)
            if source is not None and quote.cluster is not None:
                record = by_id[quote.cluster]
                quote = lent(quote, record.speaker or "", record.speaker_id, source)
                changed = True
            quotes.append(quote)
        updated.append(document.model_copy(update={"quotes": quotes}) if changed else document)
    return updated


def speaker_loans(members: Sequence[QuoteInfo], speaker: str | None, conflicts: Sequence[str]) -> dict[str, str]:
    """Which members of one cluster take its ``speaker``: quote id -> id of the member that names it.

    Members without a speaker, or with a pronoun that resolved to nobody, take it when the cluster has
    a speaker and no conflicts.  The source is the first member naming ``speaker``, else the first
    member of the alphabetically first name seen.  :func:`lend_speakers`, corpus runs and the quote
    index all lend through this one rule.

    >>> members = [QuoteInfo("a:q0", "a", "direct", "x", speaker="Liz Truss"), QuoteInfo("b:q0", "b", "direct", "x")]
    >>> speaker_loans(members, "Liz Truss", []), speaker_loans(members, "Liz Truss", ["Boris Johnson"])
    ({'b:q0': 'a:q0'}, {})
    """
    if not speaker or conflicts:
        return {}
    first: dict[str, str] = {}
    for m in members:
        if m.speaker is not None and m.named:
            first.setdefault(m.speaker, m.id)
    if not first:
        return {}
    source = first.get(speaker) or first[min(first)]
    return {m.id: source for m in members if m.speaker is None or not m.named}


def lent(quote: Quote, speaker: str, speaker_id: str | None, source: str) -> Quote:
    """``quote`` with the speaker its cluster lends it: ``resolution="cluster"``, ``source`` the naming quote.

    The mention and its offsets are kept when the quote had an unresolved pronoun; else the speaker
    spans nothing, at the quote's start.

    >>> from quoteattr import extract
    >>> bare = extract("“We will not raise taxes on working families this year.”", doc_id="b").quotes[0]
    >>> bare.speaker is None
    True
    >>> given = lent(bare, "Liz Truss", "liz-truss", "a:q0").speaker
    >>> given.name, given.resolution, given.source, given.start == given.end == bare.start
    ('Liz Truss', 'cluster', 'a:q0', True)
    """
    old = quote.speaker
    record = Speaker(
        name=speaker,
        mention=old.mention if old else "",
        start=old.start if old else quote.start,
        end=old.end if old else quote.start,
        resolution="cluster",
        id=speaker_id,
        source=source,
    )
    return quote.model_copy(update={"speaker": record})


def cluster_speaker(members: Sequence[QuoteInfo]) -> tuple[str | None, str | None, list[str]]:
    """The speaker, speaker id and conflicts :func:`build_cluster` gives these members, without scoring them.

    >>> cluster_speaker([QuoteInfo("a:q0", "a", "direct", "x", speaker="Liz Truss"),
    ...                  QuoteInfo("b:q0", "b", "direct", "x y")])
    ('Liz Truss', None, [])
    """
    rep = max(enumerate(members), key=lambda e: (e[1].kind != "indirect", len(e[1].text), -e[0]))[1]
    speaker, speaker_id, _, conflicts = _cluster_speakers(members, rep)
    return speaker, speaker_id, conflicts


def cluster(
    documents: Sequence[Document], *, link: bool = True, config: ClusterConfig = DEFAULT_CONFIG
) -> list[QuoteCluster]:
    """The clusters of every quote across ``documents`` (see :func:`cluster_documents`).

    >>> import quoteattr
    >>> [c.text for c in quoteattr.cluster([quoteattr.extract("“We need a global NATO,” Truss said.")])]
    ['We need a global NATO,']
    """
    return cluster_documents(documents, link=link, config=config)[1]
