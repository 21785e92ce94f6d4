"""Where the words were said, and which outlet relayed them: venues and vias.

Both finders search one window of the text (an attribution sentence, or whatever window the caller
chooses) with the rules of the language's :class:`~quoteattr.lang.occasion_grammar.OccasionGrammar`,
compiled when its folder was imported (English: :mod:`quoteattr.lang.en.venue_grammar`).  Offsets are
always into the full text; nothing is copied or normalised.  Each rule is its own pattern with the key
words it needs; a window runs only the rules whose key words it holds, and their matches are merged
leftmost-first as one alternation of the rules would give.

A venue rule says its kind with a marker group ``k_<kind>`` and may name the medium (``outlet``,
``show``, ``platform``, ``tweet``); a via rule names the relaying outlet.  When several venues are found
the most specific kind wins (:data:`KIND_PRIORITY`); when several vias are found the strongest rule wins.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from quoteattr.errors import InputError
from quoteattr.lang.language import Language
from quoteattr.lang.occasion_grammar import OccasionGrammar, RuleSet, words_of
from quoteattr.models import Venue, VenueKind, Via

__all__ = [
    "KIND_PRIORITY",
    "Window",
    "find_venue",
    "find_venues",
    "find_via",
    "find_vias",
    "key_words_of",
    "outlet_name",
    "window",
    "window_venue",
    "window_via",
]

# When a window holds several venues, the most specific kind is the one reported: a press conference
# held at a summit is a press conference; an interview given at a forum is an interview.
KIND_PRIORITY: tuple[VenueKind, ...] = (
    "press_conference",
    "interview",
    "hearing",
    "speech",
    "briefing",
    "broadcast",
    "social_media",
    "statement",
    "meeting",
)

_ALL_KINDS: tuple[VenueKind, ...] = KIND_PRIORITY
_PRIORITY: dict[VenueKind, int] = {kind: rank for rank, kind in enumerate(KIND_PRIORITY)}
_SPACES = regex.compile(r"\s+")
_NONE = OccasionGrammar()


def _grammar(lang: Language) -> OccasionGrammar:
    return lang.occasions or _NONE


def outlet_name(surface: str, lang: Language) -> str:
    """The canonical name of an outlet as written: listed variants map to their outlet, others are kept.

    >>> from quoteattr.lang import get_language
    >>> en = get_language("en")
    >>> outlet_name("New York Times", en), outlet_name("AP", en), outlet_name("Face the Nation", en)
    ('The New York Times', 'Associated Press', 'CBS')
    >>> outlet_name("Kyiv  Post", en)  # not listed: kept, spacing tidied
    'Kyiv Post'
    """
    grammar = _grammar(lang)
    surface = _SPACES.sub(" ", surface.strip())
    if surface in grammar.outlets:
        return grammar.outlets[surface]
    if surface in grammar.shows:
        return grammar.shows[surface]
    for article in grammar.outlet_articles:
        if f"{article} {surface}" in grammar.outlets:
            return grammar.outlets[f"{article} {surface}"]
    return surface


class Window(NamedTuple):
    """A window of the text, clamped to it, and its words for the key-word test (see :func:`window`)."""

    start: int
    end: int
    words: frozenset[str]


def window(text: str, start: int, end: int) -> Window:
    """The window ``text[start:end]`` clamped to the text, with its words split once for both finders.

    >>> w = window("Truss told CNN.", 6, 100)
    >>> w.start, w.end, sorted(w.words)
    (6, 15, ['cnn', 'told'])
    >>> window(b"bytes", 0, 5)
    Traceback (most recent call last):
    ...
    quoteattr.errors.InputError: expected the document text as str, got bytes
    """
    if not isinstance(text, str):
        raise InputError(f"expected the document text as str, got {type(text).__name__}")
    n = len(text)
    start = min(max(start, 0), n)
    end = min(max(end, start), n)
    return Window(start, end, frozenset(words_of(text[start:end])))


def key_words_of(lang: Language) -> frozenset[str]:
    """Every word some venue or via rule of the language is filed under: a window without one matches no rule.

    >>> from quoteattr.lang import get_language
    >>> {"interview", "told"} <= key_words_of(get_language("en"))
    True
    >>> "the" in key_words_of(get_language("en")), key_words_of(get_language("sv"))
    (False, frozenset())
    """
    return _grammar(lang).key_words


def _scan(rules: RuleSet, text: str, span: Window) -> list[tuple[int, regex.Match[str]]]:
    """Matches of the rules in the window, leftmost first, as one alternation of them would give.

    Only the rules whose key words the window holds are searched.  At each step the leftmost next match
    of any rule is taken (the earlier rule on a tie) and the search goes on after it; a rule's next
    match is searched again only when the taken one overlapped it.  Returns ``(rule number, match)``.
    """
    start, end, words = span
    live_rules = rules.live(words)
    if not live_rules:
        return []
    if len(live_rules) == 1:  # as for most windows: its matches one after the other, nothing to merge
        ((number, rule),) = live_rules.items()
        alone: list[tuple[int, regex.Match[str]]] = []
        match = rule.search(text, start, end)
        while match is not None:
            alone.append((number, match))
            match = rule.search(text, match.end(), end)
        return alone
    upcoming = {n: rule.search(text, start, end) for n, rule in live_rules.items()}
    found: list[tuple[int, regex.Match[str]]] = []
    while True:
        live = [(m.start(), n, m) for n, m in upcoming.items() if m is not None]
        if not live:
            return found
        _, number, match = min(live, key=lambda item: item[:2])
        found.append((number, match))
        for n, m in upcoming.items():
            if m is not None and m.start() < match.end():
                upcoming[n] = live_rules[n].search(text, match.end(), end)


# Each kind's marker group, in the order of the kinds: a phrase with two heads is of the first kind that matched.
_KIND_GROUPS: tuple[tuple[str, VenueKind], ...] = tuple((f"k_{kind}", kind) for kind in _ALL_KINDS)


# The marker groups each venue rule's pattern has, in the order of the kinds, read off it once: a match
# is asked for these alone, where all its groups (``groupdict``) would be built into a dict.
_KINDS_IN: dict[regex.Pattern[str], tuple[tuple[str, VenueKind], ...]] = {}


def _kind_of(match: regex.Match[str]) -> VenueKind:
    """The kind one match of a venue rule names: the first kind whose marker group matched."""
    pattern = match.re
    kinds = _KINDS_IN.get(pattern)
    if kinds is None:
        kinds = _KINDS_IN[pattern] = tuple(item for item in _KIND_GROUPS if item[0] in pattern.groupindex)
    for group, kind in kinds:
        if match.group(group) is not None:
            return kind
    raise ValueError(f"no kind's marker group matched in {match.group()!r}")


def _venue_from(match: regex.Match[str], lang: Language, kind: VenueKind | None = None) -> Venue:
    """The venue one match of a venue rule names, its kind read off the marker group that matched
    unless the caller has read it already."""
    grammar = _grammar(lang)
    groups = match.groupdict()
    if kind is None:
        kind = _kind_of(match)
    outlet: str | None = None
    if groups.get("outlet") is not None:
        outlet = outlet_name(groups["outlet"], lang)
    elif groups.get("show") is not None:
        outlet = grammar.shows[_SPACES.sub(" ", groups["show"])]
    elif groups.get("platform") is not None:
        outlet = grammar.platforms[groups["platform"]]
    elif groups.get("tweet") is not None:
        outlet = grammar.tweet_platform
    return Venue(start=match.start(), end=match.end(), text=match.group(), kind=kind, outlet=outlet)


def find_venues(text: str, start: int, end: int, lang: Language) -> list[Venue]:
    """Every venue phrase in ``text[start:end]``, in text order, with offsets into ``text``.

    >>> from quoteattr.lang import get_language
    >>> t = "Meanwhile, at a press conference after an informal meeting of NATO foreign ministers, Blinken said"
    >>> [(v.kind, v.text) for v in find_venues(t, 0, len(t), get_language("en"))]
    [('press_conference', 'at a press conference after an informal meeting of NATO foreign ministers')]
    >>> find_venues("He said so at the end.", 0, 22, get_language("en"))  # a time, not a venue
    []
    """
    return _venues(text, window(text, start, end), lang)


def _venues(text: str, span: Window, lang: Language) -> list[Venue]:
    """Every venue phrase in the window, in text order (see :func:`find_venues`)."""
    return [_venue_from(match, lang) for _, match in _scan(_grammar(lang).venue_rules, text, span)]


def find_venue(text: str, start: int, end: int, lang: Language) -> Venue | None:
    """The venue of the words in ``text[start:end]``: the most specific kind found, the first of that kind.

    Specificity follows :data:`KIND_PRIORITY` (a press conference at a summit is a press conference).

    >>> from quoteattr.lang import get_language
    >>> t = "the analyst explained in a conversation with RT."
    >>> v = find_venue(t, 0, len(t), get_language("en"))
    >>> v.kind, v.outlet, v.text
    ('interview', 'RT', 'in a conversation with RT')
    >>> find_venue("Truss said.", 0, 11, get_language("en")) is None
    True
    """
    return window_venue(text, window(text, start, end), lang)


def window_venue(text: str, span: Window, lang: Language) -> Venue | None:
    """:func:`find_venue` of a :func:`window` the caller keeps, to search it for a via too.

    >>> from quoteattr.lang import get_language
    >>> t = "he told CNN in an interview."
    >>> span = window(t, 0, len(t))
    >>> window_venue(t, span, get_language("en")).kind
    'interview'
    >>> window_venue(t, window(t, 0, 7), get_language("en")) is None  # "he told": no outlet, no venue
    True
    """
    # The record is built for the venue reported only: the first of the most specific kind.
    best: tuple[int, int, VenueKind, regex.Match[str]] | None = None
    for _, match in _scan(_grammar(lang).venue_rules, text, span):
        kind = _kind_of(match)
        rank = _PRIORITY[kind]
        if best is None or (rank, match.start()) < best[:2]:
            best = (rank, match.start(), kind, match)
    return None if best is None else _venue_from(best[3], lang, best[2])


def _named(match: regex.Match[str]) -> str:
    """The group that names the outlet in one match of a via rule: ``outlet``, else ``show``."""
    return "outlet" if match.groupdict().get("outlet") is not None else "show"


def _via_from(match: regex.Match[str], lang: Language) -> Via:
    """The relaying outlet one match of a via rule names."""
    name = _named(match)
    return Via(start=match.start(name), end=match.end(name), name=outlet_name(match.group(name), lang))


def _vias(text: str, span: Window, lang: Language) -> list[tuple[int, Via]]:
    """``(rule number, via)`` pairs in text order; the rule number is the rule's rank, strongest first."""
    return [(rank, _via_from(match, lang)) for rank, match in _scan(_grammar(lang).via_rules, text, span)]


def find_vias(text: str, start: int, end: int, lang: Language) -> list[Via]:
    """Every relaying outlet named in ``text[start:end]``, in text order; the span is the outlet's name.

    >>> from quoteattr.lang import get_language
    >>> t = "“I can say with confidence”, – TASS quoted him as saying."
    >>> find_vias(t, 0, len(t), get_language("en"))
    [Via(start=31, end=35, name='TASS')]
    """
    return [via for _, via in _vias(text, window(text, start, end), lang)]


def find_via(text: str, start: int, end: int, lang: Language) -> Via | None:
    """The outlet that relayed the words in ``text[start:end]``: the strongest rule's, then the first.

    The language orders its via rules, strongest first; in English ``X quoted him as saying`` beats
    ``told X`` and ``in an interview with X``, which beat ``according to X``, ``X reported`` and ``on
    X``.  ``told reporters`` and ``told Congress`` name no outlet.

    >>> from quoteattr.lang import get_language
    >>> t = "“That is all,” he said in an interview with RT."
    >>> find_via(t, 0, len(t), get_language("en")).name
    'RT'
    >>> find_via("he told reporters", 0, 17, get_language("en")) is None
    True
    """
    return window_via(text, window(text, start, end), lang)


def window_via(text: str, span: Window, lang: Language) -> Via | None:
    """:func:`find_via` of a :func:`window` the caller keeps, to search it for a venue too.

    >>> from quoteattr.lang import get_language
    >>> t = "he told CNN in an interview."
    >>> window_via(t, window(t, 0, len(t)), get_language("en")).name
    'CNN'
    >>> window_via(t, window(t, 0, 7), get_language("en")) is None  # "he told" names no outlet
    True
    """
    # The record is built for the outlet reported only: the strongest rule's, then the first named.
    best: tuple[int, int, regex.Match[str]] | None = None
    for rank, match in _scan(_grammar(lang).via_rules, text, span):
        if best is None or (rank, match.start(_named(match))) < best[:2]:
            best = (rank, match.start(_named(match)), match)
    return None if best is None else _via_from(best[2], lang)
