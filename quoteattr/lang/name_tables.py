"""The word tables name matching reads, united over every language.

Names cross languages: a corpus may print "Außenministerin Annalena Baerbock"
in one article and "German Foreign Minister Annalena Baerbock" in another, and
:func:`quoteattr.same_person` must answer the same whatever language a
document is in, or speakers would not cluster across a corpus.  So
:mod:`quoteattr.names` and :mod:`quoteattr.speakers` do not read one
language's tables: they read :func:`name_tables`, the union of the
:class:`NameTables` of every language folder that has a ``names.py``
defining ``NAMES``.  A title word of any language is a title word everywhere.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from quoteattr.lang.registry import available_languages


@dataclass(frozen=True)
class NameTables:
    """What surrounds a name in news copy: honorifics, titles, roles, countries, organisations, articles.

    Every word is lower case unless the field says otherwise.
    """

    # Courtesy and rank abbreviations before a name, with the role they imply: "sen." -> "senator".
    honorifics: Mapping[str, str | None] = field(default_factory=dict)
    # The gender an honorific states, "m" or "f", without its full stop: "mrs" -> "f".
    honorific_gender: Mapping[str, str] = field(default_factory=dict)
    # Role classes and the phrases that name them: "foreign minister" -> ("foreign secretary", ...).
    role_synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Generic role words and the classes they cover: "minister" -> ("foreign minister", ...).
    role_hypernyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Titles and roles written before a name: "foreign minister", "senator".
    titles: frozenset[str] = frozenset()
    # Words that modify a title: "former", "deputy", "acting".
    title_modifiers: frozenset[str] = frozenset()
    # Other words that belong to a title run rather than to a name.
    title_words_extra: frozenset[str] = frozenset()
    # Title words that are also common surnames, read as a surname after a courtesy title: "king".
    surname_titles: frozenset[str] = frozenset()
    # Demonyms, short names and capitals, as written, with the country they stand for: "British" -> "United Kingdom".
    demonyms: Mapping[str, str] = field(default_factory=dict)
    country_aliases: Mapping[str, str] = field(default_factory=dict)
    country_metonyms: Mapping[str, str] = field(default_factory=dict)
    # Words and phrases that make a speaker an organisation: "ministry", "white house".
    organisation_words: frozenset[str] = frozenset()
    organisation_phrases: frozenset[str] = frozenset()
    # Pronouns that may stand as a speaker before coreference resolves them: "she".
    pronouns: frozenset[str] = frozenset()
    # Articles, dropped before roles and descriptions: "the", "a".
    articles: frozenset[str] = frozenset()
    # Of those, the indefinite ones that open a description rather than a name: "a leading expert".
    indefinite_articles: frozenset[str] = frozenset()
    # Of those, the definite ones that may stand before an organisation's name: "at the RISI Center".
    definite_articles: frozenset[str] = frozenset()
    # Prepositions before an organisation's name in a role: "expert at the RISI Coordination Center".
    organisation_prepositions: frozenset[str] = frozenset()
    # Lower-case words that join the capitalised words of an organisation's name: "Institute for Studies".
    organisation_joiners: frozenset[str] = frozenset()
    # What may follow the apostrophe of a possessive: "s" in "Truss’s".
    possessive_endings: frozenset[str] = frozenset()


def _merge_lists(maps: Iterable[Mapping[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for mapping in maps:
        for key, values in mapping.items():
            merged[key] = merged.get(key, ()) + tuple(v for v in values if v not in merged.get(key, ()))
    return merged


def union(tables: Iterable[NameTables]) -> NameTables:
    """One table holding every entry of ``tables``; on a clash of mapped values the first table wins.

    >>> a = NameTables(titles=frozenset({"minister"}), honorific_gender={"mr": "m"})
    >>> b = NameTables(titles=frozenset({"ministerin"}), honorific_gender={"herr": "m", "mr": "f"})
    >>> both = union([a, b])
    >>> sorted(both.titles), both.honorific_gender
    (['minister', 'ministerin'], {'mr': 'm', 'herr': 'm'})
    >>> union([]) == NameTables()
    True
    """
    listed = list(tables)

    def words(name: str) -> frozenset[str]:
        return frozenset().union(*(getattr(t, name) for t in listed))

    def mapping(name: str) -> dict[str, object]:
        merged: dict[str, object] = {}
        for table in listed:
            for key, value in getattr(table, name).items():
                merged.setdefault(key, value)
        return merged

    values: dict[str, object] = {}
    for name, kind in NameTables.__dataclass_fields__.items():
        if name in ("role_synonyms", "role_hypernyms"):
            values[name] = _merge_lists(getattr(t, name) for t in listed)
        elif kind.type.startswith("Mapping"):
            values[name] = mapping(name)
        else:
            values[name] = words(name)
    return NameTables(**values)  # type: ignore[arg-type]


@functools.cache
def name_tables() -> NameTables:
    """The union of the name tables of every language folder, in the order of their codes.

    >>> tables = name_tables()
    >>> "mrs." in tables.honorifics, "kremlin" in tables.organisation_words
    (True, True)
    """
    found: list[NameTables] = []
    for code in available_languages():
        module_name = f"quoteattr.lang.{code}.names"
        if importlib.util.find_spec(module_name) is None:
            continue
        tables = getattr(importlib.import_module(module_name), "NAMES", None)
        if isinstance(tables, NameTables):
            found.append(tables)
    return union(found)
