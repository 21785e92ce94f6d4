"""Italian sentence ends: the abbreviations whose full stop ends nothing (``sig. Rossi``)."""

from __future__ import annotations

from quoteattr.lang.it.abbreviations import ABBREVIATIONS
from quoteattr.lang.segment_grammar import SegmentGrammar, sentence_end

SEGMENTATION = SegmentGrammar(abbreviations=ABBREVIATIONS, sentence_end=sentence_end())
