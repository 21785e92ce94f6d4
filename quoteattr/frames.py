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

from quoteattr.attribution.rules import RULES
from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.language import Language
from quoteattr.models import RuleName
from quoteattr.text import Index, trim

# Clause boundaries a speaker mention never crosses.
_BOUNDARY = regex.compile(r"(?r)[,;:(\[\N{EM DASH}\N{EN DASH}\"“”«»„\N{HORIZONTAL ELLIPSIS}]|\s-\s")
_WORD = regex.compile(r"\w+")
_NAME_BEFORE_RELATIVE = regex.compile(r"(?r)\p{Lu}[\p{L}.’'\-]*,?\s*\Z")
_QUOTE_NEXT = regex.compile(r"\s*(?:[“\"«„]|'')")
_NOUN_PHRASE_NEXT = regex.compile(r"\s+\p{Ll}[\p{L}\-]*\s+\p{Ll}")
_NEXT_WORD = regex.compile(r"\s+(\p{Ll}+)")
_WORD_SPAN = regex.compile(r"[\p{L}\p{N}’'\-.]+")
_BULLET = regex.compile(r"[~•*·>\-\N{EN DASH}\N{EM DASH}]+\s+")
_SOURCE_PHRASE = regex.compile(r"[^,;:!?“”\"()]+?(?=\s*(?:[,;:!?“”\"(]|\.?\s*\Z))")
_COMMA_AFTER = regex.compile(r"\s*,\s*")


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


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def classify_mention(grammar: AttributionGrammar, text: str, start: int, end: int) -> Mention | None:
    """The speaker mention filling exactly ``text[start:end]``, or None if it is not one.

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en").attribution
    >>> classify_mention(english, "the minister", 0, 12)
    Mention(start=0, end=12, kind='description', roles=[])
    >>> classify_mention(english, "Truss’s remarks", 0, 7) is None  # a possessive is never the speaker
    True
    """
    start, end = trim(text, start, end)
    if start >= end:
        return None
    bullet = _BULLET.match(text, start, end)  # "~ As Vulture put it", "• Officials said"
    if bullet:
        start = bullet.end()
    conj = grammar.LEADING_CONJUNCTION.match(text, start, end)
    if conj:
        start = conj.end()
    while end > start and text[end - 1] in ".," and _drop_final_stop(grammar, text, start, end):
        end -= 1
    phrase = text[start:end]
    if phrase.lower() in grammar.STOP_SUBJECTS or phrase.endswith(grammar.POSSESSIVE_ENDINGS):
        return None  # a possessive ("Truss’s remarks") is never the speaker itself
    for kind, pattern in grammar.WHOLE_MENTION:
        if pattern.fullmatch(text, start, end):
            if kind == "relative" and not _NAME_BEFORE_RELATIVE.search(text, max(0, start - 60), start):
                return None  # "countries which call ...": only a relative after a name stands for a speaker
            if kind == "description" and not _plausible_description(grammar, phrase):
                return None
            if kind == "description":
                named = grammar.MODIFIED_NAME.fullmatch(text, start, end)
                if named is not None:  # "a visibly relieved Ortiz": the name, described
                    return Mention(*named.span("name"), "name")
            if kind == "name" and not _plausible_name(grammar, phrase):
                return None
            return Mention(start, end, kind)
    return None


def _clause_like(grammar: AttributionGrammar, phrase: str) -> bool:
    """Whether a comma-delimited phrase reads as a clause ("Truss also called on...") rather than a title."""
    words = [w.strip(".,") for w in phrase.split()]
    if words and words[0] in grammar.RELATIVES:
        return False  # "who ran a super PAC": a relative clause describes the person
    relative = next((i for i, w in enumerate(words) if w in grammar.RELATIVES), len(words))
    head = words[:relative]  # "a veteran consultant who had tried ...": only the head must be verbless
    return any(_finite_cue(grammar, w) or w in grammar.CLAUSE_WORDS for w in head) or (
        len(head) > 1 and head[1].endswith(grammar.MANNER_ENDINGS)
    )


def _drop_final_stop(grammar: AttributionGrammar, text: str, start: int, end: int) -> bool:
    """ "Lavrov." ends a sentence; "Jr.", "U.S." and initials keep their full stop."""
    if text[end - 1] == ",":
        return True
    last = text[start:end].split()[-1]
    return len(last) > 3 and last.lower() not in grammar.ABBREVIATIONS and "." not in last[:-1]


def _plausible_description(grammar: AttributionGrammar, phrase: str) -> bool:
    words = phrase.split()
    if len(words) < 2 or words[-1].lower().strip(".,") in grammar.FUNCTION_WORDS:
        return False
    if any(w.lower() in grammar.CLAUSE_WORDS or w.lower() in grammar.SUBJECT_WORDS for w in words[1:]):
        return False  # "the result is a sentence I", "his lead among voters who": clauses, not speakers
    # A description is a noun phrase: it holds no finite verb we can recognise.
    # (Capitalised words are names: "the State Department" holds no verb "state".)
    # The head noun may look like a verb ("the report", "the post"); the words before it may not.
    if any(_finite_verb(grammar, w) for w in words[1:-1]):
        return False
    # "His standing improved after his": an -ed word before a preposition or object is a verb.
    return not any(w.endswith(grammar.PAST_ENDINGS) and nxt in grammar.AFTER_VERB for w, nxt in pairwise(words[1:]))


def _finite_cue(grammar: AttributionGrammar, word: str) -> bool:
    """A cue verb in a finite form; base forms double as nouns ("the state party", "a report")."""
    return (word in grammar.SPEECH_FORMS or word in grammar.BELIEF_FORMS) and word not in grammar.CUE_BASE_FORMS


def _finite_verb(grammar: AttributionGrammar, word: str) -> bool:
    """A word that makes a phrase a clause: an auxiliary, a common past tense or a finite cue."""
    return word in grammar.SUBJECT_VERBS or _finite_cue(grammar, word)


def _plausible_name(grammar: AttributionGrammar, phrase: str) -> bool:
    words = phrase.split()
    if len(words) > 1 and words[0] in grammar.NOT_NAMES and words[0] not in grammar.NAME_OPENERS:
        return False  # "On Friday", "Back in": an opening phrase, not a name
    return not (
        len(words) == 1 and (words[0] in grammar.NOT_NAMES or words[0].lower().endswith(grammar.ADVERB_ENDINGS))
    )


def subject_before(grammar: AttributionGrammar, text: str, lo: int, cue_start: int) -> Mention | None:
    """The speaker mention that ends right before a cue ("Truss also said" -> Truss).

    Looks back only to the nearest clause boundary; an appositive between commas
    ("Sergei Yermakov, a leading expert at RISI, said") leads back to the name.
    """
    end = cue_start
    adverbs = grammar.TRAILING_ADVERBS.search(text, lo, end)
    if adverbs:
        end = adverbs.start()
    bracket = grammar.PARENTHETICAL_AT_END.search(text, lo, end)
    if bracket:
        end = bracket.start()  # "Sen. Marco Rubio (R-Fla.) said"
    boundary = _BOUNDARY.search(text, lo, end)
    seg_start = boundary.end() if boundary else lo
    mention = classify_mention(grammar, text, seg_start, end)
    if mention is None and text[seg_start:end].rstrip().endswith(grammar.COORDINATION_ENDINGS):
        # "he supported Obama and said, “…”": coordinated verbs share the clause's subject; "... when
        # he brought up the bombing and later said": the subject of the nearest clause.
        inner = grammar.SUBORDINATE_SUBJECT.search(text, seg_start, end)
        mention = (
            classify_mention(grammar, text, *inner.span("subject")) if inner is not None else None
        ) or sentence_subject(grammar, text, seg_start, end)
    if mention is None:
        # "the debate was so subdued that Mr. Trump was prompted to say": the subject follows a subordinator.
        sub = grammar.SUBORDINATOR.search(text, seg_start, end)
        if sub is not None:
            mention = classify_mention(grammar, text, sub.end(), end)
    if mention is None:
        # "a White House official who spoke anonymously said": the subject ends at its relative clause.
        relative = grammar.RELATIVE_INSIDE.search(text, seg_start, end)
        if relative is not None:
            head = classify_mention(grammar, text, seg_start, relative.start())
            words = text[seg_start : relative.start()].split()[1:]
            verbless = not any(
                _finite_verb(grammar, w) or (w.islower() and w.endswith(grammar.PAST_ENDINGS)) for w in words
            )
            if head is not None and head.kind in ("name", "description", "group") and verbless:
                return head
    if mention is None and text[seg_start:end].strip():
        # "In 2010 she said": a pronoun ends the clause after an introductory phrase;
        # "a tweet from Rikkie Wells who tweeted": a relative pronoun stands for the name before it.
        pronoun = grammar.PRONOUN_AT_END.search(text, seg_start, end)
        if pronoun is not None:
            return Mention(pronoun.start(), pronoun.end(), "pronoun")
        relative = grammar.RELATIVE_AT_END.search(text, seg_start, end)
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
            _word_count(text, *seg) == 0 or _clause_like(grammar, text[seg[0] : seg[1]]) for seg in appositives
        ):
            break  # an appositive describes ("a leading expert", "Sanders’ campaign manager"); it has no verb
        mention = classify_mention(grammar, text, *segments[k])
        if mention is not None and mention.kind == "description" and k + 1 < len(segments):
            # "Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore
            # Romano, said": the description is itself an appositive of the name before it.
            named = classify_mention(grammar, text, *segments[k + 1])
            if named is not None and named.kind == "name" and not _clause_like(grammar, text[slice(*segments[k])]):
                mention, appositives = named, segments[: k + 1]
        if mention is not None and mention.kind in ("name", "description", "group"):
            mention.roles.extend(text[seg[0] : seg[1]] for seg in reversed(appositives))
            return mention
    # "Florida’s attorney general, Pam Bondi, vowed": the name stands between the commas.
    if len(segments) > 1 and not _clause_like(grammar, text[segments[0][0] : segments[0][1]]):
        named = classify_mention(grammar, text, *segments[0])
        if named is not None and named.kind == "name":
            return named
    return None


def sentence_subject(grammar: AttributionGrammar, text: str, lo: int, hi: int) -> Mention | None:
    """The subject at the start of a sentence, after any introductory adverbial ("However, she ...")."""
    intro = grammar.INTRODUCTORY.match(text, lo, hi)
    start = intro.end() if intro else lo
    subject = grammar.SPEAKER_AT_START.match(text, start, hi)
    if subject is None:
        return None
    kind = next(k for k, v in subject.groupdict().items() if v)
    span = subject.span(kind)
    first = text[span[0] : span[1]].split(maxsplit=1)[0].lower() if kind == "name" else ""
    if kind == "name" and (
        text[span[0] : span[1]].lower() in grammar.DETERMINERS
        or (first in grammar.DETERMINERS and _NOUN_PHRASE_NEXT.match(text, span[1], hi))
    ):
        # "The billionaire businessman", "One operative": a capitalised determiner; "The Democratic
        # presidential candidate blasted": the capitalised words only start a longer noun phrase.
        kind = "description"
    if kind == "description":
        # "The billionaire businessman began by ...": the noun phrase ends before its finite verb.
        span = (span[0], _before_finite_verb(grammar, text, span[0], min(hi, span[0] + 120)))
    mention = classify_mention(grammar, text, *span)
    if mention is None or mention.kind not in ("pronoun", "name", "description", "group"):
        return None
    if mention.kind == "description":
        verb = grammar.VERB_IN_PHRASE.search(text, mention.start, mention.end)
        if verb is not None and _word_count(text, mention.start, verb.start()) >= 2:
            # "the inspector deemed the handling of the files": the noun phrase ends before its verb.
            mention = Mention(mention.start, trim(text, mention.start, verb.start())[1], "description")
    if mention.kind == "name" and text[mention.start : mention.end].lower() in grammar.PLACES:
        comma = _COMMA_AFTER.match(text, mention.end, hi)
        if comma is not None:
            # "Speaking in Salem, New Hampshire, Trump went after Bush": the place ends the opening phrase.
            return sentence_subject(grammar, text, comma.end(), hi)
    if mention.kind == "name" and grammar.NOUN_PHRASE_GOES_ON.match(text, mention.end, hi):
        return None  # "Mexican newspapers have ...": the capitalised word only starts a longer noun phrase
    single = mention.kind == "name" and " " not in text[mention.start : mention.end]
    if single and (
        grammar.OBJECT_FOLLOWS.match(text, mention.end, hi)
        or _participle_opening(grammar, text, mention.start, mention.end, hi)
    ):
        # "Denouncing the forces of ..., the Chinese government said": a participle, not a name.
        comma_at = text.find(",", mention.end, hi)
        return sentence_subject(grammar, text, comma_at + 1, hi) if comma_at > 0 else None
    return mention


def _before_finite_verb(grammar: AttributionGrammar, text: str, start: int, hi: int) -> int:
    """Where a noun phrase opening at ``start`` ends: before its first recognisable finite verb."""
    words = list(_WORD_SPAN.finditer(text, start, hi))
    for k, word in enumerate(words[2:9], start=2):
        form = word.group()
        if form in grammar.SUBJECT_VERBS or form in grammar.SPEECH_FORMS or form in grammar.BELIEF_FORMS:
            return words[k - 1].end()
        if (
            form.endswith(grammar.PAST_ENDINGS)
            and form.islower()
            and k + 1 < len(words)
            and (words[k + 1].group() in grammar.AFTER_VERB or words[k + 1].group()[:1].isupper())
        ):
            return words[k - 1].end()  # "tried to", "granted Mr. Clarke": an -ed verb and its object
    return words[min(len(words), 9) - 1].end() if words else hi


def _participle_opening(grammar: AttributionGrammar, text: str, start: int, end: int, hi: int) -> bool:
    """ "Holding open a book, Beck said": a capitalised -ing word followed by a word that is not a verb."""
    word = text[start:end]
    if not word.endswith(grammar.PARTICIPLE_ENDINGS) or len(word) < 6:
        return False  # Manning, Harding and King stay names when a verb follows
    if _QUOTE_NEXT.match(text, end, min(len(text), hi + 2)):
        return True  # "Ending “welfare as we know it”": a gerund with a quoted object
    following = _NEXT_WORD.match(text, end, hi)
    return following is not None and not (
        following.group(1) in grammar.SPEECH_FORMS
        or following.group(1) in grammar.BELIEF_FORMS
        or following.group(1) in grammar.CLAUSE_WORDS
    )


def long_enough_claim(grammar: AttributionGrammar, text: str, start: int, end: int) -> bool:
    """Two words make a claim, and so does a bare yes or no ("75 percent of Democrats said yes")."""
    two_words = sum(1 for _ in islice(_WORD.finditer(text, start, end), 2)) == 2  # stops at two: claims run long
    return two_words or text[start:end].lower() in grammar.ANSWER_WORDS


def _content_after(
    grammar: AttributionGrammar, text: str, cue_end: int, hi: int, cue_word: str, *, skip_to_that: bool = True
) -> tuple[int, int] | None:
    """Where the reported clause starts after a cue: after "that" or any object before it."""
    gap = grammar.COMPLEMENT_GAP.match(text, cue_end, hi) if skip_to_that else None
    if gap and (
        grammar.SUBJECT_IN_GAP.search(text, cue_end, gap.start() + len(gap.group()) - 4)
        or grammar.COORDINATED_CUE.search(text, cue_end, gap.end())
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
    for match in grammar.CUE_ANYWHERE.finditer(text):
        cue_start, cue_end = match.span()
        if inside(cue_start):
            continue
        number = index.sentence_of(cue_start)
        lo, hi = index.sentences[number]
        frame = _frame_at_cue(grammar, text, lo, hi, cue_start, cue_end, match.group(), number)
        if frame is not None:
            frames.append(frame)
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
    for put in grammar.PUT_IT.finditer(text):
        if inside(put.start()):
            continue
        number = index.sentence_of(put.start())
        frame = _as_put_it(grammar, text, *index.sentences[number], put, number)
        if frame is not None:
            frames.append(frame)
    for number, (start, end) in enumerate(index.sentences):
        # "John McCain: Republican Populist Anger Appeals to ‘Bad Angels’": a headline's speaker and a colon.
        headline = grammar.NAME_COLON.match(text, start, end)
        if headline is not None and _word_count(text, headline.end(), end) >= 3 and not inside(start):
            named = classify_mention(grammar, text, *headline.span("speaker"))
            if named is not None and named.kind == "name":
                content = trim(text, headline.end(), end)
                frames.append(Frame(named, headline.span("cue"), [content], "colon-headline", number))
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


def _frame_at_cue(
    grammar: AttributionGrammar, text: str, lo: int, hi: int, cue_start: int, cue_end: int, cue: str, number: int
) -> Frame | None:
    if grammar.SO_CALLED(text, cue, cue_start):
        return None  # "the so called “initiative”": a name, not a claim
    if cue in grammar.PASSIVE_CUES and grammar.PASSIVE_BEFORE.search(text, max(lo, cue_start - 30), cue_start):
        return None  # "Mr. Thiel was revealed as", "voters are expected to": the subject is not the speaker
    speaker = subject_before(grammar, text, lo, cue_start)
    belief = cue in grammar.BELIEF_FORMS
    if speaker is not None:
        if speaker.kind == "pronoun" and text[speaker.start : speaker.end].lower() in grammar.GENERIC_PRONOUNS:
            return None
        rest = grammar.TRAILING_GAP.match(text, cue_end, hi)
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
                return Frame(speaker, (cue_start, cue_end), [content], "trailing-cue", number)
            return None
        after = text[cue_end:hi].lstrip()
        if after.startswith(",") and comma_before and not belief:
            # "However, he said, it was unlikely that ..." — content on both sides.
            content_after = _content_after(grammar, text, text.index(",", cue_end) + 1, hi, cue, skip_to_that=False)
            before = _BOUNDARY.search(text, lo, speaker.start)
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
    if belief:
        return None
    prefix = text[lo:cue_start].rstrip()
    if cue in grammar.PARTICIPLE_CUES and (prefix.endswith(",") or grammar.NOUN_BEFORE_PARTICIPLE.search(prefix)):
        # "She called the choice false, stressing that ...", "Trump unleashed a series of tweets
        # saying that ...": the subject of the sentence speaks.
        subject = sentence_subject(grammar, text, lo, cue_start)
        clause = _content_after(grammar, text, cue_end, hi, cue)
        if subject is not None and clause:
            return Frame(subject, (cue_start, cue_end), [clause], "participle-cue", number)
        return None
    # Inverted: "..., said Truss." / "..., says John Smith, an analyst."
    if prefix.endswith(","):
        inverted = grammar.SPEAKER_AT_START.match(text, cue_end, hi)
        if inverted:
            kind = next(k for k, v in inverted.groupdict().items() if v)
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
    who = grammar.SPEAKER_AT_START.match(text, match.end(), hi)
    if who is not None:
        kind = next(k for k, v in who.groupdict().items() if v)
        start, end = who.span(kind)
        if text[end - 1] == "." and _drop_final_stop(grammar, text, start, end):
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
            and grammar.APPOSITIVE_START.match(text, clause_start, second)
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
    return Frame(speaker, cue, [content], "according-to", number)
