"""The Spanish attribution grammar: the productions the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.es.grammar` compose the patterns below.
Productions Spanish has no use for, or that need logic the stage does not have
yet (a dropped subject, ``«…», añadió.``), keep the neutral defaults of
:class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`.

>>> ATTRIBUTION.INVERTED.match("», dijo el ministro.", 1).group("cue", "speaker")
('dijo', 'el ministro')
>>> ATTRIBUTION.INVERTED.match("», dijo que no", 1) is None
True
"""

from __future__ import annotations

import re

import regex

from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.es import grammar
from quoteattr.lang.es.abbreviations import ABBREVIATIONS
from quoteattr.lang.es.cues import CLAIM_NOUNS, COMPLEMENTIZERS, CUE_ADVERBS, PREPOSITIONAL_CUES
from quoteattr.lang.es.pronouns import DEMONSTRATIVE, DETERMINERS, RELATIVE, SUBJECT_PRONOUNS
from quoteattr.lang.es.words import (
    ADVERB_ENDINGS,
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    NOT_NAMES,
    PHRASE_OPENERS,
    SPEAKING_HEADS,
    SUBJECT_VERBS,
)
from quoteattr.lang.patterns import alternation
from quoteattr.models import MentionKind

_PREPOSITIONS = "a al en ante con desde durante tras sobre para por según hacia hasta contra sin mediante".split()

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
    # ".- El Banco de España ...": the rest of "Madrid (EFE).-" after the segmenter split at its full stop.
    r"|[.\-\N{EN DASH}\N{EM DASH}]{1,2}(?=\s))?\s*"
)
LEADING_CONJUNCTION = regex.compile(r"\s*(?:(?:y|e|pero|aunque|mientras|además)\s+)+", regex.IGNORECASE)
PRONOUN_AT_END = regex.compile(rf"(?r)(?<=\s)(?:{grammar.PRONOUN})(?=\s*\Z)")
PARENTHETICAL_AT_END = regex.compile(r"(?r)\s*\([^()\n]{1,30}\)\s*\Z")
RELATIVE_AT_END = regex.compile(r"(?r)(?<=\p{L},?\s)(?:quien|quienes)(?=\s*\Z)")
RELATIVE_INSIDE = regex.compile(r"\s(?:quien|quienes|que)\s+\p{Ll}")
# "como explicó el ministro", "cuando la ministra dijo": a subordinator before the subject.
SUBORDINATOR = regex.compile(r"(?r)\b(?:[Cc]omo|que|cuando|mientras|porque|aunque|si|y|pero)\s+")
APPOSITIVE_START = regex.compile(r"\s*(?:el|la|los|las|un|una)\b")
TRAILING_ADVERBS = regex.compile(
    rf"(?r)(?:\s+(?:{alternation(CUE_ADVERBS)}|\p{{Ll}}+mente|{grammar.WEEKDAY_PHRASE}))+\s*\Z"
)
# "dijo el ministro en una rueda de prensa", "afirmó ella a los periodistas": the speaker ends at a preposition,
# a relative, an adverb, a comma.
SPEAKER_TAIL = regex.compile(
    rf"\s+(?:{alternation(_PREPOSITIONS)}|frente|junto|cerca|delante|quien|quienes|que|cuando|mientras|este|esta|ayer|hoy|"
    rf"\p{{Ll}}+(?:{'|'.join(ADVERB_ENDINGS)}))\b|,"
)

# --- Cues and reported claims ------------------------------------------------------------------

CUE_ANYWHERE = re.compile(rf"(?<![\w-])(?P<cue>{grammar.CUE})\b(?!-)")
SPEECH_CUE_WORD = re.compile(rf"(?<![\w-]){grammar.SPEECH_CUE}\b")
ACCORDING_TO = regex.compile(rf"\b(?P<cue>(?i:{alternation(PREPOSITIONAL_CUES)}))\s+")
_COMPLEMENTIZER = alternation(COMPLEMENTIZERS)
COMPLEMENT_GAP = regex.compile(rf"(?:[^.;:!?«»“”\"]){{0,80}}?\b(?:{_COMPLEMENTIZER})\b")
SUBJECT_IN_GAP = regex.compile(rf"\b(?:{alternation(SUBJECT_PRONOUNS)})\b")
# "..., dijo el ministro en una entrevista con este diario.": where and when after a trailing cue.
TRAILING_GAP = regex.compile(
    rf"(?:\s+\p{{Ll}}+mente)?(?:\s+(?:{alternation(_PREPOSITIONS)}|ayer|hoy|anoche|este|esta|el)\b"
    r"(?:(?!\bque\b)[^,.;:!?«»“”\"]){0,80})?\s*[.!?]*\s*\Z"
)
PASSIVE_BEFORE = regex.compile(r"(?r)\b(?:fue|fueron|ha sido|han sido|es|son|será)\s+\Z")
COORDINATED_CUE = re.compile(rf"\s(?:y|pero|e)\s+(?:también\s+|además\s+)?{grammar.SPEECH_CUE}\b")
NAME_COLON = regex.compile(rf"(?P<speaker>{grammar.NAME})(?P<cue>:)\s+(?=\S)")

# --- Quotes and their attribution --------------------------------------------------------------

# «…», Sánchez dijo.   «…», el ministro ha dicho.  Rare in Spanish, which inverts.
TRAILING = regex.compile(
    rf"\s*{grammar.PUNCT}?{grammar.DASH}?(?P<speaker>{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.NAME})\s+"
    rf"{grammar.ADVERBS}{grammar.CLITIC}?(?P<cue>{grammar.SPEECH_CUE})\b(?!\s+que\b)"
)
# «…», dijo el ministro.   «…», ha señalado Sánchez.   —No —murmuró ella—.   «…», le dijo Sánchez.
INVERTED = regex.compile(
    rf"\s*{grammar.PUNCT}?{grammar.DASH}?{grammar.CLITIC}?(?P<cue>{grammar.INVERTED_CUE})\s+"
    rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.GROUP}|{grammar.PRONOUN}|{grammar.NAME})"
    r"(?=[\s,.;:!?)\N{EM DASH}]|\Z)"
)
SIGNATURE = regex.compile(
    rf"[^\S\n]*[,.]?[^\S\n]*(?P<dash>[\N{{EN DASH}}\N{{EM DASH}}\N{{HORIZONTAL BAR}}]{{1,2}})[^\S\n]*"
    rf"(?P<speaker>{grammar.NAME})(?:,[^\n.!?«»“”\"]{{1,80}})?[^\S\n]*[.]?[^\S\n]*(?=\n|\Z)"
)
TRAILING_LEAD = regex.compile(rf"\s*{grammar.PUNCT}?{grammar.DASH}?")
# "el llamado «impuesto al sol»", "bajo el lema «…»": a term, nobody's words.
SCARE_QUOTE_INTRO = regex.compile(
    r"(?r)\b(?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s?\s+como|lema|eslogan|título|bautizad[oa]s?\s+como)"
    r"(?:\s+(?:el|la|los|las|un|una))?\s*\Z",
    regex.IGNORECASE,
)
# "su declaración de que «…»", "las palabras de Sánchez: «…»".
CLAIM_NOUN = re.compile(rf"\b(?:{alternation(CLAIM_NOUNS)})\b")
CLAUSE_START = regex.compile(r"[,;:(]\s+|\s(?:pero|y|mientras|aunque)\s+")
VERB_AFTER = regex.compile(r"\s+(?:\p{Ll}+\s+)?\p{Ll}+\b")
ENDS_ON_CUE = regex.compile(
    rf"(?:\s+\p{{Ll}}+mente)?(?:\s+(?:{alternation(_PREPOSITIONS)}|ayer|hoy|este|esta)\b"
    r"(?:(?!\bque\b)[^,.;:!?«»“”\"]){0,80})?\s*[.:]\s*"
)
# "Dijo el ministro:", "Lo explicó así la portavoz:": the fronted verb, its subject, a colon.
_FRONTED_CUE = alternation(grammar.FINITE_SPEECH + [form.capitalize() for form in grammar.FINITE_SPEECH])
INVERTED_COLON = regex.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\b(?:[Aa]sí|[Ll]o)\s))(?:lo\s+)?(?P<cue>{_FRONTED_CUE})\s+"
    rf"(?:(?:así|también|además)\s+)?(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME}):\s*\Z"
)
ENDS_IN_DETERMINER = regex.compile(rf"(?r)\b(?:{alternation(DETERMINERS)}|de|del|para|por|sobre|a|al|con)\s*\Z")
THAT = regex.compile(
    rf"\b(?:{_COMPLEMENTIZER}|es|son|era|fue|ha|han|había|será|sería|está|están|tiene|tienen|va|van)\b"
)
CLAUSE_IN_GAP = regex.compile(rf"\b(?:{alternation(SUBJECT_PRONOUNS)})\s+\p{{Ll}}+")
_COLON_SPEAKER = rf"(?P<speaker>{grammar.NAME}|{grammar.DESCRIPTION})(?P<cue>:)\s*\Z"
COLON_INTRO_START = regex.compile(rf"\s*{_COLON_SPEAKER}")
COLON_INTRO_DASH = regex.compile(rf"(?r)(?<=[\N{{EM DASH}}\N{{EN DASH}}-]\s*){_COLON_SPEAKER}")
# "En su discurso, señaló la ministra: «…»".
INVERTED_INTRO = regex.compile(
    rf"(?r)(?<=[,;]\s*)(?P<cue>{grammar.INVERTED_CUE})\s+"
    rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME})\s*[:,]\s*\Z"
)
# "Según el ministro: «…»", "Según la policía, «…»".
ACCORDING_INTRO = regex.compile(
    rf"(?r)\b(?P<cue>[Ss]egún|[Dd]e acuerdo con|[Ee]n palabras de)\s+"
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
    STOP_SUBJECTS=frozenset("esto eso aquello qué quién dónde cuándo cómo aquí allí hay se".split()),
    DETERMINERS=frozenset(DETERMINERS),
    DEMONSTRATIVES=frozenset(DEMONSTRATIVE),
    RELATIVES=frozenset(RELATIVE),
    SPEAKING_HEADS=SPEAKING_HEADS,
    ABBREVIATIONS=ABBREVIATIONS,
    TITLE_SMALL_WORDS=frozenset("el la los las de del y o en a al con por para un una".split()),
    INDEFINITE_SPEAKERS=frozenset({"uno", "una", "otro", "otra"}),
    IMPERSONAL_PRONOUNS=frozenset({"yo", "nosotros", "nosotras", "tú", "usted", "ustedes", "se"}),
    GENERIC_PRONOUNS=frozenset({"uno"}),
    GENDER_PAIRS=frozenset({frozenset({"él", "ella"}), frozenset({"ellos", "ellas"})}),
    ANSWER_WORDS=frozenset({"sí", "no"}),
    ADVERB_ENDINGS=ADVERB_ENDINGS,
    COORDINATION_ENDINGS=(" y", " e"),
    WHAT_HINT="\x00",
    ACCORDING_HINT="egún ",
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
