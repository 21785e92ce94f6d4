"""The English attribution grammar: every production the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.en.grammar` (names, speakers, cues)
compose the patterns below; each stands under a comment saying what it matches.
:data:`ATTRIBUTION` carries them to the logic modules through the
:class:`~quoteattr.lang.Language` value.

>>> ATTRIBUTION.INVERTED_COLON.search("Stated Stone: ").group("cue", "speaker")
('Stated', 'Stone')
>>> ATTRIBUTION.INVERTED_COLON.search("Stone stated: ") is None
True
"""

from __future__ import annotations

import re

import regex

from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.en import grammar
from quoteattr.lang.en.abbreviations import ABBREVIATIONS
from quoteattr.lang.en.cues import (
    BELIEF_VERBS,
    CLAIM_NOUNS,
    CUE_ADVERBS,
    DIALOGUE_VERBS,
    INVERTED_INTRO_VERBS,
    MODAL_ADVERBS,
    NAMING_CUES,
    PASSIVE_NAMING,
    SPEECH_VERBS,
    TERM_INTROS,
    inflections,
)
from quoteattr.lang.en.outlets import OUTLETS
from quoteattr.lang.en.pronouns import (
    DETERMINERS,
    GROUP_NOUNS,
    PERSONAL_RELATIVE,
    QUANTITY_WORDS,
    RELATIVE,
    SUBJECT_PRONOUNS,
)
from quoteattr.lang.en.titles import TITLES
from quoteattr.lang.en.words import (
    ADVERB_ENDINGS,
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    LABELS,
    NOT_NAMES,
    PHRASE_OPENERS,
    PLACES,
    SPEAKING_HEADS,
    SPEAKING_PLACES,
    SUBJECT_VERBS,
    WORD_OPENERS,
    WORK_NOUNS,
)
from quoteattr.lang.grammar_builder import DASH, PUNCT, word_heads, word_tails
from quoteattr.lang.patterns import alternation, suffix_alternation
from quoteattr.models import MentionKind

_ALL_CUE_FORMS = frozenset(form for verb in SPEECH_VERBS + BELIEF_VERBS + DIALOGUE_VERBS for form in inflections(verb))

# --- Speaker mentions --------------------------------------------------------------------------

# Words that cannot open a group mention ("for decades critics"); determiners may ("the critics").
# Word lists below are prefix trees (alternation), not flat alternations the engine tries word by word:
# each list is followed by what ends a word (a boundary, a space, a comma), where at most one of its
# words can stand, so the order of the words changes no match.
_FUNCTION_WORD = rf"(?i:{alternation(sorted(FUNCTION_WORDS - set(DETERMINERS)))})"
# The mention patterns are matched whole, so a lookahead that needs what every match of a pattern holds
# turns most phrases away before the pattern's own backtracking starts: a group mention is three words
# at most, the last one a group noun (two words, then one of the GROUP_NOUNS, each a single word, that
# ends the phrase: the other words are not tried unless it does); a possessive holds an apostrophe; a
# titled name is three to seven words, the last one capitalised.
_GROUP_NOUN_ENDS_THREE_WORDS_AT_MOST = rf"(?=(?:\S++\s++){{0,2}}+{grammar.GROUP}\Z)"
_THREE_TO_SEVEN_WORDS_CAPITALISED = r"(?=(?:\S++\s++){2,6}+\p{Lu}\S*+\Z)"
_APOSTROPHES = ("’", "'")
_APOSTROPHE_AHEAD = rf"(?=[^{''.join(_APOSTROPHES)}]*+[{''.join(_APOSTROPHES)}])"
_PRONOUN_MENTION: tuple[MentionKind, regex.Pattern[str]] = ("pronoun", regex.compile(grammar.PRONOUN))
_RELATIVE_MENTION: tuple[MentionKind, regex.Pattern[str]] = ("relative", regex.compile(grammar.RELATIVE_PRONOUN))
_GROUP_MENTION: tuple[MentionKind, regex.Pattern[str]] = (
    "group",
    regex.compile(
        rf"{_GROUP_NOUN_ENDS_THREE_WORDS_AT_MOST}(?:(?:(?!{_FUNCTION_WORD}\b)[\p{{L}}\-]+\s+){{0,2}}){grammar.GROUP}"
    ),
)
_QUANTITY_MENTION: tuple[MentionKind, regex.Pattern[str]] = ("group", regex.compile(grammar.QUANTITY))
_NAME_MENTION: tuple[MentionKind, regex.Pattern[str]] = ("name", regex.compile(grammar.NAME))
_DESCRIPTION_MENTION: tuple[MentionKind, regex.Pattern[str]] = ("description", regex.compile(grammar.DESCRIPTION))
# "Clinton campaign Chairman John Podesta", "former Arkansas Gov. Mike Huckabee": roles before a name.
_TITLED_MENTION: tuple[MentionKind, regex.Pattern[str]] = (
    "name",
    regex.compile(_THREE_TO_SEVEN_WORDS_CAPITALISED + grammar.TITLED_NAME),
)
# "Ryan’s campaign", "Obama’s former campaign strategist": one look for the apostrophe serves both.
_POSSESSIVE_MENTION: tuple[MentionKind, regex.Pattern[str]] = (
    "description",
    regex.compile(rf"{_APOSTROPHE_AHEAD}(?:{grammar.POSSESSIVE_PHRASE}|{grammar.POSSESSIVE_DESCRIPTION})"),
)
WHOLE_MENTION: tuple[tuple[MentionKind, regex.Pattern[str]], ...] = (
    _PRONOUN_MENTION,
    _RELATIVE_MENTION,
    _GROUP_MENTION,
    _QUANTITY_MENTION,
    _NAME_MENTION,
    _DESCRIPTION_MENTION,
    _TITLED_MENTION,
    _POSSESSIVE_MENTION,
)

# Which of WHOLE_MENTION a phrase can match, told by its first and last words before any pattern is tried
# (most phrases before a cue are clauses that match none): what each alternative's matches all hold.
# A word here is a run of characters that are not space to ``str.split``, which splits at every ``\s``
# of the patterns and at a few control characters besides; no alternative's word holds one of those.
_SEVERAL_WORDS = 1  # a pronoun or a relative is one word: a phrase of several is neither
_OPENS_ON_DETERMINER = 2  # a description opens on one of DETERMINER_FORMS and a space, then more words
_MAY_END_ON_GROUP = 4  # a group's last word is one of GROUP_FORMS, in any case
# A name (and a titled name) ends on a capitalised word, after a space or, in "al-Assad", after a particle
# and its hyphen: its last word opens on a capital or on such a particle, never on a lower-case letter.
_MAY_END_ON_NAME = 8
_HOLDS_APOSTROPHE = 16  # a possessive holds its apostrophe
# A quantity opens on a number, on a ratio word ("one-in-five", holding RATIO_JOINER), or on one of
# QUANTITY_OPENERS (as written) or QUANTITY_WORD_OPENERS (in any case): "Only 24 percent", "Most of them".
_MAY_BE_QUANTITY = 32
_NEEDS: tuple[tuple[tuple[MentionKind, regex.Pattern[str]], int, int], ...] = (
    # (alternative, shape bits it needs set, shape bits it needs clear)
    (_PRONOUN_MENTION, 0, _SEVERAL_WORDS),
    (_RELATIVE_MENTION, 0, _SEVERAL_WORDS),
    (_GROUP_MENTION, _MAY_END_ON_GROUP, 0),
    (_QUANTITY_MENTION, _MAY_BE_QUANTITY, 0),
    (_NAME_MENTION, _MAY_END_ON_NAME, 0),
    (_DESCRIPTION_MENTION, _OPENS_ON_DETERMINER, 0),
    (_TITLED_MENTION, _MAY_END_ON_NAME, 0),
    (_POSSESSIVE_MENTION, _HOLDS_APOSTROPHE, 0),
)
if tuple(alternative for alternative, _, _ in _NEEDS) != WHOLE_MENTION:
    raise ValueError("each alternative of WHOLE_MENTION needs its shape, in the same order")
# What the shapes take for granted of the word lists the patterns are built from.
if not all(noun.isascii() and noun.isalpha() for noun in GROUP_NOUNS):
    raise ValueError("a group noun of other than ASCII letters is not told by its lower case")
if not all(word.isascii() for word in QUANTITY_WORDS):
    raise ValueError("a quantity word of other than ASCII is not told by its lower case")
if any(len(word.split()) != 1 for word in (*SUBJECT_PRONOUNS, *RELATIVE, *DETERMINERS)):
    raise ValueError("a pronoun, a relative or a determiner of several words is not told by one word")
_CANDIDATES = tuple(
    tuple(alternative for alternative, needed, excluded in _NEEDS if shape & needed == needed and not shape & excluded)
    for shape in range(64)
)


def whole_mention_candidates(phrase: str) -> tuple[tuple[MentionKind, regex.Pattern[str]], ...]:
    """The alternatives of :data:`WHOLE_MENTION`, in order, that ``phrase`` can match whole: the others
    need a word or a mark it does not have.

    >>> [kind for kind, _ in whole_mention_candidates("the minister")]
    ['group', 'description']
    >>> [kind for kind, _ in whole_mention_candidates("Truss")]
    ['pronoun', 'relative', 'name', 'name']
    >>> whole_mention_candidates("launched a petition")  # a clause: no pattern can match it
    ()
    """
    words = phrase.rsplit(None, 1)
    if not words:
        return WHOLE_MENTION
    last = words[-1]
    shape = 0
    first = last
    if len(words) == 2:
        shape = _SEVERAL_WORDS
        first = phrase.split(None, 1)[0]
        if first in grammar.DETERMINER_FORMS:
            shape |= _OPENS_ON_DETERMINER
    # A word of other than ASCII may match a word of the patterns in another case ("ſome" is "some").
    if (
        not first.isascii()
        or first[0].isdigit()
        or first in grammar.QUANTITY_OPENERS
        or first.lower() in grammar.QUANTITY_WORD_OPENERS
        or grammar.RATIO_JOINER in first
    ):
        shape |= _MAY_BE_QUANTITY
    if not last.isascii() or last.lower() in grammar.GROUP_FORMS:
        shape |= _MAY_END_ON_GROUP
    if not last[0].islower() or last.startswith(grammar.HYPHENED_PARTICLES):
        shape |= _MAY_END_ON_NAME
    if _APOSTROPHES[0] in phrase or _APOSTROPHES[1] in phrase:
        shape |= _HOLDS_APOSTROPHE
    return _CANDIDATES[shape]


_CONJUNCTIONS = (
    "and but so yet then however meanwhile instead now later also still thus although though while"
    " because as if when since whereas after before until unless"
).split()
LEADING_CONJUNCTION = regex.compile(rf"\s*(?:{alternation(_CONJUNCTIONS)}\s+)+", regex.IGNORECASE)
NOUN_PHRASE_GOES_ON = regex.compile(
    r"\s+\p{Ll}[\p{L}\-]*\s+(?:have|has|are|were|is|was|will|would|had|can|could|say|said|says)\b"
)
# "Republican presidential hopeful Sen. Ted Cruz": lower-case words that are no verbs, then a title and a name.
_CAPITALISED_TITLES = sorted({t.capitalize() for t in TITLES if " " not in t}, key=len, reverse=True)
_VERB_FORMS = grammar.SPEECH_FORMS | frozenset(SUBJECT_VERBS)
TITLED_NAME_IN_DESCRIPTION = regex.compile(
    rf"\s+(?:(?!(?:{alternation(sorted(_VERB_FORMS))}|\p{{Ll}}+ed)\b)\p{{Ll}}[\p{{L}}\-]*\s+){{1,4}}"
    rf"(?P<name>(?:{'|'.join(regex.escape(t) for t in _CAPITALISED_TITLES)})\s+{grammar.NAME})"
)
# "In a Bloomberg interview Trump": an opening phrase with no comma, then the name that ends the window.
NAME_AFTER_OPENING = regex.compile(
    rf"\s*(?i:{alternation(PHRASE_OPENERS)})\s[^,.;:!?“”\"]{{0,80}}?\s(?P<name>{grammar.NAME})\s*\Z"
)
PRONOUN_AT_END = regex.compile(rf"(?r)(?<=\s)(?:{grammar.PRONOUN})(?=\s*\Z)")
PARENTHETICAL_AT_END = regex.compile(rf"(?r){grammar.PARENTHETICAL}\s*\Z")
VERB_IN_PHRASE = regex.compile(
    r"\s\p{Ll}+ed(?=\s+(?:the|a|an|his|her|their|its|our|this|that|these|those|him|them|it|me|us)\b)"
)
OBJECT_FOLLOWS = regex.compile(r"\s+(?:the|a|an|his|her|their|its|our|this|that|these|those)\s")
RELATIVE_AT_END = regex.compile(r"(?r)(?<=\p{L}\s)(?:who|which)(?=\s*\Z)")
MAIN_VERB_AFTER_COMMA = regex.compile(r",\s+(?=\p{Ll}+(?:ed|s)\b)")
# A determiner, lower-case modifiers, then a name: "a defiant Trump", "the visibly relieved Ortiz".
MODIFIED_NAME = regex.compile(
    rf"\p{{L}}+\s+(?:(?!(?:of|the|a|an|for|to|in|on|at|by|with|from|and|or)\b)[\p{{Ll}}\-]+\s+){{1,3}}"
    rf"(?P<name>{grammar.NAME})"
)
TITLED_UNTIL_PUNCT = regex.compile(rf"\s*(?P<name>{grammar.TITLED_NAME})(?=\s*[,:;.!?]|\s*\Z)")
RELATIVE_INSIDE = regex.compile(r"\s(?:who|which)\s+\p{Ll}")
_SUBORDINATORS = r"(?:when|while|as|because|after|before|since|until|although|though)"
# "when he brought up the bombing and": read backwards from the "and" that ends the window.  Every match
# holds, between the subordinator's first space and the "and", no comma, semicolon or colon (a name or
# pronoun holds none), so the look-behind before "and" asks that first: a window without a subordinator
# in its last clause is turned away by one scan, before a name is tried back from every place of it.
SUBORDINATE_SUBJECT = regex.compile(
    rf"(?r)\b{_SUBORDINATORS}\s+"
    rf"(?P<subject>{grammar.PRONOUN}|{grammar.NAME})\s+\p{{Ll}}+[^,;:]*"
    rf"(?<=\b{_SUBORDINATORS}\s[^,;:]*)\band\s*\Z"
)
SUBORDINATOR = regex.compile(r"(?r)\b(?:that|when|as|while|because|after|before|and|but|so|if|where|since|until)\s+")
APPOSITIVE_START = regex.compile(r"\s*(?:a|an|the|\p{Ll}+ (?:director|head|chief|professor|member|fellow))\b")
# "a defiant", "warm-and-fuzzy": lower-case words before a name that only describe it.
_NOT_MODIFIERS = sorted(FUNCTION_WORDS | set("into over under after before than his her their our".split()))
MODIFIERS = regex.compile(rf"\s*(?:(?:a|an|the)\s+)?(?:(?!(?:{'|'.join(_NOT_MODIFIERS)})\b)[\p{{Ll}}\-]+\s+){{1,3}}")
# "said a GOP data expert who has worked...", "cried his wife impatiently", "said his lady to him":
# the speaker ends before a relative clause, an adverb or a prepositional phrase.
SPEAKER_TAIL = regex.compile(
    r"\s+(?:who|which|whose|whom|that|to|with|at|in|on|from|for|as|after|before|when|while|"
    rf"\p{{Ll}}+(?:{'|'.join(ADVERB_ENDINGS)}))\b"
)

# A sentence adverb: a word with one of ADVERB_ENDINGS ("Additionally", "reportedly"); no ending is the
# start of another, so a tree of them matches where their list did.
_ADVERB = rf"\w+(?:{alternation(ADVERB_ENDINGS)})"
# "Additionally, Truss ...", "In this regard, she ...": an opening adverbial is not the subject.
INTRODUCTORY = regex.compile(
    # "And then", "Still,": words that open a sentence alone.
    rf"\s*(?:(?i:{alternation(WORD_OPENERS)})\b,?\s+)*"
    # Every phrase below ends at the first comma, before any other stop: a sentence whose first stop
    # is no comma is turned away by one look ahead, before each phrase is tried at each of its words.
    r"(?:(?=[^,.;:]*+,)(?:"
    # "Additionally,", "Clearly,": a sentence adverb.
    rf"{_ADVERB}"
    # "In this regard,", "Earlier this year,": a time or framing phrase.
    r"|[^,.;:]{1,40}?\b(?:regard|addition|time|part|end|meanwhile|however|year|week|month|day)"
    # "In Columbia,", "After the debate,", "Shortly after the call ended,": a prepositional or
    # subordinate opening.
    rf"|(?:\p{{Lu}}\w+ly\s+)?(?i:{alternation(PHRASE_OPENERS)})\b[^,.;:]{{0,80}}(?:,\s*\d{{4}})?"
    # "Reaching for the jugular,": a participial phrase.
    r"|\p{Lu}\p{Ll}+ing\b[^,.;:]{0,60}"
    r")\s*,"
    # "Washington (AFP) -": a dateline with the agency in brackets.
    r"|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}(?:,\s*\p{Lu}[\p{L}.]*)?"
    r"\s*\([^()\n]{1,20}\)\s*[\-\N{EN DASH}\N{EM DASH}]{1,2}"
    # "PORTLAND, Ore. -": a dateline.
    r"|\p{Lu}{2}[\p{Lu} .'\-]*(?:,\s*\p{Lu}[\p{L}.]*)?\s*[\-\N{EN DASH}\N{EM DASH}]{1,2}"
    r")?\s*"
)

# --- Cues and reported claims ------------------------------------------------------------------

# What may stand between a cue and its clause: "told reporters that", "said in a statement that".
COMPLEMENT_GAP = regex.compile(r"(?:(?!'')[^.;:!?“”\"]){0,80}?\bthat\b")
# "said he was ashamed that ...": a subject in the gap starts the claim before "that".
SUBJECT_IN_GAP = regex.compile(r"\b(?:he|she|they|I|we|it|you|there)\b")
TOLD_OBJECT = regex.compile(
    r"\s+(?:[\p{L}’'.\-]+\s+){1,8}?(?=(?:he|she|they|I|we|it|there)\s+\p{Ll}|(?:how|why|what|whether)\s)"
)
TRAILING_GAP = regex.compile(
    # "..., the official said Thursday.", "said Friday afternoon in a statement": a bare day or time first.
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:\s+\w+ly)?(?:\s+(?:in|at|on|during|to|after|before|with|for|from|via|through|last|this|earlier|late|early|when|while)"
    r"\b(?:(?!\bthat\b)[^,.;:!?“”\"]){0,80})?\s*[.!?]*\s*\Z"
)
# "Lawmakers could not say", "he didn’t say": a claim's subject stands before modals and negations
# (quotes keep to CUE_ADVERBS: "The mayor should begin ''building bridges''" introduces nothing).
MODALS_BEFORE_CUE = regex.compile(
    rf"(?r)(?:\s+(?:{suffix_alternation(CUE_ADVERBS + MODAL_ADVERBS)}|{grammar.LY_ADVERB}))+\s*\Z"
)
MODALS_BEFORE_CUE_TAILS = word_tails(*CUE_ADVERBS, *MODAL_ADVERBS, "ly")  # an adverb, a modal, "-ly"
# A present-tense cue followed by an auxiliary is the head of a subject ("Health worries have dogged",
# "several battleground states could be decisive"); any cue followed by "by" is a passive or a noun
# ("Additional reporting by", "a view echoed by everyone").  Past forms before an auxiliary stay cues:
# "what the senators said was gerrymandering".
_AUXILIARIES_AFTER = (
    *("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might"),
    "must",
)
NOUN_AFTER_CUE = regex.compile(
    rf"\s+by\b|(?<!ed|id|ld|ght|wn|en)\s+(?:{'|'.join(_AUXILIARIES_AFTER)})\b"
    r"|['’]s\b"  # a verb takes no possessive: "the Democratic state's party convention"
)
PASSIVE_INFINITIVE_BEFORE = regex.compile(r"(?r)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+ed\s+to\s+\Z")
_PASSIVE_AUXILIARIES = ("is", "are", "was", "were", "be", "been", "being")
PASSIVE_BEFORE = regex.compile(rf"(?r)\b(?:{'|'.join(_PASSIVE_AUXILIARIES)})\s+(?:\w+ly\s+)?\Z")
# "as X put it": scanned with the standard library for speed, the speaker found backwards. The word
# boundary is tested behind the literal "put" (the same test as a leading \b), so the scan can look for
# the literal alone: some twenty times faster over a news text.
PUT_IT = re.compile(r"put(?<!\wput)(?:s)? it\b")
AS_SPEAKER = regex.compile(
    rf"(?r)\b[Aa]s\s+(?P<speaker>{grammar.POSSESSIVE_DESCRIPTION}|{grammar.TITLED_NAME}|{grammar.NAME}|"
    rf"{grammar.DESCRIPTION}|{grammar.PRONOUN})\s+(?:{grammar.ADVERBS})?\Z"
)
# "a series of tweets early Friday saying", "issued a statement saying": the participle describes
# something the subject put out.
NOUN_BEFORE_PARTICIPLE = regex.compile(
    r"(?r)\b(?:statement|statements|tweet|tweets|letter|memo|email|e-mail|release|post|posts|message|messages|"
    r"ad|ads|video|note|op-ed|column|report|filing|remarks|speech)\b(?:\s+\w+){0,3}\s*\Z"
)
# "and said", "but he also insisted", ", adding that": a second verb of saying, with its own content.
_SPEECH_PARTICIPLES = sorted(form for form in grammar.SPEECH_FORMS if form.endswith("ing"))
# "Democrats want X, and Republicans want Y", "..., while Mr. Obama thinks": a new subject and its cue.
_NEW_SUBJECT_CUE = (
    rf"(?:and|but|while|whereas)\s+(?:[A-Z][\w.’'\-]*\s+){{1,3}}(?:(?:\w+ly|also|now)\s+)?{grammar.CUE}\b"
)
# Every branch opens on one space or comma, which the engine tests before it tries the branch at a
# place of the claim; so the new subject's optional comma is two branches (",\s", then "\s"), not ",?\s",
# which would be tried at every place: a fifth less for the scan, the same matches.
COORDINATED_CUE = re.compile(
    rf"\s(?:and|but)\s+(?:(?:he|she|they|we|I)\s+)?(?:(?:\w+ly|also|then|later)\s+)?{grammar.SPEECH_CUE}\b"
    rf"|,\s+(?:{alternation(_SPEECH_PARTICIPLES)})\b"
    rf"|,\s{_NEW_SUBJECT_CUE}|\s{_NEW_SUBJECT_CUE}"
)
# "said the plan failed and that the agency should close": each "that" opens a claim of its own.
SECOND_COMPLEMENT = re.compile(r",?\s+(?:and|but|or)\s+(?:also\s+)?that\b\s*")
NAME_COLON = regex.compile(rf"(?P<speaker>{grammar.NAME})(?P<cue>:)\s+(?=\S)")

# --- Quotes and their attribution --------------------------------------------------------------

TRAILING_LEAD = regex.compile(rf"\s*{PUNCT}?{DASH}?")
BY_GERUND = regex.compile(r"\b(?:by|before|after|while|when|in)\Z")
# "a group called “…”", "a website called the “…”": a thing named, nobody's words.
_THING_CALLED = r"(?:a|an|the)\s+(?:[\p{L}\-]+\s+){1,2}called"
SCARE_QUOTE_INTRO = regex.compile(
    rf"(?r)\b(?:{suffix_alternation(TERM_INTROS)}|{_THING_CALLED})(?:\s+(?:the|a|an))?\s*\Z", regex.IGNORECASE
)
# "what is called a “debate”", "a group called “…”": a name for a thing, even inside someone's claim.
NAMED_THING = regex.compile(
    rf"(?r)\b(?:{suffix_alternation(PASSIVE_NAMING)}|{_THING_CALLED})(?:\s+(?:the|a|an))?\s*\Z", regex.IGNORECASE
)
# A work or a show named by the quote right after it: "his 2002 book, ''Make Your Kid a
# Millionaire,''", "the spot, titled “Arrogant,”", and a broadcaster's show, "MSNBC’s “Morning Joe”".
_BROADCASTERS = alternation(
    tuple(variant for outlet in OUTLETS if outlet.broadcast for variant in (outlet.name, *outlet.variants))
)
WORK_BEFORE_TITLE = regex.compile(rf"(?:\b(?i:{alternation(WORK_NOUNS)}),?|\b(?:{_BROADCASTERS})(?:’s|'s|’|'))\s*\Z")
# "his statement on Wednesday that “…”", "Albright’s remark that “…”", "Trump’s call for “…”".
POSSESSED_CLAIM = regex.compile(
    rf"(?r)(?:(?P<pronoun>\b(?:[Hh]is|[Hh]er|[Tt]heir))|(?P<name>{grammar.NAME})(?:’s|'s|’|'))"
    rf"\s+(?:[\p{{Ll}}\-]+\s+){{0,2}}(?P<cue>{alternation(CLAIM_NOUNS)})\b"
    r"(?P<gap>[^“”\"«».;!?]{0,60}?)\s*\Z"
)
# Between the noun and the quote: a time or place, then "that" and its clause, or a preposition.
# A quote right after the noun is its predicate ("Trump’s comments “are based on opinion”"), not its content.
CLAIM_GAP = regex.compile(
    r"\s*(?:(?:on|in|at|during|last|this|earlier|from|to)\s+[^,]{1,40}?\s+)?"
    r"(?:that\b[^,;:]{0,50}?|for|of|about|:|,)\s*(?:the|a|an)?\s*"
)
ASKED_CLAUSE = regex.compile(r"\s*(?:When\s+)?[Aa]sked\s+(?:whether|if|about|how|what|why|who|to)\b[^,;:“”\"]*\Z")
CLAIM_NOUN = re.compile(rf"\b(?:{alternation(CLAIM_NOUNS)})\b")
# "what Sroka called a “…”", "what he described as “…”": the naming is the speaker's.
WHAT_CALLED = regex.compile(
    rf"(?r)\b[Ww]hat\s+(?P<speaker>{grammar.NAME}|{grammar.PRONOUN}|{grammar.DESCRIPTION}?)\s+"
    rf"(?P<cue>{alternation(NAMING_CUES)})(?:\s+(?:the|a|an|his|her|their))?\s*\Z"
)
# "and" between two capitalised words joins names ("Fox and Friends"), not clauses.
CLAUSE_START = regex.compile(r"[,;:(]\s+|\s(?:but|while|so)\s+|(?<!\p{Lu}[\p{L}.]*)\sand\s+|\sand\s+(?!\p{Lu})")
# A subject is followed by its verb: a lower-case word ("referred", "has", "also said").
VERB_AFTER = regex.compile(r"\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|s|d|t)?\b")
ENDS_ON_CUE = regex.compile(
    r"(?:\s+\w+ly)?(?:\s+(?:in|at|on|during|to|after|before|with|for|from|via|through|last|this|earlier|when|while)"
    r"\b(?:(?!\bthat\b)[^,.;:!?“”\"]){0,80})?\s*[.:]\s*"
)
# "asked the crowd: “…”" names the addressee; only after a quote is "asked the moderator" inverted.
_INVERTED_INTRO_FORMS = [form for verb in INVERTED_INTRO_VERBS if verb != "ask" for form in inflections(verb)[1:3]]
# "Stated Stone:", "Said one aide:": the cue before the speaker, then a colon.  The cue opens
# its sentence, so it is capitalised: "Said", "Explained", "Writes".
INVERTED_COLON = regex.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<cue>{alternation([form.capitalize() for form in _INVERTED_INTRO_FORMS])})\s+"
    rf"(?P<speaker>{grammar.NAME}|{grammar.DESCRIPTION}):\s*\Z"
)
# "declared the need for a “global NATO”": a quote after a determiner is part of a noun phrase.
ENDS_IN_DETERMINER = regex.compile(r"(?r)\b(?:a|an|the|of|for|to|about|his|her|its|their|our|this|that)\s*\Z")
PARTICIPLE_LINK = regex.compile(r"\s*,\s*|\s+(?:by|before|after|while)\s+")
THAT = regex.compile(
    r"\b(?:that|whether|if|how|why|what|is|was|were|are|has|have|had|will|would|can|could|should|must)\b"
)
# "says he feels he did “great”": a subject and its verb between the cue and the quote make a clause.
CLAUSE_IN_GAP = regex.compile(r"\b(?:he|she|they|we|I|you)\s+\p{Ll}+")
# "- Philip Bump: “…" / "From the report: “…": a speaker introduced by a colon alone.
_COLON_SPEAKER = rf"(?:(?:[Ff]rom|More from)\s+)?(?P<speaker>{grammar.NAME}|{grammar.DESCRIPTION})(?P<cue>:)\s*\Z"
# At the start of the sentence ("Philip Bump: “…”", "From the report: “…”") ...
COLON_INTRO_START = regex.compile(rf"\s*{_COLON_SPEAKER}")
# ... or after a dash ("Pollsters agree - Carl Bialik: “…”", "-More from Blumenthal and Cohen: “…”").
COLON_INTRO_DASH = regex.compile(rf"(?r)(?<=[\N{{EM DASH}}\N{{EN DASH}}-]\s*){_COLON_SPEAKER}")
# "In other words, explained CBS moderator Nancy Cordes: “…”": a cue, then its speaker, then the quote.
INVERTED_INTRO = regex.compile(
    rf"(?r)(?<=[,;]\s*)(?P<cue>{suffix_alternation(_INVERTED_INTRO_FORMS)})\s+"
    rf"(?P<speaker>{grammar.POSSESSIVE_DESCRIPTION}|{grammar.TITLED_NAME}|{grammar.NAME}|(?:the|a|an)\s+[^,:;]+?)\s*[:,]\s*\Z"
)
# "According to HuffPo: “…”", "According to the report, “…”".
ACCORDING_INTRO = regex.compile(
    rf"(?r)\b(?P<cue>[Aa]ccording to)\s+"
    rf"(?P<speaker>{grammar.POSSESSIVE_DESCRIPTION}|{grammar.NAME}|{grammar.DESCRIPTION})\s*[:,]\s*\Z"
)
PARTICIPLE_PHRASE = regex.compile(r"\s+\p{Ll}+ing\b[^,.;:!?“”\"]{0,60}\Z")

ATTRIBUTION = AttributionGrammar(
    SPEECH_FORMS=grammar.SPEECH_FORMS,
    BELIEF_FORMS=grammar.BELIEF_FORMS,
    DIALOGUE_FORMS=grammar.DIALOGUE_FORMS,
    CUE_BASE_FORMS=frozenset(SPEECH_VERBS + BELIEF_VERBS),
    INVERSION_FORMS=frozenset(form for verb in INVERTED_INTRO_VERBS for form in inflections(verb)),
    PARTICIPLE_CUES=frozenset(form for form in _ALL_CUE_FORMS if form.endswith("ing")),
    PASSIVE_CUES=frozenset(form for form in _ALL_CUE_FORMS if form.endswith(("ed", "en", "wn", "id", "ld", "ght"))),
    TELL_FORMS=frozenset(inflections("tell")),
    SO_CALLED=grammar.so_called,
    SUBJECT_VERBS=SUBJECT_VERBS,
    CLAUSE_WORDS=CLAUSE_WORDS,
    FUNCTION_WORDS=FUNCTION_WORDS,
    NOT_NAMES=NOT_NAMES,
    NAME_OPENERS=frozenset({"The", "This", "That", "These", "Those", "All", "Some"}),
    SUBJECT_WORDS=frozenset({"he", "she", "they", "it", "it’s", "it's", "i", "we", "you"}),
    STOP_SUBJECTS=frozenset("there this that what whom whose where when why how here these those such one".split())
    | LABELS,
    AFTER_VERB=frozenset(
        "the a an his her their its our this that these those him them it me us to by on in at for with from "
        "about up down out off back over".split()
    ),
    DETERMINERS=frozenset(DETERMINERS),
    VERBS_NOT_NAMES=grammar.SPEECH_FORMS - frozenset(SPEECH_VERBS + BELIEF_VERBS),
    SINGULAR_DETERMINERS=frozenset({"a", "an", "another", "each", "every"}),
    DEMONSTRATIVES=frozenset({"that", "this", "these", "those"}),
    RELATIVES=frozenset(RELATIVE),
    PERSONAL_RELATIVES=frozenset(PERSONAL_RELATIVE),
    PLACES=PLACES,
    HEADLINE_VERBS=HEADLINE_VERBS,
    SPEAKING_PLACES=SPEAKING_PLACES,
    SPEAKING_HEADS=SPEAKING_HEADS,
    ABBREVIATIONS=ABBREVIATIONS,
    TITLE_SMALL_WORDS=frozenset("a an the of in on at to for and or but nor with from by as vs".split()),
    INDEFINITE_SPEAKERS=frozenset({"one", "another"}),
    IMPERSONAL_PRONOUNS=frozenset({"i", "we", "you", "it"}),
    GENERIC_PRONOUNS=frozenset({"you"}),
    GENDER_PAIRS=frozenset({frozenset({"he", "she"}), frozenset({"him", "her"})}),
    ANSWER_WORDS=frozenset({"yes", "no"}),
    POSSESSIVE_ENDINGS=("’s", "'s", "’", "'"),
    PAST_ENDINGS=("ed",),
    ADVERB_ENDINGS=ADVERB_ENDINGS,
    MANNER_ENDINGS=("ly",),
    PARTICIPLE_ENDINGS=("ing",),
    COORDINATION_ENDINGS=(" and", " but"),
    SUBJECT_PHRASE_WORDS=16,
    CONTENT_AFTER_OPENING_SUBJECT=True,
    WHAT_HINT="hat ",
    WHAT_WORDS=("what", "What"),  # WHAT_CALLED opens on "\b[Ww]hat\s+" and has no other branch
    ACCORDING_HINT="ccording to",
    QUOTED_AS_HINTS=("quote", "cite"),
    SIGNATURE_HINTS=grammar.SIGNATURE_DASHES,
    NAME_COLON_HINT=":",
    WHOLE_MENTION=WHOLE_MENTION,
    WHOLE_MENTION_CANDIDATES=whole_mention_candidates,
    SPEAKER_AT_START=grammar.SPEAKER_AT_START,
    NAME_COLON=NAME_COLON,
    POSSESSIVE=regex.compile(grammar.POSSESSIVE_PHRASE),
    MODIFIED_NAME=MODIFIED_NAME,
    TITLED_UNTIL_PUNCT=TITLED_UNTIL_PUNCT,
    MODIFIERS=MODIFIERS,
    LEADING_CONJUNCTION=LEADING_CONJUNCTION,
    PRONOUN_AT_END=PRONOUN_AT_END,
    NAME_AFTER_OPENING=NAME_AFTER_OPENING,
    PARENTHETICAL_AT_END=PARENTHETICAL_AT_END,
    PARENTHETICAL_CLOSE=")",  # PARENTHETICAL ends on its bracket
    RELATIVE_AT_END=RELATIVE_AT_END,
    RELATIVE_INSIDE=RELATIVE_INSIDE,
    VERB_IN_PHRASE=VERB_IN_PHRASE,
    OBJECT_FOLLOWS=OBJECT_FOLLOWS,
    NOUN_PHRASE_GOES_ON=NOUN_PHRASE_GOES_ON,
    TITLED_NAME_IN_DESCRIPTION=TITLED_NAME_IN_DESCRIPTION,
    INTRODUCTORY=INTRODUCTORY,
    SUBORDINATE_SUBJECT=SUBORDINATE_SUBJECT,
    SUBORDINATOR=SUBORDINATOR,
    APPOSITIVE_START=APPOSITIVE_START,
    MAIN_VERB_AFTER_COMMA=MAIN_VERB_AFTER_COMMA,
    TRAILING_ADVERBS=grammar.TRAILING_ADVERBS,
    TRAILING_ADVERBS_TAILS=grammar.TRAILING_ADVERBS_TAILS,
    SPEAKER_TAIL=SPEAKER_TAIL,
    CUE_ANYWHERE=grammar.CUE_ANYWHERE,
    SPEECH_CUE_WORD=grammar.SPEECH_CUE_WORD,
    ACCORDING_TO=grammar.ACCORDING_TO_BRANCHES,
    IN_OPINION=grammar.IN_OPINION_BRANCHES,
    PUT_IT=PUT_IT,
    AS_SPEAKER=AS_SPEAKER,
    COMPLEMENT_GAP=COMPLEMENT_GAP,
    SUBJECT_IN_GAP=SUBJECT_IN_GAP,
    TOLD_OBJECT=TOLD_OBJECT,
    TRAILING_GAP=TRAILING_GAP,
    MODALS_BEFORE_CUE=MODALS_BEFORE_CUE,
    MODALS_BEFORE_CUE_TAILS=MODALS_BEFORE_CUE_TAILS,
    NOUN_AFTER_CUE=NOUN_AFTER_CUE,
    NOUN_AFTER_CUE_HEADS=word_heads("by", *_AUXILIARIES_AFTER, "'s", "’s"),
    PASSIVE_INFINITIVE_BEFORE=PASSIVE_INFINITIVE_BEFORE,
    PASSIVE_INFINITIVE_TAILS=word_tails("to"),  # the "to" before the cue
    PASSIVE_BEFORE=PASSIVE_BEFORE,
    PASSIVE_BEFORE_TAILS=word_tails(*_PASSIVE_AUXILIARIES, "ly"),  # "was (revealed)", "is widely (expected)"
    NOUN_BEFORE_PARTICIPLE=NOUN_BEFORE_PARTICIPLE,
    COORDINATED_CUE=COORDINATED_CUE,
    SECOND_COMPLEMENT=SECOND_COMPLEMENT,
    SECOND_COMPLEMENT_HINT="that",
    COMPLEMENT_GAP_HINT="that",
    TRAILING=grammar.TRAILING,
    INVERTED=grammar.INVERTED,
    SIGNATURE=grammar.SIGNATURE,
    QUOTED_AS=grammar.QUOTED_AS,
    TRAILING_LEAD=TRAILING_LEAD,
    BY_GERUND=BY_GERUND,
    PARTICIPLE_LINK=PARTICIPLE_LINK,
    PARTICIPLE_PHRASE=PARTICIPLE_PHRASE,
    SCARE_QUOTE_INTRO=SCARE_QUOTE_INTRO,
    NAMED_THING=NAMED_THING,
    WORK_BEFORE_TITLE=WORK_BEFORE_TITLE,
    POSSESSED_CLAIM=POSSESSED_CLAIM,
    CLAIM_GAP=CLAIM_GAP,
    CLAIM_NOUN=CLAIM_NOUN,
    ASKED_CLAUSE=ASKED_CLAUSE,
    WHAT_CALLED=WHAT_CALLED,
    CLAUSE_START=CLAUSE_START,
    VERB_AFTER=VERB_AFTER,
    ENDS_ON_CUE=ENDS_ON_CUE,
    INVERTED_COLON=INVERTED_COLON,
    ENDS_IN_DETERMINER=ENDS_IN_DETERMINER,
    THAT=THAT,
    CLAUSE_IN_GAP=CLAUSE_IN_GAP,
    COLON_INTRO_START=COLON_INTRO_START,
    COLON_INTRO_DASH=COLON_INTRO_DASH,
    INVERTED_INTRO=INVERTED_INTRO,
    ACCORDING_INTRO=ACCORDING_INTRO,
)
