"""The Portuguese attribution grammar: the productions the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.pt.grammar` compose the patterns below.
Productions Portuguese has no use for, or that need logic the stage does not
have yet (a dropped subject, ``“…”, acrescentou.``), keep the neutral defaults of
:class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`.

>>> ATTRIBUTION.INVERTED.match("”, disse o ministro.", 1).group("cue", "speaker")
('disse', 'o ministro')
>>> ATTRIBUTION.INVERTED.match("”, disse que não", 1) is None
True
"""

from __future__ import annotations

import re

import regex

from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.patterns import alternation
from quoteattr.lang.pt import grammar
from quoteattr.lang.pt.abbreviations import ABBREVIATIONS
from quoteattr.lang.pt.cues import CLAIM_NOUNS, COMPLEMENTIZERS, CUE_ADVERBS, PREPOSITIONAL_CUES
from quoteattr.lang.pt.pronouns import DEMONSTRATIVE, DETERMINERS, RELATIVE, SUBJECT_PRONOUNS
from quoteattr.lang.pt.words import (
    ADVERB_ENDINGS,
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    NOT_NAMES,
    PHRASE_OPENERS,
    SPEAKING_HEADS,
    SUBJECT_VERBS,
)
from quoteattr.models import MentionKind

_PREPOSITIONS = (
    "a ao à aos às em no na nos nas num numa com perante desde durante após sobre para por pelo pela pelos pelas "
    "segundo até contra sem"
).split()

# --- Speaker mentions --------------------------------------------------------------------------

WHOLE_MENTION: tuple[tuple[MentionKind, regex.Pattern[str]], ...] = (
    ("pronoun", regex.compile(grammar.PRONOUN)),
    ("group", regex.compile(grammar.GROUP)),
    ("description", regex.compile(grammar.DESCRIPTION)),
    ("name", regex.compile(grammar.NAME)),
)
SPEAKER_AT_START = regex.compile(
    rf"\s*(?:(?P<pronoun>{grammar.PRONOUN}\b)|(?P<description>{grammar.DESCRIPTION})"
    rf"|(?P<group>{grammar.GROUP}\b)|(?P<name>{grammar.NAME}))"
)
# "Madrid (EFE).-", "MADRID -", "En la rueda de prensa,": what opens a sentence before its subject.
INTRODUCTORY = regex.compile(
    rf"\s*(?:(?:(?i:{alternation(PHRASE_OPENERS)})\b[^,.;:«»“”\"]{{0,80}}|\p{{Lu}}\p{{Ll}}+mente)\s*,"
    r"|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*\([^()\n]{1,20}\)\s*\.?[\-\N{EN DASH}\N{EM DASH}]{1,2}"
    r"|\p{Lu}{2}[\p{Lu} .'\-]*\s*[\-\N{EN DASH}\N{EM DASH}]{1,2}"
    # ".- O Banco de Portugal ...": the rest of "Lisboa (Lusa).-" after the segmenter split at its full stop.
    r"|[.\-\N{EN DASH}\N{EM DASH}]{1,2}(?=\s))?\s*"
)
LEADING_CONJUNCTION = regex.compile(r"\s*(?:(?:e|mas|porém|embora|enquanto|além disso)\s+)+", regex.IGNORECASE)
PRONOUN_AT_END = regex.compile(rf"(?r)(?<=\s)(?:{grammar.PRONOUN})(?=\s*\Z)")
PARENTHETICAL_AT_END = regex.compile(r"(?r)\s*\([^()\n]{1,30}\)\s*\Z")
RELATIVE_AT_END = regex.compile(r"(?r)(?<=\p{L},?\s)(?:quem)(?=\s*\Z)")
RELATIVE_INSIDE = regex.compile(r"\s(?:quem|que)\s+\p{Ll}")
# "como explicou o ministro", "quando a ministra disse": a subordinator before the subject.
SUBORDINATOR = regex.compile(r"(?r)\b(?:[Cc]omo|que|quando|enquanto|porque|embora|se|e|mas)\s+")
APPOSITIVE_START = regex.compile(r"\s*(?:o|a|os|as|um|uma)\b")
TRAILING_ADVERBS = regex.compile(
    rf"(?r)(?:\s+(?:{alternation(CUE_ADVERBS)}|\p{{Ll}}+mente|{grammar.WEEKDAY_PHRASE}))+\s*\Z"
)
# "disse o ministro numa conferência de imprensa", "afirmou ela aos jornalistas": the speaker ends at a preposition,
# a relative, an adverb, a comma.
SPEAKER_TAIL = regex.compile(
    rf"\s+(?:{alternation(_PREPOSITIONS)}|frente|junto|perto|diante|quem|que|quando|enquanto|este|esta|ontem|hoje|"
    rf"\p{{Ll}}+(?:{'|'.join(ADVERB_ENDINGS)}))\b|,"
)

# --- Cues and reported claims ------------------------------------------------------------------

CUE_ANYWHERE = re.compile(rf"(?<![\w-])(?P<cue>{grammar.CUE})\b(?!-)")
SPEECH_CUE_WORD = re.compile(rf"(?<![\w-]){grammar.SPEECH_CUE}\b")
ACCORDING_TO = regex.compile(rf"\b(?P<cue>(?i:{alternation(PREPOSITIONAL_CUES)}))\s+")
_COMPLEMENTIZER = alternation(COMPLEMENTIZERS)
COMPLEMENT_GAP = regex.compile(rf"(?:[^.;:!?«»“”\"]){{0,80}}?\b(?:{_COMPLEMENTIZER})\b")
SUBJECT_IN_GAP = regex.compile(rf"\b(?:{alternation(SUBJECT_PRONOUNS)})\b")
# "..., disse o ministro numa entrevista a este jornal.": where and when after a trailing cue.
TRAILING_GAP = regex.compile(
    rf"(?:\s+\p{{Ll}}+mente)?(?:\s+(?:{alternation(_PREPOSITIONS)}|ontem|hoje|este|esta|o)\b"
    r"(?:(?!\bque\b)[^,.;:!?«»“”\"]){0,80})?\s*[.!?]*\s*\Z"
)
PASSIVE_BEFORE = regex.compile(r"(?r)\b(?:foi|foram|tem sido|têm sido|é|são|será)\s+\Z")
COORDINATED_CUE = re.compile(rf"\s(?:e|mas)\s+(?:também\s+|ainda\s+)?{grammar.SPEECH_CUE}\b")
NAME_COLON = regex.compile(rf"(?P<speaker>{grammar.NAME})(?P<cue>:)\s+(?=\S)")

# --- Quotes and their attribution --------------------------------------------------------------

# “…”, Lula disse.   “…”, o ministro tem dito.  Rare in Portuguese, which inverts.
TRAILING = regex.compile(
    rf"\s*{grammar.PUNCT}?{grammar.DASH}?(?P<speaker>{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.NAME})\s+"
    rf"{grammar.ADVERBS}{grammar.CLITIC}?(?P<cue>{grammar.SPEECH_CUE})\b(?!\s+que\b)"
)
# “…”, disse o ministro.   “…”, tem dito Lula.   — Não — murmurou ela.   “…”, garantiu-lhe Lula.
INVERTED = regex.compile(
    rf"\s*{grammar.PUNCT}?{grammar.DASH}?{grammar.CLITIC}?(?P<cue>{grammar.INVERTED_CUE}){grammar.ENCLITIC}?\s+"
    rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.GROUP}|{grammar.PRONOUN}|{grammar.NAME})"
    r"(?=[\s,.;:!?)\N{EM DASH}]|\Z)"
)
SIGNATURE = regex.compile(
    rf"[^\S\n]*[,.]?[^\S\n]*(?P<dash>[\N{{EN DASH}}\N{{EM DASH}}\N{{HORIZONTAL BAR}}]{{1,2}})[^\S\n]*"
    rf"(?P<speaker>{grammar.NAME})(?:,[^\n.!?«»“”\"]{{1,80}})?[^\S\n]*[.]?[^\S\n]*(?=\n|\Z)"
)
TRAILING_LEAD = regex.compile(rf"\s*{grammar.PUNCT}?{grammar.DASH}?")
# "o chamado “imposto do sol”", "sob o lema “…”": a term, nobody's words.
SCARE_QUOTE_INTRO = regex.compile(
    r"(?r)\b(?:chamad[oa]s?|denominad[oa]s?|conhecid[oa]s?\s+como|lema|slogan|título|batizad[oa]s?\s+de)"
    r"(?:\s+(?:o|a|os|as|um|uma))?\s*\Z",
    regex.IGNORECASE,
)
# "a declaração de que “…”", "as palavras de Lula: “…”".
CLAIM_NOUN = re.compile(rf"\b(?:{alternation(CLAIM_NOUNS)})\b")
CLAUSE_START = regex.compile(r"[,;:(]\s+|\s(?:mas|e|enquanto|embora)\s+")
VERB_AFTER = regex.compile(r"\s+(?:\p{Ll}+\s+)?\p{Ll}+\b")
ENDS_ON_CUE = regex.compile(
    rf"(?:\s+\p{{Ll}}+mente)?(?:\s+(?:{alternation(_PREPOSITIONS)}|ontem|hoje|este|esta)\b"
    r"(?:(?!\bque\b)[^,.;:!?«»“”\"]){0,80})?\s*[.:]\s*"
)
# "Disse o ministro:", "Explicou assim a porta-voz:": the fronted verb, its subject, a colon.
_FRONTED_CUE = alternation(grammar.FINITE_SPEECH + [form.capitalize() for form in grammar.FINITE_SPEECH])
INVERTED_COLON = regex.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\b[Aa]ssim\s))(?P<cue>{_FRONTED_CUE})\s+"
    rf"(?:(?:assim|também|ainda)\s+)?(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME}):\s*\Z"
)
ENDS_IN_DETERMINER = regex.compile(rf"(?r)\b(?:{alternation(DETERMINERS)}|de|do|da|para|por|sobre|ao|com)\s*\Z")
THAT = regex.compile(rf"\b(?:{_COMPLEMENTIZER}|é|são|era|foi|tem|têm|tinha|será|seria|está|estão|vai|vão)\b")
CLAUSE_IN_GAP = regex.compile(rf"\b(?:{alternation(SUBJECT_PRONOUNS)})\s+\p{{Ll}}+")
_COLON_SPEAKER = rf"(?P<speaker>{grammar.NAME}|{grammar.DESCRIPTION})(?P<cue>:)\s*\Z"
COLON_INTRO_START = regex.compile(rf"\s*{_COLON_SPEAKER}")
COLON_INTRO_DASH = regex.compile(rf"(?r)(?<=[\N{{EM DASH}}\N{{EN DASH}}-]\s*){_COLON_SPEAKER}")
# "No discurso, sublinhou a ministra: “…”".
INVERTED_INTRO = regex.compile(
    rf"(?r)(?<=[,;]\s*)(?P<cue>{grammar.INVERTED_CUE})\s+"
    rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME})\s*[:,]\s*\Z"
)
# "Segundo o ministro: “…”", "Segundo a polícia, “…”".
ACCORDING_INTRO = regex.compile(
    rf"(?r)\b(?P<cue>[Ss]egundo|[Dd]e acordo com|[Nn]as palavras de)\s+"
    rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME})\s*[:,]\s*\Z"
)

ATTRIBUTION = AttributionGrammar(
    SPEECH_FORMS=grammar.SPEECH_FORMS,
    BELIEF_FORMS=grammar.BELIEF_FORMS,
    DIALOGUE_FORMS=grammar.DIALOGUE_FORMS,
    INVERSION_FORMS=frozenset(grammar.FINITE_SPEECH),
    SUBJECT_VERBS=SUBJECT_VERBS,
    CLAUSE_WORDS=CLAUSE_WORDS,
    FUNCTION_WORDS=FUNCTION_WORDS,
    NOT_NAMES=NOT_NAMES,
    SUBJECT_WORDS=frozenset(SUBJECT_PRONOUNS),
    STOP_SUBJECTS=frozenset("isto isso aquilo que quem onde quando como aqui ali há se".split()),
    DETERMINERS=frozenset(DETERMINERS),
    DEMONSTRATIVES=frozenset(DEMONSTRATIVE),
    RELATIVES=frozenset(RELATIVE),
    SPEAKING_HEADS=SPEAKING_HEADS,
    ABBREVIATIONS=ABBREVIATIONS,
    TITLE_SMALL_WORDS=frozenset("o a os as de do da dos das e ou em no na ao com por para um uma".split()),
    INDEFINITE_SPEAKERS=frozenset({"um", "uma", "outro", "outra"}),
    IMPERSONAL_PRONOUNS=frozenset({"eu", "nós", "tu", "você", "vocês", "a gente", "se"}),
    GENERIC_PRONOUNS=frozenset({"a gente"}),
    GENDER_PAIRS=frozenset({frozenset({"ele", "ela"}), frozenset({"eles", "elas"})}),
    ANSWER_WORDS=frozenset({"sim", "não"}),
    ADVERB_ENDINGS=ADVERB_ENDINGS,
    COORDINATION_ENDINGS=(" e",),
    WHAT_HINT="\x00",
    ACCORDING_HINT="egundo ",
    WHOLE_MENTION=WHOLE_MENTION,
    SPEAKER_AT_START=SPEAKER_AT_START,
    NAME_COLON=NAME_COLON,
    LEADING_CONJUNCTION=LEADING_CONJUNCTION,
    PRONOUN_AT_END=PRONOUN_AT_END,
    PARENTHETICAL_AT_END=PARENTHETICAL_AT_END,
    RELATIVE_AT_END=RELATIVE_AT_END,
    RELATIVE_INSIDE=RELATIVE_INSIDE,
    INTRODUCTORY=INTRODUCTORY,
    SUBORDINATOR=SUBORDINATOR,
    APPOSITIVE_START=APPOSITIVE_START,
    TRAILING_ADVERBS=TRAILING_ADVERBS,
    SPEAKER_TAIL=SPEAKER_TAIL,
    CUE_ANYWHERE=CUE_ANYWHERE,
    SPEECH_CUE_WORD=SPEECH_CUE_WORD,
    ACCORDING_TO=ACCORDING_TO,
    COMPLEMENT_GAP=COMPLEMENT_GAP,
    SUBJECT_IN_GAP=SUBJECT_IN_GAP,
    TRAILING_GAP=TRAILING_GAP,
    PASSIVE_BEFORE=PASSIVE_BEFORE,
    COORDINATED_CUE=COORDINATED_CUE,
    TRAILING=TRAILING,
    INVERTED=INVERTED,
    SIGNATURE=SIGNATURE,
    TRAILING_LEAD=TRAILING_LEAD,
    SCARE_QUOTE_INTRO=SCARE_QUOTE_INTRO,
    NAMED_THING=SCARE_QUOTE_INTRO,
    CLAIM_NOUN=CLAIM_NOUN,
    CLAUSE_START=CLAUSE_START,
    VERB_AFTER=VERB_AFTER,
    ENDS_ON_CUE=ENDS_ON_CUE,
    INVERTED_COLON=INVERTED_COLON,
    ENDS_IN_DETERMINER=ENDS_IN_DETERMINER,
    THAT=THAT,
    CLAUSE_IN_GAP=CLAUSE_IN_GAP,
    COLON_INTRO_START=COLON_INTRO_START,
    COLON_INTRO_DASH=COLON_INTRO_DASH,
    INVERTED_INTRO=INVERTED_INTRO,
    ACCORDING_INTRO=ACCORDING_INTRO,
)
