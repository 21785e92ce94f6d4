"""Russian sentence ends: the abbreviations whose full stop ends nothing (``т. е.``, ``г.``)."""

from __future__ import annotations

from quoteattr.lang.ru.abbreviations import ABBREVIATIONS
from quoteattr.lang.segment_grammar import SegmentGrammar

SEGMENTATION = SegmentGrammar(abbreviations=ABBREVIATIONS)
