"""Speaker entities in a document and across a corpus: :mod:`quoteattr.speakers`.

Documents are built by hand from speaker names, so these tests depend on
neither the attribution rules nor the demo articles' files.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.models import Document, Quote, Span, Speaker, SpeakerEntity
from quoteattr.names import NameMatch, _compatible, match_names, parse_name
from quoteattr.speakers import _cluster_full_names, _nearest, build_speakers, link_speakers, speaker_kind


def make_doc(doc_id: str, names: Sequence[str | tuple[str, str]]) -> Document:
    """A document with one quote per speaker name: “Words.” NAME said.

    A name may be given as ``(name, resolution)``; the default resolution is ``name``.
    """
    text, quotes = "", []
    for number, item in enumerate(names):
        name, resolution = (item, "name") if isinstance(item, str) else item
        start = len(text) + 1
        text += "\N{LEFT DOUBLE QUOTATION MARK}Words.\N{RIGHT DOUBLE QUOTATION MARK} "
        mention_start = len(text)
        text += name
        speaker = Speaker(name=name, mention=name, start=mention_start, end=len(text), resolution=resolution)
        text += " said. "
        quotes.append(
            Quote(
                doc=doc_id,
                id=f"{doc_id}:q{number}",
                kind="direct",
                text="Words.",
                start=start,
                end=start + 6,
                pieces=[Span(start=start, end=start + 6)],
                speaker=speaker,
            )
        )
    return Document(doc_id=doc_id, text=text, quotes=quotes)


def speaker_ids(doc: Document) -> list[str | None]:
    return [quote.speaker.id if quote.speaker else None for quote in doc.quotes]


def by_name(docs: Sequence[Document]) -> dict[str, str | None]:
    """Speaker name as printed -> corpus id, over all documents."""
    found: dict[str, str | None] = {}
    for doc in docs:
        for quote in doc.quotes:
            assert quote.speaker is not None
            found.setdefault(quote.speaker.name, quote.speaker.id)
            assert found[quote.speaker.name] == quote.speaker.id, quote.speaker.name
    return found


# The speakers of the two demo articles, as the press printed them.
SEED_RT: list[str | tuple[str, str]] = [
    "British Foreign Secretary Liz Truss",
    "Truss",
    ("the head of British diplomacy", "description"),
    "Liz Truss",
    "U.S. Secretary of State Anthony Blinken",
    "Blinken",
    "German Foreign Minister Annalena Berbock",
    "Russian Foreign Minister Sergei Lavrov",
    "Lavrov",
    "Sergei Yermakov",
    "Ermakov",
    "Pavel Feldman",
    "Feldman’s",
    ("he", "pronoun"),
]
SEED_WION: list[str | tuple[str, str]] = [
    "UK Foreign Secretary Liz Truss",
    "Truss",
    "Truss’",
    "UK Prime Minister Boris Johnson",
    "Antony Blinken",
    "Annalena Baerbock",
    ("Western countries", "group"),
]
SEED_PEOPLE = {
    "liz-truss": {
        "British Foreign Secretary Liz Truss",
        "Truss",
        "the head of British diplomacy",
        "Liz Truss",
        "UK Foreign Secretary Liz Truss",
        "Truss’",
    },
    "blinken": {"U.S. Secretary of State Anthony Blinken", "Blinken", "Antony Blinken"},
    "baerbock": {"German Foreign Minister Annalena Berbock", "Annalena Baerbock"},
    "lavrov": {"Russian Foreign Minister Sergei Lavrov", "Lavrov"},
    "yermakov": {"Sergei Yermakov", "Ermakov"},
    "feldman": {"Pavel Feldman", "Feldman’s"},
    "johnson": {"UK Prime Minister Boris Johnson"},
}


def test_seed_speakers_resolve_to_one_entity_per_person_across_both_articles() -> None:
    docs = link_speakers([make_doc("rt", SEED_RT), make_doc("wion", SEED_WION)])
    ids = by_name(docs)
    people = {person: {ids[name] for name in names} for person, names in SEED_PEOPLE.items()}
    for person, found in people.items():
        assert len(found) == 1 and None not in found, (person, found)
    assert len({next(iter(found)) for found in people.values()}) == len(SEED_PEOPLE), "two people merged"
    assert ids["he"] is None
    assert ids["Western countries"] not in {next(iter(found)) for found in people.values()}


def test_seed_corpus_entities_carry_names_roles_and_counts() -> None:
    rt, wion = link_speakers([make_doc("rt", SEED_RT), make_doc("wion", SEED_WION)])
    truss = next(entity for entity in wion.speakers if entity.id == wion.quotes[0].speaker.id)  # type: ignore[union-attr]
    assert truss.name == "Liz Truss" and truss.id == "liz-truss"
    assert truss.roles == ["British Foreign Secretary", "UK Foreign Secretary"]
    assert truss.mentions == 4 + 3  # the description in RT joined her too
    assert "Truss" in truss.aliases
    baerbock = next(entity for entity in rt.speakers if entity.name.startswith("Annalena"))
    assert baerbock.aliases == [next(a for a in ("Annalena Baerbock", "Annalena Berbock") if a != baerbock.name)]
    # Each document lists exactly the corpus entities its quotes use.
    for doc in (rt, wion):
        assert {entity.id for entity in doc.speakers} == {i for i in speaker_ids(doc) if i is not None}


def test_build_speakers_groups_one_document() -> None:
    doc = make_doc("rt", SEED_RT)
    entities, quotes = build_speakers("rt", doc.quotes)
    assert [entity.id for entity in entities] == [f"rt:s{n}" for n in range(len(entities))]
    names = [entity.name for entity in entities]
    assert names == [
        "Liz Truss",
        "Anthony Blinken",
        "Annalena Berbock",
        "Sergei Lavrov",
        "Sergei Yermakov",
        "Pavel Feldman",
    ]
    truss = entities[0]
    assert truss.mentions == 4 and truss.roles == ["British Foreign Secretary"] and truss.aliases == ["Truss"]
    assert speaker_ids(doc.model_copy(update={"quotes": quotes}))[:4] == ["rt:s0"] * 4
    assert quotes[-1].speaker is not None and quotes[-1].speaker.id is None  # "he" names nobody
    for new, old in zip(quotes, doc.quotes, strict=True):
        assert new.model_dump(exclude={"speaker"}) == old.model_dump(exclude={"speaker"})


def test_build_speakers_takes_roles_from_the_attribution_step() -> None:
    doc = make_doc("rt", ["Sergei Yermakov", "Ermakov", ("the analyst", "description")])
    roles = {"Sergei Yermakov": ["leading expert at the RISI Coordination Center"]}
    entities, _ = build_speakers("rt", doc.quotes, roles=roles)
    assert len(entities) == 1
    (yermakov,) = entities
    assert yermakov.roles == ["leading expert at the RISI Coordination Center"]
    assert yermakov.organisation == "RISI Coordination Center"
    assert yermakov.mentions == 3


def test_appositive_roles_and_organisation_come_from_the_name() -> None:
    name = "Pavel Feldman, deputy director of the Institute for Strategic Studies and Forecasting at the PFUR"
    entities, _ = build_speakers("d", make_doc("d", [name]).quotes)
    assert entities[0].name == "Pavel Feldman"
    assert entities[0].organisation == "Institute for Strategic Studies and Forecasting"


def test_groups_are_entities_and_merge_across_documents() -> None:
    docs = link_speakers([make_doc("a", [("the Kremlin", "group")]), make_doc("b", ["Kremlin", "Dmitry Peskov"])])
    ids = by_name(docs)
    assert ids["the Kremlin"] == ids["Kremlin"] == "kremlin"
    assert ids["Dmitry Peskov"] != ids["Kremlin"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Liz Truss", "person"),
        ("Truss", "person"),
        ("the Kremlin", "group"),
        ("Western countries", "group"),
        ("Britain", "group"),
        ("the Foreign Ministry", "group"),
        ("WHO", "group"),
        ("the head of British diplomacy", "description"),
        ("the analyst", "description"),
        ("she", None),
        ("He", None),
    ],
)
def test_speaker_kind(name: str, kind: str | None) -> None:
    assert speaker_kind(name) == kind


# --- No false merges ---------------------------------------------------------------------


def test_family_members_stay_apart() -> None:
    docs = link_speakers(
        [
            make_doc("a", ["Bill Clinton", "Hillary Clinton", "Joe Biden", "Hunter Biden"]),
            make_doc("b", ["Ed Miliband", "David Miliband", "Donald Trump", "Donald Trump Jr."]),
            make_doc("c", ["Boris Johnson", "Lyndon Johnson", "J. Biden", "Jill Biden"]),
        ]
    )
    ids = by_name(docs)
    for pair in [
        ("Bill Clinton", "Hillary Clinton"),
        ("Joe Biden", "Hunter Biden"),
        ("Joe Biden", "Jill Biden"),
        ("Ed Miliband", "David Miliband"),
        ("Donald Trump", "Donald Trump Jr."),
        ("Boris Johnson", "Lyndon Johnson"),
    ]:
        assert ids[pair[0]] != ids[pair[1]], pair
    # "J. Biden" may be Joe or Jill, but it never makes them one person.
    assert len({ids["Joe Biden"], ids["Jill Biden"], ids["J. Biden"]}) >= 2


def test_bare_surname_in_a_document_joins_the_nearest_full_name_before_it() -> None:
    doc = make_doc("a", ["Bill Clinton", "Clinton", "Hillary Clinton", "Clinton"])
    _, quotes = build_speakers("a", doc.quotes)
    ids = [quote.speaker.id for quote in quotes]  # type: ignore[union-attr]
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_bare_surname_across_documents_joins_only_when_unambiguous() -> None:
    unique = link_speakers([make_doc("a", ["Liz Truss"]), make_doc("b", ["Truss"])])
    assert speaker_ids(unique[0]) == speaker_ids(unique[1])
    ambiguous = link_speakers(
        [make_doc("a", ["Bill Clinton"]), make_doc("b", ["Hillary Clinton"]), make_doc("c", ["Clinton"])]
    )
    ids = [speaker_ids(doc)[0] for doc in ambiguous]
    assert len(set(ids)) == 3


def test_roles_single_out_one_of_several_people_with_a_surname() -> None:
    docs = link_speakers(
        [
            make_doc("a", ["Prime Minister Boris Johnson"]),
            make_doc("b", ["President Lyndon Johnson"]),
            make_doc("c", ["UK Prime Minister Johnson"]),
        ]
    )
    assert speaker_ids(docs[2]) == speaker_ids(docs[0])


def test_bare_surnames_with_no_full_name_in_the_corpus_are_one_entity() -> None:
    docs = link_speakers([make_doc("a", ["Truss"]), make_doc("b", ["Truss’s"])])
    assert speaker_ids(docs[0]) == speaker_ids(docs[1])


def test_prebuilt_entities_are_reused() -> None:
    doc = make_doc("a", ["Sergei Yermakov"])
    entities, quotes = build_speakers("a", doc.quotes, roles={"Sergei Yermakov": ["analyst"]})
    built = doc.model_copy(update={"quotes": quotes, "speakers": entities})
    (linked,) = link_speakers([built])
    assert linked.speakers[0].roles == ["analyst"]


# --- Blocking and order ------------------------------------------------------------------

POOL = [
    "Liz Truss",
    "Elizabeth Truss",
    "Sergei Yermakov",
    "Sergey Ermakov",
    "Annalena Baerbock",
    "Annalena Berbock",
    "Antony Blinken",
    "Anthony Blinken",
    "Tony Blinken",
    "Bill Clinton",
    "Hillary Clinton",
    "William Clinton",
    "B. Clinton",
    "Joe Biden",
    "Jill Biden",
    "J. Biden",
    "Hunter Biden",
    "Donald Trump",
    "Donald Trump Jr.",
    "Muammar Gaddafi",
    "Muammar Qaddafi",
    "Alexandria Ocasio-Cortez",
    "Alexandria Ocasio Cortez",
    "Volodymyr Zelensky",
    "Volodymyr Zelenskyy",
    "Wolodymyr Selenskyj",
    "Sergei Lavrov",
    "Sergei Lavrova",
    "Antony Blinkin",
]


def oracle_clusters(forms: Sequence[str]) -> list[list[str]]:
    """The same complete-link merge as the library, over *all* pairs: slow and obviously complete."""
    ordered = sorted(set(forms))
    links = sorted((-m.score, a, b) for a, b in combinations(ordered, 2) if (m := _match_for_oracle(a, b)).same)
    groups = {form: [form] for form in ordered}
    root = {form: form for form in ordered}
    for _, a, b in links:
        ra, rb = root[a], root[b]
        if ra == rb or not all(_compatible(parse_name(x), parse_name(y)) for x in groups[ra] for y in groups[rb]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        for form in groups[gone]:
            root[form] = keep
        groups[keep].extend(groups.pop(gone))
    return sorted(sorted(members) for members in groups.values())


def _match_for_oracle(a: str, b: str) -> NameMatch:
    return match_names(parse_name(a), parse_name(b))


@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=12))
def test_blocking_loses_no_match(forms: list[str]) -> None:
    """Oracle: clustering with blocking keys equals clustering over all pairs."""
    assert _cluster_full_names(forms) == oracle_clusters(forms)


CORPUS = [
    make_doc("rt", SEED_RT),
    make_doc("wion", SEED_WION),
    make_doc("c", ["Bill Clinton", "Clinton", "Hillary Clinton"]),
    make_doc("d", ["Clinton", "Joe Biden", "Biden"]),
    make_doc("e", ["Hunter Biden", "Biden", "Annalena Berbock", ("the Kremlin", "group")]),
    make_doc("f", ["Sergey Ermakov", "Truss", "Kremlin"]),
    make_doc("g", ["Lavrov", "Blinken", ("the minister", "description")]),
]


def grouping(docs: Sequence[Document]) -> dict[str, str | None]:
    return {quote.id: quote.speaker.id if quote.speaker else None for doc in docs for quote in doc.quotes}


@settings(max_examples=40, deadline=None)
@given(st.permutations(CORPUS))
def test_document_order_does_not_change_the_grouping(docs: list[Document]) -> None:
    """Order independence: permuting the documents yields the same corpus ids for every quote."""
    assert grouping(link_speakers(docs)) == grouping(link_speakers(CORPUS))
    assert [doc.doc_id for doc in link_speakers(docs)] == [doc.doc_id for doc in docs]


def _nearest_by_scan(candidates: Sequence[int], places: Sequence[tuple[int, int]], start: int) -> int:
    """The old all-mentions scan: ``places`` are (person, offset) of full namings in quote order."""
    best: tuple[int, int] | None = None
    chosen = min(candidates)
    for cluster, offset in places:
        if cluster not in candidates:
            continue
        distance = (0, start - offset) if offset <= start else (1, offset - start)
        if best is None or distance < best:
            best, chosen = distance, cluster
    return chosen


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 60)), max_size=30),
    st.lists(st.integers(0, 5), min_size=1, max_size=4, unique=True),
    st.integers(0, 60),
)
def test_nearest_full_naming_by_bisection_is_the_scan(
    places: list[tuple[int, int]], candidates: list[int], start: int
) -> None:
    """Oracle: the nearest naming found by bisection per person is the one a scan of all namings finds."""
    named: dict[int, list[tuple[int, int]]] = {}
    for order, (cluster, offset) in enumerate(places):
        named.setdefault(cluster, []).append((offset, order))
    for found in named.values():
        found.sort()
    candidates = sorted(candidates)
    assert _nearest(candidates, named, start) == _nearest_by_scan(candidates, places, start)


def test_extract_sets_the_ids_build_speakers_sets() -> None:
    """Consistency: extract builds each quote once with its speaker id, as build_speakers would set it."""
    text = (
        "“We need a global NATO,” British Foreign Secretary Liz Truss said on Wednesday. "
        "“It must be ready,” Truss added. The Kremlin said: “Never.” “Not now,” she said."
    )
    doc = quoteattr.extract(text, doc_id="d")
    bare = [
        quote
        if quote.speaker is None
        else quote.model_copy(update={"speaker": quote.speaker.model_copy(update={"id": None})})
        for quote in doc.quotes
    ]
    entities, quotes = build_speakers("d", bare)
    assert any(quote.speaker is not None and quote.speaker.id is not None for quote in doc.quotes)
    assert (entities, quotes) == (doc.speakers, doc.quotes)


_KEYS = st.text(alphabet="abeklo", min_size=3, max_size=7)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_KEYS, st.sets(st.integers(0, 9), min_size=1, max_size=3), max_size=12), _KEYS)
def test_a_slip_is_found_by_shared_deletions_as_by_trying_each_surname(
    by_surname: dict[str, set[int]], key: str
) -> None:
    """Oracle: the people one slip from a bare surname, found among those sharing a deletion, are those found by
    trying each surname."""
    from quoteattr.names import _slip
    from quoteattr.speakers import _by_deletion, _slipped

    everyone = {number for other, numbers in by_surname.items() if _slip(key, other) for number in numbers}
    assert _slipped(key, by_surname, _by_deletion(by_surname)) == everyone


SPEAKER_FORMS = [
    *POOL[:8],
    "British Foreign Secretary Liz Truss",
    "Truss",
    "Liz Truss",
    "the Kremlin",
    "Kremlin",
    "NATO",
    "the analyst",
    "the minister",
    "a leading expert at the RISI Coordination Center",
    "Kremlin spokesman Dmitry Peskov",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SPEAKER_FORMS), min_size=1, max_size=8))
def test_entities_built_without_checking_are_the_validated_records(names: list[str]) -> None:
    """Equivalence: an entity built from fields it does not check again equals the record the validator builds."""
    entities, _ = build_speakers("d", make_doc("d", names).quotes)
    for entity in entities:
        validated = SpeakerEntity.model_validate(entity.model_dump())
        assert entity == validated
        assert entity.model_dump_json() == validated.model_dump_json()
        assert entity.model_fields_set == validated.model_fields_set
