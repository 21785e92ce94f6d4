"""Dates of utterances: gold cases from ``tests/cases/dates.json``, table-driven checks, and properties.

Each case is::

    {"label": "what the case shows",
     "text": "the attribution sentence (the whole text is the window)",
     "published": "2022-04-29" or null,
     "expected": {"date": "2022-04-27" or null, "text": "April 27" or null},
     "xfail": "why it fails today"}

A case with ``xfail`` runs as ``xfail(strict=True)``: fixing it makes the suite say so.  To add a case,
append it to the file; no code changes.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import regex
from gold import assert_unique_labels, case_params, load_cases
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteattr.dates import find_date, find_dates, published_from_text
from quoteattr.lang import get_language
from quoteattr.lang.en.date_grammar import build_published_pattern
from quoteattr.lang.en.dates import MONTHS, RELATIVE_DAYS, WEEKDAYS

CASES = Path(__file__).parent / "cases" / "dates.json"
CASE_KEYS = {"label", "text", "published", "expected", "xfail"}
FRIDAY = dt.date(2022, 4, 29)
EN = get_language("en")


def _load() -> list[Any]:
    return load_cases(CASES)


def _params() -> list[Any]:
    return case_params(_load())


def test_case_file_is_well_formed() -> None:
    cases = _load()
    assert_unique_labels(cases, CASES.name)
    for case in cases:
        assert set(case) <= CASE_KEYS and {"label", "text", "published", "expected"} <= set(case), case["label"]
        assert set(case["expected"]) == {"date", "text"}, case["label"]
        assert (case["expected"]["date"] is None) == (case["expected"]["text"] is None), case["label"]


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    text = case["text"]
    published = dt.date.fromisoformat(case["published"]) if case["published"] else None
    found = find_date(text, 0, len(text), published, lang=EN)
    expected = case["expected"]
    if expected["date"] is None:
        assert found is None, f"unexpected date {found}"
    else:
        assert found is not None, "no date found"
        assert found.date.isoformat() == expected["date"]
        assert found.text == expected["text"] == text[found.start : found.end]


# --- The tables. ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "number"), MONTHS.items())
def test_every_month_name_resolves(name: str, number: int) -> None:
    text = f"She said on {name} 3, 2021 that the talks had ended."
    found = find_date(text, 0, len(text), None, lang=EN)
    assert found is not None and found.date == dt.date(2021, number, 3)


@pytest.mark.parametrize(("name", "number"), WEEKDAYS.items())
def test_every_weekday_is_the_last_one_on_or_before_publication(name: str, number: int) -> None:
    text = f"She said on {name} that the talks had ended."
    found = find_date(text, 0, len(text), FRIDAY, lang=EN)
    assert found is not None and found.date.weekday() == number
    assert dt.timedelta(0) <= FRIDAY - found.date < dt.timedelta(days=7)


@pytest.mark.parametrize(("words", "offset"), RELATIVE_DAYS.items())
def test_every_relative_word_is_its_offset(words: str, offset: int) -> None:
    text = f"She said {words} that the talks had ended."
    found = find_date(text, 0, len(text), FRIDAY, lang=EN)
    assert found is not None and found.date == FRIDAY + dt.timedelta(days=offset) and found.text == words


# --- Published dates. -----------------------------------------------------------------------------


def test_published_date_inline_token() -> None:
    text = "stay tuned to our Telegram channel date 2022-04-29 The North Atlantic Treaty Organization"
    assert published_from_text(text, EN) == FRIDAY


def test_published_date_line() -> None:
    assert published_from_text("Headline\nDate: 2021-12-03\n\nBody.", EN) == dt.date(2021, 12, 3)


def test_published_date_invalid_or_absent() -> None:
    assert published_from_text("date 2022-02-30 and nothing else", EN) is None
    assert published_from_text("updated 2022-04-29", EN) is None


def test_demo_article_carries_its_date() -> None:
    seeds = sorted((Path(__file__).parent.parent / "seeds").glob("001_*.txt"))
    assert seeds and published_from_text(seeds[0].read_text(encoding="utf-8"), EN) == FRIDAY


# --- Windows and properties. ----------------------------------------------------------------------


def test_only_the_window_is_searched() -> None:
    text = "On Monday he left. On Wednesday she said it was over."
    cut = text.index("On Wednesday")
    found = find_date(text, cut, len(text), FRIDAY, lang=EN)
    assert found is not None and found.text == "Wednesday" and found.start > cut
    assert [m.text for m in find_dates(text, 0, len(text), FRIDAY, lang=EN)] == ["Monday", "Wednesday"]


FAST = settings(max_examples=200, deadline=None)
PIECES = [
    "on May 14",
    "27 May 1997",
    "June 29-30",
    "last Wednesday",
    "next Tuesday",
    "yesterday",
    "this morning",
    "in February",
    "Ash Wednesday",
    "2022-04-27",
    "Truss said",
    "Sept. 3",
    ", ",
    ". ",
    "31",
    "2021",
]
phrases = st.lists(st.sampled_from(PIECES) | st.text(max_size=10), max_size=12).map(" ".join)
published = st.none() | st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31))
windows = st.tuples(st.integers(-5, 300), st.integers(-5, 300))


@FAST
@given(phrases, windows, published)
def test_offsets_slice_the_text_inside_the_window(text: str, window: tuple[int, int], pub: dt.date | None) -> None:
    """Offsets: every mention slices to its own text and lies inside the window."""
    start, end = window
    lo, hi = max(0, min(start, len(text))), max(0, min(end, len(text)))
    for mention in find_dates(text, start, end, pub, lang=EN):
        assert text[mention.start : mention.end] == mention.text
        assert lo <= mention.start < mention.end <= hi


@FAST
@given(phrases, published)
def test_resolved_dates_are_never_after_publication_unless_explicit(text: str, pub: dt.date | None) -> None:
    """Never guessed forward: a date resolved from ``published`` is on or before it."""
    for mention in find_dates(text, 0, len(text), pub, lang=EN):
        if pub is not None and str(mention.date.year) not in mention.text:
            assert mention.date <= pub, mention


@FAST
@given(phrases)
def test_without_published_only_explicit_years_resolve(text: str) -> None:
    """Null when unknown: with no published date, only dates that carry a year are given."""
    for mention in find_dates(text, 0, len(text), None, lang=EN):
        assert str(mention.date.year) in mention.text


@FAST
@given(st.text(), st.integers(), st.integers(), published)
def test_no_string_and_no_window_raises(text: str, start: int, end: int, pub: dt.date | None) -> None:
    """Robustness: any string with any window gives a result, never an exception."""
    find_date(text, start, end, pub, lang=EN)
    published_from_text(text, EN)


@pytest.mark.parametrize("words", ["yesterday", "on Monday", "last Friday", "tomorrow"])
def test_dates_near_year_one_are_clamped(words: str, tmp_path: Path) -> None:
    """Published on 0001-01-01 (a feed's zero time, or a 'date' line): relative dates clamp, never overflow."""
    import quoteattr
    from quoteattr.articles import parse_article
    from quoteattr.cli import main

    text = f"“We will win,” Anna Berg said {words}."
    article = parse_article(json.dumps({"id": "z", "text": text, "published": "0001-01-01T00:00:00Z"}), "z:1")
    document = quoteattr.extract(article.text, doc_id="z", published=article.published)  # type: ignore[union-attr]
    assert document.quotes[0].date is None or document.quotes[0].date >= dt.date.min
    (tmp_path / "d.txt").write_text(f"date 0001-01-01\n\n{text}\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "d.txt")]) == 0
    late = quoteattr.extract(text.replace("said", "will say").replace("yesterday", "tomorrow"), published=dt.date.max)
    assert all(q.date is None or q.date <= dt.date.max for q in late.quotes)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["date", "Published", "x", ":", " ", "2022-04-29", "1"]),
        max_size=8,
    ).map("".join)
)
def test_published_scan_matches_label_first_form(text: str) -> None:
    """Oracle: the date-first published scan finds the same dates as the plain label-first pattern."""
    labels = r"(?i:date|published|publication date|dateline)"
    oracle = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){labels}:?\s+(\d{{4}})-(\d\d)-(\d\d)(?![\p{{N}}])")
    scan = build_published_pattern()
    assert [m.groups() for m in scan.finditer(text)] == [m.groups() for m in oracle.finditer(text)]


_KEY_PIECES = [
    "May", "Mayor", "Wednesday", "Sept.", "Sep", "yesterday", "Yesterday", "night", "tonight", "12", "٣",
    "x", "X", "_", "-", " ", ".", ",", "\n", "mid-", "ago",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PIECES), max_size=12), st.integers(min_value=0, max_value=40))
def test_the_english_date_keys_find_a_key_where_the_plain_alternation_does(pieces: list[str], pos: int) -> None:
    """Oracle: the key scan opened by first letters finds a key wherever ``\\d|\\b(?:words)`` finds one."""
    import re

    from quoteattr.lang.en.date_grammar import _capitalised_variants

    text = "".join(pieces)
    relative = {max(phrase.split(), key=len) for phrase in RELATIVE_DAYS}
    words = sorted([*MONTHS, *WEEKDAYS, *_capitalised_variants(relative)], key=len, reverse=True)
    plain = re.compile(r"\d|\b(?:" + "|".join(re.escape(w) for w in words) + ")")
    keys = get_language("en").occasions.date_keys  # type: ignore[union-attr]
    pos = min(pos, len(text))
    assert [m.start() for m in keys.finditer(text, pos)] == [m.start() for m in plain.finditer(text, pos)]


_YEAR_PIECES = [
    "May 14", "May 14, 2022", "14 May 1997", "2022-04-29", "1999", "2019-13-01", "on Wednesday", "yesterday",
    "June 29-30, 2021", "Sept. 3 2020", "20", "19", "٢٠٢٢", "2\N{ARABIC-INDIC DIGIT ZERO}22",
    "\N{ARABIC-INDIC DIGIT TWO}", " ", ", ", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_YEAR_PIECES), max_size=10), st.integers(0, 30), st.integers(0, 80), published)
def test_a_window_without_a_year_is_searched_only_with_the_published_date(
    pieces: list[str], start: int, length: int, pub: dt.date | None
) -> None:
    """Equivalence: the year test finds the dates the date pattern alone finds, with or without ``published``."""
    import dataclasses

    from quoteattr.lang.language import Language

    text = "".join(pieces)
    grammar = EN.occasions
    assert grammar is not None and grammar.years is not None
    ungated = dataclasses.replace(EN, occasions=dataclasses.replace(grammar, years=None))
    assert isinstance(ungated, Language)
    found = find_dates(text, start, start + length, pub, lang=EN)
    assert found == find_dates(text, start, start + length, pub, lang=ungated)


def _flat_alternation(words: object) -> str:
    """The words as one flat alternation, longest first: the plain form of the date grammar's word trees."""
    items = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in items)


def _flat_date_pattern() -> regex.Pattern[str]:
    from unittest import mock

    from quoteattr.lang.en import date_grammar

    with mock.patch.object(date_grammar, "_alternation", _flat_alternation):
        return date_grammar.build_date_pattern()


_FLAT_DATE = _flat_date_pattern()

# Pieces of date phrases, words that share a beginning with them, and spaces of several kinds.
_DATE_PIECES = [
    *"May 14 2022 2022-04-29 Sept. Sept Sep Jan. Janu on On last Last next Wednesday Wed Wednesday’s".split(),
    *"yesterday Yesterday this morning night the day before 29-30 June Jun 27th of Ash Today today’s".split(),
    *"Sunday Times evening afternoon Mayor Monday Mon".split(),
    *["\N{SUPERSCRIPT TWO}", "\N{EM DASH}", "_", "-", ",", ".", " ", "  ", "\n", "\N{NO-BREAK SPACE}"],
]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(_DATE_PIECES), max_size=20).map(" ".join)
    | st.lists(st.sampled_from(_DATE_PIECES), max_size=20).map("".join)
)
@example("On Wednesday, May 14, 2022, the day before yesterday, this morning and Sept. 5 or Sept 5")
def test_the_date_pattern_matches_what_its_flat_form_matches(text: str) -> None:
    """Oracle: the date pattern, its word lists laid out as trees, finds each phrase its flat alternations find."""
    grammar = get_language("en").occasions
    assert grammar is not None
    tree = [(m.span(), m.groupdict()) for m in grammar.date.finditer(text)]
    assert tree == [(m.span(), m.groupdict()) for m in _FLAT_DATE.finditer(text)]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=20).map(" ".join), st.booleans())
@example("on Ash Wednesday and the Sunday Times, yesterday’s speech, in today’s world on May 14", True)
def test_a_phrase_is_resolved_before_its_name_is_read(text: str, dated: bool) -> None:
    """Oracle: the phrases found are those the plain order finds: each match not inside a name, then resolved."""
    from quoteattr.dates import _is_name, _resolve

    grammar = get_language("en").occasions
    assert grammar is not None
    published = dt.date(2022, 4, 29) if dated else None
    plain = []
    for match in grammar.date.finditer(text):
        if not _is_name(grammar, text, match, 0):
            date = _resolve(grammar, match, published)
            if date is not None:
                plain.append((date, match.span()))
    found = find_dates(text, 0, len(text), published, lang=get_language("en"))
    assert [(m.date, (m.start, m.end)) for m in found] == plain
