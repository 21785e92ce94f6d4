"""Italian coreference: which pronouns are masculine, feminine or plural, and which titles make a woman."""

from __future__ import annotations

import regex

from quoteattr.lang.coref_grammar import CorefGrammar
from quoteattr.lang.it import grammar
from quoteattr.lang.it.titles import ROLES
from quoteattr.lang.it.words import NOT_NAMES, PLACES

COREF = CorefGrammar(
    feminine=frozenset({"lei", "ella"}),
    masculine=frozenset({"lui", "egli"}),
    plural=frozenset({"loro", "essi", "esse"}),
    # Only the feminine forms that differ from the masculine tell a woman: "direttrice", not "portavoce".
    feminine_titles=frozenset({"sig.ra", "signora", "dott.ssa", "prof.ssa"} | {f for m, f in ROLES if f != m}),
    not_names=NOT_NAMES,
    places=PLACES,
    name_before=regex.compile(rf"({grammar.NAME})\s*,?\s*\Z"),
    name=regex.compile(grammar.NAME),
    # "Matteo Salvini ha visitato ...": a name opening its sentence, then its verb (lower case, no article).
    subject_name=regex.compile(
        rf"(?P<name>{grammar.NAME})\s+(?!(?:di|del|della|e|o|a|in|il|la|le|i|gli)\b)\p{{Ll}}+\b"
    ),
    # "i membri della commissione": a description that fits no one named is a group.
    group_description=regex.compile(r"^(?:i|gli|le)\s"),
)
