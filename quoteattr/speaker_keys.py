"""The one speaker key: what batch clustering and the quote index group a speaker's quotes by.

A speaker key is coarse on purpose.  It only decides which quotes are worth comparing; a finer
test (:func:`quoteattr.names.same_person`) still tells apart two people who share one.  What
matters is that every stage computes it the same way: the batch run links "Ermakov" to "Sergei
Yermakov" through the transliterated surname (:func:`quoteattr.names.surname_key`), so the index
must file both under that same key, or asking it for one spelling misses the other.
"""

from __future__ import annotations

from quoteattr.names import parse_name, same_person, surname_key
from quoteattr.shingles import words


def _uncapitalised(name: str) -> str:
    # Words printed in capitals read as if they were not: TRUSS is Truss.
    return " ".join(word.title() if word.isupper() else word for word in name.split())


def same_speaker(a: str, b: str) -> bool:
    """Whether two speaker names are one person: :func:`quoteattr.names.same_person`, with capitals folded.

    The one test batch clustering and the quote index both apply to two names of one speaker key.

    >>> same_speaker("Annalena BAERBÖCK", "Baerbock"), same_speaker("TRUSS", "Liz Truss")
    (True, True)
    >>> same_speaker("Sergei Lavrov", "Sergei Yermakov")
    False
    """
    return a == b or same_person(_uncapitalised(a), _uncapitalised(b))


def speaker_key(name: str | None) -> str | None:
    """The key of a speaker's name: its folded, transliterated surname; ``None`` for no name.

    Words printed in capitals are read as if they were not (TRUSS is Truss).  A speaker that is no
    person's name (a group, a description, a pronoun) is keyed by its last normalised word.

    >>> speaker_key("Sergei Yermakov"), speaker_key("Ermakov"), speaker_key("Annalena BAERBÖCK")
    ('ermakov', 'ermakov', 'baerbok')
    >>> speaker_key("Liz Truss") == speaker_key("TRUSS") == speaker_key("Truss’s")
    True
    >>> speaker_key("the Kremlin"), speaker_key("Lavrov") == speaker_key("Lavrova"), speaker_key("  ")
    ('kremlin', False, None)
    """
    if name is None:
        return None
    key = surname_key(parse_name(name))
    if not key and any(word.isupper() for word in name.split()):
        key = surname_key(parse_name(_uncapitalised(name)))
    if key:
        return key
    tokens = words(name)
    return tokens[-1] if tokens else None
