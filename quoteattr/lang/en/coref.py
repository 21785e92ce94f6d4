"""English coreference: pronoun classes, gender clues and the name patterns, as one :class:`CorefGrammar`."""

from __future__ import annotations

import re

import regex

from quoteattr.lang.coref_grammar import CorefGrammar
from quoteattr.lang.en import grammar
from quoteattr.lang.en.pronouns import FEMININE, FEMININE_NAMES, FEMININE_TITLES, MASCULINE, PLURAL
from quoteattr.lang.en.titles import HONORIFICS, TITLES
from quoteattr.lang.en.words import NOT_NAMES, PLACES
from quoteattr.lang.patterns import after_boundary, alternation

# Lower-case words inside a printed title: "Secretary of State", "Minister for Europe".
_TITLE_LOWER = ("of", "the", "for")


def _capitalised(phrase: str) -> str:
    return " ".join(word[:1].upper() + word[1:] if word not in _TITLE_LOWER else word for word in phrase.split())


def _build_title_pattern() -> re.Pattern[str]:
    # Titles as printed inside a name ("Foreign Minister", "Sen.", "Secretary of State"): one fast scan
    # finds them, and only the capitalised runs around them are read as names.  The scan skips ahead to
    # the titles' first letters (see after_boundary): it runs over every text.
    titles = {_capitalised(t) for t in {*TITLES, *HONORIFICS}}
    return re.compile(after_boundary(titles, r"[\w.]") + r"(?!\w)")


# A name opening a sentence and followed by its verb: "Truss made", "Elizabeth looked", "Lavrov also spoke";
# not "Truss and", "Lavrov of".
_NOT_VERB = r"(?:and|or|of|the|a|an|in|on|at|to|for|with|from|by|who|which)"
# A sentence opening with a word that names no one ("The", "However") and a space has no subject name:
# a name there would start with that word, which subject_names drops.  Said first, so the scan gives
# up at once rather than read the capitalised run after it ("The White House") only to drop it.
_NOT_A_NAME = rf"(?!{alternation(sorted(NOT_NAMES))}\s)"

COREF = CorefGrammar(
    feminine=FEMININE,
    masculine=MASCULINE,
    plural=PLURAL,
    feminine_titles=frozenset(FEMININE_TITLES),
    feminine_names=FEMININE_NAMES,
    not_names=NOT_NAMES,
    places=PLACES,
    name_before=regex.compile(rf"({grammar.NAME})\s*,?\s*\Z"),
    name=regex.compile(grammar.NAME),
    name_run_before=regex.compile(rf"(?r){grammar.NAME}{grammar.NAME_GAP}\Z"),
    title=_build_title_pattern(),
    subject_name=regex.compile(rf"{_NOT_A_NAME}(?P<name>{grammar.NAME})\s+(?!{_NOT_VERB}\b)\p{{Ll}}+\b"),
    possessive_end=regex.compile(r"(?:’s|'s|’|')\Z"),
    # "the members of the panel": an "of" phrase describes a body.
    group_description=regex.compile(" of "),
)
