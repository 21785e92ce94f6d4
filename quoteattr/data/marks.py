"""Quotation marks: which characters quote, in which family, and which way they face.

A *family* groups marks that may pair with each other.  Pairing within a family
is tolerant on purpose: real text mixes “curly” and "straight" double quotes
(“like this"), so any double-family closer may close any double-family opener.

``opens``/``closes`` say what a mark may do at all; the parser then decides from
its neighbours (a mark after a space and before a letter opens, one after a
letter and before a space or punctuation closes), which is how one character
can open in one language and close in another:

* English:  “double” and ‘single’
* German:   „double“ and ‚single‘, or »double« (books)
* French:   «double» (often with inner spaces) and ‹single›
* Swedish/Finnish: ”double” and ’single’, »double»
* Russian:  «double» with „inner“ quotes
* Japanese/Chinese: 「single」 and 『double』 corner brackets
* Newswire: ``double'' (TeX-like), ''double'' (NYT texts write " as ''), and
  ‘‘double’’ once a word processor has curled them

To add a pair, add its characters to ``MARKS`` (and to the other tables below
as they apply); docs/parsing.md walks through it.
"""

from __future__ import annotations

from typing import NamedTuple


class MarkInfo(NamedTuple):
    """What a quotation-mark character may do: its family, whether it may open or close at all."""

    family: str
    opens: bool
    closes: bool
    apostrophe: bool = False  # may also be an apostrophe (don’t, Truss’, ’90s)


MARKS: dict[str, MarkInfo] = {
    # Double quotes.
    "\N{LEFT DOUBLE QUOTATION MARK}": MarkInfo("double", True, True),  # opens in English, closes German „…“
    "\N{RIGHT DOUBLE QUOTATION MARK}": MarkInfo("double", True, True),  # closes in English; opens+closes Swedish
    "\N{QUOTATION MARK}": MarkInfo("double", True, True),  # straight: direction from context
    "\N{DOUBLE LOW-9 QUOTATION MARK}": MarkInfo("double", True, False),  # German/Polish/Russian opener „
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": MarkInfo("double", True, False),  # rare opener ‟
    "\N{FULLWIDTH QUOTATION MARK}": MarkInfo("double", True, True),  # East Asian straight quote
    "``": MarkInfo("double", True, False),  # newswire/TeX opener
    "''": MarkInfo("double", True, True),  # NYT writes " as two apostrophes
    # The same two-character quotes after a word processor curled them: ‘‘double’’.
    "\N{LEFT SINGLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}": MarkInfo("double", True, False),
    "\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}": MarkInfo("double", False, True),
    # Single quotes.
    "\N{LEFT SINGLE QUOTATION MARK}": MarkInfo("single", True, True, True),  # opens English; closes German ‚…‘
    # Closes English ‘…’; opens and closes Swedish/Finnish ’…’ (and badly curled English); usually an apostrophe.
    "\N{RIGHT SINGLE QUOTATION MARK}": MarkInfo("single", True, True, True),
    "\N{APOSTROPHE}": MarkInfo("single", True, True, True),  # straight: quote or apostrophe
    "\N{SINGLE LOW-9 QUOTATION MARK}": MarkInfo("single", True, False),  # German inner opener ‚
    "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": MarkInfo("single", True, False),  # rare opener ‛
    # Guillemets: «French» and »German« and »Swedish».
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": MarkInfo("angle", True, True),
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": MarkInfo("angle", True, True),
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}": MarkInfo("angle-single", True, True),
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}": MarkInfo("angle-single", True, True),
    # CJK corner brackets: direction is in the glyph.
    "\N{LEFT CORNER BRACKET}": MarkInfo("corner", True, False),
    "\N{RIGHT CORNER BRACKET}": MarkInfo("corner", False, True),
    "\N{LEFT WHITE CORNER BRACKET}": MarkInfo("white-corner", True, False),
    "\N{RIGHT WHITE CORNER BRACKET}": MarkInfo("white-corner", False, True),
}

# A closer may not close an opener of the same glyph when the glyph points the
# other way: « never closes «, though » closes » (Swedish) and » closes « (French).
SELF_CLOSING_FORBIDDEN: frozenset[str] = frozenset(
    {"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}", "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"}
)

# A closer whose own family has nothing open may close the innermost quote of
# this other family: ‘I’ll vote for her,” she said (typed with the wrong closer).
# Only double closers close single openers; the other way round a ’ would be
# taken from the apostrophes (the dogs’ bowls”).
CLOSES_ACROSS: dict[str, str] = {"double": "single"}

# Families whose quotes may run over several paragraphs (each paragraph reopens,
# only the last closes).  Single quotes do too in British style.
MULTI_PARAGRAPH_FAMILIES: frozenset[str] = frozenset({"double", "single", "angle", "corner", "white-corner"})

# Typewriter marks, which a word processor did not curl.  A paragraph reopening a quote is written
# like the paragraph that opened it, so a straight mark and a curly one never continue each other
# across a paragraph break: a stray " opening a paragraph of curly quotes is no quote running on.
STRAIGHT_MARKS: frozenset[str] = frozenset({"\N{QUOTATION MARK}", "\N{APOSTROPHE}"})

# Invisible formatting characters that web text leaves next to marks (a
# left-to-right embedding before ”Sorry…”); they count as space on either side.
INVISIBLE = (
    "\N{ZERO WIDTH SPACE}\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}\N{LEFT-TO-RIGHT EMBEDDING}"
    "\N{RIGHT-TO-LEFT EMBEDDING}\N{POP DIRECTIONAL FORMATTING}\N{LEFT-TO-RIGHT OVERRIDE}"
    "\N{RIGHT-TO-LEFT OVERRIDE}\N{LEFT-TO-RIGHT ISOLATE}\N{RIGHT-TO-LEFT ISOLATE}\N{FIRST STRONG ISOLATE}"
    "\N{POP DIRECTIONAL ISOLATE}\N{ZERO WIDTH NO-BREAK SPACE}"
)
# Characters before a mark that still let it open (“(“quoted”)”, “—‘yes’”,
# Clinton:"We learned", 他说："你好").
OPENING_CONTEXT = "([{<:\N{FULLWIDTH COLON}\N{EM DASH}\N{EN DASH}-/\N{HORIZONTAL ELLIPSIS}" + INVISIBLE
# Characters after a mark that stop it from opening: nothing is quoted that
# starts with a comma or a closing bracket, so the stray » in „so“», is a closer.
NOT_OPENING_BEFORE = ",;:)]}"
# Characters after a mark that still let it close (“”.”, “”,”, “”)”).
CLOSING_CONTEXT = ".,;:!?)]}>\N{EM DASH}\N{EN DASH}-/\N{HORIZONTAL ELLIPSIS}" + INVISIBLE

# French typography puts a (non-breaking) space inside guillemets: « Oui », ‹ non ›.
# For these marks the parser looks past one such space to find the quoted word,
# so the closer of « Je ne l’ai pas dit ». is not mistaken for an opener.
SPACED_MARKS: frozenset[str] = frozenset(
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
)
# The spaces French puts inside guillemets (never a line break).
INNER_SPACES = " \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}"
# A quotation taken up mid-sentence may start with a space and an ellipsis
# (” … he delivered a mix of orthodoxy,” she wrote); any mark looks past that
# space to the ellipsis, which counts as the first word.
ELLIPSES: tuple[str, ...] = ("\N{HORIZONTAL ELLIPSIS}", "...")

# Marks that open even with no space before them, as in Chinese and Japanese
# (他说：“你好。” / 彼は「はい」と言った) where words are not separated by spaces.
OPENS_BETWEEN_WORDS: frozenset[str] = frozenset(
    "\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{SINGLE LOW-9 QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{LEFT CORNER BRACKET}\N{LEFT WHITE CORNER BRACKET}"
) | {"``"}

# Characters after which a mark squeezed between two words opens, when it has
# nothing to close: the missing space in authorities."We were deceived."
OPENS_AFTER_SENTENCE_END = ".!?"

# Dialogue dashes.  French, Spanish, Italian, Portuguese and Russian texts open a
# turn of speech with a dash at the start of its paragraph and set the narrator's
# incise off with dashes inside it (— Non, — dit-il, — jamais. / —No —dijo—. Ya.).
# They are no quotation marks: the parser reads them only when asked to
# (``pair_quotes(..., dialogue_dash=True)``), see quoteattr/dialogue.py.
# The en dash is left out: bullets and number ranges use it.
DIALOGUE_DASHES = "\N{EM DASH}\N{HORIZONTAL BAR}"
