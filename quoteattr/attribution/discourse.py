"""Discourse: what a quotation inherits from the quotations and claims around it.

Quotes of one paragraph joined only by their attribution (“A,” he said. “B.”)
become one record with several pieces; a quote with no attribution of its own
continues the speaker of its paragraph or the paragraph before, alternates in a
dialogue, or, nested in another quote, takes its speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import partial
from itertools import accumulate, pairwise

import regex

from quoteattr.attribution.claims import Frame, _last_speech_cue
from quoteattr.attribution.kinds import _words
from quoteattr.attribution.mentions import Mention, sentence_subject, subject_before
from quoteattr.attribution.quote_rules import (
    _GAP_ONLY_PUNCT,
    _introduces_nothing_within,
    _introduction,
    _may_speak,
)
from quoteattr.attribution.rules import RULES, Linked
from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.models import RuleName
from quoteattr.text import Index, trim

_DIALOGUE_TURN = 300  # characters: turns of dialogue are short; quoted paragraphs of news speeches are not
# The rules of a colon that closes the paragraph before a quote ("Truss said:" aside).
_COLON_RULES: frozenset[RuleName] = frozenset({"colon-intro", "inverted-colon", "colon-subject"})


# A quoted piece this short after a new claim's cue is a fragment of that claim, not the quote going on.
_CLAIM_FRAGMENT_WORDS = 5
# Marks and punctuation in the gap between two pieces of a split quote.
_GAP_PUNCTUATION = regex.compile(r"[\"“”„«»‘’'\s,.;:!?\N{EM DASH}\N{EN DASH}-]+")
# A gap of nothing else (or none): told in place, without a copy of the gap with them taken out.
_ONLY_GAP_PUNCTUATION = regex.compile(rf"(?:{_GAP_PUNCTUATION.pattern})?")


def _dropped_subjects(
    grammar: AttributionGrammar, text: str, index: Index, linked: list[Linked], frames: list[Frame]
) -> None:
    """«…», añadió.: a cue whose subject is dropped speaks for the nearest subject before the quote.

    Languages that drop the subject pronoun write the cue alone once the speaker is
    known.  The speaker is whichever comes last before the quote, in its paragraph or
    the one before: the speaker of an attributed quote or a reported claim, or the
    subject of the sentence before the quote's.  With none, the quote keeps its cue
    and no speaker, and the passes after this one may still carry a speaker to it.

    >>> from quoteattr.lang import get_language
    >>> from quoteattr.attribution.link import link_quotes
    >>> from quoteattr.spans import pair_quotes
    >>> def speakers(text, code):
    ...     language = get_language(code)
    ...     index = Index(text, language)
    ...     linked = link_quotes(text, index, pair_quotes(text, index.paragraphs).quotes, language)
    ...     return [(i.rule, text[i.speaker.start : i.speaker.end]) for i in linked if i.speaker is not None]
    >>> speakers("La alcaldesa visitó el barrio. «Lo recurriremos», añadió.", "es")
    [('dropped-subject', 'La alcaldesa')]
    >>> speakers("«Ganaremos», dijo Sánchez. «Ellos perderán», añadió.", "es")
    [('inverted-said', 'Sánchez'), ('dropped-subject', 'Sánchez')]
    >>> speakers("«Lo recurriremos», añadió.", "es")  # nobody before the quote
    []
    """
    if not any(item.rule == "dropped-subject" for item in linked):
        return
    claims = sorted(((frame.end, frame.speaker) for frame in frames), key=lambda claim: claim[0])
    claim_ends = [end for end, _ in claims]
    last_quoted: Mention | None = None  # the speaker of the last attributed quote so far
    for item in linked:
        if item.rule != "dropped-subject" or item.speaker is not None:
            if item.speaker is not None and item.depth == 0:
                last_quoted = item.speaker
            continue
        open_mark = min(item.marks[0], item.start - 1) if item.marks else item.start - 1
        candidates = [last_quoted]
        k = bisect.bisect_right(claim_ends, open_mark) - 1
        if k >= 0:
            candidates.append(claims[k][1])
        candidates.append(_subject_of_sentence_before(grammar, text, index, open_mark))
        before = [m for m in candidates if m is not None and m.start < open_mark]
        nearest = max(before, key=lambda mention: mention.start, default=None)
        if nearest is None or index.sentence_paragraph[index.sentence_of(nearest.start)] < item.paragraph - 1:
            item.rule, item.confidence = None, 0.0
            continue
        item.speaker = nearest
        last_quoted = nearest


def _subject_of_sentence_before(grammar: AttributionGrammar, text: str, index: Index, open_mark: int) -> Mention | None:
    """The subject of the sentence right before the one a quote opens, when only punctuation separates
    them: the nearest speaker a dropped subject can stand for ("La alcaldesa visitó el barrio. «…»").

    >>> from quoteattr.lang import get_language
    >>> spanish = get_language("es")
    >>> def subject(text):
    ...     found = _subject_of_sentence_before(spanish.attribution, text, Index(text, spanish), text.index("«"))
    ...     return found and text[found.start : found.end]
    >>> subject("La alcaldesa visitó el barrio. «Lo recurriremos», añadió.")
    'La alcaldesa'
    >>> subject("La alcaldesa visitó el barrio. Luego habló del plan «de todos».") is None  # words before the quote
    True
    """
    number = index.sentence_of(open_mark)
    start = index.sentences[number][0]
    if number == 0 or not _GAP_ONLY_PUNCT.match(text, start, max(start, open_mark)):
        return None
    lo, hi = index.sentences[number - 1]
    subject = sentence_subject(grammar, text, lo, hi)
    if subject is None or subject.kind not in _INTRODUCING_SUBJECTS or not _may_speak(grammar, text, subject):
        return None
    if subject.kind == "name" and not _named_elsewhere(text, subject) and _lone_opening_word(text, lo, subject):
        return None
    return subject


def _lone_opening_word(text: str, sentence_start: int, mention: Mention) -> bool:
    """Whether ``mention`` is one capitalised word opening its sentence.

    A language that drops its subjects opens sentences on capitalised verbs ("Llovió mucho ayer.",
    "Piove a Roma."), which read like a one-word name; a real surname there was named in full before.

    >>> _lone_opening_word("Llovió mucho.", 0, Mention(0, 6, "name"))
    True
    >>> _lone_opening_word("Pedro Sánchez habló.", 0, Mention(0, 13, "name"))  # two words
    False
    """
    return _GAP_ONLY_PUNCT.match(text, sentence_start, mention.start) is not None and not any(
        character.isspace() for character in text[mention.start : mention.end]
    )


def _named_elsewhere(text: str, mention: Mention) -> bool:
    """Whether the words of ``mention`` occur somewhere else in ``text``: "Sánchez" after "Pedro Sánchez".

    >>> text = "Pedro Sánchez llegó. Sánchez habló."
    >>> _named_elsewhere(text, Mention(21, 28, "name"))
    True
    >>> _named_elsewhere("Llovió mucho.", Mention(0, 6, "name"))
    False
    """
    words = text[mention.start : mention.end]
    return text.find(words) != mention.start or text.find(words, mention.end) != -1


def _merge_split_quotes(grammar: AttributionGrammar, text: str, linked: list[Linked]) -> list[Linked]:
    """Join quotes of one paragraph separated only by their attribution: “A,” he said. “B.”"""
    merged: list[Linked] = []
    previous: Linked | None = None  # the last outer quote that is not a bare term
    for item in linked:
        if item.depth:  # a quote inside a quote is neither joined nor joined to: most records, in stray marks
            merged.append(item)
            continue
        # Scare quotes in the gap ("on CNN’s “State of the Union” Sunday") do not separate the pieces.
        if (
            previous is not None
            and previous.paragraph == item.paragraph
            and previous.kind == "direct"
            and item.kind in ("direct", "partial")
            and _joinable(grammar, text, previous, item)
        ):
            if grammar.SPLIT_QUOTES_SEPARATE:
                _share_speaker(previous, item)
                merged.append(item)
                previous = item
                continue
            if previous.speaker is None and item.speaker is not None:
                previous.speaker, previous.cue, previous.rule = item.speaker, item.cue, item.rule
                previous.confidence, previous.frame_window, previous.via = item.confidence, item.frame_window, item.via
            previous.pieces.extend(item.pieces)
            previous.marks.extend(item.marks)
            # Nested quotes of the joined piece stay as they are; keep order by start.
            continue
        merged.append(item)
        if not (item.kind == "term" and item.speaker is None):
            previous = item
    return merged


def _share_speaker(first: Linked, second: Linked) -> None:
    """Two pieces of one split quote kept apart: the piece without a speaker takes the other's."""
    source, target = (second, first) if first.speaker is None else (first, second)
    if target.speaker is not None or source.speaker is None:
        return
    target.speaker, target.cue, target.rule = source.speaker, source.cue, source.rule
    target.confidence, target.frame_window, target.via = source.confidence, source.frame_window, source.via


def _joinable(grammar: AttributionGrammar, text: str, first: Linked, second: Linked) -> bool:
    gap_start, gap_end = first.end, second.start
    if gap_end - gap_start > 220 or first.rule == "signature":
        return False  # a signature line closes its quote
    if second.speaker is not None and second.cue != first.cue and first.speaker is not None:
        return False
    if first.speaker is None and second.speaker is None:
        return False
    # The gap holds nothing but marks, punctuation and the attribution clause itself.
    if _ONLY_GAP_PUNCTUATION.fullmatch(text, gap_start, gap_end):
        return True
    if first.speaker is None or first.cue is None:
        return False
    clause_start = min(first.speaker.start, first.cue[0])
    clause_end = max(first.speaker.end, first.cue[1])
    if not (gap_start <= clause_start and clause_end <= gap_end):
        return False
    # What the gap holds besides the clause, word by word: in "…,” the mayor said, adding that it would
    # take “more hours”" the fragment belongs to a new claim (a second cue and its clause), so it stands
    # apart; a whole quoted sentence after the claim's opening ("noting that donors feel “…”") and "…,”
    # she said, emphasizing why it matters. “…”" go on with the same words.
    rest = _GAP_PUNCTUATION.sub(" ", text[gap_start:clause_start] + " " + text[clause_end:gap_end])
    words = rest.split()
    new_claim = any(cue in grammar.SPEECH_FORMS and grammar.THAT.fullmatch(word) for cue, word in pairwise(words))
    return not (new_claim and _words(text, second.start, second.end) <= _CLAIM_FRAGMENT_WORDS)


def _waiting_for_speaker(linked: list[Linked]) -> list[Linked]:
    """The outermost direct quotes no rule gave a speaker: those the paragraph passes may attribute.

    The depth is read first: it alone leaves out the quotes inside quotes, most records in text of random marks.
    """
    return [item for item in linked if item.depth == 0 and item.speaker is None and item.kind == "direct"]


def _continue_paragraph_speakers(
    grammar: AttributionGrammar, text: str, index: Index, linked: list[Linked], frames: list[Frame]
) -> None:
    """A quoted sentence with no cue continues the speaker of the paragraph's previous claim or quote.

    “…,” she said she and Obama had made progress. “I really believe that…” — the
    second sentence is still hers.
    """
    # Only the quotes with no speaker of their own are looked at: with none, no sources are gathered.
    waiting = _waiting_for_speaker(linked)
    if not waiting:
        return
    sources: list[tuple[int, int, Mention, tuple[int, int] | None]] = [
        (f.end, index.sentence_paragraph[f.sentence], f.speaker, f.cue) for f in frames
    ]
    sources += [(i.end, i.paragraph, i.speaker, i.cue) for i in linked if i.speaker is not None and i.depth == 0]
    sources.sort(key=lambda s: s[0])
    ends = [s[0] for s in sources]
    for item in waiting:
        # The opening mark, not the character before the words: a doubled apostrophe ('') is two.
        open_mark = min(item.marks[0], item.start - 1) if item.marks else item.start - 1
        sentence = index.sentences[index.sentence_of(open_mark)]
        if not _GAP_ONLY_PUNCT.match(text, sentence[0], max(sentence[0], open_mark)):
            continue
        introduced = _introducing_sentence(grammar, text, index, index.sentence_of(item.start - 1))
        if introduced is not None:
            item.speaker, item.cue = introduced
            item.rule, item.confidence = "leading-sentence", RULES["leading-sentence"].confidence
            item.frame_window = index.sentences[index.sentence_of(item.start - 1) - 1]
            continue
        k = bisect.bisect_right(ends, item.start) - 1
        if k < 0 or sources[k][1] != item.paragraph:
            subject = _previous_subject(grammar, text, index, index.sentence_of(open_mark))
            if subject is not None:
                item.speaker, item.rule, item.confidence = subject, "continued", RULES["continued"].confidence
                item.frame_window = index.sentences[index.sentence_of(open_mark) - 1]
            continue
        _, _, mention, cue = sources[k]
        item.speaker, item.cue, item.rule, item.confidence = mention, cue, "continued", RULES["continued"].confidence
        item.frame_window = (index.paragraphs[item.paragraph][0], item.start)


def _previous_subject(grammar: AttributionGrammar, text: str, index: Index, number: int) -> Mention | None:
    """The subject of the sentence before sentence ``number`` in its paragraph, when it is a person or body.

    "Sadiq Khan verurteilte die Haltung der Regierung. „Diese Regierung hat …“": in a language whose
    grammar sets ``SUBJECT_SPEAKS_NEXT``, a quoted sentence that no cue attributes is the words of the
    subject who was acting in the sentence before it.

    >>> from quoteattr.lang import get_language
    >>> def subject(text, code="de"):
    ...     language = get_language(code)
    ...     index = Index(text, language)
    ...     found = _previous_subject(language.attribution, text, index, index.sentence_of(text.index("„")))
    ...     return found and text[found.start : found.end]
    >>> subject("Sadiq Khan verurteilte die Haltung der Regierung. „Diese Regierung hat versagt.“")
    'Sadiq Khan'
    >>> subject("Man verurteilte die Haltung der Regierung. „Diese Regierung hat versagt.“") is None  # impersonal
    True
    >>> subject("Sadiq Khan condemned the government. „This government failed.“", "en") is None  # not English
    True
    """
    if not grammar.SUBJECT_SPEAKS_NEXT or number == 0:
        return None
    if index.sentence_paragraph[number - 1] != index.sentence_paragraph[number]:
        return None
    mention = sentence_subject(grammar, text, *index.sentences[number - 1])
    if mention is None or mention.kind not in _INTRODUCING_SUBJECTS:
        return None
    if mention.kind == "pronoun" and text[mention.start : mention.end].lower() in grammar.IMPERSONAL_PRONOUNS:
        return None
    return mention


def _introducing_sentence(
    grammar: AttributionGrammar, text: str, index: Index, number: int
) -> tuple[Mention, tuple[int, int]] | None:
    """ "Sam Lau, the party's spokesman, said in a statement. “There are no ballots.”"

    A sentence that ends on its cue (and perhaps where or how it was said) introduces
    the quote that follows it, within a paragraph or across a paragraph break.
    """
    if number == 0 or index.sentence_paragraph[number] - index.sentence_paragraph[number - 1] > 1:
        return None
    lo, hi = index.sentences[number - 1]
    cue = _last_speech_cue(grammar, text, max(lo, hi - 120), hi)
    if cue is None or not grammar.ENDS_ON_CUE.fullmatch(text, cue.end(), hi):
        return None
    mention = subject_before(grammar, text, lo, cue.start())
    if mention is None or mention.kind == "relative":
        return None
    return mention, cue.span()


# Subjects that may introduce a quoted paragraph with a colon: not a relative pronoun or a date.
_INTRODUCING_SUBJECTS = frozenset({"name", "pronoun", "description", "group"})


def _carry_paragraph_speakers(
    grammar: AttributionGrammar, text: str, index: Index, linked: list[Linked], frames: list[Frame]
) -> None:
    """A quote paragraph with no attribution continues the previous paragraph's speaker."""
    # Only quotes with no speaker after the first paragraph are looked at: with none, nothing is gathered.
    waiting = [item for item in _waiting_for_speaker(linked) if item.paragraph]
    if not waiting:
        return
    last_frame = {index.sentence_paragraph[frame.sentence]: frame for frame in frames}
    first_claim: dict[int, Frame] = {}  # the outermost reported speech of each sentence
    for frame in frames:
        if frame.rule != "belief":
            first_claim.setdefault(frame.sentence, frame)
    last_speaker: dict[int, Linked] = {}
    for item in linked:
        if item.speaker is not None and item.depth == 0:
            last_speaker[item.paragraph] = item
    for item in waiting:
        p_start = index.paragraphs[item.paragraph][0]
        if not _GAP_ONLY_PUNCT.match(text, p_start, max(p_start, item.start - 1)):
            continue
        source = last_speaker.get(item.paragraph - 1)
        prev_start, prev_end = index.paragraphs[item.paragraph - 1]
        turn_start, turn_end = index.paragraphs[item.paragraph]
        other = (
            _alternating_speaker(grammar, text, index, last_speaker, item.paragraph)
            if turn_end - turn_start <= _DIALOGUE_TURN // 2
            else None  # a long quoted paragraph continues a speech (carried), it is not a reply
        )
        if other is not None:
            # “What is his name?” / “Bingley.” — in a dialogue, unattributed turns alternate.
            item.speaker, item.cue = other.speaker, other.cue
            item.rule, item.confidence = "alternating", RULES["alternating"].confidence
            item.frame_window = index.paragraphs[other.paragraph]
            last_speaker[item.paragraph] = item
            continue
        rule: RuleName = "carried"
        if source is not None:
            item.speaker, item.cue = source.speaker, source.cue
        elif not text[prev_start:prev_end].rstrip().endswith(":"):
            # "Carter said that the U.S. would not withdraw." then a quote paragraph: the
            # speaker of a reported claim ending the paragraph goes on in quotes.
            claim = first_claim.get(index.sentence_of(prev_end - 1))
            if claim is None:
                continue
            item.speaker, item.cue = claim.speaker, claim.cue
            rule = "carried-claim"
        else:
            # "Truss said:" or "The Times reported:" closing the paragraph before introduces the quote.
            last_sentence = index.sentences[index.sentence_of(prev_end - 1)]
            found = _introduction(grammar, text, max(last_sentence[0], prev_end - 200), prev_end)
            claim = last_frame.get(item.paragraph - 1)
            if found is not None and found[2] in _COLON_RULES and claim is not None:
                found = None  # "As Ortiz observed, the winner was the network itself:": the claim's speaker
            if found is not None:
                item.speaker, item.cue = found[0], found[1]
            elif claim is not None:
                # "As Pollak observed, the biggest victor was the stage itself:" then the quote.
                item.speaker, item.cue = claim.speaker, claim.cue
            else:
                # "He told his audience, to rowdy applause:", "Trump issued the following statement:":
                # the subject of the sentence the colon ends introduces the quoted paragraph.
                subject = sentence_subject(grammar, text, last_sentence[0], prev_end)
                if subject is None or subject.kind not in _INTRODUCING_SUBJECTS:
                    continue
                item.speaker = subject
        item.rule, item.confidence = rule, RULES[rule].confidence
        item.frame_window = (prev_start, prev_end)
        last_speaker[item.paragraph] = item


def _alternating_speaker(
    grammar: AttributionGrammar, text: str, index: Index, last_speaker: dict[int, Linked], paragraph: int
) -> Linked | None:
    """In a run of quote paragraphs by two different speakers, the next unattributed turn is the earlier one's."""
    if paragraph < 2:
        return None
    before, earlier = last_speaker.get(paragraph - 1), last_speaker.get(paragraph - 2)
    if before is None or earlier is None or before.speaker is None or earlier.speaker is None:
        return None
    for item in (before, earlier):
        start, end = index.paragraphs[item.paragraph]
        if not _GAP_ONLY_PUNCT.match(text, start, max(start, item.start - 1)) or end - start > _DIALOGUE_TURN:
            return None  # not a dialogue turn: the paragraph does not open with the quote, or is a speech
    a = text[earlier.speaker.start : earlier.speaker.end].lower()
    b = text[before.speaker.start : before.speaker.end].lower()
    if a == b or (earlier.speaker.kind == before.speaker.kind == "pronoun" and not _different_gender(grammar, a, b)):
        return None
    return earlier


def _different_gender(grammar: AttributionGrammar, a: str, b: str) -> bool:
    return frozenset({a, b}) in grammar.GENDER_PAIRS


def _nested_speakers(
    grammar: AttributionGrammar, text: str, index: Index, linked: list[Linked], outermost: list[Linked] | None = None
) -> None:
    """A quote inside a quote: introduced inside it (“He said, ‘Well, …’”) or else the outer speaker's words.

    The words of a nested quote are spoken by whoever speaks the quote around them;
    when that speaker introduces them as someone else's, the introduction wins.
    ``outermost``, when given, is the items of ``linked`` at depth 0, in order, gathered already.
    """
    # The quotes inside quotes with no speaker yet, the only ones read below: a text with none (most
    # news) has its outer pieces left unsorted.  The depth is read first, as in ``_waiting_for_speaker``.
    waiting = [item for item in linked if item.depth != 0 and item.speaker is None]
    if not waiting:
        return
    if outermost is None:
        outermost = [item for item in linked if item.depth == 0]
    outer = sorted((piece, item) for item in outermost for piece in item.pieces)
    # The outer pieces' starts, ends and quotes as three lists, each read by index: nested quotes abound,
    # and the bisection is bound to its list once rather than looked up for each.
    starts = [piece[0] for piece, _ in outer]
    ends = [piece[1] for piece, _ in outer]
    containers = [item for _, item in outer]
    container_of = partial(bisect.bisect_right, starts)
    # The offsets of the sentence last looked up, and its start: the quotes inside one quote mostly open
    # in one sentence, whose start is then known without a lookup (stray marks make one every few characters).
    known_from = known_to = sentence_start = 0
    # Whether an outer piece introduces nothing in any window of it (``_introduces_nothing_within``),
    # by piece, worked out for the first quote inside it that needs it.
    quiet: dict[int, bool] = {}
    k, last = -1, len(starts) - 1  # the outer piece the last quote read was in, and the last one
    for item in waiting:
        pieces = item.pieces  # read here rather than through item.start and item.end: nested quotes abound
        first = pieces[0][0]
        # The piece the quote before was in, when this one starts in it too (most quotes inside a quote
        # follow one another there): the bisection's answer, asked only where it may differ.
        if not (k >= 0 and starts[k] <= first and (k == last or first < starts[k + 1])):
            k = container_of(first) - 1
        if k < 0 or ends[k] < pieces[-1][1]:
            continue
        marks = item.marks
        open_mark = marks[0] if marks else pieces[0][0] - 1
        lo = starts[k]
        if lo < open_mark:  # else no words before the mark in its container: its sentence need not be looked up
            # A mark inside its container after a character other than a word's (``_after_word_character``,
            # read in place: the mark stands after ``lo``, so a character stands before it) in a piece that
            # introduces nothing in any window of it: no introduction, wherever the window starts, so the
            # window is not worked out (most of them).
            if open_mark <= ends[k] and not ((before := text[open_mark - 1]).isalnum() or before == "_"):
                if k not in quiet:
                    quiet[k] = _introduces_nothing_within(grammar, text, lo, ends[k])
                introduces = not quiet[k]
            else:
                introduces = True
            if introduces:
                if lo <= open_mark - 200:
                    lo = open_mark - 200
                if not known_from <= open_mark < known_to:
                    number = index.sentence_of(open_mark)
                    sentence_start = index.sentences[number][0]
                    # Every offset from the sentence's start (any before it, for the first) to the next one's.
                    known_from = sentence_start if number else -1
                    known_to = index.sentences[number + 1][0] if number + 1 < len(index.sentences) else len(text) + 1
                if sentence_start > lo:
                    lo = sentence_start
                found = _introduction(grammar, text, lo, open_mark) if lo < open_mark else None
                if found is not None:
                    item.speaker, item.cue, item.rule = found
                    item.confidence = RULES[item.rule].confidence
                    item.frame_window = (lo, open_mark)
                    continue
        container = containers[k]
        if container.speaker is not None:
            item.speaker, item.cue, item.rule = container.speaker, container.cue, "nested"
            item.confidence = RULES["nested"].confidence
            item.frame_window = container.frame_window


def _continued_reports(grammar: AttributionGrammar, text: str, index: Index, linked: list[Linked]) -> list[Linked]:
    """Sentences that go on with the report before them, marked only by their mood: new ``indirect`` records.

    "Der Sprecher sagte, man prüfe den Fall. Eine Entscheidung falle im Mai.": the
    second sentence has no cue, but its Konjunktiv I says it is still the spokesman's.
    A sentence attributed already, or whose mark sits inside quotation marks, is not
    one; the report continued is the last one of the paragraph, or of the paragraph
    before when the sentence opens its paragraph.  Continuations chain.

    >>> from quoteattr.lang import get_language
    >>> from quoteattr.attribution.link import link_quotes
    >>> from quoteattr.spans import pair_quotes
    >>> german = get_language("de")
    >>> def continued(text):
    ...     index = Index(text, german)
    ...     linked = link_quotes(text, index, pair_quotes(text, index.paragraphs).quotes, german)
    ...     return [(text[i.start : i.end], text[i.speaker.start : i.speaker.end]) for i in linked
    ...             if i.rule == "continued-report"]
    >>> continued("Die Polizei sagte, man prüfe den Fall. Der Täter soll geflohen sein.")
    [('Der Täter soll geflohen sein', 'Die Polizei')]
    >>> continued("Der Prozess begann am Montag. Der Täter soll geflohen sein.")  # no report before it
    []
    """
    marked = [m.start() for m in grammar.REPORTED_SPEECH_MARK.finditer(text)]
    if not marked:
        return []
    taken = _Pieces(piece for item in linked for piece in item.pieces)
    # A fragment in quotes that only the sentence's subject attributes ("Das Schicksal des Landes
    # stehe „auf Messers Schneide“") does not take the sentence: the report goes on around it.
    weak = [item for item in linked if _weakly_attributed(text, item)]
    attributed = _Pieces(piece for item in linked if not _weakly_attributed(text, item) for piece in item.pieces)
    # Of two reports ending together, the outer one goes on ("In dem Bericht heißt es, die Prüfung habe
    # ergeben, dass …": the report's, not the inner clause's), so it sorts last.
    sources = sorted(
        ((item.end, item) for item in linked if item.speaker is not None and item.depth == 0),
        key=lambda pair: (pair[0], -pair[1].start),
    )
    continued: list[Linked] = []
    done: set[int] = set()
    for mark in marked:
        number = index.sentence_of(mark)
        if number in done or taken.overlap(mark, mark + 1):
            continue
        done.add(number)
        lo, hi = index.sentences[number]
        start, end = trim(text, lo, hi)
        while end > start and text[end - 1] in ".!?;:":
            end -= 1
        if attributed.overlap(start, end) or _words(text, start, end) < 3:
            continue
        k = bisect.bisect_right(sources, start, key=lambda pair: pair[0]) - 1
        if k < 0:
            continue
        source = sources[k][1]
        paragraph = index.sentence_paragraph[number]
        opens_paragraph = number == 0 or index.sentence_paragraph[number - 1] != paragraph
        if source.paragraph != paragraph and not (opens_paragraph and source.paragraph == paragraph - 1):
            continue
        item = Linked(
            [(start, end)],
            "indirect",
            0,
            False,
            paragraph,
            source.speaker,
            source.cue,
            source.via,
            "continued-report",
            RULES["continued-report"].confidence,
            source.frame_window,
        )
        continued.append(item)
        bisect.insort(sources, (item.end, item), key=lambda pair: pair[0])
        for fragment in weak:
            if start <= fragment.start and fragment.end <= end:
                fragment.kind = "partial"  # someone's words now, no longer a bare term
                fragment.speaker, fragment.cue, fragment.via = source.speaker, source.cue, source.via
                fragment.rule, fragment.confidence = "continued-report", RULES["continued-report"].confidence
                fragment.frame_window = source.frame_window
    return continued


def _weakly_attributed(text: str, item: Linked) -> bool:
    """A quoted fragment with no speaker, or only the guess of its sentence's subject; a term in
    lower case ("„auf Messers Schneide“") is a fragment too, a name in capitals is not, and so is a
    quotation that closes a sentence it does not open ("Sie seien „so gut wie jeder andere geeignet.“")."""
    if item.depth > 0 or item.rule not in (None, "sentence-subject"):
        return False
    return item.kind in ("partial", "direct") or (item.kind == "term" and text[item.start : item.start + 1].islower())


class _Pieces:
    """Spans, sorted, with the running maximum of their ends: does any overlap a range (O(log n))."""

    def __init__(self, pieces: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(pieces)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))

    def overlap(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end) - 1
        return k >= 0 and self.reach[k] > start
