"""Attribution: gold cases kept as data in ``tests/cases/attribution.json``, and the seeds end to end.

Each case is::

    {"label": "what the case shows",
     "text": "the input",
     "published": "2022-04-29",                       # optional, passed to extract()
     "expected": [{"kind": "direct",
                   "text": "We need a global NATO",        # the record's text prefix, or one of its pieces
                   "speaker_mention": "the minister",     # text[speaker.start:speaker.end]; null: no speaker
                   "speaker_name": "Liz Truss",           # optional: the resolved name
                   "cue": "added",                        # optional: the cue's text
                   "rule": "trailing-said",               # optional: attribution.rule
                   "venue_kind": "interview",             # optional: venue.kind
                   "via": "RT",                           # optional: via.name
                   "date": "2022-04-27",                  # optional: the utterance date
                   "pieces": 2},                          # optional: how many pieces the record has
                  ...],
     "not_speakers": ["Polina Dukhanova, Alyona Medvedeva, RT"],  # optional: no speaker mention inside these
     "xfail": "why it fails today"}

Only the records listed are checked; others may exist.  A case with ``xfail``
is a known failure run as ``xfail(strict=True)``: fixing it makes the suite
say so, and the marker must then be removed.  To add a case, append it to the
file; no code changes.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from gold import (
    assert_attribution_case_well_formed,
    assert_unique_labels,
    case_params,
    check_attribution_case,
    load_cases,
)
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.attribution.claims import Frame
from quoteattr.attribution.link import _reports_attribution
from quoteattr.attribution.mentions import Mention
from quoteattr.lang import get_language
from quoteattr.models import Document, Quote

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).parent / "cases" / "attribution.json"
SEED = ROOT / "seeds" / "000_014d4eb2fc7f5c0c.txt"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


def _params() -> list[Any]:
    return case_params(_cases())


def test_case_file_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) >= 40
    assert_unique_labels(cases, "attribution.json")
    for case in cases:
        assert_attribution_case_well_formed(case)


@pytest.mark.parametrize("case", _params())
def test_gold_case(case: dict[str, Any]) -> None:
    check_attribution_case(case)


# --- The seed article, end to end ----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return quoteattr.extract(SEED.read_text(encoding="utf-8"), doc_id=SEED.stem)


def _direct(doc: Document, prefix: str) -> Quote:
    found = [q for q in doc.quotes if q.kind == "direct" and q.text.startswith(prefix)]
    assert len(found) == 1, f"{len(found)} direct quotes start with {prefix!r}"
    return found[0]


SEED_SPEAKERS = [
    pytest.param("It is important that we focus", "Truss", None, id="Truss, en dash"),
    pytest.param("We need a global NATO. By saying", "Truss", None, id="Truss, head of British diplomacy"),
    pytest.param("We must ensure that democracies", "Truss", None, id="Truss, the minister"),
    pytest.param("Let’s be honest", "Truss", None, id="Truss, second en dash"),
    pytest.param("I can say with confidence", "Blinken", "TASS", id="Blinken via TASS"),
    pytest.param("We are talking about the revival", "Lavrov", None, id="Lavrov explained"),
    pytest.param("Now they are telling us", "Lavrov", None, id="Lavrov said"),
    pytest.param("Accordingly, the idea of a", "Yermakov", "RT", id="Yermakov, the analyst, RT"),
    pytest.param("On the contrary", "Yermakov", None, id="Yermakov, the expert"),
    pytest.param("That is, all countries", "Feldman", "RT", id="Feldman, he, RT"),
    pytest.param("But that does not mean", "Feldman", None, id="Feldman admitted"),
]


@pytest.mark.parametrize(("prefix", "surname", "via"), SEED_SPEAKERS)
def test_seed_direct_quote_speakers(seed_doc: Document, prefix: str, surname: str, via: str | None) -> None:
    quote = _direct(seed_doc, prefix)
    assert quote.speaker is not None
    assert surname in quote.speaker.name
    assert (quote.via.name if quote.via else None) == via


def test_seed_every_sentence_quote_has_a_speaker(seed_doc: Document) -> None:
    """Every direct quote of a whole sentence or more is attributed, except the section heading."""
    heading = "The neocolonial division of the world"
    unattributed = [
        q.text
        for q in seed_doc.quotes
        if q.kind == "direct" and q.speaker is None and len(q.text.split()) >= 8 and not q.text.startswith(heading)
    ]
    assert unattributed == []


def test_seed_byline_is_not_a_speaker(seed_doc: Document) -> None:
    byline = seed_doc.text.index("Polina Dukhanova")
    assert all(q.speaker is None or q.speaker.start < byline for q in seed_doc.quotes)


def test_seed_according_to_him_is_lavrov(seed_doc: Document) -> None:
    claim = next(q for q in seed_doc.quotes if q.kind == "indirect" and q.text.startswith("the idea that NATO"))
    assert claim.speaker is not None and "Lavrov" in claim.speaker.name


def test_seed_berbock_claim(seed_doc: Document) -> None:
    claim = next(q for q in seed_doc.quotes if q.text.startswith("the responsibility for the elimination"))
    assert claim.speaker is not None and "Berbock" in claim.speaker.name


def test_cli_extract_fills_speakers() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", "extract", "--format", "json", str(ROOT / "seeds")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    rows = json.loads(result.stdout)
    attributed = [row for row in rows if row["attribution"] is not None]
    assert attributed and all(row["speaker"] and row["speaker"]["name"] for row in attributed)
    by_prefix = {row["text"][:25]: row["speaker"]["name"] for row in attributed if row["kind"] == "direct"}
    assert "Truss" in by_prefix["It is important that we f"]
    assert "Blinken" in by_prefix["I can say with confidence"]
    assert "Feldman" in by_prefix["But that does not mean th"]


def test_example_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "examples/attribute.py"], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "'the head of British diplomacy' -> " in result.stdout
    assert "via: TASS" in result.stdout


# --- The language layer --------------------------------------------------------------------------


def test_inverted_colon_cues_come_from_the_cue_table() -> None:
    """ "Stated Stone:" and "Tweeted Stone:" open with a verb of the inverted-intro table, capitalised."""
    from quoteattr.lang import get_language

    grammar = get_language("en").attribution
    assert grammar is not None
    for cue in ("Stated", "Said", "Says", "Wrote", "Tweeted", "Explained", "Observed"):
        match = grammar.INVERTED_COLON.search(f"The plan failed. {cue} Stone: ")
        assert match is not None and match.group("cue", "speaker") == (cue, "Stone")
    assert grammar.INVERTED_COLON.search("The plan failed. Meanwhile Stone: ") is None
    assert grammar.INVERTED_COLON.search("The plan failed. Asked Stone: ") is None  # asked names an addressee


def test_language_without_attribution_grammar_links_nobody() -> None:
    """With the neutral grammar every production is empty: quotes stay, speakers do not."""
    from quoteattr.attribution import link_quotes
    from quoteattr.lang import Language
    from quoteattr.spans import pair_quotes
    from quoteattr.text import Index

    bare = Language(code="xx", name="Bare", function_words=frozenset())
    text = "“We will win,” Truss said. She added that the plan would work."
    index = Index(text, bare)
    linked = link_quotes(text, index, pair_quotes(text, index.paragraphs).quotes, bare)
    assert [text[item.start : item.end] for item in linked] == ["We will win,"]
    assert all(item.speaker is None for item in linked)


SPANS = st.lists(st.tuples(st.integers(0, 80), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@settings(max_examples=300, deadline=None)
@given(SPANS, SPANS)
def test_a_report_of_a_report_is_found_by_bisection_as_by_a_scan(
    content: list[tuple[int, int]], cues: list[tuple[int, int]]
) -> None:
    """Oracle: looking only at the sorted cues starting inside the content finds what a scan of all cues finds."""
    frame = Frame(Mention(0, 1, "name"), (0, 1), content, "according-to", 0)
    scan = any(s <= cue[0] and cue[1] <= e for s, e in content for cue in set(cues))
    assert _reports_attribution(frame, sorted(set(cues))) is scan


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["put", "puts", " it", "it", "self", "x", "_", "-", " ", "\N{LATIN SMALL LETTER E WITH ACUTE}"]
        ),
        max_size=12,
    ).map("".join)
)
def test_put_it_scan_matches_word_boundary_form(text: str) -> None:
    """Oracle: the literal-first "put it" scan finds exactly what the leading-word-boundary form finds."""
    oracle = re.compile(r"\bput(?:s)? it\b")
    scan = get_language("en").attribution.PUT_IT
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in oracle.finditer(text)]


def _extracted_with(text: str, **fields: Any) -> quoteattr.Document:
    """``text`` extracted in English, with the English attribution grammar's ``fields`` replaced."""
    english = get_language("en")
    assert english.attribution is not None
    grammar = dataclasses.replace(english.attribution, **fields)
    return quoteattr.extract(text, lang=dataclasses.replace(english, attribution=grammar))


def test_signature_hints_gate_the_search_past_a_later_mark() -> None:
    """A signature after a later closing mark on the quote's line is looked for only where the line holds
    one of the grammar's ``SIGNATURE_HINTS`` (its dashes); a grammar without hints always looks."""
    text = "“Some people are so poor.” And that’s all he has “the root of all evil’.” ― Christina Lastra\n"

    def speakers(**fields: tuple[str, ...]) -> list[str | None]:
        return [quote.speaker.name if quote.speaker else None for quote in _extracted_with(text, **fields).quotes]

    assert "Christina Lastra" in speakers()
    assert "Christina Lastra" in speakers(SIGNATURE_HINTS=("",))
    assert "Christina Lastra" not in speakers(SIGNATURE_HINTS=("#",))


def test_what_words_gate_the_what_called_rule() -> None:
    """ "what X called" is tried only where the quote's window holds one of the grammar's ``WHAT_WORDS``
    (past "that ", which holds the hint too); a grammar without them always tries it."""
    text = "They fought what Gilbert called “a perception problem” for years, and that “other problem”."

    def first_rule(**fields: tuple[str, ...]) -> str | None:
        attribution = _extracted_with(text, **fields).quotes[0].attribution
        return attribution.rule if attribution else None

    assert first_rule() == "what-called"
    assert first_rule(WHAT_WORDS=("",)) == "what-called"
    assert first_rule(WHAT_WORDS=("#",)) != "what-called"


def test_english_group_nouns_are_single_words() -> None:
    """The group mention pattern turns away phrases of more than three words before it runs, which
    holds only while every group noun is one word."""
    from quoteattr.lang.en.pronouns import GROUP_NOUNS

    assert all(noun.split() == [noun] for noun in GROUP_NOUNS)
    grammar = get_language("en").attribution
    assert grammar is not None
    group = grammar.WHOLE_MENTION[2][1]
    assert group.fullmatch("Republican state party officials") is None  # four words
    assert group.fullmatch("Republican party officials") is not None
    titled = grammar.WHOLE_MENTION[6][1]  # three to seven words, the last one capitalised
    assert titled.fullmatch("former Arkansas Gov. Mike Huckabee") is not None
    assert titled.fullmatch("the very long list of former Arkansas Gov. Mike Huckabee") is None


def test_mention_memo_keys_the_trimmed_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """A phrase with spaces around it is the phrase: it is classified once, with the same kind and span."""
    from quoteattr.attribution import mentions

    grammar = get_language("en").attribution
    assert grammar is not None
    classified: list[tuple[int, int]] = []
    read = mentions._classify_phrase

    def counting(grammar: Any, text: str, start: int, end: int) -> Any:
        classified.append((start, end))
        return read(grammar, text, start, end)

    monkeypatch.setattr(mentions, "_classify_phrase", counting)
    mentions._memos.clear()
    text = "and  Trump  said"
    first = mentions.classify_mention(grammar, text, 3, 12)
    assert first is not None and text[first.start : first.end] == "Trump"
    assert mentions.classify_mention(grammar, text, 4, 11) == first
    assert len(classified) == 1
    assert mentions.classify_mention(grammar, "a   ", 1, 4) is None


def test_name_colon_hint_gates_the_headline_pattern() -> None:
    """A sentence is tried for a headline's "Name: claim" only where it holds ``NAME_COLON_HINT``;
    a grammar without the hint tries every sentence."""
    from quoteattr.attribution.claims import find_frames
    from quoteattr.text import Index

    english = get_language("en")
    assert english.attribution is not None
    text = "John McCain: Republican Populist Anger Appeals to Bad Angels"

    def rules(grammar: Any) -> list[str]:
        lang = dataclasses.replace(english, attribution=grammar)
        return [frame.rule for frame in find_frames(text, Index(text, lang), [], lang)]

    assert rules(english.attribution) == ["colon-headline"]
    assert rules(dataclasses.replace(english.attribution, NAME_COLON_HINT="")) == ["colon-headline"]
    assert rules(dataclasses.replace(english.attribution, NAME_COLON_HINT="#")) == []


@pytest.mark.parametrize("code", ["en", "de", "es", "fr", "it", "pt", "ru"])
def test_the_name_colon_hint_is_in_every_headline_match(code: str) -> None:
    """The hint that gates a sentence is the colon of every "Name: claim" the pattern finds, so a
    sentence without it (most) would find none: skipping it changes nothing."""
    grammar = get_language(code).attribution
    assert grammar is not None and grammar.NAME_COLON_HINT
    for text in ("John McCain: Republican anger grows", "Angela Merkel: Wir schaffen das", "Scholz:  Nein"):
        found = grammar.NAME_COLON.match(text)
        assert found is not None and grammar.NAME_COLON_HINT in found.group()
