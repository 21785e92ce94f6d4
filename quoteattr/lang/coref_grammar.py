"""What a language provides for coreference: pronoun classes, gender clues and the name patterns.

:mod:`quoteattr.coref` keeps a registry of the people a document has named and
resolves each speaker mention against it; every word it compares and every
pattern it runs comes from a :class:`CorefGrammar`.  With the defaults names
still resolve, a pronoun finds the most recent person, and no gender is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from quoteattr.lang.patterns import NEVER

_NEVER = regex.compile(NEVER)


@dataclass(frozen=True)
class CorefGrammar:
    """The word classes and patterns that resolve a mention to a person."""

    # Personal pronouns in lower case, by what they refer to: "she", "he", "they".  A word in both
    # ``feminine`` and ``plural`` (German "sie") is a woman named shortly before, else anyone but a man.
    feminine: frozenset[str] = frozenset()
    masculine: frozenset[str] = frozenset()
    plural: frozenset[str] = frozenset()
    # Lower-case title and kinship words that make their bearer a woman: "mrs", "spokeswoman", "wife".
    feminine_titles: frozenset[str] = frozenset()
    # Lower-case given names that make their bearer a woman: "elizabeth".
    feminine_names: frozenset[str] = frozenset()
    # Endings of a surname, alone, that tell its bearer's gender: Russian "Захарова" (a woman), "Лавров" (a man).
    feminine_surname_endings: tuple[str, ...] = ()
    masculine_surname_endings: tuple[str, ...] = ()
    # Capitalised words that open sentences but name no one, as written: "However", "Indeed".
    not_names: frozenset[str] = frozenset()
    # Places in lower case: a place opening a sentence is no one the story is about ("California ...").
    places: frozenset[str] = frozenset()
    # A name right before a relative pronoun, group 1: "Sergei Lavrov, | who".
    name_before: regex.Pattern[str] = _NEVER
    # A name, titles and all, from where it starts: "Russian Foreign Minister Sergei Lavrov".
    name: regex.Pattern[str] = _NEVER
    # The capitalised run that ends right before a title word, searched backwards: "Russian | Foreign Minister".
    name_run_before: regex.Pattern[str] = _NEVER
    # A title as printed inside a name: "Foreign Minister", "Sen.", "Secretary of State".
    title: re.Pattern[str] | regex.Pattern[str] = _NEVER
    # A name opening a sentence and followed by its verb, group ``name``: "Truss made", "Lavrov also spoke".
    subject_name: regex.Pattern[str] = _NEVER
    # A description opening a sentence and followed by its verb, group ``description``: French "Le maire
    # s’est exprimé", whom "il" may then refer to (English resolves "he" to named people only).
    subject_description: regex.Pattern[str] = _NEVER
    # A possessive ending a mention: "Truss’s", "Truss’".
    possessive_end: regex.Pattern[str] = _NEVER
    # A description that, fitting no one named before, is taken for a group: "the members of the panel".
    group_description: regex.Pattern[str] = _NEVER
