"""German coreference: which pronouns are masculine, feminine or plural, and which titles and names make a woman.

German pronouns carry grammatical gender: ``sie`` is a woman, a group (``sie sagten``) or a
feminine noun (``die Regierung``).  It is therefore both feminine and plural: a woman named
shortly before takes it, else the most recent group or person not known to be a man, and it
tells no one's gender (a plural ``sie`` would make a man a woman).  Only the feminine forms of
titles that differ from the masculine ones tell a woman: ``Ministerin``, not ``Vorsitzende``
(``der Vorsitzende`` is a man).
"""

from __future__ import annotations

import regex

from quoteattr.lang.coref_grammar import CorefGrammar
from quoteattr.lang.de import grammar
from quoteattr.lang.de.pronouns import FEMININE, FEMININE_NAMES, MASCULINE
from quoteattr.lang.de.titles import ADJECTIVAL_TITLES, TITLES_BY_GENDER
from quoteattr.lang.de.words import FUNCTION_WORDS, NOT_NAMES
from quoteattr.lang.patterns import alternation

_NOT_VERB = rf"(?:{alternation(sorted(FUNCTION_WORDS))})(?![\p{{L}}\-])"

# Words for a woman that are no office: ``Frau Müller``, ``seine Ehefrau``.
_WOMEN = ("frau", "ehefrau", "witwe", "mutter", "tochter", "schwester", "großmutter", "freundin", "lebensgefährtin")
# Feminine titles beyond the pairs of :data:`TITLES_BY_GENDER`: compounds the news uses for women.
_MORE_FEMININE_TITLES = (
    "bundesinnenministerin",
    "bundesjustizministerin",
    "bundesfamilienministerin",
    "bundesbildungsministerin",
    "bundesumweltministerin",
    "bundesverteidigungsministerin",
    "bundesgesundheitsministerin",
    "bundesagrarministerin",
    "bundesarbeitsministerin",
    "landwirtschaftsministerin",
    "familienministerin",
    "bildungsministerin",
    "umweltministerin",
    "kultusministerin",
    "sozialministerin",
    "europaministerin",
    "staatsministerin",
    "außenbeauftragte",
    "regierungschefin",
    "parteichefin",
    "landeschefin",
    "fraktionschefin",
    "grünen-chefin",
    "spd-chefin",
    "cdu-chefin",
    "linken-chefin",
    "afd-chefin",
    "sprecherin",
    "ministeriumssprecherin",
    "unternehmenssprecherin",
    "konzernsprecherin",
    "bürgerrechtlerin",
    "aktivistin",
    "sängerin",
    "schauspielerin",
    "schriftstellerin",
    "sportlerin",
    "spielerin",
    "läuferin",
    "schwimmerin",
    "siegerin",
    "weltmeisterin",
    "olympiasiegerin",
    "zeugin",
    "augenzeugin",
    "studentin",
    "schülerin",
    "lehrerin",
    "mitarbeiterin",
    "vertreterin",
)

COREF = CorefGrammar(
    feminine=FEMININE,
    # ``ihm`` and the ``sein-`` forms are also neuter (``das Ministerium``); ``er`` is a man or a masculine noun.
    masculine=MASCULINE,
    # ``sie`` is also plural: a woman named shortly before takes it, else only a group does.
    plural=frozenset({"sie", "ihnen"}),
    feminine_titles=frozenset(
        {f.lower() for m, f in TITLES_BY_GENDER.items() if f != m and f not in ADJECTIVAL_TITLES}
        | set(_WOMEN)
        | set(_MORE_FEMININE_TITLES)
    ),
    feminine_names=FEMININE_NAMES,
    not_names=NOT_NAMES,
    name_before=regex.compile(rf"({grammar.NAME})\s*,?\s*\Z"),
    # "Gall geht davon aus": a name opening its sentence, then its verb (lower case, no function word) or the
    # comma of an apposition ("Halima Jouini, Vorstandsmitglied der Liga, sagte").
    subject_name=regex.compile(rf"(?P<name>{grammar.NAME})(?:\s+(?!{_NOT_VERB})\p{{Ll}}+(?![\p{{L}}\-])|\s*,)"),
)
