"""English sentence ends: the abbreviations whose full stop ends nothing, and the inline dateline."""

from __future__ import annotations

from quoteattr.lang.en.abbreviations import ABBREVIATIONS
from quoteattr.lang.segment_grammar import SegmentGrammar, sentence_end

# A dateline token written inline ("... our Telegram channel date 2022-04-29 The North Atlantic")
# also ends what came before it.
DATELINE_BREAK = r"(?<=\bdate\s\d{4}-\d{2}-\d{2})\s+"

SEGMENTATION = SegmentGrammar(
    abbreviations=frozenset(a.lower() for a in ABBREVIATIONS),
    sentence_end=sentence_end(DATELINE_BREAK),
)
