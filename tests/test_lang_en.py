"""The English attribution grammar: word lists compiled as prefix trees match what their flat lists matched."""

from __future__ import annotations

import dataclasses
import sys

import regex
from hypothesis import given, settings

from quoteattr.attribution.claims import word_head
from quoteattr.attribution.mentions import before_adverbs, subject_ending_at, word_tail
from quoteattr.lang.en import attribution
from quoteattr.lang.en.cues import CUE_ADVERBS, MODAL_ADVERBS
from quoteattr.lang.en.words import ADVERB_ENDINGS, PHRASE_OPENERS, WORD_OPENERS
from quoteattr.lang.patterns import alternation
from tests.pattern_oracle import same_answers, texts_from, windows

_FUNCTION_WORDS = sorted(attribution.FUNCTION_WORDS - set(attribution.DETERMINERS))


def _as_flat_lists(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """``pattern`` with each word list spelled as the flat alternation it was written as before."""
    source = pattern.pattern
    for words in (PHRASE_OPENERS, WORD_OPENERS, ADVERB_ENDINGS, _FUNCTION_WORDS):
        source = source.replace(alternation(words), "|".join(words))
    assert source != pattern.pattern
    return regex.compile(source, pattern.flags)


_GROUP_MENTION = next(pattern for kind, pattern in attribution.WHOLE_MENTION if kind == "group")

# The words of the lists in two cases, words that hold one of them or an ending, and (as often as all
# the words together) the characters around the phrases: spaces, commas, stops, brackets, dashes, capitals.
_WORDS = [
    *PHRASE_OPENERS,
    *(w.lower() for w in PHRASE_OPENERS[::3]),
    *WORD_OPENERS,
    *_FUNCTION_WORDS,
    *("Additionally", "reportedly", "ally", "Separately", "Withing", "Asks", "Ink", "Thistle", "Ifs", "Nowhere"),
    *("regard", "year", "critics", "officials", "voters", "Trump", "Speaking", "AFP", "Ore", "2016"),
]
_CHARACTERS = "  ,,. \n()-\N{EM DASH}xSé"
_PIECES = [*_WORDS, *_CHARACTERS * (len(_WORDS) // len(_CHARACTERS))]


@settings(max_examples=300)
@given(windows(texts_from(_PIECES, max_size=12)))
def test_introductory_matches_as_its_flat_lists(window: tuple[str, int, int]) -> None:
    """Equivalence: INTRODUCTORY with prefix trees finds what it found with flat word lists."""
    same_answers(_as_flat_lists(attribution.INTRODUCTORY), attribution.INTRODUCTORY, *window)


@settings(max_examples=300)
@given(windows(texts_from(_PIECES, max_size=12)))
def test_name_after_opening_matches_as_its_flat_list(window: tuple[str, int, int]) -> None:
    """Equivalence: NAME_AFTER_OPENING with a prefix tree finds what it found with the flat list."""
    same_answers(_as_flat_lists(attribution.NAME_AFTER_OPENING), attribution.NAME_AFTER_OPENING, *window)


@settings(max_examples=300)
@given(windows(texts_from(_PIECES, max_size=6)))
def test_group_mention_matches_as_its_flat_list(window: tuple[str, int, int]) -> None:
    """Equivalence: the group mention with a prefix tree of function words finds what the flat list found."""
    same_answers(_as_flat_lists(_GROUP_MENTION), _GROUP_MENTION, *window)


# The shape LEADING_CONJUNCTION had: the conjunctions as a flat list.
_CONJUNCTION_LIST = regex.compile(
    r"\s*(?:(?:and|but|so|yet|then|however|meanwhile|instead|now|later|also|still|thus|although|though|while|"
    r"because|as|if|when|since|whereas|after|before|until|unless)\s+)+",
    regex.IGNORECASE,
)
_CONJUNCTION_PIECES = [
    *attribution._CONJUNCTIONS,
    *(c.upper() for c in attribution._CONJUNCTIONS[::4]),
    *("ash", "sooner", "Trump", "thought", "whereabouts"),
    *"   \n,xS" * 5,
]


@settings(max_examples=300)
@given(windows(texts_from(_CONJUNCTION_PIECES, max_size=10)))
def test_leading_conjunction_matches_as_its_flat_list(window: tuple[str, int, int]) -> None:
    """Equivalence: LEADING_CONJUNCTION as a prefix tree finds what the flat list found."""
    same_answers(_CONJUNCTION_LIST, attribution.LEADING_CONJUNCTION, *window)


def test_introductory_phrases() -> None:
    """Opening adverbials are read to their comma; a sentence without one is no opening phrase."""
    assert attribution.INTRODUCTORY.match("Without doubt, she said").group() == "Without doubt, "
    assert attribution.INTRODUCTORY.match("Within reach she said").group() == ""
    assert attribution.INTRODUCTORY.match("Additionally, she said").group() == "Additionally, "


# The shapes the whole-mention patterns had: the group mention turned away phrases of more than three
# words only, and each possessive looked for its apostrophe itself.
def _former_whole_mentions() -> list[tuple[str, regex.Pattern[str]]]:
    from quoteattr.lang.en import grammar

    three_words_at_most = r"(?=(?:\S++\s++){0,2}+\S++\Z)"
    apostrophe = r"(?=[^’']*+[’'])"
    group = rf"{three_words_at_most}(?:(?:(?!{attribution._FUNCTION_WORD}\b)[\p{{L}}\-]+\s+){{0,2}}){grammar.GROUP}"
    kinds = [kind for kind, _ in attribution.WHOLE_MENTION]
    sources = [pattern.pattern for _, pattern in attribution.WHOLE_MENTION]
    sources[2] = group
    sources[7:] = [apostrophe + grammar.POSSESSIVE_PHRASE, apostrophe + grammar.POSSESSIVE_DESCRIPTION]
    return list(zip([*kinds, "description"], map(regex.compile, sources), strict=True))


_FORMER_WHOLE_MENTIONS = _former_whole_mentions()
_MENTION_PIECES = [
    *("officials", "Critics", "voters", "people", "of", "for", "the", "The", "a", "top", "state", "party"),
    *("Trump", "Sen.", "Ted", "Cruz", "Obama’s", "Ryan's", "campaign", "former", "75", "percent", "he", "who"),
    *" " * 8,
    *("\n", "’", "'", "-", ".", ","),
]


@settings(max_examples=500)
@given(windows(texts_from(_MENTION_PIECES, max_size=8)))
def test_whole_mentions_match_as_their_former_shapes(window: tuple[str, int, int]) -> None:
    """Equivalence: the first whole-mention pattern a phrase matches whole, and its kind, are as before."""
    text, start, end = window

    def first(patterns: list[tuple[str, regex.Pattern[str]]]) -> tuple[str, tuple[int, int]] | None:
        return next(((kind, m.span()) for kind, p in patterns if (m := p.fullmatch(text, start, end))), None)

    assert first(list(attribution.WHOLE_MENTION)) == first(_FORMER_WHOLE_MENTIONS)


# Words each alternative of a whole mention needs, and words that look like them: group nouns in any
# case (with a Kelvin sign for "k" and a long s, which the patterns' case folding takes for "k" and "s"),
# determiners, particles with and without their hyphen, and spaces the patterns do not take for space.
_CANDIDATE_PIECES = [
    *("officials", "OFFICIALS", "Workers", "wor\u212aers", "\u017fupporters", "supporters", "the", "The", "THE", "a"),
    *("al-Assad", "el-Sisi", "Al-Assad", "al-", "de", "Blasio", "Trump", "Sen.", "Ted", "U.S.", "İstanbul", "ibn"),
    *("he", "It", "I", "who", "which", "75", "percent", "one-in-five", "Only", "of", "top", "state", "’s", "'s"),
    *("only", "More", "than", "%", "Most", "MOST", "mo\u017ft", "half", "Per", "cent", "\u0663", "\u2460", "24.5"),
    *" " * 10,
    *("\n", "\t", "\u00a0", "\x1c", "\x1f", "’", "'", "-", ".", ","),
]


@settings(max_examples=1000)
@given(windows(texts_from(_CANDIDATE_PIECES, max_size=8)))
def test_whole_mention_candidates_leave_out_only_what_cannot_match(window: tuple[str, int, int]) -> None:
    """Equivalence: the first whole-mention pattern a phrase matches, among the candidates its words leave,
    is the first among all of them; the candidates keep the patterns' order."""
    text, start, end = window
    candidates = attribution.whole_mention_candidates(text[start:end])
    assert [pair for pair in attribution.WHOLE_MENTION if pair in candidates] == list(candidates)

    def first(pairs: tuple[tuple[str, regex.Pattern[str]], ...]) -> tuple[str, tuple[int, int]] | None:
        return next(((kind, m.span()) for kind, p in pairs if (m := p.fullmatch(text, start, end))), None)

    assert first(candidates) == first(attribution.WHOLE_MENTION)


_SHAPED_PHRASES = (
    *("launched a petition", "he", "It", "who", "the state", "The state", "Their aide", "the officials"),
    *("OFFICIALS", "top \u017fupporters", "al-Assad", "el-Sisi", "Bill de Blasio", "Obama’s aide", "Ryan's campaign"),
    *("75 percent of voters", "former Arkansas Gov. Mike Huckabee", "the minister", "a\x1cTrump", "Joe\u00a0Biden"),
    *("Only 24 percent", "More than half of voters", "Most of the voters", "one-in-five Americans", "A majority"),
    *("Per cent of them", "\u0663\u0660 percent"),
)


def test_whole_mention_candidates_by_shape() -> None:
    """A clause ending on a lower-case word is tried as neither name nor possessive; "al-Assad" stays a name;
    each phrase of each shape finds the kind it finds among all the patterns."""
    kinds = {p: [kind for kind, _ in attribution.whole_mention_candidates(p)] for p in ("launched a petition", "")}
    assert kinds["launched a petition"] == []
    assert len(kinds[""]) == len(attribution.WHOLE_MENTION)
    found = []
    for phrase in _SHAPED_PHRASES:
        pairs = attribution.whole_mention_candidates(phrase)
        kind = next((kind for kind, p in attribution.WHOLE_MENTION if p.fullmatch(phrase)), None)
        assert next((kind for kind, p in pairs if p.fullmatch(phrase)), None) == kind, phrase
        found.append(kind)
    assert {"pronoun", "relative", "group", "name", "description"} <= set(found)


# The words the backwards patterns before a cue end on, words that end like them and do not, and the
# characters between: spaces of several kinds (the separators "\x1c" and "\x1f" are space to str.isspace
# but not to the patterns), stops, capitals.
_TAIL_WORDS = [
    *CUE_ADVERBS,
    *MODAL_ADVERBS,
    *("to", "expected", "is", "was", "are", "went", "on", "last", "Monday", "week", "evening", "night"),
    *(" was expected to ", " went on to ", " wants to ", " on Monday ", " last week evening ", " is used to "),
    *(" (R-Fla.) ", "(D)", "(", ")", "Sen. Rubio", " (age 22)"),
    *(" was widely ", " has been ", " is being ", " be ", " were "),
    *("quickly", "Italy", "family", "also-ran", "tomato", "Trump", "said", "then", "weekday", "x", "o"),
]
_TAIL_CHARACTERS = "    \n\t\u00a0\u2009\x1c\x1f,.-’'T"
_TAIL_PIECES = [*_TAIL_WORDS, *_TAIL_CHARACTERS * (len(_TAIL_WORDS) // len(_TAIL_CHARACTERS))]
_TAILED = (
    ("TRAILING_ADVERBS", "TRAILING_ADVERBS_TAILS"),
    ("MODALS_BEFORE_CUE", "MODALS_BEFORE_CUE_TAILS"),
    ("PASSIVE_INFINITIVE_BEFORE", "PASSIVE_INFINITIVE_TAILS"),
    ("PASSIVE_BEFORE", "PASSIVE_BEFORE_TAILS"),
)


@settings(max_examples=500)
@given(windows(texts_from(_TAIL_PIECES, max_size=10)))
def test_backwards_patterns_end_on_their_tails(window: tuple[str, int, int]) -> None:
    """Wherever a backwards pattern before a cue matches, the window's last word ends on one of its tails."""
    text, lo, _ = window
    for pattern_name, tails_name in _TAILED:
        tails = getattr(attribution.ATTRIBUTION, tails_name)
        pattern = getattr(attribution.ATTRIBUTION, pattern_name)
        assert tails, tails_name
        for end in range(lo, len(text) + 1):  # every end: the patterns are anchored there
            if pattern.search(text, lo, end) is not None:
                assert word_tail(text, lo, end) in tails, (pattern_name, text, lo, end)


@settings(max_examples=300)
@given(windows(texts_from(_TAIL_PIECES, max_size=10)))
def test_before_adverbs_finds_what_the_pattern_finds(window: tuple[str, int, int]) -> None:
    """Skipping the adverb search on a tail it cannot end on gives the search's own answer."""
    text, lo, _ = window
    for end in range(lo, len(text) + 1):
        found = attribution.ATTRIBUTION.TRAILING_ADVERBS.search(text, lo, end)
        assert before_adverbs(attribution.ATTRIBUTION, text, lo, end) == (found.start() if found else end)


def test_tails_fail_a_pattern_only_where_it_cannot_match() -> None:
    """A window whose last word ends otherwise is turned away; one that ends on a tail is searched."""
    grammar = attribution.ATTRIBUTION
    assert word_tail("Truss ", 0, 6) not in grammar.TRAILING_ADVERBS_TAILS
    assert word_tail("Truss also ", 0, 11) in grammar.TRAILING_ADVERBS_TAILS
    assert before_adverbs(grammar, "Truss also said", 0, 11) == 5
    assert before_adverbs(grammar, "Truss on Monday said", 0, 16) == 5
    assert before_adverbs(grammar, "Truss said", 0, 6) == 6


@settings(max_examples=300)
@given(windows(texts_from(_TAIL_PIECES, max_size=10)))
def test_parenthetical_ends_on_its_close(window: tuple[str, int, int]) -> None:
    """Wherever a bracket ends a window, the window's last character is the grammar's closing bracket."""
    text, lo, _ = window
    grammar = attribution.ATTRIBUTION
    for end in range(lo, len(text) + 1):
        if grammar.PARENTHETICAL_AT_END.search(text, lo, end) is not None:
            assert word_tail(text, lo, end).endswith(grammar.PARENTHETICAL_CLOSE), (text, lo, end)


_UNTAILED = dataclasses.replace(
    attribution.ATTRIBUTION,
    TRAILING_ADVERBS_TAILS=frozenset(),
    MODALS_BEFORE_CUE_TAILS=frozenset(),
    PASSIVE_INFINITIVE_TAILS=frozenset(),
    PARENTHETICAL_CLOSE="",
)


@settings(max_examples=200)
@given(windows(texts_from(_TAIL_PIECES, max_size=10)))
def test_subjects_are_found_as_without_tails(window: tuple[str, int, int]) -> None:
    """The subject before each place is the one the grammar finds when it tries every backwards pattern."""
    text, lo, _ = window
    for end in range(lo, len(text) + 1):
        fast = subject_ending_at(attribution.ATTRIBUTION, text, lo, end, tail=word_tail(text, lo, end))
        slow = subject_ending_at(_UNTAILED, text, lo, end)
        assert (fast and (fast.start, fast.end, fast.kind)) == (slow and (slow.start, slow.end, slow.kind))


_HEAD_PIECES = [
    *_TAIL_PIECES,
    *(" by ", " has ", " would ", " must ", "'s ", "’s ", " byline ", " ist ", "ed ", "id", "ght", "wn", " Is "),
]


@settings(max_examples=300)
@given(windows(texts_from(_HEAD_PIECES, max_size=10)))
def test_noun_after_cue_opens_on_its_heads(window: tuple[str, int, int]) -> None:
    """Wherever the pattern after a cue matches, the next word opens on one of its heads."""
    text, _, hi = window
    grammar = attribution.ATTRIBUTION
    assert grammar.NOUN_AFTER_CUE_HEADS
    for start in range(hi + 1):  # every place: the pattern is anchored there
        if grammar.NOUN_AFTER_CUE.match(text, start, hi) is not None:
            assert word_head(text, start, hi) in grammar.NOUN_AFTER_CUE_HEADS, (text, start, hi)


@settings(max_examples=300)
@given(windows(texts_from([*_HEAD_PIECES, " that ", "that", " thatch ", "''", "“", "."], max_size=12)))
def test_complement_gap_holds_its_hint(window: tuple[str, int, int]) -> None:
    """Every gap before a complement holds the hint that is looked for before the pattern is tried."""
    text, _, hi = window
    grammar = attribution.ATTRIBUTION
    assert grammar.COMPLEMENT_GAP_HINT
    for start in range(hi + 1):
        gap = grammar.COMPLEMENT_GAP.match(text, start, hi)
        if gap is not None:
            assert grammar.COMPLEMENT_GAP_HINT in gap.group(), (text, start, hi)


def test_pattern_space_is_python_space() -> None:
    """Every character the patterns' ``\\s`` takes is space to ``str.isspace``, which word_tail and word_head
    skip: a tail or head they read is never cut short of where a pattern's word ends or starts."""
    space = regex.compile(r"\s")
    assert all(chr(code).isspace() for code in range(sys.maxunicode + 1) if space.match(chr(code)))


# The shape SUBORDINATE_SUBJECT had: no look-behind before the "and" that ends the window.
_SUBORDINATE_SUBJECT_UNGUARDED = regex.compile(
    r"(?r)\b(?:when|while|as|because|after|before|since|until|although|though)\s+"
    rf"(?P<subject>{attribution.grammar.PRONOUN}|{attribution.grammar.NAME})\s+\p{{Ll}}+[^,;:]*\band\s*\Z"
)
# Words with the space after them (so that clauses form), and the characters a clause may hold.
_SUBORDINATE_PIECES = [
    *(f"{word} " for word in ("when", "while", "as", "because", "after", "since", "though", "When")),
    *(f"{word} " for word in ("he", "she", "It", "Trump", "Mr.", "Ted", "Cruz", "al-Assad", "de", "U.S.")),
    *(f"{word} " for word in ("and", "brought", "up", "the", "bombing", "was", "ash", "sand")),
    *("al-", "Ortiz’", *"  ,;:\n.-é"),
]


@settings(max_examples=400)
@given(windows(texts_from(_SUBORDINATE_PIECES, max_size=14)))
def test_subordinate_subject_matches_as_without_its_look_behind(window: tuple[str, int, int]) -> None:
    """Equivalence: SUBORDINATE_SUBJECT, asked first for a subordinator in the last clause, finds what it found."""
    same_answers(_SUBORDINATE_SUBJECT_UNGUARDED, attribution.SUBORDINATE_SUBJECT, *window)


@settings(max_examples=200)
@given(windows(texts_from(_SUBORDINATE_PIECES, max_size=14)))
def test_subordinate_subject_matches_as_without_its_look_behind_at_the_end(window: tuple[str, int, int]) -> None:
    """Equivalence: the same, for windows that end on "and" as the rule's windows do."""
    text, pos, _ = window
    text += " and"
    same_answers(_SUBORDINATE_SUBJECT_UNGUARDED, attribution.SUBORDINATE_SUBJECT, text, pos, len(text))


# The shape SPEAKER_AT_START had: the possessive tried without first looking for its apostrophe.
_SPEAKER_AT_START_UNGUARDED = regex.compile(
    attribution.grammar.SPEAKER_AT_START.pattern.replace(attribution.grammar._APOSTROPHE_AFTER_NAME, "", 1)
)
_SPEAKER_PIECES = [
    *(f"{word} " for word in ("Trump", "Mr.", "Ted", "Cruz", "U.S.", "P&G", "de", "the", "minister", "his")),
    *(f"{word} " for word in ("she", "campaign", "officials", "of", "State", "O’Neill", "Ortiz’s", "Ryan's")),
    *("al-", "Assad", "’s ", "'s ", "’", "'", "s ", *"  ,.-&\n\u0301é"),
]


@settings(max_examples=400)
@given(windows(texts_from(_SPEAKER_PIECES, max_size=10)))
def test_speaker_at_start_matches_as_without_its_apostrophe_look_ahead(window: tuple[str, int, int]) -> None:
    """Equivalence: SPEAKER_AT_START, looking ahead for a possessive's apostrophe first, finds what it found."""
    assert _SPEAKER_AT_START_UNGUARDED.pattern != attribution.grammar.SPEAKER_AT_START.pattern
    same_answers(_SPEAKER_AT_START_UNGUARDED, attribution.grammar.SPEAKER_AT_START, *window)
