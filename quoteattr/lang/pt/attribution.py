"""The Portuguese attribution grammar: the productions the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.pt.grammar` and the words below fill the
shapes of :mod:`quoteattr.lang.grammar_builder`.  Productions Portuguese has no
use for keep the neutral defaults of :class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`.

>>> ATTRIBUTION.INVERTED.match("”, disse o ministro.", 1).group("cue", "speaker")
('disse', 'o ministro')
>>> ATTRIBUTION.INVERTED.match("”, disse que não", 1) is None
True
"""

from __future__ import annotations

import regex

from quoteattr.lang import grammar_builder as build
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

_PREPOSITIONS = alternation(
    (
        "a ao à aos às em no na nos nas num numa com perante desde durante após sobre para por pelo pela pelos pelas "
        "segundo até contra sem"
    ).split()
)
_COMPLEMENTIZER = alternation(COMPLEMENTIZERS)
_SUBJECT_PRONOUNS = alternation(SUBJECT_PRONOUNS)
_SPEAKER = f"{grammar.DESCRIPTION}|{grammar.NAME}"
# "o chamado “imposto do sol”", "sob o lema “…”": a term, nobody's words.
_TERM_INTRO = build.named_term(
    r"(?:chamad[oa]s?|denominad[oa]s?|conhecid[oa]s?\s+como|lema|slogan|título|batizad[oa]s?\s+de)",
    r"\s+(?:o|a|os|as|um|uma)",
)
_COLON_INTRO_START, _COLON_INTRO_DASH = build.colon_intro(f"{grammar.NAME}|{grammar.DESCRIPTION}")

# What "de" contracts with: an article or a third-person pronoun ("da ministra", "dele").
_CONTRACTED = r"(?:[ao]|el[ae])s?\b"
# "de", or the "d" of a contraction, which the source's article or pronoun follows.
_DE = rf"d(?:e|(?={_CONTRACTED}))"
# Prepositional cues whose "de" may contract with the article after it: "nas palavras d(a ministra)".
_CONTRACTING_CUES = "|".join(
    regex.escape(cue[:-2]) + _DE if cue.endswith(" de") else regex.escape(cue) for cue in PREPOSITIONAL_CUES
)
# The space after a cue, or none after the "d" of a contraction.
_CUE_SPACE = rf"(?:\s+|(?<=\sd)(?={_CONTRACTED}))"

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
    # "A autarca visitou o bairro": a preterite before an object ends the subject before it.
    PAST_ENDINGS=("ou", "eu", "iu", "aram", "eram", "iram"),
    AFTER_VERB=frozenset("o a os as um uma seu sua seus suas este esta estes estas ao aos".split()),
    COORDINATION_ENDINGS=(" e",),
    WHAT_HINT="\x00",
    ACCORDING_HINT="egundo ",
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
    LEADING_CONJUNCTION=build.leading_conjunction("e|mas|porém|embora|enquanto|além disso"),
    PRONOUN_AT_END=build.pronoun_at_end(grammar.PRONOUN),
    PARENTHETICAL_AT_END=build.parenthetical_at_end(),
    RELATIVE_AT_END=build.relative_at_end("(?:quem)"),
    RELATIVE_INSIDE=build.relative_inside("quem|que"),
    # "Lisboa (Lusa).-", "LISBOA -", "Na conferência de imprensa,": what opens a sentence before its subject;
    # ".- O Banco de Portugal ..." is the rest of "Lisboa (Lusa).-" after the segmenter split at its full stop.
    INTRODUCTORY=build.introductory(
        rf"(?i:{alternation(PHRASE_OPENERS)})\b[^,.;:{build.QUOTE_MARKS}]{{0,80}}|\p{{Lu}}\p{{Ll}}+mente",
        agency_stop=r"\.?",
        split_dateline=True,
    ),
    # "como explicou o ministro", "quando a ministra disse": a subordinator before the subject.
    SUBORDINATOR=build.subordinator("[Cc]omo|que|quando|enquanto|porque|embora|se|e|mas"),
    APPOSITIVE_START=build.appositive_start("o|a|os|as|um|uma"),
    TRAILING_ADVERBS=build.trailing_adverbs(rf"{alternation(CUE_ADVERBS)}|\p{{Ll}}+mente|{grammar.WEEKDAY_PHRASE}"),
    # "disse o ministro numa conferência de imprensa", "afirmou ela aos jornalistas": the speaker ends at a preposition,
    # a relative, an adverb, a comma.
    SPEAKER_TAIL=build.speaker_tail(
        rf"{_PREPOSITIONS}|frente|junto|perto|diante|quem|que|quando|enquanto|este|esta|ontem|hoje"
        rf"|\p{{Ll}}+(?:{'|'.join(ADVERB_ENDINGS)})",
        comma=True,
    ),
    # --- Cues and reported claims ---------------------------------------------------------------
    CUE_ANYWHERE=build.cue_anywhere(grammar.CUE),
    SPEECH_CUE_WORD=build.speech_cue_word(grammar.SPEECH_CUE),
    # "segundo o ministro", "nas palavras da ministra": "de" contracts with the article of the source, so
    # the cue ends at its "d" and the source starts at the article.
    ACCORDING_TO=build.according_to(_CONTRACTING_CUES, space=_CUE_SPACE),
    COMPLEMENT_GAP=build.complement_gap(rf"\b(?:{_COMPLEMENTIZER})\b"),
    SUBJECT_IN_GAP=build.any_word(_SUBJECT_PRONOUNS),
    # "..., disse o ministro numa entrevista a este jornal.": where and when after a trailing cue.
    TRAILING_GAP=build.trailing_gap(
        f"{_PREPOSITIONS}|ontem|hoje|este|esta|o", adverb=r"\p{Ll}+mente", clause_word=r"\bque\b"
    ),
    PASSIVE_BEFORE=build.passive_before("foi|foram|tem sido|têm sido|é|são|será"),
    COORDINATED_CUE=build.coordinated_cue("e|mas", r"também\s+|ainda\s+", grammar.SPEECH_CUE),
    # --- Quotes and their attribution -----------------------------------------------------------
    # “…”, Lula disse.   “…”, o ministro tem dito.  Rare in Portuguese, which inverts.
    TRAILING=build.trailing(
        punct=build.PUNCT,
        dash=build.DASH,
        speaker=f"{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.NAME}",
        before_cue=f"{grammar.ADVERBS}{grammar.CLITIC}?",
        cue=grammar.SPEECH_CUE,
        end=r"\b(?!\s+que\b)",
    ),
    # “…”, disse o ministro.   “…”, tem dito Lula.   — Não — murmurou ela.   “…”, garantiu-lhe Lula.
    INVERTED=build.inverted(
        punct=build.PUNCT,
        dash=build.DASH,
        before_cue=f"{grammar.CLITIC}?",
        cue=grammar.INVERTED_CUE,
        after_cue=f"{grammar.ENCLITIC}?",
        speaker=f"{grammar.DESCRIPTION}|{grammar.GROUP}|{grammar.PRONOUN}|{grammar.NAME}",
    ),
    SIGNATURE=build.signature(grammar.NAME),
    # The dashes of SIGNATURE: a line holding none of them holds no signature.
    SIGNATURE_HINTS=("\N{EN DASH}", "\N{EM DASH}", "\N{HORIZONTAL BAR}"),
    # “…”, acrescentou.   “…”, disse-lhe.   Portuguese drops the subject pronoun: the speaker is the nearest
    # subject before.
    DROPPED_SUBJECT=build.dropped_subject(
        punct=build.PUNCT,
        dash=build.DASH,
        before_cue=f"{grammar.CLITIC}?",
        cue=grammar.INVERTED_CUE,
        after_cue=f"{grammar.ENCLITIC}?",
    ),
    TRAILING_LEAD=build.trailing_lead(build.PUNCT, build.DASH),
    SCARE_QUOTE_INTRO=_TERM_INTRO,
    NAMED_THING=_TERM_INTRO,
    # "a declaração de que “…”", "as palavras de Lula: “…”".
    CLAIM_NOUN=build.claim_noun(alternation(CLAIM_NOUNS)),
    CLAUSE_START=build.clause_start("mas|e|enquanto|embora"),
    VERB_AFTER=build.verb_after(),
    ENDS_ON_CUE=build.ends_on_cue(
        f"{_PREPOSITIONS}|ontem|hoje|este|esta", adverb=r"\p{Ll}+mente", clause_word=r"\bque\b"
    ),
    # "Disse o ministro:", "Explicou assim a porta-voz:": the fronted verb, its subject, a colon.
    INVERTED_COLON=build.inverted_colon(
        cue=alternation(grammar.FINITE_SPEECH + [form.capitalize() for form in grammar.FINITE_SPEECH]),
        speaker=_SPEAKER,
        after=r"[Aa]ssim",
        adverbs=r"(?:(?:assim|também|ainda)\s+)?",
    ),
    ENDS_IN_DETERMINER=build.ends_in_determiner(rf"{alternation(DETERMINERS)}|de|do|da|para|por|sobre|ao|com"),
    THAT=build.any_word(rf"{_COMPLEMENTIZER}|é|são|era|foi|tem|têm|tinha|será|seria|está|estão|vai|vão"),
    CLAUSE_IN_GAP=build.clause_in_gap(_SUBJECT_PRONOUNS),
    COLON_INTRO_START=_COLON_INTRO_START,
    COLON_INTRO_DASH=_COLON_INTRO_DASH,
    # "No discurso, sublinhou a ministra: “…”".
    INVERTED_INTRO=build.inverted_intro(grammar.INVERTED_CUE, _SPEAKER),
    # "Segundo o ministro: “…”", "Segundo a polícia, “…”".
    ACCORDING_INTRO=build.according_intro(
        rf"[Ss]egundo|[Dd]e acordo com|[Nn]as palavras {_DE}", _SPEAKER, space=_CUE_SPACE
    ),
)
