"""The Russian attribution grammar: the productions the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.ru.grammar` and the words below fill the
shapes of :mod:`quoteattr.lang.grammar_builder`, with word boundaries that also
stop at a hyphen (``пресс-служба``).  Productions Russian has no use for
(possessive ``'s``, participles in ``-ing``) keep the neutral defaults of
:class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`.

>>> ATTRIBUTION.INVERTED.match("», — заявил Лавров.", 1).group("cue", "speaker")
('заявил', 'Лавров')
>>> ATTRIBUTION.INVERTED.match("», — заявил, что", 1) is None
True
"""

from __future__ import annotations

import regex

from quoteattr.lang import grammar_builder as build
from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.patterns import alternation
from quoteattr.lang.ru import grammar
from quoteattr.lang.ru.abbreviations import ABBREVIATIONS
from quoteattr.lang.ru.cues import COMPLEMENTIZERS, PREPOSITIONAL_CUES, SPEECH_VERBS
from quoteattr.lang.ru.pronouns import DETERMINERS, RELATIVE, SUBJECT_PRONOUNS
from quoteattr.lang.ru.surnames import base_name
from quoteattr.lang.ru.words import CLAUSE_WORDS, FUNCTION_WORDS, INDEFINITE_SPEAKERS, NOT_NAMES

# Prepositions that open where and when after a cue: "заявил Лавров на пресс-конференции в Москве".
_PREPOSITIONS = alternation("в во на по с со у при после перед во время для из от до о об".split())
_QUOTE_CHARS = '«»„“”"'
# A word starts and ends where no letter or hyphen stands next to it.
_START = r"(?<![\p{L}\-])"
_END = r"(?![\p{L}\-])"
_THAT = rf"{_START}(?:{alternation(COMPLEMENTIZERS)}){_END}"
_SPEAKER = f"{grammar.DESCRIPTION}|{grammar.NAME}"
_SCARE_QUOTE_INTRO = regex.compile(
    r"(?r)(?<![\p{L}\-])(?:так\s+называем\p{Ll}+|называем\p{Ll}+|под\s+названием|под\s+лозунгом|известн\p{Ll}+\s+как"
    r"|газет\p{Ll}*|журнал\p{Ll}*|компани\p{Ll}+|партии?|партией|партия|движени\p{Ll}+|операци\p{Ll}+|фильм\p{Ll}*"
    r"|книг\p{Ll}+|программ\p{Ll}+|проект\p{Ll}*|агентств\p{Ll}+)\s*\Z",
    regex.IGNORECASE,
)
_COLON_INTRO_START, _COLON_INTRO_DASH = build.colon_intro(_SPEAKER)

# «…», — заявил Лавров.   «…», — сообщили в пресс-службе Кремля.
_INVERTED = regex.compile(
    rf"\s*{build.PUNCT}?{build.DASH}?(?P<cue>{grammar.INVERTED_CUE})\s+{grammar.INVERTED_GAP}"
    rf"(?:(?<=ли\s+)в\s+(?P<speaker>{grammar.ORGANISATION}|{grammar.NAME})"
    rf"|(?P<speaker>{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.GROUP}|{grammar.NAME}))"
    r"(?=[\s,.;:!?)]|\Z)"
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
    # --- Speaker mentions ---------------------------------------------------------------------
    # "— спросил журналист", "заявил министр": Russian has no article, one title word describes.
    DESCRIPTION_WORDS=1,
    # "по словам Лаврова" names Лавров: a name after a cue that governs the genitive, back to the nominative.
    BASE_NAME=base_name,
    WHOLE_MENTION=build.mention_patterns(
        ("pronoun", grammar.PRONOUN),
        ("relative", alternation(RELATIVE)),
        ("group", grammar.GROUP),
        ("name", grammar.TITLED_NAME),
        ("description", grammar.DESCRIPTION),
        ("description", grammar.ORGANISATION),
        ("name", grammar.NAME),
    ),
    SPEAKER_AT_START=build.speaker_at_start(
        pronoun=f"{grammar.PRONOUN}{_END}", description=grammar.DESCRIPTION, group=grammar.GROUP, name=grammar.NAME
    ),
    NAME_COLON=build.name_colon(grammar.NAME),
    NAME_COLON_HINT=":",
    # "Затем Лавров", "Позднее Лавров", "Вчера Песков": a conjunction or an adverb of time before the subject.
    LEADING_CONJUNCTION=build.leading_conjunction(
        "и|но|а|однако|также|затем|потом|позднее|позже|ранее|вчера|сегодня|накануне"
    ),
    PRONOUN_AT_END=build.pronoun_at_end(grammar.PRONOUN),
    PARENTHETICAL_AT_END=build.parenthetical_at_end(),
    RELATIVE_AT_END=build.relative_at_end(f"(?:{alternation(RELATIVE)})"),
    # "Однако,", "При этом", "МОСКВА, 12 марта. /ТАСС/.": what opens a sentence before its subject.
    INTRODUCTORY=regex.compile(
        r"\s*(?:(?:Однако|Также|Кроме того|При этом|Между тем|Впрочем|Вместе с тем|Ранее|Позднее|Затем|Тем временем"
        r"|Вчера|Сегодня|Накануне|В\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\s*,?\s+)?"
    ),
    SUBORDINATOR=build.subordinator("[Кк]ак|что|когда|если|потому что|хотя|и|но|а", start=_START),
    APPOSITIVE_START=build.appositive_start(f"{grammar.TITLE}|{grammar.DESCRIPTION}", end=""),
    TRAILING_ADVERBS=build.trailing_adverbs(alternation(grammar.CUE_ADVERBS)),
    # "заявил Лавров журналистам", "сказала она в интервью": the speaker ends at a preposition, a comma or a dative.
    SPEAKER_TAIL=build.speaker_tail(
        f"{_PREPOSITIONS}|журналистам|репортёрам|репортерам|который|которая|которые|что|и", end=_END, comma=True
    ),
    # --- Cues and reported claims ---------------------------------------------------------------
    CUE_ANYWHERE=build.cue_anywhere(grammar.CUE, end=r"(?![\w-])"),
    SPEECH_CUE_WORD=build.speech_cue_word(grammar.SPEECH_CUE, end=r"(?![\w-])"),
    # "по словам Лаврова", "по мнению экспертов", "согласно заявлению МИД".
    ACCORDING_TO=build.according_to(alternation(PREPOSITIONAL_CUES), start=_START),
    # "Как отметил Песков, Кремль следит за ситуацией": "как", a cue and its speaker open the sentence, the
    # claim follows the comma (a name or a pronoun: a lower-case title is no pronoun).
    IN_OPINION=regex.compile(
        rf"(?:^|(?<=[.!?»]\s{{1,4}}))[Кк]ак\s+(?P<cue>{grammar.SPEECH_CUE})\s+(?P<speaker>{grammar.NAME}|{grammar.PRONOUN})"
        r"(?=\s*,)"
    ),
    COMPLEMENT_GAP=build.complement_gap(_THAT, quotes=_QUOTE_CHARS),
    SUBJECT_IN_GAP=build.any_word(alternation(SUBJECT_PRONOUNS), start=_START, end=_END),
    TRAILING_GAP=build.trailing_gap(
        f"{_PREPOSITIONS}|журналистам|вчера|сегодня|накануне",
        place_end=_END,
        clause_word=r"(?<![\p{L}])что(?![\p{L}])",
        quotes=_QUOTE_CHARS,
    ),
    COORDINATED_CUE=build.coordinated_cue("и|но|а", r"также\s+", grammar.SPEECH_CUE, end=r"(?![\w-])"),
    # --- Quotes and their attribution -----------------------------------------------------------
    # «…», — Лавров сказал.  (The inverted order is the usual one.)
    TRAILING=build.trailing(
        punct=build.PUNCT,
        dash=build.DASH,
        speaker=f"{grammar.PRONOUN}|{grammar.DESCRIPTION}|{grammar.NAME}",
        before_cue=grammar.ADVERBS,
        cue=grammar.SPEECH_CUE,
        end=_END,
    ),
    # «…», — заявил Лавров.  «…», — сказала она.  «…», — сообщил журналистам глава МИД.  «…», — считает эксперт.
    # A plural cue may name the body its speakers work in: «…», — сообщили в пресс-службе Кремля.
    INVERTED=_INVERTED,
    # «Мы ждём ответа, — подчеркнула Захарова. — Но …»: an inverted cue inside the marks.
    QUOTED_INCISE=_INVERTED,
    # «…» — Мария Захарова: a dash and a name alone on the rest of the line sign the quote.
    SIGNATURE=build.signature(grammar.NAME, quotes=_QUOTE_CHARS),
    # The dashes of SIGNATURE: a line holding none of them holds no signature.
    SIGNATURE_HINTS=("\N{EN DASH}", "\N{EM DASH}", "\N{HORIZONTAL BAR}"),
    TRAILING_LEAD=build.trailing_lead(build.PUNCT, build.DASH),
    # "так называемый «…»", "под названием «…»", "акция «…»": a term, nobody's words.
    SCARE_QUOTE_INTRO=_SCARE_QUOTE_INTRO,
    NAMED_THING=_SCARE_QUOTE_INTRO,
    CLAUSE_START=build.clause_start("но|а|и|однако"),
    VERB_AFTER=build.verb_after(end=_END),
    ENDS_ON_CUE=build.ends_on_cue(_PREPOSITIONS, place_end=_END, quotes=_QUOTE_CHARS),
    # "Заявил Лавров:" is rare; "Как заявил Лавров:" opens a quote.
    INVERTED_COLON=build.inverted_colon(
        cue=rf"{alternation([f.capitalize() for f in sorted(grammar.SPEECH_FORMS)])}|(?<=Как\s){grammar.SPEECH_CUE}",
        speaker=_SPEAKER,
        lead=r"(?:Как\s+)?",
    ),
    ENDS_IN_DETERMINER=build.ends_in_determiner(f"{_PREPOSITIONS}|этот|эта|это|эти", start=_START),
    THAT=regex.compile(rf"{_THAT}|{_START}(?:будет|будут|был|была|было|были|есть|является){_END}"),
    CLAUSE_IN_GAP=build.clause_in_gap(alternation(SUBJECT_PRONOUNS), start=_START),
    COLON_INTRO_START=_COLON_INTRO_START,
    COLON_INTRO_DASH=_COLON_INTRO_DASH,
    # "…, как заявил Лавров: «…»": a cue, its speaker, then the quote.
    INVERTED_INTRO=build.inverted_intro(grammar.SPEECH_CUE, _SPEAKER, after_comma=r"(?:как\s+)?"),
    # "По словам Лаврова: «…»", "Согласно заявлению МИД, «…»".
    ACCORDING_INTRO=build.according_intro(
        f"(?i:{alternation(PREPOSITIONAL_CUES)})",
        f"{grammar.DESCRIPTION}|{grammar.GROUP}|{grammar.NAME}",
        start=_START,
    ),
)
