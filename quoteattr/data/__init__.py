"""Language-neutral knowledge: quotation marks, apostrophes and transliteration.

Each module holds one table (quotation-mark pairs, apostrophe contexts,
transliteration of names between scripts).  Everything that belongs to one
language (verbs of saying, pronouns, titles, venue and date words) lives in
that language's folder, :mod:`quoteattr.lang.en` and its siblings.
"""
