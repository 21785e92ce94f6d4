"""French coreference: which pronouns are masculine, feminine or plural, and which titles make a woman."""

from __future__ import annotations

import regex

from quoteattr.lang.coref_grammar import CorefGrammar
from quoteattr.lang.fr import grammar
from quoteattr.lang.fr.titles import ROLES
from quoteattr.lang.fr.words import NOT_NAMES, PLACES
from quoteattr.lang.patterns import alternation

_ROLES = alternation(sorted({form for pair in ROLES for form in pair}))

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
    # "Le maire s’est exprimé", "La ministre de la Santé a déclaré": a role after "le"/"la" opening the sentence,
    # maybe with its complement, then its verb; "il"/"elle" may then refer to it.
    subject_description=regex.compile(
        rf"(?P<description>(?:Le|La|L['’])\s*(?:{_ROLES})(?:\s+(?:de|du|des)\s+(?:la\s+|l['’])?\p{{Lu}}[\p{{L}}\-]*)?)"
        r"\s+(?!(?:de|du|des|et|ou|à|en|le|la|les)\b)\p{Ll}"
    ),
    # "les membres du comité": a description that fits no one named is a group.
    group_description=regex.compile(r"^(?:les|des)\s"),
)
