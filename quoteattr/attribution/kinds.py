"""Kinds of quotation: ``direct`` (someone's sentence), ``partial`` (a fragment in the writer's
sentence) or ``term`` (scare quotes, the name of a work)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from quoteattr.attribution.rules import QuoteContext, _close_end
from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.patterns import NEVER
from quoteattr.spans import QuoteSpan
from quoteattr.text import Index

_WORD = regex.compile(r"\w+")
# Whether a span ends like a sentence.  Read backwards from the span's end, where any match ends:
# a forward search would try, and fail at, every character before it.
_SENTENCE_FINAL = regex.compile(r"(?r)[.!?\N{HORIZONTAL ELLIPSIS}][\"'”’»)]*\s*\Z")


def _never(pattern: regex.Pattern[str] | re.Pattern[str]) -> bool:
    """Whether ``pattern`` is a production the language leaves out (it never matches): nothing to test for it.

    >>> _never(regex.compile(NEVER)), _never(_WORD)
    (True, False)
    """
    return pattern.pattern == NEVER


def _words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


# Characters that hold a few words of running text, to count the first words without reading a long span.
_CHARACTERS_PER_WORD = 8


def _pieces_words_up_to(text: str, pieces: Sequence[tuple[int, int]], most: int) -> int:
    """The words of a quote's pieces, counted up to ``most``: a test for "at least" need read no further.

    A word never spans two pieces.  Of a long piece, the words of its first ``8 * n`` characters
    are counted first, ``n`` the words still wanted: each is (the start of) a word of the piece,
    so when there are ``n`` of them the piece holds ``n`` at least.

    >>> text = "one two three four five six seven " * 20
    >>> _pieces_words_up_to(text, [(0, len(text))], 6), _pieces_words_up_to(text, [(0, 13)], 6)
    (6, 3)
    >>> split = "“We will,” he said, “not go.”"
    >>> _pieces_words_up_to(split, [(1, 8), (21, 27)], 3), _pieces_words_up_to(split, [(1, 8), (21, 27)], 6)
    (3, 4)
    >>> _pieces_words_up_to("a" * 99, [(0, 99)], 2)  # one long word
    1
    """
    found = 0
    for start, end in pieces:
        wanted = most - found
        reach = start + _CHARACTERS_PER_WORD * wanted
        if reach < end and len(_WORD.findall(text, start, reach)) >= wanted:
            return most
        found += len(_WORD.findall(text, start, end))
        if found >= most:
            return most
    return found


# What may stand between a sentence's start and a quote that opens it: "— „…“", "Mr. Smith: “…”".
_BEFORE_SENTENCE = " \t\N{EM DASH}\N{EN DASH}-:"

_NESTED_TERM_WORDS = 4  # a quote inside a quote of at most this many words is a term
# A quote inside a quote in one piece of at most this many characters is a term whatever they are:
# ``n`` characters hold at most ``(n + 1) // 2`` words (see :func:`_at_most_words`).
_NESTED_TERM_CHARACTERS = 2 * _NESTED_TERM_WORDS


def _at_most_words(pieces: Sequence[tuple[int, int]], most: int) -> bool:
    """Whether ``pieces`` are too short to hold more than ``most`` words, whatever their characters.

    Words are separated by at least one other character, so ``n`` characters hold at most
    ``(n + 1) // 2`` of them: most quotes inside quotes are short enough to need no counting.

    >>> _at_most_words([(0, 8)], 4), _at_most_words([(0, 9)], 4), _at_most_words([(0, 3), (10, 13)], 4)
    (True, False, True)
    """
    if len(pieces) == 1:  # most quotes: no generator to sum
        start, end = pieces[0]
        return (end - start + 1) // 2 <= most
    return sum((end - start + 1) // 2 for start, end in pieces) <= most


# More words than a term holds, one after another: one search tells, where counting them makes a list of them.
_MORE_THAN_TERM_WORDS = regex.compile(rf"\w+(?:\W+\w+){{{_NESTED_TERM_WORDS}}}")


def _nested_kind(text: str, pieces: Sequence[tuple[int, int]]) -> str:
    """A quote inside a quote taken alone: ``term`` up to four words, else ``partial``.

    Its length alone decides, so its sentence is not looked up; most are too short to need counting.
    A quote in one piece (most) is searched for a fifth word rather than its words counted.

    >>> _nested_kind("‘so-called’", [(1, 10)]), _nested_kind("‘we will not go back’", [(1, 20)])
    ('term', 'partial')
    >>> _nested_kind("‘we will, not, go’", [(1, 17)]), _nested_kind("‘we will’ ‘not go back’", [(1, 8), (11, 22)])
    ('term', 'partial')
    """
    if _at_most_words(pieces, _NESTED_TERM_WORDS):
        return "term"
    if len(pieces) == 1:
        return "partial" if _MORE_THAN_TERM_WORDS.search(text, *pieces[0]) else "term"
    words = _pieces_words_up_to(text, pieces, _NESTED_TERM_WORDS + 1)
    return "term" if words <= _NESTED_TERM_WORDS else "partial"


def _classify_unattributed(ctx: QuoteContext) -> str:
    """``direct`` for a quoted sentence, ``term`` for scare quotes and names.

    Only whether a quote has at least six words, or at most three, tells: its words are counted up to six.
    """
    text, quote, open_mark = ctx.text, ctx.quote, ctx.open_mark
    if quote.depth > 0:
        return _nested_kind(text, quote.pieces)
    pieces = quote.pieces
    sentence = ctx.sentence
    starts_sentence = not text[sentence[0] : open_mark].strip(_BEFORE_SENTENCE)
    paragraph = ctx.index.paragraphs[quote.paragraph]
    if starts_sentence and not text[_close_end(text, quote) : paragraph[1]].strip(" \t.,;:!?"):
        return "direct"  # a whole paragraph in quotes is someone's turn of speech (“Bingley.”)
    if _quote_title_case(ctx) and not _title_case(ctx.grammar, text, [(sentence[0], open_mark)]):
        # ''Tales From the Crypt,'' an HBO series: the name of a work.  In a headline, where
        # every word is capitalised, a quote in title case may still be someone's words.
        return "term"
    words = _pieces_words_up_to(text, pieces, 6)
    if words >= 6 and (starts_sentence or _SENTENCE_FINAL.search(text, pieces[-1][0], pieces[-1][1])):
        return "direct"
    if words <= 3:
        return "term"
    return "partial" if not starts_sentence else "direct"


def _quote_title_case(ctx: QuoteContext) -> bool:
    """Whether the words of the quotation of ``ctx`` are in title case, worked out once per quotation.

    >>> from quoteattr.attribution.quote_rules import _context
    >>> _quote_title_case(_context("He hosts “The Art of the Deal” now.")), _quote_title_case(_context("“We win.”"))
    (True, False)
    """
    title_case = ctx.title_case
    if title_case is None:
        title_case = ctx.title_case = _title_case(ctx.grammar, ctx.text, ctx.quote.pieces)
    return title_case


def _title_case(grammar: AttributionGrammar, text: str, pieces: Sequence[tuple[int, int]]) -> bool:
    """“The Art of the Deal”, ''Today'': a name in title case, at most 12 words, every one but the
    small words capitalised.  Stops at the first word that is not."""
    words = content = 0
    for s, e in pieces:
        for match in _WORD.finditer(text, s, e):
            word = match.group()
            words += 1
            if words > 12:
                return False
            if word.lower() in grammar.TITLE_SMALL_WORDS:
                continue
            if not (word[0].isupper() or word[0].isdigit()):
                return False
            content += 1
    return content > 0


def _just_before(pattern: regex.Pattern[str], text: str, index: Index, open_mark: int) -> bool:
    """Whether ``pattern`` ends right at the opening mark, within its sentence and 80 characters.

    A noun that names the quote after it stands next to it; looking further back would take
    a noun of an earlier clause for the quote's own.
    """
    lo = index.sentences[index.sentence_of(open_mark)][0]
    return pattern.search(text, max(lo, open_mark - 80), open_mark) is not None


def _named_by_noun(grammar: AttributionGrammar, text: str, index: Index, quote: QuoteSpan, open_mark: int) -> bool:
    """A quote right after a noun that names it is the name of a thing, nobody's words.

    German "die Fernsehserie „In aller Freundschaft“", "des Trägers „Omni-Sport“": the quote
    opens with a capital, ends without a full stop and is at most 12 words long.  A language
    without a ``NAMING_NOUN`` production never finds one.

    >>> from quoteattr.lang import get_language
    >>> from quoteattr.spans import pair_quotes
    >>> def named(text: str) -> bool:
    ...     lang = get_language("de")
    ...     quote = pair_quotes(text).quotes[0]
    ...     assert lang.attribution is not None
    ...     return _named_by_noun(lang.attribution, text, Index(text, lang), quote, quote.start - 1)
    >>> named("Er spielte in der Fernsehserie „In aller Freundschaft“ mit.")
    True
    >>> named("Er verabschiedete sich mit den Worten „Wir sehen uns wieder“ vom Team.")
    False
    """
    if _never(grammar.NAMING_NOUN):  # no noun to name a quote in the language: no shape to test
        return False
    if not text[quote.start : quote.start + 1].isupper() or _SENTENCE_FINAL.search(text, *quote.pieces[-1]):
        return False
    if _pieces_words_up_to(text, quote.pieces, 13) > 12:
        return False
    return _just_before(grammar.NAMING_NOUN, text, index, open_mark)


def _titled_work(
    grammar: AttributionGrammar,
    text: str,
    index: Index,
    quote: QuoteSpan,
    open_mark: int,
    title_case: bool | None = None,
) -> bool:
    """A quote in title case right after a work or a show (``WORK_BEFORE_TITLE``) is its title.

    A user reading "his book “The Art of the Deal”" expects no speaker for the title: the book's
    author did not say it.  Words in lower case after such a noun are somebody's ("the show
    “we will win big”"), so only a name in title case is taken.  ``title_case``, when given, says
    whether the quote's words are in title case (:func:`_quote_title_case`).

    >>> from quoteattr.lang import get_language
    >>> from quoteattr.spans import pair_quotes
    >>> def titled(text: str) -> bool:
    ...     lang = get_language("en")
    ...     quote = pair_quotes(text).quotes[0]
    ...     assert lang.attribution is not None
    ...     return _titled_work(lang.attribution, text, Index(text, lang), quote, quote.start - 1)
    >>> titled("Johnson tells MSNBC’s “Morning Joe” that the inquiry goes on.")
    True
    >>> titled("Trump told the show “we will win big” on Friday.")
    False
    """
    if _never(grammar.WORK_BEFORE_TITLE):
        return False
    if title_case is None:  # else worked out already, by the caller
        title_case = _title_case(grammar, text, quote.pieces)
    if not title_case or _SENTENCE_FINAL.search(text, *quote.pieces[-1]):
        return False
    return _just_before(grammar.WORK_BEFORE_TITLE, text, index, open_mark)


def _named_after_article(
    grammar: AttributionGrammar, text: str, index: Index, quote: QuoteSpan, open_mark: int
) -> bool:
    """A quote after a definite article that opens with a capital and is no sentence names a thing.

    German "Die regierende „People's Power Party“ (PPP)", "im „Championnat du Monde“": people's
    words in such a place start in lower case ("die „veränderte Statik“") or end like a sentence.
    A language without a ``NAMING_ARTICLE`` production never finds one.

    >>> from quoteattr.lang import get_language
    >>> from quoteattr.spans import pair_quotes
    >>> def named(text: str) -> bool:
    ...     lang = get_language("de")
    ...     quote = pair_quotes(text).quotes[0]
    ...     assert lang.attribution is not None
    ...     return _named_after_article(lang.attribution, text, Index(text, lang), quote, quote.start - 1)
    >>> named("Die regierende „People's Power Party“ stellt den Premier.")
    True
    >>> named("Er sprach von der „schlimmsten Katastrophe“ des Landes.")
    False
    """
    if _never(grammar.NAMING_ARTICLE):
        return False
    first = text[quote.start : quote.start + 1]
    if not (first.isupper() or first.isdigit()) or _SENTENCE_FINAL.search(text, *quote.pieces[-1]):
        return False
    if _pieces_words_up_to(text, quote.pieces, 13) > 12:
        return False
    lo, hi = index.sentences[index.sentence_of(open_mark)]
    if grammar.REPORTED_SPEECH_MARK.search(text, lo, hi):
        return False  # "für die „Totengräber der Demokratie“ keine Toleranz geben dürfe": a report's words
    return grammar.NAMING_ARTICLE.search(text, max(lo, open_mark - 60), open_mark) is not None
