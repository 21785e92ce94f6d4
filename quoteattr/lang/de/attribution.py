"""The German attribution grammar: the productions the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.de.grammar` compose the patterns below.
Productions German has no use for, or that need logic the stage does not have
yet (a subject after a fronted verb, ``Am Montag sagte Müller, ...``), keep the
neutral defaults of :class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`.

>>> ATTRIBUTION.INVERTED.match("“, sagte Müller.", 1).group("cue", "speaker")
('sagte', 'Müller')
>>> ATTRIBUTION.INVERTED.match("“, sagte, dass", 1) is None
True
"""

from __future__ import annotations

import re

import regex

from quoteattr.lang.attribution_grammar import AttributionGrammar, Branches
from quoteattr.lang.de import grammar
from quoteattr.lang.de.abbreviations import ABBREVIATIONS
from quoteattr.lang.de.cues import (
    COMPLEMENTIZERS,
    DOCUMENT_ADVERBS,
    DOCUMENT_PREPOSITIONS,
    IMPERSONAL_CUES,
    PREPOSITIONS,
    REPORTATIVE_MODALS,
    STRICT_SUBJUNCTIVE,
    SUBJUNCTIVE_MARKERS,
    TRAILING_SO,
    inflections,
)
from quoteattr.lang.de.pronouns import DEMONSTRATIVE, DETERMINERS, FEMININE, MASCULINE, RELATIVE, SUBJECT_PRONOUNS
from quoteattr.lang.de.words import CLAUSE_WORDS, FUNCTION_WORDS, NOT_NAMES, NOUN_SUFFIXES
from quoteattr.lang.grammar_builder import DASH, PUNCT
from quoteattr.lang.patterns import WORD_START, alternation
from quoteattr.models import MentionKind

_DETERMINER_SET = frozenset(DETERMINERS)
# Verbs that make a phrase a clause: "die Reform sei gescheitert", "der Minister hat".
_VERBS = frozenset(w for w in CLAUSE_WORDS if w not in _DETERMINER_SET and w not in COMPLEMENTIZERS) - frozenset(
    "als obwohl weil wenn welcher welche welches".split()
)
_PARTICLES = alternation(grammar.PARTICLES)
_PREPOSITIONS = "am im in auf bei gegenüber vor nach während zu zum zur mit vom von über unter via per laut".split()

# --- Speaker mentions --------------------------------------------------------------------------

# "Minister X Y von der Kanzlei des Ministerpräsidenten", "Günter Metzges vom Netzwerk Campact": a
# name and the body it speaks for; the name is the speaker.
_NAME_FROM = (
    rf"(?P<name>{grammar.NAME})\s+(?:von|vom)\s+(?:(?:der|den|dem|des)\s+)?(?:\p{{Ll}}[\p{{L}}\-]*\s+){{0,2}}"
    rf"\p{{Lu}}[\p{{L}}\p{{N}}’'\-.&]*(?:\s+\p{{Lu}}[\p{{L}}\p{{N}}’'\-.&]*){{0,2}}"
    rf"(?:\s+(?:des|der|von|vom)\s+(?:(?:der|den|dem|des)\s+)?(?:\p{{Ll}}[\p{{L}}\-]*\s+){{0,2}}\p{{Lu}}[\p{{L}}\p{{N}}’'\-.&]*){{0,2}}"
)
NAME_FROM = regex.compile(_NAME_FROM)
# "Von der Leyen betonte", "Zu Guttenberg hatte gesagt": at the start of a sentence the particle of a
# surname is capitalised.  Only a whole mention before a cue reads so: a phrase that opens with a
# preposition ("Von der Polizei") is never the subject of a verb of saying.
_NAME_OPENING_PARTICLES = ["Von", "Zu", "Van", "De", "Di", "Da", "Del", "Al", "El"]
PARTICLE_NAME = regex.compile(
    rf"(?:{alternation(_NAME_OPENING_PARTICLES)})(?:\s+der)?\s+{grammar.CAP_WORD}(?:\s+{grammar.CAP_WORD})?"
)
WHOLE_MENTION: tuple[tuple[MentionKind, regex.Pattern[str]], ...] = (
    ("pronoun", regex.compile(rf"{grammar.PRONOUN}|{grammar.DATIVE_PRONOUN}")),
    ("group", regex.compile(grammar.GROUP)),
    ("description", regex.compile(grammar.DESCRIPTION)),
    ("name", regex.compile(grammar.NAME)),
    ("name", PARTICLE_NAME),
    ("description", NAME_FROM),
)
SPEAKER_AT_START = regex.compile(
    rf"\s*(?:(?P<pronoun>(?:{grammar.PRONOUN}|{grammar.DATIVE_PRONOUN})\b)|(?P<description>{grammar.DESCRIPTION})"
    rf"|(?P<group>{grammar.GROUP}\b)|(?P<name>{grammar.NAME}))"
)
# "Dabei griff sie ...", "Am heutigen Montag äußerte sich der Minister ...", "Nach einem Besuch im
# Krisengebiet sprach der Präsident ...": a fronted word or prepositional phrase (two nouns at most), the
# finite verb, then the subject (verb second).
_FRONTED = (
    rf"\s*(?:\p{{Lu}}\p{{Ll}}+|(?:{alternation([p.capitalize() for p in _PREPOSITIONS])})(?:\s+\p{{Ll}}+){{0,2}}"
    rf"\s+\p{{Lu}}[\p{{L}}\-]*(?:\s+(?:{alternation(_PREPOSITIONS + sorted(_DETERMINER_SET))})(?:\s+\p{{Ll}}+)?"
    rf"\s+\p{{Lu}}[\p{{L}}\-]*)?)\s+(?!(?:{alternation(_PREPOSITIONS + sorted(_DETERMINER_SET))}|und|oder|so|wie)\b)"
    rf"\p{{Ll}}+\s+(?:sich\s+)?"
)
FRONTED_SUBJECT = regex.compile(
    rf"{_FRONTED}(?:(?P<pronoun>{grammar.PRONOUN}\b)|(?P<description>{grammar.DESCRIPTION})"
    rf"|(?P<group>{grammar.GROUP}\b)|(?P<name>{grammar.NAME}))"
)
# The start of a phrase no subject opens: a determiner in the dative, accusative or genitive ("Den
# Namen", "Dem Minister", "Seinen Rücktritt"), "der"/"einer" before an adjective in -en, which is never
# the nominative singular ("Der englischsprachigen Zeitung"), and an adverb made of a present
# participle ("Relativierend", "Abschließend") before the verb.
# Prepositions in -en open a participle phrase inside a subject: "Der wegen Betrugs angeklagte Manager".
_PREPOSITIONS_IN_EN = "wegen zwischen gegen neben binnen entgegen".split()
_OBJECT_DETERMINERS = "den dem des einem einen eines seinen seinem ihren ihrem unseren unserem".split()
OBJECT_PHRASE = regex.compile(
    rf"(?:(?:{alternation([d.capitalize() for d in _OBJECT_DETERMINERS] + _OBJECT_DETERMINERS)})"
    rf"|(?:[Dd]er|[Ee]iner)\s+(?!(?:{alternation(_PREPOSITIONS_IN_EN)})\b)\p{{Ll}}[\p{{L}}\-]*en)(?![\p{{L}}\-])"
    rf"|\p{{Lu}}\p{{Ll}}+end(?![\p{{L}}\-])"
)
# "Der Zeitung sagte Müller: …", "Den Plan bezeichnete er als …": a fronted object, the finite cue, then the
# subject; after any fronted phrase, a pronoun only the nominative has ("er", "ich", "wir") is the subject.
_FINITE_CUE = alternation(sorted(set(grammar.FINITE_SPEECH) | {f for v in grammar.BELIEF for f in v.finite}))
_PHRASE_WORDS = r"[^,.;:!?„“”\"()\n]"
# A fronted phrase may hold commas ("Die Bestrebungen der Regierung, die Macht zu halten, bezeichnete er als …"):
# only the nominative pronoun after the cue tells that the phrase before it is no subject.
_CLAUSE_WORDS = r"[^.;:!?„“”\"()\n]"
FRONTED_OBJECT = regex.compile(
    rf"\s*(?:(?:{OBJECT_PHRASE.pattern}){_PHRASE_WORDS}{{0,80}}?\s+(?:{_FINITE_CUE})\s+(?:sich\s+)?{grammar.ADVERBS}"
    rf"(?:(?P<pronoun>{grammar.PRONOUN}\b)|(?P<description>{grammar.DESCRIPTION})|(?P<group>{grammar.GROUP}\b)"
    rf"|(?P<name>{grammar.NAME}))"
    rf"|{_CLAUSE_WORDS}{{1,200}}?\s+(?:{_FINITE_CUE})\s+(?:sich\s+)?(?P<pronoun>(?:er|ich|wir)\b))"
)
# "Berlin (dpa) -": a dateline before the sentence's subject.
# "Europapolitik: Die SPD will …": a topic label, one noun with an ending no name has, before a colon.
_TOPIC_LABEL = rf"\p{{Lu}}\p{{Ll}}*(?:{alternation(NOUN_SUFFIXES)}):"
INTRODUCTORY = regex.compile(
    r"\s*(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*\([^()\n]{1,20}\)\s*[\-\N{EN DASH}\N{EM DASH}]{1,2}"
    rf"|{_TOPIC_LABEL})?\s*"
)
LEADING_CONJUNCTION = regex.compile(r"\s*(?:(?:und|aber|doch|denn|auch|zudem|sondern)\s+)+", regex.IGNORECASE)
PRONOUN_AT_END = regex.compile(rf"(?r)(?<=\s)(?:{grammar.PRONOUN})(?=\s*\Z)")
PARENTHETICAL_AT_END = regex.compile(r"(?r)\s*\([^()\n]{1,30}\)\s*\Z")
# "wie die Polizei mitteilte", "dass er sagte": a subordinator before the subject.
SUBORDINATOR = regex.compile(r"(?r)\b(?:[Ww]ie|dass|als|wenn|weil|während|nachdem|indem|und|aber|ob)\s+")
APPOSITIVE_START = regex.compile(r"\s*(?:der|die|das|ein|eine|einer|eines)\b")
# "Müller hat am Montag gesagt", "Sie betonte zudem": adverbs and auxiliaries between speaker and cue.
# "Die Regierung hat am 25. November in einem Interview angekündigt", "Der Mann habe darin geschrieben":
# the auxiliary of a perfect, in the indicative or the subjunctive of a report, and whatever the clause
# holds before the participle cue.
# "wie der Finanzminister am Dienstag in Hannover erklärte": where and when, between a speaker and a cue at
# the end of its clause.
_WHERE_WHEN = (
    r"(?:am|im|in|bei|vor|auf|gegenüber)\s+(?:(?:der|dem|den|einer|einem)\s+)?(?:\p{Ll}[\p{L}\-]*\s+){0,2}"
    r"\p{Lu}[\p{L}\p{N}\-]*"
)
TRAILING_ADVERBS = regex.compile(
    rf"(?r)(?:\s+(?:hat|haben|hatte|hatten|habe)(?:\s+[^\s,;:!?„“”\"()]+){{0,10}}?"
    rf"|(?:\s+(?:{alternation(grammar.CUE_ADVERBS)}|{grammar.WEEKDAY_PHRASE}|{_WHERE_WHEN}))+)\s*\Z"
)
# "sagte der Sprecher des Ministeriums am Montag", "fügte sie hinzu": the speaker ends at a preposition or particle.
SPEAKER_TAIL = regex.compile(
    rf"\s+(?:{alternation(_PREPOSITIONS)}|{_PARTICLES}|auch|noch|bereits|zudem|dazu|dass|ob|der|die|das|dem|den)\b"
    r"(?!\s+\p{Lu}\p{Ll}*(?:\s|\Z|[,.]))|,"
)

# --- Cues and reported claims ------------------------------------------------------------------

_SO = rf"(?<=, ){TRAILING_SO}(?= )"
CUE_ANYWHERE = re.compile(rf"{WORD_START}(?P<cue>{grammar.CUE}|{_SO})\b(?!-)")
SPEECH_CUE_WORD = re.compile(rf"(?<![\w-]){grammar.SPEECH_CUE}\b")
# "laut Polizei", "gemäß der Studie", "nach Angaben der Polizei", "nach Ansicht von Experten", "nach den
# Worten des Ministers" (the plural noun may take its article).
# "laut" is also the adverb loud(ly): "dachte laut über … nach", "war laut geworden", "laut und
# deutlich".  The words that follow the adverb, never a source.
_ADVERB_LAUT_NEXT = "über nach zu und oder aus auf gegen vor geworden werden wurde wurden wird gedacht nachgedacht"
# "Nach palästinensischen Angaben", "nach eigenen Angaben", "Nach seiner Meinung", "Nach einer
# Umfrage" before the clause goes on: with no genitive or "von" after it, the phrase after "nach" is the
# source itself ("fragte nach weiteren Informationen." asks for some); with one,
# the genitive names it ("nach ersten Angaben der Polizei", "Nach einer Studie von Forschern").
# "Nach ihren Informationen": the possessive stands for the source, a pronoun to resolve.
_POSSESSIVES = alternation(sorted(w for w in MASCULINE | FEMININE if w.startswith(("sein", "ihr")) and len(w) > 3))
_SOURCE_MODIFIERS = r"(?:\p{Ll}[\p{L}\-]*\s+){0,3}"
_GENITIVE_NEXT = r"\s+(?:der|des|von|vom|eines|einer|dem|den|\p{Lu})"
# "Der Polizei zufolge", "dem Bericht zufolge", "ersten Angaben zufolge", "Angaben des Instituts zufolge",
# "Ihm zufolge": the source before the postposition.  Without a determiner at most one lower-case word
# (an adjective) opens the phrase, so a verb before it stays out ("starben behördlichen Angaben zufolge").
_NOUN_WORD = r"\p{Lu}[\p{L}\p{N}.\-]*"
_LOWER_WORD = r"\p{Ll}[\p{L}\-]*"
_GENITIVE_AFTER = (
    rf"\s+(?:des|der|eines|einer|von|vom)\s+(?:(?:der|den|dem|des)\s+)?(?:{_LOWER_WORD}\s+){{0,2}}{_NOUN_WORD}"
    rf"(?:\s+{_NOUN_WORD})?"
)
_POSTPOSED_SOURCE = (
    rf"(?:{grammar.DETERMINER}\s+(?:{_LOWER_WORD}\s+){{0,2}}|{_LOWER_WORD}\s+)?{_NOUN_WORD}"
    rf"(?:{_GENITIVE_AFTER}){{0,2}}"
)
_DATIVE_SOURCE_PRONOUNS = alternation(["ihm", "ihr", "ihnen", "Ihm", "Ihr", "Ihnen"])
# Three shapes, each given as branches of their own (see ``Branches``): the phrase after "nach" is
# the source; the source stands before "zufolge" (scanned for only in a text that holds the word);
# a preposition before the source, a branch for each way its first word is written ("laut", "Nach").
# Scanned apart, the second shape is not tried at every word of the text along with the others.
_LAUT_NEXT = rf"(?!\s+(?:{alternation(_ADVERB_LAUT_NEXT.split())})\b)"
_NACH_SOURCE = rf"\s+(?!eigenen\b){_SOURCE_MODIFIERS}{grammar.SOURCE_NOUN}(?:\s+von)?"
_ACCORDING_BRANCHES: tuple[tuple[regex.Pattern[str], str], ...] = (
    (
        regex.compile(
            rf"\b(?:(?P<cue>[Nn]ach)\s+(?P<source>(?:(?P<pronoun>{_POSSESSIVES})\s+)?{_SOURCE_MODIFIERS}"
            rf"{grammar.SOURCE_NOUN})(?!{_GENITIVE_NEXT})(?=\s+[\p{{Ll}}\p{{N}}]))"
        ),
        "",
    ),
    (
        regex.compile(
            rf"\b(?:(?<![\p{{L}}\-])(?P<source>(?P<pronoun>{_DATIVE_SOURCE_PRONOUNS})|{_POSTPOSED_SOURCE})"
            rf"\s+(?P<cue>zufolge)\b)"
        ),
        "zufolge",
    ),
    *(
        (regex.compile(rf"\b(?:(?P<cue>(?i:{alternation([preposition])}){_LAUT_NEXT})\s+(?!eigenen\b))"), "")
        for preposition in sorted(p for p in PREPOSITIONS if p not in ("nach", "zufolge"))
    ),
    *((regex.compile(rf"\b(?:(?P<cue>{nach}{_NACH_SOURCE})\s+(?!eigenen\b))"), "") for nach in ("Nach", "nach")),
)
ACCORDING_TO = Branches(
    *(branch for branch, _ in _ACCORDING_BRANCHES), hints=tuple(hint for _, hint in _ACCORDING_BRANCHES)
)
COMPLEMENT_GAP = regex.compile(rf"(?:[^.;:!?„“”\"]){{0,80}}?\b(?:{alternation(COMPLEMENTIZERS)})\b")
SUBJECT_IN_GAP = regex.compile(rf"\b(?:{alternation(SUBJECT_PRONOUNS)})\b")
# "..., erklärte die Polizei am Montag in Berlin.": where and when after a trailing cue.
TRAILING_GAP = regex.compile(
    rf"(?:\s+(?:{alternation(_PREPOSITIONS)}|gestern|heute|zudem|auch)\b(?:(?!\bdass\b)[^,.;:!?„“”\"]){{0,80}})?"
    rf"(?:\s+{_PARTICLES})?\s*[.!?]*\s*\Z"
)
# "(Am Montag sagte der Minister) vor Journalisten in Berlin, ...", "(teilte die Polizei) mit, dass":
# where, when and to whom after an inverted subject, then the comma, colon or "dass" its clause opens with.
AFTER_INVERTED_SUBJECT = regex.compile(
    rf"(?:\s+(?:{alternation(_PREPOSITIONS)}|{alternation(grammar.CUE_ADVERBS)}|gestern|heute|gegenüber|der|dem|den)\b"
    rf"(?:(?!\b(?:dass|ob)\b)[^,.;:!?„“”\"]){{0,80}}?)?(?:\s+{_PARTICLES})?(?:\s*[,:]|(?=\s+(?:dass|ob)\b))"
)
PASSIVE_BEFORE = regex.compile(r"(?r)\b(?:wird|werden|wurde|wurden|worden)\s+\Z")
COORDINATED_CUE = re.compile(rf"\s(?:und|aber)\s+(?:auch\s+)?{grammar.SPEECH_CUE}\b")
NAME_COLON = regex.compile(rf"(?!{_TOPIC_LABEL})(?P<speaker>{grammar.NAME})(?P<cue>:)\s+(?=\S)")

# --- Quotes and their attribution --------------------------------------------------------------

# „…“, sagte Müller.  „…“, so die Polizei.  „…“, fügte sie hinzu.
TRAILING = regex.compile(
    rf"\s*{PUNCT}?{DASH}?(?P<speaker>{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.NAME})\s+"
    rf"{grammar.ADVERBS}(?P<cue>{grammar.SPEECH_CUE})\b"
)
# „…“, äußerte sich der Minister.  „…“, hatte der Minister in einem Interview erklärt: the reflexive
# after the cue, or the auxiliary of a perfect with the participle cue closing the sentence.
_INVERTED_SPEAKER = rf"(?:{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.GROUP}|{grammar.NAME})"
_PARTICIPLE_CUE = alternation(sorted({v.participle for v in grammar.SPEECH}))
# "„…“, so charakterisierte ihn der Gewerkschafter.", "„…“, so urteilte Romney.": ``so``, the cue, perhaps
# its object, then the speaker.
# "„…“, mit diesen Worten meldete er sich zurück.", "Mit den Worten „…“, richtete er den Blick auf …": the
# words that name the quotation are its cue, whatever the verb; its subject follows the verb.
_WITH_WORDS = [f"{w} {d} Worten" for w in ("mit", "Mit") for d in ("den", "diesen", "folgenden")]
_WITH_WORDS_CUE = alternation(_WITH_WORDS)
INVERTED = regex.compile(
    rf"\s*{PUNCT}?{DASH}?(?:(?P<cue>{grammar.INVERTED_CUE})(?:\s+sich)?\s+(?P<speaker>{_INVERTED_SPEAKER})"
    rf"|(?:hat|hatte|habe|hätte)\s+(?P<speaker>{_INVERTED_SPEAKER})"
    rf"(?=(?:\s+[^\s.!?„“”\"]+){{0,10}}?\s+(?P<cue>{_PARTICIPLE_CUE})\s*[.!?]))(?=[\s,.;:!?)]|\Z)"
    rf"|\s*,\s*so\s+(?P<cue>{alternation(grammar.FINITE_SPEECH)})\s+(?:(?:ihn|sie|es|ihm|ihr|ihnen)\s+)?"
    rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME})"
    rf"|\s*,\s*(?P<cue>{_WITH_WORDS_CUE})\s+\p{{Ll}}+\s+(?:sich\s+)?(?P<speaker>{grammar.PRONOUN}\b|{grammar.DESCRIPTION}|{grammar.NAME})"
    rf"|(?<=(?<![\p{{L}}-])(?P<cue>{_WITH_WORDS_CUE})\s*[„»\"][^„“”»«\"\n]{{1,600}}[“«\"])"
    rf"\s*,\s*\p{{Ll}}+\s+(?:sich\s+)?(?P<speaker>{grammar.PRONOUN}\b|{grammar.DESCRIPTION}|{grammar.NAME})"
)
SIGNATURE = regex.compile(
    rf"[^\S\n]*[,.]?[^\S\n]*(?P<dash>[\N{{EN DASH}}\N{{EM DASH}}\N{{HORIZONTAL BAR}}]{{1,2}})[^\S\n]*"
    rf"(?P<speaker>{grammar.NAME})(?:,[^\n.!?„“”\"]{{1,80}})?[^\S\n]*[.]?[^\S\n]*(?=\n|\Z)"
)
TRAILING_LEAD = regex.compile(rf"\s*{PUNCT}?{DASH}?")
# "die sogenannte „Bürgerversicherung“", "unter dem Motto „…“", "der Name lautet „…“": a term, nobody's words.
SCARE_QUOTE_INTRO = regex.compile(
    r"(?r)\b(?:so\s*genannte[nmrs]?|sogenannte[nmrs]?|genannte[nmrs]?|genannt|namens|Titel|Motto|Stichwort"
    r"|lautet|lauten|lautete|lauteten|heißt|hieß|nennt\s+sich|nannte\s+sich)"
    r"(?:\s+(?:der|die|das|den|dem|des|ein|eine|einen))?\s*\Z",
    regex.IGNORECASE,
)
CLAUSE_START = regex.compile(r"[,;:(]\s+|\s(?:aber|und|während|doch)\s+")
VERB_AFTER = regex.compile(r"\s+(?:\p{Ll}+\s+)?\p{Ll}+\b")
ENDS_ON_CUE = regex.compile(
    rf"(?:\s+(?:{alternation(_PREPOSITIONS)})\b(?:(?!\bdass\b)[^,.;:!?„“”\"]){{0,80}})?(?:\s+{_PARTICLES})?\s*[.:]\s*"
)
# "Dazu sagte Müller:", "Am Montag gab die Polizei weiter bekannt:", "Dazu äußerte sich der Minister
# in einem Interview:": the fronted verb, its subject, what else the clause says, a colon.
INVERTED_COLON = regex.compile(
    rf"\b(?P<cue>{alternation(grammar.FINITE_SPEECH)})\s+(?:sich\s+)?(?:{grammar.ADVERBS})"
    rf"(?P<speaker>{grammar.PRONOUN}\b|{grammar.DESCRIPTION}|{grammar.NAME})(?:\s+[^\s:„“”\"]+){{0,6}}:\s*\Z"
)
# A document speaking through an impersonal cue: "In dem Antrag heißt es wörtlich:", "Darin heißt es:",
# "So heißt es in der Meldung der Firma:" before a quote, ", heißt es in der Mitteilung." after it.
_IMPERSONAL = "(?:" + "|".join(c.replace(" ", r"\s+") for c in sorted(IMPERSONAL_CUES, key=len, reverse=True)) + ")"
_DOC_PREP = rf"(?i:{alternation(DOCUMENT_PREPOSITIONS)})"
_DOC_ADVERB = alternation([a.capitalize() for a in DOCUMENT_ADVERBS])
DOCUMENT_BEFORE = regex.compile(
    rf"(?:(?<![\p{{L}}-]){_DOC_PREP}\s+(?P<speaker>[^,:;!?„“”\"]{{2,100}}?)|(?<![\p{{L}}-])(?P<speaker>{_DOC_ADVERB}))"
    rf"\s+(?P<cue>{_IMPERSONAL})\b[^„“”\":]{{0,80}}:\s*\Z"
    rf"|\b(?P<cue>{_IMPERSONAL})\s+(?:\p{{Ll}}+\s+){{0,2}}?{_DOC_PREP}\s+(?P<speaker>[^,:;!?]{{2,100}}?)"
    rf"(?:\s+wörtlich)?\s*:\s*\Z"
)
# "In einem Positionspapier des Ministeriums heißt es, die Regelungen hätten sich bewährt.", "Aus Paris
# hieß es, …": the same document or place before an indirect claim.
# The longest word of each impersonal cue: a text holding none of them holds no DOCUMENT_CLAUSE, DOCUMENT_BEFORE
# or DOCUMENT_AFTER (each holds an impersonal cue).
DOCUMENT_CLAUSE_HINTS = tuple(sorted({max(cue.split(), key=len) for cue in IMPERSONAL_CUES}))
DOCUMENT_CLAUSE = regex.compile(
    rf"(?:(?<![\p{{L}}-]){_DOC_PREP}\s+(?P<speaker>[^,:;!?„“”\"]{{2,100}}?)|(?<![\p{{L}}-])(?P<speaker>{_DOC_ADVERB}))"
    rf"\s+(?P<cue>{_IMPERSONAL})\b(?:\s+(?:\p{{Ll}}+|{grammar.WEEKDAY_PHRASE})){{0,3}}?\s*,"
)
DOCUMENT_AFTER = regex.compile(
    rf"[\s,]*(?:so\s+)?(?P<cue>{_IMPERSONAL})\s+(?:\p{{Ll}}+\s+){{0,2}}?{_DOC_PREP}\s+(?P<speaker>[^,.;:!?„“”\"]{{2,100}})"
)
# The passive of "zitieren": "Dazu wird Müller auf der Webseite wie folgt zitiert:", "„…“, wird der
# Minister in der Zeitung zitiert."  The speaker stands right after "wird"/"wurde".
_QUOTED_SPEAKER = rf"\b(?:wird|wurde)\s+(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME})"
QUOTED_PASSIVE_BEFORE = regex.compile(
    rf"{_QUOTED_SPEAKER}(?:,[^,:„“”\"]{{1,80}},)?(?:\s+[^\s:„“”\"]+){{0,10}}?\s+(?P<cue>zitiert)\s*:\s*\Z"
)
QUOTED_PASSIVE_AFTER = regex.compile(
    rf"[\s,]*{_QUOTED_SPEAKER}(?:,[^,.„“”\"]{{1,80}},)?(?:\s+[^\s,.;:!?„“”\"]+){{0,10}}?\s+(?P<cue>zitiert)\s*[.;]"
)
ENDS_IN_DETERMINER = regex.compile(
    rf"(?r)\b(?:{alternation(DETERMINERS)}|von|für|zu|über|als|vom|zum|zur|um|gegen|mit)\s*\Z"
)
THAT = regex.compile(r"\b(?:dass|ob|ist|sind|war|waren|sei|seien|hat|haben|hatte|wird|werden|habe|würde|könne)\b")
CLAUSE_IN_GAP = regex.compile(rf"\b(?:{alternation(SUBJECT_PRONOUNS)})\s+\p{{Ll}}+")
_COLON_SPEAKER = rf"(?P<speaker>{grammar.NAME}|{grammar.DESCRIPTION})(?P<cue>:)\s*\Z"
COLON_INTRO_START = regex.compile(rf"\s*{_COLON_SPEAKER}")
COLON_INTRO_DASH = regex.compile(rf"(?r)(?<=[\N{{EM DASH}}\N{{EN DASH}}-]\s*){_COLON_SPEAKER}")
INVERTED_INTRO = regex.compile(
    rf"(?r)(?<=[,;]\s*)(?P<cue>{alternation(grammar.FINITE_SPEECH)})\s+"
    rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME})(?:\s+{_PARTICLES})?\s*[:,]\s*\Z"
)
ACCORDING_INTRO = regex.compile(
    rf"(?r)\b(?P<cue>[Ll]aut|[Gg]emäß)\s+(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME})\s*[:,]\s*\Z"
)

# "teilte die Polizei am Montag mit, dass …", "wies die Vorwürfe als „haltlos“ zurück.": the particle of a
# separable cue closes its clause, before a comma, colon, full stop, quotation or "dass".
_SEPARABLE_PARTICLE = {
    form: regex.compile(
        rf"(?<![\p{{L}}-])(?:{alternation(sorted(particles))})(?=\s*(?:[,;:.!?„“”\"()]|\Z)|\s+(?:dass|ob)\b)"
    )
    for form, particles in grammar.SEPARABLE_STEMS.items()
}


def particle_left_out(text: str, cue: str, cue_end: int, hi: int) -> bool:
    """Whether ``cue`` is the stem of a separable verb whose particle does not close the clause after it.

    A main clause splits "mitteilen": "teilte … mit" reports speech, "teilte das Brot" does not;
    "warf ihm vor, …" accuses, "werfe einen Schatten" does not.

    >>> text = "Die Polizei teilte am Montag mit, der Täter sei gefasst."
    >>> particle_left_out(text, "teilte", text.index("teilte") + 6, len(text))
    False
    >>> text = "Der Versuch werfe einen dunklen Schatten auf das Land."
    >>> particle_left_out(text, "werfe", text.index("werfe") + 5, len(text))
    True
    >>> particle_left_out(text, "sagte", 0, len(text))  # no separable verb
    False
    """
    particle = _SEPARABLE_PARTICLE.get(cue)
    return particle is not None and particle.search(text, cue_end, hi) is None


# --- Reports that go on without a cue ----------------------------------------------------------

# "Eine Entscheidung falle im Mai.", "Der Täter soll geflohen sein.": Konjunktiv I or the reportative modal.
# It is scanned over whole texts.  Every marker opens with a letter, so "no word character or hyphen
# before" is the start of a word (``\m``) with no hyphen before it: the engine skips ahead to the next
# start of a word instead of trying a look-behind at every character (a quarter fewer instructions
# than ``(?<![\w-])`` at the front).
REPORTED_SPEECH_MARK = regex.compile(
    rf"\m(?<!-)(?i:{alternation(sorted(SUBJUNCTIVE_MARKERS | STRICT_SUBJUNCTIVE | REPORTATIVE_MODALS))})(?![\w-])"
)

# A capitalised noun in the middle of a sentence right before the opening mark names the quote
# that follows (German writes every noun in capitals, so no adjective or verb gets here): "die
# Zeitung „…“", "der ARD-Fernsehserie „…“".  Nouns that introduce somebody's words are kept out:
# "mit den Worten „…“", "die Parole „…“", "zum Beispiel „…“".
_WORDS_NOUNS = (
    "Worten Wort Worte Parole Parolen Aufschrift Aufschriften Beispiel Ruf Rufen Rufe Sprechchören Zitat Satz"
    " Sätzen Frage Antwort Überzeugung Ansicht Meinung Aussage Botschaft Appell Forderung"
)
NAMING_NOUN = regex.compile(
    r"(?<=[\p{L}\p{N},)]\s+)(?!(?:" + "|".join(_WORDS_NOUNS.split()) + r")\s*\Z)\p{Lu}[\p{L}\p{N}-]*\p{Ll}\s*\Z"
)

# "die regierende „…“", "im „…“", "des „…“": a definite article (or one fused with a preposition)
# and at most two adjectives before a quote that names a party, a prize, a work.
NAMING_ARTICLE = regex.compile(
    r"(?r)(?<![\p{L}-])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|[Ii]m|[Vv]om|[Zz]um|[Zz]ur|[Bb]eim|[Ii]ns|[Aa]m)"
    r"(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*\Z"
)

ATTRIBUTION = AttributionGrammar(
    SPEECH_FORMS=grammar.SPEECH_FORMS,
    BELIEF_FORMS=grammar.BELIEF_FORMS,
    INVERSION_FORMS=frozenset(grammar.FINITE_SPEECH) | {TRAILING_SO} | frozenset(_WITH_WORDS),
    PASSIVE_CUES=frozenset(v.participle for v in grammar.SPEECH + grammar.BELIEF),
    SUBJECT_VERBS=_VERBS,
    CLAUSE_WORDS=(CLAUSE_WORDS - _DETERMINER_SET) | frozenset(COMPLEMENTIZERS),
    FUNCTION_WORDS=FUNCTION_WORDS,
    NOT_NAMES=NOT_NAMES,
    SUBJECT_WORDS=frozenset(SUBJECT_PRONOUNS),
    NAME_OPENERS=frozenset(_NAME_OPENING_PARTICLES),
    STOP_SUBJECTS=frozenset("es das dies was wer man wo hier dort".split()),
    DETERMINERS=_DETERMINER_SET,
    DEMONSTRATIVES=frozenset(DEMONSTRATIVE) | {"das", "dies"},
    RELATIVES=frozenset(RELATIVE),
    ABBREVIATIONS=frozenset(a.lower() for a in ABBREVIATIONS),
    TITLE_SMALL_WORDS=frozenset("der die das des dem den und oder von vom zu zum zur im in am an auf für mit".split()),
    INDEFINITE_SPEAKERS=frozenset({"einer", "eine", "ein", "andere", "anderer"}),
    IMPERSONAL_PRONOUNS=frozenset({"ich", "wir", "es", "man", "du", "ihr"}),
    GENERIC_PRONOUNS=frozenset({"man"}),
    GENDER_PAIRS=frozenset({frozenset({"er", "sie"}), frozenset({"ihm", "ihr"})}),
    ANSWER_WORDS=frozenset({"ja", "nein"}),
    COORDINATION_ENDINGS=(" und",),
    WHAT_HINT="\x00",
    ACCORDING_HINT="aut ",
    WHOLE_MENTION=WHOLE_MENTION,
    SPEAKER_AT_START=SPEAKER_AT_START,
    FRONTED_SUBJECT=FRONTED_SUBJECT,
    FRONTED_OBJECT=FRONTED_OBJECT,
    MODIFIED_NAME=NAME_FROM,
    OBJECT_PHRASE=OBJECT_PHRASE,
    NAME_COLON=NAME_COLON,
    NAME_COLON_HINT=":",
    LEADING_CONJUNCTION=LEADING_CONJUNCTION,
    PRONOUN_AT_END=PRONOUN_AT_END,
    PARENTHETICAL_AT_END=PARENTHETICAL_AT_END,
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
    PARTICLE_LEFT_OUT=particle_left_out,
    QUOTING_FORMS=frozenset(inflections("zitieren").finite),
    SUBJECT_AFTER_CUE=True,
    SUBJECT_SPEAKS_NEXT=True,
    SUBJECT_OPENS_SUBORDINATE=True,
    SPLIT_QUOTES_SEPARATE=True,
    COLON_CLAUSE_CUE=True,
    DESCRIPTION_ENDS_PHRASE=True,
    COLON_PHRASE_WORDS=8,
    ACCORDING_IN_CLAUSE=True,
    AFTER_INVERTED_SUBJECT=AFTER_INVERTED_SUBJECT,
    DOCUMENT_BEFORE=DOCUMENT_BEFORE,
    DOCUMENT_AFTER=DOCUMENT_AFTER,
    DOCUMENT_CLAUSE=DOCUMENT_CLAUSE,
    DOCUMENT_CLAUSE_HINTS=DOCUMENT_CLAUSE_HINTS,
    QUOTED_PASSIVE_BEFORE=QUOTED_PASSIVE_BEFORE,
    QUOTED_PASSIVE_AFTER=QUOTED_PASSIVE_AFTER,
    TRAILING=TRAILING,
    INVERTED=INVERTED,
    SIGNATURE=SIGNATURE,
    # The dashes of SIGNATURE: a line holding none of them holds no signature.
    SIGNATURE_HINTS=("\N{EN DASH}", "\N{EM DASH}", "\N{HORIZONTAL BAR}"),
    TRAILING_LEAD=TRAILING_LEAD,
    SCARE_QUOTE_INTRO=SCARE_QUOTE_INTRO,
    NAMED_THING=SCARE_QUOTE_INTRO,
    NAMING_NOUN=NAMING_NOUN,
    NAMING_ARTICLE=NAMING_ARTICLE,
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
    REPORTED_SPEECH_MARK=REPORTED_SPEECH_MARK,
)
