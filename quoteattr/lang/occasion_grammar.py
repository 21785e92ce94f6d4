"""What a language provides for venues, relaying outlets and dates (and, re-exported, sentences and coreference).

The finders in :mod:`quoteattr.venues` and :mod:`quoteattr.dates` hold no
word: they run the rules an :class:`OccasionGrammar` carries and read the
named groups of what matched.  A language folder compiles its rules once, at
import, from its word tables.

A rule is an :class:`OccasionRule`: a pattern and the key words a window must
hold before the pattern is worth running (``told reporters`` needs a telling
word and an audience).  Key words are compared as :func:`words_of` splits them,
the same split on table entries and on windows, so most windows are ruled out
by set operations before any regular expression runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import regex

from quoteattr.lang.coref_grammar import CorefGrammar
from quoteattr.lang.patterns import NEVER, alternation
from quoteattr.lang.segment_grammar import SegmentGrammar

__all__ = [
    "CorefGrammar",
    "KeyWords",
    "OccasionGrammar",
    "OccasionRule",
    "RuleSet",
    "SegmentGrammar",
    "key_word_pattern",
    "key_words",
    "keyed_words",
    "occasion_rule",
    "rule_set",
    "words_back",
    "words_of",
]

# A word for the key-word test: letters and digits with inner hyphens and ampersands (op-ed, Q&A, C-SPAN);
# apostrophes split (CBS’s -> cbs, s).  The standard library's engine runs this plain class about twice
# as fast as ``regex``, and the key-word test runs on every window.
_TOKEN = re.compile(r"[^\W_][\w&\-]*")
# The same split of a text all in ASCII, where a word character is an ASCII letter, digit or ``_``: classes
# the engine tests from a table, where those of all letters look each character up in Unicode's.
_ASCII_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z_&\-]*")


def words_of(text: str) -> list[str]:
    """Lower-case words of ``text``, punctuation dropped: the same split on table entries and windows.

    >>> words_of("CBS’s Face the Nation, an op-ed")
    ['cbs', 's', 'face', 'the', 'nation', 'an', 'op-ed']
    >>> words_of("... --")
    []
    """
    return _TOKEN.findall(text.lower())


def key_word_pattern(keys: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds a word of ``keys`` as :func:`words_of` splits words, in lower-case text,
    with the character before it: a text searched must open with one that is no word's (a space).

    A word starts after a character that is no letter, digit, ``_``, ``&`` or ``-`` (and any ``_``,
    ``&`` or ``-`` that open it), and ends before one or at the end.  The pattern opens with that
    character, a class the engine skips ahead through to the few places a word starts, where a
    pattern that opens with a look-behind is tried at every position.  The class names the ASCII
    letters and digits alone, which the engine tests from a table, where its class of all letters
    looks each character up in Unicode's: a key word right after a letter outside ASCII (``étold``)
    is found too, though no word of the text.  The test is thus a little looser than the words: a
    text it finds no key word in holds none, and one it finds a key word in is split into its words.

    >>> pattern = key_word_pattern(["told", "op-ed"])
    >>> [m.group() for m in pattern.finditer(" told an op-ed -told retold toldx")]
    [' told', ' op-ed', ' -told']
    >>> pattern.search("told") is None  # no character before the word: the caller puts a space there
    True
    >>> pattern.search(" étold").group()  # no word "told" there (words_of splits "étold"), but found
    'étold'
    """
    words = sorted(set(keys))
    if not words:
        return _NEVER_RE
    return re.compile(rf"[^0-9A-Za-z_&\-][_&\-]*(?:{alternation(words)})(?![\w&\-])")


def keyed_words(text: str, key_pattern: re.Pattern[str]) -> list[str] | None:
    """:func:`words_of` ``text`` when ``key_pattern`` (:func:`key_word_pattern`) finds a key word in it, else ``None``.

    Most windows hold no key word: one search of the window, that stops at the first, says so,
    where splitting it builds a string for each of its words.  The window is searched after a space,
    so that a word at its start is found as any other (see :func:`key_word_pattern`).  ``None`` says
    the words hold no key word; the words, split, may still hold none where the search was looser
    than they are (a key word right after a letter outside ASCII): the caller tests them.

    >>> pattern = key_word_pattern(["told"])
    >>> keyed_words("He told CNN.", pattern), keyed_words("He retold it.", pattern), keyed_words("told", pattern)
    (['he', 'told', 'cnn'], None, ['told'])
    >>> keyed_words("Il a étold.", pattern)  # found by the search, no key word among the words
    ['il', 'a', 'étold']
    """
    low = " " + text.lower()
    if key_pattern.search(low) is None:
        return None
    return (_ASCII_TOKEN if low.isascii() else _TOKEN).findall(low)


# Key words of a table: each entry's words, filed under its longest word.
KeyWords = Mapping[str, tuple[frozenset[str], ...]]


def key_words(entries: Iterable[str]) -> KeyWords:
    """Each entry's words, filed under its longest word (``conference`` for ``press conference``).

    A window can hold a phrase only if it holds every word of some entry the phrase is built on.

    >>> [sorted(entry) for entry in key_words(["press conference", "summit"])["conference"]]
    [['conference', 'press']]
    >>> key_words(["..."])
    {}
    """
    index: dict[str, set[frozenset[str]]] = {}
    for entry in entries:
        words = words_of(entry)
        if words:
            index.setdefault(max(words, key=len), set()).add(frozenset(words))
    return {word: tuple(sets) for word, sets in index.items()}


@dataclass(frozen=True)
class OccasionRule:
    """One rule of a venue or via grammar: its pattern, and the key words a window must hold for it to match.

    ``needs`` lists word tables; a window must hold every word of some entry of each (``told
    reporters`` needs a telling word and an audience).  The named groups the finders read are
    described on :class:`OccasionGrammar`.

    ``starts``, when given, matches at every place where ``pattern`` may start: the pattern's
    own opening test, on its own, or a looser one (the pattern, tried at a place it cannot
    start, fails there), in either engine.  A match starts at the place; it may take characters
    after it where no other place can start.  A large pattern costs more at each place it
    is tried than its opening test does, so the finders look for the places first and try the
    pattern only there; where it is ``None`` the pattern is searched as it is.

    ``anchor``, when given with ``starts``, matches a part every match of ``pattern`` holds at or
    after the match's start (``statement to`` in ``in a statement to CNN``), with no look-behind or
    word boundary of its own, so that whether it matches at a position does not depend on where a
    search began, in either engine; it may match at more places than where such a part stands
    (a looser form of it).  No match can start past the last place the anchor matches: a window
    without one is answered by one search of the small anchor, and the places after its last one
    are not tried.  Most windows that hold a rule's key words hold no anchor of a rule that needs
    several words in a row, or an outlet's name after a telling word.

    ``reach``, when given with ``anchor``, matches backwards (a pattern of :func:`words_back`) over
    the words that may stand in a match before its anchor (``in``, a determiner and at most two
    modifiers before ``statement to``): a place further back from the next anchor than that cannot
    start a match, and is not tried.  Where an anchor stands far into the window, most places before
    it are such.
    """

    name: str
    pattern: regex.Pattern[str]
    needs: tuple[KeyWords, ...]
    starts: re.Pattern[str] | regex.Pattern[str] | None = None
    anchor: re.Pattern[str] | regex.Pattern[str] | None = None
    reach: regex.Pattern[str] | None = None

    def search(self, text: str, pos: int, endpos: int) -> regex.Match[str] | None:
        """The leftmost match of the pattern in ``text[pos:endpos]``, as ``pattern.search`` finds it.

        >>> rule = occasion_rule("told", regex.compile(r"\\b(?=t)told\\s+\\w+"), [["told"]],
        ...                      starts=regex.compile(r"\\b(?=t)"))
        >>> rule.search("they told them, she told CNN", 0, 28).group()
        'told them'
        >>> rule.search("they told them", 6, 14) is None  # no place to start after the word's start
        True
        >>> anchored = occasion_rule("told CNN", regex.compile(r"\\b(?=t)told\\s+CNN"), [["told"]],
        ...                          starts=regex.compile(r"\\b(?=t)"), anchor=regex.compile("CNN"))
        >>> anchored.search("they told them, she told CNN", 0, 28).group()
        'told CNN'
        >>> anchored.search("they told them, she told CBS", 0, 28) is None  # no anchor: no place is tried
        True
        >>> near = occasion_rule("the CNN", regex.compile(r"\\b(?=t)the\\s+(?:\\w+\\s+)?CNN"), [["cnn"]],
        ...                      starts=regex.compile(r"\\b(?=t)"), anchor=regex.compile("CNN"), reach=words_back(1))
        >>> near.search("the talk to the CNN team", 0, 24).group()  # "the talk to": too far back
        'the CNN'
        """
        starts = self.starts
        if starts is None:
            return self.pattern.search(text, pos, endpos)
        anchor = self.anchor
        if anchor is None:  # every place is tried
            for place in starts.finditer(text, pos, endpos):
                found = self.pattern.match(text, place.start(), endpos)
                if found is not None:
                    return found
            return None
        reach = self.reach
        while True:
            # The leftmost anchor at or after ``pos``: no match starts past it, nor (with a reach)
            # further back from it than the reach; a place past it looks for the next one.
            held = anchor.search(text, pos, endpos)
            if held is None:
                return None
            next_anchor = held.start()
            if reach is not None:  # the pattern matches any text, the empty one too
                back = reach.match(text, pos, next_anchor)
                assert back is not None
                pos = back.start()
            for place in starts.finditer(text, pos, endpos):
                at = place.start()
                if at > next_anchor:
                    pos = at
                    break
                found = self.pattern.match(text, at, endpos)
                if found is not None:
                    return found
            else:
                return None

    def met(self, words: frozenset[str]) -> bool:
        """Whether ``words`` hold every word of some entry of each needed table: else the rule cannot match.

        >>> rule = occasion_rule("told", regex.compile(r"told\\s+reporters"), [["told"], ["reporters", "the press"]])
        >>> rule.met(frozenset({"told", "the", "press"})), rule.met(frozenset({"told", "press"}))
        (True, False)
        """
        for singles, longer in self._tests:
            # A longer entry is looked at only when its longest word is there (as ``key_words`` files it).
            if singles.isdisjoint(words) and not any(
                entry <= words for word in longer.keys() & words for entry in longer[word]
            ):
                return False
        return True

    @cached_property
    def _tests(self) -> tuple[tuple[frozenset[str], Mapping[str, tuple[frozenset[str], ...]]], ...]:
        """Each needed table as its one-word entries, tested in one set operation, and its longer entries
        filed under their longest word: a window holds such an entry only if it holds that word."""
        tests = []
        for keys in self.needs:
            singles = frozenset(word for filed in keys.values() for entry in filed if len(entry) == 1 for word in entry)
            longer = {word: found for word, filed in keys.items() if (found := tuple(e for e in filed if len(e) > 1))}
            tests.append((singles, longer))
        return tuple(tests)


def occasion_rule(
    name: str,
    pattern: regex.Pattern[str],
    needs: Iterable[Iterable[str]],
    *,
    starts: re.Pattern[str] | regex.Pattern[str] | None = None,
    anchor: re.Pattern[str] | regex.Pattern[str] | None = None,
    reach: regex.Pattern[str] | None = None,
) -> OccasionRule:
    """A rule whose key words are the words of the entries of each table in ``needs``.

    ``starts`` is the pattern's opening test alone, ``anchor`` a part every match holds, ``reach``
    how far before it a match may start (see :class:`OccasionRule`).

    >>> rule = occasion_rule("tweeted", regex.compile(r"\\btweeted\\b"), [["tweeted", "tweets"]])
    >>> sorted(rule.needs[0])
    ['tweeted', 'tweets']
    """
    return OccasionRule(name, pattern, tuple(key_words(table) for table in needs), starts, anchor, reach)


def words_back(words: int) -> regex.Pattern[str]:
    """A pattern that, matched at an anchor (as ``endpos``), reaches back over at most ``words``
    words and the spaces after each: the earliest place where a match that holds no more words
    than that before its anchor may start (an :class:`OccasionRule`'s ``reach``).

    A word here is a run of what is no space: whatever a match holds before its anchor, it holds no
    more runs of spaces than it holds words there, and a place further back has more before the anchor.

    >>> back = words_back(2)
    >>> text = "said in a  written statement"
    >>> text[back.match(text, 0, 19).start() : 19]  # before "statement": two words and their spaces
    'a  written '
    >>> back.match(text, 12, 19).start()  # never before ``pos``
    12
    """
    return regex.compile(rf"(?r)\S*(?:\s+\S*){{0,{words}}}")


# What a window with some key words must still hold for each rule that may match it: the rule's number,
# the rule, and for each needed table not met by a key word alone, the longer entries filed under them.
_LiveTests = tuple[tuple[int, OccasionRule, tuple[tuple[frozenset[str], ...], ...]], ...]


@dataclass(frozen=True)
class RuleSet:
    """Rules in the order they are tried, and for each key word the rules (by number) that may need it.

    A window's words pick the candidate rules through ``by_word``; build one with :func:`rule_set`.
    """

    rules: tuple[OccasionRule, ...] = ()
    by_word: Mapping[str, frozenset[int]] = field(default_factory=dict)

    @cached_property
    def key_words(self) -> frozenset[str]:
        """Every word some rule is filed under, as a set to intersect a window's words with."""
        return frozenset(self.by_word)

    def live(self, words: frozenset[str]) -> Mapping[int, OccasionRule]:
        """The rules, by number and in order, whose needed words ``words`` hold: those worth searching.

        The rules :meth:`OccasionRule.met` passes, found from the window's key words alone: an entry a
        window holds is filed under one of its words (its longest), so each needed table is looked at
        only under the key words the window holds, and an entry of one word is held by being there.
        Where every rule those key words pick is met by them alone, as for most, the answer is theirs,
        kept and shared by every window that holds them: the caller reads it and changes nothing.

        >>> rules = rule_set([occasion_rule("told", regex.compile("told"), [["told", "speaking to"]])])
        >>> rules.live(frozenset({"told", "us"})), rules.live(frozenset({"speaking", "us"}))
        ({0: OccasionRule(name='told', ...)}, {})
        """
        hits = words & self.key_words
        if not hits:
            return _NO_RULES
        kept = self._tests.get(hits)
        if kept is None:
            tests = self._tests_under(hits)
            # Met by the key words alone (no longer entry to look for): the same rules for every window.
            alone: Mapping[int, OccasionRule] | None = (
                None if any(longer for _, _, longer in tests) else {n: rule for n, rule, _ in tests}
            )
            kept = (tests, alone)
            if len(self._tests) < _KEPT_HITS:
                self._tests[hits] = kept
        tests, alone = kept
        if alone is not None:
            return alone
        return {
            n: rule for n, rule, longer in tests if not longer or all(any(e <= words for e in held) for held in longer)
        }

    @cached_property
    def _tests(self) -> dict[frozenset[str], tuple[_LiveTests, Mapping[int, OccasionRule] | None]]:
        """The tests of :meth:`live` kept per set of key words, and the answer where it needs no other word:
        windows hold the same few again and again."""
        return {}

    def _tests_under(self, hits: frozenset[str]) -> _LiveTests:
        """For each rule some table of which has an entry filed under ``hits``: what the window must still hold.

        A rule is left out when one of its tables has no entry filed under ``hits`` (the window holds
        none); a table with a one-word entry there is met already; any other table leaves its longer
        entries filed there, one of which the window must hold.
        """
        tests = []
        for number in sorted(set().union(*(self.by_word[word] for word in hits))):
            rule = self.rules[number]
            longer: list[tuple[frozenset[str], ...]] = []
            for keys in rule.needs:
                filed = [entry for word in hits for entry in keys.get(word, ())]
                if not filed:
                    break
                if all(len(entry) > 1 for entry in filed):
                    longer.append(tuple(filed))
            else:
                tests.append((number, rule, tuple(longer)))
        return tuple(tests)


_KEPT_HITS = 4096  # sets of key words whose tests a rule set keeps: a corpus meets a few hundred
_NO_RULES: Mapping[int, OccasionRule] = {}  # the live rules of a window without a key word


def rule_set(rules: Iterable[OccasionRule]) -> RuleSet:
    """The rules, in order, indexed by their key words.

    >>> rules = rule_set([occasion_rule("tweeted", regex.compile("tweeted"), [["tweeted"]])])
    >>> rules.by_word
    {'tweeted': frozenset({0})}
    >>> rule_set([]).by_word
    {}
    """
    ordered = tuple(rules)
    numbers: dict[str, set[int]] = {}
    for number, rule in enumerate(ordered):
        for keys in rule.needs:
            for word in keys:
                numbers.setdefault(word, set()).add(number)
    return RuleSet(ordered, {word: frozenset(found) for word, found in numbers.items()})


_NEVER = regex.compile(NEVER)
_NEVER_RE = re.compile(NEVER)

# How a weekday qualifier places its weekday relative to the published date:
#   "on_or_before": the most recent such weekday on or before it (on Wednesday);
#   "before": the most recent one strictly before it (last Wednesday);
#   "future": not a date an utterance can have (next Tuesday): matched so that it is skipped.
WeekdayRule = Literal["on_or_before", "before", "future"]


@dataclass(frozen=True)
class OccasionGrammar:
    """The compiled productions that find venues, relaying outlets and dates, and the tables they read.

    The defaults find nothing, so a language without them gets no venue, via or date, never an error.
    """

    # --- Venues and vias ---------------------------------------------------------------------------
    # The venue rules, in the order they are tried when two match at one position.  A match says its
    # kind with an empty marker group named ``k_<kind>`` (k_press_conference, k_interview...), and may
    # name the medium with a group ``outlet`` (told CNN), ``show`` (on Face the Nation), ``platform``
    # (on his Telegram channel) or ``tweet`` (tweeted).
    venue_rules: RuleSet = RuleSet()
    # The via rules, strongest first (TASS quoted him as saying, before told CNN, before on MSNBC); a
    # match names the relaying outlet with a group ``outlet`` or ``show``.
    via_rules: RuleSet = RuleSet()
    # Every listed spelling of an outlet, mapped to its canonical name: "AP" -> "Associated Press".
    outlets: Mapping[str, str] = field(default_factory=dict)
    # Words a listed outlet's name may open with that a match leaves out: "told The Times" matches "Times".
    outlet_articles: tuple[str, ...] = ()
    # Broadcast shows, mapped to their network's canonical name: "Face the Nation" -> "CBS".
    shows: Mapping[str, str] = field(default_factory=dict)
    # Every spelling of a social-media platform, mapped to its name: "VK" -> "VKontakte".
    platforms: Mapping[str, str] = field(default_factory=dict)
    # The platform a ``tweet`` group posts on: "tweeted" -> "Twitter".
    tweet_platform: str | None = None

    # --- Dates -------------------------------------------------------------------------------------
    # Every date phrase, one alternative per shape, each with its named groups:
    #   iso (iso_y, iso_m, iso_d): 2022-04-29;
    #   month, day, year (optional): May 14, 27 May 1997, June 29-30 (day may carry an ordinal ending);
    #   weekday, qualifier (optional): last Wednesday, Wednesday evening;
    #   relative: yesterday, this morning.
    date: regex.Pattern[str] = _NEVER
    # A word every date phrase contains (a digit, a month or weekday name): a window without one holds no date.
    date_keys: re.Pattern[str] = _NEVER_RE
    # A year as the date pattern writes it in its ``iso_y`` and ``year`` groups, or a looser form: without
    # the published date only a phrase with a year names a day that can be known (May 14 and Wednesday
    # need it), so a window without one holds no such date.  ``None``: no such test, every window with a
    # key is searched.
    years: re.Pattern[str] | None = None
    # The line or token that carries a document's publication date, groups 1-3 year, month, day:
    # "date 2022-04-29".
    published: regex.Pattern[str] = _NEVER
    # Month names as the date pattern matches them, with the month's number: "Sept." -> 9.
    months: Mapping[str, int] = field(default_factory=dict)
    # Weekday names with ``datetime.date.weekday()`` numbers: "Monday" -> 0.
    weekdays: Mapping[str, int] = field(default_factory=dict)
    # Relative words in lower case with single spaces, with their offset in days: "yesterday" -> -1.
    relative_days: Mapping[str, int] = field(default_factory=dict)
    # Weekday qualifiers in lower case with single spaces, with how they place the weekday: "last" -> "before".
    weekday_qualifiers: Mapping[str, WeekdayRule] = field(default_factory=dict)
    # Capitalised words that may stand right before a weekday; any other makes it a name (Ash Wednesday).
    weekday_leaders: frozenset[str] = frozenset()
    # Words after a weekday that make it part of a name: "the Sunday Times".
    weekday_name_parts: frozenset[str] = frozenset()
    # Words after which a relative word is a name: "the Today programme".
    relative_name_leaders: frozenset[str] = frozenset()
    # Relative words that name no day when a possessive follows: "in today’s world".
    possessive_relatives: frozenset[str] = frozenset()
    # A possessive ending right after a word: "’s".
    possessive: regex.Pattern[str] = _NEVER

    @cached_property
    def key_words(self) -> frozenset[str]:
        """Every word some venue or via rule is filed under: a window without one matches no rule."""
        return self.venue_rules.key_words | self.via_rules.key_words

    @cached_property
    def key_pattern(self) -> re.Pattern[str]:
        """A pattern that finds any of :attr:`key_words` (see :func:`key_word_pattern`)."""
        return key_word_pattern(self.key_words)
