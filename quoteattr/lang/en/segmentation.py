"""English sentence ends: the abbreviations whose full stop ends nothing, and the inline dateline."""

from __future__ import annotations

from quoteattr.lang.en.abbreviations import ABBREVIATIONS
from quoteattr.lang.segment_grammar import SegmentGrammar, sentence_end, sentence_end_places

# A dateline token written inline ("... our Telegram channel date 2022-04-29 The North Atlantic")
# also ends what came before it.
DATELINE_BREAK = r"(?<=\bdate\s\d{4}-\d{2}-\d{2})\s+"
# Where that break may start, for the standard library's engine: after the end of the token's date,
# each character that ``regex`` reads as a digit being one that ``re`` reads as no space.  The date
# alone (the break's lookbehind reads the rest) starts with a hyphen, so ``re`` skips to it in C.
DATELINE_PLACE = r"-\S{2}-\S{2}(?=\s)"

SEGMENTATION = SegmentGrammar(
    abbreviations=frozenset(a.lower() for a in ABBREVIATIONS),
    sentence_end=sentence_end(DATELINE_BREAK),
    places=sentence_end_places(DATELINE_PLACE),
)
