"""The Russian attribution grammar: the productions the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.ru.grammar` compose the patterns below.
Productions Russian has no use for (possessive ``'s``, participles in ``-ing``)
keep the neutral defaults of :class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`.

>>> ATTRIBUTION.INVERTED.match("», — заявил Лавров.", 1).group("cue", "speaker")
('заявил', 'Лавров')
>>> ATTRIBUTION.INVERTED.match("», — заявил, что", 1) is None
True
"""

from __future__ import annotations

import re

import regex

from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.patterns import alternation
from quoteattr.lang.ru import grammar
from quoteattr.lang.ru.abbreviations import ABBREVIATIONS
from quoteattr.lang.ru.cues import COMPLEMENTIZERS, PREPOSITIONAL_CUES, SPEECH_VERBS
from quoteattr.lang.ru.pronouns import DETERMINERS, RELATIVE, SUBJECT_PRONOUNS
from quoteattr.lang.ru.words import CLAUSE_WORDS, FUNCTION_WORDS, INDEFINITE_SPEAKERS, NOT_NAMES
from quoteattr.models import MentionKind

# Prepositions that open where and when after a cue: "заявил Лавров на пресс-конференции в Москве".
_PREPOSITIONS = "в во на по с со у при после перед во время для из от до о об".split()
_QUOTE_CHARS = '«»„“”"'

# --- Speaker mentions --------------------------------------------------------------------------

WHOLE_MENTION: tuple[tuple[MentionKind, regex.Pattern[str]], ...] = (
    ("pronoun", regex.compile(grammar.PRONOUN)),
    ("relative", regex.compile(alternation(RELATIVE))),
    ("group", regex.compile(grammar.GROUP)),
    ("name", regex.compile(grammar.TITLED_NAME)),
    ("description", regex.compile(grammar.DESCRIPTION)),
    ("description", regex.compile(grammar.ORGANISATION)),
    ("name", regex.compile(grammar.NAME)),
)
SPEAKER_AT_START = regex.compile(
    rf"\s*(?:(?P<pronoun>{grammar.PRONOUN}(?![\p{{L}}\-]))|(?P<description>{grammar.DESCRIPTION})"
    rf"|(?P<group>{grammar.GROUP})|(?P<name>{grammar.NAME}))"
)
# "Однако,", "При этом", "МОСКВА, 12 марта. /ТАСС/.": what opens a sentence before its subject.
INTRODUCTORY = regex.compile(
    r"\s*(?:(?:Однако|Также|Кроме того|При этом|Между тем|Впрочем|Вместе с тем|Ранее|Позднее|Затем|Тем временем"
    r"|Вчера|Сегодня|Накануне|В\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\s*,?\s+)?"
)
LEADING_CONJUNCTION = regex.compile(r"\s*(?:(?:и|но|а|однако|также|затем)\s+)+", regex.IGNORECASE)
PRONOUN_AT_END = regex.compile(rf"(?r)(?<=\s)(?:{grammar.PRONOUN})(?=\s*\Z)")
PARENTHETICAL_AT_END = regex.compile(r"(?r)\s*\([^()\n]{1,30}\)\s*\Z")
RELATIVE_AT_END = regex.compile(rf"(?r)(?<=\p{{L}},?\s)(?:{alternation(RELATIVE)})(?=\s*\Z)")
SUBORDINATOR = regex.compile(r"(?r)(?<![\p{L}\-])(?:[Кк]ак|что|когда|если|потому что|хотя|и|но|а)\s+")
APPOSITIVE_START = regex.compile(rf"\s*(?:{grammar.TITLE}|{grammar.DESCRIPTION})")
TRAILING_ADVERBS = regex.compile(rf"(?r)(?:\s+(?:{alternation(grammar.CUE_ADVERBS)}))+\s*\Z")
# "заявил Лавров журналистам", "сказала она в интервью": the speaker ends at a preposition, a comma or a dative.
SPEAKER_TAIL = regex.compile(
    rf"\s+(?:{alternation(_PREPOSITIONS)}|журналистам|репортёрам|репортерам|который|которая|которые|что|и)"
    r"(?![\p{L}\-])|,"
)

# --- Cues and reported claims ------------------------------------------------------------------

CUE_ANYWHERE = re.compile(rf"(?<![\w-])(?P<cue>{grammar.CUE})(?![\w-])")
SPEECH_CUE_WORD = re.compile(rf"(?<![\w-]){grammar.SPEECH_CUE}(?![\w-])")
# "по словам Лаврова", "по мнению экспертов", "согласно заявлению МИД".
ACCORDING_TO = regex.compile(rf"(?<![\p{{L}}\-])(?P<cue>(?i:{alternation(PREPOSITIONAL_CUES)}))\s+")
_THAT = rf"(?<![\p{{L}}\-])(?:{alternation(COMPLEMENTIZERS)})(?![\p{{L}}\-])"
COMPLEMENT_GAP = regex.compile(rf"(?:[^.;:!?{_QUOTE_CHARS}]){{0,80}}?{_THAT}")
SUBJECT_IN_GAP = regex.compile(rf"(?<![\p{{L}}\-])(?:{alternation(SUBJECT_PRONOUNS)})(?![\p{{L}}\-])")
TRAILING_GAP = regex.compile(
    rf"(?:\s+(?:{alternation(_PREPOSITIONS)}|журналистам|вчера|сегодня|накануне)(?![\p{{L}}\-])"
    rf"(?:(?!(?<![\p{{L}}])что(?![\p{{L}}]))[^,.;:!?{_QUOTE_CHARS}]){{0,80}})?\s*[.!?]*\s*\Z"
)
COORDINATED_CUE = re.compile(rf"\s(?:и|но|а)\s+(?:также\s+)?{grammar.SPEECH_CUE}(?![\w-])")
NAME_COLON = regex.compile(rf"(?P<speaker>{grammar.NAME})(?P<cue>:)\s+(?=\S)")

# --- Quotes and their attribution --------------------------------------------------------------

_SPEAKER_END = r"(?=[\s,.;:!?)]|\Z)"
# «…», — Лавров сказал.  (The inverted order is the usual one.)
TRAILING = regex.compile(
    rf"\s*{grammar.PUNCT}?{grammar.DASH}?(?P<speaker>{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.NAME})\s+"
    rf"{grammar.ADVERBS}(?P<cue>{grammar.SPEECH_CUE})(?![\p{{L}}\-])"
)
# «…», — заявил Лавров.  «…», — сказала она.  «…», — сообщил журналистам глава МИД.  «…», — считает эксперт.
# A plural cue may name the body its speakers work in: «…», — сообщили в пресс-службе Кремля.
INVERTED = regex.compile(
    rf"\s*{grammar.PUNCT}?{grammar.DASH}?(?P<cue>{grammar.INVERTED_CUE})\s+{grammar.INVERTED_GAP}"
    rf"(?:(?<=ли\s+)в\s+(?P<speaker>{grammar.ORGANISATION}|{grammar.NAME})"
    rf"|(?P<speaker>{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.GROUP}|{grammar.NAME})){_SPEAKER_END}"
)
# «…» — Мария Захарова: a dash and a name alone on the rest of the line sign the quote.
SIGNATURE = regex.compile(
    rf"[^\S\n]*[,.]?[^\S\n]*(?P<dash>[\N{{EN DASH}}\N{{EM DASH}}\N{{HORIZONTAL BAR}}]{{1,2}})[^\S\n]*"
    rf"(?P<speaker>{grammar.NAME})(?:,[^\n.!?{_QUOTE_CHARS}]{{1,80}})?[^\S\n]*[.]?[^\S\n]*(?=\n|\Z)"
)
TRAILING_LEAD = regex.compile(rf"\s*{grammar.PUNCT}?{grammar.DASH}?")
# "так называемый «…»", "под названием «…»", "акция «…»": a term, nobody's words.
SCARE_QUOTE_INTRO = regex.compile(
    r"(?r)(?<![\p{L}\-])(?:так\s+называем\p{Ll}+|называем\p{Ll}+|под\s+названием|под\s+лозунгом|известн\p{Ll}+\s+как"
    r"|газет\p{Ll}*|журнал\p{Ll}*|компани\p{Ll}+|партии?|партией|партия|движени\p{Ll}+|операци\p{Ll}+|фильм\p{Ll}*"
    r"|книг\p{Ll}+|программ\p{Ll}+|проект\p{Ll}*|агентств\p{Ll}+)\s*\Z",
    regex.IGNORECASE,
)
CLAUSE_START = regex.compile(r"[,;:(]\s+|\s(?:но|а|и|однако)\s+")
VERB_AFTER = regex.compile(r"\s+(?:\p{Ll}+\s+)?\p{Ll}+(?![\p{L}\-])")
ENDS_ON_CUE = regex.compile(
    rf"(?:\s+(?:{alternation(_PREPOSITIONS)})(?![\p{{L}}\-])[^,.;:!?{_QUOTE_CHARS}]{{0,80}})?\s*[.:]\s*"
)
# "Заявил Лавров:" is rare; "Как заявил Лавров:" opens a quote.
INVERTED_COLON = regex.compile(
    rf"(?:^|(?<=[.!?]\s))(?:Как\s+)?(?P<cue>{alternation([f.capitalize() for f in sorted(grammar.SPEECH_FORMS)])}"
    rf"|(?<=Как\s){grammar.SPEECH_CUE})\s+(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME}):\s*\Z"
)
ENDS_IN_DETERMINER = regex.compile(rf"(?r)(?<![\p{{L}}\-])(?:{alternation(_PREPOSITIONS)}|этот|эта|это|эти)\s*\Z")
THAT = regex.compile(rf"{_THAT}|(?<![\p{{L}}\-])(?:будет|будут|был|была|было|были|есть|является)(?![\p{{L}}\-])")
CLAUSE_IN_GAP = regex.compile(rf"(?<![\p{{L}}\-])(?:{alternation(SUBJECT_PRONOUNS)})\s+\p{{Ll}}+")
_COLON_SPEAKER = rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME})(?P<cue>:)\s*\Z"
COLON_INTRO_START = regex.compile(rf"\s*{_COLON_SPEAKER}")
COLON_INTRO_DASH = regex.compile(rf"(?r)(?<=[\N{{EM DASH}}\N{{EN DASH}}-]\s*){_COLON_SPEAKER}")
# "…, как заявил Лавров: «…»": a cue, its speaker, then the quote.
INVERTED_INTRO = regex.compile(
    rf"(?r)(?<=[,;]\s*(?:как\s+)?)(?P<cue>{grammar.SPEECH_CUE})\s+"
    rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.NAME})\s*[:,]\s*\Z"
)
# "По словам Лаврова: «…»", "Согласно заявлению МИД, «…»".
ACCORDING_INTRO = regex.compile(
    rf"(?r)(?<![\p{{L}}\-])(?P<cue>(?i:{alternation(PREPOSITIONAL_CUES)}))\s+"
    rf"(?P<speaker>{grammar.DESCRIPTION}|{grammar.GROUP}|{grammar.NAME})\s*[:,]\s*\Z"
)

ATTRIBUTION = AttributionGrammar(
    SPEECH_FORMS=grammar.SPEECH_FORMS,
    BELIEF_FORMS=grammar.BELIEF_FORMS,
    CUE_BASE_FORMS=frozenset(SPEECH_VERBS),
    INVERSION_FORMS=grammar.SPEECH_FORMS | grammar.BELIEF_FORMS,
    SUBJECT_VERBS=frozenset("был была было были будет будут есть является являются стал стала стали".split()),
    CLAUSE_WORDS=CLAUSE_WORDS,
    FUNCTION_WORDS=FUNCTION_WORDS,
    NOT_NAMES=NOT_NAMES,
    SUBJECT_WORDS=frozenset(SUBJECT_PRONOUNS),
    STOP_SUBJECTS=frozenset("это что кто где когда как здесь там такой такая такие".split()),
    DETERMINERS=frozenset(DETERMINERS),
    DEMONSTRATIVES=frozenset({"это", "этот", "эта", "эти", "то", "так"}),
    RELATIVES=frozenset(RELATIVE),
    ABBREVIATIONS=ABBREVIATIONS,
    TITLE_SMALL_WORDS=frozenset("и в на с о об по для из от до за".split()),
    INDEFINITE_SPEAKERS=INDEFINITE_SPEAKERS,
    IMPERSONAL_PRONOUNS=frozenset({"я", "мы", "вы", "ты", "оно"}),
    GENDER_PAIRS=frozenset({frozenset({"он", "она"})}),
    ANSWER_WORDS=frozenset({"да", "нет"}),
    COORDINATION_ENDINGS=(" и",),
    WHAT_HINT="\x00",
    ACCORDING_HINT="о",
    WHOLE_MENTION=WHOLE_MENTION,
    SPEAKER_AT_START=SPEAKER_AT_START,
    NAME_COLON=NAME_COLON,
    LEADING_CONJUNCTION=LEADING_CONJUNCTION,
    PRONOUN_AT_END=PRONOUN_AT_END,
    PARENTHETICAL_AT_END=PARENTHETICAL_AT_END,
    RELATIVE_AT_END=RELATIVE_AT_END,
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
    COORDINATED_CUE=COORDINATED_CUE,
    TRAILING=TRAILING,
    INVERTED=INVERTED,
    SIGNATURE=SIGNATURE,
    TRAILING_LEAD=TRAILING_LEAD,
    SCARE_QUOTE_INTRO=SCARE_QUOTE_INTRO,
    NAMED_THING=SCARE_QUOTE_INTRO,
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
