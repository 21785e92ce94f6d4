"""The German attribution grammar's fragments: names, speakers and cues, composed from this folder's tables.

German differs from English where the attribution stage looks: every noun is
capitalised (so a name is a capitalised word that is no determiner, pronoun or
common noun), the finite verb stands second (``Am Montag sagte Müller``) and a
separable particle ends the clause (``teilte ... mit``), and the source of a
report may stand in a preposition (``laut Müller``) or a postposition
(``Müller zufolge``)::

    TRAILING  = PUNCT? DASH? SPEAKER ADVERBS? CUE        „…“, Müller sagte.  (rare)
    INVERTED  = PUNCT? DASH? CUE SPEAKER                 „…“, sagte Müller.  /  „…“, so Müller.
    LEADING   = SPEAKER ADVERBS? CUE [,:]                Müller sagte: „…“

All patterns are built once at import.
"""

from __future__ import annotations

from quoteattr.lang.de.cues import (
    BELIEF_VERBS,
    POSTPOSITIONS,
    SOURCE_NOUN_ENDINGS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TRAILING_SO,
    VerbForms,
    inflections,
)
from quoteattr.lang.de.pronouns import DATIVE_PRONOUNS, DETERMINERS, GROUP_NOUNS, SUBJECT_PRONOUNS
from quoteattr.lang.de.words import NAME_PARTICLES, NOT_NAMES
from quoteattr.lang.patterns import alternation

SPEECH: tuple[VerbForms, ...] = tuple(inflections(verb) for verb in SPEECH_VERBS)
BELIEF: tuple[VerbForms, ...] = tuple(inflections(verb) for verb in BELIEF_VERBS)


def _finite(verbs: tuple[VerbForms, ...]) -> list[str]:
    return [form for v in verbs for form in v.finite]


def _all(verbs: tuple[VerbForms, ...]) -> list[str]:
    return [form for v in verbs for form in v.forms]


SPEECH_FORMS = frozenset(_all(SPEECH))
BELIEF_FORMS = frozenset(_all(BELIEF)) - SPEECH_FORMS
# Finite forms that open an inverted clause after the content: „…“, sagte Müller / erklärte die Polizei.
FINITE_SPEECH = sorted(set(_finite(SPEECH)))
# Every cue form that ends a speaker's clause: finite, joined (``wie sie mitteilte``) and participle (``hat gesagt``).
CUE = rf"(?:{alternation(sorted(SPEECH_FORMS | BELIEF_FORMS))})"
SPEECH_CUE = rf"(?:{alternation(sorted(SPEECH_FORMS))})"
INVERTED_CUE = rf"(?:{alternation(FINITE_SPEECH)}|{TRAILING_SO})"
# The separable particle after an inverted cue: „…“, fügte Müller hinzu.
PARTICLES = sorted({v.particle for v in SPEECH if v.particle})
# The stems of separable verbs in a main clause, with the particles that make them cues: "legte" is a cue
# only with "vor" or "dar" closing its clause.  Forms that are cues on their own ("forderte" of
# "fordern" and "auf|fordern") are left out.
_ALONE = {form for v in SPEECH + BELIEF if not v.particle for form in v.forms}
SEPARABLE_STEMS: dict[str, frozenset[str]] = {}
for _verb in SPEECH + BELIEF:
    for _form in _verb.finite if _verb.particle else ():
        if _form not in _ALONE:
            SEPARABLE_STEMS[_form] = SEPARABLE_STEMS.get(_form, frozenset()) | {_verb.particle}

_DETERMINERS = sorted(DETERMINERS)
DETERMINER = rf"(?:{alternation(_DETERMINERS)}|{alternation([d.capitalize() for d in _DETERMINERS])})"
PRONOUN = rf"(?:{alternation(SUBJECT_PRONOUNS)}|{alternation([p.capitalize() for p in SUBJECT_PRONOUNS])})"
DATIVE_PRONOUN = rf"(?:{alternation(DATIVE_PRONOUNS)}|{alternation([p.capitalize() for p in DATIVE_PRONOUNS])})"

# Adverbs and auxiliaries between a speaker and the cue: "Müller hat am Montag gesagt", "Sie betonte zudem".
CUE_ADVERBS = (
    "auch bereits zudem noch ebenfalls nun jetzt damals später zuvor gestern heute dazu dabei außerdem "
    "hat habe hatte hätte haben hatten hätten ist sei war".split()
)
WEEKDAY_PHRASE = r"(?:am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende)(?:abend|morgen)?)"
ADVERBS = rf"(?:(?:{alternation(CUE_ADVERBS)}|{WEEKDAY_PHRASE})\s+){{0,3}}"


# A capitalised word that is no sentence opener, determiner or pronoun: Müller, Merkel, CDU, Jean-Claude.
_NOT_NAME = rf"(?:{alternation(sorted(NOT_NAMES))})(?![\p{{L}}\-])"
CAP_WORD = rf"(?:(?!{_NOT_NAME})(?:\p{{Lu}}\.(?:\p{{Lu}}\.)+|\p{{Lu}}[\p{{L}}\p{{M}}’'\-.]*\p{{L}}|\p{{Lu}}))"
NAME_PARTICLE = rf"(?:{alternation(sorted(NAME_PARTICLES))})"
NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
NAME = rf"(?:{CAP_WORD}(?:{NAME_GAP}(?:{NAME_PARTICLE}{NAME_GAP}){{0,2}}{CAP_WORD}){{0,5}})"
# "die Bundeskanzlerin", "ein Sprecher des Ministeriums", "der Präsident der USA, Joe Biden".
_GENITIVE_DETERMINERS = ["des", "der", "dem", "den", "eines", "einer", "einem"]
# A noun phrase: determiner, lower-case adjectives, capitalised nouns, then a genitive or ``von`` phrase
# and a name: "der Sprecher des Roten Kreuzes", "die neue Ministerin Anna Schmidt", "ein Bericht von Reuters".
_ADJECTIVES = r"(?:[\p{Ll}\p{N}][\p{L}\p{N}.\-]*\s+){0,3}"
# "der 58-Jährige": a noun made of an age opens with its number.
_NOUNS = r"(?:\p{N}+-)?\p{Lu}[\p{L}\p{N}’'\-.&]*(?:\s+\p{Lu}[\p{L}\p{N}’'\-.&]*){0,2}"
_OF = rf"(?:\s+(?:des|der|von|vom|eines|einer)\s+(?:{alternation(_GENITIVE_DETERMINERS)}\s+)?{_ADJECTIVES}{_NOUNS})"
DESCRIPTION = rf"(?:{DETERMINER}\s+{_ADJECTIVES}{_NOUNS}{_OF}{{0,2}})"
GROUP = rf"(?:(?:\p{{Ll}}[\p{{L}}\-]*\s+){{0,1}}{alternation(sorted(GROUP_NOUNS))}n?)"
SPEAKER = rf"(?:{PRONOUN}|{DESCRIPTION}|{GROUP}|{NAME})"

# Source nouns of ``nach Angaben der Polizei``, with their compounds (``Polizeiangaben``).
SOURCE_NOUN = rf"(?:{alternation(SOURCE_NOUNS)}|\p{{Lu}}\p{{Ll}}+(?:{alternation(SOURCE_NOUN_ENDINGS)}))"
POSTPOSITION = rf"(?:{alternation(POSTPOSITIONS)})"
