"""Russian coreference: pronoun classes, gender clues and the name patterns, as one :class:`CorefGrammar`.

Titles are lower case in Russian (``министр Сергей Лавров``), so a titled name is
read from its title word on, through its genitive complement, to the given name and
surname (:data:`quoteattr.lang.ru.grammar.TITLED_NAME`).
"""

from __future__ import annotations

import regex

from quoteattr.lang.coref_grammar import CorefGrammar
from quoteattr.lang.patterns import alternation
from quoteattr.lang.ru import grammar
from quoteattr.lang.ru.pronouns import FEMININE, FEMININE_NAMES, MASCULINE, PLURAL
from quoteattr.lang.ru.titles import TITLES
from quoteattr.lang.ru.words import FUNCTION_WORDS, NOT_NAMES

# Feminine roles: "представительница", "журналистка".
_FEMININE_TITLES = frozenset(t for t in TITLES if t.endswith(("ница", "ка", "иса")))
# A name opening a sentence and followed by its verb: "Мария Захарова выступила"; not "Лавров и".
_NOT_VERB = rf"(?:{alternation(sorted(FUNCTION_WORDS))})(?![\p{{L}}\-])"

COREF = CorefGrammar(
    feminine=FEMININE,
    masculine=MASCULINE,
    plural=PLURAL,
    feminine_titles=_FEMININE_TITLES,
    feminine_names=FEMININE_NAMES,
    # A surname alone says its gender: "Захарова", "Волкова", "Матвиенко" (none), "Лавров", "Шойгу" (none).
    feminine_surname_endings=("ова", "ева", "ёва", "ина", "ына", "ская", "цкая"),
    masculine_surname_endings=("ов", "ев", "ёв", "ин", "ын", "ский", "цкий"),
    not_names=NOT_NAMES,
    name_before=regex.compile(rf"({grammar.NAME})\s*,?\s*\Z"),
    # A name with the title and complements before it: "пресс-секретарь Кремля Дмитрий Песков".
    name=regex.compile(rf"{grammar.TITLED_NAME}|{grammar.NAME}"),
    name_run_before=regex.compile(rf"(?r){grammar.NAME}{grammar.NAME_GAP}\Z"),
    title=regex.compile(rf"(?<![\p{{L}}\-]){grammar.TITLE}(?![\p{{L}}\-])"),
    # "Мария Захарова выступила", "Лавров и Захарова провели" (the last of two coordinated names).
    subject_name=regex.compile(
        rf"(?:{grammar.NAME}\s+и\s+)?(?P<name>{grammar.NAME})\s+(?!{_NOT_VERB})\p{{Ll}}+(?![\p{{L}}\-])"
    ),
)
