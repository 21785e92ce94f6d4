"""Names as news prints them: parse the parts, fold the spellings, decide who is who.

Three steps, each callable on its own:

* :func:`parse_name` peels titles and roles off a name ("British Foreign
  Secretary Liz Truss" -> roles ``("British Foreign Secretary",)``, given
  ``Liz``, surname ``Truss``) and handles possessives, initials, particles,
  suffixes and family-name-first order.
* :func:`name_key` folds one name part to a comparison key: diacritics,
  spacing and transliteration variants all give one key (Yermakov and Ermakov
  give ``ermakov``).  The same function is applied on both sides of every
  comparison and to build the blocking keys of :mod:`quoteattr.speakers`.
* :func:`match_names` compares two names part by part and says how alike they
  are, whether they name one person, and which rule decided.

The tables are :func:`quoteattr.lang.name_tables.name_tables`, the union of
every language folder's titles, honorifics, countries and articles, and
:mod:`quoteattr.data.name_variants`; nothing here is specific to a language
beyond them, so a name is read the same way in every document.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from operator import attrgetter
from typing import Literal, NamedTuple

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from quoteattr.data.name_variants import (
    CYRILLIC,
    EAST_ASIAN_SURNAMES,
    GIVEN_NAME_VARIANTS,
    HYPHEN_PARTICLES,
    PARTICLES,
    PARTICLES_ALSO_GIVEN,
    PATRONYMIC_PARTICLES,
    PINYIN_SYLLABLE,
    SPECIAL_LETTERS,
    SUFFIXES,
    SURNAME_VARIANTS,
    TRANSLITERATION_RULES,
)
from quoteattr.errors import InputError
from quoteattr.lang.name_tables import name_tables
from quoteattr.lang.patterns import NEVER, after_boundary, alternation

# The words around names, united over every language: matching names must not depend on the document's.
_TABLES = name_tables()
HONORIFICS = _TABLES.honorifics
HONORIFIC_GENDER = _TABLES.honorific_gender
SURNAME_TITLES = _TABLES.surname_titles
ORGANISATION_WORDS = _TABLES.organisation_words
COUNTRY_METONYMS = _TABLES.country_metonyms

__all__ = [
    "NameMatch",
    "ParsedName",
    "country_of",
    "honorific_gender",
    "match_keys",
    "match_names",
    "name_key",
    "parse_name",
    "role_classes",
    "role_matches",
    "same_person",
    "surname_key",
]

# --- Records -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name split into its parts, with the titles and roles that came with it.

    ``surname`` is ``None`` when the text names no one ("the minister");
    ``given`` is ``None`` for a bare surname ("Truss").  ``particles`` keep a
    trailing hyphen when they were joined to the surname (``al-`` in
    ``al-Assad``).  ``family_first`` marks East Asian order (Tsai Ing-wen),
    where the surname is printed first.
    """

    original: str
    given: str | None = None
    middle: tuple[str, ...] = ()
    particles: tuple[str, ...] = ()
    surname: str | None = None
    suffix: str | None = None
    roles: tuple[str, ...] = ()
    organisation: str | None = None
    possessive: bool = False
    family_first: bool = False
    # The name in print order, joined once: speaker grouping and coreference read it over and over.
    _printed: str = field(init=False, repr=False, compare=False, default="")
    # The hash, taken once (0 until then): parsed names are the keys of the caches that compare them.
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_printed", self._print_order())

    def __hash__(self) -> int:
        # Taken when first asked for: most names read are never a key of anything.
        kept = self._hash
        if kept == 0:
            kept = hash(_compared_fields(self))
            object.__setattr__(self, "_hash", kept)
        return kept

    def _print_order(self) -> str:
        surname = self.surname
        if surname is None:
            return ""
        particles, middle = self.particles, self.middle
        family = "".join(p if p.endswith("-") else p + " " for p in particles) + surname if particles else surname
        given = " ".join(part for part in (self.given, *middle) if part) if middle else self.given or ""
        parts = [family, given] if self.family_first else [given, family]
        if self.suffix:
            parts.append(self.suffix)
        return " ".join(filter(None, parts))

    @property
    def name(self) -> str:
        """The name without roles or possessive, in print order: ``Liz Truss``, ``Tsai Ing-wen``."""
        return self._printed

    @property
    def has_name(self) -> bool:
        """Whether the text names someone (a surname at least), rather than only describing them."""
        return self.surname is not None

    @property
    def parts(self) -> int:
        """How many name parts are known: a fuller form of the same name has more."""
        return sum(1 for part in (self.given, self.surname, self.suffix) if part) + len(self.middle)


# The fields that tell two parsed names apart, in order, as equality reads them: what the hash is taken of.
_compared_fields = attrgetter(*(f.name for f in fields(ParsedName) if f.compare))


@dataclass(frozen=True, slots=True)
class NameMatch:
    """How alike two names are and whether they name one person.

    ``score`` is on [0, 1] (1: the same spelling); ``same`` is true when no rule
    tells the two apart *and* ``score`` reaches the cutoff; ``reason`` names the
    deciding rule, e.g. ``"transliteration: Yermakov ~ Ermakov"`` or
    ``"different given names: Bill vs Hillary"``.
    """

    score: float
    same: bool
    reason: str


# --- Letters and keys --------------------------------------------------------------

_LETTER_MAP = str.maketrans({**SPECIAL_LETTERS, **CYRILLIC})
# ASCII only: the standard engine reads it as regex would, and sooner.
_NOT_LETTERS = re.compile(r"[^a-z]+")

_Rule = tuple[re.Pattern[str] | regex.Pattern[str], str]


def _build_rules() -> tuple[_Rule, ...]:
    """The transliteration rules, compiled by the standard engine where every one compiles there.

    The rules only ever read ASCII lower-case letters (:func:`_letters`), on which the two engines
    agree about every construct a rule may use (classes, look-arounds, anchors, back-references), and
    the standard one is faster on such short strings; a rule written for regex alone sends them all
    to regex.  The tests hold the two engines to each other.
    """
    try:
        return tuple((re.compile(pattern), replacement) for pattern, replacement, _ in TRANSLITERATION_RULES)
    except re.error:
        return tuple((regex.compile(pattern), replacement) for pattern, replacement, _ in TRANSLITERATION_RULES)


_RULES = _build_rules()


def _build_rule_searches() -> tuple[Callable[[str], object], ...]:
    """Searches that together find where some rule would change the letters, the fewest that can.

    The rules without groups are joined into one pattern, searched once.  A rule with a group
    (doubled letters) refers back to it by number, which in a joined pattern would name another
    rule's group: each of those is searched on its own.
    """
    plain = [pattern for pattern, _ in _RULES if pattern.groups == 0]
    grouped = [pattern.search for pattern, _ in _RULES if pattern.groups]
    if not plain:
        return tuple(grouped)
    engine = re if isinstance(plain[0], re.Pattern) else regex
    return (engine.compile("|".join(f"(?:{pattern.pattern})" for pattern in plain)).search, *grouped)


_RULE_SEARCHES = _build_rule_searches()


def _some_rule_matches(letters: str) -> bool:
    """Whether some rule would change the letters.

    >>> _some_rule_matches("zelenskyy"), _some_rule_matches("truss"), _some_rule_matches("lavrov")
    (True, True, False)
    """
    for search in _RULE_SEARCHES:  # noqa: SIM110 - a loop: any() of a generator costs more than the searches
        if search(letters) is not None:
            return True
    return False


@lru_cache(maxsize=1 << 16)
def _strip_marks(text: str) -> str:
    """Lower case without diacritics, other letters mapped to ASCII; spaces and hyphens kept.

    Kept per string: the same names are compared over and over, within a document and across a corpus.
    ASCII text, most names in news, has no marks to drop and no letter the map holds (its letters are
    all beyond ASCII), and its case folding is its lower case: it is only lowered, which is what
    :func:`_folded` gives it (the tests hold the two to each other).

    >>> _strip_marks("Erdoğan-Smith"), _strip_marks("Lavrov")
    ('erdogan-smith', 'lavrov')
    """
    return text.lower() if text.isascii() else _folded(text)


def _folded(text: str) -> str:
    """:func:`_strip_marks` the long way, for any text: case folded, letters mapped, marks dropped."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_LETTER_MAP)
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", _strip_marks(text))


def _transliterate(letters: str) -> str:
    """The letters with the rules applied until a fixed point, so that the key of a key is itself.

    A pass is run only where some rule matches: a search or two tell that no pass would change anything.

    >>> _transliterate("zelenskyy"), _transliterate("lavrov")
    ('zelenski', 'lavrov')
    """
    for _ in range(8):
        if not _some_rule_matches(letters):
            break
        for pattern, replacement in _RULES:
            letters = pattern.sub(replacement, letters)
    return letters


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The comparison key of one name part: ASCII letters, spelling variants folded.

    Idempotent (``name_key(name_key(s)) == name_key(s)``), so keys can be stored
    and compared again later.

    >>> name_key("Yermakov"), name_key("Ermakov"), name_key("Zelenskyy"), name_key("Erdoğan")
    ('ermakov', 'ermakov', 'zelenski', 'erdogan')
    """
    return _transliterate(_letters(text))


def _non_latin(text: str) -> bool:
    return any(c.isalpha() and ord(c) > 0x24F for c in text)


def _build_variant_index(groups: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[int]]:
    index: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for variant in group:
            index.setdefault(name_key(variant), set()).add(number)
    return {key: frozenset(numbers) for key, numbers in index.items()}


_GIVEN_VARIANTS = _build_variant_index(GIVEN_NAME_VARIANTS)
_SURNAME_VARIANTS = _build_variant_index(SURNAME_VARIANTS)


@lru_cache(maxsize=1 << 16)
def surname_key(parsed: ParsedName) -> str:
    """The key people are blocked on: the folded surname, with ``bin``/``ibn`` kept in it.

    >>> surname_key(parse_name("Annalena Baerbock")), surname_key(parse_name("Mohammed bin Salman"))
    ('baerbok', 'binsalman')
    """
    return name_key(_family_name(parsed))


@lru_cache(maxsize=1 << 16)
def match_keys(name: str) -> frozenset[str]:
    """Keys such that any two names :func:`same_person` joins share at least one.

    A document's people are looked up by these keys (:class:`quoteattr.coref.Registry`), so a
    new name is compared only with the people it could be, not with everyone named so far.  The
    keys follow the ways :func:`match_names` lets two surnames agree: the case-folded surname
    (same spelling), its :func:`name_key` (diacritics, spacing, transliteration), the groups of
    known variants it belongs to, its key with one letter deleted (one typing slip: two keys one
    edit apart share a deletion) and, for a double surname printed without its hyphen
    (Alexandria Ocasio Cortez), the same for the last middle name joined to the surname.
    A text that names no one has no key, as it matches no one.

    >>> "ermakov" in match_keys("Sergei Yermakov") & match_keys("Ермаков")
    True
    >>> match_keys("Bill Clinton") & match_keys("Boris Johnson"), match_keys("the minister")
    (frozenset(), frozenset())
    """
    parsed = parse_name(name)
    if parsed.surname is None:
        return frozenset()
    family = _family_name(parsed)
    surnames = [family, f"{parsed.middle[-1]} {family}"] if parsed.middle else [family]
    keys: set[str] = set()
    for surname in surnames:
        keys.add("=" + surname.casefold())  # a prefix no name key has: keys are letters only
        key = name_key(surname)
        keys.add(key)
        keys.update(f"#{group}" for group in _SURNAME_VARIANTS.get(key, ()))
        if len(key) >= _SLIP_MIN_LENGTH:
            keys.update(key[:cut] + key[cut + 1 :] for cut in range(len(key)))
    return frozenset(keys)


def _family_name(parsed: ParsedName) -> str:
    """The surname as compared: with a patronymic particle (bin Salman), without von/de/al-."""
    if parsed.surname is None:
        return ""
    if not parsed.particles:  # most names
        return parsed.surname
    patronymic = [p for p in parsed.particles if p.lower() in PATRONYMIC_PARTICLES]
    return " ".join([*patronymic, parsed.surname])


# --- Parsing -----------------------------------------------------------------------

_APOSTROPHES = "'\N{RIGHT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}\N{LEFT SINGLE QUOTATION MARK}"
# A possessive ending on the last word: Truss’s, Truss’, Feldman's.
_POSSESSIVE_ENDING = f"(?:{alternation(_TABLES.possessive_endings)})" if _TABLES.possessive_endings else ""
_POSSESSIVE = regex.compile(rf"(?<=\w)[{_APOSTROPHES}]{_POSSESSIVE_ENDING}?$")
# Where an appositive starts: commas, brackets, a spaced dash.
_PART_SPLIT = regex.compile(r"\s*[,;()\[\]]\s*|\s+[-\N{EN DASH}\N{EM DASH}]\s+")
# Quotation marks that may cling to a word: «Truss», „Truss“.
_QUOTE_MARKS = (
    "\N{QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\N{LEFT CORNER BRACKET}\N{RIGHT CORNER BRACKET}\N{LEFT WHITE CORNER BRACKET}\N{RIGHT WHITE CORNER BRACKET}"
)
# Quotation marks, apostrophes and stray punctuation at either end of a name.
_EDGE = f" \t\n:;,{_APOSTROPHES}{_QUOTE_MARKS}"
# What is stripped off either end of a word of a name, and what off its end before a possessive is read.
_WORD_MARKS = f"{_QUOTE_MARKS}{_APOSTROPHES}:;,"
_WORD_END_MARKS = f"{_QUOTE_MARKS}:;,"
_APOSTROPHE_SET = frozenset(_APOSTROPHES)
# Where a name may split into parts (:data:`_PART_SPLIT`): a text with none of these is one part.
_PART_SPLIT_CHARS = frozenset(",;()[]-\N{EN DASH}\N{EM DASH}")


def _has_apostrophe(text: str) -> bool:
    """Whether ``text`` holds an apostrophe: without one it has no possessive (:data:`_POSSESSIVE`) to look for.

    >>> _has_apostrophe("Truss’s"), _has_apostrophe("Truss")
    (True, False)
    """
    return not _APOSTROPHE_SET.isdisjoint(text)


# Two or more initials written together: J.K., J.R.R.
_JOINED_INITIALS = regex.compile(r"^(?:\p{Lu}\.){2,}$")
# Al-Assad, el-Sisi: an Arabic article joined to the surname.
_HYPHEN_PARTICLE = regex.compile(rf"^({'|'.join(sorted(HYPHEN_PARTICLES))})-(?=\p{{L}})", regex.IGNORECASE)
# A romanised Korean or Taiwanese given name (Ing-wen, Jong-un) or a pinyin one (Jinping, Keqiang, Yi).
_HYPHENATED_GIVEN = regex.compile(r"^\p{Lu}\p{Ll}+-\p{Ll}+$")
_PINYIN_WORD = regex.compile(rf"^(?:{PINYIN_SYLLABLE})+$")
_ARTICLES = _TABLES.articles
_COUNTRY_WORDS = {**_TABLES.demonyms, **_TABLES.country_aliases}


def _build_title_tokens() -> frozenset[str]:
    words = {word for title in _TABLES.titles for word in title.split()}
    return frozenset(words | _TABLES.title_modifiers | _TABLES.title_words_extra | _ARTICLES)


_TITLE_TOKENS = _build_title_tokens()


@lru_cache(maxsize=1 << 16)  # a word's answer, kept: the same words open and close names all along a corpus
def _bare_token(token: str) -> str:
    """A token without a possessive or trailing punctuation, for table look-ups."""
    return _POSSESSIVE.sub("", token.rstrip(",;:"))


@lru_cache(maxsize=1 << 16)
def _is_country(token: str) -> bool:
    bare = _bare_token(token)
    return bare in _COUNTRY_WORDS or bare.rstrip(".") in _COUNTRY_WORDS


@lru_cache(maxsize=1 << 16)
def _is_title_token(token: str, later: bool) -> bool:
    """Whether a token belongs to a title or role rather than to a name; ``later``: not the first word.

    Only whether the word comes first counts, so the answer is kept per word and that alone.

    >>> _is_title_token("Minister", False), _is_title_token("M.", False), _is_title_token("M.", True)
    (True, True, False)
    >>> _is_title_token("Truss", True)
    False
    """
    bare = _bare_token(token)
    low = bare.lower()
    if low in HONORIFICS:
        # "M." is Monsieur only in front of a name; elsewhere it is an initial (J. M. Coetzee).
        return not (later and len(low) == 2 and low.endswith("."))
    if len(low) == 2 and low.endswith("."):
        return False  # an initial: A. is not the article a
    if low.rstrip(".") in _TITLE_TOKENS or _is_country(bare):
        return True
    # An acronym (NATO, RISI) in front of a name is an organisation in the title.
    return _is_acronym(bare)


def _is_acronym(token: str) -> bool:
    return len(token) >= 2 and token.isupper() and token.isalpha()


@lru_cache(maxsize=1 << 16)
def _is_name_token(token: str) -> bool:
    """Whether a token can be part of a personal name: capitalised, an initial, or al-/d’ + capital."""
    if "-" in token and _HYPHEN_PARTICLE.match(token):
        return True
    for first in token:  # the first letter
        if first.isalpha():
            break
    else:
        return False
    if first.isupper() or not first.islower():  # caseless scripts count as capitalised
        return True
    return len(token) > 2 and token[1] in _APOSTROPHES and token[2].isupper()  # d’Estaing


def _is_particle(token: str) -> bool:
    return token.lower() in PARTICLES


def _is_initial(part: str) -> bool:
    return len(_letters(part)) == 1


def _expand_initials(tokens: list[str]) -> list[str]:
    if "." not in "".join(tokens):  # most names: no initials, so nothing to expand (and no list to copy)
        return tokens
    out: list[str] = []
    for token in tokens:
        if "." in token and _JOINED_INITIALS.match(token):
            out.extend(f"{c}." for c in token if c != ".")
        else:
            out.append(token)
    return out


def _family_first(first: str, second: str) -> bool:
    """Tsai Ing-wen, Xi Jinping: a known family name followed by a romanised given name."""
    if first.lower() not in EAST_ASIAN_SURNAMES:
        return False
    return bool(_HYPHENATED_GIVEN.match(second) or _PINYIN_WORD.match(second.lower()))


def _clean_role(tokens: list[str]) -> str:
    """A role from the words in front of a name: honorifics spelled out or dropped, articles dropped."""
    words: list[str] = []
    for position, token in enumerate(tokens):
        low = token.lower()
        if low in HONORIFICS and not (len(low) == 2 and position > 0):
            expansion = HONORIFICS[low]
            if expansion:
                words.append(expansion)
            continue
        if not words and low in _ARTICLES:
            continue
        words.append(token)
    return " ".join(words).strip(_EDGE)


def _clean_appositive(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _ARTICLES:
        words.pop(0)
    return " ".join(words).strip(_EDGE)


class _NameParts(NamedTuple):  # a tuple: one is built for every name read, and cheaper to build than a dataclass
    given: str | None
    middle: tuple[str, ...]
    particles: tuple[str, ...]
    surname: str
    family_first: bool


def _structure(tokens: list[str]) -> _NameParts:
    """Split the words of a name (titles already gone) into given, middle, particles, surname."""
    tokens = _expand_initials(tokens)
    hyphen_particle: list[str] = []
    last = tokens[-1]
    joined = _HYPHEN_PARTICLE.match(last) if "-" in last else None
    # Only the plain case (Bashar al-Assad) is split, so the name reprints exactly.
    if joined and last[joined.end() :][:1].isupper() and not any(_is_particle(t) for t in tokens[:-1]):
        hyphen_particle = [last[: joined.end()]]
        tokens = [*tokens[:-1], last[joined.end() :]]
    if len(tokens) == 2 and not hyphen_particle and _family_first(tokens[0], tokens[1]):
        return _NameParts(tokens[1], (), (), tokens[0], True)
    # The first particle after the given name starts the surname (Ursula von der Leyen); a
    # capitalised particle may also start a name (Von der Leyen, De Gaulle), except those that
    # are also given names (Van Morrison).
    start = None
    for i, token in enumerate(tokens[:-1]):
        low = token.lower()  # _is_particle, read once: every word of every name comes here
        if low in PARTICLES and (i > 0 or token.islower() or low not in PARTICLES_ALSO_GIVEN):
            start = i
            break
    if start is not None:
        end = start
        while end < len(tokens) - 1 and _is_particle(tokens[end]):
            end += 1
        particles = tuple(tokens[start:end]) + tuple(hyphen_particle)
        surname = " ".join(tokens[end:])
        given = tokens[0] if start > 0 else None
        return _NameParts(given, tuple(tokens[1:start]), particles, surname, False)
    if len(tokens) == 1:
        return _NameParts(None, (), tuple(hyphen_particle), tokens[0], False)
    return _NameParts(tokens[0], tuple(tokens[1:-1]), tuple(hyphen_particle), tokens[-1], False)


class _Found(NamedTuple):
    roles: tuple[str, ...]
    parts: _NameParts | None
    suffix: str | None
    possessive: bool


_NO_ONE = _Found((), None, None, False)  # a stretch with no words


def _surname_despite_title(tokens: list[str], titles: list[bool]) -> bool:
    """Whether a last word that is also a title word is a surname here.

    It is after a given name (Martin Luther King, John Major), or alone or after a
    courtesy title when it is a common surname (King, Mr. Major); not otherwise
    ("President Foreign").
    """
    if len(tokens) > 1 and not titles[-2] and _is_name_token(tokens[-2]):
        return True
    if _bare_token(tokens[-1]).lower() not in SURNAME_TITLES:
        return False
    return all(token.lower() in HONORIFICS for token in tokens[:-1])


def _read_part(text: str) -> _Found:
    """Read one comma-free stretch: a title run, then a name; or only a role."""
    if _has_apostrophe(text):
        tokens = [kept for token in text.split() if (kept := token.lstrip(_WORD_MARKS).rstrip(_WORD_END_MARKS))]
        if not tokens:
            return _NO_ONE
        possessive = _POSSESSIVE.search(tokens[-1]) is not None if _has_apostrophe(tokens[-1]) else False
        if possessive:
            tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
        # Marks left at the end of a word are quotation marks, not part of the name.  Each word starts
        # with a letter kept (no mark is left at its start), so none is emptied, and none is left ending
        # in a comma, colon or semicolon.
        tokens = [token.rstrip(_WORD_MARKS) for token in tokens]
    else:
        # Most names: without an apostrophe there is no possessive to read before the marks at a
        # word's end come off, and the two kinds of mark are the same, so both ends are stripped at once.
        tokens = [kept for token in text.split() if (kept := token.strip(_WORD_MARKS))]
        if not tokens:
            return _NO_ONE
        possessive = False
    suffix = None
    while len(tokens) > 1 and tokens[-1].lower().rstrip(".") in SUFFIXES and suffix is None:
        suffix = SUFFIXES[tokens.pop().lower().rstrip(".")]
    titles = [_is_title_token(token, i > 0) for i, token in enumerate(tokens)]
    # No one is named when the last word cannot be a surname (lower case, an acronym, a country, an
    # honorific: "the head of British diplomacy", "Britain"), when an indefinite article opens a
    # description ("a leading expert"), or when the last word is a title word that is not read as a
    # surname here ("Foreign Minister", but Martin Luther King and Mr. Major are names).
    last = _bare_token(tokens[-1])
    if (
        (len(tokens) > 1 and tokens[0].lower() in _TABLES.indefinite_articles and not _is_name_token(tokens[1]))
        or not _is_name_token(last)
        or _is_acronym(last)
        or _is_country(last)
        or last.lower() in HONORIFICS
    ):
        return _Found((_clean_appositive(text),), None, None, False)
    if titles[-1] and not _surname_despite_title(tokens, titles):
        return _Found((_clean_appositive(text),), None, None, False)
    start = len(tokens) - 1
    while start > 0:
        token = tokens[start - 1]
        if (_is_particle(token) and token.islower()) or (_is_name_token(token) and not titles[start - 1]):
            start -= 1
        else:
            break
    if any(_bare_token(token).casefold() in ORGANISATION_WORDS for token in tokens[start:]):
        # "the RISI Coordination Center", "the Foreign Ministry": an organisation, not a person.
        return _Found((_clean_appositive(text),), None, None, False)
    role = _clean_role(tokens[:start]) if start else ""
    return _Found((role,) if role else (), _structure(tokens[start:]), suffix, possessive)


def _build_org_pattern() -> regex.Pattern[str]:
    # A capitalised phrase after "at/of/with/from the": RISI Coordination Center, Institute for
    # Strategic Studies and Forecasting.  Lower-case joining words may sit between capitalised ones.
    word = r"\p{Lu}[\w.&'\N{RIGHT SINGLE QUOTATION MARK}-]*"
    joiner = f"(?:{alternation(_TABLES.organisation_joiners)})"
    preposition = f"(?:{alternation(_TABLES.organisation_prepositions)})"
    article = f"(?:(?:{alternation(_TABLES.definite_articles)})\\s+)?" if _TABLES.definite_articles else ""
    return regex.compile(rf"\b{preposition}\s+{article}({word}(?:\s+(?:{joiner}\s+)*{word})*)")


_ORG_AFTER = _build_org_pattern()


def _build_org_lead_pattern() -> regex.Pattern[str] | None:
    """A preposition that may lead to an organisation, with the space after it; ``None`` to try every role.

    :func:`_organisation_in` looks for the organisation after blanking the role's title phrases.  A
    title phrase starts after a character that is no word character and ends before one, so a
    preposition of word characters is never cut by a blanking, nor are the characters on either side
    of it changed: a preposition found after blanking stands in the role already, and a role without
    one names no organisation after it.  For a preposition with other characters this does not hold,
    and no role is passed over.
    """
    prepositions = _TABLES.organisation_prepositions
    if not prepositions or not all(regex.fullmatch(r"\w+", word) for word in prepositions):
        return None
    return regex.compile(rf"\b(?:{alternation(prepositions)})\s")


_ORG_LEAD = _build_org_lead_pattern()


def _build_title_phrase_pattern() -> regex.Pattern[str]:
    phrases = sorted(_ROLE_PHRASES, key=len, reverse=True)
    return regex.compile(r"(?<![\w.])(?:" + "|".join(regex.escape(p) for p in phrases) + r")(?!\w)", regex.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _organisation_in(role: str) -> str | None:
    """The organisation a role names: "expert at the RISI Coordination Center" -> that centre.

    Kept per role: the same roles ("Foreign Minister", "Kremlin spokesman") come with name after name.
    """
    if _ORG_LEAD is None or _ORG_LEAD.search(role):  # most roles have no preposition: none to blank and scan
        for found in _ORG_AFTER.finditer(_TITLE_PHRASE.sub(" ", role)):
            candidate = found.group(1).rstrip(".")
            if not _is_country(candidate) and candidate not in COUNTRY_METONYMS:
                return candidate
    tokens = role.split()
    lead: list[str] = []
    for position, token in enumerate(tokens):
        if _is_name_token(token) and not _is_country(token) and token.lower() not in _TITLE_TOKENS:
            lead.append(token)
            continue
        if lead and _is_title_token(token, position > 0) and not _is_country(token):
            return " ".join(lead)  # Kremlin spokesman, NATO Secretary General
        break
    return None


def parse_name(text: str) -> ParsedName:
    """Split a name as printed in news into its parts and the roles that came with it.

    >>> p = parse_name("British Foreign Secretary Liz Truss’s")
    >>> p.given, p.surname, p.roles, p.possessive
    ('Liz', 'Truss', ('British Foreign Secretary',), True)
    >>> parse_name("Ursula von der Leyen").particles
    ('von', 'der')
    >>> parse_name("the head of British diplomacy").has_name
    False
    """
    if not isinstance(text, str):
        raise InputError(f"parse_name() takes str, got {type(text).__name__}")
    return _parse(text)


@lru_cache(maxsize=1 << 16)
def _parse(text: str) -> ParsedName:
    roles: list[str] = []
    found: _Found | None = None
    suffix: str | None = None
    cleaned = text.strip().rstrip(",;:")
    # A possessive at the very end (Truss’) must be seen before its apostrophe is stripped as a quote mark.
    possessive = _has_apostrophe(cleaned) and _POSSESSIVE.search(cleaned) is not None
    if possessive:
        cleaned = _POSSESSIVE.sub("", cleaned)
    cleaned = cleaned.strip(_EDGE)
    for chunk in _PART_SPLIT.split(cleaned) if not _PART_SPLIT_CHARS.isdisjoint(cleaned) else (cleaned,):
        chunk = chunk.strip(_EDGE)
        if not chunk:
            continue
        if found is not None and found.parts is not None:
            key = chunk.lower().rstrip(".")
            if key in SUFFIXES and suffix is None:
                suffix = SUFFIXES[key]  # Martin Luther King, Jr.
            elif _clean_appositive(chunk):
                roles.append(_clean_appositive(chunk))
            continue
        read = _read_part(chunk)
        if read.roles:
            roles.extend(role for role in read.roles if role)
        if read.parts is not None:
            found = read
            suffix = read.suffix
    organisation = next((org for org in map(_organisation_in, roles) if org), None) if roles else None
    if found is None or found.parts is None:
        return ParsedName(original=text, roles=tuple(roles), organisation=organisation)
    parts = found.parts
    return ParsedName(
        original=text,
        given=parts.given,
        middle=parts.middle,
        particles=parts.particles,
        surname=parts.surname,
        suffix=suffix,
        roles=tuple(roles),
        organisation=organisation,
        possessive=possessive or found.possessive,
        family_first=parts.family_first,
    )


# --- Roles -------------------------------------------------------------------------


def _build_role_phrases() -> dict[str, frozenset[str]]:
    phrases: dict[str, set[str]] = {}
    for role_class, synonyms in _TABLES.role_synonyms.items():
        for phrase in synonyms:
            phrases.setdefault(phrase, set()).add(role_class)
    for word, classes in _TABLES.role_hypernyms.items():
        phrases.setdefault(word, set()).update(classes)
    return {phrase: frozenset(classes) for phrase, classes in phrases.items()}


_ROLE_PHRASES = _build_role_phrases()
_TITLE_PHRASE = _build_title_phrase_pattern()


def _build_plain_title_phrase_pattern() -> re.Pattern[str] | None:
    """:data:`_TITLE_PHRASE` for lower-case ASCII text, as a plain pattern; ``None`` if a phrase is not plain.

    On such text the two find the same phrases when every phrase is lower-case ASCII: a phrase can
    then only match letters equal to its own, whatever the case rule, and on ASCII text the two
    engines agree on what a word character is.  The plain engine tries the phrases three times faster,
    and opened by their first letters (:func:`~quoteattr.lang.patterns.after_boundary`) skips ahead to
    where a phrase can start; of phrases matching at one place, prefixes of one another, it takes the
    longest the boundary after it allows, as the alternation longest first does.
    """
    phrases = list(_ROLE_PHRASES)
    if not all(phrase.isascii() and phrase == phrase.lower() for phrase in phrases):
        return None
    return re.compile(after_boundary(phrases, r"[\w.]") + r"(?!\w)")


_PLAIN_TITLE_PHRASE = _build_plain_title_phrase_pattern()


def _build_country_pattern() -> regex.Pattern[str]:
    names = sorted({**_COUNTRY_WORDS, **COUNTRY_METONYMS}, key=len, reverse=True)
    return regex.compile(r"(?<![\w.])(?:" + "|".join(regex.escape(n) for n in names) + r")(?!\w)")


_COUNTRY = _build_country_pattern()


def _build_plain_country_pattern() -> re.Pattern[str]:
    """:data:`_COUNTRY` for ASCII text: the standard engine, skipping ahead to the names' first letters.

    A pattern that opens with a look-behind is tried at every position of the text; opened by the
    first letters (:func:`~quoteattr.lang.patterns.after_boundary`) the scan skips to where a name
    can start, and a role is read three times faster.  It finds what :data:`_COUNTRY` finds on ASCII
    text, where the two engines agree on what a word character is (elsewhere they need not: a
    combining mark is one for regex alone), and where several names match at one place they are
    prefixes of one another, of which both patterns take the longest that the boundary after it allows.
    The tests hold the two to each other.
    """
    return re.compile(after_boundary([*_COUNTRY_WORDS, *COUNTRY_METONYMS], r"[\w.]") + r"(?!\w)")


_PLAIN_COUNTRY = _build_plain_country_pattern()
# The letters a country's name may start with: a text with none of them names no country.
_COUNTRY_INITIALS = frozenset(name[0] for name in {**_COUNTRY_WORDS, **COUNTRY_METONYMS})
# A possessive ending inside a role, dropped before its words are read: "the UK’s foreign secretary".
_POSSESSIVE_WORD = regex.compile(rf"[{_APOSTROPHES}]{_POSSESSIVE_ENDING}\b" if _POSSESSIVE_ENDING else NEVER)
_COUNTRY_NAMES = {**_COUNTRY_WORDS, **COUNTRY_METONYMS}


def country_of(word: str) -> str | None:
    """The country a demonym, short name or capital stands for.

    >>> country_of("British"), country_of("U.K."), country_of("Washington"), country_of("us")
    ('United Kingdom', 'United Kingdom', 'United States', None)
    """
    return _COUNTRY_NAMES.get(word.strip())


class _RoleProfile(NamedTuple):  # a tuple: cheaper to build than a frozen dataclass, one per role read
    classes: frozenset[str]
    countries: frozenset[str]


def _blanked(text: str, found: list[re.Match[str] | regex.Match[str]]) -> str:
    """``text`` with each match in ``found`` (left to right, not overlapping) replaced by a space.

    What ``pattern.sub(" ", text)`` gives when ``found`` is ``list(pattern.finditer(text))``: the
    places of a role are both read and blanked out, and one scan finds them for both.

    >>> _blanked("the UK’s foreign secretary", list(regex.finditer("UK", "the UK’s foreign secretary")))
    'the  ’s foreign secretary'
    >>> _blanked("no place here", [])
    'no place here'
    """
    pieces = []
    at = 0
    for match in found:
        pieces.append(text[at : match.start()])
        at = match.end()
    pieces.append(text[at:])
    return " ".join(pieces)


def _countries_in(text: str) -> Iterator[re.Match[str] | regex.Match[str]]:
    """Where a country is named in ``text``, as :data:`_COUNTRY` finds them, on ASCII text sooner.

    >>> [m.group() for m in _countries_in("the UK’s envoy and British diplomats")]
    ['UK', 'British']
    >>> [m.group() for m in _countries_in("Frances Britishness")]
    []
    """
    return _PLAIN_COUNTRY.finditer(text) if text.isascii() else _COUNTRY.finditer(text)


_NONE: frozenset[str] = frozenset()  # no classes, no countries: what most texts a role is asked of hold


@lru_cache(maxsize=1 << 14)
def _role_profile(text: str) -> _RoleProfile:
    places = [] if _COUNTRY_INITIALS.isdisjoint(text) else list(_countries_in(text))
    countries = frozenset(_COUNTRY_NAMES[m.group(0)] for m in places) if places else _NONE
    rest = _blanked(text, places) if places else text
    if _has_apostrophe(rest):
        rest = _POSSESSIVE_WORD.sub(" ", rest)
    rest = " ".join(w for w in rest.lower().split() if w not in _ARTICLES)
    phrases = _PLAIN_TITLE_PHRASE if _PLAIN_TITLE_PHRASE is not None and rest.isascii() else _TITLE_PHRASE
    found = phrases.findall(rest)  # the phrases only: neither pattern has a group
    if not found:
        return _RoleProfile(_NONE, countries)
    return _RoleProfile(frozenset().union(*(_ROLE_PHRASES[phrase.lower()] for phrase in found)), countries)


def role_classes(text: str) -> frozenset[str]:
    """The classes of office a role or description names: :func:`role_matches` needs one in common.

    So people can be filed under the classes of their roles and a description looked up by its own.

    >>> sorted(role_classes("the head of British diplomacy")) == sorted(role_classes("Foreign Secretary"))
    True
    >>> role_classes("his wife")
    frozenset()
    """
    return _role_profile(text).classes


def role_matches(description: str, roles: list[str] | tuple[str, ...]) -> bool:
    """Whether a definite description can refer to someone holding ``roles``.

    The office must share a class in the role synonyms (English: :data:`~quoteattr.lang.en.titles.ROLE_SYNONYMS`)
    (or be covered by a generic word like "minister"), and the countries, where
    both name one, must agree.

    >>> role_matches("the head of British diplomacy", ["British Foreign Secretary"])
    True
    >>> role_matches("the minister", ["British Foreign Secretary"])
    True
    >>> role_matches("the Russian foreign minister", ["British Foreign Secretary"])
    False
    >>> role_matches("the analyst", ["leading expert at the RISI Coordination Center"])
    True
    """
    wanted = _role_profile(description)
    if not wanted.classes:
        return False
    for role in roles:
        held = _role_profile(role)
        if not wanted.classes & held.classes:
            continue
        if wanted.countries and held.countries and not wanted.countries & held.countries:
            continue
        return True
    return False


# --- Matching ----------------------------------------------------------------------

# Scores of the ways two spellings of one name part may agree, best first.
_EXACT, _DIACRITICS, _SPACING, _TRANSLITERATION, _VARIANT, _INITIAL, _MIDDLE_AS_GIVEN = (
    1.0,
    0.98,
    0.97,
    0.95,
    0.93,
    0.9,
    0.9,
)
_MIDDLE_AS_GIVEN_HOW = "middle name as given name"  # the reason given when a middle name stood for the given one
# A bare surname agrees with a full name less surely than two full names do.
_SURNAME_ONLY = 0.92
# Spelling slips are forgiven only in parts this long, with one edit, first and last letters kept.
_SLIP_MIN_LENGTH = 5


@dataclass(frozen=True, slots=True)
class _Agreement:
    score: float
    how: str  # exact, diacritics, spacing, transliteration, variant, initial, spelling, different


def _slip(key_a: str, key_b: str) -> bool:
    """One typing slip (Baerbock/Berbock): one edit, same first and last letter, long enough.

    The kept last letter guards gendered endings (Lavrov/Lavrova, Daniel/Danielle, Maria/Mario).
    """
    return (
        min(len(key_a), len(key_b)) >= _SLIP_MIN_LENGTH
        and key_a[0] == key_b[0]
        and key_a[-1] == key_b[-1]
        and Levenshtein.distance(key_a, key_b, score_cutoff=1) <= 1
    )


_VariantTable = Literal["given", "surname"]


@lru_cache(maxsize=1 << 16)
def _agree(a: str, b: str, table: _VariantTable) -> _Agreement:
    """How two spellings of one name part agree, trying the strictest explanation first.

    ``table`` names the variant table that applies (given names or surnames).  Answers are kept per
    pair: one surname is compared with every person a document has named so far.
    """
    variants = _GIVEN_VARIANTS if table == "given" else _SURNAME_VARIANTS
    if a.casefold() == b.casefold():
        return _Agreement(_EXACT, "exact")
    marks_a, marks_b = _strip_marks(a), _strip_marks(b)
    if marks_a == marks_b:
        return _Agreement(_DIACRITICS, "transliteration" if _non_latin(a + b) else "diacritics")
    if _NOT_LETTERS.sub("", marks_a) == _NOT_LETTERS.sub("", marks_b):
        return _Agreement(_SPACING, "spacing")
    key_a, key_b = name_key(a), name_key(b)
    if key_a and key_a == key_b:
        return _Agreement(_TRANSLITERATION, "transliteration")
    if variants.get(key_a, frozenset()) & variants.get(key_b, frozenset()):
        return _Agreement(_VARIANT, "variant")
    if key_a and key_b and _slip(key_a, key_b):
        return _Agreement(Levenshtein.normalized_similarity(key_a, key_b), "spelling")
    return _Agreement(fuzz.ratio(key_a, key_b) / 100.0, "different")


def _given_agree(a: ParsedName, b: ParsedName) -> _Agreement:
    assert a.given is not None and b.given is not None
    if _is_initial(a.given) or _is_initial(b.given):
        if _letters(a.given)[:1] == _letters(b.given)[:1]:
            return _Agreement(_INITIAL, "initial")
        return _Agreement(0.0, "different")
    agreement = _agree(a.given, b.given, "given")
    if agreement.how == "different":
        # Recep Tayyip Erdoğan is also "Tayyip Erdoğan": a middle name used as the given name.
        other_a = [m for m in a.middle if not _is_initial(m)]
        other_b = [m for m in b.middle if not _is_initial(m)]
        if any(_agree(a.given, m, "given").how != "different" for m in other_b) or any(
            _agree(b.given, m, "given").how != "different" for m in other_a
        ):
            return _Agreement(_MIDDLE_AS_GIVEN, _MIDDLE_AS_GIVEN_HOW)
    return agreement


def _forenames(parsed: ParsedName) -> str:
    return " ".join(part for part in (parsed.given, *parsed.middle) if part)


def _initials(parts: tuple[str, ...]) -> str:
    return "".join(_letters(part)[:1] for part in parts)


def _describe(how: str, a: str, b: str) -> str:
    return f"{how}: {a}" if how == "exact" else f"{how}: {a} ~ {b}"


@lru_cache(maxsize=1 << 16)
def _match(a: ParsedName, b: ParsedName) -> tuple[float, bool, str]:
    """Score, veto-free flag and reason; the cutoff is applied by the caller."""
    if a.surname is None or b.surname is None:
        missing = a if a.surname is None else b
        return 0.0, False, f"no personal name in {missing.original!r}"
    family_a, family_b = _family_name(a), _family_name(b)
    surname = _agree(family_a, family_b, "surname")
    if surname.how == "different":
        # A double surname printed without its hyphen reads as middle name + surname
        # (Alexandria Ocasio Cortez): try the last middle name as part of the surname.
        for x, y in ((a, b), (b, a)):
            if x.middle and not _is_initial(x.middle[-1]) and y.given is not None:
                joined = _agree(f"{x.middle[-1]} {_family_name(x)}", _family_name(y), "surname")
                if joined.how in ("exact", "spacing"):
                    rejoined = replace(x, middle=x.middle[:-1], surname=f"{x.middle[-1]} {x.surname}")
                    return _match(rejoined, b) if x is a else _match(a, rejoined)
        return surname.score / 2, False, f"different surnames: {family_a} vs {family_b}"
    surname_note = _describe(surname.how, family_a, family_b)
    if a.given is None or b.given is None:
        if a.given is None and b.given is None:
            return surname.score, surname.how != "spelling", surname_note
        if surname.how == "spelling":
            return surname.score * _SURNAME_ONLY, False, f"surname only, and spelt differently: {surname_note}"
        bare, full = (a, b) if a.given is None else (b, a)
        note = f"surname only: {bare.name} ~ {full.name}"
        if surname.how != "exact":
            note += f" ({surname_note})"
        return surname.score * _SURNAME_ONLY, True, note
    given = _given_agree(a, b)
    score = (surname.score + given.score) / 2
    if given.how == "different":
        return score, False, f"different given names: {a.given} vs {b.given}"
    if surname.how == "spelling" and given.how == "spelling":
        return score, False, f"two spelling slips: {a.given} {a.surname} vs {b.given} {b.surname}"
    if (a.suffix or "") != (b.suffix or ""):
        return score / 2, False, f"different suffixes: {a.name} vs {b.name}"
    middle_a, middle_b = _initials(a.middle), _initials(b.middle)
    if middle_a and middle_b and middle_a != middle_b and given.how != _MIDDLE_AS_GIVEN_HOW:
        return score * 0.6, False, f"different middle names: {a.name} vs {b.name}"
    notes = [_describe(given.how, _forenames(a), _forenames(b))] if given.how != "exact" else []
    if surname.how != "exact":
        notes.append(surname_note)
    return score, True, "; ".join(notes) or f"exact: {a.name}"


def _near(key_a: str, key_b: str) -> bool:
    """Two slips of one spelling: within two edits of each other, same first and last letters."""
    return (
        min(len(key_a), len(key_b)) >= _SLIP_MIN_LENGTH
        and key_a[0] == key_b[0]
        and key_a[-1] == key_b[-1]
        and Levenshtein.distance(key_a, key_b, score_cutoff=2) <= 2
    )


@lru_cache(maxsize=1 << 16)
def _compatible(a: ParsedName, b: ParsedName) -> bool:
    """Whether nothing tells two names apart, which is looser than :func:`same_person`.

    Grouping joins two groups of names only when every pair across them is
    compatible.  Compatibility forgives what happens when several slips of one
    name meet (Vogberg and Vgaberg are each one slip from Vogaberg but two apart),
    and still keeps apart different given names, suffixes, middle initials and
    surnames.
    """
    if a.surname is None or b.surname is None:
        return False
    if _match(a, b)[1]:
        return True
    family_a, family_b = _family_name(a), _family_name(b)
    if _agree(family_a, family_b, "surname").how == "different" and not _near(name_key(family_a), name_key(family_b)):
        return False
    if a.given is None or b.given is None:
        return True
    if _given_agree(a, b).how == "different" and (
        _is_initial(a.given) or _is_initial(b.given) or not _near(name_key(a.given), name_key(b.given))
    ):
        return False
    if (a.suffix or "") != (b.suffix or ""):
        return False
    middle_a, middle_b = _initials(a.middle), _initials(b.middle)
    return not (middle_a and middle_b and middle_a != middle_b)


def _as_parsed(name: str | ParsedName) -> ParsedName:
    return name if isinstance(name, ParsedName) else parse_name(name)


@lru_cache(maxsize=1 << 16)
def honorific_gender(text: str) -> str | None:
    """ "m" or "f" when a name opens with a gendered honorific (Mr., Mrs., Lady), else None.

    Two honorifics of different genders tell two people apart however alike the names are
    (:func:`match_names`), and a bare surname after one is a person, not a place or a firm.

    >>> honorific_gender("Mrs. Clinton"), honorific_gender("Mr Clinton")
    ('f', 'm')
    >>> honorific_gender("Hillary Clinton") is None
    True
    """
    first = text.split(maxsplit=1)[0].lower().rstrip(".") if text.split() else ""
    return HONORIFIC_GENDER.get(first)


def match_names(a: str | ParsedName, b: str | ParsedName, *, score_cutoff: float = 0.85) -> NameMatch:
    """Compare two names part by part: how alike, whether one person, and why.

    Titles and roles are ignored (they change while the person does not).  A
    bare surname agrees with any full name of that surname; whether it *is*
    that person depends on who else shares the surname, which
    :mod:`quoteattr.speakers` decides for a whole document or corpus.

    >>> match_names("Sergei Yermakov", "Sergei Ermakov").reason
    'transliteration: Yermakov ~ Ermakov'
    >>> m = match_names("Bill Clinton", "Hillary Clinton")
    >>> m.same, m.reason
    (False, 'different given names: Bill vs Hillary')
    """
    if not 0.0 <= score_cutoff <= 1.0:
        raise InputError(f"score_cutoff must be between 0 and 1, got {score_cutoff!r}")
    first, second = _as_parsed(a), _as_parsed(b)
    genders = honorific_gender(first.original), honorific_gender(second.original)
    if None not in genders and genders[0] != genders[1]:
        return NameMatch(score=0.0, same=False, reason=f"different honorifics: {first.original} vs {second.original}")
    score, agrees, reason = _match(first, second)
    same = agrees and score >= score_cutoff
    if agrees and not same:
        reason = f"below cutoff {score_cutoff}: {reason}"
    return NameMatch(score=round(score, 4), same=same, reason=reason)


def same_person(a: str | ParsedName, b: str | ParsedName) -> bool:
    """Whether two names, as printed, denote one person (see :func:`match_names`).

    >>> same_person("Annalena Baerbock", "German Foreign Minister Annalena Berbock")
    True
    >>> same_person("Donald Trump", "Donald Trump Jr.")
    False
    """
    if isinstance(a, str) and isinstance(b, str):
        return _same_person_text(a, b)
    return match_names(a, b).same


@lru_cache(maxsize=1 << 16)
def _same_person_text(a: str, b: str) -> bool:
    """:func:`same_person` on printed names; pairs recur within and across documents."""
    return match_names(a, b).same
