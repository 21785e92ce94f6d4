"""Speaker mentions: who a phrase names, and the subject before a cue or opening a sentence.

A mention is a span of text that can stand for a speaker (a pronoun, a name, a
description, a group, a relative pronoun after a name).  Every rule that
attributes a quotation or claim finds its speaker through these functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

import regex

from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.language import Language
from quoteattr.models import MentionKind
from quoteattr.text import trim

_WORD = regex.compile(r"\w+")
_NAME_BEFORE_RELATIVE = regex.compile(r"(?r)\p{Lu}[\p{L}.’'\-]*,?\s*\Z")
_QUOTE_NEXT = regex.compile(r"\s*(?:[“\"«„]|'')")
_NOUN_PHRASE_NEXT = regex.compile(r"\s+\p{Ll}[\p{L}\-]*\s+\p{Ll}")
_NEXT_WORD = regex.compile(r"\s+(\p{Ll}+)")
_WORD_SPAN = regex.compile(r"[\p{L}\p{N}’'\-.]+")
# A list bullet before a phrase: one or more of these marks, then space ("~ As Vulture put it").
_BULLET_MARKS = "~•*·>-\N{EN DASH}\N{EM DASH}"
_BULLET = regex.compile(rf"[{regex.escape(_BULLET_MARKS)}]+\s+")
_DASHES = ("-", "\N{EN DASH}", "\N{EM DASH}")
_COMMA_AFTER = regex.compile(r"\s*,\s*")
_SPACE_AT_END = regex.compile(r"(?r)\s*\Z")  # always matches: where a window's trailing space starts


@dataclass(slots=True)
class Mention:
    """A speaker mention in the text and what kind of phrase it is."""

    start: int
    end: int
    kind: MentionKind
    roles: list[str] = field(default_factory=list)  # appositives and titles seen with it


def matched_kind(match: regex.Match[str]) -> str:
    """The first named group of ``match`` that holds text: which alternative of a speaker pattern
    (pronoun, name, description ...) matched.

    The first non-empty value of ``match.groupdict()``, read by group number from the match's
    values instead of through a dictionary built for every match.

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> matched_kind(grammar.SPEAKER_AT_START.match("the minister said")), matched_kind(
    ...     grammar.SPEAKER_AT_START.match("she said")
    ... )
    ('description', 'pronoun')
    """
    values = match.groups()
    return next(name for name, number in _named_groups(match.re) if values[number - 1])


@cache
def _named_groups(pattern: regex.Pattern[str]) -> tuple[tuple[str, int], ...]:
    """A pattern's group names and numbers, in the order of ``groupdict``."""
    return tuple(pattern.groupindex.items())


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
    # The phrase is read trimmed, so the memo keys it trimmed: " Trump " and "Trump" are one phrase.
    # Most phrases come trimmed: trim's own first test, made here, spares the call.
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        start, end = trim(text, start, end)
    if start >= end:
        return None
    entry = _memos.get(id(grammar))  # _phrase_memo's lookup, made here: a call per phrase costs as much
    memo = entry[1] if entry is not None and entry[0] is grammar else _phrase_memo(grammar)
    if memo is None or start == 0:
        found = _classify_phrase(grammar, text, start, end)
    else:
        # The phrase and the character before it decide everything but the relative pronoun's name.
        key = text[start - 1 : end]
        known = memo.get(key, _UNSEEN)
        if known is _UNSEEN:
            found = _classify_phrase(grammar, text, start, end)
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[key] = None if found is None else (found[0] - start, found[1] - start, found[2])
        else:
            found = None if known is None else (known[0] + start, known[1] + start, known[2])
    if found is None:
        return None
    start, end, kind = found
    if kind == "relative" and not _NAME_BEFORE_RELATIVE.search(text, max(0, start - 60), start):
        return None  # "countries which call ...": only a relative after a name stands for a speaker
    return Mention(start, end, kind)


# Phrases repeat within and across texts ("he", "Trump", "the president"): what each one
# classifies as is kept, per grammar, up to _MEMO_SIZE phrases before the memo starts afresh.
_MEMO_SIZE = 4096
_MEMO_GRAMMARS = 16
_UNSEEN: tuple[int, int, MentionKind] = (-1, -1, "name")  # a phrase not classified yet
_memos: dict[int, tuple[AttributionGrammar, dict[str, tuple[int, int, MentionKind] | None] | None]] = {}


def _phrase_memo(grammar: AttributionGrammar) -> dict[str, tuple[int, int, MentionKind] | None] | None:
    """The memo of ``grammar``'s phrases, or None when its patterns may look further back than one
    character (a lookbehind, Unicode word boundaries): then a phrase alone does not decide."""
    entry = _memos.get(id(grammar))
    if entry is None or entry[0] is not grammar:
        if len(_memos) >= _MEMO_GRAMMARS:
            _memos.clear()  # a program that builds grammar after grammar keeps only the latest memos
        patterns = [pattern for _, pattern in grammar.WHOLE_MENTION]
        patterns += [grammar.MODIFIED_NAME, grammar.LEADING_CONJUNCTION]
        context_free = not any("(?<" in p.pattern or p.flags & regex.WORD for p in patterns)
        entry = (grammar, {} if context_free else None)
        _memos[id(grammar)] = entry
    return entry[1]


def _classify_phrase(
    grammar: AttributionGrammar, text: str, start: int, end: int
) -> tuple[int, int, MentionKind] | None:
    """The span and kind of the mention filling ``text[start:end]`` (trimmed, not empty), before the
    relative pronoun's name is looked for before it."""
    # classify_mention hands the phrase in trimmed and not empty.
    if text[start] in _BULLET_MARKS:
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
    kind = _whole_mention_kind(grammar, text, start, end)
    if kind is None:
        return None
    if kind == "description" and not _plausible_description(grammar, phrase):
        return None
    if kind == "description":
        named = grammar.MODIFIED_NAME.fullmatch(text, start, end)
        if named is not None:  # "a visibly relieved Ortiz": the name, described
            return (*named.span("name"), "name")
    if kind == "name" and not _plausible_name(grammar, phrase):
        return None
    return start, end, kind


def _whole_mention_kind(grammar: AttributionGrammar, text: str, start: int, end: int) -> MentionKind | None:
    """The kind of the first of ``grammar.WHOLE_MENTION`` that ``text[start:end]`` matches whole, or None.

    Where the grammar tells which patterns a phrase's words leave possible
    (``WHOLE_MENTION_CANDIDATES``), only those are tried, one by one in their order: most phrases (a
    clause before a cue) leave none or one.  Otherwise the patterns are tried as one alternation, in
    their order, each ending in an empty group that names its kind: the engine answers in one call
    what a loop over the patterns asks in up to nine.

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en").attribution
    >>> text = "she, Truss, the minister"
    >>> _whole_mention_kind(english, text, 0, 3), _whole_mention_kind(english, text, 5, 10)
    ('pronoun', 'name')
    >>> _whole_mention_kind(english, text, 12, 24), _whole_mention_kind(english, "met the", 0, 7)
    ('description', None)
    """
    candidates = grammar.WHOLE_MENTION_CANDIDATES
    if candidates is not None:
        # The grammar tells which patterns the phrase's words leave possible: most phrases leave one
        # or two of them, asked one by one, in their order, for less than the alternation of all.
        for kind, pattern in candidates(text[start:end]):
            if pattern.fullmatch(text, start, end):
                return kind
        return None
    entry = _wholes.get(id(grammar))  # looked up here: a call more per phrase costs what the loop saved
    if entry is None or entry[0] is not grammar:
        entry = _whole_mentions(grammar)
    combined = entry[1]
    if combined is None:
        for kind, pattern in grammar.WHOLE_MENTION:
            if pattern.fullmatch(text, start, end):
                return kind
        return None
    found = combined.fullmatch(text, start, end)
    return None if found is None or found.lastgroup is None else entry[2][found.lastgroup]


_wholes: dict[int, tuple[AttributionGrammar, regex.Pattern[str] | None, dict[str, MentionKind]]] = {}


def _whole_mentions(
    grammar: AttributionGrammar,
) -> tuple[AttributionGrammar, regex.Pattern[str] | None, dict[str, MentionKind]]:
    """``grammar.WHOLE_MENTION`` as one pattern and the kind each marker group stands for, kept for the
    grammar; no pattern when the patterns were compiled with different flags (then they are tried one
    by one)."""
    entry = _wholes.get(id(grammar))
    if entry is None or entry[0] is not grammar:
        if len(_wholes) >= _MEMO_GRAMMARS:
            _wholes.clear()
        patterns = grammar.WHOLE_MENTION
        kinds = {f"_whole_{k}": kind for k, (kind, _) in enumerate(patterns)}
        flags = {pattern.flags for _, pattern in patterns}
        combined = (
            regex.compile(
                "|".join(f"(?:{pattern.pattern})(?P<_whole_{k}>)" for k, (_, pattern) in enumerate(patterns)),
                flags.pop(),
            )
            if len(flags) == 1
            else None
        )
        entry = (grammar, combined, kinds)
        _wholes[id(grammar)] = entry
    return entry


def _clause_like(grammar: AttributionGrammar, phrase: str) -> bool:
    """Whether a comma-delimited phrase reads as a clause ("Truss also called on...") rather than a title.

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en").attribution
    >>> _clause_like(english, "one of the states suing the EPA")  # "the states": a noun
    False
    >>> _clause_like(english, "Truss also states the case")
    True
    """
    words = [w.strip(".,") for w in phrase.split()]
    if words and words[0] in grammar.RELATIVES:
        return False  # "who ran a super PAC": a relative clause describes the person
    relative = (
        len(words)
        if grammar.RELATIVES.isdisjoint(words)
        else next(i for i, w in enumerate(words) if w in grammar.RELATIVES)
    )
    head = words[:relative]  # "a veteran consultant who had tried ...": only the head must be verbless
    if not grammar.CLAUSE_WORDS.isdisjoint(head) or (len(head) > 1 and head[1].endswith(grammar.MANNER_ENDINGS)):
        return True
    # Most appositives hold no cue form at all: the sets say so at once, before each word is read.
    if grammar.SPEECH_FORMS.isdisjoint(head) and grammar.BELIEF_FORMS.isdisjoint(head):
        return False
    # "one of the states suing the EPA": a cue word after a determiner is a noun, not a verb.
    cues = (w for i, w in enumerate(head) if not (i and head[i - 1].lower() in grammar.DETERMINERS))
    return any(_finite_cue(grammar, w) for w in cues)


def _drop_final_stop(grammar: AttributionGrammar, text: str, start: int, end: int) -> bool:
    """ "Lavrov." ends a sentence; "Jr.", "U.S." and initials keep their full stop."""
    if text[end - 1] == ",":
        return True
    last = text[start:end].split()[-1]
    return len(last) > 3 and last.lower() not in grammar.ABBREVIATIONS and "." not in last[:-1]


def _plausible_description(grammar: AttributionGrammar, phrase: str) -> bool:
    words = phrase.split()
    if len(words) < grammar.DESCRIPTION_WORDS or words[-1].lower().strip(".,") in grammar.FUNCTION_WORDS:
        return False
    lowered = [w.lower() for w in words[1:]]
    if not (grammar.CLAUSE_WORDS.isdisjoint(lowered) and grammar.SUBJECT_WORDS.isdisjoint(lowered)):
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
    # "Calls men derogatory names", "Speaks": a capitalised verb of saying is a sentence's verb, not a name.
    return not (
        len(words) == 1
        and (
            words[0] in grammar.NOT_NAMES
            or words[0].lower().endswith(grammar.ADVERB_ENDINGS)
            or words[0].lower() in grammar.VERBS_NOT_NAMES
        )
    )


def subject_before(grammar: AttributionGrammar, text: str, lo: int, cue_start: int) -> Mention | None:
    """The speaker mention that ends right before a cue ("Truss also said" -> Truss).

    Looks back only to the nearest clause boundary; an appositive between commas
    ("Sergei Yermakov, a leading expert at RISI, said") leads back to the name.

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> assert grammar is not None
    >>> text = "On Monday, Truss also said the plan works."
    >>> mention = subject_before(grammar, text, 0, text.index("said"))
    >>> mention is not None and (text[mention.start : mention.end], mention.kind)
    ('Truss', 'name')
    >>> text = "The plan works, said Truss."
    >>> subject_before(grammar, text, 0, text.index("said")) is None
    True
    """
    return subject_ending_at(grammar, text, lo, before_adverbs(grammar, text, lo, cue_start))


def before_adverbs(grammar: AttributionGrammar, text: str, lo: int, end: int, *, tail: str | None = None) -> int:
    """Where the adverbs and time phrases right before ``end`` start ("Truss also said" -> before "also").

    ``tail``, the :func:`word_tail` of the window, is passed by a caller that has read it already.

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> text = "Truss also said"
    >>> before_adverbs(grammar, text, 0, text.index("said")), before_adverbs(grammar, text, 0, 5)
    (5, 5)
    """
    tails = grammar.TRAILING_ADVERBS_TAILS
    if tails and (word_tail(text, lo, end) if tail is None else tail) not in tails:
        return end  # "Truss said": the word before the cue is no adverb, and no search tells it
    adverbs = grammar.TRAILING_ADVERBS.search(text, lo, end)
    return adverbs.start() if adverbs else end


def word_tail(text: str, lo: int, end: int) -> str:
    """The last two characters of the last word in ``text[lo:end]``, before the space that runs to ``end``.

    A backwards pattern anchored at a window's end ends on one of a few words ("also", "to"): where
    the last word's tail is none of theirs (a grammar's ``*_TAILS``), the pattern cannot match.  The
    space is what ``str.isspace`` calls space, which takes in every character the patterns' ``\\s``
    does; a tail read further left than ``lo`` only lets a pattern be tried that then fails.

    >>> word_tail("Truss also  ", 0, 12), word_tail("Truss also said", 0, 10), word_tail(" ", 0, 1)
    ('so', 'so', '')
    """
    while end > lo and text[end - 1].isspace():
        end -= 1
    return text[end - 2 : end] if end >= 2 else text[:end]


def subject_ending_at(
    grammar: AttributionGrammar, text: str, lo: int, end: int, *, tail: str | None = None
) -> Mention | None:
    """The speaker mention that ends at ``end``, where a cue's adverbs start: :func:`subject_before`
    once :func:`before_adverbs` is known.

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> text = "On Monday, Truss also said the plan works."
    >>> mention = subject_ending_at(grammar, text, 0, text.index(" also"))
    >>> text[mention.start : mention.end]
    'Truss'
    >>> subject_ending_at(grammar, "The plan works, said Truss.", 0, 16) is None
    True

    ``tail``, the :func:`word_tail` of the window, is passed by a caller that has read it already.
    """
    close = grammar.PARENTHETICAL_CLOSE
    if close and not (word_tail(text, lo, end) if tail is None else tail).endswith(close):
        bracket = None  # "Truss said": no bracket ends the window, and no search tells it
    else:
        bracket = grammar.PARENTHETICAL_AT_END.search(text, lo, end)
    if bracket:
        end = bracket.start()  # "Sen. Marco Rubio (R-Fla.) said"
    boundary = grammar.MENTION_BOUNDARY.search(text, lo, end)
    seg_start = boundary.end() if boundary else lo
    if not text[seg_start:end].strip():
        # Nothing between the boundary and the cue ("Cory James, 22, said"): no phrase of the clause
        # can name the subject, only the appositives before a comma lead back to it.
        return _appositive_subject(grammar, text, lo, boundary) if boundary is not None else None
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
            mention = classify_mention(grammar, text, sub.end(), end) or _subordinate_subject(
                grammar, text, sub.end(), end
            )
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
    if mention is None:
        # "In 2010 she said": a pronoun ends the clause after an introductory phrase;
        # "a tweet from Rikkie Wells who tweeted": a relative pronoun stands for the name before it.
        # Both end where the segment's trailing space starts: tried there alone, not at every place.
        trailing = _SPACE_AT_END.search(text, seg_start, end)
        last = trailing.start() if trailing is not None else end
        pronoun = grammar.PRONOUN_AT_END.match(text, seg_start, last)
        if pronoun is not None:
            return Mention(pronoun.start(), pronoun.end(), "pronoun")
        # "In a Bloomberg interview Trump declared": the name after an opening phrase that has no comma.
        opened = grammar.NAME_AFTER_OPENING.fullmatch(text, seg_start, end)
        named = classify_mention(grammar, text, *opened.span("name")) if opened is not None else None
        if named is not None and named.kind == "name":
            return named
        relative = grammar.RELATIVE_AT_END.match(text, seg_start, last)
        if relative is not None and _NAME_BEFORE_RELATIVE.search(text, max(0, relative.start() - 60), relative.start()):
            return Mention(relative.start(), relative.end(), "relative")
    return mention


def _appositive_subject(grammar: AttributionGrammar, text: str, lo: int, boundary: regex.Match[str]) -> Mention | None:
    """The subject a cue reaches back to over appositives, when only ``boundary`` stands before the cue.

    "NAME, a leading expert at RISI, said", "Cory James, 22, of Flint, Mich., said": a walk back over
    comma-separated descriptions to the name they describe.

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> text = "Sergei Yermakov, a leading expert at RISI, said"
    >>> boundary = grammar.MENTION_BOUNDARY.search(text, 0, text.index(" said"))
    >>> mention = _appositive_subject(grammar, text, 0, boundary)
    >>> text[mention.start : mention.end], mention.roles
    ('Sergei Yermakov', ['a leading expert at RISI'])
    >>> text = "The plan works; said Truss"  # no comma: no appositive
    >>> _appositive_subject(grammar, text, 0, grammar.MENTION_BOUNDARY.search(text, 0, 15)) is None
    True
    """
    if text[boundary.start()] != ",":
        return None
    segments: list[tuple[int, int]] = []
    pos = boundary.start()
    for _ in range(5):
        previous = grammar.MENTION_BOUNDARY.search(text, lo, pos)
        segments.append(trim(text, previous.end() if previous else lo, pos))
        if previous is None or text[previous.start()] != ",":
            break
        pos = previous.start()
    words = 0  # in the appositives so far, each of which was found to describe
    for k in range(1, len(segments)):
        appositives = segments[:k]
        newest = appositives[-1]
        count = _word_count(text, *newest)
        words += count
        if words > 30 or count == 0 or _clause_like(grammar, text[newest[0] : newest[1]]):
            break  # an appositive describes ("a leading expert", "Sanders’ campaign manager"); it has no verb
        mention = classify_mention(grammar, text, *segments[k]) or _after_dateline(grammar, text, *segments[k])
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
        # "in Tulsa, Oklahoma, arguing": a place between commas ends a phrase, it does not speak.
        if named is not None and named.kind == "name" and text[named.start : named.end].lower() not in grammar.PLACES:
            return named
    return None


def _subordinate_subject(grammar: AttributionGrammar, text: str, start: int, end: int) -> Mention | None:
    """The subject pronoun opening a verb-final clause, before the objects that precede its cue.

    Only in a language whose grammar sets ``SUBJECT_OPENS_SUBORDINATE``, and only a pronoun that can be
    a subject: a noun phrase after the subordinator may be the object.

    >>> from quoteattr.lang import get_language
    >>> german = get_language("de").attribution
    >>> text = "indem sie den Aufsichtsrat zum Handeln aufforderte"
    >>> mention = _subordinate_subject(german, text, 6, text.index(" aufforderte"))
    >>> text[mention.start : mention.end]
    'sie'
    >>> _subordinate_subject(german, "indem ihm der Rat half", 6, 18) is None  # a dative opens no subject
    True
    """
    if not grammar.SUBJECT_OPENS_SUBORDINATE:
        return None
    first = grammar.SPEAKER_AT_START.match(text, start, end)
    if first is None:
        return None
    kind = matched_kind(first)
    mention = classify_mention(grammar, text, *first.span(kind))
    if (
        mention is None
        or mention.kind != "pronoun"
        or text[mention.start : mention.end].lower() not in grammar.SUBJECT_WORDS
    ):
        return None
    return mention


def _after_dateline(grammar: AttributionGrammar, text: str, start: int, end: int) -> Mention | None:
    """The mention after a dateline or opening phrase: "WASHINGTON -- President Obama" -> President Obama."""
    opening = grammar.INTRODUCTORY.match(text, start, end)
    if opening is None or opening.end() in (start, end) or not text[start : opening.end()].rstrip().endswith(_DASHES):
        return None  # only a dateline, which ends in its dash ("and even a little trepidation" is no dateline)
    return classify_mention(grammar, text, opening.end(), end)


def sentence_subject(grammar: AttributionGrammar, text: str, lo: int, hi: int) -> Mention | None:
    """The subject at the start of a sentence, after any introductory adverbial ("However, she ...").

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en").attribution
    >>> text = "Republican presidential hopeful Sen. Ted Cruz was critical."
    >>> subject = sentence_subject(english, text, 0, len(text))
    >>> text[subject.start : subject.end]
    'Sen. Ted Cruz'
    >>> text = "Trump praised Sen. Ted Cruz on Monday."  # a verb before the title: Trump stays the subject
    >>> subject = sentence_subject(english, text, 0, len(text))
    >>> text[subject.start : subject.end]
    'Trump'
    """
    intro = grammar.INTRODUCTORY.match(text, lo, hi)
    start = intro.end() if intro else lo
    subject = (
        grammar.FRONTED_OBJECT.match(text, start, hi)
        or grammar.SPEAKER_AT_START.match(text, start, hi)
        or grammar.FRONTED_SUBJECT.match(text, start, hi)
    )
    if subject is None:
        return None
    kind = matched_kind(subject)
    span = subject.span(kind)
    first = text[span[0] : span[1]].split(maxsplit=1)[0].lower() if kind == "name" else ""
    if kind == "name" and (
        text[span[0] : span[1]].lower() in grammar.DETERMINERS
        or (first in grammar.DETERMINERS and _NOUN_PHRASE_NEXT.match(text, span[1], hi))
    ):
        # "The billionaire businessman", "One operative": a capitalised determiner; "The Democratic
        # presidential candidate blasted": the capitalised words only start a longer noun phrase.
        kind = "description"
    if kind == "description" and not grammar.DESCRIPTION_ENDS_PHRASE:
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
    titled = grammar.TITLED_NAME_IN_DESCRIPTION.match(text, mention.end, hi) if mention.kind == "name" else None
    if titled is not None:
        # "Republican presidential hopeful Sen. Ted Cruz was": the capitalised word opens a description
        # of the person the title names.
        return classify_mention(grammar, text, *titled.span("name"))
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


def trim_possessive(text: str, mention: Mention, lang: Language) -> Mention:
    """Feldman’s -> Feldman: the possessive ending is not part of the name.

    >>> from quoteattr.lang import get_language
    >>> trim_possessive("Feldman’s", Mention(0, 9, "name"), get_language("en"))
    Mention(start=0, end=7, kind='name', roles=[])
    >>> trim_possessive("Feldman", Mention(0, 7, "name"), get_language("en"))
    Mention(start=0, end=7, kind='name', roles=[])
    """
    endings = lang.attribution.POSSESSIVE_ENDINGS if lang.attribution is not None else ()
    for ending in endings:
        if text.endswith(ending, mention.start, mention.end) and mention.end - len(ending) > mention.start:
            start, end = trim(text, mention.start, mention.end - len(ending))
            return Mention(start, end, mention.kind, mention.roles)
    return mention
