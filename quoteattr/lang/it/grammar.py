"""The Italian attribution grammar: regular expressions composed from named fragments.

Each fragment matches one part of an attribution (a speaker, a cue, a dash)::

    INVERTED  = PUNCT? DASH? CUE GAP? SPEAKER          “…”, ha detto Giorgia Meloni.
    TRAILING  = PUNCT? DASH? SPEAKER ADVERBS? CUE       “…”, il ministro ha detto.
    LEADING   = SPEAKER ADVERBS? CUE [,:]?              Il ministro ha dichiarato: “…”

The inverted order is the usual one after a quotation in Italian; a compound
tense is one cue (``ha detto``, ``ha poi aggiunto``, ``avrebbe detto``).  All
lexicons come from this folder's tables; patterns are built once at import.
"""

from __future__ import annotations

import regex

from quoteattr.lang.grammar_builder import (
    DASH,
    PUNCT,
    VerbForms,
    both_apostrophes,
    compound_cue,
    compound_cue_scans,
)
from quoteattr.lang.it.cues import (
    AUXILIARIES,
    BELIEF_VERBS,
    DIALOGUE_VERBS,
    MIDDLE_ADVERBS,
    PREPOSITIONAL_CUES,
    SPEECH_VERBS,
    compound_forms,
    inflections,
)
from quoteattr.lang.it.dates import RELATIVE_DAYS, WEEKDAYS
from quoteattr.lang.it.pronouns import DETERMINERS, ELIDED_DETERMINERS, GROUP_NOUNS, QUANTITY_WORDS, SUBJECT_PRONOUNS
from quoteattr.lang.it.titles import ROLE_WORDS
from quoteattr.lang.it.words import ADVERB_ENDINGS
from quoteattr.lang.patterns import alternation

_VERBS = VerbForms(inflections, compound_forms)

SPEECH_PARTICIPLES = _VERBS.participles(SPEECH_VERBS + DIALOGUE_VERBS)
BELIEF_PARTICIPLES = _VERBS.participles(BELIEF_VERBS)
SPEECH_SIMPLE = _VERBS.simple(SPEECH_VERBS + DIALOGUE_VERBS)
BELIEF_SIMPLE = _VERBS.simple(BELIEF_VERBS)

SPEECH_FORMS = frozenset(SPEECH_SIMPLE + SPEECH_PARTICIPLES + _VERBS.compounds(SPEECH_VERBS + DIALOGUE_VERBS))
DIALOGUE_FORMS = frozenset(_VERBS.simple(DIALOGUE_VERBS) + _VERBS.compounds(DIALOGUE_VERBS))
BELIEF_FORMS = frozenset(BELIEF_SIMPLE + BELIEF_PARTICIPLES + _VERBS.compounds(BELIEF_VERBS)) - SPEECH_FORMS
GERUNDS = frozenset(_VERBS.gerunds(SPEECH_VERBS + DIALOGUE_VERBS + BELIEF_VERBS))

# "ha detto", "ha poi aggiunto", "avrebbe detto": an auxiliary, maybe an adverb, a participle.
_AUXILIARY = alternation(AUXILIARIES)
_MIDDLE = rf"(?:\s+{alternation(MIDDLE_ADVERBS)})?"

# Compound cues with an adverb inside, as the cue group of an inverted quote reads them: "ha poi aggiunto".
ADVERB_COMPOUNDS = frozenset(
    both_apostrophes(
        [f"{aux} {adverb} {past}" for aux in AUXILIARIES for adverb in MIDDLE_ADVERBS for past in SPEECH_PARTICIPLES]
    )
)
CUE = compound_cue(_AUXILIARY, _MIDDLE, SPEECH_PARTICIPLES + BELIEF_PARTICIPLES, SPEECH_SIMPLE + BELIEF_SIMPLE)
SPEECH_CUE = compound_cue(_AUXILIARY, _MIDDLE, SPEECH_PARTICIPLES, SPEECH_SIMPLE)

# Words that may stand between a speaker and the cue: "Meloni gli ha detto", "il ministro non ha".
CUE_ADVERBS = ("gli", "le", "ci", "mi", "ti", "vi", "non", "anche", "poi", "già", "ancora", "inoltre", "infatti")
LY_ADVERB = rf"(?:\p{{Ll}}+(?:{alternation(ADVERB_ENDINGS)})\b)"
ADVERBS = rf"(?:(?:{alternation(CUE_ADVERBS)}|{LY_ADVERB})\s+){{0,3}}"
# One capitalised word of a name: Meloni, D'Alema, Sig., Di Maio.
CAP_WORD = r"(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\p{Ll}{0,3}\.|\p{Lu}[\p{L}\p{M}’'\-.]*\p{L}|\p{Lu})"
NAME_CONNECTOR = r"(?:di|de|del|della|da|dei|degli|d'|d’|von|van|der|ben|bin|al|el)"
NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
NAME_PARTICLE = r"(?:(?:de|di|da|van|von|der|ben)\s+)"
NAME = (
    rf"(?:{NAME_PARTICLE}?{CAP_WORD}(?:{NAME_GAP}"
    rf"(?:{NAME_CONNECTOR}(?:{NAME_GAP}|(?<=['’])))?{CAP_WORD}){{0,6}})"
)
_ROLE = alternation(ROLE_WORDS)
ARTICULATED = r"(?:del|della|dello|dei|degli|delle|dell['’]|di|d['’])"
# "il ministro dell'Interno Matteo Piantedosi", "la premier Giorgia Meloni": roles before a name.
TITLED_NAME = (
    rf"(?:(?:(?i:{alternation(DETERMINERS)})\s*)?(?:ex\s+|nuovo\s+|nuova\s+)?"
    rf"(?:{_ROLE})(?:\s+(?:{ARTICULATED})\s*[\p{{L}}\-]+(?:\s+[\p{{L}}\-]+){{0,2}}?)?\s+"
    rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,3}})"
)
PARENTHETICAL = r"(?:\s*\([^()\n]{1,30}\))"
PRONOUN = rf"(?:{alternation(SUBJECT_PRONOUNS)}|{alternation([p.capitalize() for p in SUBJECT_PRONOUNS])})"
_DET_WORDS = [d for d in DETERMINERS if d not in ELIDED_DETERMINERS]
_ELIDED = alternation(ELIDED_DETERMINERS + tuple(d.capitalize() for d in ELIDED_DETERMINERS))
DETERMINER = (
    rf"(?:(?:{alternation(_DET_WORDS)}|{alternation([d.capitalize() for d in _DET_WORDS])})\s+"
    rf"|{_ELIDED}(?=\p{{L}}))"
)
_WORD = r"[\p{L}\p{N}’'\-.&]+"
# "il ministro dell'Interno", "la portavoce del governo", "l'ex premier".
DESCRIPTION = rf"(?:{DETERMINER}{_WORD}(?:\s+{_WORD}){{0,7}})"
# The same, holding no verb of saying: "Il sindacato| denuncia:" is a subject and its cue.
_NOT_CUE_WORD = rf"(?!{SPEECH_CUE}\b){_WORD}"
VERBLESS_DESCRIPTION = rf"(?:{DETERMINER}{_NOT_CUE_WORD}(?:\s+{_NOT_CUE_WORD}){{0,7}})"
GROUP = rf"(?:(?i:{alternation(GROUP_NOUNS)}))"
QUANTITY = (
    rf"(?:\d+(?:,\d+)?\s*(?:%|per cento)|(?i:{alternation(QUANTITY_WORDS)}))"
    rf"(?:\s+(?:dei|degli|delle|di)\s+[\p{{L}}\p{{N}}’'\-.]+(?:\s+[\p{{L}}\p{{N}}’'\-.]+){{0,5}})?"
)
RELATIVE_PRONOUN = r"(?:che)"
SPEAKER = rf"(?:{PRONOUN}|{NAME}|{DESCRIPTION}|{GROUP})"

# "ha detto ieri", "ha dichiarato all'Ansa": when and to whom, between an inverted cue and its speaker.
_TIME = alternation(both_apostrophes(WEEKDAYS + RELATIVE_DAYS))
INVERTED_GAP = (
    rf"(?:\s+(?:{_TIME})(?:\s+(?:mattina|sera|pomeriggio))?"
    rf"|\s+(?:a|al|alla|all['’]|ai|agli)\s*\p{{Lu}}[\p{{L}}\-]*)?"
)

# “…”, Meloni ha detto.   “…”, il ministro ha aggiunto.
TRAILING = regex.compile(rf"\s*{PUNCT}?{DASH}?(?P<speaker>{SPEAKER})\s+{ADVERBS}(?P<cue>{SPEECH_CUE})\b")
# “…”, ha detto Giorgia Meloni.   “…”, ha spiegato ieri il ministro.   — No, disse lui.
INVERTED = regex.compile(
    rf"\s*{PUNCT}?{DASH}?(?P<cue>{SPEECH_CUE}){INVERTED_GAP}\s+"
    rf"(?P<speaker>{TITLED_NAME}|{NAME}|{DESCRIPTION}|{GROUP}|{PRONOUN})(?=[\s,.;:!?)]|\Z)"
)
# “…” — Mario Rossi: a dash and a name alone on the rest of the line sign the quote.
SIGNATURE = regex.compile(
    rf"[^\S\n]*[,.]?[^\S\n]*(?P<dash>[\N{{EN DASH}}\N{{EM DASH}}\N{{HYPHEN-MINUS}}\N{{HORIZONTAL BAR}}]{{1,2}})[^\S\n]*"
    rf"(?P<speaker>{NAME}){PARENTHETICAL}?(?:,[^\n.!?«»“”\"]{{1,80}})?[^\S\n]*[.]?[^\S\n]*(?=\n|\Z)"
)
# Cue words anywhere, for reported claims, and speech cues in a window: standard-library engine, as in
# English, each cue a branch for each first letter that looks behind it (compound_cue_scans), so a scan
# skips to the places where a cue's first letter stands instead of looking behind at every place.
CUE_ANYWHERE, SPEECH_CUE_WORD = compound_cue_scans(
    AUXILIARIES,
    _MIDDLE,
    (SPEECH_PARTICIPLES, BELIEF_PARTICIPLES),
    (SPEECH_SIMPLE, BELIEF_SIMPLE),
)
ACCORDING_TO = regex.compile(rf"\b(?P<cue>(?i:{alternation(PREPOSITIONAL_CUES)}))\s+")
# "Per Matteo Salvini, la riforma è sbagliata": an opinion attributed by "per" opening its sentence.
IN_OPINION = regex.compile(rf"(?:^|(?<=[.!?»”]\s+))(?P<cue>Per)\s+(?P<speaker>{NAME}|lui|lei|loro)(?=\s*,)")
SPEAKER_AT_START = regex.compile(
    rf"\s*(?:(?P<pronoun>{PRONOUN}\b)|(?P<name>{NAME})|(?P<description>{DESCRIPTION})|(?P<group>{GROUP}(?:\s+(?:al|alla|ai|{ARTICULATED})\s*[\p{{L}}\-]+)?\b))"
)
# Clitics, negation, adverbs and days between a speaker and the cue: "Meloni gli ha detto", "il ministro ieri ha".
TRAILING_ADVERBS = regex.compile(rf"(?r)(?:\s+(?:{alternation(CUE_ADVERBS)}|{LY_ADVERB}|{_TIME}))+\s*\Z")
