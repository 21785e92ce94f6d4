"""The Russian attribution grammar's fragments: names, speakers and cues, composed from this folder's tables.

Russian differs from English where the attribution stage looks: titles are in
lower case before the name (``министр иностранных дел России Сергей Лавров``),
there are no articles, the verb of saying agrees with its speaker in gender and
number, and after a quotation the verb comes first, behind a dash::

    INVERTED  = PUNCT? DASH? CUE GAP? SPEAKER          «…», — заявил Лавров.  «…», — сказала она.
    TRAILING  = PUNCT? DASH? SPEAKER ADVERBS? CUE       «…», — Лавров сказал.  (rare)
    LEADING   = SPEAKER ADVERBS? CUE [,:]               Лавров заявил: «…»

All patterns are built once at import.
"""

from __future__ import annotations

from quoteattr.lang.patterns import alternation
from quoteattr.lang.ru.cues import BELIEF_VERBS, SPEECH_VERBS, inflections
from quoteattr.lang.ru.dates import MONTHS, RELATIVE_DAYS
from quoteattr.lang.ru.pronouns import GROUP_NOUNS, SUBJECT_PRONOUNS
from quoteattr.lang.ru.titles import TITLES, genitive
from quoteattr.lang.ru.words import FUNCTION_WORDS, NOT_NAMES


def _forms(verbs: tuple[str, ...]) -> list[str]:
    return [form for verb in verbs for form in inflections(verb)]


SPEECH_FORMS = frozenset(_forms(SPEECH_VERBS))
BELIEF_FORMS = frozenset(_forms(BELIEF_VERBS)) - SPEECH_FORMS
CUE = rf"(?:{alternation(sorted(SPEECH_FORMS | BELIEF_FORMS))})"
SPEECH_CUE = rf"(?:{alternation(sorted(SPEECH_FORMS))})"

PRONOUN = rf"(?:{alternation(SUBJECT_PRONOUNS)}|{alternation([p.capitalize() for p in SUBJECT_PRONOUNS])})"
# Adverbs between a speaker and the cue: "Лавров также заявил", "она ранее говорила".
CUE_ADVERBS = ("также", "тоже", "ранее", "позднее", "позже", "затем", "уже", "ещё", "еще", "вновь", "снова", "вчера")
ADVERBS = rf"(?:(?:{alternation(CUE_ADVERBS)})\s+){{0,2}}"
_WEEKDAY = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
# A date in the genitive: "12 марта".
_DATE = rf"(?:\d{{1,2}}\s+(?:{alternation([m for m in MONTHS if m.endswith(('а', 'я'))])}))"
# What may stand between an inverted cue and its speaker: "— заявил журналистам Лавров",
# "— сказал в пятницу Песков", "— сообщил в интервью ТАСС Лавров", "— заявил 12 марта Лавров".
INVERTED_GAP = (
    rf"(?:(?:{alternation(CUE_ADVERBS + RELATIVE_DAYS)}|журналистам|репортёрам|репортерам|в\s+{_WEEKDAY}|{_DATE}"
    r"|в\s+интервью\s+\p{Lu}[\p{L}\-]*|в\s+эфире\s+\p{Lu}[\p{L}\-]*)\s+){0,2}"
)

# A capitalised word that opens no sentence: Лавров, Захарова, МИД, Римский-Корсаков, initials "В."
_NOT_NAME = rf"(?:{alternation(sorted(NOT_NAMES))})(?![\p{{L}}\-])"
CAP_WORD = rf"(?:(?!{_NOT_NAME})(?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*\p{{L}}|\p{{Lu}}))"
NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
NAME = rf"(?:{CAP_WORD}(?:{NAME_GAP}{CAP_WORD}){{0,3}})"

# Adjectives before a title, any case: "официальный", "бывшего", "российский".
_ADJECTIVE = r"(?:\p{L}\p{Ll}*[\p{L}\-]*(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ых|их)\s+)"
_TITLE_FORMS = sorted({form for title in TITLES for form in (title, genitive(title))}, key=len, reverse=True)
TITLE = rf"(?:{alternation(_TITLE_FORMS)}|{alternation([t[0].upper() + t[1:] for t in _TITLE_FORMS])})"
# Words that complete a title in the genitive: "иностранных дел России", "президента", "МИД".
_FUNCTION_OR_CUE = rf"(?:{alternation(sorted(FUNCTION_WORDS | SPEECH_FORMS | BELIEF_FORMS))})(?![\p{{L}}\-])"
_GENITIVE_WORD = (
    rf"(?:(?!{_FUNCTION_OR_CUE})\p{{Ll}}[\p{{L}}\-]*(?:а|я|ы|и|ов|ев|ей|ых|их|ого|его|ой)(?![\p{{L}}\-])"
    r"|(?:иностранных|внутренних)\s+дел)"
)
_COMPLEMENT = rf"(?:\s+(?:{_GENITIVE_WORD}|{CAP_WORD}))"
# "министр иностранных дел России Сергей Лавров", "официальный представитель МИД", "глава ведомства".
DESCRIPTION = rf"(?:{_ADJECTIVE}{{0,2}}{TITLE}(?![\p{{L}}\-]){_COMPLEMENT}{{0,5}})"
# A description ending in a given name and a surname is a name with its roles:
# "министр иностранных дел России Сергей Лавров", "пресс-секретарь Кремля Дмитрий Песков".
_PERSONAL = r"(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
TITLED_NAME = rf"(?:{_ADJECTIVE}{{0,2}}{TITLE}(?![\p{{L}}\-]){_COMPLEMENT}{{0,4}}\s+{_PERSONAL}\s+{_PERSONAL})"
# "эксперты", "западные аналитики", "российские власти", "организаторы акции".
GROUP = rf"(?:{_ADJECTIVE}{{0,2}}(?:{alternation(GROUP_NOUNS)})(?![\p{{L}}\-]){_COMPLEMENT}{{0,2}})"
# Bodies that speak through their staff, in the prepositional after "в": "сообщили в пресс-службе Кремля".
ORGANISATION = (
    r"(?:(?:пресс-служб|министерств|ведомств|правительств|администраци|посольств|прокуратур|мэри|штаб)\p{Ll}*"
    rf"(?![\p{{L}}\-]){_COMPLEMENT}{{0,3}})"
)
SPEAKER = rf"(?:{PRONOUN}|{DESCRIPTION}|{GROUP}|{NAME})"
# Cues that may stand inverted after a quote: verbs of saying, and of belief ("— считает политолог").
INVERTED_CUE = rf"(?:{alternation(sorted(SPEECH_FORMS | BELIEF_FORMS))})"
