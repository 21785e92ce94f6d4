"""Russian names in the genitive back to the nominative: ``по словам Лаврова`` names Лавров.

After ``по словам``, ``по мнению`` and other prepositional cues the source is
in the genitive.  The rule reads the ending, as Russian surnames and given
names decline regularly:

* ``-овой``, ``-евой``, ``-иной``, ``-ской`` are feminine: ``Захаровой`` -> ``Захарова``,
  ``Шевчук`` does not decline for a woman at all;
* ``-ова``, ``-ева``, ``-ёва``, ``-ина``, ``-ына`` after a genitive preposition are
  masculine: ``Лаврова`` -> ``Лавров``.  The same string is a feminine nominative
  (``Ирина Лаврова``), so the rule is only for a name known to be in the genitive;
* ``-ского``/``-цкого`` -> ``-ский``/``-цкий``: ``Зеленского`` -> ``Зеленский``;
* given names: ``Сергея`` -> ``Сергей``, ``Марии`` -> ``Мария``, ``Дмитрия`` -> ``Дмитрий``;
  a masculine given name in a consonant takes ``-а`` (``Ивана`` -> ``Иван``), which is
  ambiguous with feminine names (``Анна``), so it is undone only on the word before a
  surname whose ending says masculine.

Anything else is kept as written (``Шойгу``, ``Сечина`` after a feminine given name).
:func:`base_name` reads a name in its text and undoes the genitive only right after a
cue that governs it (``по словам``, ``по мнению``; not ``согласно``, which takes the dative),
maybe with lower-case title words between (``по словам министра Сергея Лаврова``).
"""

from __future__ import annotations

import regex

from quoteattr.lang.patterns import alternation
from quoteattr.lang.ru.cues import GENITIVE_CUES

# Surname endings in the genitive and their nominative, longest first.
SURNAME_GENITIVE: tuple[tuple[str, str], ...] = (
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("овой", "ова"),
    ("евой", "ева"),
    ("ёвой", "ёва"),
    ("иной", "ина"),
    ("ыной", "ына"),
    ("ской", "ская"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ына", "ын"),
)

# Given-name endings in the genitive: ``Сергея``, ``Марии``, ``Дмитрия``, ``Ольги``.
GIVEN_GENITIVE: tuple[tuple[str, str], ...] = (("ея", "ей"), ("ия", "ий"), ("ии", "ия"), ("ьи", "ья"))

_MASCULINE_NOMINATIVE = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")


def _undo(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    for genitive, nominative in endings:
        if word.endswith(genitive) and len(word) > len(genitive) + 1:
            return word[: -len(genitive)] + nominative
    return word


def nominative(name: str) -> str:
    """The nominative of a name written in the genitive, where its endings say so unambiguously.

    >>> nominative("Лаврова"), nominative("Захаровой"), nominative("Сергея Лаврова")
    ('Лавров', 'Захарова', 'Сергей Лавров')
    >>> nominative("Марии Захаровой"), nominative("Владимира Зеленского")
    ('Мария Захарова', 'Владимир Зеленский')
    >>> nominative("Шойгу")
    'Шойгу'
    """
    words = name.split()
    if not words:
        return name
    surname = _undo(words[-1], SURNAME_GENITIVE)
    masculine = surname.endswith(_MASCULINE_NOMINATIVE)
    given = []
    for word in words[:-1]:
        undone = _undo(word, GIVEN_GENITIVE)
        if undone == word and masculine and word.endswith("а") and len(word) > 3:
            undone = word[:-1]
        given.append(undone)
    return " ".join([*given, surname])


# (?r) A cue that puts its source in the genitive, and lower-case words of a title, ending where a name starts.
_GENITIVE_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}\-])(?i:{alternation(GENITIVE_CUES)})\s+(?:[\p{{Ll}}\-]+\s+){{0,6}}\Z"
)


def base_name(text: str, start: int, end: int) -> str | None:
    """The nominative of the name ``text[start:end]`` when a cue before it puts it in the genitive, else None.

    >>> text = "По словам Лаврова, переговоры зашли в тупик."
    >>> base_name(text, 10, 17)
    'Лавров'
    >>> text = "По словам министра Марии Захаровой, ответ будет."
    >>> base_name(text, 19, 34)
    'Мария Захарова'
    >>> text = "Ирина Лаврова заявила, что ответ будет."  # a nominative: kept as written
    >>> base_name(text, 0, 13) is None
    True
    """
    if _GENITIVE_BEFORE.search(text, max(0, start - 120), start) is None:
        return None
    return nominative(text[start:end])
