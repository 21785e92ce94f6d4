"""Stage 7: the same utterance across articles, as one cluster.

A cluster is one thing one speaker said, however it was rendered: exact
repeats, different trimming, a fragment quoted inside a longer quote, a second
translation, an indirect paraphrase of the direct words.  Two quotes join a
cluster only when

1. their speakers agree: the same corpus-wide ``speaker.id`` after linking, or
   the same name key (``speaker_key``) and ``same_person`` on the names; a quote
   without a speaker stays alone, since its words may be anybody's; and
2. :func:`similarity` finds one of its reasons (see :data:`MatchReason`).

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

import contextlib
import datetime as dt
import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from quoteattr.models import ClusterMember, Document, MatchReason, Quote, QuoteCluster
from quoteattr.names import same_person as names_same_person
from quoteattr.shingles import Shingled, Vocabulary, band_keys, shingle, trigram_keys, words
from quoteattr.speaker_keys import speaker_key
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


DEFAULT_CONFIG = ClusterConfig()


class Match(NamedTuple):
    """Why two quotes render one utterance: a score in [0, 1] and its reason."""

    score: float
    reason: MatchReason


# --------------------------------------------------------------------------------------------------
# The similarity test


def _content_count(s: Shingled) -> int:
    return sum(1 for stem in s.stems if stem)


def _contained_reason(short: Shingled, long: Shingled, config: ClusterConfig) -> MatchReason | None:
    if len(short) >= config.trimmed * len(long):
        return "trimmed"
    if len(short) >= 2 * config.fragment_words or (
        len(short) >= config.fragment_words and _content_count(short) >= config.fragment_content
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
    """
    # Ties in length are broken by the codes, so that similarity(a, b) == similarity(b, a).
    short, long = (a, b) if (len(a), a.codes) <= (len(b), b.codes) else (b, a)
    n = len(short)
    if n < config.min_words:
        return None
    if short.codes == long.codes:
        return Match(1.0, "exact")
    if short.codes in long.codes:
        reason = _contained_reason(short, long, config)
        if reason is not None:
            return Match(1.0, reason)
    if (short.numbers - long.numbers) and (long.numbers - short.numbers):
        return None  # a number changed: "project 3" and "project 4" are two statements, however alike
    whole = Indel.normalized_similarity(short.codes, long.codes, score_cutoff=config.variant)
    if whole:
        return Match(round(whole, 3), _edit_reason(short, long))
    if n >= config.partial_words:
        aligned = fuzz.partial_ratio(short.codes, long.codes, score_cutoff=100 * config.partial) / 100
        if aligned and _contained_reason(short, long, config) is not None:
            return Match(round(aligned, 3), _contained_reason(short, long, config) or "fragment")
    sentence = _sentence_similarity(short, long, config)
    if sentence:
        return Match(round(sentence, 3), "variant")
    if "indirect" in kinds and kinds[0] != kinds[1]:
        indirect, direct = (a, b) if kinds[0] == "indirect" else (b, a)
        reported, said = indirect.content(), direct.content()
        shared = len(reported & said)
        if shared >= config.paraphrase_content and shared >= config.paraphrase * len(reported):
            return Match(round(shared / len(reported), 3), "paraphrase")
    return None


def _edit_reason(short: Shingled, long: Shingled) -> MatchReason:
    # Trimmed when one stretch of identical words makes up most of the shorter quote: the two differ at
    # their ends.  Otherwise words changed inside: a variant.
    longest = max((block.size for block in Indel.opcodes(short.codes, long.codes).as_matching_blocks()), default=0)
    return "trimmed" if longest >= 0.8 * len(short) else "variant"


def _sentence_similarity(short: Shingled, long: Shingled, config: ClusterConfig) -> float:
    long_sentences = [s for s in long.sentences() if len(s) >= config.sentence_words]
    if not long_sentences:
        return 0.0
    covered = 0
    weighted = 0.0
    for sentence in short.sentences():
        if len(sentence) < config.sentence_words:
            continue
        best = 0.0
        for other in long_sentences:
            best = max(best, Indel.normalized_similarity(sentence, other, score_cutoff=config.variant))
        if best:
            covered += len(sentence)
            weighted += best * len(sentence)
    if covered and covered >= config.coverage * len(short):
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


@contextlib.contextmanager
def _without_gc() -> Iterator[None]:
    # Clustering allocates millions of small objects and creates no reference cycles: the cyclic
    # collector would only rescan the ever-growing heap, which makes a run super-linear in its size.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def cluster_group(items: Sequence[Item], *, config: ClusterConfig = DEFAULT_CONFIG) -> list[int]:
    """Cluster the quotes of one speaker: for each item, the position of its cluster's first item.

    "First" is by quote id, and items are visited in id order, so the result does not depend on the
    order of ``items``: any engine that hands a worker the same group gets the same clusters.

    >>> cluster_group([("b", "truss", "We need a global NATO, a NATO with a global vision."),
    ...                ("a", "truss", "We need a global NATO"),
    ...                ("c", "truss", "Heavy weapons, tanks, aeroplanes: we need to do all of this.")])
    [1, 1, 2]
    """
    with _without_gc():
        return _cluster_group(items, config)


def _cluster_group(items: Sequence[Item], config: ClusterConfig) -> list[int]:
    n = len(items)
    order = sorted(range(n), key=lambda i: items[i][0])
    sets = UnionFind(n)
    vocabulary = Vocabulary()
    prepared: list[Shingled | None] = [None] * n
    kinds: list[str] = [""] * n
    first_with_codes: dict[str, int] = {}
    postings: dict[int, list[int] | None] = {}
    cap = config.key_cap
    for position, i in enumerate(order):
        item = items[i]
        shingled = shingle(item[2], vocabulary)
        if len(shingled) < config.min_words or _kind(item) == "term":
            continue
        twin = first_with_codes.get(shingled.codes)
        if twin is not None:  # an exact repeat: no need to index it twice
            sets.union(twin, position)
            continue
        first_with_codes[shingled.codes] = position
        prepared[position] = shingled
        kinds[position] = _kind(item)
        candidates: set[int] = set()
        for key in trigram_keys(shingled) | band_keys(shingled):
            posting = postings.get(key, [])
            if posting is None:  # a stop key
                continue
            if len(posting) >= cap:
                posting = _one_per_cluster(posting, sets)
                if len(posting) >= cap:
                    postings[key] = None
                    continue
            candidates.update(posting)
            posting.append(position)
            postings[key] = posting
        for other in sorted(candidates):
            if sets.find(other) == sets.find(position):
                continue
            other_shingled = prepared[other]
            assert other_shingled is not None
            if similarity(other_shingled, shingled, kinds=(kinds[other], kinds[position]), config=config):
                sets.union(other, position)
    labels = [0] * n
    for position, i in enumerate(order):
        labels[i] = order[sets.find(position)]
    return labels


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
    """Positions of ``items`` by speaker key: the blocks that are clustered independently."""
    groups: dict[str | None, list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault(item[1], []).append(i)
    return groups


def cluster_items(items: Sequence[Item], *, config: ClusterConfig = DEFAULT_CONFIG) -> list[int]:
    """Cluster labels for plain tuples: for each item, the position of its cluster's first item (by id).

    Items without a speaker key are never merged with anything.  This is the whole clustering, on
    tuples light enough for a million quotes; :func:`cluster_documents` builds on it.

    >>> cluster_items([("q1", "truss", "We need a global NATO. It must have a global vision."),
    ...                ("q2", "lavrov", "We need a global NATO. It must have a global vision."),
    ...                ("q3", "truss", "We need a global NATO"), ("q4", None, "We need a global NATO")])
    [0, 1, 0, 3]
    """
    labels = list(range(len(items)))
    with _without_gc():
        for key, positions in group_items(items).items():
            if key is None or len(positions) < 2:
                continue
            local = _cluster_group([items[i] for i in positions], config)
            for i, label in zip(positions, local, strict=True):
                labels[i] = positions[label]
    return labels


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
    names: Iterable[str], *, same_person: Callable[[str, str], bool] | None = names_same_person
) -> dict[str, str]:
    """A corpus-wide person key for each speaker name.

    Names are first blocked by :func:`~quoteattr.speaker_keys.speaker_key` (the surname); within a block,
    ``same_person`` (:func:`quoteattr.names.same_person` unless given; ``None`` takes every name of a
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

    With ``link``, speakers are linked first (:func:`quoteattr.speakers.link_speakers`) and their
    corpus-wide ``speaker.id`` decides who is who; a speaker left without one (a bare pronoun), or
    every speaker without ``link``, is told apart by name (see :func:`person_keys`).  Quotes of kind
    ``term`` and quotes under ``min_words`` words get no cluster.
    Every other quote gets one, a singleton if nothing matched.

    >>> import quoteattr
    >>> docs = [quoteattr.extract("“We need a global NATO,” Truss said.", doc_id="a")]
    >>> docs, clusters = cluster_documents(docs)
    >>> [len(c.members) for c in clusters]
    [1]
    """
    linked = link
    if linked:
        documents = link_speakers(list(documents))
    quotes: list[tuple[Quote, Document]] = [(q, d) for d in documents for q in d.quotes]
    keys = person_keys(
        [q.speaker.name for q, _ in quotes if q.speaker is not None and not (linked and q.speaker.id)],
    )
    items: list[Item] = []
    chosen: list[int] = []
    for number, (quote, _) in enumerate(quotes):
        if quote.kind == "term" or len(words(quote.text)) < config.min_words:
            continue
        key: str | None = None
        if quote.speaker is not None:
            key = f"id:{quote.speaker.id}" if linked and quote.speaker.id else keys.get(quote.speaker.name)
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
    return updated, clusters


class QuoteInfo(NamedTuple):
    """What describing a cluster needs of each member quote; light enough to keep for a corpus."""

    id: str
    doc: str
    kind: str
    text: str
    date: dt.date | None = None
    speaker: str | None = None
    speaker_id: str | None = None

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
    return QuoteCluster(
        id=cluster_id(m.id for m in members),
        text=rep.text,
        representative=rep.id,
        speaker=rep.speaker,
        speaker_id=rep.speaker_id,
        first_doc=first.doc,
        first_quote=first.id,
        first_date=first.date,
        members=records,
    )


def cluster(
    documents: Sequence[Document], *, link: bool = True, config: ClusterConfig = DEFAULT_CONFIG
) -> list[QuoteCluster]:
    """The clusters of every quote across ``documents`` (see :func:`cluster_documents`).

    >>> import quoteattr
    >>> [c.text for c in quoteattr.cluster([quoteattr.extract("“We need a global NATO,” Truss said.")])]
    ['We need a global NATO,']
    """
    return cluster_documents(documents, link=link, config=config)[1]
