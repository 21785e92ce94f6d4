"""Portuguese sentence ends: the abbreviations whose full stop ends nothing."""

from __future__ import annotations

from quoteattr.lang.pt.abbreviations import ABBREVIATIONS
from quoteattr.lang.segment_grammar import SegmentGrammar

SEGMENTATION = SegmentGrammar(abbreviations=ABBREVIATIONS)
