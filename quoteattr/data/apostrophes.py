"""Where a quote-like character is an apostrophe, not a quotation mark.

Each entry is a regular-expression fragment matching the apostrophe *itself*
(with look-arounds for its context).  Apostrophes are decided before pairing so
that one elided word cannot unbalance a whole paragraph.
"""

from __future__ import annotations

# The characters that may serve as apostrophes: straight, right single (the
# typographic apostrophe), and left single (autocorrect's wrong curl in ‘90s).
APOSTROPHE_CHARS = "'\N{RIGHT SINGLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}"

# Words that start with an elided letter: ’em, ’til, ’tis, ’twas, ’cause, ’bout.
ELIDED_WORDS = ("em", "til", "tis", "twas", "cause", "bout", "round", "nuff", "kay", "ere")
# The same at the start of a sentence: ’Tis the season.  Not Round, Kay or Ere,
# which as capitalised words start ordinary quotations and names (‘Kay said no’).
CAPITALISED_ELIDED_WORDS = ("Em", "Til", "Tis", "Twas", "Cause", "Bout", "Nuff")

_A = f"[{APOSTROPHE_CHARS}]"

APOSTROPHE_PATTERNS: tuple[str, ...] = (
    # Inside a word: don’t, O’Neill, Côte d’Ivoire, rock’n’roll.
    rf"(?<=\w){_A}(?=\w)",
    # rock ’n’ roll, fish ’n’ chips: both marks around the n.
    rf"(?<!\w){_A}(?=n{_A}(?!\w))",
    rf"(?<=(?<!\w){_A}n){_A}(?!\w)",
    # Decades and years: the ’90s, class of ’04.
    rf"(?<!\w){_A}(?=\d\d(?:s\b|(?!\d)))",
    # Elided word starts: ’em, ’til, ’tis, and ’Tis at the start of a sentence.
    rf"(?<!\w){_A}(?=(?:{'|'.join(ELIDED_WORDS + CAPITALISED_ELIDED_WORDS)})\b)",
)

# An opener of one of these characters that never closes was an apostrophe after
# all (’Allo ’allo, 'cos).  ‘ is left out: it is how English quotes open, so an
# unclosed ‘ is reported as an unclosed quote.
UNCLOSED_AS_APOSTROPHE = "'\N{RIGHT SINGLE QUOTATION MARK}"

# Word endings after which a closing-looking ’ followed by a word may be an
# apostrophe (a regular-expression fragment, matched against the end of the
# word): possessives after s, x or z (Truss’ remarks, the dogs’ bowls, Velázquez’
# paintings) and a dropped g (goin’ home, nothin’ doing).  Inside a single-quoted
# quotation it is taken as one only when a later mark of the paragraph could
# close the quotation instead: ‘Truss’ remarks were wrong,’ he said.
TRAILING_APOSTROPHE_AFTER = r"(?i:[sxz]|\w\win)"
