"""Which language a text is in, from the text alone: script, function words, quotation marks.

No model and no download: the letters' Unicode script narrows the candidates
(Cyrillic, kana, Latin), the language's most frequent short words
(its ``FUNCTION_WORDS``, which also list its commonest verbs of saying, and the
``DETECTION_WORDS`` a folder may add for detection alone) decide among
languages sharing a script, and the quotation marks a language's press opens
with („ in German, « in French) and the letters of its alphabet (ß, ü in German) break ties.  Only the first
:data:`SAMPLE` characters are read: a language shows in a paragraph or two.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

import regex

from quoteattr.lang.registry import available_languages

SAMPLE = 5_000  # characters read from the start of the text
DEFAULT = "en"  # the answer when the text gives no evidence (empty, numbers only)
_MARK_WEIGHT = 0.5  # an opening mark of the language counts half a function word
_LETTER_WEIGHT = 0.25  # a letter of the language's alphabet that English lacks (ß, ü) counts a quarter

_SCRIPTS = {
    "Cyrillic": regex.compile(r"\p{Cyrillic}"),
    "Kana": regex.compile(r"[\p{Hiragana}\p{Katakana}]"),
    "Han": regex.compile(r"\p{Han}"),
    "Latin": regex.compile(r"\p{Latin}"),
}
# Words are runs of characters that are neither whitespace nor punctuation or quotation marks: each
# punctuation mark is replaced by a space in one compiled scan, and the words are what splitting at
# whitespace leaves (``\s`` in a ``re`` pattern and ``str.split`` agree on what a space is).  A scan
# for the words themselves builds a match per word, and costs a fifth more; mapping each punctuation
# mark to a space with ``str.translate`` looks every character up in a table, and costs twice as much.
_PUNCTUATION = (
    ".,;:!?()[]{}\"'/\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{EM DASH}\N{EN DASH}\N{HORIZONTAL ELLIPSIS}\N{LEFT CORNER BRACKET}\N{RIGHT CORNER BRACKET}"
)
_PUNCTUATION_MARK = re.compile(f"[{re.escape(_PUNCTUATION)}]")
# The same for a text all in ASCII (its string says so without a scan), as a third of English news is:
# ``str.translate`` maps an ASCII string through a table of ASCII characters in one quick pass, where
# the scan tests each character against the class.
_ASCII_PUNCTUATION_TO_SPACE = str.maketrans(dict.fromkeys(filter(str.isascii, _PUNCTUATION), " "))


def _words(text: str) -> list[str]:
    """The words of ``text``: what is left between whitespace and punctuation.

    >>> _words("„Gut“, sagt er—nicht—„sehr gut…“")
    ['Gut', 'sagt', 'er', 'nicht', 'sehr', 'gut']
    >>> _words(" … — ")  # punctuation and spaces only: no word
    []
    >>> _words("U.S. (officials) said: don't")  # all ASCII
    ['U', 'S', 'officials', 'said', 'don', 't']
    """
    if text.isascii():
        return text.translate(_ASCII_PUNCTUATION_TO_SPACE).split()
    return _PUNCTUATION_MARK.sub(" ", text).split()


_NOT_LATIN = regex.compile(r"[\p{Cyrillic}\p{Hiragana}\p{Katakana}\p{Han}]")
# Every letter of those scripts lies at or above U+0400 and outside General Punctuation (curly quotation
# marks, dashes): a sample without such a character, as most Latin-script news is, needs no search for
# them, and the standard library's engine tells so several times faster than a search by script.
_MAYBE_NOT_LATIN = re.compile("[\u0400-\u1fff\u2070-\U0010ffff]")


def _scripts(sample: str) -> Counter[str]:
    """Letters per script; text with no letter outside Latin is counted in one pass."""
    # An all-ASCII sample (its string says so without a scan) is Latin or no script at all.
    if sample.isascii() or _MAYBE_NOT_LATIN.search(sample) is None or _NOT_LATIN.search(sample) is None:
        return Counter({"Latin": 1}) if _SCRIPTS["Latin"].search(sample) else Counter()
    counts = Counter({name: len(pattern.findall(sample)) for name, pattern in _SCRIPTS.items()})
    if counts["Kana"]:
        # Japanese writes with kana and kanji together; kana alone tells it from Chinese.
        counts["Kana"] += counts.pop("Han", 0)
    return +counts


class _Profile(NamedTuple):
    """What detection reads of a language: the small tables of its folder's ``__init__.py``."""

    code: str
    function_words: frozenset[str]
    scripts: frozenset[str]
    opening_marks: str
    letters: str


@functools.cache
def _profiles() -> tuple[_Profile, ...]:
    # The folders' packages only: their grammars are compiled when a language is used, not here.
    profiles = []
    for code in available_languages():
        folder = importlib.import_module(f"quoteattr.lang.{code}")
        profiles.append(
            _Profile(
                code,
                getattr(folder, "FUNCTION_WORDS", frozenset()) | getattr(folder, "DETECTION_WORDS", frozenset()),
                getattr(folder, "SCRIPTS", frozenset({"Latin"})),
                getattr(folder, "OPENING_MARKS", ""),
                getattr(folder, "LETTERS", ""),
            )
        )
    return tuple(profiles)


class _Candidates(NamedTuple):
    """What scoring reads of the languages sharing a script, gathered once for them all."""

    function_words: frozenset[str]  # of any of them
    languages_of: dict[str, tuple[int, ...]]  # a function word's languages, by their number
    characters: frozenset[str]  # the opening marks and letters any of them scores
    # Each of those characters' languages, by their number, with the weight it adds there once per
    # time it is written: a mark half a word, a letter a quarter, a character both counted as both.
    weights_of: dict[str, tuple[tuple[int, float], ...]]
    # The characters an all-ASCII sample may hold: it holds none of the others, counted nought.
    ascii_characters: tuple[str, ...]


@functools.cache
def _candidates(languages: tuple[_Profile, ...]) -> _Candidates:
    languages_of: dict[str, list[int]] = {}
    weights_of: dict[str, list[tuple[int, float]]] = {}
    for number, language in enumerate(languages):
        for word in language.function_words:
            languages_of.setdefault(word, []).append(number)
        for character in language.opening_marks:
            weights_of.setdefault(character, []).append((number, _MARK_WEIGHT))
        for character in language.letters:
            weights_of.setdefault(character, []).append((number, _LETTER_WEIGHT))
    return _Candidates(
        frozenset(languages_of),
        {word: tuple(numbers) for word, numbers in languages_of.items()},
        frozenset(weights_of),
        {character: tuple(weights) for character, weights in weights_of.items()},
        tuple(sorted(filter(str.isascii, weights_of))),
    )


@functools.cache
def _candidates_of_script(script: str) -> tuple[_Profile, ...]:
    """The languages written in ``script`` (kana: those written with hiragana too), in folder order.

    Which they are depends on the script alone: found once, not for every text.

    >>> [language.code for language in _candidates_of_script("Cyrillic")]
    ['ru']
    >>> _candidates_of_script("Hangul")  # no folder writes it
    ()
    """
    return tuple(
        language
        for language in _profiles()
        if script in language.scripts or (script == "Kana" and "Hiragana" in language.scripts)
    )


def _scores(languages: tuple[_Profile, ...], words: Counter[str], counts: dict[str, int]) -> list[float]:
    """Each candidate's score: its function words among the sample's ``words``, plus its opening
    marks and letters, weighted, from ``counts``.

    ``words`` may hold every word of the sample or only the candidates' function words
    (:func:`_function_words_in`, what detection passes): the others score nothing.

    >>> languages = tuple(language for language in _profiles() if language.code in ("de", "en"))
    >>> sample = "the man und der „mann“ the"
    >>> words, counts = Counter(sample.split()), _counts(sample, languages)
    >>> _scores(languages, words, counts)  # German: "und", "der" and „; English: "the" twice and “
    [2.5, 2.5]
    >>> _scores(languages, _function_words_in(sample, languages), counts)  # the same from the function words
    [2.5, 2.5]
    >>> _scores(languages, Counter(["man"]), _counts("man", languages))  # no function word, mark or letter
    [0.0, 0.0]
    """
    table = _candidates(languages)
    languages_of = table.languages_of
    scores = [0.0] * len(languages)
    for word, count in words.items():
        for number in languages_of.get(word, ()):
            scores[number] += count
    # Only the marks and letters written add to a score, each its weight for each time.  Every term is
    # a whole number of quarters, far below the 53 bits of a float's mantissa: each sum is exact,
    # whatever order its terms are added in.
    weights_of = table.weights_of
    for character, count in counts.items():
        if count:
            for number, weight in weights_of[character]:
                scores[number] += weight * count
    return scores


def _function_words_in(sample: str, candidates: tuple[_Profile, ...]) -> Counter[str]:
    """How often each of the candidates' function words occurs in ``sample``, as a lower-case word.

    Only these words score, and they are a minority of a sample's words: counted as they are found,
    the others are never filed in the counter.

    >>> english = tuple(language for language in _profiles() if language.code == "en")
    >>> _function_words_in("The plan, the man.", english)["the"]
    2
    >>> "plan" in _function_words_in("The plan, the man.", english)  # no function word: not counted
    False
    """
    return Counter(filter(_candidates(candidates).function_words.__contains__, _words(sample.lower())))


def _counts(sample: str, candidates: Sequence[_Profile]) -> dict[str, int]:
    """How often each mark and letter the candidates score by occurs in ``sample``, each counted once.

    Languages share marks and letters (“ opens English and closes German quotes), and each count
    reads the whole sample: counted for each language, the same one was read for each.

    >>> german = next(language for language in _profiles() if language.code == "de")
    >>> _counts("„Gut“, sagt er. „Süß“", [german])["„"]
    2
    """
    table = _candidates(tuple(candidates))
    if not sample.isascii():
        return {character: sample.count(character) for character in table.characters}
    # A sample all in ASCII (its string says so without a scan) holds none of the other characters.
    counts = dict.fromkeys(table.characters, 0)
    for character in table.ascii_characters:
        counts[character] = sample.count(character)
    return counts


def detect_language(text: str, *, default: str = DEFAULT) -> str:
    """The code of the language ``text`` is written in, among the language folders.

    >>> detect_language("“We need a global NATO,” Truss said on Wednesday.")
    'en'
    >>> detect_language("„Wir schaffen das“, sagte die Bundeskanzlerin am Montag in Berlin.")
    'de'
    >>> detect_language("— Нет, — сказал он, — я не поеду.")
    'ru'
    >>> detect_language("12345")  # no evidence: the default
    'en'
    """
    sample = text[:SAMPLE]
    scripts = _scripts(sample)
    if not scripts:
        return default
    # Most texts have letters of one script: no ranking of one count.
    script = next(iter(scripts)) if len(scripts) == 1 else scripts.most_common(1)[0][0]
    candidates = _candidates_of_script(script)
    if not candidates:
        return default
    if len(candidates) == 1:
        return candidates[0].code
    words = _function_words_in(sample, candidates)
    counts = _counts(sample, candidates)
    # The highest score wins, the default language on a tie, then the first of the candidates.
    scores = _scores(candidates, words, counts)
    score, _, first = max(
        (scores[number], language.code == default, -number) for number, language in enumerate(candidates)
    )
    return candidates[-first].code if score > 0 else default
