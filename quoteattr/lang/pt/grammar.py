"""The Portuguese attribution grammar's fragments: names, speakers and cues, composed from this folder's tables.

Portuguese puts the verb of saying before its subject after a quotation
(``“…”, disse o ministro``), before it in a reported claim (``O ministro disse
que …``), joins object pronouns to the verb in Portugal (``disse-lhe``) and
drops the subject pronoun when the speaker is known (``“…”, acrescentou.``).
Prepositions contract with the article (``do``, ``da``, ``no``, ``pela``).
Titles and months are lower case, so a capitalised word that is no sentence
opener is a name::

    INVERTED  = PUNCT? DASH? CLITIC? CUE ENCLITIC? SPEAKER   “…”, disse o ministro.  “…”, garantiu-lhe Lula.
    TRAILING  = PUNCT? DASH? SPEAKER ADVERBS? CUE            “…”, Lula disse.  (rare)
    LEADING   = SPEAKER ADVERBS? CUE [,:]                    A ministra afirmou: “…”

All patterns are built once at import.
"""

from __future__ import annotations

from quoteattr.lang.grammar_builder import VerbForms
from quoteattr.lang.patterns import alternation
from quoteattr.lang.pt.cues import (
    BELIEF_VERBS,
    CONJUGATION,
    CUE_ADVERBS,
    DIALOGUE_VERBS,
    ENCLITICS,
    SPEECH_VERBS,
    finite_forms,
)
from quoteattr.lang.pt.pronouns import DETERMINERS, GROUP_NOUNS, SUBJECT_PRONOUNS
from quoteattr.lang.pt.words import FUNCTION_WORDS, NAME_PARTICLES, NOT_NAMES, SUBJECT_VERBS

_VERBS = VerbForms(CONJUGATION.inflections, CONJUGATION.compound_forms)
_forms = _VERBS.every_form
_compounds = _VERBS.compounds
SPEECH_FORMS = frozenset(_forms(SPEECH_VERBS))
DIALOGUE_FORMS = frozenset(_forms(DIALOGUE_VERBS))
BELIEF_FORMS = frozenset(_forms(BELIEF_VERBS)) - SPEECH_FORMS
# Finite forms and compound tenses, which may stand before their subject: "disse", "tem dito", "murmurou".
FINITE_SPEECH = sorted(
    {form for verb in SPEECH_VERBS + DIALOGUE_VERBS for form in finite_forms(verb)}
    | set(_compounds(SPEECH_VERBS + DIALOGUE_VERBS))
)
CUE = rf"(?:{alternation(_forms(SPEECH_VERBS) + _forms(BELIEF_VERBS) + _compounds(SPEECH_VERBS + BELIEF_VERBS))})"
SPEECH_CUE = rf"(?:{alternation(_forms(SPEECH_VERBS) + _forms(DIALOGUE_VERBS) + _compounds(SPEECH_VERBS))})"
INVERTED_CUE = rf"(?:{alternation(FINITE_SPEECH)})"
# An object pronoun before the verb: "“…”, lhe disse Lula", "se perguntou o ministro".
CLITIC = r"(?:(?:lhe|lhes|se|nos|me)\s+)"
# An object pronoun after it, joined by a hyphen: "disse-lhe", "garantiu-nos".
ENCLITIC = rf"(?:-(?:{alternation(ENCLITICS)}))"

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
# A preterite in the third person ends a noun phrase, whether an object follows or not: "Os moradores (protestaram)".
_PRETERITE = r"\p{Ll}+(?:ou|aram|eram|iram)(?![\p{L}\-])"
# A full stop stays inside a word ("EE.UU.") or ends an abbreviation before a name ("el Sr. Martínez"),
# never a sentence ("disse o ministro.").
_NP_WORD = (
    rf"(?:(?!(?:{_STOP})(?![\p{{L}}\-])|{_PRETERITE})"
    rf"[\p{{L}}\p{{N}}’'\-&]+(?:\.[\p{{L}}\p{{N}}’'\-&]+)*(?:\.(?=\s+\p{{Lu}}))?)"
)
# "do Governo", "da Polícia Judiciária", "de Assuntos Externos".
_OF = rf"(?:\s+(?:de|do|da|dos|das)\s+{_NP_WORD}(?:\s+{_NP_WORD}){{0,2}})"
# "o ministro", "a porta-voz do Governo", "um alto responsável da Comissão Europeia", "o presidente Lula".
DESCRIPTION = rf"(?:{DETERMINER}\s+{_NP_WORD}(?:\s+{_NP_WORD}){{0,3}}{_OF}{{0,2}})"
# "fontes do ministério", "fontes policiais", "especialistas ouvidos".
GROUP = rf"(?:(?i:{alternation(GROUP_NOUNS)})(?:\s+(?=\p{{Ll}}){_NP_WORD})?{_OF}?)"
SPEAKER = rf"(?:{PRONOUN}|{DESCRIPTION}|{GROUP}|{NAME})"

# "na segunda-feira", "neste sábado", "esta manhã": when, between the speaker and the cue.
WEEKDAY_PHRASE = (
    r"(?:(?:na|nesta|nessa)\s+(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?"
    r"|(?:no|neste|nesse)\s+(?:sábado|domingo)"
    r"|(?:esta|nesta)\s+(?:manhã|tarde|noite|semana))"
)
