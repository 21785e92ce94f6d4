"""The Spanish attribution grammar's fragments: names, speakers and cues, composed from this folder's tables.

Spanish puts the verb of saying before its subject after a quotation
(``«…», dijo el ministro``), before it in a reported claim (``El ministro dijo
que …``), and drops the subject pronoun when the speaker is known
(``«…», añadió.``).  Titles and months are lower case, so a capitalised word
that is no sentence opener is a name::

    INVERTED  = PUNCT? DASH? CLITIC? CUE SPEAKER          «…», dijo el ministro.  «…», ha señalado Sánchez.
    TRAILING  = PUNCT? DASH? SPEAKER ADVERBS? CUE         «…», Sánchez dijo.  (rare)
    LEADING   = SPEAKER ADVERBS? CUE [,:]                 La ministra afirmó: «…»

All patterns are built once at import.
"""

from __future__ import annotations

from quoteattr.lang.es.cues import (
    BELIEF_VERBS,
    CONJUGATION,
    CUE_ADVERBS,
    DIALOGUE_VERBS,
    SPEECH_VERBS,
    finite_forms,
)
from quoteattr.lang.es.pronouns import DETERMINERS, GROUP_NOUNS, SUBJECT_PRONOUNS
from quoteattr.lang.es.words import FUNCTION_WORDS, NAME_PARTICLES, NOT_NAMES, SUBJECT_VERBS
from quoteattr.lang.grammar_builder import VerbForms
from quoteattr.lang.patterns import alternation

_VERBS = VerbForms(CONJUGATION.inflections, CONJUGATION.compound_forms)
_forms = _VERBS.every_form
_compounds = _VERBS.compounds
SPEECH_FORMS = frozenset(_forms(SPEECH_VERBS))
DIALOGUE_FORMS = frozenset(_forms(DIALOGUE_VERBS))
BELIEF_FORMS = frozenset(_forms(BELIEF_VERBS)) - SPEECH_FORMS
# Finite forms and compound tenses, which may stand before their subject: "dijo", "ha dicho", "murmuró".
FINITE_SPEECH = sorted(
    {form for verb in SPEECH_VERBS + DIALOGUE_VERBS for form in finite_forms(verb)}
    | set(_compounds(SPEECH_VERBS + DIALOGUE_VERBS))
)
CUE = rf"(?:{alternation(_forms(SPEECH_VERBS) + _forms(BELIEF_VERBS) + _compounds(SPEECH_VERBS + BELIEF_VERBS))})"
SPEECH_CUE = rf"(?:{alternation(_forms(SPEECH_VERBS) + _forms(DIALOGUE_VERBS) + _compounds(SPEECH_VERBS))})"
INVERTED_CUE = rf"(?:{alternation(FINITE_SPEECH)})"
# An object clitic before the verb: "«…», le dijo Sánchez", "se preguntó el ministro".
CLITIC = r"(?:(?:le|les|se|nos|me|lo|la)\s+)"

DETERMINER = rf"(?:{alternation(DETERMINERS)}|{alternation([d.capitalize() for d in DETERMINERS])})"
PRONOUN = rf"(?:{alternation(SUBJECT_PRONOUNS)}|{alternation([p.capitalize() for p in SUBJECT_PRONOUNS])})"
ADVERBS = rf"(?:(?:{alternation(CUE_ADVERBS)}|\p{{Ll}}+mente)\s+){{0,3}}"

# A capitalised word that is no sentence opener: Sánchez, PSOE, EE.UU., Jean-Claude, O'Donnell.
_NOT_NAME = rf"(?:{alternation(sorted(NOT_NAMES))})(?![\p{{L}}\-])"
CAP_WORD = rf"(?:(?!{_NOT_NAME})(?:\p{{Lu}}\.(?:\p{{Lu}}\.)+|\p{{Lu}}[\p{{L}}\p{{M}}’'\-.]*\p{{L}}|\p{{Lu}}))"
NAME_PARTICLE = rf"(?:{alternation(sorted(NAME_PARTICLES))})"
NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
NAME = rf"(?:{CAP_WORD}(?:{NAME_GAP}(?:{NAME_PARTICLE}{NAME_GAP}){{0,2}}{CAP_WORD}){{0,5}})"

# A word inside a noun phrase: no verb, no function word ("de" phrases follow the head: _OF).
_STOP = alternation(sorted(SPEECH_FORMS | BELIEF_FORMS | DIALOGUE_FORMS | SUBJECT_VERBS | FUNCTION_WORDS))
# A preterite in the third person ends a noun phrase, whether an object follows or not: "Los vecinos (protestaron)".
_PRETERITE = r"\p{Ll}+(?:ó|aron|ieron)(?![\p{L}\-])"
# A full stop stays inside a word ("EE.UU.") or ends an abbreviation before a name ("el Sr. Martínez"),
# never a sentence ("dijo el ministro.").
_NP_WORD = (
    rf"(?:(?!(?:{_STOP})(?![\p{{L}}\-])|{_PRETERITE})"
    rf"[\p{{L}}\p{{N}}’'\-&]+(?:\.[\p{{L}}\p{{N}}’'\-&]+)*(?:\.(?=\s+\p{{Lu}}))?)"
)
# "del Gobierno", "de la policía municipal", "de Asuntos Exteriores".
_OF = rf"(?:\s+(?:de|del)(?:\s+(?:la|las|los|el))?\s+{_NP_WORD}(?:\s+{_NP_WORD}){{0,2}})"
# "el ministro", "la portavoz del Gobierno", "un alto cargo de la Comisión Europea", "el presidente Pedro Sánchez".
DESCRIPTION = rf"(?:{DETERMINER}\s+{_NP_WORD}(?:\s+{_NP_WORD}){{0,3}}{_OF}{{0,2}})"
# "fuentes del ministerio", "fuentes policiales", "expertos consultados".
GROUP = rf"(?:(?i:{alternation(GROUP_NOUNS)})(?:\s+(?=\p{{Ll}}){_NP_WORD})?{_OF}?)"
SPEAKER = rf"(?:{PRONOUN}|{DESCRIPTION}|{GROUP}|{NAME})"

# "el lunes", "este martes", "ayer": when, between the speaker and the cue.
WEEKDAY_PHRASE = (
    r"(?:(?:el|este|ese)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
    r"|(?:esta|este)\s+(?:mañana|tarde|noche|semana))"
)
