"""English words around names: the :class:`NameTables` this folder adds to the union every language shares."""

from __future__ import annotations

from quoteattr.lang.en.titles import (
    COUNTRY_ALIASES,
    COUNTRY_METONYMS,
    DEMONYMS,
    HONORIFIC_GENDER,
    HONORIFICS,
    ORGANISATION_PHRASES,
    ORGANISATION_WORDS,
    PRONOUNS,
    ROLE_HYPERNYMS,
    ROLE_SYNONYMS,
    SURNAME_TITLES,
    TITLE_MODIFIERS,
    TITLE_WORDS_EXTRA,
    TITLES,
)
from quoteattr.lang.name_tables import NameTables

NAMES = NameTables(
    honorifics=HONORIFICS,
    honorific_gender=HONORIFIC_GENDER,
    role_synonyms=ROLE_SYNONYMS,
    role_hypernyms=ROLE_HYPERNYMS,
    titles=TITLES,
    title_modifiers=TITLE_MODIFIERS,
    title_words_extra=TITLE_WORDS_EXTRA,
    surname_titles=SURNAME_TITLES,
    demonyms=DEMONYMS,
    country_aliases=COUNTRY_ALIASES,
    country_metonyms=COUNTRY_METONYMS,
    organisation_words=ORGANISATION_WORDS,
    organisation_phrases=ORGANISATION_PHRASES,
    pronouns=PRONOUNS,
    articles=frozenset({"the", "a", "an"}),
    indefinite_articles=frozenset({"a", "an"}),
    definite_articles=frozenset({"the"}),
    organisation_prepositions=frozenset({"at", "of", "with", "from", "for", "in"}),
    organisation_joiners=frozenset({"of", "for", "and", "on", "de", "du", "the"}),
    possessive_endings=frozenset({"s"}),
)
