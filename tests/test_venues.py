"""Venues and vias: gold cases from ``tests/cases/venues.json``, table-driven checks, and properties.

Each case is::

    {"label": "what the case shows",
     "text": "the attribution sentence (the whole text is the window)",
     "expected": {"venue": {"kind": "interview", "text": "in an interview with RT", "outlet": "RT"} or null,
                  "via": "RT" or null},
     "xfail": "why it fails today"}

A venue may give ``covers`` (a substring its span must contain) instead of the exact ``text``.  A case
with ``xfail`` runs as ``xfail(strict=True)``: fixing it makes the suite say so.  To add a case, append
it to the file; no code changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex
from gold import assert_unique_labels, case_params, load_cases
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteattr.errors import InputError
from quoteattr.lang import get_language
from quoteattr.lang.en.outlets import OUTLETS, SHOWS
from quoteattr.lang.en.venues import AUDIENCES, HEADS, PLATFORMS
from quoteattr.lang.occasion_grammar import OccasionRule
from quoteattr.models import Venue, Via
from quoteattr.venues import (
    _KIND_GROUPS,
    _kind_of,
    _venue_from,
    _via_from,
    find_venue,
    find_venues,
    find_via,
    find_vias,
)

EN = get_language("en")
assert EN.occasions is not None
GRAMMAR = EN.occasions
CASES = Path(__file__).parent / "cases" / "venues.json"
CASE_KEYS = {"label", "text", "expected", "xfail"}
VENUE_KEYS = {"kind", "text", "covers", "outlet"}


def _load() -> list[Any]:
    return load_cases(CASES)


def _params() -> list[Any]:
    return case_params(_load())


def test_case_file_is_well_formed() -> None:
    cases = _load()
    assert_unique_labels(cases, CASES.name)
    for case in cases:
        assert set(case) <= CASE_KEYS and {"label", "text", "expected"} <= set(case), case["label"]
        assert set(case["expected"]) == {"venue", "via"}, case["label"]
        venue = case["expected"]["venue"]
        if venue is not None:
            assert set(venue) <= VENUE_KEYS and "kind" in venue and "outlet" in venue, case["label"]
            assert ("text" in venue) != ("covers" in venue), f"{case['label']}: give text or covers"


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    text = case["text"]
    expected = case["expected"]
    venue = find_venue(text, 0, len(text), EN)
    if expected["venue"] is None:
        assert venue is None, f"unexpected venue {venue}"
    else:
        assert venue is not None, "no venue found"
        want = expected["venue"]
        assert venue.kind == want["kind"]
        assert venue.outlet == want["outlet"]
        if "text" in want:
            assert venue.text == want["text"]
        else:
            assert want["covers"] in venue.text
    via = find_via(text, 0, len(text), EN)
    assert (via.name if via is not None else None) == expected["via"]


# --- The tables: every entry is found, so adding one to a table is enough. -------------------------


@pytest.mark.parametrize(("kind", "head"), [(kind, head) for kind, heads in HEADS.items() for head in heads])
def test_every_head_makes_its_kind(kind: str, head: str) -> None:
    text = f"He said at an extraordinary {head} in Berlin that the talks had failed."
    venue = find_venue(text, 0, len(text), EN)
    assert venue is not None and venue.kind == kind
    assert venue.text == f"at an extraordinary {head} in Berlin"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_audience_makes_a_briefing(audience: str) -> None:
    text = f"She told {audience} that the plan was ready."
    venue = find_venue(text, 0, len(text), EN)
    assert venue is not None and venue.kind == "briefing" and venue.text == f"told {audience}"


@pytest.mark.parametrize(
    ("variant", "name"), [(variant, outlet.name) for outlet in OUTLETS for variant in (outlet.name, *outlet.variants)]
)
def test_every_outlet_is_relayed_under_its_name(variant: str, name: str) -> None:
    text = f"“We are ready,” the minister told {variant}."
    via = find_via(text, 0, len(text), EN)
    assert via is not None and via.name == name
    assert text[via.start : via.end] in (variant, variant.removeprefix("The "))
    venue = find_venue(text, 0, len(text), EN)
    assert venue is not None and venue.kind == "interview" and venue.outlet == name


@pytest.mark.parametrize(("show", "network"), SHOWS.items())
def test_every_show_is_a_broadcast_on_its_network(show: str, network: str) -> None:
    text = f"“We are ready,” she said on {show}."
    venue = find_venue(text, 0, len(text), EN)
    assert venue is not None and venue.kind == "broadcast" and venue.outlet == network
    assert venue.text == f"on {show}"


@pytest.mark.parametrize(("variant", "name"), [(v, name) for name, vs in PLATFORMS.items() for v in vs])
def test_every_platform_is_social_media(variant: str, name: str) -> None:
    text = f"She wrote on {variant} that the vote was rigged."
    venue = find_venue(text, 0, len(text), EN)
    assert venue is not None and venue.kind == "social_media" and venue.outlet == name


# --- Windows. -------------------------------------------------------------------------------------


def test_only_the_window_is_searched() -> None:
    text = "He spoke at a press conference. Later she said in an interview with RT that it was over."
    cut = text.index("Later")
    assert find_venue(text, 0, cut, EN).kind == "press_conference"  # type: ignore[union-attr]
    later = find_venue(text, cut, len(text), EN)
    assert later is not None and later.kind == "interview" and later.start > cut
    assert text[later.start : later.end] == "in an interview with RT"
    assert find_via(text, 0, cut, EN) is None


def test_most_specific_kind_wins() -> None:
    text = "At the summit, he said at a press conference that the talks were useful."
    assert [v.kind for v in find_venues(text, 0, len(text), EN)] == ["meeting", "press_conference"]
    assert find_venue(text, 0, len(text), EN).kind == "press_conference"  # type: ignore[union-attr]


def test_strongest_via_rule_wins() -> None:
    text = "He told Reuters the deal was off, according to the Financial Times."
    assert [v.name for v in find_vias(text, 0, len(text), EN)] == ["Reuters", "Financial Times"]
    text = "According to the Financial Times, he told Reuters the deal was off."
    assert find_via(text, 0, len(text), EN).name == "Reuters"  # type: ignore[union-attr]


def test_text_is_not_bytes() -> None:
    with pytest.raises(InputError, match="str"):
        find_venue(b"told CNN", 0, 8, EN)  # type: ignore[arg-type]


# --- Properties. -----------------------------------------------------------------------------------

FAST = settings(max_examples=200, deadline=None)
PIECES = [
    "at a press conference",
    "in an interview with RT",
    "told CNN",
    "told reporters",
    "TASS quoted him as saying",
    "on Fox News Sunday",
    "at the summit in Chicago",
    "in a Telegram post",
    "according to Reuters",
    "Truss said",
    "on Wednesday",
    "the ",
    "The ",
    ", ",
    ". ",
    "\n",
    "’s ",
    "Mansion House",
    "of NATO",
    "next ",
]
phrases = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=12).map(" ".join)
windows = st.tuples(st.integers(-5, 400), st.integers(-5, 400))


def _inside(record: Venue | Via, text: str, start: int, end: int) -> bool:
    lo, hi = max(0, min(start, len(text))), max(0, min(end, len(text)))
    return lo <= record.start <= record.end <= hi


@FAST
@given(phrases, windows)
def test_venue_offsets_slice_the_text_inside_the_window(text: str, window: tuple[int, int]) -> None:
    """Offsets: every venue slices to its own text and lies inside the window."""
    start, end = window
    for venue in find_venues(text, start, end, EN):
        assert text[venue.start : venue.end] == venue.text
        assert venue.text and _inside(venue, text, start, end)


@FAST
@given(phrases, windows)
def test_via_offsets_lie_inside_the_window(text: str, window: tuple[int, int]) -> None:
    """Offsets: every via names a non-empty span inside the window."""
    start, end = window
    for via in find_vias(text, start, end, EN):
        assert via.end > via.start and _inside(via, text, start, end)


@FAST
@given(st.text(), st.integers(), st.integers())
def test_no_string_and_no_window_raises(text: str, start: int, end: int) -> None:
    """Robustness: any string with any window gives a result, never an exception."""
    find_venue(text, start, end, EN)
    find_via(text, start, end, EN)


# The oracle: every rule as one alternation, searched over the whole window, no key-word test.
VENUE_ORACLE = regex.compile("|".join(f"(?:{family.pattern.pattern})" for family in GRAMMAR.venue_rules.rules))
VIA_ORACLE = regex.compile("|".join(f"(?:{family.pattern.pattern})" for family in GRAMMAR.via_rules.rules))


@FAST
@given(phrases)
def test_rules_searched_apart_find_what_one_alternation_finds(text: str) -> None:
    """Oracle: key-word skipping and rule-by-rule search equal one alternation scanned everywhere."""
    assert find_venues(text, 0, len(text), EN) == [_venue_from(m, EN) for m in VENUE_ORACLE.finditer(text)]
    assert find_vias(text, 0, len(text), EN) == [_via_from(m, EN) for m in VIA_ORACLE.finditer(text)]


@FAST
@given(phrases, phrases)
def test_results_do_not_depend_on_text_outside_the_window(before: str, inside: str) -> None:
    """Locality: text before the window never changes what is found inside it (offsets shift)."""
    text = before + " " + inside
    shift = len(before) + 1
    alone = [(v.start + shift, v.end + shift, v.kind) for v in find_venues(inside, 0, len(inside), EN)]
    assert [(v.start, v.end, v.kind) for v in find_venues(text, shift, len(text), EN)] == alone


_RULE_WORDS = [
    *"told reporters in an interview with RT said at a press conference the Kyiv Post quoted him as saying".split(),
    *"according to Reuters TASS reported on CBS Face the Nation tweeted speaking to CNN wrote op-ed for".split(),
    *"The New York Times Telegram channel post statement testified before Senate Committee".split(),
    # Rules tried only before their anchor (interview with, statement to, wrote in) or a head noun.
    *"emailed response given Q&A by during the annual meeting summit of in".split(),
    # Words between an outlet and its verb (TASS has also cited), and modifiers before an anchor.
    *"has also first cited Interfax news agency exclusive written".split(),
]


@settings(max_examples=100)
@given(
    st.lists(st.sampled_from(_RULE_WORDS), max_size=25).map(" ".join),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=200),
)
def test_a_rule_finds_what_its_pattern_finds(text: str, pos: int, length: int) -> None:
    """Oracle: searching only at the places a rule may start finds the pattern's own leftmost match."""
    grammar = get_language("en").occasions
    assert grammar is not None
    pos = min(pos, len(text))
    end = min(pos + length, len(text))
    for rule in (*grammar.venue_rules.rules, *grammar.via_rules.rules):
        assert rule.starts is not None  # every English rule has its opening test apart
        fast, plain = rule.search(text, pos, end), rule.pattern.search(text, pos, end)
        assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict()))


@settings(max_examples=100)
@given(st.lists(st.sampled_from(_RULE_WORDS), max_size=25).map(" ".join))
@example("at a press conference after the summit, in an interview with CNN, told reporters, tweeted")
@example("at a summit press conference")  # two heads, two marker groups: the first kind of the two
def test_a_venue_kind_is_the_first_marker_group_of_all_the_match_holds(text: str) -> None:
    """Oracle: the kind read off a venue rule's own marker groups is the first kind whose group matched among
    all the groups of the match."""
    for rule in GRAMMAR.venue_rules.rules:
        for match in rule.pattern.finditer(text):
            groups = match.groupdict()
            assert _kind_of(match) == next(kind for group, kind in _KIND_GROUPS if groups.get(group) is not None)


# Words a match may hold before its anchor, as many as its reach allows and one more: the outlet's name
# and the words between it and its verb (TASS ... reported), or an introducer, a determiner and
# modifiers before ``statement to`` and ``interview with``.
_REACH_FILLERS = ["news agency", "has also", "the Kyiv Post", "New", "x", "on the sidelines of a", "exclusive", "Cd de"]
_REACH_ENDS = [
    "reported",
    "quoted him as saying",
    "cited",
    "News of Ij Kl has reported",  # an outlet of up to nine words with its verb
    "Times of Ij Kl news agency first quoted",
    "statement to CNN",
    "interview with RT",
    "op-ed for the Times",
]


def _matched_as_by_pattern(rules: list[OccasionRule], text: str) -> int:
    """Assert that each rule's search of ``text`` finds its pattern's own leftmost match; how many rules match."""
    found = 0
    for rule in rules:
        fast, plain = rule.search(text, 0, len(text)), rule.pattern.search(text, 0, len(text))
        assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict())), (
            rule.name,
            text,
        )
        found += plain is not None
    return found


def test_a_rule_is_tried_as_far_before_its_anchor_as_a_match_reaches() -> None:
    """Oracle: a rule with a reach finds the pattern's own leftmost match however far back its start stands."""
    grammar = get_language("en").occasions
    assert grammar is not None
    rules = [rule for rule in (*grammar.venue_rules.rules, *grammar.via_rules.rules) if rule.reach is not None]
    assert {rule.name for rule in rules} >= {"quoted", "reported", "statement_to", "interview_with", "wrote"}
    found = 0
    for opening in ["TASS", "Reuters", "in a", "in an", "on the sidelines of an", "said in", "the", ""]:
        for filler in _REACH_FILLERS:
            for count in range(12):
                for end in _REACH_ENDS:
                    text = " ".join([opening, *[filler] * count, end, "on Monday."]).strip()
                    found += _matched_as_by_pattern(rules, text)
    assert found > 1000  # the cases reach the rules: most match, some only just


# After a telling word (or the words in a row before an outlet), an outlet as the rules that need a listed
# one name it (a listed name, one in lower case, a name ending in a media word, a name before a descriptor)
# and words that name none; and what may follow an outlet's name (a letter, ``_`` or ``&`` right after it,
# where a name test may fail).
_OUTLET_OPENINGS = [
    *["told", "speaking to", "in a conversation with", "according to", "according to a report by"],
    *["in a statement to", "in an interview with", "wrote in", "quoted by", "reported by"],
]
_OUTLET_FORMS = [
    *["CNN", "dpa", "the Kyiv Post", "Kyiv Post", "Russia’s Ij Kl news site", "Ij Kl state news agency"],
    *["Russian news agency TASS", "the newspaper Izvestia", "Ij Kl", "him", "reporters", "news", "the"],
]
_OUTLET_TAILS = ["", ".", " on Monday.", "x", "_x", "&", "’s Mn"]


def test_a_rule_is_tried_only_before_an_anchor_stands() -> None:
    """Oracle: a rule tried only before its anchor (an outlet's name, words in a row), looked for by the
    standard library's engine, finds the pattern's own leftmost match, wherever the outlet it names stands."""
    grammar = get_language("en").occasions
    assert grammar is not None
    rules = [rule for rule in (*grammar.venue_rules.rules, *grammar.via_rules.rules) if rule.anchor is not None]
    assert {rule.name for rule in rules} >= {"told_outlet", "told", "according"}
    found = 0
    for opening in _OUTLET_OPENINGS:
        for form in _OUTLET_FORMS:
            for tail in _OUTLET_TAILS:
                once = f"He {opening} {form}{tail}"
                # Spaces as ``regex`` and the anchors' engine read them alike, and one only the latter reads so.
                for text in (once, f"{once} and {opening} {form}", once.replace(" ", "\N{NO-BREAK SPACE}"),
                             once.replace(" ", "\x1c")):  # fmt: skip
                    found += _matched_as_by_pattern(rules, text)
    assert found > 500  # the cases reach the rules


# Characters on which the standard library's engine and ``regex`` disagree (a superscript digit is a
# word character to the first only, a combining mark and a joiner to the second only, U+001C is a
# space to the first only), and non-ASCII letters, which the places let through where ``regex`` does not.
_ENGINE_EDGES = ["\N{SUPERSCRIPT TWO}", "\N{VULGAR FRACTION ONE HALF}", "\N{COMBINING ACUTE ACCENT}",
                 "\N{ZERO WIDTH JOINER}", "\x1c", "\x1f", "\N{LATIN SMALL LETTER E WITH ACUTE}", "_", "-", "\n",
                 "\N{NO-BREAK SPACE}", "\N{EM DASH}", "\N{RIGHT SINGLE QUOTATION MARK}", " ", "  "]  # fmt: skip


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from([*_RULE_WORDS, *(f"{word} " for word in _RULE_WORDS), *_ENGINE_EDGES]), max_size=25).map(
        "".join
    ),
    st.integers(min_value=0, max_value=200),
)
@example("\N{SUPERSCRIPT TWO}told CNN", 0)  # a word character to the standard library's engine only
@example("\N{SUPERSCRIPT TWO}at a press conference", 0)
def test_a_rule_is_tried_at_every_place_its_pattern_matches(text: str, pos: int) -> None:
    """Oracle: the places a rule's opening test finds hold every position where its pattern matches.

    Words come with and without a space after them, so that each character above stands right
    before or after a start word, where the two engines' word boundaries would differ.
    """
    grammar = get_language("en").occasions
    assert grammar is not None
    pos = min(pos, len(text))
    for rule in (*grammar.venue_rules.rules, *grammar.via_rules.rules):
        assert rule.starts is not None
        places = {place.start() for place in rule.starts.finditer(text, pos, len(text))}
        matched = {at for at in range(pos, len(text) + 1) if rule.pattern.match(text, at, len(text)) is not None}
        assert matched <= places, (rule.name, matched - places)


def test_no_space_to_the_places_is_no_space_to_the_patterns() -> None:
    """Oracle: every character ``regex`` calls no space (``\\S``), the places' engine calls so too."""
    import re

    from quoteattr.lang.en.venue_grammar import _NOT_SPACE

    not_space, spaces = re.compile(_NOT_SPACE), regex.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if not spaces.match(c) and not not_space.match(c)] == []


_TREE_WORDS = ["on", "on air", "on the air", "U.S.", "U.S. News", "A&E", "the Times", "the", "Times", "op-ed", "op"]


@given(
    st.lists(st.sampled_from(_TREE_WORDS), min_size=1, max_size=6),
    st.lists(st.sampled_from([*_TREE_WORDS, " ", "  ", "x", "."]), max_size=8).map("".join),
)
def test_word_tree_matches_what_the_flat_alternation_matches(words: list[str], text: str) -> None:
    """Oracle: the prefix tree of words tries them longest first, as the flat alternation sorted by length."""
    from quoteattr.lang.en.venue_grammar import _literal

    flat = "|".join(sorted({regex.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True))
    for tail in ("", r"(?=x)", r"\s+the"):  # what follows may make the longest word fail
        tree_match = regex.match(rf"{_literal(words)}{tail}", text)
        flat_match = regex.match(rf"(?:{flat}){tail}", text)
        assert (tree_match and tree_match.span()) == (flat_match and flat_match.span())


def _english_rules() -> list[Any]:
    occasions = get_language("en").occasions
    assert occasions is not None
    return [*occasions.venue_rules.rules, *occasions.via_rules.rules]


_EN_RULES = _english_rules()
_RULE_ENTRIES = sorted(
    {tuple(sorted(e)) for rule in _EN_RULES for keys in rule.needs for filed in keys.values() for e in filed}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RULE_ENTRIES), max_size=6), st.integers(min_value=0, max_value=20))
def test_a_rule_is_met_exactly_when_every_needed_table_has_an_entry_in_the_window(
    entries: list[tuple[str, ...]], dropped: int
) -> None:
    """Oracle: ``met`` equals testing every entry of every needed table for being within the window's words."""
    words = sorted({word for entry in entries for word in entry} | {"the", "said"})
    window_words = frozenset(w for i, w in enumerate(words) if i != dropped)  # a word of an entry may be missing
    for rule in _EN_RULES:
        oracle = all(any(entry <= window_words for filed in keys.values() for entry in filed) for keys in rule.needs)
        assert rule.met(window_words) == oracle, rule.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RULE_ENTRIES), max_size=6), st.integers(min_value=0, max_value=20))
def test_the_live_rules_of_a_window_are_the_rules_it_meets(entries: list[tuple[str, ...]], dropped: int) -> None:
    """Oracle: the rules a rule set finds worth searching from a window's key words are those ``met`` passes."""
    words = sorted({word for entry in entries for word in entry} | {"the", "said"})
    window_words = frozenset(w for i, w in enumerate(words) if i != dropped)  # a word of an entry may be missing
    occasions = get_language("en").occasions
    assert occasions is not None
    for rules in (occasions.venue_rules, occasions.via_rules):
        for _ in range(2):  # worked out, then kept for the window's key words
            live = rules.live(window_words)
            assert list(live) == [n for n, rule in enumerate(rules.rules) if rule.needs and rule.met(window_words)]
            assert all(live[n] is rules.rules[n] for n in live)
