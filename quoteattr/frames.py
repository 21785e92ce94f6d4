"""Stage 3a: attribution frames, the "X said (that) ..." skeletons of a text.

A frame ties a speaker mention and a cue to the content they introduce.  Frames
are found from cue words (one compiled pattern over the text, skipping cues
inside quotations) and from "according to X" / "in X's opinion"; each cue is
looked at only within its own sentence, so the pass is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import islice, pairwise

import regex

from quoteattr.lang.en import grammar
from quoteattr.lang.en.abbreviations import ABBREVIATIONS
from quoteattr.lang.en.cues import BELIEF_VERBS, SPEECH_VERBS
from quoteattr.lang.en.pronouns import DETERMINERS
from quoteattr.lang.en.words import (
    ADVERB_ENDINGS,
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    NOT_NAMES,
    PHRASE_OPENERS,
    PLACES,
    SUBJECT_VERBS,
    WORD_OPENERS,
)
from quoteattr.text import Index, trim

# Clause boundaries a speaker mention never crosses.
_BOUNDARY = regex.compile(r"(?r)[,;:(\[\N{EM DASH}\N{EN DASH}\"“”«»„\N{HORIZONTAL ELLIPSIS}]|\s-\s")
_LEADING_CONJUNCTION = regex.compile(
    r"\s*(?:(?:and|but|so|yet|then|however|meanwhile|instead|now|later|also|still|thus|although|though|while|"
    r"because|as|if|when|since|whereas|after|before|until|unless)\s+)+",
    regex.IGNORECASE,
)
# What may stand between a cue and its clause: "told reporters that", "said in a statement that".
_COMPLEMENT_GAP = regex.compile(r"(?:(?!'')[^.;:!?“”\"]){0,80}?\bthat\b")
# "said he was ashamed that ...": a subject in the gap starts the claim before "that".
_SUBJECT_IN_GAP = regex.compile(r"\b(?:he|she|they|I|we|it|you|there)\b")
_TELL_FORMS = frozenset({"tell", "tells", "told", "telling"})
_TOLD_OBJECT = regex.compile(r"\s+(?:[\p{L}’'.\-]+\s+){1,5}?(?=(?:he|she|they|I|we|it|there)\s+\p{Ll})")
_TRAILING_GAP = regex.compile(
    r"(?:\s+\w+ly)?(?:\s+(?:in|at|on|during|to|after|before|with|for|from|via|through|last|this|earlier|late|early|when|while)"
    r"\b(?:(?!\bthat\b)[^,.;:!?“”\"]){0,80})?\s*[.!?]*\s*\Z"
)
_WORD = regex.compile(r"\w+")
_NOUN_PHRASE_GOES_ON = regex.compile(
    r"\s+\p{Ll}[\p{L}\-]*\s+(?:have|has|are|were|is|was|will|would|had|can|could|say|said|says)\b"
)
_PRONOUN_AT_END = regex.compile(rf"(?r)(?<=\s)(?:{grammar.PRONOUN})(?=\s*\Z)")
_PARENTHETICAL_AT_END = regex.compile(rf"(?r){grammar.PARENTHETICAL}\s*\Z")
_VERB_IN_PHRASE = regex.compile(
    r"\s\p{Ll}+ed(?=\s+(?:the|a|an|his|her|their|its|our|this|that|these|those|him|them|it|me|us)\b)"
)
_OBJECT_FOLLOWS = regex.compile(r"\s+(?:the|a|an|his|her|their|its|our|this|that|these|those)\s")
_RELATIVE_AT_END = regex.compile(r"(?r)(?<=\p{L}\s)(?:who|which)(?=\s*\Z)")
_NAME_BEFORE_RELATIVE = regex.compile(r"(?r)\p{Lu}[\p{L}.’'\-]*,?\s*\Z")
_MAIN_VERB_AFTER_COMMA = regex.compile(r",\s+(?=\p{Ll}+(?:ed|s)\b)")
# A determiner, lower-case modifiers, then a name: "a defiant Trump", "the visibly relieved Ortiz".
_MODIFIED_NAME = regex.compile(
    rf"\p{{L}}+\s+(?:(?!(?:of|the|a|an|for|to|in|on|at|by|with|from|and|or)\b)[\p{{Ll}}\-]+\s+){{1,3}}"
    rf"(?P<name>{grammar.NAME})"
)
_TITLED_UNTIL_PUNCT = regex.compile(rf"\s*(?P<name>{grammar.TITLED_NAME})(?=\s*[,:;.!?]|\s*\Z)")
_PASSIVE_BEFORE = regex.compile(r"(?r)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\Z")
_QUOTE_NEXT = regex.compile(r"\s*(?:[“\"«„]|'')")
# "as X put it": scanned with the standard library for speed, the speaker found backwards.
_PUT_IT = re.compile(r"\bput(?:s)? it\b")
_AS_SPEAKER = regex.compile(
    rf"(?r)\b[Aa]s\s+(?P<speaker>{grammar.POSSESSIVE_DESCRIPTION}|{grammar.TITLED_NAME}|{grammar.NAME}|"
    rf"{grammar.DESCRIPTION}|{grammar.PRONOUN})\s+(?:{grammar.ADVERBS})?\Z"
)
# "a series of tweets early Friday saying", "issued a statement saying": the participle describes
# something the subject put out.
_NOUN_BEFORE_PARTICIPLE = regex.compile(
    r"(?r)\b(?:statement|statements|tweet|tweets|letter|memo|email|e-mail|release|post|posts|message|messages|"
    r"ad|ads|video|note|op-ed|column|report|filing|remarks|speech)\b(?:\s+\w+){0,3}\s*\Z"
)
_RELATIVE_INSIDE = regex.compile(r"\s(?:who|which)\s+\p{Ll}")
_NOUN_PHRASE_NEXT = regex.compile(r"\s+\p{Ll}[\p{L}\-]*\s+\p{Ll}")
_SUBORDINATE_SUBJECT = regex.compile(
    rf"(?r)\b(?:when|while|as|because|after|before|since|until|although|though)\s+"
    rf"(?P<subject>{grammar.PRONOUN}|{grammar.NAME})\s+\p{{Ll}}+[^,;:]*\band\s*\Z"
)
_COORDINATED_CUE = re.compile(rf"\s(?:and|but)\s+(?:\w+ly\s+)?{grammar.SPEECH_CUE}\b")
_NEXT_WORD = regex.compile(r"\s+(\p{Ll}+)")
_WORD_SPAN = regex.compile(r"[\p{L}\p{N}’'\-.]+")
# Words after "-ed" that make it a verb ("tried to", "rallied supporters" is missed; "rallied the").
_AFTER_VERB = frozenset(
    "the a an his her their its our this that these those him them it me us to by on in at for with from "
    "about up down out off back over".split()
)
_NAME_COLON = regex.compile(rf"(?P<speaker>{grammar.NAME})(?P<cue>:)\s+(?=\S)")
_BULLET = regex.compile(r"[~•*·>\-\N{EN DASH}\N{EM DASH}]+\s+")
_SOURCE_PHRASE = regex.compile(r"[^,;:!?“”\"()]+?(?=\s*(?:[,;:!?“”\"(]|\.?\s*\Z))")
_COMMA_AFTER = regex.compile(r"\s*,\s*")
_SUBORDINATOR = regex.compile(r"(?r)\b(?:that|when|as|while|because|after|before|and|but|so|if|where|since|until)\s+")
_APPOSITIVE_START = regex.compile(r"\s*(?:a|an|the|\p{Ll}+ (?:director|head|chief|professor|member|fellow))\b")
_STOP_SUBJECTS = frozenset("there this that what whom whose where when why how here these those such one".split())


@dataclass(slots=True)
class Mention:
    """A speaker mention in the text and what kind of phrase it is."""

    start: int
    end: int
    kind: str  # pronoun | name | description | group | relative
    roles: list[str] = field(default_factory=list)  # appositives and titles seen with it


@dataclass(slots=True)
class Frame:
    """A speaker, a cue and the content they introduce."""

    speaker: Mention
    cue: tuple[int, int]
    content: list[tuple[int, int]]
    rule: str
    confidence: float
    sentence: int
    via: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def classify_mention(text: str, start: int, end: int) -> Mention | None:
    """The speaker mention filling exactly ``text[start:end]``, or None if it is not one."""
    start, end = trim(text, start, end)
    if start >= end:
        return None
    bullet = _BULLET.match(text, start, end)  # "~ As Vulture put it", "• Officials said"
    if bullet:
        start = bullet.end()
    conj = _LEADING_CONJUNCTION.match(text, start, end)
    if conj:
        start = conj.end()
    while end > start and text[end - 1] in ".," and _drop_final_stop(text, start, end):
        end -= 1
    phrase = text[start:end]
    if phrase.lower() in _STOP_SUBJECTS or phrase.endswith(("’s", "'s", "’", "'")):
        return None  # a possessive ("Truss’s remarks") is never the speaker itself
    for kind, pattern in _WHOLE_MENTION:
        if pattern.fullmatch(text, start, end):
            if kind == "relative" and not _NAME_BEFORE_RELATIVE.search(text, max(0, start - 60), start):
                return None  # "countries which call ...": only a relative after a name stands for a speaker
            if kind == "description" and not _plausible_description(phrase):
                return None
            if kind == "description":
                named = _MODIFIED_NAME.fullmatch(text, start, end)
                if named is not None:  # "a visibly relieved Ortiz": the name, described
                    return Mention(*named.span("name"), "name")
            if kind == "name" and not _plausible_name(phrase):
                return None
            return Mention(start, end, kind)
    return None


# Words that cannot open a group mention ("for decades critics"); determiners may ("the critics").
_FUNCTION_WORD = rf"(?i:{'|'.join(sorted(FUNCTION_WORDS - set(DETERMINERS)))})"
_WHOLE_MENTION = (
    ("pronoun", regex.compile(grammar.PRONOUN)),
    ("relative", regex.compile(grammar.RELATIVE_PRONOUN)),
    ("group", regex.compile(rf"(?:(?:(?!{_FUNCTION_WORD}\b)[\p{{L}}\-]+\s+){{0,2}}){grammar.GROUP}")),
    ("group", regex.compile(grammar.QUANTITY)),
    ("name", regex.compile(grammar.NAME)),
    ("description", regex.compile(grammar.DESCRIPTION)),
    # "Clinton campaign Chairman John Podesta", "former Arkansas Gov. Mike Huckabee": roles before a name.
    ("name", regex.compile(grammar.TITLED_NAME)),
    ("description", regex.compile(grammar.POSSESSIVE_PHRASE)),
    ("description", regex.compile(grammar.POSSESSIVE_DESCRIPTION)),
)
# A subject pronoun inside a phrase makes it a clause: "every time he", "that it’s why Trump".
_SUBJECTS = frozenset({"he", "she", "they", "it", "it’s", "it's", "i", "we", "you"})
# Sentence openers that may still begin a multi-word name ("The New York Times", "This American Life").
_NAME_OPENERS = frozenset({"The", "This", "That", "These", "Those", "All", "Some"})
# A sentence adverb: a word with one of ADVERB_ENDINGS ("Additionally", "reportedly").
ADVERB = rf"\w+(?:{'|'.join(ADVERB_ENDINGS)})"


def _clause_like(phrase: str) -> bool:
    """Whether a comma-delimited phrase reads as a clause ("Truss also called on...") rather than a title."""
    words = [w.strip(".,") for w in phrase.split()]
    if words and words[0] in ("who", "which"):
        return False  # "who ran a super PAC": a relative clause describes the person
    relative = next((i for i, w in enumerate(words) if w in ("who", "which")), len(words))
    head = words[:relative]  # "a veteran consultant who had tried ...": only the head must be verbless
    return any(_finite_cue(w) or w in CLAUSE_WORDS for w in head) or (len(head) > 1 and head[1].endswith("ly"))


def _drop_final_stop(text: str, start: int, end: int) -> bool:
    """ "Lavrov." ends a sentence; "Jr.", "U.S." and initials keep their full stop."""
    if text[end - 1] == ",":
        return True
    last = text[start:end].split()[-1]
    return len(last) > 3 and last.lower() not in ABBREVIATIONS and "." not in last[:-1]


def _plausible_description(phrase: str) -> bool:
    words = phrase.split()
    if len(words) < 2 or words[-1].lower().strip(".,") in FUNCTION_WORDS:
        return False
    if any(w.lower() in CLAUSE_WORDS or w.lower() in _SUBJECTS for w in words[1:]):
        return False  # "the result is a sentence I", "his lead among voters who": clauses, not speakers
    # A description is a noun phrase: it holds no finite verb we can recognise.
    # (Capitalised words are names: "the State Department" holds no verb "state".)
    # The head noun may look like a verb ("the report", "the post"); the words before it may not.
    if any(_finite_verb(w) for w in words[1:-1]):
        return False
    # "His standing improved after his": an -ed word before a preposition or object is a verb.
    return not any(w.endswith("ed") and nxt in _AFTER_VERB for w, nxt in pairwise(words[1:]))


def _finite_cue(word: str) -> bool:
    """A cue verb in a finite form; base forms double as nouns ("the state party", "a report")."""
    return (word in grammar.SPEECH_FORMS or word in grammar.BELIEF_FORMS) and word not in _BASE_FORMS


def _finite_verb(word: str) -> bool:
    """A word that makes a phrase a clause: an auxiliary, a common past tense or a finite cue."""
    return word in SUBJECT_VERBS or _finite_cue(word)


_BASE_FORMS = frozenset(SPEECH_VERBS + BELIEF_VERBS)


def _plausible_name(phrase: str) -> bool:
    words = phrase.split()
    if len(words) > 1 and words[0] in NOT_NAMES and words[0] not in _NAME_OPENERS:
        return False  # "On Friday", "Back in": an opening phrase, not a name
    return not (len(words) == 1 and (words[0] in NOT_NAMES or words[0].lower().endswith(ADVERB_ENDINGS)))


def subject_before(text: str, lo: int, cue_start: int) -> Mention | None:
    """The speaker mention that ends right before a cue ("Truss also said" -> Truss).

    Looks back only to the nearest clause boundary; an appositive between commas
    ("Sergei Yermakov, a leading expert at RISI, said") leads back to the name.
    """
    end = cue_start
    adverbs = grammar.TRAILING_ADVERBS.search(text, lo, end)
    if adverbs:
        end = adverbs.start()
    bracket = _PARENTHETICAL_AT_END.search(text, lo, end)
    if bracket:
        end = bracket.start()  # "Sen. Marco Rubio (R-Fla.) said"
    boundary = _BOUNDARY.search(text, lo, end)
    seg_start = boundary.end() if boundary else lo
    mention = classify_mention(text, seg_start, end)
    if mention is None and text[seg_start:end].rstrip().endswith(" and"):
        # "he supported Obama and said, “…”": coordinated verbs share the clause's subject; "... when
        # he brought up the bombing and later said": the subject of the nearest clause.
        inner = _SUBORDINATE_SUBJECT.search(text, seg_start, end)
        mention = (classify_mention(text, *inner.span("subject")) if inner is not None else None) or sentence_subject(
            text, seg_start, end
        )
    if mention is None:
        # "the debate was so subdued that Mr. Trump was prompted to say": the subject follows a subordinator.
        sub = _SUBORDINATOR.search(text, seg_start, end)
        if sub is not None:
            mention = classify_mention(text, sub.end(), end)
    if mention is None:
        # "a White House official who spoke anonymously said": the subject ends at its relative clause.
        relative = _RELATIVE_INSIDE.search(text, seg_start, end)
        if relative is not None:
            head = classify_mention(text, seg_start, relative.start())
            words = text[seg_start : relative.start()].split()[1:]
            verbless = not any(_finite_verb(w) or (w.islower() and w.endswith("ed")) for w in words)
            if head is not None and head.kind in ("name", "description", "group") and verbless:
                return head
    if mention is None and text[seg_start:end].strip():
        # "In 2010 she said": a pronoun ends the clause after an introductory phrase;
        # "a tweet from Rikkie Wells who tweeted": a relative pronoun stands for the name before it.
        pronoun = _PRONOUN_AT_END.search(text, seg_start, end)
        if pronoun is not None:
            return Mention(pronoun.start(), pronoun.end(), "pronoun")
        relative = _RELATIVE_AT_END.search(text, seg_start, end)
        if relative is not None and _NAME_BEFORE_RELATIVE.search(text, max(0, relative.start() - 60), relative.start()):
            return Mention(relative.start(), relative.end(), "relative")
    if mention is not None or boundary is None or text[boundary.start()] != ",":
        return mention
    if text[seg_start:end].strip():
        return None
    # Appositives: "NAME, a leading expert at RISI, said", "Cory James, 22, of Flint, Mich., said":
    # walk back over comma-separated descriptions to the name they describe.
    segments: list[tuple[int, int]] = []
    pos = boundary.start()
    for _ in range(5):
        previous = _BOUNDARY.search(text, lo, pos)
        segments.append(trim(text, previous.end() if previous else lo, pos))
        if previous is None or text[previous.start()] != ",":
            break
        pos = previous.start()
    for k in range(1, len(segments)):
        appositives = segments[:k]
        if sum(_word_count(text, *seg) for seg in appositives) > 30 or any(
            _word_count(text, *seg) == 0 or _clause_like(text[seg[0] : seg[1]]) for seg in appositives
        ):
            break  # an appositive describes ("a leading expert", "Sanders’ campaign manager"); it has no verb
        mention = classify_mention(text, *segments[k])
        if mention is not None and mention.kind == "description" and k + 1 < len(segments):
            # "Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore
            # Romano, said": the description is itself an appositive of the name before it.
            named = classify_mention(text, *segments[k + 1])
            if named is not None and named.kind == "name" and not _clause_like(text[slice(*segments[k])]):
                mention, appositives = named, segments[: k + 1]
        if mention is not None and mention.kind in ("name", "description", "group"):
            mention.roles.extend(text[seg[0] : seg[1]] for seg in reversed(appositives))
            return mention
    # "Florida’s attorney general, Pam Bondi, vowed": the name stands between the commas.
    if len(segments) > 1 and not _clause_like(text[segments[0][0] : segments[0][1]]):
        named = classify_mention(text, *segments[0])
        if named is not None and named.kind == "name":
            return named
    return None


# "Additionally, Truss ...", "In this regard, she ...": an opening adverbial is not the subject.
_INTRODUCTORY = regex.compile(
    # "And then", "Still,": words that open a sentence alone.
    rf"\s*(?:(?i:{'|'.join(WORD_OPENERS)})\b,?\s+)*"
    r"(?:(?:"
    # "Additionally,", "Clearly,": a sentence adverb.
    rf"{ADVERB}"
    # "In this regard,", "Earlier this year,": a time or framing phrase.
    r"|[^,.;:]{1,40}?\b(?:regard|addition|time|part|end|meanwhile|however|year|week|month|day)"
    # "In Columbia,", "After the debate,", "Shortly after the call ended,": a prepositional or
    # subordinate opening.
    rf"|(?:\p{{Lu}}\w+ly\s+)?(?i:{'|'.join(PHRASE_OPENERS)})\b[^,.;:]{{0,80}}(?:,\s*\d{{4}})?"
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


def sentence_subject(text: str, lo: int, hi: int) -> Mention | None:
    """The subject at the start of a sentence, after any introductory adverbial ("However, she ...")."""
    intro = _INTRODUCTORY.match(text, lo, hi)
    start = intro.end() if intro else lo
    subject = grammar.SPEAKER_AT_START.match(text, start, hi)
    if subject is None:
        return None
    kind = next(k for k, v in subject.groupdict().items() if v)
    span = subject.span(kind)
    first = text[span[0] : span[1]].split(maxsplit=1)[0].lower() if kind == "name" else ""
    if kind == "name" and (
        text[span[0] : span[1]].lower() in DETERMINERS
        or (first in DETERMINERS and _NOUN_PHRASE_NEXT.match(text, span[1], hi))
    ):
        # "The billionaire businessman", "One operative": a capitalised determiner; "The Democratic
        # presidential candidate blasted": the capitalised words only start a longer noun phrase.
        kind = "description"
    if kind == "description":
        # "The billionaire businessman began by ...": the noun phrase ends before its finite verb.
        span = (span[0], _before_finite_verb(text, span[0], min(hi, span[0] + 120)))
    mention = classify_mention(text, *span)
    if mention is None or mention.kind not in ("pronoun", "name", "description", "group"):
        return None
    if mention.kind == "description":
        verb = _VERB_IN_PHRASE.search(text, mention.start, mention.end)
        if verb is not None and _word_count(text, mention.start, verb.start()) >= 2:
            # "the inspector deemed the handling of the files": the noun phrase ends before its verb.
            mention = Mention(mention.start, trim(text, mention.start, verb.start())[1], "description")
    if mention.kind == "name" and text[mention.start : mention.end].lower() in PLACES:
        comma = _COMMA_AFTER.match(text, mention.end, hi)
        if comma is not None:
            # "Speaking in Salem, New Hampshire, Trump went after Bush": the place ends the opening phrase.
            return sentence_subject(text, comma.end(), hi)
    if mention.kind == "name" and _NOUN_PHRASE_GOES_ON.match(text, mention.end, hi):
        return None  # "Mexican newspapers have ...": the capitalised word only starts a longer noun phrase
    single = mention.kind == "name" and " " not in text[mention.start : mention.end]
    if single and (
        _OBJECT_FOLLOWS.match(text, mention.end, hi) or _participle_opening(text, mention.start, mention.end, hi)
    ):
        # "Denouncing the forces of ..., the Chinese government said": a participle, not a name.
        comma_at = text.find(",", mention.end, hi)
        return sentence_subject(text, comma_at + 1, hi) if comma_at > 0 else None
    return mention


def _before_finite_verb(text: str, start: int, hi: int) -> int:
    """Where a noun phrase opening at ``start`` ends: before its first recognisable finite verb."""
    words = list(_WORD_SPAN.finditer(text, start, hi))
    for k, word in enumerate(words[2:9], start=2):
        form = word.group()
        if form in SUBJECT_VERBS or form in grammar.SPEECH_FORMS or form in grammar.BELIEF_FORMS:
            return words[k - 1].end()
        if (
            form.endswith("ed")
            and form.islower()
            and k + 1 < len(words)
            and (words[k + 1].group() in _AFTER_VERB or words[k + 1].group()[:1].isupper())
        ):
            return words[k - 1].end()  # "tried to", "granted Mr. Clarke": an -ed verb and its object
    return words[min(len(words), 9) - 1].end() if words else hi


def _participle_opening(text: str, start: int, end: int, hi: int) -> bool:
    """ "Holding open a book, Beck said": a capitalised -ing word followed by a word that is not a verb."""
    word = text[start:end]
    if not word.endswith("ing") or len(word) < 6:
        return False  # Manning, Harding and King stay names when a verb follows
    if _QUOTE_NEXT.match(text, end, min(len(text), hi + 2)):
        return True  # "Ending “welfare as we know it”": a gerund with a quoted object
    following = _NEXT_WORD.match(text, end, hi)
    return following is not None and not (
        following.group(1) in grammar.SPEECH_FORMS
        or following.group(1) in grammar.BELIEF_FORMS
        or following.group(1) in CLAUSE_WORDS
    )


def long_enough_claim(text: str, start: int, end: int) -> bool:
    """Two words make a claim, and so does a bare yes or no ("75 percent of Democrats said yes")."""
    two_words = sum(1 for _ in islice(_WORD.finditer(text, start, end), 2)) == 2  # stops at two: claims run long
    return two_words or text[start:end].lower() in ("yes", "no")


def _content_after(
    text: str, cue_end: int, hi: int, cue_word: str, *, skip_to_that: bool = True
) -> tuple[int, int] | None:
    """Where the reported clause starts after a cue: after "that" or any object before it."""
    gap = _COMPLEMENT_GAP.match(text, cue_end, hi) if skip_to_that else None
    if gap and (
        _SUBJECT_IN_GAP.search(text, cue_end, gap.start() + len(gap.group()) - 4)
        or _COORDINATED_CUE.search(text, cue_end, gap.end())
    ):
        gap = None  # "said he was ashamed that", "said the plan failed and added that": not an object
    if gap and (cue_word in _TELL_FORMS or _word_count(text, cue_end, gap.end()) <= 8):
        start = gap.end()
    elif cue_word in _TELL_FORMS:
        # "told reporters he feels good": an object, then a clause opening on its subject.
        told = _TOLD_OBJECT.match(text, cue_end, hi)
        if told is None:
            return None  # "told reporters" with no clause: not a claim
        start = told.end()
    else:
        start = cue_end
    start, end = trim(text, start, hi)
    coordinated = _COORDINATED_CUE.search(text, start, end)
    if coordinated is not None:
        end = coordinated.start()  # "supported Obama and said, “…”": the next verb starts its own claim
    while start < end and text[start] in ",:":
        start, end = trim(text, start + 1, end)
    while end > start and text[end - 1] in ".!?;":
        end -= 1
    return (start, end) if long_enough_claim(text, start, end) else None


def find_frames(text: str, index: Index, quoted: list[tuple[int, int]]) -> list[Frame]:
    """Every attribution frame in ``text``; cues inside ``quoted`` spans are skipped."""
    frames: list[Frame] = []
    inside = _Inside(quoted)
    for match in grammar.CUE_ANYWHERE.finditer(text):
        cue_start, cue_end = match.span()
        if inside(cue_start):
            continue
        number = index.sentence_of(cue_start)
        lo, hi = index.sentences[number]
        frame = _frame_at_cue(text, lo, hi, cue_start, cue_end, match.group(), number)
        if frame is not None:
            frames.append(frame)
    for according in grammar.ACCORDING_TO.finditer(text):
        if inside(according.start()):
            continue
        number = index.sentence_of(according.start())
        frame = _according_to(text, *index.sentences[number], according, number)
        if frame is not None:
            frames.append(frame)
    for opinion in grammar.IN_OPINION.finditer(text):
        if inside(opinion.start()):
            continue
        number = index.sentence_of(opinion.start())
        lo, hi = index.sentences[number]
        comma = text.find(",", opinion.end(), hi)
        if comma < 0:
            continue
        content = trim(text, comma + 1, hi)
        speaker = Mention(*opinion.span("speaker"), "name" if opinion.group("speaker")[0].isupper() else "pronoun")
        frames.append(Frame(speaker, opinion.span("cue"), [content], "in-opinion", 0.8, number))
    for put in _PUT_IT.finditer(text):
        if inside(put.start()):
            continue
        number = index.sentence_of(put.start())
        frame = _as_put_it(text, *index.sentences[number], put, number)
        if frame is not None:
            frames.append(frame)
    for number, (start, end) in enumerate(index.sentences):
        # "John McCain: Republican Populist Anger Appeals to ‘Bad Angels’": a headline's speaker and a colon.
        headline = _NAME_COLON.match(text, start, end)
        if headline is not None and _word_count(text, headline.end(), end) >= 3 and not inside(start):
            named = classify_mention(text, *headline.span("speaker"))
            if named is not None and named.kind == "name":
                content = trim(text, headline.end(), end)
                frames.append(Frame(named, headline.span("cue"), [content], "colon-headline", 0.6, number))
    frames.sort(key=lambda f: f.start)
    return frames


class _Inside:
    """Membership test for offsets inside sorted, non-overlapping spans (O(log n) each)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __call__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def _frame_at_cue(text: str, lo: int, hi: int, cue_start: int, cue_end: int, cue: str, number: int) -> Frame | None:
    if grammar.so_called(text, cue, cue_start):
        return None  # "the so called “initiative”": a name, not a claim
    if cue.endswith(("ed", "en", "wn", "id", "ld", "ght")) and _PASSIVE_BEFORE.search(
        text, max(lo, cue_start - 30), cue_start
    ):
        return None  # "Mr. Thiel was revealed as", "voters are expected to": the subject is not the speaker
    speaker = subject_before(text, lo, cue_start)
    belief = cue in grammar.BELIEF_FORMS
    if speaker is not None:
        if speaker.kind == "pronoun" and text[speaker.start : speaker.end].lower() == "you":
            return None
        rest = _TRAILING_GAP.match(text, cue_end, hi)
        comma_before = text[lo : speaker.start].rstrip().endswith(",")
        if rest and not comma_before:
            return None  # "…,” the analyst explained in a conversation with RT": the quote's own cue
        if rest and comma_before and not belief:
            # "..., the minister added." — the content is what came before.
            before = _BOUNDARY.search(text, lo, speaker.start)
            end = before.start() if before else speaker.start
            start = lo
            content = trim(text, start, end)
            if _word_count(text, *content) >= 3:
                return Frame(speaker, (cue_start, cue_end), [content], "trailing-cue", 0.75, number)
            return None
        after = text[cue_end:hi].lstrip()
        if after.startswith(",") and comma_before and not belief:
            # "However, he said, it was unlikely that ..." — content on both sides.
            content_after = _content_after(text, text.index(",", cue_end) + 1, hi, cue, skip_to_that=False)
            before = _BOUNDARY.search(text, lo, speaker.start)
            pieces = []
            if before is not None and _word_count(text, lo, before.start()) >= 4:
                pieces.append(trim(text, lo, before.start()))
            if content_after:
                pieces.append(content_after)
            if pieces:
                return Frame(speaker, (cue_start, cue_end), pieces, "middle-cue", 0.7, number)
            return None
        claim = _content_after(text, cue_end, hi, cue)
        if claim is None:
            return None
        if speaker.kind == "relative":
            # "Graham, who says allies should send troops, tweeted that ...": the relative clause
            # ends at the comma before the main verb.
            main_verb = _MAIN_VERB_AFTER_COMMA.search(text, *claim)
            if main_verb is not None:
                claim = trim(text, claim[0], main_verb.start())
                if _word_count(text, *claim) < 2:
                    return None
        confidence = 0.55 if belief else 0.75
        return Frame(speaker, (cue_start, cue_end), [claim], "belief" if belief else "cue-that", confidence, number)
    if belief:
        return None
    prefix = text[lo:cue_start].rstrip()
    if cue.endswith("ing") and (prefix.endswith(",") or _NOUN_BEFORE_PARTICIPLE.search(prefix)):
        # "She called the choice false, stressing that ...", "Trump unleashed a series of tweets
        # saying that ...": the subject of the sentence speaks.
        subject = sentence_subject(text, lo, cue_start)
        clause = _content_after(text, cue_end, hi, cue)
        if subject is not None and clause:
            return Frame(subject, (cue_start, cue_end), [clause], "participle-cue", 0.6, number)
        return None
    # Inverted: "..., said Truss." / "..., says John Smith, an analyst."
    if prefix.endswith(","):
        inverted = grammar.SPEAKER_AT_START.match(text, cue_end, hi)
        if inverted:
            kind = next(k for k, v in inverted.groupdict().items() if v)
            titled = _TITLED_UNTIL_PUNCT.match(text, cue_end, hi)  # "explained CBS moderator Nancy Cordes:"
            mention = classify_mention(text, *(titled.span("name") if titled else inverted.span(kind)))
            if mention is None or mention.kind not in ("name", "description", "pronoun", "group"):
                return None
            if mention.kind == "description" and text[mention.start : mention.end].split()[0].lower() in (
                "that",
                "this",
                "these",
                "those",
            ):
                return None
            content = trim(text, lo, text.rfind(",", lo, cue_start))
            if _word_count(text, *content) >= 3:
                return Frame(mention, (cue_start, cue_end), [content], "inverted-cue", 0.7, number)
    return None


def _as_put_it(text: str, lo: int, hi: int, put: re.Match[str], number: int) -> Frame | None:
    """ "As Ms. Simonyan put it in a statement, RT is ..." / "..., as a Homeland Security memo put it."."""
    opener = _AS_SPEAKER.search(text, max(lo, put.start() - 120), put.start())
    if opener is None:
        return None
    speaker = classify_mention(text, *opener.span("speaker"))
    if speaker is None or speaker.kind == "relative":
        return None
    if text[lo : opener.start()].strip(" \t\"“”'‘’"):
        # "CLAIM, as X put it.": the claim comes before the clause.
        content = trim(text, lo, opener.start())
    else:
        # "As X put it (in a statement ...), CLAIM": the claim follows the first comma.
        comma = text.find(",", put.end(), hi)
        if comma < 0:
            return None
        content = trim(text, comma + 1, hi)
    while content[1] > content[0] and text[content[1] - 1] in ",;:.":
        content = (content[0], content[1] - 1)
    if not long_enough_claim(text, *content):
        return None
    return Frame(speaker, put.span(), [content], "as-put-it", 0.7, number)


def _according_to(text: str, lo: int, hi: int, match: regex.Match[str], number: int) -> Frame | None:
    who = grammar.SPEAKER_AT_START.match(text, match.end(), hi)
    if who is not None:
        kind = next(k for k, v in who.groupdict().items() if v)
        start, end = who.span(kind)
        if text[end - 1] == "." and _drop_final_stop(text, start, end):
            end -= 1  # "according to the Post." ends the sentence
        speaker = Mention(start, end, "description" if kind == "possessive" else kind)
    else:
        # "according to recent polls", "according to state corporate records": any short noun phrase.
        phrase = _SOURCE_PHRASE.match(text, match.end(), hi)
        if phrase is None or not 1 <= _word_count(text, *phrase.span()) <= 12:
            return None
        start, end = trim(text, *phrase.span())
        speaker = Mention(start, end, "name" if text[start].isupper() else "description")
    cue = match.span("cue")
    if _word_count(text, lo, match.start()) <= 1:
        # "According to X, CLAUSE" — skip an appositive after X.
        comma = text.find(",", speaker.end, hi)
        if comma < 0:
            return None
        clause_start = comma + 1
        second = text.find(",", clause_start, hi)
        if (
            second > 0
            and speaker.kind == "name"
            and _word_count(text, clause_start, second) <= 12
            and _APPOSITIVE_START.match(text, clause_start, second)
        ):
            speaker.roles.append(text[slice(*trim(text, clause_start, second))])
            clause_start = second + 1
        content = trim(text, clause_start, hi)
    else:
        content = trim(text, lo, match.start())
    while content[1] > content[0] and text[content[1] - 1] in ".,;!?":
        content = (content[0], content[1] - 1)
    if _word_count(text, *content) < 2:
        return None
    return Frame(speaker, cue, [content], "according-to", 0.8, number)
