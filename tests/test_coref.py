"""Coreference: the registry, titled and subject names, a language without a coreference grammar, and blocking."""

from __future__ import annotations

import importlib
from dataclasses import replace

import pytest
import regex
from gold import case_texts
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
import quoteattr.coref as coref
from quoteattr.attribution.mentions import Mention
from quoteattr.coref import (
    Person,
    Registry,
    _capitalised_midsentence,
    _feminine,
    resolve,
    subject_names,
    titled_names,
)
from quoteattr.lang import available_languages, get_language
from quoteattr.names import honorific_gender, match_keys, parse_name, role_matches, same_person

EN = get_language("en")


def test_a_surname_resolves_to_the_fullest_earlier_name() -> None:
    registry = Registry(EN)
    text = "British Foreign Secretary Liz Truss spoke. Truss said so."
    assert resolve(text, Mention(26, 35, "name"), registry) == ("Liz Truss", "name")
    assert resolve(text, Mention(43, 48, "name"), registry) == ("Liz Truss", "name")


def test_a_pronoun_skips_people_of_the_other_gender() -> None:
    registry = Registry(EN)
    registry.add_name("Liz Truss", [])
    registry.add_name("Mr. Blinken", [])
    found = registry.by_pronoun("she")
    assert found is not None and found.name == "Liz Truss"


def test_a_description_finds_the_person_whose_role_fits() -> None:
    registry = Registry(EN)
    registry.add_titled("Russian Foreign Minister Sergei Lavrov")
    found = registry.by_description("the minister")
    assert found is not None and found.name == "Sergei Lavrov"


def test_a_relative_pronoun_takes_the_name_before_it() -> None:
    registry = Registry(EN)
    text = "Sergei Lavrov, who spoke"
    assert resolve(text, Mention(15, 18, "relative"), registry) == ("Sergei Lavrov", "description")


def test_titled_names_need_three_words() -> None:
    text = "Russian Foreign Minister Sergei Lavrov met Sen. Rubio."
    assert [name for _, _, name in titled_names(text, EN)] == ["Russian Foreign Minister Sergei Lavrov"]


def test_subject_names_skip_words_that_name_no_one() -> None:
    # One capitalised word is a name only if the text also writes it inside a sentence.
    text = "Lavrov spoke first. However came later. Then Lavrov left."
    spans = [(0, 19), (20, 39), (40, 57)]
    assert [name for _, _, name in subject_names(text, spans, EN)] == ["Lavrov"]


def test_a_language_without_a_coreference_grammar_guesses_no_gender() -> None:
    bare = replace(EN, coref=None)
    registry = Registry(bare)
    registry.add_name("Liz Truss", [])
    registry.add_name("Antony Blinken", [])
    found = registry.by_pronoun("she")  # not known as feminine: the most recent person
    assert found is not None and found.name == "Antony Blinken" and found.feminine is None
    assert titled_names("Russian Foreign Minister Sergei Lavrov said.", bare) == []


# --- Blocking: the registry compares a new name only with the people sharing a key -------------


class ExhaustiveRegistry(Registry):
    """The registry before blocking: every new name compared with every earlier person (the oracle).

    It keeps people where the registry does (``_add``, ``_touch``), but never looks anyone up by a key.
    """

    def add_name(self, mention_text: str, roles: list[str]) -> Person:
        bare = self.grammar.possessive_end.sub("", mention_text)
        parsed = parse_name(bare)
        full = parsed.name or mention_text
        if parsed.given is None and honorific_gender(bare) is not None:
            full = bare
        all_roles = [*parsed.roles, *roles]
        for person in reversed(self.people):
            if not person.group and same_person(person.name, full):
                if len(full) > len(person.name) and " " in full:
                    person.name = full
                person.roles.extend(r for r in all_roles if r not in person.roles)
                return self._touch(person)
        return self._add(Person(full, all_roles, _feminine(self.grammar, full, all_roles)))

    def add_titled(self, mention_text: str) -> None:
        parsed = parse_name(mention_text)
        if not parsed.roles or not parsed.has_name or " " not in parsed.name:
            return
        for person in self.people:
            if not person.group and same_person(person.name, parsed.name):
                person.roles.extend(r for r in parsed.roles if r not in person.roles)
                return
        roles = list(parsed.roles)
        self._add(Person(parsed.name, roles, _feminine(self.grammar, parsed.name, roles)))

    def add_described(self, text: str) -> Person:
        for person in reversed(self.people):
            if not person.group and person.name.lower() == text.lower():
                return self._touch(person)
        words = {w.lower().strip(".,") for w in text.split()}
        return self._add(Person(text, [], True if words & self.grammar.feminine_titles else None))

    def add_group(self, text: str) -> Person:
        for person in reversed(self.people):
            if person.group and person.name.lower() == text.lower():
                return self._touch(person)
        return self._add(Person(text, [], None, True))

    def by_description(self, description: str) -> Person | None:
        for person in reversed(self.people):
            if not person.group and person.roles and role_matches(description, person.roles):
                return self._touch(person)
        return None


GIVEN = ["Sergei", "Sergey", "Liz", "Elizabeth", "Bill", "Hillary", "J.", "A.", "Mohammed", "Alexandria", "Tayyip"]
SURNAMES = [
    "Yermakov",
    "Ermakov",
    "Ермаков",
    "Yermakova",
    "Baerbock",
    "Berbock",
    "Baerbok",
    "Ocasio-Cortez",
    "Ocasio Cortez",
    "Cortez",
    "von der Leyen",
    "Von der Leyen",
    "Leyen",
    "al-Assad",
    "Assad",
    "Gaddafi",
    "Qaddafi",
    "bin Salman",
    "Salman",
    "Erdoğan",
    "Erdogan",
    "Zelenskyy",
    "Zelensky",
    "Зеленский",
    "Clinton",
    "Truss",
    "Smith-Jones",
    "Jones",
    "de Gaulle",
    "O’Brien",
    "O'Brien",
]
TITLES = ["", "", "Mr. ", "Mrs. ", "Dr. ", "President ", "Foreign Minister ", "British Foreign Secretary "]
SUFFIXES = ["", "", " Jr.", "’s"]
PRINTED = st.builds(
    lambda title, given, middle, surname, suffix: f"{title}{given}{middle}{surname}{suffix}",
    st.sampled_from(TITLES),
    st.sampled_from(["", *(g + " " for g in GIVEN)]),
    st.sampled_from(["", "", "J. ", "Recep ", "Ocasio "]),
    st.sampled_from(SURNAMES),
    st.sampled_from(SUFFIXES),
)
ANY_NAME = st.one_of(PRINTED, PRINTED, st.text(min_size=1, max_size=25))
OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["name", "titled", "described", "group", "pronoun", "description"]), ANY_NAME),
    max_size=40,
)


def _replay(registry: Registry, operations: list[tuple[str, str]]) -> list[object]:
    """What each operation answers, and who the registry holds in which order at the end."""
    answers: list[object] = []
    for operation, text in operations:
        if operation == "name":
            answers.append(registry.add_name(text, []).name)
        elif operation == "titled":
            answers.append(registry.add_titled(text))
        elif operation == "described":
            answers.append(registry.add_described(text).name)
        elif operation == "group":
            answers.append(registry.add_group(text).name)
        elif operation == "pronoun":
            found = registry.by_pronoun(["she", "he", "they"][len(text) % 3])
            answers.append(found.name if found else None)
        else:
            found = registry.by_description(
                ["the minister", "the head of British diplomacy", "his wife"][len(text) % 3]
            )
            answers.append(found.name if found else None)
    answers.append([(p.name, p.roles, p.feminine, p.group) for p in registry.people])
    return answers


@settings(max_examples=300, deadline=None)
@given(OPERATIONS)
def test_blocking_answers_as_comparing_with_everyone(operations: list[tuple[str, str]]) -> None:
    """Oracle: the blocked registry answers every call as the exhaustive one does, and ends in the same state."""
    assert _replay(Registry(EN), operations) == _replay(ExhaustiveRegistry(EN), operations)


def test_blocking_leaves_the_gold_cases_as_comparing_with_everyone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Oracle: every gold case text extracts to the same document with the blocked and the exhaustive registry."""
    texts = case_texts()
    assert len(texts) > 100
    blocked = [quoteattr.extract(text) for text in texts]
    monkeypatch.setattr(importlib.import_module("quoteattr.extract"), "Registry", ExhaustiveRegistry)
    assert [quoteattr.extract(text) for text in texts] == blocked


def test_many_distinct_people_are_not_compared_with_each_other(monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 people with 2,000 surnames: a new name is compared with nobody (it was 2 million comparisons)."""
    calls = 0

    def counted(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return same_person(a, b)

    monkeypatch.setattr(coref, "same_person", counted)
    registry = Registry(EN)
    # Syllables that differ in two letters or more: no surname is one slip from another.
    shapes = zip("bdfglmnprstv", "aeiouaeiouae", "rntlmdkpszgb", strict=True)
    syllables = [f"{first}{vowel}{last}" for first, vowel, last in shapes]
    surnames = [f"{a.title()}{b}{c}{d}" for a in syllables for b in syllables for c in syllables for d in "ao"][:2000]
    for surname in surnames:
        registry.add_name(f"Anna {surname}", [])
    for surname in surnames:
        assert registry.add_name(surname, []).name == f"Anna {surname}"
    assert len(registry.people) == 2000
    # Each bare surname meets only the people one slip away from it, never everyone.
    assert calls < 5 * len(surnames), calls


def test_a_block_shared_by_a_persons_new_keys_files_no_one_else() -> None:
    """A person's new keys share one block; someone later filed under one of them is filed under it alone."""
    registry = Registry(EN)
    baerbock = registry.add_name("Annalena Baerbock", [])
    berbock = registry.add_name("Peter Berbock", [])  # shares the key "berbok" with Baerbock, and no other
    assert berbock is not baerbock
    assert registry._candidates(["aerbok"]) == [baerbock] and registry._candidates(["erbok"]) == [berbock]
    assert registry._candidates(["berbok"]) == [baerbock, berbock]
    assert registry.add_name("Baerbock", []) is baerbock and registry._candidates(["berbok"]) == [berbock, baerbock]


_TITLE_PIECES = [
    "Foreign Minister", "Minister", "Prime", "Mr.", "Mrs", "Dr.", "Sen.", "Secretary of State", "Secretary",
    "Chancellor of the Exchequer", "President", "X", "x", ".", ",", " ", "\n", "-", "’s", "Lavrov", "4",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=14))
def test_the_english_title_scan_finds_what_its_plain_alternation_finds(pieces: list[str]) -> None:
    """Oracle: opened by first letters, the title scan matches where the look-behind alternation does."""
    import re

    from quoteattr.lang.en.coref import _capitalised
    from quoteattr.lang.en.titles import HONORIFICS, TITLES
    from quoteattr.lang.patterns import alternation

    text = "".join(pieces)
    titles = {_capitalised(t) for t in {*TITLES, *HONORIFICS}}
    plain = re.compile(r"(?<![\w.])(?:" + alternation(titles) + r")(?!\w)")
    assert EN.coref is not None
    assert [m.span() for m in EN.coref.title.finditer(text)] == [m.span() for m in plain.finditer(text)]


_MIDSENTENCE_PIECES = ["Elizabeth", "Pretty", "he", "an", ",", ";", ":", ".", " ", " ", "\n", "’s", "-", "Élise"]


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(_MIDSENTENCE_PIECES) | st.text(max_size=4), max_size=14).map("".join),
    st.sampled_from(["Elizabeth", "Pretty", "Élise", "E", "Eliza-beth", "Pretty.", "he"]) | st.text(max_size=5),
)
def test_a_word_is_capitalised_midsentence_where_the_listed_capitalised_words_hold_it(text: str, word: str) -> None:
    """Oracle: testing each place a word is written equals listing every capitalised word inside a sentence."""
    listed = set(regex.findall(r"(?<=[\p{Ll},;:]\s)\p{Lu}[\p{L}’'\-]+", text))
    assert _capitalised_midsentence(text, word) == (word in listed)


@settings(max_examples=200, deadline=None)
@given(ANY_NAME)
def test_a_kept_name_reading_is_the_reading_of_the_text_anew(printed: str) -> None:
    """Oracle: the reading kept per mention text is what parsing the text anew gives, and the cache is bounded."""
    possessive_end = EN.coref.possessive_end if EN.coref else regex.compile(r"(?!)")
    named = coref._named(printed, possessive_end)
    bare = possessive_end.sub("", printed)
    parsed = parse_name(bare)
    full = bare if parsed.given is None and honorific_gender(bare) is not None else parsed.name or printed
    assert (named.full, named.roles, named.keys) == (full, parsed.roles, match_keys(full))
    assert coref._named.cache_info().maxsize is not None


_EN = get_language("en")
# English subject names as read before the opening test for words that name no one: the slow oracle.
_EN_PLAIN_SUBJECT = replace(
    _EN,
    coref=replace(
        _EN.coref,
        subject_name=regex.compile("(?P<name>" + _EN.coref.subject_name.pattern.split("(?P<name>", 1)[1]),
    ),
)
_NAMING_NO_ONE = [*sorted(_EN.coref.not_names)[:40], "Jan.", "No", "Nothing", "The", "However"]
_NAMING_SOMEONE = ["Truss", "Elizabeth", "White", "House", "de", "van", "al-Assad", "U.S.", "Mr.", "Jr."]
_OTHER_WORDS = ["said", "looked", "and", "of", "the", "left", "Nothingness", "Theresa", "Thes"]
_SUBJECT_WORDS = st.sampled_from([*_NAMING_NO_ONE, *_NAMING_SOMEONE, *_OTHER_WORDS])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_SUBJECT_WORDS, min_size=1, max_size=6), min_size=1, max_size=5), st.sampled_from([" ", "\n"]))
def test_english_subject_names_skip_no_name_the_full_pattern_keeps(sentences: list[list[str]], gap: str) -> None:
    """Equivalence: the subject pattern that gives up at a word naming no one finds the names the full one keeps."""
    text, spans = "", []
    for words in sentences:
        start = len(text)
        text += gap.join(words) + "."
        spans.append((start, len(text)))
        text += " "
    assert coref.subject_names(text, spans, _EN) == coref.subject_names(text, spans, _EN_PLAIN_SUBJECT)


_RUN_TEXTS = [
    "Russian Foreign Minister Sergei Lavrov said.",
    "the President spoke, and German Chancellor Olaf Scholz",
    "Министр иностранных дел России Сергей Лавров заявил",
    "Bundesaußenministerin Annalena Baerbock sagte",
    "  A. B. de la Cruz\nMinister x",
    "",
]


@pytest.mark.parametrize("code", available_languages())
def test_the_run_before_a_title_is_matched_where_a_search_would_find_it(code: str) -> None:
    """Equivalence: the backwards run-before pattern, anchored at its end, matched there finds what a search finds."""
    run_before = coref._grammar(get_language(code)).name_run_before
    for text in _RUN_TEXTS:
        for at in range(len(text) + 1):
            for lo in {0, max(0, at - 12)}:
                searched, matched = run_before.search(text, lo, at), run_before.match(text, lo, at)
                assert (searched and searched.span()) == (matched and matched.span())
