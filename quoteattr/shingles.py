"""Words, sentences and blocking keys of a quote, prepared once for comparison.

Two renderings of one utterance differ in case, punctuation, diacritics,
apostrophes and trimming, so every comparison is made on *normalised words*:
NFKD with combining marks dropped, case-folded, one apostrophe.  Each distinct
word is then given a one-character code by a :class:`Vocabulary`, so a quote
becomes a short string with one character per word; RapidFuzz's edit distances
on those strings are word-level distances, and ``a in b`` is a word-boundary
containment test, both at C speed.

Blocking keys say which quotes are worth comparing at all, so that clustering
never looks at all pairs:

* every run of three words (a *trigram*), which any repeat, trim or fragment of
  five words or more shares with its source;
* MinHash bands over the content words of each sentence, which a translation
  variant shares with its source even when no three words in a row survive.

Hashes are computed from the words themselves (CRC-32, fixed MinHash
constants, and ``hash()`` of tuples of those ints), never from the ``hash()`` of
a string, which changes from one process to the next: the same quote gets the
same keys in every process, which is what lets a Dask worker reach exactly the
clusters a single process reaches.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from dataclasses import dataclass, field

import regex

from quoteattr.data.stopwords import STOPWORDS

# Letters and digits, with inner apostrophes kept (don't, Lavrov's): run on normalised text only.
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*")

# Words, or a character that ends a sentence inside a quote: one pass over the text finds both.  The
# semicolon is included because translations of one utterance disagree on whether a clause ends with
# "." or ";".
_TOKEN = regex.compile(r"([\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*)|[.!?;\N{HORIZONTAL ELLIPSIS}]")
# ASCII text (most quotes once normalised), where letters and digits are [a-zA-Z0-9], is split without a
# pattern engine walking it match by match: an apostrophe not between two of those is read as a space (a
# pattern that starts with the apostrophe itself, which the engine finds as fast as ``str.find``), every
# other character that is none of them is read as a space, or as "." where it ends a sentence, and
# ``str.split`` cuts the words (a "." set apart by spaces first, so that it is a token of its own).  The
# table maps one ASCII character to one, which ``str.translate`` runs as a C loop over a small cache: the
# three loops cost about half of what the pattern engine spends finding the same words and sentence ends
# (a test checks every ASCII character and random ASCII texts against the Unicode patterns).
_LONE_APOSTROPHE = re.compile(r"'(?:(?<![a-zA-Z0-9]')|(?![a-zA-Z0-9]))")


def _ascii_table(sentence_end: str) -> dict[int, str]:
    # Every ASCII character but letters, digits and the apostrophe read as a space, a sentence end as given.
    table = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "'")}
    table.update(dict.fromkeys(map(ord, ".!?;"), sentence_end))
    return table


_ASCII_TOKENS = _ascii_table(".")
_ASCII_WORDS = _ascii_table(" ")
_SENTENCE_ENDS = frozenset(("", "."))
"""The tokens that stand for a sentence end: "" from the Unicode pattern, "." from ASCII splitting."""
_COMBINING = regex.compile(r"\p{Mn}+")
_DIGIT = regex.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")

# Punctuation common around and inside quotes that is neither part of a word nor a sentence end: read as a
# space before splitting, which finds the same words and sentence ends, so that a text whose only
# characters outside ASCII are these (most of the others) is split by the ASCII patterns.
_SPACES = (
    "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    "\N{EM DASH}",
    "\N{EN DASH}",
    "\N{HORIZONTAL BAR}",
)

# Apostrophe look-alikes folded to ASCII ' before splitting words.
_APOSTROPHES = str.maketrans(
    {
        "\N{RIGHT SINGLE QUOTATION MARK}": "'",
        "\N{LEFT SINGLE QUOTATION MARK}": "'",
        "\N{MODIFIER LETTER APOSTROPHE}": "'",
        "\N{PRIME}": "'",
        "\N{GRAVE ACCENT}": "'",
        "\N{ACUTE ACCENT}": "'",
    }
)
_APOSTROPHE_MARKS = tuple(map(chr, _APOSTROPHES))

"""Function words, pronouns and speech verbs: what a paraphrase changes freely ("I" becomes "she").

Content words are the rest.  The list is deliberately short and English only; a word missing here only
makes the paraphrase test a little stricter, never wrong.
"""

STEM_LENGTH = 5
"""Content words are compared on their first five letters: threat/threats, defend/defence, ensure/ensuring.

Crude on purpose: it needs no word list, and a false conflation of two content words only raises one
score among several that must all agree.
"""

_MASK = (1 << 61) - 1  # a Mersenne prime: MinHash arithmetic modulo it stays exact in Python ints
_NUM_PERM = 8  # four bands of two rows each
# Fixed (a, b) pairs for the MinHash permutations h(x) = (a*x + b) mod p; any odd constants would do.
_PERMUTATIONS = tuple(
    ((0x9E3779B97F4A7C15 * (i + 1)) & _MASK | 1, (0xC2B2AE3D27D4EB4F * (i + 7)) & _MASK) for i in range(_NUM_PERM)
)
_TRIGRAM_TAG = 1 << 62


def normalise(text: str) -> str:
    """Case-folded text with diacritics stripped and apostrophes unified: the form every comparison uses.

    >>> normalise("Le Drian’s CAFÉ")
    "le drian's cafe"
    """
    if text.isascii():  # the common case: one look-alike at most, and no decomposition
        return (text.replace("`", "'") if "`" in text else text).casefold()
    # Each look-alike present replaced in turn: the same as text.translate(_APOSTROPHES), several times
    # faster (translate looks every character of the text up in the table).
    for mark in _APOSTROPHE_MARKS:
        if mark in text:
            text = text.replace(mark, "'")
    if text.isascii():  # curly apostrophes were the only non-ASCII characters
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def words(text: str) -> list[str]:
    """The normalised words of ``text``.

    >>> words("“We need a global NATO,” – Truss")
    ['we', 'need', 'a', 'global', 'nato', 'truss']
    >>> words("'Rock'n'roll' isn''t dead.")
    ["rock'n'roll", 'isn', 't', 'dead']
    """
    folded = _split_form(text)
    return _ascii_split(folded, _ASCII_WORDS) if folded.isascii() else _WORD.findall(folded)


def _ascii_split(folded: str, table: dict[int, str]) -> list[str]:
    # The words of ASCII text as the patterns find them, with "." for each sentence end (_ASCII_TOKENS).
    if "'" in folded:
        folded = _LONE_APOSTROPHE.sub(" ", folded)
    spaced = folded.translate(table)
    if "." in spaced:
        spaced = spaced.replace(".", " . ")
    return spaced.split()


def _split_form(text: str) -> str:
    # The normalised text with the punctuation of _SPACES read as spaces: the same words and sentence ends.
    folded = normalise(text)
    if not folded.isascii():
        for mark in _SPACES:
            if mark in folded:
                folded = folded.replace(mark, " ")
    return folded


def _stable_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


_NO_NUMBERS: frozenset[str] = frozenset()

_MARK = "."
"""What a sentence end becomes among a text's word codes while it is split (codes start at U+0100)."""


class _Codes(dict[str, str]):
    """Word -> one-character code; a word not seen before gets the next code (see :class:`Vocabulary`).

    A dictionary whose misses assign, so that a text's look-ups run in one C loop (``map`` over its words).
    """

    __slots__ = ("entries", "short", "stems")

    def __init__(self) -> None:
        super().__init__(dict.fromkeys(_SENTENCE_ENDS, _MARK))  # the tokens that stand for a sentence end
        self.stems: dict[str, int] = dict.fromkeys(_SENTENCE_ENDS, 0)
        """Word -> stable hash of its stem, 0 for a stopword (and for a sentence end)."""
        self.short: set[str] = set()
        """The codes of one-character words, after which a full stop ends no sentence (U.S., J. Smith)."""
        self.entries: list[str] = []
        """The words in the order given: code ``n`` (counting from U+0100, surrogates skipped) is ``entries[n]``."""

    def __missing__(self, word: str) -> str:
        number = len(self.entries) + 0x100
        if number >= 0xD800:  # skip the surrogate block, which is not a valid character
            number += 0x800
        code = self[word] = chr(number)
        self.entries.append(word)
        self.stems[word] = 0 if word in STOPWORDS else _stable_hash(word[:STEM_LENGTH]) | 1
        if len(word) == 1:
            self.short.add(code)
        return code


class Vocabulary:
    """Gives each distinct word a one-character code, and knows each word's stable hash and stem hash.

    One vocabulary serves one clustering run (or one index transaction): codes are only compared
    between quotes prepared with the same vocabulary.  Hashes do not depend on it.
    """

    __slots__ = ("_codes",)

    def __init__(self) -> None:
        self._codes = _Codes()

    def __len__(self) -> int:
        return len(self._codes.entries)

    def codes(self) -> list[tuple[str, str]]:
        """Every ``(code, word)`` given so far, in the order given."""
        return [(code, word) for word, code in self._codes.items() if code != _MARK]

    def code(self, word: str) -> str:
        """The one-character code of a word."""
        return self._codes[word]

    def word(self, code: str) -> str:
        """The word a code stands for.

        >>> v = Vocabulary()
        >>> v.word(v.code("nato"))
        'nato'
        """
        number = ord(code) - 0x100
        return self._codes.entries[number - 0x800 if number >= 0xD800 - 0x100 else number]

    def encode(self, text: str) -> str:
        """The codes of the words of ``text``, one character a word: what :func:`shingle` gives as ``codes``.

        >>> v = Vocabulary()
        >>> v.encode("We need a global NATO.") == shingle("we need a GLOBAL Nato", v).codes
        True
        >>> v.encode("...")
        ''
        """
        return "".join(map(self._codes.__getitem__, words(text)))

    def entry(self, word: str) -> tuple[str, int, int]:
        """``(code, hash, stem hash)`` of a word (stem hash 0 for a stopword), assigned on first sight.

        >>> v = Vocabulary()
        >>> v.entry("the")[2], v.entry("threats")[2] == v.entry("threat")[2] != 0
        (0, True)
        """
        code = self._codes[word]
        return code, _stable_hash(word), self._codes.stems[word]


@dataclass(frozen=True, slots=True)
class Shingled:
    """A quote prepared for comparison: word codes, sentence breaks, content stems and numbers."""

    codes: str
    """One character per normalised word (see :class:`Vocabulary`)."""
    breaks: tuple[int, ...]
    """Word positions where sentences start, plus ``len(codes)`` at the end."""
    stems: tuple[int, ...]
    """Stable hash of each word's stem, 0 for a stopword."""
    numbers: frozenset[str] = frozenset()
    """The words holding a digit: two statements that differ only in a number are two statements."""
    vocabulary: Vocabulary | None = field(default=None, compare=False, repr=False)
    """The vocabulary that gave the codes: it tells the words (and their hashes) again."""

    def __len__(self) -> int:
        return len(self.codes)

    @property
    def hashes(self) -> tuple[int, ...]:
        """Stable hash of each word (read from the vocabulary: only :func:`trigram_keys` needs them).

        >>> s = shingle("We need NATO", Vocabulary())
        >>> s.hashes == tuple(_stable_hash(w) for w in ("we", "need", "nato"))
        True
        """
        vocabulary = self.vocabulary
        if vocabulary is None:
            raise ValueError("word hashes need the vocabulary that prepared the quote")
        return tuple(_stable_hash(vocabulary.word(code)) for code in self.codes)

    def sentences(self) -> list[str]:
        """The code strings of the sentences."""
        b = self.breaks
        return [self.codes[b[i] : b[i + 1]] for i in range(len(b) - 1)]

    def content(self) -> set[int]:
        """The distinct content stems of the whole quote."""
        return {s for s in self.stems if s}

    def sentence_content(self) -> list[set[int]]:
        """The distinct content stems of each sentence."""
        b = self.breaks
        return [{s for s in self.stems[b[i] : b[i + 1]] if s} for i in range(len(b) - 1)]


def shingle(text: str, vocabulary: Vocabulary) -> Shingled:
    """Prepare ``text`` for :func:`quoteattr.cluster.similarity` and for blocking.

    >>> s = shingle("We need a global NATO. I mean it!", Vocabulary())
    >>> len(s), s.breaks
    (8, (0, 5, 8))
    >>> shingle("The U.S. will act. J. Smith agrees.", Vocabulary()).breaks  # none ends after one letter
    (0, 5, 8)
    """
    folded = _split_form(text)
    ascii_text = folded.isascii()
    # Each token a word, or "." (ASCII) or "" where a sentence may end: their codes, with _MARK for the ends.
    tokens = _ascii_split(folded, _ASCII_TOKENS) if ascii_text else _TOKEN.findall(folded)
    table = vocabulary._codes
    marked = "".join(map(table.__getitem__, tokens))
    if _MARK in marked:
        codes, breaks = _sentences(marked, table.short)
        tokens = list(itertools.filterfalse(_SENTENCE_ENDS.__contains__, tokens))
    else:
        codes, breaks = marked, (0, len(marked))
    # A word of letters alone holds no digit: the pattern runs only on the others (a C loop, no Python a word).
    has_digit = (_ASCII_DIGIT if ascii_text else _DIGIT).search
    numbers = (
        frozenset(filter(has_digit, itertools.filterfalse(str.isalpha, tokens))) if has_digit(folded) else _NO_NUMBERS
    )
    return Shingled(codes, breaks, tuple(map(table.stems.__getitem__, tokens)), numbers, vocabulary)


def _sentences(marked: str, single: set[str]) -> tuple[str, tuple[int, ...]]:
    # Word codes with _MARK where a sentence may end -> the codes alone and the sentence breaks.  A
    # sentence ends at a mark between two words, except after a one-letter word (U.S., J. Smith).
    breaks = [0]
    length = 0
    cut = False
    for piece in marked.split(_MARK):
        if piece:
            if cut:
                breaks.append(length)
            length += len(piece)
            cut = piece[-1] not in single
    breaks.append(length)
    return marked.replace(_MARK, ""), tuple(breaks)


def _combine(values: tuple[int, ...] | list[int]) -> int:
    acc = 0
    for value in values:
        acc = (acc * 1_000_003 + value) & _MASK
    return acc


def trigram_keys(shingled: Shingled) -> set[int]:
    """Hashes of every run of three words (of the whole quote when it is shorter).

    >>> v = Vocabulary()
    >>> trigram_keys(shingle("a b c d", v)) >= trigram_keys(shingle("B, C, D", v))
    True
    """
    h = shingled.hashes
    low = _TRIGRAM_TAG - 1
    if len(h) < 3:
        return {_TRIGRAM_TAG | (_combine(h) & low)} if h else set()
    return {_TRIGRAM_TAG | (((h[i] << 40) ^ (h[i + 1] << 20) ^ h[i + 2]) & low) for i in range(len(h) - 2)}


class _Permutations(dict[int, tuple[int, ...]]):
    """A stem's value under each MinHash permutation, computed on first sight: a corpus has few distinct stems.

    A plain dictionary whose misses compute the value, so that a sentence's look-ups run in one C loop.
    """

    def __missing__(self, stem: int) -> tuple[int, ...]:
        if len(self) >= 1 << 18:  # bounded, whatever the corpus
            self.clear()
        value = self[stem] = tuple((a * stem + b) & _MASK for a, b in _PERMUTATIONS)
        return value


_PERMUTED = _Permutations()


def band_keys(shingled: Shingled, *, min_content: int = 3) -> set[int]:
    """MinHash band keys of each sentence's content stems (sentences with fewer than ``min_content`` skipped).

    Two sentences whose content-stem sets have Jaccard similarity J share a band with probability
    1 - (1 - J**2)**4: about 0.87 at J = 0.6 and 0.5 at J = 0.4.

    >>> v = Vocabulary()
    >>> a = band_keys(shingle("NATO must have a global vision to deal with threats", v))
    >>> a == band_keys(shingle("Nato must have a global vision, to deal with threat!", v))
    True
    """
    stems, b = shingled.stems, shingled.breaks
    if len(b) == 2:  # one sentence: no slicing
        return set(sentence_band_keys(stems, min_content=min_content))
    keys: set[int] = set()
    for start, end in itertools.pairwise(b):
        if end - start >= min_content:  # fewer words hold fewer content stems
            keys.update(sentence_band_keys(stems[start:end], min_content=min_content))
    return keys


def sentence_band_keys(stems: tuple[int, ...], *, min_content: int = 3) -> tuple[int, ...]:
    """The band keys of one sentence, given its words' stem hashes (0 for a stopword; order does not matter).

    >>> len(sentence_band_keys((11, 0, 13, 17))), sentence_band_keys((11, 0, 13))
    (4, ())
    """
    content = set(stems)
    content.discard(0)
    if len(content) < min_content:
        return ()
    # The signature, then one key per band of two rows: a hash of the band's number and its two minima
    # (a tuple of ints hashes the same in every process).
    s0, s1, s2, s3, s4, s5, s6, s7 = map(min, zip(*map(_PERMUTED.__getitem__, content)))  # noqa: B905
    return (hash((0, s0, s1)), hash((1, s2, s3)), hash((2, s4, s5)), hash((3, s6, s7)))
