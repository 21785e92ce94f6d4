"""What a language provides for sentences, venues, relaying outlets, dates and coreference."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SegmentGrammar:
    """How a language's sentences end: abbreviations whose full stop ends no sentence."""

    abbreviations: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OccasionGrammar:
    """The compiled productions that find venues, relaying outlets and dates."""


@dataclass(frozen=True)
class CorefGrammar:
    """The word classes and patterns that resolve a mention to a person."""
