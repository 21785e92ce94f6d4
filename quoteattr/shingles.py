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

import re
import unicodedata
import zlib
from dataclasses import dataclass

import regex

from quoteattr.data.stopwords import STOPWORDS

# Letters and digits, with inner apostrophes kept (don't, Lavrov's): run on normalised text only.
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*")

# Words, or a character that ends a sentence inside a quote: one pass over the text finds both.  The
# semicolon is included because translations of one utterance disagree on whether a clause ends with
# "." or ";".
_TOKEN = regex.compile(r"([\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*)|[.!?;\N{HORIZONTAL ELLIPSIS}]")
# The same two patterns for ASCII text, where letters and digits are [a-zA-Z0-9]: the standard library's
# engine runs a plain character class markedly faster than ``regex`` runs Unicode properties, and most
# quotes are ASCII once normalised.
_ASCII_WORD = re.compile(r"[a-zA-Z0-9]+(?:'[a-zA-Z0-9]+)*")
_ASCII_TOKEN = re.compile(r"([a-zA-Z0-9]+(?:'[a-zA-Z0-9]+)*)|[.!?;]")
_COMBINING = regex.compile(r"\p{Mn}+")
_DIGIT = regex.compile(r"\d")

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
    """
    folded = normalise(text)
    return (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)


def _stable_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


class Vocabulary:
    """Gives each distinct word a one-character code, a stable hash and the stable hash of its stem.

    One vocabulary serves one clustering run (or one index transaction): codes are only compared
    between quotes prepared with the same vocabulary.  Hashes do not depend on it.
    """

    __slots__ = ("_entries",)

    def __init__(self) -> None:
        self._entries: dict[str, tuple[str, int, int]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def codes(self) -> list[tuple[str, str]]:
        """Every ``(code, word)`` given so far, in the order given."""
        return [(entry[0], word) for word, entry in self._entries.items()]

    def code(self, word: str) -> str:
        """The one-character code of a word."""
        found = self._entries.get(word)
        return found[0] if found is not None else self.entry(word)[0]

    def encode(self, text: str) -> str:
        """The codes of the words of ``text``, one character a word: what :func:`shingle` gives as ``codes``.

        >>> v = Vocabulary()
        >>> v.encode("We need a global NATO.") == shingle("we need a GLOBAL Nato", v).codes
        True
        >>> v.encode("...")
        ''
        """
        known, entry = self._entries.get, self.entry
        return "".join([(known(word) or entry(word))[0] for word in words(text)])

    def entry(self, word: str) -> tuple[str, int, int]:
        """``(code, hash, stem hash)`` of a word (stem hash 0 for a stopword), assigned on first sight."""
        found = self._entries.get(word)
        if found is None:
            number = len(self._entries) + 0x100
            if number >= 0xD800:  # skip the surrogate block, which is not a valid character
                number += 0x800
            stem = 0 if word in STOPWORDS else _stable_hash(word[:STEM_LENGTH]) | 1
            found = (chr(number), _stable_hash(word), stem)
            self._entries[word] = found
        return found


@dataclass(frozen=True, slots=True)
class Shingled:
    """A quote prepared for comparison: word codes, sentence breaks, word hashes and content stems."""

    codes: str
    """One character per normalised word (see :class:`Vocabulary`)."""
    breaks: tuple[int, ...]
    """Word positions where sentences start, plus ``len(codes)`` at the end."""
    hashes: tuple[int, ...]
    """Stable hash of each word."""
    stems: tuple[int, ...]
    """Stable hash of each word's stem, 0 for a stopword."""
    numbers: frozenset[str] = frozenset()
    """The words holding a digit: two statements that differ only in a number are two statements."""

    def __len__(self) -> int:
        return len(self.codes)

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
    """
    folded = normalise(text)
    tokens = (_ASCII_TOKEN if folded.isascii() else _TOKEN).findall(folded)  # a word, or "" where a sentence may end
    if "" in tokens:
        # A sentence ends at . ! ? ; or … between two words, except after a single letter (U.S., J. Smith).
        found: list[str] = []
        breaks = [0]
        pending = False
        for token in tokens:
            if not token:
                pending = pending or (bool(found) and len(found[-1]) > 1)
                continue
            if pending:
                breaks.append(len(found))
                pending = False
            found.append(token)
        tokens = found
        breaks.append(len(tokens))
    else:
        breaks = [0, len(tokens)]
    if not tokens:
        return Shingled("", (0, 0), (), (), frozenset())
    known, entry = vocabulary._entries.get, vocabulary.entry
    codes, hashes, stems = zip(*[known(token) or entry(token) for token in tokens], strict=True)
    # A word of letters alone holds no digit: the pattern runs only on the others.
    has_digit = _DIGIT.search
    numbers = (
        frozenset(token for token in tokens if not token.isalpha() and has_digit(token))
        if has_digit(folded)
        else frozenset()
    )
    return Shingled("".join(codes), tuple(breaks), hashes, stems, numbers)


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
    keys: set[int] = set()
    b = shingled.breaks
    for n in range(len(b) - 1):
        keys.update(sentence_band_keys(shingled.stems[b[n] : b[n + 1]], min_content=min_content))
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
    s0, s1, s2, s3, s4, s5, s6, s7 = map(min, zip(*map(_PERMUTED.__getitem__, content), strict=True))
    return (hash((0, s0, s1)), hash((1, s2, s3)), hash((2, s4, s5)), hash((3, s6, s7)))
