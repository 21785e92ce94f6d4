"""The French attribution grammar: regular expressions composed from named fragments.

Each fragment matches one part of an attribution (a speaker, a cue, a dash)::

    INVERTED  = PUNCT? DASH? CUE GAP? SPEAKER          « … », a déclaré Emmanuel Macron.
    INVERTED  = PUNCT? DASH? VERB-t-PRONOUN PARTICIPLE? « … », a-t-il ajouté. / déclare-t-elle.
    TRAILING  = PUNCT? DASH? SPEAKER ADVERBS? CUE       « … », le ministre a déclaré.
    LEADING   = SPEAKER ADVERBS? CUE [,:]?              Le ministre a déclaré : « … »

The inverted order is the usual one after a quotation in French; a compound
tense is one cue (``a déclaré``, ``a également souligné``), and in clitic
inversion the pronoun sits inside the cue (``a-t-il déclaré``): the speaker's
span lies within the cue's.  All lexicons come from this folder's tables;
patterns are built once at import.
"""

from __future__ import annotations

import regex

from quoteattr.lang.fr.cues import (
    AUXILIARIES,
    BELIEF_VERBS,
    DIALOGUE_VERBS,
    MIDDLE_ADVERBS,
    PREPOSITIONAL_CUES,
    REFLEXIVE_AUXILIARIES,
    SPEECH_VERBS,
    compound_forms,
    inflections,
    inverted_forms,
)
from quoteattr.lang.fr.dates import RELATIVE_DAYS, WEEKDAYS
from quoteattr.lang.fr.pronouns import DETERMINERS, ELIDED_DETERMINERS, GROUP_NOUNS, QUANTITY_WORDS, SUBJECT_PRONOUNS
from quoteattr.lang.fr.titles import ROLE_WORDS
from quoteattr.lang.fr.words import ADVERB_ENDINGS
from quoteattr.lang.grammar_builder import (
    DASH,
    PUNCT,
    VerbForms,
    both_apostrophes,
    compound_cue,
    compound_cue_scans,
)
from quoteattr.lang.patterns import alternation

_VERBS = VerbForms(inflections, compound_forms)

SPEECH_PARTICIPLES = both_apostrophes(_VERBS.participles(SPEECH_VERBS + DIALOGUE_VERBS))
BELIEF_PARTICIPLES = both_apostrophes(_VERBS.participles(BELIEF_VERBS))
SPEECH_SIMPLE = both_apostrophes(_VERBS.simple(SPEECH_VERBS + DIALOGUE_VERBS))
BELIEF_SIMPLE = both_apostrophes(_VERBS.simple(BELIEF_VERBS))
SPEECH_COMPOUNDS = both_apostrophes(_VERBS.compounds(SPEECH_VERBS + DIALOGUE_VERBS))
BELIEF_COMPOUNDS = both_apostrophes(_VERBS.compounds(BELIEF_VERBS))

SPEECH_FORMS = frozenset(SPEECH_SIMPLE + SPEECH_PARTICIPLES + SPEECH_COMPOUNDS)
DIALOGUE_FORMS = frozenset(both_apostrophes(_VERBS.simple(DIALOGUE_VERBS) + _VERBS.compounds(DIALOGUE_VERBS)))
BELIEF_FORMS = frozenset(BELIEF_SIMPLE + BELIEF_PARTICIPLES + BELIEF_COMPOUNDS) - SPEECH_FORMS
PRESENT_PARTICIPLES = frozenset(both_apostrophes(_VERBS.gerunds(SPEECH_VERBS + DIALOGUE_VERBS + BELIEF_VERBS)))

# "a déclaré", "a également déclaré", "s'est exclamé": an auxiliary, maybe an adverb, a participle.
_AUXILIARY = alternation(both_apostrophes(AUXILIARIES + REFLEXIVE_AUXILIARIES))
_MIDDLE = rf"(?:\s+{alternation(MIDDLE_ADVERBS)})?"

# Compound cues with an adverb inside, as the cue group of an inverted quote reads them: "a également souligné".
ADVERB_COMPOUNDS = frozenset(
    both_apostrophes(
        [
            f"{aux} {adverb} {past}"
            for aux in AUXILIARIES + REFLEXIVE_AUXILIARIES
            for adverb in MIDDLE_ADVERBS
            for past in SPEECH_PARTICIPLES
        ]
    )
)
CUE = compound_cue(_AUXILIARY, _MIDDLE, SPEECH_PARTICIPLES + BELIEF_PARTICIPLES, SPEECH_SIMPLE + BELIEF_SIMPLE)
SPEECH_CUE = compound_cue(_AUXILIARY, _MIDDLE, SPEECH_PARTICIPLES, SPEECH_SIMPLE)

# Clitic inversion: "dit-il", "déclare-t-elle", "a-t-il ajouté", "ont-ils expliqué".
_TRIPLES = [triple for verb in SPEECH_VERBS + DIALOGUE_VERBS for triple in inverted_forms(verb)]
INVERSION_CUES = frozenset(before + pronoun + after for before, pronoun, after in _TRIPLES)
_BEFORE_PRONOUN = alternation(sorted({before for before, _, _ in _TRIPLES}))
_AFTER_PRONOUN = alternation(sorted({after.strip() for _, _, after in _TRIPLES if after}))
CLITIC_INVERSION = (
    rf"(?P<cue>{_BEFORE_PRONOUN}(?P<speaker>{alternation(SUBJECT_PRONOUNS)})(?:\s+{_AFTER_PRONOUN})?)"
    r"(?=[\s,.;:!?)\N{EM DASH}\N{EN DASH}»]|\Z)"
)

# Words that may stand between a speaker and the cue: "Macron lui a dit", "le ministre, mardi, a".
CUE_ADVERBS = ("lui", "leur", "nous", "vous", "me", "m'", "m’", "aussi", "également", "encore", "déjà", "ensuite")
LY_ADVERB = rf"(?:\p{{Ll}}+(?:{alternation(ADVERB_ENDINGS)})\b)"
ADVERBS = rf"(?:(?:{alternation(CUE_ADVERBS)}|{LY_ADVERB})\s+){{0,3}}"
# One capitalised word of a name: Macron, M., Mme, Jean-Luc, L'Oréal, O'Neill.
CAP_WORD = r"(?:\p{Lu}\.(?:-?\p{Lu}\.)+|\p{Lu}\p{Ll}{0,3}\.|\p{Lu}[\p{L}\p{M}’'\-.]*\p{L}|\p{Lu})"
NAME_CONNECTOR = r"(?:de|du|des|de la|d'|d’|von|van|der|ben|bin|al|el|y)"
NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
NAME_PARTICLE = r"(?:(?:de|du|van|von|der|ben)\s+)"
NAME = (
    rf"(?:{NAME_PARTICLE}?{CAP_WORD}(?:(?:{NAME_GAP}|(?<=\s(?:d|D)['’]))"
    rf"(?:{NAME_CONNECTOR}(?:{NAME_GAP}|(?<=['’])))?{CAP_WORD}){{0,6}})"
)
_ROLE = alternation(both_apostrophes(ROLE_WORDS))
# "le président Emmanuel Macron", "la ministre de la Culture Rima Abdul Malak": roles before a name.
TITLED_NAME = (
    rf"(?:(?:(?i:{alternation(DETERMINERS)})\s+|[Ll]['’])?(?:ancien\s+|ancienne\s+|nouveau\s+|nouvelle\s+)?"
    rf"(?:{_ROLE})(?:\s+(?:de la\s+|de l['’]|des\s+|du\s+|de\s+|d['’])[\p{{L}}\-]+(?:\s+[\p{{L}}\-]+){{0,2}}?)?\s+"
    rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,3}})"
)
PARENTHETICAL = r"(?:\s*\([^()\n]{1,30}\))"
PRONOUN = rf"(?:{alternation(SUBJECT_PRONOUNS)}|{alternation([p.capitalize() for p in SUBJECT_PRONOUNS])})"
_DET_WORDS = [d for d in DETERMINERS if d not in ELIDED_DETERMINERS]
DETERMINER = (
    rf"(?:(?:{alternation(_DET_WORDS)}|{alternation([d.capitalize() for d in _DET_WORDS])})\s+"
    rf"|[Ll]['’](?=\p{{L}}))"
)
_WORD = r"[\p{L}\p{N}’'\-.&]+"
# "le ministre de l'Intérieur", "une porte-parole du gouvernement", "l'ancien président".
DESCRIPTION = rf"(?:{DETERMINER}{_WORD}(?:\s+{_WORD}){{0,7}})"
# The same, holding no verb of saying: "Le syndicat| dénonce :" is a subject and its cue.
_NOT_CUE_WORD = rf"(?!{SPEECH_CUE}\b){_WORD}"
VERBLESS_DESCRIPTION = rf"(?:{DETERMINER}{_NOT_CUE_WORD}(?:\s+{_NOT_CUE_WORD}){{0,7}})"
GROUP = rf"(?:(?i:{alternation(both_apostrophes(GROUP_NOUNS))}))"
QUANTITY = (
    rf"(?:\d+(?:,\d+)?\s*(?:%|pour cent)|(?i:{alternation(QUANTITY_WORDS)}))"
    rf"(?:\s+(?:des|de|d['’])\s*[\p{{L}}\p{{N}}’'\-.]+(?:\s+[\p{{L}}\p{{N}}’'\-.]+){{0,5}})?"
)
RELATIVE_PRONOUN = r"(?:qui)"
SPEAKER = rf"(?:{PRONOUN}|{NAME}|{DESCRIPTION}|{GROUP})"

# "a déclaré mardi", "a dit à l'AFP": when and to whom, between an inverted cue and its speaker.
_TIME = alternation(both_apostrophes(WEEKDAYS + RELATIVE_DAYS))
INVERTED_GAP = (
    rf"(?:\s+(?:{_TIME})(?:\s+(?:matin|soir|après-midi))?"
    rf"|\s+(?:à|au|aux)\s+(?:la\s+|l['’])?\p{{Lu}}[\p{{L}}\-]*)?"
)

# « … », Macron a déclaré.   « … », il a ajouté.
TRAILING = regex.compile(rf"\s*{PUNCT}?{DASH}?(?P<speaker>{SPEAKER})\s+{ADVERBS}(?P<cue>{SPEECH_CUE})\b(?![\-’'])")
# « … », a déclaré Emmanuel Macron.   « … », a-t-il ajouté.   — Non, dit-il.
INVERTED = regex.compile(
    rf"\s*{PUNCT}?{DASH}?(?:{CLITIC_INVERSION}|(?P<cue>{SPEECH_CUE}){INVERTED_GAP}\s+"
    rf"(?P<speaker>{TITLED_NAME}|{NAME}|{DESCRIPTION}|{GROUP})(?=[\s,.;:!?)]|\Z))"
)
# « … » — Jean Dupont: a dash and a name alone on the rest of the line sign the quote.
SIGNATURE = regex.compile(
    rf"[^\S\n]*[,.]?[^\S\n]*(?P<dash>[\N{{EN DASH}}\N{{EM DASH}}\N{{HYPHEN-MINUS}}\N{{HORIZONTAL BAR}}]{{1,2}})[^\S\n]*"
    rf"(?P<speaker>{NAME}){PARENTHETICAL}?(?:,[^\n.!?«»“”\"]{{1,80}})?[^\S\n]*[.]?[^\S\n]*(?=\n|\Z)"
)
# Cue words anywhere, for reported claims, and speech cues in a window: standard-library engine, as in
# English, each cue a branch for each first letter that looks behind it (compound_cue_scans), so a scan
# skips to the places where a cue's first letter stands instead of looking behind at every place.
CUE_ANYWHERE, SPEECH_CUE_WORD = compound_cue_scans(
    both_apostrophes(AUXILIARIES + REFLEXIVE_AUXILIARIES),
    _MIDDLE,
    (SPEECH_PARTICIPLES, BELIEF_PARTICIPLES),
    (SPEECH_SIMPLE, BELIEF_SIMPLE),
)
ACCORDING_TO = regex.compile(rf"(?<![\w’'])(?P<cue>(?i:{alternation(PREPOSITIONAL_CUES)}))\s*(?<=\s|['’])")
# "Pour Emmanuel Macron, la réforme est nécessaire": an opinion attributed by "pour" opening its sentence.
IN_OPINION = regex.compile(rf"(?:^|(?<=[.!?»]\s+))(?P<cue>Pour)\s+(?P<speaker>{NAME}|lui|elle|eux)(?=\s*,)")
SPEAKER_AT_START = regex.compile(
    rf"\s*(?:(?P<pronoun>(?:{PRONOUN}|lui|eux|Lui|Eux)\b)|(?P<name>{NAME})|(?P<description>{DESCRIPTION})"
    rf"|(?P<group>{GROUP}\b))"
)
# Time and object clitics between a speaker and the cue: "Macron lui a dit", "le ministre, mardi, a".
TRAILING_ADVERBS = regex.compile(rf"(?r)(?:\s+(?:{alternation(CUE_ADVERBS)}|{LY_ADVERB}|ne|n['’]|{_TIME}))+\s*\Z")
