"""English venue and via rules, compiled from the tables in :mod:`.venues`, :mod:`.outlets` and :mod:`.dates`.

The venue grammar, in the order its rules are tried at one position::

    INTERVIEW   = [INTRO] [DET] MOD* interview (with|to|for|on) OUTLET    in an interview with RT
    TOLD_OUTLET = TELLING OUTLET                                          told CNN, in a conversation with RT
    STATEMENT_TO= [in] [DET] MOD* statement (to|for) OUTLET               in a statement to CNN
    BRIEFING    = TELLING [a group of] MOD* AUDIENCE EXT                  told reporters, speaking to journalists
    HEARING     = testified [before NP] | told DET MOD* committee EXT | TELLING lawmakers
    SOCIAL      = tweeted | [wrote] on PLATFORM [channel] | in a PLATFORM post | in a post on PLATFORM
    BROADCAST   = on SHOW | on NETWORK['s SHOW] | on MOD* television      on Fox News Sunday, on MSNBC
    GENERIC     = INTRO [DET] MOD{0,4} HEAD EXT                           at an Easter banquet at Mansion House

``HEAD`` decides the kind of a generic phrase (``press conference`` -> press_conference, ``summit`` ->
meeting); ``EXT`` extends the span over prepositional phrases (``... after an informal meeting of NATO
foreign ministers``) and stops at a comma, a verb, a pronoun or a date (``on May 14`` is the date, not the
venue).  Future venues (``at the next summit``) are not venues of words already said.

The via rules, strongest first, are named in :data:`VIA_RULES`.  Each rule is an
:class:`~quoteattr.lang.occasion_grammar.OccasionRule` whose named groups follow the contract stated
on :class:`~quoteattr.lang.occasion_grammar.OccasionGrammar`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from quoteattr.lang.en.dates import MONTHS, RELATIVE_DAYS, WEEKDAYS
from quoteattr.lang.en.outlets import BROADCAST_WORDS, DESCRIPTORS, MEDIA_WORDS, OUTLETS, SHOWS
from quoteattr.lang.en.venues import (
    AUDIENCES,
    BROADCAST_MEDIA,
    EXTENDERS,
    FUTURE_MODIFIERS,
    HEADS,
    HEARING_AUDIENCES,
    HEARING_BODIES,
    INTRODUCERS,
    NOT_VENUES,
    PLATFORM_PLACES,
    PLATFORMS,
    POSTING_VERBS,
    POSTS,
    STATEMENTS_TO,
    STOP_WORDS,
    TELLING,
    TESTIFYING,
    TWEET_VERBS,
)
from quoteattr.lang.occasion_grammar import OccasionRule, occasion_rule, words_back

# Via rules, strongest first: the words "X quoted him as saying" name the relaying outlet outright;
# "told X" and "in an interview with X" name who received them; "according to X" and "on X" are weaker.
VIA_RULES: tuple[str, ...] = ("quoted", "told", "interview", "statement", "according", "reported", "wrote", "on")


# ---------------------------------------------------------------------------------------------------
# Fragments.  Table entries are plain words; these builders turn them into case-sensitive alternations
# (which the regex engine matches much faster than case-insensitive ones).


_Trie = dict[str, "_Trie"]


def _literal(words: Iterable[str]) -> str:
    """Words matched exactly as written, longest first; a space matches any run of whitespace.

    The words are laid out as a prefix tree (``told|tells`` -> ``t(?:old|ells)``): a flat
    alternation of a few hundred outlet names is tried name by name at every place a rule
    reaches it, the tree a letter at a time.  The tree tries the words that fit at a place in
    the same order, longest first, so it matches exactly what the flat alternation matches.

    >>> _literal(["told", "tells", "the Times"])
    '(?:t(?:ells|he\\\\s+Times|old))'
    >>> regex.match(_literal(["on", "on air"]), "on  air").group()
    'on  air'
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_branches(trie)})"


def _branches(node: _Trie) -> str:
    """The pattern of one node of a :func:`_literal` tree: its branches, then (optionally) the end of a word."""
    branches = [
        (r"\s+" if char == " " else regex.escape(char)) + _branches(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _cased(word: str) -> tuple[str, str, str]:
    """A word as written, with a capital first letter (sentence start), and in title case (proper names)."""
    return word, word[:1].upper() + word[1:], " ".join(part[:1].upper() + part[1:] for part in word.split(" "))


def _words(words: Iterable[str]) -> str:
    """Words as written, with a capital first letter (sentence start), and in title case (proper names)."""
    return _literal({variant for w in words for variant in _cased(w)})


# The end of a word: no letter, digit, hyphen or apostrophe follows.
_EOW = r"(?![\p{L}\p{N}\-'\N{RIGHT SINGLE QUOTATION MARK}])"
# The end of a name: as a word, but a possessive may follow (CBS’s Face the Nation).
_EON = r"(?![\p{L}\p{N}\-])"
# A word in a noun phrase: an initialism (U.S.), a short abbreviation before a name (St. Petersburg),
# or letters and digits with inner hyphens, ampersands and apostrophes (UK’s, Euro-Atlantic, 30th, Truss’).
_WORD = (
    r"(?:\p{Lu}(?:\.\p{Lu})+\.|\p{Lu}\p{Ll}{0,2}\.(?=\s+\p{Lu})"
    r"|[\p{L}\p{N}][\p{L}\p{N}&\-'\N{RIGHT SINGLE QUOTATION MARK}]*)"
)
# Function words, pronouns and speech verbs end a phrase (lower case only: ``US`` is not ``us``).
_NOT_STOP = rf"(?!{_literal(STOP_WORDS)}{_EOW})"
_DATE_WORDS = _literal([*MONTHS, *WEEKDAYS])
# A word that starts a date: ``on May 14``, ``on Wednesday``, ``in 2012``, ``on 27 May``.
_DATE_START = rf"(?:the\s+)?(?:{_DATE_WORDS}(?![\p{{L}}])|{_words(RELATIVE_DAYS)}(?![\p{{L}}])|\d)"
_NOT_DATE = rf"(?!{_DATE_START})"
_DETERMINERS = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "another"]
_DET = _words(_DETERMINERS)
_FUTURE = rf"(?!{_literal(FUTURE_MODIFIERS)}{_EOW})"
# A pre-head modifier: ``an Easter banquet``, ``the 30th Assembly``, ``Wednesday’s press conference``.
_MOD = rf"{_NOT_STOP}{_FUTURE}{_WORD}"
# A word inside an extending noun phrase: no dates there (``on the UK’s foreign policy on Wednesday``).
_NP_WORD = rf"{_NOT_STOP}(?!{_DATE_WORDS}{_EOW}){_WORD}"
# A noun phrase after an extending preposition; ``and`` may join capitalised words (Foreign and Defence).
_NP = rf"(?:{_DET}\s+)?{_NP_WORD}(?:(?:\s+|\s+(?:and|&)\s+(?=\p{{Lu}})){_NP_WORD}){{0,5}}"
# Prepositional phrases extending a venue: ``at Mansion House``, ``of NATO foreign ministers``.
_EXT = rf"(?:\s+{_literal(EXTENDERS)}\s+{_NOT_DATE}{_NP}){{0,3}}"
_INTRO = _words(INTRODUCERS)
# Head nouns, each kind behind an empty marker group that says which kind matched.
_HEADS = "|".join(f"(?P<k_{kind}>){_words(heads)}" for kind, heads in HEADS.items())

# Outlets.  Known names are matched as written; unknown ones need a capital.
_CAPITAL_STOP = _literal(w[:1].upper() + w[1:] for w in STOP_WORDS)
_NAME_WORD = rf"(?!(?:{_CAPITAL_STOP}|{_DATE_WORDS}){_EOW})\p{{Lu}}[\p{{L}}\p{{N}}&\-/]*"
# Later words of a name may be numbers (Ukraine 24) or lower-case particles (Corriere della Sera).
_PARTICLE = _literal(["of", "de", "del", "della", "di", "du", "la", "le", "der", "des", "von", "van", "al", "el"])
_NAME_NEXT = rf"(?:{_NAME_WORD}|\d+{_EON})"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_NEXT}){{0,4}}"
_KNOWN = _literal(n for o in OUTLETS for n in (o.name, *o.variants)) + _EON
_KNOWN_BROADCAST = _literal(n for o in OUTLETS if o.broadcast for n in (o.name, *o.variants)) + _EON
_MEDIA_WORD = _literal(MEDIA_WORDS) + _EON
_DESCRIPTOR = _literal(DESCRIPTORS) + _EOW
_MEDIA_NAME = (
    rf"(?:{_NAME_WORD}\s+(?:{_PARTICLE}\s+)?){{0,4}}{_MEDIA_WORD}(?:\s+of\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)?"
)
# Strict: a listed outlet, a name ending in a media word, or a name before a descriptor (Meduza news site).
_STRICT = rf"(?:{_KNOWN}|{_MEDIA_NAME}|{_NAME}(?=\s+{_DESCRIPTOR}))"
# Any: also a bare capitalised name, for patterns whose grammar says it is a medium.
_ANY = rf"(?:{_STRICT}|{_NAME})"
_BROADCASTER = rf"(?:{_KNOWN_BROADCAST}|(?:{_NAME_WORD}\s+){{0,3}}{_literal(BROADCAST_WORDS)}{_EON})"
_SHOW = _literal(SHOWS) + _EON
# Before an outlet: ``the``, a country's possessive (``Russia’s Channel One``), and a descriptor with up to two
# adjectives (``Russian news agency TASS``).
_PRE_OUTLET = (
    rf"(?:[Tt]he\s+)?(?:(?!{_KNOWN})\p{{Lu}}\p{{L}}+['\N{{RIGHT SINGLE QUOTATION MARK}}]s\s+)?"
    rf"(?:(?:[\p{{L}}\-]+\s+){{0,2}}?{_DESCRIPTOR}\s+)?"
)
_TELLING = _words(TELLING)
_WRITINGS = ["wrote", "writes", "writing", "op-ed", "op-eds", "column", "article", "essay"]
_WRITING = _words(_WRITINGS)
_INTERVIEW = _words(["interview", "interviews", "Q&A"])
_INTERVIEW_TO = _words(["with", "to", "for", "on", "by", "given to"])
_STATEMENT_TO = _words(STATEMENTS_TO)
_TO_OUTLET = _words(["to", "for", "provided to", "sent to", "emailed to"])
_IN = _words(["in"])
_ON = _words(["on"])
_OFFICIAL = r"(?:(?:official|personal)\s+)?"
# The words in a row that rules naming an outlet after them hold, their anchors: ``interview with``,
# ``statement to``, ``wrote in``.
_INTERVIEW_WITH = rf"{_INTERVIEW}\s+{_INTERVIEW_TO}\s+"
_STATEMENT_TO_OUTLET = rf"{_STATEMENT_TO}\s+{_TO_OUTLET}\s+"
_WRITING_IN = rf"{_WRITING}\s+(?:in|for)\s+"
# What every outlet a strict rule names (``_STRICT``) holds at or after its start: a listed outlet's name,
# the media word a name ends in (Kyiv Post) or the descriptor after a name (Meduza news site).  A window
# where none stands after a telling word names no outlet after it, as most do not (told him, told the
# committee): the rule is not tried there.  Looser than the pattern's part (no end-of-name test), so
# that it stands wherever that part does.
_OUTLET_ANCHOR = _literal([*(n for o in OUTLETS for n in (o.name, *o.variants)), *MEDIA_WORDS, *DESCRIPTORS])

_PLATFORM = _literal(v for vs in PLATFORMS.values() for v in vs) + _EON
_POSS = _words(["his", "her", "its", "their", "our", "my", "the", "a", "an"])
_PLACE = rf"(?:\s+{_literal(PLATFORM_PLACES)}{_EOW})?"


# Put in a rule's ``starts`` when it may start with an outlet's name: any capitalised word.
_CAPITAL = "\N{NULL}capital"
_NOT_VENUE = rf"(?!{_words(NOT_VENUES)}{_EOW})"

# The places where a rule may start are found by the standard library's engine, which steps through
# a window two to three times faster than ``regex`` does with a test at every position.  Its word
# boundary and its ``\s`` are not quite those of ``regex`` (a superscript digit is a word character to
# it, U+001C-U+001F are spaces), so the places are found with tests no stricter than the pattern's:
# an ASCII letter, digit or underscore (a word character to both engines) before or after a start
# word makes no place, and a word is a run of what ``regex`` calls no space.  The places are then a
# few more than the pattern's own (after a non-ASCII letter), never fewer: the pattern, tried at
# each, opens with its own boundary test.
_ASCII_WORD = "[0-9A-Z_a-z]"
# No space to ``regex`` (its ``\S``): anything but the characters of Unicode's White_Space.
_NOT_SPACE = r"[^\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"


def _family(
    name: str,
    starts: Iterable[str],
    needs: Iterable[Iterable[str]],
    fragment: str,
    anchor: str | None = None,
    *,
    ahead: str = "",
    reach: int | None = None,
) -> OccasionRule:
    # ``starts``: the words the rule can start with.  Testing them first, in one cheap lookahead, keeps
    # the rule from being tried at every other word.  ``anchor``: words in a row every match holds, not
    # inside an optional part (see OccasionRule): the rule is tried only before its last anchor.
    # ``ahead``: a looser form of the fragment's opening that every match passes, tested with the
    # opening words when the places are looked for, not again by the pattern; written for the
    # standard library's engine as the places are (a word of it is ``_NOT_SPACE``, not ``\S``).
    # ``reach``: the most words a match holds before its anchor (see OccasionRule): the rule is tried
    # only that near before an anchor.
    words = [entry for entry in starts if entry != _CAPITAL]
    # Each start word opens and ends with a word character, so that a boundary before or after it is
    # a character that is none: what the places test (see _ASCII_WORD).
    assert all(regex.fullmatch(r"\w(?:.*\w)?", entry.split()[0]) for entry in words), name
    first = _words({entry.split()[0] for entry in words})
    gate = rf"\b(?=\p{{Lu}}|{first}\b)" if _CAPITAL in starts else rf"\b(?={first}\b)"
    pattern = regex.compile(rf"{gate}{_NOT_VENUE}(?:{fragment})")
    # The gate alone, compiled apart, finds the places to try the whole pattern much faster than the
    # pattern's own search steps through the window.  A capital (``\p{Lu}``) is a class the standard
    # library's engine has not: a rule that may start with one finds its places with ``regex``.
    places: re.Pattern[str] | regex.Pattern[str]
    if _CAPITAL in starts:
        places = regex.compile(rf"{gate}(?={ahead})" if ahead else gate)
    else:
        # Opened by the start words' first letters, which the engine skips ahead to; the rest is tested
        # from the place, behind the letter taken.  That letter is a word character, so the next place
        # cannot be right after it.
        letters = "".join(sorted({variant[:1] for entry in words for variant in _cased(entry.split()[0])}))
        opening = rf"(?={first}(?!{_ASCII_WORD}))" + (f"(?={ahead})" if ahead else "")
        places = re.compile(rf"[{re.escape(letters)}](?<!{_ASCII_WORD}.)(?<={opening}.)")
    return occasion_rule(
        name,
        pattern,
        needs,
        starts=places,
        # Anchors are looked for by the standard library's engine too, which finds them faster: its ``\s``
        # takes a few more spaces than that of ``regex``, and an anchor written with it is no stricter.
        anchor=None if anchor is None else re.compile(anchor),
        reach=None if reach is None else words_back(reach),
    )


_TELLS_BODY = ["told", "telling", "addressing", "addressed"]
_TWEETS = ["tweet", "tweets"]
_INTERVIEWS = ["interview", "interviews", "Q&A"]
_STARTS_NP = [*INTRODUCERS, *_DETERMINERS]
_BROADCAST_NAMES = [*SHOWS, *BROADCAST_WORDS, *(n for o in OUTLETS if o.broadcast for n in (o.name, *o.variants))]
_PLATFORM_NAMES = [v for vs in PLATFORMS.values() for v in vs]
_ALL_HEADS = [h for heads in HEADS.values() for h in heads]
_MOST_INTRO_WORDS = max(len(entry.split()) for entry in INTRODUCERS)  # on the sidelines of: four


def build_venue_rules() -> tuple[OccasionRule, ...]:
    """The venue rules, in the order they are tried when two match at the same position."""
    return (
        # in an interview with RT; gave an interview to the newspaper Izvestia; his interview with CNN.
        _family(
            "interview_with",
            [*_STARTS_NP, *_INTERVIEWS],
            [_INTERVIEWS],
            rf"(?P<k_interview>)(?:(?:{_INTRO}\s+(?:{_DET}\s+)?|{_DET}\s+)(?:{_MOD}\s+){{0,3}}?)?"
            rf"{_INTERVIEW_WITH}{_PRE_OUTLET}(?P<outlet>{_ANY})",
            _INTERVIEW_WITH,
            # An introducer's words, a determiner and three modifiers before ``interview with``.
            reach=_MOST_INTRO_WORDS + 1 + 3,
        ),
        # told CNN; in a conversation with RT; speaking to the Kyiv Post.
        _family(
            "told_outlet",
            TELLING,
            [TELLING],
            rf"(?P<k_interview>){_TELLING}\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})",
            _OUTLET_ANCHOR,
        ),
        # said in a statement to CNN.
        _family(
            "statement_to",
            ["in", *_DETERMINERS, *STATEMENTS_TO],
            [STATEMENTS_TO],
            rf"(?P<k_statement>)(?:(?:{_IN}\s+)?{_DET}\s+(?:{_MOD}\s+){{0,2}}?)?"
            rf"{_STATEMENT_TO_OUTLET}{_PRE_OUTLET}(?P<outlet>{_STRICT})",
            _STATEMENT_TO_OUTLET,
            reach=1 + 1 + 2,  # in, a determiner and two modifiers before ``statement to``
        ),
        # told reporters; speaking to journalists; told a group of foreign reporters.
        _family(
            "briefing",
            TELLING,
            [TELLING, AUDIENCES],
            rf"(?P<k_briefing>){_TELLING}\s+(?:(?:a\s+)?(?:group|handful|number|gaggle)\s+of\s+)?"
            rf"(?:{_MOD}\s+){{0,2}}?{_literal(AUDIENCES)}{_EOW}{_EXT}",
        ),
        # testified before the Senate Armed Services Committee.
        _family(
            "testified",
            TESTIFYING,
            [TESTIFYING],
            rf"(?P<k_hearing>){_words(TESTIFYING)}(?:\s+(?:before|to|at|in\s+front\s+of)\s+{_NP})?",
        ),
        # told the House Armed Services Committee.
        _family(
            "told_committee",
            _TELLS_BODY,
            [_TELLS_BODY, HEARING_BODIES],
            rf"(?P<k_hearing>){_words(_TELLS_BODY)}\s+(?:{_DET}\s+)?(?:{_MOD}\s+){{0,5}}?"
            rf"{_words(HEARING_BODIES)}{_EOW}{_EXT}",
        ),
        # told lawmakers.
        _family(
            "told_lawmakers",
            TELLING,
            [TELLING, HEARING_AUDIENCES],
            rf"(?P<k_hearing>){_TELLING}\s+(?:{_MOD}\s+){{0,2}}?{_literal(HEARING_AUDIENCES)}{_EOW}{_EXT}",
        ),
        # tweeted.
        _family(
            "tweeted",
            TWEET_VERBS,
            [TWEET_VERBS],
            rf"(?P<k_social_media>)(?P<tweet>{_words(TWEET_VERBS)}){_EOW}",
        ),
        # in a post on X; in a video message on his Telegram channel.
        _family(
            "post_on",
            ["in"],
            [POSTS, _PLATFORM_NAMES],
            rf"(?P<k_social_media>){_IN}\s+(?:{_DET}\s+)?(?:{_MOD}\s+){{0,2}}?{_literal(POSTS)}\s+"
            rf"(?:on|to|posted\s+on|published\s+on|shared\s+on)\s+(?:{_POSS}\s+)?{_OFFICIAL}"
            rf"(?P<platform>{_PLATFORM}){_PLACE}",
        ),
        # in a Telegram post.
        _family(
            "platform_post",
            ["in"],
            [POSTS, _PLATFORM_NAMES],
            rf"(?P<k_social_media>){_IN}\s+(?:{_DET}\s+)?(?:{_MOD}\s+){{0,2}}?"
            rf"(?P<platform>{_PLATFORM})\s+{_literal(POSTS)}{_EOW}",
        ),
        # in a tweet.
        _family(
            "in_tweet",
            ["in"],
            [_TWEETS],
            rf"(?P<k_social_media>){_IN}\s+(?:{_DET}\s+)?(?:{_MOD}\s+){{0,2}}?(?P<tweet>tweets?){_EOW}",
        ),
        # wrote on Twitter; on his Telegram channel.
        _family(
            "on_platform",
            [*POSTING_VERBS, "on"],
            [_PLATFORM_NAMES],
            rf"(?P<k_social_media>)(?:{_words(POSTING_VERBS)}\s+)?{_ON}\s+(?:{_POSS}\s+)?{_OFFICIAL}"
            rf"(?P<platform>{_PLATFORM}){_PLACE}",
        ),
        # on Fox News Sunday; on CBS’s Face the Nation; on MSNBC.
        _family(
            "on_show",
            ["on"],
            [_BROADCAST_NAMES],
            rf"(?P<k_broadcast>){_ON}\s+(?:[Tt]he\s+)?(?:(?P<show>{_SHOW})|(?P<outlet>{_BROADCASTER})"
            rf"(?:['\N{{RIGHT SINGLE QUOTATION MARK}}]s?\s+(?:{_SHOW}|{_NAME}))?)",
        ),
        # on state television; on his podcast.
        _family(
            "on_air",
            ["on"],
            [BROADCAST_MEDIA],
            rf"(?P<k_broadcast>){_ON}\s+(?:{_POSS}\s+)?(?:{_MOD}\s+){{0,2}}?{_literal(BROADCAST_MEDIA)}{_EOW}",
        ),
        # at a press conference after an informal meeting of NATO foreign ministers; during a speech; at the
        # G20 summit (a head may follow a head: the most specific kind of the two is reported).
        _family(
            "generic",
            INTRODUCERS,
            [_ALL_HEADS],
            rf"{_INTRO}\s+{_FUTURE}(?:{_DET}\s+)?{_FUTURE}(?:{_MOD}\s+){{0,4}}?(?:{_HEADS}){_EOW}"
            rf"(?:\s+(?:{_HEADS}){_EOW}){{0,2}}{_EXT}",
            # A determiner and each modifier are one run of letters between spaces: a head stands
            # within five words of the introducer, or the phrase is no venue.
            ahead=rf"{_INTRO}\s+(?:{_NOT_SPACE}+\s+){{0,5}}?{_words(_ALL_HEADS)}",
        ),
    )


# A verb that follows an outlet's name in the via rules that name the outlet first (TASS quoted...).
_OUTLET_VERBS = ["quoted", "cited", "reported", "reports", "reporting"]
_OUTLET_VERB = _words(_OUTLET_VERBS)
# Eight words at most, and a word such as ``has``, stand between the start of a match and its verb.
_VERB_SOON = rf"(?=(?:\S+\s+){{1,8}}?(?:has\s+|had\s+|also\s+|first\s+)?{_OUTLET_VERB}(?![\p{{L}}]))"
_VERB_REACH = 8 + 1
_AS_SAYING = r"(?:\S+\s+){1,6}?as\s+(?:saying|telling|stating|writing)"
_AUX = r"(?:(?:has|had|also|first)\s+)?"
_QUOTING = ["quoted", "cited"]
_REPORTING = ["reported", "reports", "reporting"]


def build_via_rules() -> tuple[OccasionRule, ...]:
    """The via rules, strongest first (the order of :data:`VIA_RULES`)."""
    families = (
        # TASS quoted him as saying; Reuters cited her; quoted by TASS.
        _family(
            "quoted",
            [_CAPITAL, *_QUOTING],
            [_QUOTING],
            rf"{_VERB_SOON}(?P<outlet>{_ANY})(?:\s+{_DESCRIPTOR})?\s+{_AUX}(?:quoted|cited)\s+{_AS_SAYING}"
            rf"|{_VERB_SOON}(?P<outlet>{_STRICT})(?:\s+{_DESCRIPTOR})?\s+{_AUX}(?:quoted|cited)"
            rf"|{_words(_QUOTING)}\s+by\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})",
            # Every match holds an outlet verb: its own (quoted by) or the one its opening looks ahead to.
            _OUTLET_VERB,
            reach=_VERB_REACH,
        ),
        # told Reuters; in a conversation with RT; speaking to CNN.
        _family("told", TELLING, [TELLING], rf"{_TELLING}\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})", _OUTLET_ANCHOR),
        # in an interview with RT.
        _family(
            "interview",
            _INTERVIEWS,
            [_INTERVIEWS],
            rf"{_INTERVIEW_WITH}{_PRE_OUTLET}(?P<outlet>{_ANY})",
            _INTERVIEW_WITH,
            reach=0,
        ),
        # said in a statement to CNN.
        _family(
            "statement",
            STATEMENTS_TO,
            [STATEMENTS_TO],
            rf"{_STATEMENT_TO_OUTLET}{_PRE_OUTLET}(?P<outlet>{_STRICT})",
            _STATEMENT_TO_OUTLET,
            reach=0,
        ),
        # according to Reuters; according to a report by the Financial Times.
        _family(
            "according",
            ["according"],
            [["according to"]],
            rf"{_words(['according to'])}\s+(?:(?:an?|the)\s+(?:\w+\s+)?reports?\s+(?:by|in|from)\s+)?"
            rf"{_PRE_OUTLET}(?P<outlet>{_STRICT})",
            _OUTLET_ANCHOR,
        ),
        # Reuters reported; as reported by Reuters.
        _family(
            "reported",
            [_CAPITAL, "reported"],
            [_REPORTING],
            rf"{_VERB_SOON}(?P<outlet>{_STRICT})(?:\s+{_DESCRIPTOR})?\s+{_AUX}(?:reported|reports|reporting)"
            rf"|{_words(['reported'])}\s+by\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})",
            _OUTLET_VERB,
            reach=_VERB_REACH,
        ),
        # wrote in the Washington Post; in an op-ed for The New York Times.
        _family(
            "wrote", _WRITINGS, [_WRITINGS], rf"{_WRITING_IN}{_PRE_OUTLET}(?P<outlet>{_STRICT})", _WRITING_IN, reach=0
        ),
        # said on MSNBC; on CBS’s Face the Nation.
        _family(
            "on",
            ["on"],
            [_BROADCAST_NAMES],
            rf"{_ON}\s+(?:[Tt]he\s+)?(?:(?P<show>{_SHOW})|(?P<outlet>{_BROADCASTER}))",
        ),
    )
    assert tuple(f.name for f in families) == VIA_RULES
    return families
