"""Clustering: one utterance across articles, never two speakers' words nor two statements."""

from __future__ import annotations

import datetime as dt
import importlib
import random
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

import quoteattr
from quoteattr.cluster import (
    DEFAULT_CONFIG,
    ClusterConfig,
    Match,
    QuoteInfo,
    build_cluster,
    cluster_documents,
    cluster_group,
    cluster_items,
    compare,
    memberships,
    person_keys,
    similarity,
    text_match,
)
from quoteattr.models import Document, MatchReason, Quote, Span, Speaker
from quoteattr.shingles import Vocabulary, normalise, shingle, words
from quoteattr.speaker_keys import speaker_key
from quoteattr.unionfind import UnionFind

# The demo articles in seeds/: Truss's words in two outlets' translations.
TRUSS_LONG = (
    "We need a global NATO. By saying this, I don’t mean expanding membership to countries from other regions. "
    "I mean that NATO must have a global vision, a willingness to deal with global threats"
)
TRUSS_SHORT = "I mean that NATO must have a global outlook, ready to tackle global threats"
TAIWAN_A = "We must ensure that democracies like Taiwan have the ability to defend themselves"
TAIWAN_B = (
    "We need to pre-empt threats in the Indo-Pacific, working with allies like Japan and Australia to ensure that "
    "the Pacific is protected. We must ensure that democracies like Taiwan are able to defend themselves."
)
FOCUS = (
    "It is important that we focus on a global NATO. Because while protecting Euro-Atlantic security, we also "
    "need to pay attention to security in the Indo-Pacific region"
)


def document(doc_id: str, quotes: list[tuple[str, str | None, str]], published: str | None = None) -> Document:
    """A document whose text is its quotes, each followed by its speaker: offsets stay honest."""
    text = ""
    records = []
    for number, (kind, speaker, words_) in enumerate(quotes):
        start = len(text) + 1
        text += f"“{words_}”"
        end = start + len(words_)
        who = None
        if speaker is not None:
            text += " said "
            s = len(text)
            text += speaker
            who = Speaker(name=speaker, mention=speaker, start=s, end=len(text), resolution="name")
        text += ".\n\n"
        records.append(
            Quote(
                doc=doc_id,
                id=f"{doc_id}:q{number}",
                kind=kind,  # type: ignore[arg-type]
                text=words_,
                start=start,
                end=end,
                pieces=[Span(start=start, end=end)],
                speaker=who,
            )
        )
    return Document(doc_id=doc_id, text=text, published=published, quotes=records)


def seeds_by_hand() -> list[Document]:
    return [
        document(
            "rt",
            [
                ("term", None, "global NATO"),
                ("direct", "Liz Truss", FOCUS),
                ("direct", "Liz Truss", TRUSS_LONG),
                ("direct", "Liz Truss", TAIWAN_A),
                ("direct", "Sergei Lavrov", TRUSS_SHORT),  # the same words from someone else: a conflict
            ],
            "2022-04-29",
        ),
        document("wion", [("direct", "Truss", TRUSS_SHORT), ("direct", "Truss", TAIWAN_B)], "2022-04-28"),
    ]


def cluster_of(documents: list[Document]) -> dict[str, str | None]:
    return {q.id: q.cluster for d in documents for q in d.quotes}


def test_seeds_truss_translations_are_one_cluster() -> None:
    """The two renderings of “NATO must have a global vision/outlook” by Truss land in one cluster."""
    docs, clusters = cluster_documents(seeds_by_hand())
    ids = cluster_of(docs)
    assert ids["rt:q2"] == ids["wion:q0"]
    assert ids["rt:q3"] == ids["wion:q1"]  # the Taiwan sentence, inside a longer quote in one outlet
    by_id = {c.id: c for c in clusters}
    truss = by_id[ids["rt:q2"]]
    assert {m.quote: m.reason for m in truss.members} == {
        "rt:q2": "representative",
        "wion:q0": "variant",
        "rt:q4": "variant",
    }
    assert truss.first_doc == "wion" and truss.first_date == dt.date(2022, 4, 28)
    assert truss.speaker in {"Liz Truss", "Truss"}


def test_seeds_different_statements_stay_apart() -> None:
    """“We need a global NATO” and “We must ensure that democracies like Taiwan...” are two statements."""
    ids = cluster_of(cluster_documents(seeds_by_hand())[0])
    assert len({ids["rt:q1"], ids["rt:q2"], ids["rt:q3"]}) == 3
    assert compare("We need a global NATO", TAIWAN_A) is None
    assert compare(FOCUS, TRUSS_LONG) is None


def test_other_speaker_and_terms() -> None:
    """Another speaker's identical words join the cluster as a conflict, kept and reported; terms get no cluster."""
    docs, clusters = cluster_documents(seeds_by_hand())
    ids = cluster_of(docs)
    assert ids["rt:q4"] == ids["wion:q0"]
    record = next(c for c in clusters if c.id == ids["rt:q4"])
    assert record.speakers == ["Liz Truss", "Sergei Lavrov", "Truss"]
    assert record.conflicts == ["Sergei Lavrov"]
    assert ids["rt:q0"] is None


def test_other_speakers_paraphrase_stays_apart() -> None:
    """Speakers still guard the weaker matches: another speaker's variant of the words is not merged."""
    docs = [
        document("a", [("direct", "Liz Truss", TRUSS_LONG)]),
        document("b", [("direct", "Sergei Lavrov", TRUSS_SHORT)]),
    ]
    ids = cluster_of(cluster_documents(docs)[0])
    assert ids["a:q0"] != ids["b:q0"]


def test_unattributed_quotes_join_by_their_words() -> None:
    """Text decides first: a long quote without a speaker joins its twins; a short one stays alone."""
    docs = [
        document("a", [("direct", None, TRUSS_LONG), ("direct", None, "We need a global NATO")]),
        document("b", [("direct", None, TRUSS_LONG.upper()), ("direct", None, "we need a global NATO!")]),
        document("c", [("partial", None, "a willingness to deal with global threats")]),
    ]
    docs, clusters = cluster_documents(docs)
    ids = cluster_of(docs)
    assert ids["a:q0"] is not None and ids["a:q0"] == ids["b:q0"]
    assert ids["c:q0"] != ids["a:q0"]  # seven words: a fragment needs a named speaker or eight words
    assert len({ids["a:q1"], ids["b:q1"], ids["a:q0"]}) == 3  # five words: too short to be anybody's
    assert all(c.speaker is None and c.conflicts == [] for c in clusters)


def test_speakerless_rendering_learns_its_speaker() -> None:
    """A quote without a speaker, or with a pronoun resolving to nobody, takes its cluster's agreed speaker."""
    she = "she"
    text = f"“{TAIWAN_A}” {she} said."
    pronoun = Quote(
        doc="c",
        id="c:q0",
        kind="direct",
        text=TAIWAN_A,
        start=1,
        end=1 + len(TAIWAN_A),
        pieces=[Span(start=1, end=1 + len(TAIWAN_A))],
        speaker=Speaker(name=she, mention=she, start=text.index(she), end=text.index(she) + 3, resolution="pronoun"),
    )
    docs = [
        document("a", [("direct", "Liz Truss", "We need to pre-empt threats in the Indo-Pacific. " + TAIWAN_A)]),
        document("b", [("direct", None, TAIWAN_A + " and more")]),
        Document(doc_id="c", text=text, quotes=[pronoun]),
    ]
    docs, clusters = cluster_documents(docs)
    learnt = [d.quotes[0].speaker for d in docs[1:]]
    assert [(s.name, s.resolution, s.source) for s in learnt if s] == [("Liz Truss", "cluster", "a:q0")] * 2
    assert learnt[0] is not None and learnt[0].mention == "" and learnt[0].start == learnt[0].end
    assert learnt[1] is not None and learnt[1].mention == she and docs[2].text[learnt[1].start : learnt[1].end] == she
    assert len({d.quotes[0].cluster for d in docs}) == 1
    assert clusters[0].speakers == ["Liz Truss"] and clusters[0].conflicts == []


def test_conflicting_speakers_lend_nobody() -> None:
    """Two people named for one text are a conflict: the speakerless rendering is not given either."""
    docs = [
        document("a", [("direct", "Liz Truss", TAIWAN_A)]),
        document("b", [("direct", "Boris Johnson", TAIWAN_A)]),
        document("c", [("direct", None, TAIWAN_A)]),
        document("d", [("direct", "Truss", TAIWAN_A)]),
    ]
    docs, clusters = cluster_documents(docs)
    assert docs[2].quotes[0].speaker is None
    assert [c.speakers for c in clusters] == [["Liz Truss", "Boris Johnson", "Truss"]]
    assert [c.conflicts for c in clusters] == [["Boris Johnson"]]


@pytest.mark.parametrize(
    ("a", "b", "kinds", "reason"),
    [
        (TRUSS_LONG, TRUSS_LONG.upper() + "!", ("direct", "direct"), "exact"),
        (
            TAIWAN_A,
            "ensure that democracies like Taiwan have the ability to defend themselves",
            ("direct",) * 2,
            "trimmed",
        ),
        (TRUSS_LONG, "We need a global NATO", ("direct", "partial"), "fragment"),
        (TRUSS_SHORT, TRUSS_LONG, ("direct", "direct"), "variant"),
        (
            "NATO must have a global outlook, ready to tackle global threats, says Truss",
            "Truss said that NATO should have a global outlook and be ready to tackle threats",
            ("direct", "indirect"),
            "paraphrase",
        ),
    ],
)
def test_reasons(a: str, b: str, kinds: tuple[str, str], reason: str) -> None:
    """Each way of rendering one utterance is recognised, with its reason."""
    match = compare(a, b, kinds=kinds)
    assert match is not None and match.reason == reason and 0 < match.score <= 1


def test_paraphrase_needs_an_indirect_report() -> None:
    """Content-word overlap alone does not make two direct quotes one utterance."""
    a = "NATO must have a global outlook, ready to tackle global threats, says Truss"
    b = "Truss said that NATO should have a global outlook and be ready to tackle threats"
    assert compare(a, b) is None


def test_short_generic_fragment_is_not_enough() -> None:
    """A five-word run of function words is no evidence of one utterance."""
    assert compare("I do not think that", "I do not think that we should go there today at all") is None


def test_cluster_items_tuples() -> None:
    """The tuple core: the same words join whatever the key; variants only within a speaker key."""
    items = [
        ("q1", "truss", TRUSS_LONG),
        ("q2", "lavrov", TRUSS_LONG),
        ("q3", "truss", TRUSS_SHORT, "direct"),
        ("q4", None, TRUSS_LONG),
        ("q5", "truss", TAIWAN_A),
        ("q6", "lavrov", TAIWAN_A.replace("ability", "means")),
        ("q7", None, "democracies like Taiwan have the ability to defend themselves"),
    ]
    assert memberships([i[0] for i in items], cluster_items(items)) == {
        frozenset({"q1", "q2", "q3", "q4"}),
        frozenset({"q5", "q7"}),
        frozenset({"q6"}),  # another speaker's variant: the speakers must agree
    }


def test_key_cap_keeps_heavily_repeated_utterances_together() -> None:
    """Hundreds of trims of one quote still form one cluster: capped keys compress to one member per cluster."""
    base = TRUSS_LONG.split()
    rng = random.Random(3)
    items = []
    for n in range(300):
        head, tail = rng.randint(0, 3), rng.randint(0, 3)
        items.append((f"q{n:03}", "truss", " ".join(base[head : len(base) - tail])))
    assert len(set(cluster_items(items, config=ClusterConfig(key_cap=8)))) == 1


def test_build_cluster_first_seen_and_representative() -> None:
    """The representative is the fullest direct rendering; first seen is the earliest date."""
    members = [
        QuoteInfo("b:q0", "b", "indirect", "NATO must have a global vision says she", dt.date(2022, 4, 29)),
        QuoteInfo("a:q0", "a", "direct", TRUSS_LONG, dt.date(2022, 4, 30)),
        QuoteInfo("c:q0", "c", "partial", "a willingness to deal with global threats", dt.date(2022, 4, 28)),
    ]
    record = build_cluster(members)
    assert record.representative == "a:q0" and record.text == TRUSS_LONG
    assert (record.first_doc, record.first_date) == ("c", dt.date(2022, 4, 28))
    assert [m.reason for m in record.members][1:] == ["representative", "fragment"]


def test_person_keys_with_and_without_same_person() -> None:
    """A bare surname joins the full name; people sharing a surname are told apart by same_person."""
    keys = person_keys(["Truss", "Liz Truss", "Boris Johnson", "Lyndon Johnson"], same_person=lambda a, b: a == b)
    assert keys["Boris Johnson"] != keys["Lyndon Johnson"]
    plain = person_keys(["Truss", "Liz Truss"], same_person=None)
    assert plain["Truss"] == plain["Liz Truss"]


def test_extract_output_clusters_without_errors() -> None:
    """cluster() runs on extract() output whatever the state of attribution."""
    docs = [quoteattr.extract(f"“{TRUSS_LONG},” Truss said.", doc_id="x"), quoteattr.extract(f"“{TRUSS_SHORT}”")]
    clusters = quoteattr.cluster(docs)
    assert sum(len(c.members) for c in clusters) == 2


# --------------------------------------------------------------------------------------------------
# Properties

WORDS = [f"w{i}" for i in range(60)] + ["the", "of", "and", "to", "we", "must"]


@st.composite
def corpora(draw: st.DrawFn) -> list[tuple[str, str | None, str]]:
    """Utterances of random words, each quoted whole, repeated, trimmed or as a fragment, by 1-3 speakers,
    some renderings with no speaker at all."""
    rng = random.Random(draw(st.integers(0, 10_000)))
    items: list[tuple[str, str | None, str]] = []
    for utterance in range(draw(st.integers(1, 8))):
        tokens = [rng.choice(WORDS) for _ in range(rng.randint(6, 20))]
        speaker = f"s{rng.randint(0, 2)}"
        for _ in range(rng.randint(1, 4)):
            start = rng.randint(0, 2)
            end = len(tokens) - rng.randint(0, 2)
            said = None if rng.random() < 0.3 else speaker
            items.append((f"u{utterance}-{len(items)}", said, " ".join(tokens[start:end])))
    return items


def shares_text(a: list[str], b: list[str], config: ClusterConfig = DEFAULT_CONFIG) -> bool:
    """The text rule, by brute force: same words (6+), or a common run of 8+ words making up 80% of the shorter."""
    if a == b:
        return len(a) >= config.text_words
    short, long = sorted((a, b), key=len)
    longest = max(
        (
            k
            for i in range(len(short))
            for j in range(len(long))
            for k in range(1, len(short) - i + 1)
            if short[i : i + k] == long[j : j + k]
        ),
        default=0,
    )
    return longest >= config.shared_run and longest >= config.trimmed * len(short)


def oracle(items: list[tuple[str, str | None, str]]) -> set[frozenset[str]]:
    """All pairs compared one by one (the text rule; similarity within a speaker): slow, obviously complete."""
    vocabulary = Vocabulary()
    prepared = [shingle(text, vocabulary) for _, _, text in items]
    tokens = [words(text) for _, _, text in items]
    sets = UnionFind(len(items))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            same_speaker = items[i][1] is not None and items[i][1] == items[j][1]
            if (same_speaker and similarity(prepared[i], prepared[j])) or shares_text(tokens[i], tokens[j]):
                sets.union(i, j)
    return memberships([i[0] for i in items], [sets.find(i) for i in range(len(items))])


@settings(max_examples=60, deadline=None)
@given(corpora())
def test_blocking_finds_every_pair_the_oracle_finds(items: list[tuple[str, str | None, str]]) -> None:
    """Blocking loses nothing on verbatim renderings: the fast clusters equal the all-pairs oracle's."""
    assert memberships([i[0] for i in items], cluster_items(items)) == oracle(items)


@settings(max_examples=40, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_order_does_not_matter(items: list[tuple[str, str | None, str]], rng: random.Random) -> None:
    """Invariance: shuffling the input gives the same clusters (what lets engines agree)."""
    shuffled = list(items)
    rng.shuffle(shuffled)
    ids = [i[0] for i in items]
    assert memberships(ids, cluster_items(items)) == memberships([i[0] for i in shuffled], cluster_items(shuffled))


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="abc de.,", max_size=60), st.text(alphabet="abc de.,", max_size=60))
def test_similarity_is_symmetric(a: str, b: str) -> None:
    """Symmetry: similarity(a, b) == similarity(b, a)."""
    vocabulary = Vocabulary()
    sa, sb = shingle(a, vocabulary), shingle(b, vocabulary)
    assert similarity(sa, sb) == similarity(sb, sa)


def test_group_labels_point_at_first_member_by_id() -> None:
    """cluster_group labels each item with its cluster's first item in id order."""
    labels = cluster_group([("b", "k", TRUSS_LONG), ("a", "k", TRUSS_SHORT), ("c", "k", TAIWAN_A)])
    assert labels == [1, 1, 2]


def test_speaker_key_and_words() -> None:
    """Normalisation agrees across case, diacritics and apostrophes."""
    assert speaker_key("Annalena BAERBÖCK") == speaker_key("Annalena Baerbock") == "baerbok"
    assert words("Don’t") == words("don't")


def test_forked_workers_give_the_same_labels() -> None:
    """Engine invariance: speaker groups clustered by two forked workers give the single-process labels."""
    rng = random.Random(7)
    items: list[tuple[str, str | None, str]] = []
    for utterance in range(120):
        tokens = [rng.choice(WORDS) for _ in range(rng.randint(6, 20))]
        speaker = f"s{rng.randint(0, 9)}"
        for _ in range(rng.randint(1, 4)):
            start, end = rng.randint(0, 2), len(tokens) - rng.randint(0, 2)
            said = None if rng.random() < 0.2 else speaker
            items.append((f"u{utterance}-{len(items)}", said, " ".join(tokens[start:end])))
    rng.shuffle(items)
    labels = cluster_items(items)
    assert cluster_items(items, jobs=2) == labels
    assert len(set(labels)) < len(items)  # the corpus does hold repeats


def test_forked_text_pass_gives_the_same_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    """Engine invariance: the text pass's look-ups split over two forked processes give the single-process labels."""
    cluster_module = importlib.import_module("quoteattr.cluster")  # the package exports a function of that name
    rng = random.Random(11)
    items: list[tuple[str, str | None, str]] = []
    for utterance in range(150):
        tokens = [rng.choice(WORDS) for _ in range(rng.randint(9, 24))]
        for copy in range(rng.randint(1, 4)):
            start, end = rng.randint(0, 1), len(tokens) - rng.randint(0, 1)
            said = None if copy and rng.random() < 0.5 else f"s{rng.randint(0, 30)}"
            items.append((f"u{utterance}-{len(items)}", said, " ".join(tokens[start:end])))
    rng.shuffle(items)
    labels = cluster_items(items)
    contexts: list[str | None] = []
    get_context = cluster_module.multiprocessing.get_context

    def spied(method: str | None = None) -> Any:
        contexts.append(method)
        return get_context(method)

    monkeypatch.setattr(cluster_module, "_FORK_TEXTS", 0)
    monkeypatch.setattr(cluster_module.multiprocessing, "get_context", spied)
    assert cluster_items(items, jobs=2) == labels
    assert contexts == ["fork", "fork"]  # the groups, then the text pass's look-ups
    assert len(set(labels)) < len(items)


def slow_normalise(text: str) -> str:
    """The normal form by its definition: apostrophe look-alikes to ', NFKD, combining marks dropped, case-folded."""
    import unicodedata

    marks = "\N{RIGHT SINGLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}"
    marks += "\N{PRIME}\N{GRAVE ACCENT}\N{ACUTE ACCENT}"
    text = "".join("'" if c in marks else c for c in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").casefold()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aZé É’‘ʼ′`´“”ﬁ.ß İ1ñ\u0301ÀœДй", max_size=30))
def test_normalise_equals_its_definition(text: str) -> None:
    """Oracle: the fast paths of normalise give the form its definition gives."""
    assert normalise(text) == slow_normalise(text)


def similarity_by_definition(
    a: str, b: str, kinds: tuple[str, str], config: ClusterConfig = DEFAULT_CONFIG
) -> Match | None:
    """The tests of :func:`similarity` in their plain order, every one computed in full: slow, obviously right."""
    vocabulary = Vocabulary()
    x, y = shingle(a, vocabulary), shingle(b, vocabulary)
    short, long = (x, y) if (len(x), x.codes) <= (len(y), y.codes) else (y, x)
    n = len(short)
    if n < config.min_words:
        return None
    if short.codes == long.codes:
        return Match(1.0, "exact")

    def contained() -> MatchReason | None:
        if n >= config.trimmed * len(long):
            return "trimmed"
        content = sum(1 for stem in short.stems if stem)
        if n >= 2 * config.fragment_words or (n >= config.fragment_words and content >= config.fragment_content):
            return "fragment"
        return None

    if short.codes in long.codes and contained() is not None:
        return Match(1.0, contained() or "fragment")
    if (short.numbers - long.numbers) and (long.numbers - short.numbers):
        return None
    whole = Indel.normalized_similarity(short.codes, long.codes)
    if whole >= config.variant:
        blocks = Indel.opcodes(short.codes, long.codes).as_matching_blocks()
        longest = max((block.size for block in blocks), default=0)
        return Match(round(whole, 3), "trimmed" if longest >= 0.8 * n else "variant")
    aligned = fuzz.partial_ratio(short.codes, long.codes) / 100 if n >= config.partial_words else 0.0
    if aligned >= config.partial and contained() is not None:
        return Match(round(aligned, 3), contained() or "fragment")
    covered, weighted = 0, 0.0
    long_sentences = [s for s in long.sentences() if len(s) >= config.sentence_words]
    for sentence in short.sentences():
        scores = [Indel.normalized_similarity(sentence, other) for other in long_sentences]
        best = max((score for score in scores if score >= config.variant), default=0.0)
        if len(sentence) >= config.sentence_words and best:
            covered += len(sentence)
            weighted += best * len(sentence)
    if covered and covered >= config.coverage * n:
        return Match(round(weighted / covered, 3), "variant")
    if "indirect" in kinds and kinds[0] != kinds[1]:
        indirect, direct = (x, y) if kinds[0] == "indirect" else (y, x)
        reported, said = indirect.content(), direct.content()
        shared = len(reported & said)
        if shared >= config.paraphrase_content and shared >= config.paraphrase * len(reported):
            return Match(round(shared / len(reported), 3), "paraphrase")
    return None


def renderings() -> st.SearchStrategy[tuple[str, str]]:
    """Two renderings of one random utterance: whole, trimmed, a fragment, with words changed or a number."""

    @st.composite
    def pair(draw: st.DrawFn) -> tuple[str, str]:
        rng = random.Random(draw(st.integers(0, 100_000)))
        vocabulary = [f"w{i}" for i in range(12)] + ["the", "of", "we", "3", "4", "."]
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(3, 30))]
        other = tokens[rng.randint(0, 4) : len(tokens) - rng.randint(0, 4)]
        for _ in range(rng.randint(0, 4)):
            if other:
                other[rng.randrange(len(other))] = rng.choice(vocabulary)
        return " ".join(tokens), " ".join(other)

    return pair()


@settings(max_examples=300, deadline=None)
@given(renderings(), st.sampled_from([("direct", "direct"), ("indirect", "direct"), ("direct", "indirect")]))
def test_similarity_equals_its_definition(texts: tuple[str, str], kinds: tuple[str, str]) -> None:
    """Oracle: the early exits of similarity (cheap tests first, one sentence each) change no answer."""
    a, b = texts
    vocabulary = Vocabulary()
    assert similarity(shingle(a, vocabulary), shingle(b, vocabulary), kinds=kinds) == similarity_by_definition(
        a, b, kinds
    )


@settings(max_examples=300, deadline=None)
@given(
    renderings(),
    st.sampled_from([("direct", "direct"), ("indirect", "direct")]),
    st.sampled_from(
        [
            ClusterConfig(coverage=0.3, sentence_words=3),
            ClusterConfig(coverage=0.9, variant=0.61),
            ClusterConfig(variant=0.51, partial=0.71, partial_words=5),
        ]
    ),
)
def test_similarity_equals_its_definition_under_other_thresholds(
    texts: tuple[str, str], kinds: tuple[str, str], config: ClusterConfig
) -> None:
    """Oracle: the sentence-by-sentence test's early stops and the alignment bound hold whatever the thresholds
    (none of them a ratio of small whole numbers, where a score cut off at the threshold is a tie the
    similarity library settles its own way)."""
    a, b = texts
    vocabulary = Vocabulary()
    got = similarity(shingle(a, vocabulary), shingle(b, vocabulary), kinds=kinds, config=config)
    assert got == similarity_by_definition(a, b, kinds, config)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcd", max_size=20), st.text(alphabet="abcde", max_size=40), st.sampled_from([0.7, 0.9]))
def test_alignment_bound_keeps_every_near_verbatim_window(a: str, b: str, partial: float) -> None:
    """Oracle: no window of the longer text scores ``partial`` with the shorter unless their longest common
    subsequence allows it, so ruling pairs out by that bound never loses a near-verbatim fragment."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    may_align = importlib.import_module("quoteattr.cluster")._may_align
    if short and fuzz.partial_ratio(short, long) >= 100 * partial:
        assert may_align(Indel.similarity(short, long) / 2, len(short), partial)


@st.composite
def sentence_pairs(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """Two texts of one character a word, and a piece of each: the second piece often the first with a few
    words changed, set among other words."""
    rng = random.Random(draw(st.integers(0, 100_000)))
    a = "".join(rng.choice("abcd") for _ in range(rng.randint(1, 30)))
    start = rng.randrange(len(a))
    s = a[start : rng.randint(start + 1, len(a))]
    t = list(s)
    for _ in range(rng.randint(0, 3)):
        t[rng.randrange(len(t))] = rng.choice("abcde")
    if rng.random() < 0.5:
        t.insert(rng.randint(0, len(t)), rng.choice("abcde"))
    t_text = "".join(t)
    b = "".join(rng.choice("abcde") for _ in range(rng.randint(0, 8))) + t_text
    return a, b + "".join(rng.choice("abcde") for _ in range(rng.randint(0, 8))), s, t_text


@settings(max_examples=400, deadline=None)
@given(sentence_pairs(), st.sampled_from([0.7, 0.51, 0.61, 0.9]))
def test_variant_length_bound_keeps_every_variant_sentence(texts: tuple[str, str, str, str], variant: float) -> None:
    """Oracle: a piece of one text that is a variant of a piece of the other is no longer than the bound
    their longest common subsequence gives, so the sentences ruled out by length never had a variant."""
    a, b, s, t = texts
    bound = importlib.import_module("quoteattr.cluster")._variant_length_bound
    if Indel.normalized_similarity(s, t, score_cutoff=variant):
        most = bound(Indel.similarity(a, b) / 2, variant)
        assert len(s) <= most and len(t) <= most


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1 2'.-,x9", max_size=40))
def test_numbers_are_the_words_holding_a_digit(text: str) -> None:
    """Oracle: a quote's numbers are its words that hold a digit, found word by word."""
    assert shingle(text, Vocabulary()).numbers == {w for w in words(text) if any(c.isdigit() for c in w)}


def test_a_fragment_with_one_word_changed_is_found_past_the_alignment_bound() -> None:
    """A near-verbatim window (one word of ten changed: a similarity of 0.9, just what it takes) still
    matches as a fragment; one with two words changed, which the cheap bound rules out before aligning,
    does not."""
    long = " ".join(f"w{i}" for i in range(30))
    window = [f"w{i}" for i in range(5, 15)]
    match = compare(" ".join([*window[:4], "other", *window[5:]]), long)
    assert match is not None and match.reason == "fragment" and match.score == 0.9
    assert compare(" ".join([*window[:4], "other", "words", *window[6:]]), long) is None


@st.composite
def overlapping(draw: st.DrawFn) -> tuple[str, str]:
    """Two texts of one character a word, the second often holding a run of the first (edited at its ends)."""
    a = draw(st.text(alphabet="ab", max_size=24))
    if draw(st.booleans()):
        return a, draw(st.text(alphabet="abc", max_size=24))
    start = draw(st.integers(0, len(a)))
    end = draw(st.integers(start, len(a)))
    return a, draw(st.text(alphabet="bc", max_size=4)) + a[start:end] + draw(st.text(alphabet="ac", max_size=4))


@settings(max_examples=400, deadline=None)
@example(("aababbbbaab", "ccaababbbbcc"), DEFAULT_CONFIG)  # a common run of 8 words, under 80% of 11
@given(
    overlapping(),
    st.sampled_from([DEFAULT_CONFIG, ClusterConfig(shared_run=5, trimmed=0.7), ClusterConfig(trimmed=0.85)]),
)
def test_text_match_equals_the_text_rule(texts: tuple[str, str], config: ClusterConfig) -> None:
    """Oracle: text_match (one character a word) holds exactly when the brute-force text rule does: the same
    words, or a common run long enough, found by comparing every pair of runs."""
    a, b = texts
    assert (text_match(a, b, config=config) is not None) == shares_text(list(a), list(b), config)
