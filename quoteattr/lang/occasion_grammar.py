"""What a language provides for sentences, venues, relaying outlets, dates and coreference."""

from __future__ import annotations

from dataclasses import dataclass

from quoteattr.lang.segment_grammar import SegmentGrammar

__all__ = ["CorefGrammar", "OccasionGrammar", "SegmentGrammar"]


@dataclass(frozen=True)
class OccasionGrammar:
    """The compiled productions that find venues, relaying outlets and dates."""


@dataclass(frozen=True)
class CorefGrammar:
    """The word classes and patterns that resolve a mention to a person."""
