"""The few errors quoteattr raises: only for misuse, never for messy text."""

from __future__ import annotations


class QuoteattrError(Exception):
    """Base of every error quoteattr raises on purpose."""


class InputError(QuoteattrError, ValueError):
    """An input that is not text (bytes, binary, undecodable); the message says how to fix the call."""
