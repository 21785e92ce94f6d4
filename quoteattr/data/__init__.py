"""Language knowledge, kept apart from the matching logic.

Each module holds one table (quotation marks, apostrophe contexts, speech cues,
titles and roles, venue words, pronouns...).  The logic modules import them by
name and compile their patterns once at import.  To extend quoteattr for another
language or outlet, add entries here; nothing else needs to change.
"""
