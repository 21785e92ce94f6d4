"""The Spanish attribution grammar: the productions the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.es.grammar` and the words below fill the
shapes of :mod:`quoteattr.lang.grammar_builder`.  Productions Spanish has no use
for keep the neutral defaults of :class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`.

>>> ATTRIBUTION.INVERTED.match("», dijo el ministro.", 1).group("cue", "speaker")
('dijo', 'el ministro')
>>> ATTRIBUTION.INVERTED.match("», dijo que no", 1) is None
True
"""

from __future__ import annotations

import regex

from quoteattr.lang import grammar_builder as build
from quoteattr.lang.attribution_grammar import CLAUSE_BOUNDARY, AttributionGrammar
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

_PREPOSITIONS = alternation(
    "a al en ante con desde durante tras sobre para por según hacia hasta contra sin mediante".split()
)
_COMPLEMENTIZER = alternation(COMPLEMENTIZERS)
_SUBJECT_PRONOUNS = alternation(SUBJECT_PRONOUNS)
_SPEAKER = f"{grammar.DESCRIPTION}|{grammar.NAME}"
# "el llamado «impuesto al sol»", "bajo el lema «…»": a term, nobody's words.
_TERM_INTRO = build.named_term(
    r"(?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s?\s+como|lema|eslogan|título|bautizad[oa]s?\s+como)",
    r"\s+(?:el|la|los|las|un|una)",
)
_COLON_INTRO_START, _COLON_INTRO_DASH = build.colon_intro(f"{grammar.NAME}|{grammar.DESCRIPTION}")

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
    # "La alcaldesa visitó el barrio": a preterite before an object ends the subject before it.
    PAST_ENDINGS=("ó", "aron", "ieron"),
    AFTER_VERB=frozenset("el la los las lo un una su sus este esta estos estas al".split()),
    COORDINATION_ENDINGS=(" y", " e"),
    WHAT_HINT="\x00",
    ACCORDING_HINT="egún ",
    # --- Speaker mentions ---------------------------------------------------------------------
    WHOLE_MENTION=build.mention_patterns(
        ("pronoun", grammar.PRONOUN),
        ("group", grammar.GROUP),
        ("description", grammar.DESCRIPTION),
        ("name", grammar.NAME),
    ),
    SPEAKER_AT_START=build.speaker_at_start(
        pronoun=rf"{grammar.PRONOUN}\b", description=grammar.DESCRIPTION, group=rf"{grammar.GROUP}\b", name=grammar.NAME
    ),
    NAME_COLON=build.name_colon(grammar.NAME),
    NAME_COLON_HINT=":",
    LEADING_CONJUNCTION=build.leading_conjunction("y|e|pero|aunque|mientras|además"),
    PRONOUN_AT_END=build.pronoun_at_end(grammar.PRONOUN),
    PARENTHETICAL_AT_END=build.parenthetical_at_end(),
    RELATIVE_AT_END=build.relative_at_end("(?:quien|quienes)"),
    RELATIVE_INSIDE=build.relative_inside("quien|quienes|que"),
    # ").-" ends the dateline "Madrid (EFE).- El ...": no speaker reaches back across it.
    MENTION_BOUNDARY=regex.compile(rf"(?r){CLAUSE_BOUNDARY}|\)\.-\s"),
    # "Madrid (EFE).-", "MADRID -", "En la rueda de prensa,": what opens a sentence before its subject;
    # ".- El Banco de España ..." is the rest of "Madrid (EFE).-" after the segmenter split at its full stop.
    INTRODUCTORY=build.introductory(
        rf"(?i:{alternation(PHRASE_OPENERS)})\b[^,.;:{build.QUOTE_MARKS}]{{0,80}}|\p{{Lu}}\p{{Ll}}+mente",
        agency_stop=r"\.?",
        split_dateline=True,
    ),
    # "como explicó el ministro", "cuando la ministra dijo": a subordinator before the subject.
    SUBORDINATOR=build.subordinator("[Cc]omo|que|cuando|mientras|porque|aunque|si|y|pero"),
    APPOSITIVE_START=build.appositive_start("el|la|los|las|un|una"),
    TRAILING_ADVERBS=build.trailing_adverbs(rf"{alternation(CUE_ADVERBS)}|\p{{Ll}}+mente|{grammar.WEEKDAY_PHRASE}"),
    # "dijo el ministro en una rueda de prensa", "afirmó ella a los periodistas": the speaker ends at a preposition,
    # a relative, an adverb, a comma.
    SPEAKER_TAIL=build.speaker_tail(
        rf"{_PREPOSITIONS}|frente|junto|cerca|delante|quien|quienes|que|cuando|mientras|este|esta|ayer|hoy"
        rf"|\p{{Ll}}+(?:{'|'.join(ADVERB_ENDINGS)})",
        comma=True,
    ),
    # --- Cues and reported claims ---------------------------------------------------------------
    CUE_ANYWHERE=build.cue_anywhere(grammar.CUE),
    SPEECH_CUE_WORD=build.speech_cue_word(grammar.SPEECH_CUE),
    ACCORDING_TO=build.according_to(alternation(PREPOSITIONAL_CUES)),
    COMPLEMENT_GAP=build.complement_gap(rf"\b(?:{_COMPLEMENTIZER})\b"),
    SUBJECT_IN_GAP=build.any_word(_SUBJECT_PRONOUNS),
    # "..., dijo el ministro en una entrevista con este diario.": where and when after a trailing cue.
    TRAILING_GAP=build.trailing_gap(
        f"{_PREPOSITIONS}|ayer|hoy|anoche|este|esta|el", adverb=r"\p{Ll}+mente", clause_word=r"\bque\b"
    ),
    PASSIVE_BEFORE=build.passive_before("fue|fueron|ha sido|han sido|es|son|será"),
    COORDINATED_CUE=build.coordinated_cue("y|pero|e", r"también\s+|además\s+", grammar.SPEECH_CUE),
    # --- Quotes and their attribution -----------------------------------------------------------
    # «…», Sánchez dijo.   «…», el ministro ha dicho.  Rare in Spanish, which inverts.
    TRAILING=build.trailing(
        punct=build.PUNCT,
        dash=build.DASH,
        speaker=f"{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.NAME}",
        before_cue=f"{grammar.ADVERBS}{grammar.CLITIC}?",
        cue=grammar.SPEECH_CUE,
        end=r"\b(?!\s+que\b)",
    ),
    # «…», dijo el ministro.   «…», ha señalado Sánchez.   —No —murmuró ella—.   «…», le dijo Sánchez.
    INVERTED=build.inverted(
        punct=build.PUNCT,
        dash=build.DASH,
        before_cue=f"{grammar.CLITIC}?",
        cue=grammar.INVERTED_CUE,
        after_cue="",
        speaker=f"{grammar.DESCRIPTION}|{grammar.GROUP}|{grammar.PRONOUN}|{grammar.NAME}",
    ),
    SIGNATURE=build.signature(grammar.NAME),
    # The dashes of SIGNATURE: a line holding none of them holds no signature.
    SIGNATURE_HINTS=("\N{EN DASH}", "\N{EM DASH}", "\N{HORIZONTAL BAR}"),
    # «…», añadió.   «…», le dijo.   Spanish drops the subject pronoun: the speaker is the nearest subject before.
    DROPPED_SUBJECT=build.dropped_subject(
        punct=build.PUNCT, dash=build.DASH, before_cue=f"{grammar.CLITIC}?", cue=grammar.INVERTED_CUE
    ),
    TRAILING_LEAD=build.trailing_lead(build.PUNCT, build.DASH),
    SCARE_QUOTE_INTRO=_TERM_INTRO,
    NAMED_THING=_TERM_INTRO,
    # "su declaración de que «…»", "las palabras de Sánchez: «…»".
    CLAIM_NOUN=build.claim_noun(alternation(CLAIM_NOUNS)),
    CLAUSE_START=build.clause_start("pero|y|mientras|aunque"),
    VERB_AFTER=build.verb_after(),
    ENDS_ON_CUE=build.ends_on_cue(
        f"{_PREPOSITIONS}|ayer|hoy|este|esta", adverb=r"\p{Ll}+mente", clause_word=r"\bque\b"
    ),
    # "Dijo el ministro:", "Lo explicó así la portavoz:": the fronted verb, its subject, a colon.
    INVERTED_COLON=build.inverted_colon(
        cue=alternation(grammar.FINITE_SPEECH + [form.capitalize() for form in grammar.FINITE_SPEECH]),
        speaker=_SPEAKER,
        after=r"(?:[Aa]sí|[Ll]o)",
        lead=r"(?:lo\s+)?",
        adverbs=r"(?:(?:así|también|además)\s+)?",
    ),
    ENDS_IN_DETERMINER=build.ends_in_determiner(rf"{alternation(DETERMINERS)}|de|del|para|por|sobre|a|al|con"),
    THAT=build.any_word(rf"{_COMPLEMENTIZER}|es|son|era|fue|ha|han|había|será|sería|está|están|tiene|tienen|va|van"),
    CLAUSE_IN_GAP=build.clause_in_gap(_SUBJECT_PRONOUNS),
    COLON_INTRO_START=_COLON_INTRO_START,
    COLON_INTRO_DASH=_COLON_INTRO_DASH,
    # "En su discurso, señaló la ministra: «…»".
    INVERTED_INTRO=build.inverted_intro(grammar.INVERTED_CUE, _SPEAKER),
    # "Según el ministro: «…»", "Según la policía, «…»".
    ACCORDING_INTRO=build.according_intro(r"[Ss]egún|[Dd]e acuerdo con|[Ee]n palabras de", _SPEAKER),
)
