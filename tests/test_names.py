"""Name parsing, folding and matching: :mod:`quoteattr.names`.

Positive and negative name pairs are data in ``tests/cases/name_pairs.json``::

    {"label": "what the pair shows", "a": "a name as printed", "b": "another",
     "expected": true,                    # same person?
     "reason": "transliteration",         # optional: a word the explanation must contain
     "xfail": "why it fails today"}       # optional: a known failure, run strictly

To add a pair, append it to the file; no code changes.
"""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import regex
from gold import assert_unique_labels, case_params, load_cases
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import names
from quoteattr.data.name_variants import CYRILLIC, SPECIAL_LETTERS, TRANSLITERATION_RULES
from quoteattr.errors import InputError
from quoteattr.names import (
    ParsedName,
    country_of,
    match_keys,
    match_names,
    name_key,
    parse_name,
    role_matches,
    same_person,
    surname_key,
)

PAIRS_FILE = Path(__file__).parent / "cases" / "name_pairs.json"
PAIR_KEYS = {"label", "a", "b", "expected", "reason", "xfail"}


def _pairs() -> list[Any]:
    return case_params(load_cases(PAIRS_FILE))


def test_pairs_file_is_well_formed() -> None:
    cases = json.loads(PAIRS_FILE.read_text(encoding="utf-8"))
    assert_unique_labels(cases, PAIRS_FILE.name)
    for case in cases:
        assert set(case) <= PAIR_KEYS and {"label", "a", "b", "expected"} <= set(case), case["label"]
        assert isinstance(case["expected"], bool), case["label"]
    assert sum(case["expected"] for case in cases) >= 20 and sum(not case["expected"] for case in cases) >= 20


@pytest.mark.parametrize("case", _pairs())
def test_name_pair(case: dict[str, Any]) -> None:
    match = match_names(case["a"], case["b"])
    assert same_person(case["a"], case["b"]) is case["expected"], match
    if "reason" in case:
        assert case["reason"] in match.reason, match


# --- Parsing ---------------------------------------------------------------------------

PARSES = [
    # text, given, middle, particles, surname, suffix, roles
    ("British Foreign Secretary Liz Truss", "Liz", (), (), "Truss", None, ("British Foreign Secretary",)),
    ("U.S. Secretary of State Anthony Blinken", "Anthony", (), (), "Blinken", None, ("U.S. Secretary of State",)),
    ("German Foreign Minister Annalena Berbock", "Annalena", (), (), "Berbock", None, ("German Foreign Minister",)),
    ("UK Prime Minister Boris Johnson", "Boris", (), (), "Johnson", None, ("UK Prime Minister",)),
    ("Sen. Elizabeth Warren", "Elizabeth", (), (), "Warren", None, ("Senator",)),
    ("Rep. Alexandria Ocasio-Cortez", "Alexandria", (), (), "Ocasio-Cortez", None, ("Representative",)),
    ("Dr. Anthony Fauci", "Anthony", (), (), "Fauci", None, ("Doctor",)),
    ("Mr Johnson", None, (), (), "Johnson", None, ()),
    ("former U.S. President Donald Trump", "Donald", (), (), "Trump", None, ("former U.S. President",)),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry", (), (), "Peskov", None, ("Kremlin spokesman",)),
    ("Russian billionaire Roman Abramovich", "Roman", (), (), "Abramovich", None, ("Russian billionaire",)),
    ("Prime Minister John Major", "John", (), (), "Major", None, ("Prime Minister",)),
    ("Truss’s", None, (), (), "Truss", None, ()),
    ("Truss’", None, (), (), "Truss", None, ()),
    ("Feldman’s", None, (), (), "Feldman", None, ()),
    ("Truss's", None, (), (), "Truss", None, ()),
    ("J. K. Rowling", "J.", ("K.",), (), "Rowling", None, ()),
    ("J.K. Rowling", "J.", ("K.",), (), "Rowling", None, ()),
    ("J. M. Coetzee", "J.", ("M.",), (), "Coetzee", None, ()),
    ("George H. W. Bush", "George", ("H.", "W."), (), "Bush", None, ()),
    ("Ursula von der Leyen", "Ursula", (), ("von", "der"), "Leyen", None, ()),
    ("Charles de Gaulle", "Charles", (), ("de",), "Gaulle", None, ()),
    ("Van Morrison", "Van", (), (), "Morrison", None, ()),
    ("Mohammed bin Salman", "Mohammed", (), ("bin",), "Salman", None, ()),
    ("Bashar al-Assad", "Bashar", (), ("al-",), "Assad", None, ()),
    ("Martin Luther King Jr.", "Martin", ("Luther",), (), "King", "Jr.", ()),
    ("Martin Luther King, Jr.", "Martin", ("Luther",), (), "King", "Jr.", ()),
    ("Donald Trump Jr.", "Donald", (), (), "Trump", "Jr.", ()),
    ("Henry Ford III", "Henry", (), (), "Ford", "III", ()),
    ("Tsai Ing-wen", "Ing-wen", (), (), "Tsai", None, ()),
    ("Xi Jinping", "Jinping", (), (), "Xi", None, ()),
    ("Lee Anderson", "Lee", (), (), "Anderson", None, ()),
    (
        "Sergei Yermakov, a leading expert at the RISI Coordination Center",
        "Sergei",
        (),
        (),
        "Yermakov",
        None,
        ("leading expert at the RISI Coordination Center",),
    ),
    ("Britain's foreign secretary, Liz Truss", "Liz", (), (), "Truss", None, ("Britain's foreign secretary",)),
]


@pytest.mark.parametrize(("text", "given", "middle", "particles", "surname", "suffix", "roles"), PARSES)
def test_parse_name(
    text: str,
    given: str | None,
    middle: tuple[str, ...],
    particles: tuple[str, ...],
    surname: str,
    suffix: str | None,
    roles: tuple[str, ...],
) -> None:
    parsed = parse_name(text)
    assert (parsed.given, parsed.middle, parsed.particles, parsed.surname, parsed.suffix, parsed.roles) == (
        given,
        middle,
        particles,
        surname,
        suffix,
        roles,
    )
    assert parsed.original == text


@pytest.mark.parametrize(
    ("text", "possessive"), [("Truss’s", True), ("Truss’", True), ("Truss's", True), ("Truss", False)]
)
def test_possessive_flag(text: str, possessive: bool) -> None:
    assert parse_name(text).possessive is possessive


@pytest.mark.parametrize(
    "text",
    ["the head of British diplomacy", "the minister", "the analyst", "Foreign Minister", "the Kremlin", "Britain"],
)
def test_descriptions_name_no_one(text: str) -> None:
    parsed = parse_name(text)
    assert not parsed.has_name and parsed.name == "" and parsed.roles


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Sergei Yermakov, a leading expert at the RISI Coordination Center", "RISI Coordination Center"),
        (
            "Pavel Feldman, deputy director of the Institute for Strategic Studies and Forecasting at the PFUR",
            "Institute for Strategic Studies and Forecasting",
        ),
        ("NATO Secretary General Jens Stoltenberg", "NATO"),
        ("U.S. Secretary of State Antony Blinken", None),
        ("the head of British diplomacy", None),
    ],
)
def test_organisation_from_roles(text: str, organisation: str | None) -> None:
    assert parse_name(text).organisation == organisation


def test_name_reprints_in_order() -> None:
    assert parse_name("Tsai Ing-wen").name == "Tsai Ing-wen"
    assert parse_name("Bashar al-Assad").name == "Bashar al-Assad"
    assert parse_name("British Foreign Secretary Liz Truss’s").name == "Liz Truss"


def test_parse_name_rejects_bytes() -> None:
    with pytest.raises(InputError, match="takes str"):
        parse_name(b"Liz Truss")  # type: ignore[arg-type]


def test_score_cutoff_is_checked_and_applied() -> None:
    with pytest.raises(InputError, match="between 0 and 1"):
        match_names("a", "b", score_cutoff=2)
    loose = match_names("Annalena Baerbock", "Annalena Berbock")
    strict = match_names("Annalena Baerbock", "Annalena Berbock", score_cutoff=0.99)
    assert loose.same and not strict.same and loose.score == strict.score
    assert strict.reason.startswith("below cutoff")


def test_keys_fold_the_seed_variants() -> None:
    assert name_key("Yermakov") == name_key("Ermakov")
    assert name_key("Zelensky") == name_key("Zelenskyy") == name_key("Zelenskiy") == name_key("Zelenskii")
    assert name_key("Erdoğan") == name_key("Erdogan")
    assert name_key("Ing-wen") == name_key("Ingwen")
    assert name_key("Лавров") == name_key("Lavrov")
    assert surname_key(parse_name("Sergei Yermakov")) == surname_key(parse_name("Ermakov"))


# --- Roles -----------------------------------------------------------------------------

TRUSS = ["British Foreign Secretary"]
YERMAKOV = ["leading expert at the RISI Coordination Center"]
FELDMAN = ["deputy director of the Institute for Strategic Studies and Forecasting at the PFUR"]


@pytest.mark.parametrize(
    ("description", "roles", "expected"),
    [
        ("the head of British diplomacy", TRUSS, True),
        ("the minister", TRUSS, True),
        ("the British Foreign Secretary", TRUSS, True),
        ("the UK foreign secretary", TRUSS, True),
        ("Britain's top diplomat", TRUSS, True),
        ("the Russian foreign minister", TRUSS, False),
        ("the head of the Russian diplomacy", ["Russian Foreign Minister"], True),
        ("the head of the Russian diplomacy", TRUSS, False),
        ("the secretary", ["U.S. Secretary of State"], True),
        ("the American diplomat", ["U.S. Secretary of State"], True),
        ("the expert", YERMAKOV, True),
        ("the analyst", YERMAKOV, True),
        ("the minister", YERMAKOV, False),
        ("the deputy director", FELDMAN, True),
        ("the expert", FELDMAN, False),
        ("the spokeswoman", ["Foreign Ministry spokesperson"], True),
        ("the senator", ["Senator"], True),
        ("the lawmaker", ["Senator"], True),
        ("the weather", TRUSS, False),
    ],
)
def test_role_matches(description: str, roles: list[str], expected: bool) -> None:
    assert role_matches(description, roles) is expected


def test_country_of() -> None:
    assert country_of("Russian") == country_of("Russia") == "Russia"
    assert country_of("American") == country_of("U.S.") == country_of("Washington") == "United States"
    assert country_of("us") is None


# --- Properties ------------------------------------------------------------------------

NAME_PARTS = st.sampled_from(
    [
        "Liz",
        "Truss",
        "Sergei",
        "Sergey",
        "Yermakov",
        "Ermakov",
        "Annalena",
        "Baerbock",
        "Berbock",
        "Antony",
        "Anthony",
        "Blinken",
        "Bill",
        "Hillary",
        "Clinton",
        "J.",
        "K.",
        "von",
        "der",
        "Leyen",
        "Jr.",
        "Erdoğan",
        "Zelenskyy",
        "Tsai",
        "Ing-wen",
        "Mr.",
        "Foreign",
        "Secretary",
        "British",
        "the",
        "Truss’s",
    ]
)
NAMES = st.one_of(st.lists(NAME_PARTS, min_size=1, max_size=5).map(" ".join), st.text(max_size=30))


@given(NAMES, NAMES)
def test_matching_is_symmetric(a: str, b: str) -> None:
    """Symmetry: match_names(a, b) and match_names(b, a) agree on score and verdict."""
    forward, backward = match_names(a, b), match_names(b, a)
    assert (forward.score, forward.same) == (backward.score, backward.same)
    assert 0.0 <= forward.score <= 1.0


VARIANT_NAMES = st.builds(
    "{}{}{}{}{}".format,
    st.sampled_from(["", "", "Mr. ", "Mrs. ", "Dr. ", "President ", "Foreign Minister "]),
    st.sampled_from(["", "Sergei ", "Sergey ", "Liz ", "J. ", "J.K. ", "Alexandria ", "Mohammed ", "Tayyip "]),
    st.sampled_from(["", "", "K. ", "Recep ", "Ocasio "]),
    st.sampled_from(
        [
            *("Yermakov", "Ermakov", "Ермаков", "Jermakow", "Yermakova", "Baerbock", "Berbock", "Baerbok"),
            *("Ocasio-Cortez", "Ocasio Cortez", "Cortez", "Cortes", "von der Leyen", "Von der Leyen", "Leyen"),
            *("al-Assad", "Al-Assad", "Assad", "Gaddafi", "Qaddafi", "Kadhafi", "bin Salman", "Salman"),
            *("Erdoğan", "Erdogan", "Zelenskyy", "Zelensky", "Зеленский", "Smith-Jones", "Jones", "de Gaulle"),
            *("O’Brien", "O'Brien", "OBrien", "Tsai Ing-wen", "Xi Jinping", "习近平", "Müller", "Mueller"),
        ]
    ),
    st.sampled_from(["", "", " Jr.", "’s", " III"]),
)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(VARIANT_NAMES, NAMES), st.one_of(VARIANT_NAMES, NAMES))
def test_names_of_one_person_share_a_match_key(a: str, b: str) -> None:
    """Blocking loses nothing: two names same_person joins always share one of their match keys."""
    if same_person(a, b):
        assert match_keys(a) & match_keys(b), (a, b, match_names(a, b))


def test_every_joined_pair_of_a_name_set_shares_a_match_key() -> None:
    """Blocking loses nothing, all pairs of a set of variants checked (hundreds of them join)."""
    surnames = ["Yermakov", "Ermakov", "Ермаков", "Baerbock", "Berbock", "Ocasio-Cortez", "Cortez", "al-Assad"]
    surnames += ["Assad", "Gaddafi", "Qaddafi", "bin Salman", "Erdoğan", "Erdogan", "Zelenskyy", "Зеленский"]
    forenames = ["", "Sergei ", "Sergey ", "S. ", "Mr. ", "President ", "Alexandria Ocasio ", "Recep Tayyip "]
    names = [f + s for f in forenames for s in surnames] + ["Mohammed bin Salman", "Tayyip Erdoğan", "Lavrov’s"]
    joined = [(a, b) for a in names for b in names if a < b and same_person(a, b)]
    assert len(joined) > 100
    assert [(a, b) for a, b in joined if not match_keys(a) & match_keys(b)] == []


def test_match_keys_block_variants_together_and_strangers_apart() -> None:
    for a, b in [("Sergei Yermakov", "Ермаков"), ("Annalena Baerbock", "Annalena Berbock"), ("Gaddafi", "Qaddafi")]:
        assert same_person(a, b) and match_keys(a) & match_keys(b), (a, b)
    assert not match_keys("Bill Clinton") & match_keys("Liz Truss")
    assert match_keys("Alexandria Ocasio Cortez") & match_keys("Ocasio-Cortez")


@given(st.text(max_size=40))
def test_name_key_is_idempotent(text: str) -> None:
    """Idempotence: folding a folded key changes nothing."""
    key = name_key(text)
    assert name_key(key) == key
    assert key == "" or (key.isascii() and key.isalpha() and key.islower())


@given(NAMES)
def test_parse_never_fails_and_reparses_its_name(text: str) -> None:
    """Round trip: the name part of a parse parses to the same name part."""
    parsed = parse_name(text)
    assert isinstance(parsed, ParsedName)
    if parsed.has_name:
        again = parse_name(parsed.name)
        assert (again.given, again.middle, again.surname, again.suffix) == (
            parsed.given,
            parsed.middle,
            parsed.surname,
            parsed.suffix,
        )


def test_public_api_is_exported() -> None:
    for name in ("same_person", "match_names", "NameMatch", "parse_name", "ParsedName", "link_speakers"):
        assert name in quoteattr.__all__ and hasattr(quoteattr, name)


# --- Documentation and example -----------------------------------------------------------

REPO = Path(__file__).resolve().parent.parent


def test_docs_examples_run() -> None:
    """The ``>>>`` examples in docs/names.md are tests, so the page cannot drift from the code."""
    failures, tried = doctest.testfile(
        str(REPO / "docs" / "names.md"), module_relative=False, encoding="utf-8", report=True
    )
    assert tried > 10 and failures == 0


def test_example_script_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "examples" / "names.py")], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "transliteration: Yermakov ~ Ermakov" in done.stdout and "liz-truss" in done.stdout


def test_name_tables_are_the_union_of_every_language_folder() -> None:
    """Cross-language: the tables names are read with hold every folder's entries, English included."""
    from quoteattr.lang.en.names import NAMES
    from quoteattr.lang.name_tables import name_tables, union

    tables = name_tables()
    assert NAMES.titles <= tables.titles and NAMES.organisation_words <= tables.organisation_words
    assert union([tables, NAMES]) == tables  # idempotent: adding a folder's own tables again changes nothing


# --- Kept answers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed",
    ["British Foreign Secretary Liz Truss’s", "Truss", "Ursula von der Leyen", "Tsai Ing-wen", "the minister", ""],
)
def test_a_parsed_names_kept_hash_is_the_hash_of_the_fields_it_is_compared_by(printed: str) -> None:
    """Consistency with equality: the hash taken once is that of the compared fields, also after ``replace``."""
    import dataclasses

    from quoteattr.names import ParsedName

    parsed = parse_name(printed)
    for name in (parsed, dataclasses.replace(parsed, middle=("Q.",)), dataclasses.replace(parsed, roles=())):
        compared = tuple(getattr(name, f.name) for f in dataclasses.fields(ParsedName) if f.compare)
        assert hash(name) == hash(compared)
    assert hash(dataclasses.replace(parsed)) == hash(parsed) and dataclasses.replace(parsed) == parsed


_ROLE_WORDS = ["British", "UK", "U.K.", "U.S.", "Russian", "Washington", "the", "UK’s", "foreign", "secretary", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ROLE_WORDS, " ", "", "x"]), max_size=12))
def test_blanking_the_places_found_is_substituting_them(words: list[str]) -> None:
    """Oracle: blanking the places one scan found gives what substituting the pattern gives."""
    from quoteattr.names import _COUNTRY, _blanked

    for text in (" ".join(words), "".join(words)):
        assert _blanked(text, list(_COUNTRY.finditer(text))) == _COUNTRY.sub(" ", text)


_ROLE_PIECES = [
    "at", "of", "with", "from", "in", "for", "the", "spokesman", "Foreign Minister", "minister", "Secretary of State",
    "senior adviser", "expert", "RISI", "Coordination", "Center", "Kremlin", "NATO", "UK", "British", "Institute",
    "and", "-", ".", ",", "’s", "x", "",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ROLE_PIECES), max_size=10), st.sampled_from([" ", "", "  ", "\n"]))
def test_a_role_without_a_preposition_names_no_organisation_after_one(pieces: list[str], gap: str) -> None:
    """Soundness of the filter: where blanking a role's title phrases leaves an organisation after a
    preposition, the role itself has the preposition the filter looks for."""
    from quoteattr.names import _ORG_AFTER, _ORG_LEAD, _TITLE_PHRASE

    role = gap.join(pieces)
    assert _ORG_LEAD is not None
    if _ORG_AFTER.search(_TITLE_PHRASE.sub(" ", role)) is not None:
        assert _ORG_LEAD.search(role) is not None


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=30))
def test_ascii_text_is_folded_by_lowering_it_as_the_long_way_folds_it(text: str) -> None:
    """Equivalence: the ASCII shortcut of the letter folding gives what the full folding gives."""
    assert names._strip_marks(text) == names._folded(text) == text.lower()


def test_the_letter_map_holds_no_ascii_letter() -> None:
    """The shortcut for ASCII text holds only while the map leaves every ASCII character alone."""
    assert all(not letter.isascii() for letter in {**SPECIAL_LETTERS, **CYRILLIC})


_PHRASE_WORDS = sorted({word for phrase in names._ROLE_PHRASES for word in phrase.split()})[:60]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from([*_PHRASE_WORDS, *names._ROLE_PHRASES]), st.text(max_size=4)), max_size=8),
    st.sampled_from([" ", "", "-", "."]),
)
def test_plain_title_phrases_are_found_where_the_full_pattern_finds_them(pieces: list[str], gap: str) -> None:
    """Equivalence: on lower-case ASCII text the plain phrase pattern finds what the case-blind one finds."""
    assert names._PLAIN_TITLE_PHRASE is not None  # every phrase of the tables is lower-case ASCII today
    text = gap.join(pieces).lower()
    if text.isascii():
        plain = [(m.span(), m.group()) for m in names._PLAIN_TITLE_PHRASE.finditer(text)]
        assert plain == [(m.span(), m.group()) for m in names._TITLE_PHRASE.finditer(text)]


@pytest.mark.parametrize(
    "role", ["British Foreign Secretary", "the UK’s foreign secretary", "the head of British diplomacy", "his wife", ""]
)
def test_a_role_is_read_alike_with_and_without_the_shortcuts(role: str) -> None:
    """Equivalence: a role's classes and countries are those the full patterns give."""
    places = list(names._COUNTRY.finditer(role))
    rest = names._POSSESSIVE_WORD.sub(" ", names._blanked(role, places))
    rest = " ".join(w for w in rest.lower().split() if w not in names._ARTICLES)
    classes = {c for m in names._TITLE_PHRASE.finditer(rest) for c in names._ROLE_PHRASES[m.group(0).lower()]}
    profile = names._role_profile.__wrapped__(role)
    assert profile.classes == classes
    assert profile.countries == {names._COUNTRY_NAMES[m.group(0)] for m in places}


def _transliterated_by_regex(letters: str) -> str:
    """The transliteration as the rules read with regex, one joined search per pass: the slow, plain oracle."""
    rules = [(regex.compile(pattern), replacement) for pattern, replacement, _ in TRANSLITERATION_RULES]
    any_rule = regex.compile("(?|" + "|".join(f"(?:{pattern})" for pattern, _, _ in TRANSLITERATION_RULES) + ")")
    for _ in range(8):
        if any_rule.search(letters) is None:
            break
        for pattern, replacement in rules:
            letters = pattern.sub(replacement, letters)
    return letters


# Letters the rules look for, often, so that strings meet them and each other (doubled, at either end).
_RULE_LETTERS = st.text(alphabet=st.sampled_from("aeiouyjwxckhgtsmlnv"), max_size=14)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_RULE_LETTERS, st.text(alphabet=st.characters(min_codepoint=ord("a"), max_codepoint=ord("z")))))
def test_transliteration_reads_the_rules_as_regex_does(letters: str) -> None:
    """Equivalence: the rules compiled for speed give the letters the regex engine gives, pass after pass."""
    assert names._transliterate(letters) == _transliterated_by_regex(letters)
    some = any(regex.search(pattern, letters) for pattern, _, _ in TRANSLITERATION_RULES)
    assert names._some_rule_matches(letters) is some


def test_transliteration_examples_agree_with_the_regex_engine() -> None:
    """Equivalence on the rules' own examples, and on words that meet no rule."""
    words = [word for _, _, pair in TRANSLITERATION_RULES for word in pair.replace("~", " ").split()]
    for word in [*words, "lavrov", "baerbock", "zelenskyy", "yermakov", "medwedew", ""]:
        letters = names._letters(word)
        assert names._transliterate(letters) == _transliterated_by_regex(letters)


_COUNTRY_PIECES = sorted(name for name in names._COUNTRY_NAMES if name.isascii())


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_COUNTRY_PIECES),
            st.text(alphabet=st.sampled_from("aAsSK.’'-_0 "), max_size=3),
        ),
        max_size=8,
    ),
    st.sampled_from([" ", "", ".", "-", "’s "]),
)
def test_countries_are_found_in_ascii_text_where_the_full_pattern_finds_them(pieces: list[str], gap: str) -> None:
    """Equivalence: on ASCII text the pattern opened by first letters finds the places the full pattern finds."""
    text = gap.join(pieces)
    found = [(m.span(), m.group()) for m in names._countries_in(text)]
    assert found == [(m.span(), m.group()) for m in names._COUNTRY.finditer(text)]
    if text.isascii():
        assert found == [(m.span(), m.group()) for m in names._PLAIN_COUNTRY.finditer(text)]
