"""French coreference: which pronouns are masculine, feminine or plural, and which titles make a woman."""

from __future__ import annotations

import regex

from quoteattr.lang.coref_grammar import CorefGrammar
from quoteattr.lang.fr import grammar
from quoteattr.lang.fr.titles import ROLES
from quoteattr.lang.fr.words import NOT_NAMES, PLACES

COREF = CorefGrammar(
    feminine=frozenset({"elle"}),
    masculine=frozenset({"il"}),
    plural=frozenset({"ils", "elles"}),
    # Only the feminine forms that differ from the masculine tell a woman: "présidente", not "ministre".
    feminine_titles=frozenset({"mme", "mlle", "madame"} | {f for m, f in ROLES if f != m}),
    not_names=NOT_NAMES,
    places=PLACES,
    name_before=regex.compile(rf"({grammar.NAME})\s*,?\s*\Z"),
    name=regex.compile(grammar.NAME),
    # "Gérald Darmanin a visité ...": a name opening its sentence, then its verb (lower case, no article).
    subject_name=regex.compile(rf"(?P<name>{grammar.NAME})\s+(?!(?:de|du|des|et|ou|à|en|le|la|les)\b)\p{{Ll}}+\b"),
    # "les membres du comité": a description that fits no one named is a group.
    group_description=regex.compile(r"^(?:les|des)\s"),
)
