"""Where the words were said, and which outlet relayed them: venues and vias.

Both finders search one window of the text (an attribution sentence, or whatever window the caller
chooses) with patterns compiled at import from the tables in :mod:`quoteattr.lang.en.venues` and
:mod:`quoteattr.lang.en.outlets`.  Offsets are always into the full text; nothing is copied or normalised.
Each rule is its own pattern with the key words it needs; a window runs only the rules whose key words
it holds, and their matches are merged leftmost-first as one alternation of the rules would give.

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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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
from quoteattr.models import Venue, VenueKind, Via

__all__ = ["KIND_PRIORITY", "VIA_RULES", "find_venue", "find_venues", "find_via", "find_vias", "outlet_name"]

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

# Via rules, strongest first: the words "X quoted him as saying" name the relaying outlet outright;
# "told X" and "in an interview with X" name who received them; "according to X" and "on X" are weaker.
VIA_RULES: tuple[str, ...] = ("quoted", "told", "interview", "statement", "according", "reported", "wrote", "on")


# ---------------------------------------------------------------------------------------------------
# Fragments.  Table entries are plain words; these builders turn them into case-sensitive alternations
# (which the regex engine matches much faster than case-insensitive ones).


def _alt(items: Iterable[str]) -> str:
    """Regex fragments joined as one alternation, longest first (so ``press conference`` beats ``press``)."""
    return "|".join(sorted(set(items), key=len, reverse=True))


def _literal(words: Iterable[str]) -> str:
    """Words matched exactly as written, longest first; a space matches any run of whitespace."""
    escaped = (regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return f"(?:{_alt(escaped)})"


def _words(words: Iterable[str]) -> str:
    """Words as written, with a capital first letter (sentence start), and in title case (proper names)."""
    variants: set[str] = set()
    for w in words:
        variants.update((w, w[:1].upper() + w[1:], " ".join(part[:1].upper() + part[1:] for part in w.split(" "))))
    return _literal(variants)


# A word for the key-word test: letters and digits with inner hyphens and ampersands (op-ed, Q&A, C-SPAN);
# apostrophes split (CBS’s -> cbs, s).  The standard library's engine runs this plain class about twice
# as fast as ``regex``, and the key-word test runs on every window.
_TOKEN = re.compile(r"[^\W_][\w&\-]*")


def _tokens(text: str) -> list[str]:
    """Lower-case words of ``text``, punctuation dropped: the same split on table entries and windows."""
    return _TOKEN.findall(text.lower())


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

_PLATFORM = _literal(v for vs in PLATFORMS.values() for v in vs) + _EON
_POSS = _words(["his", "her", "its", "their", "our", "my", "the", "a", "an"])
_PLACE = rf"(?:\s+{_literal(PLATFORM_PLACES)}{_EOW})?"


_Keys = dict[str, tuple[frozenset[str], ...]]


def _index(entries: Iterable[str]) -> _Keys:
    """Key words: each entry's words, filed under its longest word (``conference`` for ``press conference``).

    A window can hold a phrase only if it holds every word of some entry the phrase is built on, which
    :func:`_met` checks with set operations instead of a regular expression.
    """
    index: dict[str, set[frozenset[str]]] = {}
    for entry in entries:
        words = _tokens(entry)
        if words:
            index.setdefault(max(words, key=len), set()).add(frozenset(words))
    return {word: tuple(sets) for word, sets in index.items()}


@dataclass(frozen=True)
class _Family:
    """One rule of the grammar: its pattern, and the key words a window must hold for it to match.

    ``needs`` lists word tables; a window must hold every word of some entry of each table (``told
    reporters`` needs a telling word and an audience), so most windows are ruled out by set operations
    before any regular expression runs.
    """

    name: str
    pattern: regex.Pattern[str]
    needs: tuple[_Keys, ...]


# Put in a rule's ``starts`` when it may start with an outlet's name: any capitalised word.
_CAPITAL = "\N{NULL}capital"
_NOT_VENUE = rf"(?!{_words(NOT_VENUES)}{_EOW})"


def _family(name: str, starts: Iterable[str], needs: Iterable[Iterable[str]], fragment: str) -> _Family:
    # ``starts``: the words the rule can start with.  Testing them first, in one cheap lookahead, keeps
    # the rule from being tried at every other word.
    words = [entry for entry in starts if entry != _CAPITAL]
    first = _words({entry.split()[0] for entry in words})
    gate = rf"(?=\p{{Lu}}|{first}\b)" if _CAPITAL in starts else rf"(?={first}\b)"
    pattern = regex.compile(rf"\b{gate}{_NOT_VENUE}(?:{fragment})")
    return _Family(name, pattern, tuple(_index(table) for table in needs))


_TELLS_BODY = ["told", "telling", "addressing", "addressed"]
_TWEETS = ["tweet", "tweets"]
_INTERVIEWS = ["interview", "interviews", "Q&A"]
_STARTS_NP = [*INTRODUCERS, *_DETERMINERS]
_BROADCAST_NAMES = [*SHOWS, *BROADCAST_WORDS, *(n for o in OUTLETS if o.broadcast for n in (o.name, *o.variants))]
_PLATFORM_NAMES = [v for vs in PLATFORMS.values() for v in vs]
_ALL_HEADS = [h for heads in HEADS.values() for h in heads]


def _build_venue_families() -> tuple[_Family, ...]:
    """The venue rules, in the order they are tried when two match at the same position."""
    return (
        # in an interview with RT; gave an interview to the newspaper Izvestia; his interview with CNN.
        _family(
            "interview_with",
            [*_STARTS_NP, *_INTERVIEWS],
            [_INTERVIEWS],
            rf"(?P<k_interview>)(?:(?:{_INTRO}\s+(?:{_DET}\s+)?|{_DET}\s+)(?:{_MOD}\s+){{0,3}}?)?"
            rf"{_INTERVIEW}\s+{_INTERVIEW_TO}\s+{_PRE_OUTLET}(?P<outlet>{_ANY})",
        ),
        # told CNN; in a conversation with RT; speaking to the Kyiv Post.
        _family(
            "told_outlet",
            TELLING,
            [TELLING],
            rf"(?P<k_interview>){_TELLING}\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})",
        ),
        # said in a statement to CNN.
        _family(
            "statement_to",
            ["in", *_DETERMINERS, *STATEMENTS_TO],
            [STATEMENTS_TO],
            rf"(?P<k_statement>)(?:(?:{_IN}\s+)?{_DET}\s+(?:{_MOD}\s+){{0,2}}?)?"
            rf"{_STATEMENT_TO}\s+{_TO_OUTLET}\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})",
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
        ),
    )


# A verb that follows an outlet's name in the via rules that name the outlet first (TASS quoted...).
_OUTLET_VERBS = ["quoted", "cited", "reported", "reports", "reporting"]
_OUTLET_VERB = _words(_OUTLET_VERBS)
_VERB_SOON = rf"(?=(?:\S+\s+){{1,8}}?(?:has\s+|had\s+|also\s+|first\s+)?{_OUTLET_VERB}(?![\p{{L}}]))"
_AS_SAYING = r"(?:\S+\s+){1,6}?as\s+(?:saying|telling|stating|writing)"
_AUX = r"(?:(?:has|had|also|first)\s+)?"
_QUOTING = ["quoted", "cited"]
_REPORTING = ["reported", "reports", "reporting"]


def _build_via_families() -> tuple[_Family, ...]:
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
        ),
        # told Reuters; in a conversation with RT; speaking to CNN.
        _family("told", TELLING, [TELLING], rf"{_TELLING}\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})"),
        # in an interview with RT.
        _family(
            "interview",
            _INTERVIEWS,
            [_INTERVIEWS],
            rf"{_INTERVIEW}\s+{_INTERVIEW_TO}\s+{_PRE_OUTLET}(?P<outlet>{_ANY})",
        ),
        # said in a statement to CNN.
        _family(
            "statement",
            STATEMENTS_TO,
            [STATEMENTS_TO],
            rf"{_STATEMENT_TO}\s+{_TO_OUTLET}\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})",
        ),
        # according to Reuters; according to a report by the Financial Times.
        _family(
            "according",
            ["according"],
            [["according to"]],
            rf"{_words(['according to'])}\s+(?:(?:an?|the)\s+(?:\w+\s+)?reports?\s+(?:by|in|from)\s+)?"
            rf"{_PRE_OUTLET}(?P<outlet>{_STRICT})",
        ),
        # Reuters reported; as reported by Reuters.
        _family(
            "reported",
            [_CAPITAL, "reported"],
            [_REPORTING],
            rf"{_VERB_SOON}(?P<outlet>{_STRICT})(?:\s+{_DESCRIPTOR})?\s+{_AUX}(?:reported|reports|reporting)"
            rf"|{_words(['reported'])}\s+by\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})",
        ),
        # wrote in the Washington Post; in an op-ed for The New York Times.
        _family("wrote", _WRITINGS, [_WRITINGS], rf"{_WRITING}\s+(?:in|for)\s+{_PRE_OUTLET}(?P<outlet>{_STRICT})"),
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


_VENUE_FAMILIES = _build_venue_families()
_VIA_FAMILIES = _build_via_families()
_ALL_KINDS: tuple[VenueKind, ...] = KIND_PRIORITY
_CANONICAL: dict[str, str] = {variant: o.name for o in OUTLETS for variant in (o.name, *o.variants)}
_PLATFORM_NAME: dict[str, str] = {v: name for name, variants in PLATFORMS.items() for v in variants}
_SPACES = regex.compile(r"\s+")


def outlet_name(surface: str) -> str:
    """The canonical name of an outlet as written: listed variants map to their outlet, others are kept.

    >>> outlet_name("New York Times"), outlet_name("AP"), outlet_name("Kyiv Post")
    ('The New York Times', 'Associated Press', 'Kyiv Post')
    """
    surface = _SPACES.sub(" ", surface.strip())
    if surface in _CANONICAL:
        return _CANONICAL[surface]
    if surface in SHOWS:
        return SHOWS[surface]
    # ``told The Times``: the article was left out of the match but belongs to the listed name.
    return _CANONICAL.get(f"The {surface}", surface)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    if not isinstance(text, str):
        raise TypeError(f"expected the document text as str, got {type(text).__name__}")
    n = len(text)
    start = min(max(start, 0), n)
    return start, min(max(end, start), n)


def _met(needs: tuple[_Keys, ...], words: set[str]) -> bool:
    """Whether ``words`` hold every word of some entry of each needed table."""
    return all(any(entry <= words for word in words & keys.keys() for entry in keys[word]) for keys in needs)


def _by_word(families: tuple[_Family, ...]) -> dict[str, frozenset[int]]:
    """For each key word, the rules (by number) that may need it: a window's words pick the candidates."""
    rules: dict[str, set[int]] = {}
    for number, family in enumerate(families):
        for keys in family.needs:
            for word in keys:
                rules.setdefault(word, set()).add(number)
    return {word: frozenset(numbers) for word, numbers in rules.items()}


def _scan(
    families: tuple[_Family, ...], by_word: dict[str, frozenset[int]], text: str, start: int, end: int
) -> list[tuple[int, regex.Match[str]]]:
    """Matches of the rules in ``text[start:end]``, leftmost first, as one alternation of them would give.

    Only the rules whose key words the window holds are searched.  At each step the leftmost next match
    of any rule is taken (the earlier rule on a tie) and the search goes on after it; a rule's next
    match is searched again only when the taken one overlapped it.  Returns ``(rule number, match)``.
    """
    start, end = _window(text, start, end)
    words = set(_tokens(text[start:end]))
    hits = words & by_word.keys()
    if not hits:
        return []
    candidates = sorted(set().union(*(by_word[word] for word in hits)))
    patterns = {n: families[n].pattern for n in candidates if _met(families[n].needs, words)}
    upcoming = {n: pattern.search(text, start, end) for n, pattern in patterns.items()}
    found: list[tuple[int, regex.Match[str]]] = []
    while True:
        live = [(m.start(), n, m) for n, m in upcoming.items() if m is not None]
        if not live:
            return found
        _, number, match = min(live, key=lambda item: item[:2])
        found.append((number, match))
        for n, m in upcoming.items():
            if m is not None and m.start() < match.end():
                upcoming[n] = patterns[n].search(text, match.end(), end)


_VENUE_BY_WORD = _by_word(_VENUE_FAMILIES)
_VIA_BY_WORD = _by_word(_VIA_FAMILIES)


def _venue_from(match: regex.Match[str]) -> Venue:
    groups = match.groupdict()
    kind = next(k for k in _ALL_KINDS if groups.get(f"k_{k}") is not None)
    outlet: str | None = None
    if groups.get("outlet") is not None:
        outlet = outlet_name(groups["outlet"])
    elif groups.get("show") is not None:
        outlet = SHOWS[_SPACES.sub(" ", groups["show"])]
    elif groups.get("platform") is not None:
        outlet = _PLATFORM_NAME[groups["platform"]]
    elif groups.get("tweet") is not None:
        outlet = "Twitter"
    return Venue(start=match.start(), end=match.end(), text=match.group(), kind=kind, outlet=outlet)


def find_venues(text: str, start: int, end: int) -> list[Venue]:
    """Every venue phrase in ``text[start:end]``, in text order, with offsets into ``text``.

    >>> t = "Meanwhile, at a press conference after an informal meeting of NATO foreign ministers, Blinken said"
    >>> [(v.kind, v.text) for v in find_venues(t, 0, len(t))]
    [('press_conference', 'at a press conference after an informal meeting of NATO foreign ministers')]
    """
    return [_venue_from(match) for _, match in _scan(_VENUE_FAMILIES, _VENUE_BY_WORD, text, start, end)]


def find_venue(text: str, start: int, end: int) -> Venue | None:
    """The venue of the words in ``text[start:end]``: the most specific kind found, the first of that kind.

    Specificity follows :data:`KIND_PRIORITY` (a press conference at a summit is a press conference).

    >>> t = "the analyst explained in a conversation with RT."
    >>> v = find_venue(t, 0, len(t))
    >>> v.kind, v.outlet, v.text
    ('interview', 'RT', 'in a conversation with RT')
    >>> find_venue("Truss said.", 0, 11) is None
    True
    """
    venues = find_venues(text, start, end)
    if not venues:
        return None
    return min(venues, key=lambda v: (KIND_PRIORITY.index(v.kind), v.start))


def _via_from(match: regex.Match[str]) -> Via:
    name = "outlet" if match.groupdict().get("outlet") is not None else "show"
    return Via(start=match.start(name), end=match.end(name), name=outlet_name(match.group(name)))


def _vias(text: str, start: int, end: int) -> list[tuple[int, Via]]:
    """``(rule number, via)`` pairs in text order; the rule number is the rank in :data:`VIA_RULES`."""
    return [(rank, _via_from(match)) for rank, match in _scan(_VIA_FAMILIES, _VIA_BY_WORD, text, start, end)]


def find_vias(text: str, start: int, end: int) -> list[Via]:
    """Every relaying outlet named in ``text[start:end]``, in text order; the span is the outlet's name.

    >>> t = "“I can say with confidence”, – TASS quoted him as saying."
    >>> find_vias(t, 0, len(t))
    [Via(start=31, end=35, name='TASS')]
    """
    return [via for _, via in _vias(text, start, end)]


def find_via(text: str, start: int, end: int) -> Via | None:
    """The outlet that relayed the words in ``text[start:end]``: the strongest rule's, then the first.

    Rules, strongest first, are in :data:`VIA_RULES`: ``X quoted him as saying`` beats ``told X`` and
    ``in an interview with X``, which beat ``according to X``, ``X reported`` and ``on X``.  ``told
    reporters`` and ``told Congress`` name no outlet.

    >>> t = "“That is all,” he said in an interview with RT."
    >>> find_via(t, 0, len(t)).name
    'RT'
    >>> find_via("he told reporters", 0, 17) is None
    True
    """
    vias = _vias(text, start, end)
    return min(vias, key=lambda rv: (rv[0], rv[1].start))[1] if vias else None
