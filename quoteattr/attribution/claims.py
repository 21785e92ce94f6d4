"""Reported claims: the "X said (that) ..." frames of a text, a speaker, a cue and the content they introduce.

Frames are found from cue words (one compiled pattern over the text, skipping cues
inside quotations) and from "according to X" / "in X's opinion"; each cue is
looked at only within its own sentence, so the pass is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from dataclasses import dataclass
from itertools import pairwise

import regex

from quoteattr.attribution.mentions import (
    Mention,
    _drop_final_stop,
    _word_count,
    before_adverbs,
    classify_mention,
    matched_kind,
    sentence_subject,
    subject_before,
    subject_ending_at,
    word_tail,
)
from quoteattr.attribution.rules import RULES
from quoteattr.lang.attribution_grammar import AttributionGrammar, WordStarts
from quoteattr.lang.language import Language
from quoteattr.models import MentionKind, RuleName
from quoteattr.spans import QuoteSpan
from quoteattr.text import Index, trim

_QUOTE_OPENS = regex.compile(r"\s*(?:[“\"«»„‚‘]|'')")
_QUOTED_TITLE = regex.compile(r"\s*[“\"«»„‚‘][^“”\"«»„‚‘’\n]{1,40}[”“\"«»‘’](?!\w)")
_TWO_WORDS = regex.compile(r"\w\W+\w")  # two words: a word's last character, a gap, the next one's first
_SOURCE_PHRASE = regex.compile(r"[^,;:!?“”\"()]+?(?=\s*(?:[,;:!?“”\"(]|\.?\s*\Z))")


# The named groups of SPEAKER_AT_START, as mention kinds: a possessive phrase speaks as a description.
_MENTION_KINDS: dict[str, MentionKind] = {
    "pronoun": "pronoun",
    "name": "name",
    "description": "description",
    "group": "group",
}


@dataclass(slots=True)
class Frame:
    """A speaker, a cue and the content they introduce."""

    speaker: Mention
    cue: tuple[int, int]
    content: list[tuple[int, int]]
    rule: RuleName
    sentence: int
    via: tuple[int, int] | None = None

    @property
    def confidence(self) -> float:
        return RULES[self.rule].confidence

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


def long_enough_claim(grammar: AttributionGrammar, text: str, start: int, end: int) -> bool:
    """Two words make a claim, and so does a bare yes or no ("75 percent of Democrats said yes").

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> assert grammar is not None
    >>> text = "Democrats said yes. He said it works. She said so."
    >>> long_enough_claim(grammar, text, 15, 18), long_enough_claim(grammar, text, 28, 36)
    (True, True)
    >>> long_enough_claim(grammar, text, 47, 49)
    False
    """
    two_words = _TWO_WORDS.search(text, start, end) is not None  # stops at the second: claims run long
    return two_words or text[start:end].lower() in grammar.ANSWER_WORDS


def _content_after(
    grammar: AttributionGrammar, text: str, cue_end: int, hi: int, cue_word: str, *, skip_to_that: bool = True
) -> tuple[int, int] | None:
    """Where the reported clause starts after a cue: after "that" or any object before it."""
    gap = (
        grammar.COMPLEMENT_GAP.match(text, cue_end, hi)
        if skip_to_that and text.find(grammar.COMPLEMENT_GAP_HINT, cue_end, hi) >= 0
        else None
    )
    if gap and (
        grammar.SUBJECT_IN_GAP.search(text, cue_end, gap.start() + len(gap.group()) - 4)
        or grammar.COORDINATED_CUE.search(text, cue_end, gap.end())
        or grammar.SECOND_COMPLEMENT.search(text, cue_end, gap.end())
    ):
        gap = None  # "said he was ashamed that", "said the plan failed and added that": not an object
    if gap and (cue_word in grammar.TELL_FORMS or _word_count(text, cue_end, gap.end()) <= 8):
        start = gap.end()
    elif cue_word in grammar.TELL_FORMS:
        # "told reporters he feels good": an object, then a clause opening on its subject.
        told = grammar.TOLD_OBJECT.match(text, cue_end, hi)
        if told is None:
            return None  # "told reporters" with no clause: not a claim
        start = told.end()
    else:
        start = cue_end
    start, end = trim(text, start, hi)
    coordinated = grammar.COORDINATED_CUE.search(text, start, end)
    if coordinated is not None:
        end = coordinated.start()  # "supported Obama and said, “…”": the next verb starts its own claim
    while start < end and text[start] in ",:":
        start, end = trim(text, start + 1, end)
    while end > start and text[end - 1] in ".!?;":
        end -= 1
    return (start, end) if long_enough_claim(grammar, text, start, end) else None


def word_head(text: str, start: int, hi: int) -> str:
    """The first two characters of the first word at or after ``start``, past the space there.

    A pattern anchored after a cue opens on one of a few words ("by", "is"): where the next word's
    head is none of theirs (a grammar's ``*_HEADS``), the pattern cannot match.  The space is what
    ``str.isspace`` calls space, which takes in every character the patterns' ``\\s`` does; a head
    read past ``hi`` only lets a pattern be tried that then fails.

    >>> word_head("said  by him", 4, 12), word_head("state's", 5, 7), word_head("said ", 4, 5)
    ('by', "'s", '')
    """
    while start < hi and text[start].isspace():
        start += 1
    return text[start : start + 2]


def _last_speech_cue(grammar: AttributionGrammar, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last speech cue in ``text[lo:hi]`` (windows are short: a forward scan is cheap)."""
    last = deque(grammar.SPEECH_CUE_WORD.finditer(text, lo, hi), maxlen=1)  # the scan runs in C, keeping one
    return last[0] if last else None


def _subject_of_cue_before(grammar: AttributionGrammar, text: str, lo: int, comma_end: int) -> Mention | None:
    """The subject of the verb of saying that ends right before a participle's comma.

    In "“…,” the mayor said, adding that …" the sentence opens on a quotation, so it has no subject at its
    start; the participle shares the subject of the cue before it.

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> text = "“No link,” the mayor said, adding that"
    >>> mention = _subject_of_cue_before(grammar, text, 0, text.index("adding"))
    >>> text[mention.start : mention.end]
    'the mayor'
    >>> _subject_of_cue_before(grammar, "“No link,” in the end, adding that", 0, 24) is None
    True
    """
    head = text[lo:comma_end].rstrip()
    if not head.endswith(","):
        return None
    head_end = lo + len(head) - 1
    last = _last_speech_cue(grammar, text, max(lo, head_end - 40), head_end)
    if last is None or text[last.end() : head_end].strip():
        return None
    mention = subject_before(grammar, text, lo, last.start())
    return mention if mention is not None and mention.kind != "relative" else None


def find_frames(text: str, index: Index, quoted: list[tuple[int, int]], lang: Language) -> list[Frame]:
    """Every attribution frame in ``text``; cues inside ``quoted`` spans are skipped.

    A language without an attribution grammar has no frames.

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en")
    >>> text = "Truss said that the plan would work."
    >>> [(f.rule, text[slice(*f.content[0])]) for f in find_frames(text, Index(text, english), [], english)]
    [('cue-that', 'the plan would work')]
    >>> find_frames("The plan would work.", Index("The plan would work.", english), [], english)
    []
    """
    grammar = lang.attribution
    if grammar is None:
        return []
    frames: list[Frame] = []
    inside = _Inside(quoted)
    for cue_start, cue_end in inside.outside(_word_starts(grammar.CUE_ANYWHERE).spans(text)):
        number = index.sentence_of(cue_start)
        lo, hi = index.sentences[number]
        cue = text[cue_start:cue_end]
        if grammar.PARTICLE_LEFT_OUT(text, cue, cue_end, hi):
            # "werfe einen Schatten": the stem of "vorwerfen" without its particle is no cue
            continue
        frame = _frame_at_cue(grammar, text, lo, hi, cue_start, cue_end, cue, number)
        if frame is not None:
            frames.extend(_complements(grammar, text, frame))
    for according in grammar.ACCORDING_TO.finditer(text):
        if inside(according.start()):
            continue
        number = index.sentence_of(according.start())
        frame = _according_to(grammar, text, *index.sentences[number], according, number)
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
        frames.append(Frame(speaker, opinion.span("cue"), [content], "in-opinion", number))
    documents = any(hint in text for hint in grammar.DOCUMENT_CLAUSE_HINTS)
    for says in grammar.DOCUMENT_CLAUSE.finditer(text) if documents else ():
        if inside(says.start()):
            continue
        frame = _document_clause(grammar, text, index, says)
        if frame is not None:
            frames.append(frame)
    for put in grammar.PUT_IT.finditer(text):
        if inside(put.start()):
            continue
        number = index.sentence_of(put.start())
        frame = _as_put_it(grammar, text, *index.sentences[number], put, number)
        if frame is not None:
            frames.append(frame)
    for number in _sentences_holding(text, index, grammar.NAME_COLON_HINT):
        # "John McCain: Republican Populist Anger Appeals to ‘Bad Angels’": a headline's speaker and a colon.
        start, end = index.sentences[number]
        headline = grammar.NAME_COLON.match(text, start, end)
        if headline is not None and _word_count(text, headline.end(), end) >= 3 and not inside(start):
            named = classify_mention(grammar, text, *headline.span("speaker"))
            if named is not None and named.kind == "name":
                content = trim(text, headline.end(), end)
                frames.append(Frame(named, headline.span("cue"), [content], "colon-headline", number))
    frames.sort(key=lambda f: f.start)
    return frames


def _word_starts(pattern: re.Pattern[str]) -> WordStarts:
    """The cue scan of a grammar, built once for its pattern.

    Kept by the pattern's identity: a compiled pattern hashes its whole program, which for the cue
    words takes longer than the scan saves.
    """
    entry = _scans.get(id(pattern))
    if entry is None or entry.pattern is not pattern:
        if len(_scans) >= 16:
            _scans.clear()  # a program that builds grammar after grammar keeps only the latest scans
        entry = _scans[id(pattern)] = WordStarts(pattern)
    return entry


_scans: dict[int, WordStarts] = {}


def _sentences_holding(text: str, index: Index, hint: str) -> list[int]:
    """The numbers of the sentences that hold ``hint``, in order; every sentence for an empty hint.

    Found from where the hint occurs in the text, so sentences without it (most) are never looked at.

    >>> from quoteattr.lang import get_language
    >>> text = "Smith: yes. No colon here. Jones: no: never."
    >>> index = Index(text, get_language("en"))
    >>> _sentences_holding(text, index, ":"), _sentences_holding(text, index, "")
    ([0, 2], [0, 1, 2])
    >>> _sentences_holding(text, index, ";")
    []
    """
    if not hint:
        return list(range(len(index.sentences)))
    numbers: list[int] = []
    at = text.find(hint)
    while at >= 0:
        number = index.sentence_of(at)
        start, end = index.sentences[number] if index.sentences else (0, 0)
        if start <= at and at + len(hint) <= end:
            numbers.append(number)
            at = text.find(hint, end)  # one is enough: the next sentence is looked at from its start
        else:
            at = text.find(hint, at + 1)
    return numbers


def _complements(grammar: AttributionGrammar, text: str, frame: Frame) -> list[Frame]:
    """A frame whose content holds several complement clauses, as one frame for each.

    "said the plan failed and that the agency should close" reports two claims; a reader (and
    the annotators of news corpora) counts them apart, each with the cue and speaker.

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en")
    >>> text = "Smith said the plan failed and that the agency should close."
    >>> [[text[slice(*f.content[0])]] for f in find_frames(text, Index(text, english), [], english)]
    [['the plan failed'], ['the agency should close']]
    >>> text = "Smith said the plan failed and the agency closed."
    >>> [[text[slice(*f.content[0])]] for f in find_frames(text, Index(text, english), [], english)]
    [['the plan failed and the agency closed']]
    """
    if len(frame.content) != 1:
        return [frame]
    start, end = frame.content[0]
    if text.find(grammar.SECOND_COMPLEMENT_HINT, start, end) < 0:
        return [frame]  # no complementiser in the claim: one clause, not scanned for a second
    frames: list[Frame] = []
    for second in grammar.SECOND_COMPLEMENT.finditer(text, start, end):
        if long_enough_claim(grammar, text, start, second.start()):
            frames.append(Frame(frame.speaker, frame.cue, [(start, second.start())], frame.rule, frame.sentence))
            start = second.end()
    if not frames:
        return [frame]
    frames.append(Frame(frame.speaker, frame.cue, [(start, end)], frame.rule, frame.sentence, frame.via))
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

    def outside(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Those of ``spans`` (given in order by start) whose start this test finds inside no span.

        The spans come in order, so the merged spans are walked along with them (``ahead``, the first
        that ends after a span's start, is the only one that can hold it): one call for a text's
        cues, not a call and a bisection for each.  A cue in a quotation is no claim of the writer's.

        >>> _Inside([(10, 20), (30, 40)]).outside([(0, 4), (10, 14), (19, 25), (20, 25), (45, 50)])
        [(0, 4), (20, 25), (45, 50)]
        """
        starts, ends = self.starts, self.ends
        count = len(ends)
        ahead = 0
        kept: list[tuple[int, int]] = []
        for span in spans:
            start = span[0]
            while ahead < count and ends[ahead] <= start:
                ahead += 1
            if ahead == count or start < starts[ahead]:
                kept.append(span)
        return kept


def passive_cue(grammar: AttributionGrammar, text: str, lo: int, cue_start: int, cue: str) -> bool:
    """Whether the cue at ``cue_start`` is a passive ("was labeled", "are expected"): its subject
    is what was said or named, not who said it.

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> text = "It was labeled “Mostly True.” Trump labeled it “fake.”"
    >>> passive_cue(grammar, text, 0, text.index("labeled"), "labeled")
    True
    >>> passive_cue(grammar, text, 0, text.rindex("labeled"), "labeled")
    False
    """
    if cue not in grammar.PASSIVE_CUES:
        return False
    return grammar.PASSIVE_BEFORE.search(text, max(lo, cue_start - 30), cue_start) is not None


def _frame_at_cue(
    grammar: AttributionGrammar, text: str, lo: int, hi: int, cue_start: int, cue_end: int, cue: str, number: int
) -> Frame | None:
    if grammar.SO_CALLED(text, cue, cue_start):
        return None  # "the so called “initiative”": a name, not a claim
    tail = word_tail(text, lo, cue_start)  # the backwards patterns ending at the cue are tried only where it fits
    passive_tails = grammar.PASSIVE_BEFORE_TAILS
    if (
        cue in grammar.PASSIVE_CUES
        and (not passive_tails or tail in passive_tails)
        and passive_cue(grammar, text, lo, cue_start, cue)
    ):
        return None  # "Mr. Thiel was revealed as", "voters are expected to": the subject is not the speaker
    heads = grammar.NOUN_AFTER_CUE_HEADS
    if (not heads or word_head(text, cue_end, hi) in heads) and grammar.NOUN_AFTER_CUE.match(text, cue_end, hi):
        return None  # "Health worries have dogged her", "Additional reporting by": the cue word is a noun
    infinitive_tails = grammar.PASSIVE_INFINITIVE_TAILS
    if (not infinitive_tails or tail in infinitive_tails) and grammar.PASSIVE_INFINITIVE_BEFORE.search(
        text, max(lo, cue_start - 40), cue_start
    ):
        return None  # "voters are expected to reject the measure": a forecast, nobody's stance
    subject_end = before_adverbs(grammar, text, lo, cue_start, tail=tail)
    speaker = subject_ending_at(grammar, text, lo, subject_end, tail=tail if subject_end == cue_start else None)
    if speaker is not None and cue in grammar.INVERSION_FORMS and _object_fronted(grammar, text, speaker, cue_end, hi):
        return _fronted_cue(grammar, text, hi, cue_start, cue_end, cue, number)
    belief = cue in grammar.BELIEF_FORMS
    modals_tails = grammar.MODALS_BEFORE_CUE_TAILS
    modals = (
        grammar.MODALS_BEFORE_CUE.search(text, lo, cue_start)
        if speaker is None and not belief and (not modals_tails or tail in modals_tails)
        else None
    )
    if modals is not None:
        # "Lawmakers have not said when", "Clinton didn’t say whether": the subject before the modals.
        # A modal before a belief is the writer's ("NATO should seek to ...") and reports nobody.
        modals_end = before_adverbs(grammar, text, lo, modals.start())
        if modals_end != subject_end:  # the adverbs held the modals: that window has no subject
            speaker = subject_ending_at(grammar, text, lo, modals_end)
    if speaker is None:
        speaker = (
            _subject_further_back(grammar, text, lo, modals.start(), cue, modals_end)
            if modals is not None
            else _subject_further_back(grammar, text, lo, cue_start, cue, subject_end)
        )
    if speaker is not None:
        if speaker.kind == "pronoun" and text[speaker.start : speaker.end].lower() in grammar.GENERIC_PRONOUNS:
            return None
        before_speaker = text[lo : speaker.start].rstrip()
        comma_before = before_speaker.endswith(",")
        # "Republicans have refused to hold hearings.", "Trump called for a repeal.": a sentence that
        # opens on its subject has no quote before it, so what follows the cue is its content (and
        # whether only a trailing gap follows the cue is not asked).
        opens_on_subject = grammar.CONTENT_AFTER_OPENING_SUBJECT and not before_speaker
        rest = None if opens_on_subject else grammar.TRAILING_GAP.match(text, cue_end, hi)
        if rest and not comma_before:
            return None  # "…,” the analyst explained in a conversation with RT": the quote's own cue
        if rest and comma_before and not belief:
            # "..., the minister added." — the content is what came before.
            before = grammar.MENTION_BOUNDARY.search(text, lo, speaker.start)
            end = before.start() if before else speaker.start
            start = lo
            content = trim(text, start, end)
            if _word_count(text, *content) >= 3:
                return Frame(speaker, (cue_start, cue_end), [content], "trailing-cue", number)
            return None
        if comma_before and not belief and text[cue_end:hi].lstrip().startswith(","):
            # "However, he said, it was unlikely that ..." — content on both sides.
            content_after = _content_after(grammar, text, text.index(",", cue_end) + 1, hi, cue, skip_to_that=False)
            before = grammar.MENTION_BOUNDARY.search(text, lo, speaker.start)
            pieces = []
            if before is not None and _word_count(text, lo, before.start()) >= 4:
                pieces.append(trim(text, lo, before.start()))
            if content_after:
                pieces.append(content_after)
            if pieces:
                return Frame(speaker, (cue_start, cue_end), pieces, "middle-cue", number)
            return None
        claim = _content_after(grammar, text, cue_end, hi, cue)
        if claim is None:
            return None
        if speaker.kind == "relative":
            # "Graham, who says allies should send troops, tweeted that ...": the relative clause
            # ends at the comma before the main verb.
            main_verb = grammar.MAIN_VERB_AFTER_COMMA.search(text, *claim)
            if main_verb is not None:
                claim = trim(text, claim[0], main_verb.start())
                if _word_count(text, *claim) < 2:
                    return None
        return Frame(speaker, (cue_start, cue_end), [claim], "belief" if belief else "cue-that", number)
    prefix = text[lo:cue_start].rstrip()
    if grammar.SUBJECT_AFTER_CUE and prefix and not prefix.endswith(",") and cue in grammar.INVERSION_FORMS:
        return _fronted_cue(grammar, text, hi, cue_start, cue_end, cue, number)
    if belief:
        return None
    if cue in grammar.PARTICIPLE_CUES and (prefix.endswith(",") or grammar.NOUN_BEFORE_PARTICIPLE.search(prefix)):
        # "She called the choice false, stressing that ...", "Trump unleashed a series of tweets
        # saying that ...": the subject of the sentence speaks.
        subject = sentence_subject(grammar, text, lo, cue_start) or _subject_of_cue_before(grammar, text, lo, cue_start)
        clause = _content_after(grammar, text, cue_end, hi, cue)
        if subject is not None and clause:
            return Frame(subject, (cue_start, cue_end), [clause], "participle-cue", number)
        return None
    # Inverted: "..., said Truss." / "..., says John Smith, an analyst."
    if prefix.endswith(","):
        inverted = grammar.SPEAKER_AT_START.match(text, cue_end, hi)
        if inverted:
            kind = matched_kind(inverted)
            titled = grammar.TITLED_UNTIL_PUNCT.match(text, cue_end, hi)  # "explained CBS moderator Nancy Cordes:"
            mention = classify_mention(grammar, text, *(titled.span("name") if titled else inverted.span(kind)))
            if mention is None or mention.kind not in ("name", "description", "pronoun", "group"):
                return None
            if (
                mention.kind == "description"
                and text[mention.start : mention.end].split()[0].lower() in grammar.DEMONSTRATIVES
            ):
                return None
            content = trim(text, lo, text.rfind(",", lo, cue_start))
            if _word_count(text, *content) >= 3:
                return Frame(mention, (cue_start, cue_end), [content], "inverted-cue", number)
    return None


def _subject_further_back(
    grammar: AttributionGrammar, text: str, lo: int, cue_start: int, cue: str, end: int | None = None
) -> Mention | None:
    """The subject of a cue that :func:`subject_before` does not reach, or None.

    Two shapes: a verb coordinated with an earlier one after a clause boundary takes the
    sentence's subject ("Carson admitted the name was wrong, but said ..." -> Carson); a long
    noun phrase opening the sentence is the subject of a verb of saying when it holds no finite
    verb outside a relative clause ("Experts on North Korea and nuclear nonproliferation said", "Current and
    former officials who spoke with the Post said").

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en").attribution
    >>> text = "Experts on North Korea and nuclear nonproliferation said the test worked."
    >>> found = _subject_further_back(english, text, 0, text.index(" said") + 1, "said")
    >>> text[found.start : found.end]
    'Experts on North Korea and nuclear nonproliferation'
    >>> text = "Trump met the leaders who said the deal was dead."
    >>> _subject_further_back(english, text, 0, text.index(" said") + 1, "said") is None
    True
    >>> text = "After casting doubt on the inquiry, the mayor said it was welcome."
    >>> _subject_further_back(english, text, 0, text.index(" doubt") + 1, "doubt") is None
    True

    ``end``, where the adverbs before the cue start, is passed by a caller that knows it already.
    """
    if not grammar.SUBJECT_PHRASE_WORDS:
        return None
    if end is None:
        end = before_adverbs(grammar, text, lo, cue_start)
    if text[lo:end].rstrip().endswith(grammar.COORDINATION_ENDINGS):
        return sentence_subject(grammar, text, lo, end)
    if cue in grammar.PARTICIPLE_CUES or not (
        cue in grammar.INVERSION_FORMS or cue in grammar.PASSIVE_CUES or cue in grammar.BELIEF_FORMS
    ):
        return None  # "You'll get the answers", "Mrs. Clinton enjoyed tremendous support": a noun, no cue
    intro = grammar.INTRODUCTORY.match(text, lo, end)
    start, end = trim(text, intro.end() if intro else lo, end)
    if start >= end or not (text[start].isupper() or text[start].isdigit()) or _CLAUSE_MARK.search(text, start, end):
        return None
    if text[start:end].endswith(grammar.POSSESSIVE_ENDINGS):
        return None  # "the Foreign Secretary’s remarks": the cue word is a noun
    words = text[start:end].split()
    first = words[0].lower()
    if (
        not 2 <= len(words) <= grammar.SUBJECT_PHRASE_WORDS
        or first in grammar.STOP_SUBJECTS
        or first in grammar.SUBJECT_WORDS
    ):
        return None
    if first in grammar.CLAUSE_WORDS or (first in grammar.FUNCTION_WORDS and first not in grammar.DETERMINERS):
        return None  # "In a Facebook message posted Friday": a phrase opens the sentence, no subject
    opening = len(words[0]) + start
    participle = first.endswith(grammar.PARTICIPLE_ENDINGS) and (
        grammar.OBJECT_FOLLOWS.match(text, opening, end) or grammar.LEADING_CONJUNCTION.match(text, opening, end)
    )
    if words[1].islower() and (participle or grammar.LEADING_CONJUNCTION.match(text, start, end)):
        # "Speaking later on the same (show)", "Making the rounds", "After casting (doubt)": an opening
        # phrase, no subject ("Polling averages show" keeps its subject).
        return None
    relative = next((k for k, word in enumerate(words) if word in grammar.RELATIVES), len(words))
    head = [word.lower() for word in words[:relative]]
    if any(
        word in grammar.SUBJECT_VERBS
        or word in grammar.CLAUSE_WORDS
        or word in grammar.SPEECH_FORMS
        or word in grammar.BELIEF_FORMS
        for word in head
    ) or any(word.endswith(grammar.PAST_ENDINGS) and after in grammar.AFTER_VERB for word, after in pairwise(head)):
        return None  # "Trump met the leaders who said", "Trump attacked the men who said": a clause
    if any(
        before[:1].isupper() and word.islower() and word.endswith(grammar.PAST_ENDINGS)
        for before, word in pairwise(words[:relative])
    ):
        return None  # "Ortiz rebuked critics who": a name and its past tense
    if words[-1].lower() in grammar.FUNCTION_WORDS:
        return None  # "critics who want her to (say)": an infinitive has no subject of its own
    return Mention(start, end, "description")


_CLAUSE_MARK = regex.compile(r"[,;:()\[\]“”\"«»„\N{EM DASH}\N{EN DASH}]|''")


def _object_fronted(grammar: AttributionGrammar, text: str, before: Mention, cue_end: int, hi: int) -> bool:
    """Whether the phrase ``before`` a finite cue is its object and the subject follows the cue.

    German puts the finite verb second, whatever comes first: "Den Plan bezeichnete er als …",
    "Der Zeitung sagte Müller, …".  A language without ``FRONTED_OBJECT`` never says so.

    >>> from quoteattr.lang import get_language
    >>> german = get_language("de").attribution
    >>> text = "Den Plan bezeichnete er als Unsinn."
    >>> _object_fronted(german, text, Mention(0, 8, "description"), 20, len(text))
    True
    >>> text = "Der Minister bezeichnete den Plan als Unsinn."  # the subject opens the sentence
    >>> _object_fronted(german, text, Mention(0, 12, "description"), 24, len(text))
    False
    """
    fronted = grammar.FRONTED_OBJECT.match(text, before.start, hi)
    if fronted is None:
        return False
    kind = matched_kind(fronted)
    return fronted.start(kind) >= cue_end


def _fronted_cue(
    grammar: AttributionGrammar, text: str, hi: int, cue_start: int, cue_end: int, cue: str, number: int
) -> Frame | None:
    """ "Am Dienstag erklärte der Bürgermeister, die Brücke bleibe gesperrt.": a phrase opens the
    clause, the finite cue follows in second place, then its subject, then the content."""
    who = grammar.SPEAKER_AT_START.match(text, cue_end, hi)
    if who is None:
        return None
    kind = matched_kind(who)
    speaker = classify_mention(grammar, text, *who.span(kind))
    if speaker is None or speaker.kind not in ("name", "description", "pronoun", "group"):
        return None
    if speaker.kind == "pronoun" and text[speaker.start : speaker.end].lower() in grammar.GENERIC_PRONOUNS:
        return None
    gap = grammar.AFTER_INVERTED_SUBJECT.match(text, speaker.end, hi)
    if gap is None or _QUOTE_OPENS.match(text, gap.end(), hi):
        return None  # "Am Montag sagte sie: „…“": the quotation's own introduction, not a claim
    claim = _content_after(grammar, text, gap.end(), hi, cue)
    if claim is None:
        return None
    rule: RuleName = "belief" if cue in grammar.BELIEF_FORMS else "cue-that"
    return Frame(speaker, (cue_start, cue_end), [claim], rule, number)


def _document_clause(grammar: AttributionGrammar, text: str, index: Index, says: regex.Match[str]) -> Frame | None:
    """ "In dem Bericht heißt es, die Lage sei ernst.": the document speaks the clause after the comma.

    >>> from quoteattr.lang import get_language
    >>> german = get_language("de")
    >>> def said(text):
    ...     found = german.attribution.DOCUMENT_CLAUSE.search(text)
    ...     frame = found and _document_clause(german.attribution, text, Index(text, german), found)
    ...     return frame and (text[frame.speaker.start : frame.speaker.end], text[slice(*frame.content[0])])
    >>> said("In dem Bericht heißt es, die Lage sei ernst.")
    ('dem Bericht', 'die Lage sei ernst')
    >>> said("In der Stadt heißt es, nun.") is None  # one word is no claim
    True
    """
    number = index.sentence_of(says.start())
    lo, hi = index.sentences[number]
    if text[lo : says.start()].strip():
        return None  # "… und in dem Bericht heißt es,": only a clause that opens its sentence
    content = trim(text, says.end(), hi)
    while content[1] > content[0] and text[content[1] - 1] in ".;:!?":
        content = (content[0], content[1] - 1)
    if not long_enough_claim(grammar, text, *content) or _word_count(text, *content) < 3:
        return None
    start, end = says.span("speaker")
    speaker = classify_mention(grammar, text, start, end) or Mention(start, end, "description")
    return Frame(speaker, says.span("cue"), [content], "document-says", number)


def _as_put_it(
    grammar: AttributionGrammar, text: str, lo: int, hi: int, put: re.Match[str], number: int
) -> Frame | None:
    """ "As Ms. Simonyan put it in a statement, RT is ..." / "..., as a Homeland Security memo put it."."""
    opener = grammar.AS_SPEAKER.search(text, max(lo, put.start() - 120), put.start())
    if opener is None:
        return None
    speaker = classify_mention(grammar, text, *opener.span("speaker"))
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
    if not long_enough_claim(grammar, text, *content):
        return None
    return Frame(speaker, put.span(), [content], "as-put-it", number)


def _according_to(
    grammar: AttributionGrammar, text: str, lo: int, hi: int, match: regex.Match[str], number: int
) -> Frame | None:
    own = match.span("source") if "source" in match.re.groupindex else (-1, -1)
    who = grammar.SPEAKER_AT_START.match(text, match.end(), hi) if own[0] < 0 else None
    pronoun = match.span("pronoun") if "pronoun" in match.re.groupindex else (-1, -1)
    if pronoun[0] >= 0:
        # "Nach ihren Informationen habe ...", "Ihm zufolge ...": the pronoun stands for the source.
        speaker = Mention(*pronoun, "pronoun")
    elif own[0] >= 0:
        # "Nach palästinensischen Angaben sind ...": the phrase itself is the source.
        speaker = Mention(*own, "description")
    elif who is not None:
        kind = matched_kind(who)
        start, end = who.span(kind)
        if text[end - 1] == "." and _drop_final_stop(grammar, text, start, end):
            end -= 1  # "according to the Post." ends the sentence
        speaker = Mention(start, end, _MENTION_KINDS.get(kind, "description"))
    else:
        # "according to recent polls", "according to state corporate records": any short noun phrase.
        phrase = _SOURCE_PHRASE.match(text, match.end(), hi)
        if phrase is None or not 1 <= _word_count(text, *phrase.span()) <= 12:
            return None
        start, end = trim(text, *phrase.span())
        speaker = Mention(start, end, "name" if text[start].isupper() else "description")
    cue = match.span("cue")
    if who is not None and grammar.ACCORDING_IN_CLAUSE:
        title = _QUOTED_TITLE.match(text, speaker.end, hi)
        if title is not None:
            speaker.end = title.end()  # "nach Angaben des Magazins „Der Spiegel“": the name in quotes is the source's
    if (
        (who is not None or own[0] >= 0)
        and grammar.ACCORDING_IN_CLAUSE
        and not text[max(speaker.end, match.end()) : hi].lstrip().startswith(",")
    ):
        # "Laut Polizei wurden drei Menschen verletzt": the clause runs on around the phrase.
        pieces = [trim(text, lo, match.start()), trim(text, max(speaker.end, match.end()), hi)]
        pieces = [_without_final_stop(text, piece) for piece in pieces if _word_count(text, *piece) >= 1]
        if sum(_word_count(text, *piece) for piece in pieces) < 2:
            return None
        return Frame(speaker, cue, pieces, "according-to", number)
    if _word_count(text, lo, match.start()) <= 1:
        # "According to X, CLAUSE" — skip an appositive after X.
        comma = text.find(",", max(speaker.end, match.end()), hi)
        if comma < 0:
            return None
        clause_start = comma + 1
        second = text.find(",", clause_start, hi)
        if (
            second > 0
            and speaker.kind == "name"
            and _word_count(text, clause_start, second) <= 12
            and grammar.APPOSITIVE_START.match(text, clause_start, second)
        ):
            speaker.roles.append(text[slice(*trim(text, clause_start, second))])
            clause_start = second + 1
        content = trim(text, clause_start, hi)
    else:
        content = trim(text, lo, match.start())
    content = _without_final_stop(text, content)
    if _word_count(text, *content) < 2:
        return None
    return Frame(speaker, cue, [content], "according-to", number)


def _without_final_stop(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while end > start and text[end - 1] in ".,;!?":
        end -= 1
    return start, end


_NESTING = 64  # frames looked at before a quote's start in one sentence: claims nest only so deep


class _FrameIndex:
    """Frames by sentence, for finding the clause a quote opens in without scanning every frame."""

    def __init__(self, frames: list[Frame]) -> None:
        self.by_sentence: dict[int, list[tuple[int, int, Frame]]] = {}
        for frame in frames:
            for s, e in frame.content:
                self.by_sentence.setdefault(frame.sentence, []).append((s, e, frame))
        # Each sentence's pieces by where they start, and those starts apart: a lookup bisects the
        # starts themselves, with no key read out of every piece it passes.
        self.starts: dict[int, list[int]] = {}
        for sentence, pieces in self.by_sentence.items():
            pieces.sort(key=lambda piece: piece[0])
            self.starts[sentence] = [s for s, _, _ in pieces]

    def enclosing(self, index: Index, quote: QuoteSpan) -> Frame | None:
        """The innermost frame whose content the quote opens in; a speech cue outranks a belief inside it.

        "Rubio suggested ..., while Cruz said that “…”" -> Cruz; "Bateman says ... he feels
        confident Cruz will “win”" -> Bateman.  The quote may run on past the clause's sentence.
        """
        best: Frame | None = None
        best_key = (False, -1)
        number = index.sentence_of(quote.start)
        for sentence in (number - 1, number):
            starts = self.starts.get(sentence)
            if starts is None:
                continue  # no frame in that sentence
            k = bisect.bisect_right(starts, quote.start)
            for s, e, frame in self.by_sentence[sentence][max(0, k - _NESTING) : k]:
                key = (frame.rule != "belief", s)
                if s <= quote.start <= e and key > best_key:
                    best, best_key = frame, key
        return best

    def participle_after_speaker(
        self, grammar: AttributionGrammar, text: str, index: Index, open_mark: int
    ) -> Frame | None:
        """An inverted claim whose speaker a participle phrase follows, up to the quote: "...,
        said Truss batting for “a global NATO”"."""
        for s, _, frame in self.by_sentence.get(index.sentence_of(open_mark), []):
            if (
                frame.rule == "inverted-cue"
                and frame.speaker.end <= open_mark
                and s < open_mark
                and grammar.PARTICIPLE_PHRASE.match(text, frame.speaker.end, open_mark)
            ):
                return frame
        return None
