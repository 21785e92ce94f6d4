"""The few errors quoteattr raises: only for misuse, never for messy text.

Every one is a :class:`QuoteattrError`, so a caller can catch quoteattr's refusals in one
clause, and its message says how to fix the call.
"""

from __future__ import annotations


class QuoteattrError(Exception):
    """Base of every error quoteattr raises on purpose."""


class InputError(QuoteattrError, ValueError):
    """An input that is not text (bytes, binary, undecodable), or an option with a value it cannot take."""


class CorpusError(QuoteattrError):
    """A corpus run that cannot start (a work directory of another run, no input)."""


class IndexFileError(QuoteattrError):
    """A path given as a quote index that is not one (another kind of file, a damaged database)."""


class MissingExtraError(QuoteattrError, ImportError):
    """A feature whose optional dependencies are not installed; the message names the extra to install."""
