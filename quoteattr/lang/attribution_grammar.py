"""What a language's attribution grammar provides: the productions the attribution stage reads.

Each field is one compiled production or word class; a language folder builds
one :class:`AttributionGrammar` from its tables (English: ``quoteattr/lang/en/attribution.py``).
Every field has a neutral default (a pattern that never matches, an empty set,
no suffixes), so a language that lacks a production still runs: the rule that
needs it simply never fires.

Patterns are compiled with :mod:`regex` unless their comment says ``re``: plain
alternations of literals scanned over whole texts are faster on the standard
library's engine.  Patterns marked ``(?r)`` search backwards from the end of
the window they are given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

import regex

from quoteattr.lang.patterns import NEVER, WORD_START
from quoteattr.models import MentionKind

_NEVER = regex.compile(NEVER)
_NEVER_RE = re.compile(NEVER)
_NONE: frozenset[str] = frozenset()

# Clause boundaries a speaker mention never reaches back across, read backwards: punctuation, quotation
# marks and a spaced dash.  A language adds what ends its datelines (see ``MENTION_BOUNDARY``).
CLAUSE_BOUNDARY = r"[,;:(\[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}\"“”«»„\N{HORIZONTAL ELLIPSIS}]|\s--?\s"
_CLAUSE_BOUNDARY_BACKWARDS = regex.compile(rf"(?r){CLAUSE_BOUNDARY}")


def _never_so_called(text: str, cue: str, cue_start: int) -> bool:
    return False


def _never_left_out(text: str, cue: str, cue_end: int, hi: int) -> bool:
    """A language without separable verbs: every cue form is a whole cue."""
    return False


def _as_written(text: str, start: int, end: int) -> str | None:
    """A language that does not decline names by their context: a name is kept as written."""
    return None


class Branches:
    """The alternatives of one production, each compiled apart, scanned as their alternation is.

    ``Branches(a, b).finditer(text)`` finds exactly the matches of the pattern ``a|b``: the leftmost
    match of any branch, the earlier branch where two start at one place, then the next leftmost after
    its end.  The ``regex`` engine finds a single literal (``(?i:according to)``) with a fast search
    for it, but tries an alternation of them at every place of the text, each a letter at a time;
    a whole-text scan of a few branches, each searched apart, costs several times less.  A branch
    is searched again only when the match taken overlapped the one it had found.  Branches are
    meant never to match the empty string (one that does moves the scan on by a character).

    ``hints``, when given, holds for each branch a text every match of it holds ("" for none), or a
    tuple of texts one of which every match holds: a text without a branch's hint is not scanned for
    that branch ("zufolge" is in few texts).

    >>> import regex
    >>> branches = Branches(regex.compile(r"\\bin the words of\\s+"), regex.compile(r"\\bquoting\\s+"))
    >>> text = "quoting Smith, and in the words of Jones"
    >>> [m.group() for m in branches.finditer(text)]
    ['quoting ', 'in the words of ']
    >>> list(branches.finditer("nothing of the kind"))
    []
    >>> hinted = Branches(regex.compile(r"\\w+ zufolge"), regex.compile(r"laut \\w+"), hints=("zufolge", ""))
    >>> [m.group() for m in hinted.finditer("Berichten zufolge laut Polizei")]
    ['Berichten zufolge', 'laut Polizei']
    >>> either = Branches(regex.compile(r"\\bin (?:his|her) (?:view|opinion)"), hints=(("view", "opinion"),))
    >>> [m.group() for m in either.finditer("in her opinion")], list(either.finditer("in his words"))
    (['in her opinion'], [])
    """

    def __init__(self, *patterns: regex.Pattern[str], hints: tuple[str | tuple[str, ...], ...] = ()) -> None:
        self.patterns = patterns
        self.hints = tuple((hint,) if isinstance(hint, str) else hint for hint in hints or ("",) * len(patterns))
        if len(self.hints) != len(patterns):
            raise ValueError(f"one hint for each branch: {len(patterns)} branches, {len(self.hints)} hints")

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        upcoming = [
            pattern.search(text) if any(hint in text for hint in hints) else None
            for pattern, hints in zip(self.patterns, self.hints, strict=True)
        ]
        while True:
            taken: regex.Match[str] | None = None
            for found in upcoming:  # strictly leftmost: on a tie the earlier branch stays taken
                if found is not None and (taken is None or found.start() < taken.start()):
                    taken = found
            if taken is None:
                return
            yield taken
            pos = taken.end() if taken.end() > taken.start() else taken.end() + 1  # never stuck on an empty one
            for number, found in enumerate(upcoming):
                if found is not None and found.start() < pos:
                    upcoming[number] = self.patterns[number].search(text, pos)


class WordStarts:
    """The spans ``pattern.finditer(text)`` gives, for a ``re`` pattern opening on :data:`WORD_START`.

    Such a pattern is tried at every place of a text, each try first looking at the character
    before it.  Here the rest of the pattern is tried only after a character that may stand
    before a word: after a space, which the engine finds with a fast search for the one literal
    character, after any other character that is no word character, hyphen or space (the engine
    tests a class of them, then the next character), and at the start of the text.  Where the
    matches of the three scans do not overlap and each ends on a word character or hyphen (so no
    match can start where another ends), they are the one scan's, which takes the leftmost match,
    then the leftmost after its end; where not, the text is scanned again the slow way.  Over
    news text the cue scan costs a fifth less, over a text of quotation marks no more.  A pattern
    that opens otherwise is scanned as it is.

    >>> import re
    >>> scan = WordStarts(re.compile(rf"{WORD_START}(?:said|says|point out)\\b"))
    >>> text = "said he; she says-so, unsaid (says) or\\nsays, to point out"
    >>> scan.spans(text) == [match.span() for match in scan.pattern.finditer(text)]
    True
    >>> scan.spans("unsaid, resays"), WordStarts(re.compile(r"\\bsaid")).spans("he said")
    ([], [(3, 7)])
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._scans: tuple[re.Pattern[str], ...] = ()
        if pattern.pattern.startswith(WORD_START):
            word = pattern.pattern[len(WORD_START) :]  # the pattern from the word's first character on
            # After one character: a space, or any other that is not ASCII word, hyphen or space and
            # (the look-behind, for the other alphabets) no word character either; a word character next.
            self._scans = (
                re.compile(rf" (?=\w){word}", pattern.flags),
                re.compile(rf"[^0-9A-Za-z_\- ](?=\w)(?<=[^\w-]){word}", pattern.flags),
            )
            self._at_start = re.compile(rf"(?=\w){word}", pattern.flags)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The span of each match, in order, as ``pattern.finditer(text)`` finds them."""
        if not self._scans:
            return [match.span() for match in self.pattern.finditer(text)]
        after_space, after_other = self._scans
        found = [(match.start() + 1, match.end()) for match in after_space.finditer(text)]
        others = [(match.start() + 1, match.end()) for match in after_other.finditer(text)]
        first = self._at_start.match(text)
        if first is not None:
            others.append(first.span())
        if others:
            found = sorted(found + others)
        if all(_word_end(text, end) for _, end in found) and all(
            before[1] <= after[0] for before, after in pairwise(found)
        ):
            return found
        return [match.span() for match in self.pattern.finditer(text)]  # matches that meet: scanned as one


def _word_end(text: str, end: int) -> bool:
    """Whether the character before ``end`` is a word character or a hyphen (``[\\w-]``)."""
    return end > 0 and (text[end - 1].isalnum() or text[end - 1] in "_-")


@dataclass(frozen=True)
class AttributionGrammar:
    """The compiled productions of one language's attribution grammar.

    >>> AttributionGrammar().TRAILING.match("“Yes,” she said.", 6) is None
    True
    """

    # --- Word classes: forms of cue verbs -------------------------------------------------
    # Every form of a verb of saying: "said", "says", "added", "telling".
    SPEECH_FORMS: frozenset[str] = _NONE
    # Forms of verbs of belief that are no verbs of saying: "believes", "thought".
    BELIEF_FORMS: frozenset[str] = _NONE
    # Forms of verbs that narrate dialogue: "cried", "whispered".
    DIALOGUE_FORMS: frozenset[str] = _NONE
    # Base forms of cue verbs, which double as nouns: "state" (the state party), "report".
    CUE_BASE_FORMS: frozenset[str] = _NONE
    # Cue forms whose subject may follow them: "said Truss", "explained the minister".
    INVERSION_FORMS: frozenset[str] = _NONE
    # Cue forms that are participles: "saying", "adding" (their subject is the sentence's).
    PARTICIPLE_CUES: frozenset[str] = _NONE
    # Cue forms that may be passive after "is/was": "was revealed", "are expected".
    PASSIVE_CUES: frozenset[str] = _NONE
    # Forms of the verb that takes an addressee before its clause: "told reporters he ...".
    TELL_FORMS: frozenset[str] = _NONE
    # Forms of the verb that quotes somebody else, whose object speaks: German "Die Zeitung zitiert einen
    # Augenzeugen mit den Worten: …" (the witness speaks, the paper relays).
    QUOTING_FORMS: frozenset[str] = _NONE
    # Whether a cue is the "called" of "so called": a name follows, not a quotation.
    SO_CALLED: Callable[[str, str, int], bool] = _never_so_called

    # --- Word classes: other words ----------------------------------------------------------
    # Auxiliaries and common finite verbs that make a phrase a clause: "is", "has", "went".
    SUBJECT_VERBS: frozenset[str] = _NONE
    # Words that make a phrase a clause, not a name or title: "who", "because", "not".
    CLAUSE_WORDS: frozenset[str] = _NONE
    # The language's function words, lower case: "the", "of", "and".
    FUNCTION_WORDS: frozenset[str] = _NONE
    # Capitalised words that open sentences, never names: "On", "Back", "However".
    NOT_NAMES: frozenset[str] = _NONE
    # Sentence openers that may still begin a multi-word name: "The" (New York Times), "This" (American Life).
    NAME_OPENERS: frozenset[str] = _NONE
    # Subject pronouns that make a phrase a clause: "every time he", "that it's why".
    SUBJECT_WORDS: frozenset[str] = _NONE
    # Words that are never a sentence's subject speaker: "there", "this", "what".
    # Determiners of one thing, whose noun takes no bare verb: "a Donald Trump tweet" is a noun phrase.
    # Verb forms that are never a one-word name, capitalised at a line's start: "Calls men names".
    # (Empty where nouns are capitalised and share verb forms: German "Angaben".)
    VERBS_NOT_NAMES: frozenset[str] = _NONE
    SINGULAR_DETERMINERS: frozenset[str] = _NONE
    STOP_SUBJECTS: frozenset[str] = _NONE
    # Words after a past tense that make it a verb with an object: "tried to", "granted the".
    AFTER_VERB: frozenset[str] = _NONE
    # Determiners, lower case: "the", "a", "his", "one".
    DETERMINERS: frozenset[str] = _NONE
    # Demonstratives that open no speaker after an inverted cue: "said that ...", "said this".
    DEMONSTRATIVES: frozenset[str] = _NONE
    # Relative pronouns that open a relative clause: "who", "which".
    RELATIVES: frozenset[str] = _NONE
    # Relative pronouns that stand for a person, whose clause may hold that person's words: "who".
    PERSONAL_RELATIVES: frozenset[str] = _NONE
    # Place names, lower case, that are no speakers: "california", "washington".
    # Places that speak for their governments when they are a verb's subject: "Japan branded".
    # Verbs of saying read only in a headline, every word capitalised: "Clinton Speaks ‘…’".
    HEADLINE_VERBS: frozenset[str] = _NONE
    SPEAKING_PLACES: frozenset[str] = _NONE
    PLACES: frozenset[str] = _NONE
    # Heads of a possessive phrase that speak for their possessor: "Ryan's campaign", "the senator's office".
    SPEAKING_HEADS: frozenset[str] = _NONE
    # Abbreviations, lower case, whose full stop belongs to them: "jr.", "gov.".
    ABBREVIATIONS: frozenset[str] = _NONE
    # Words a title leaves in lower case: "The Art of the Deal".
    TITLE_SMALL_WORDS: frozenset[str] = _NONE
    # Words that alone stand for a speaker after an inverted cue: "read one", "said another".
    INDEFINITE_SPEAKERS: frozenset[str] = _NONE
    # Pronouns, lower case, whose sentence is no one's attributed quote: "I", "we", "you", "it".
    IMPERSONAL_PRONOUNS: frozenset[str] = _NONE
    # The generic pronoun whose "you say" reports nobody: "you".
    GENERIC_PRONOUNS: frozenset[str] = _NONE
    # Pairs of pronouns, lower case, that are surely two people: {"he", "she"}.
    GENDER_PAIRS: frozenset[frozenset[str]] = frozenset()
    # One-word claims: "75 percent said yes".
    ANSWER_WORDS: frozenset[str] = _NONE
    # Endings of a possessive that are no part of the name: "Feldman's" -> "Feldman".
    POSSESSIVE_ENDINGS: tuple[str, ...] = ()
    # Endings of a regular past tense: "tried", "granted".
    PAST_ENDINGS: tuple[str, ...] = ()
    # Endings of an adverb: "reportedly", "gingerly".
    ADVERB_ENDINGS: tuple[str, ...] = ()
    # The ending of a manner adverb in second place of a phrase: "Truss also called", "he gingerly said".
    MANNER_ENDINGS: tuple[str, ...] = ()
    # Endings of a participle: "Holding open a book, Beck said".
    PARTICIPLE_ENDINGS: tuple[str, ...] = ()
    # What ends a clause whose last verb is coordinated with the cue: "he supported Obama and".
    COORDINATION_ENDINGS: tuple[str, ...] = ()
    # Text every "what X called" match holds, tested before the pattern for speed: "what".
    WHAT_HINT: str = ""
    # Texts one of which every "what X called" match begins with ("what", "What"), asked of a quote's window
    # once it holds ``WHAT_HINT``: stricter than the hint, which also holds for every "that ".  The default,
    # the empty text, is in every window, so a grammar without them always tries the pattern.
    WHAT_WORDS: tuple[str, ...] = ("",)
    # Text every "according to" introduction holds, tested before the pattern: "according to".
    ACCORDING_HINT: str = ""
    # Texts one of which every "quoted him as saying" match holds, tested before the pattern: "quote".
    # The default, the empty text, is in every window, so a grammar without hints always tries the pattern.
    QUOTED_AS_HINTS: tuple[str, ...] = ("",)
    # Texts one of which every ``SIGNATURE`` match holds (its dashes), tested before a signature is
    # looked for further along a quote's line: most lines hold none.  The default tries the pattern.
    SIGNATURE_HINTS: tuple[str, ...] = ("",)
    # Text every ``NAME_COLON`` match holds (its colon), tested in a sentence before the pattern.
    NAME_COLON_HINT: str = ""
    # Text every ``SECOND_COMPLEMENT`` match holds (its complementiser), tested in a claim before the
    # pattern scans it: most claims hold one clause.  The default, the empty text, tries the pattern.
    SECOND_COMPLEMENT_HINT: str = ""
    # Text every ``COMPLEMENT_GAP`` match holds (its complementiser), looked for in the rest of the sentence
    # before the pattern is tried after a cue: most cues have no "that" after them.  The default, the
    # empty text, tries the pattern.
    COMPLEMENT_GAP_HINT: str = ""
    # Texts one of which every ``DOCUMENT_CLAUSE``, ``DOCUMENT_BEFORE`` and ``DOCUMENT_AFTER`` match holds (a
    # word of its impersonal cue), tested on the whole text before the patterns read it: most texts hold
    # none.  The default reads every text.
    DOCUMENT_CLAUSE_HINTS: tuple[str, ...] = ("",)

    # What a speaker mention never reaches back across, searched backwards from the cue ((?r)): the
    # clause boundaries of :data:`CLAUSE_BOUNDARY`, and where a language's datelines end on their own
    # punctuation, that too (Spanish "Madrid (EFE).- El ...").
    MENTION_BOUNDARY: regex.Pattern[str] = _CLAUSE_BOUNDARY_BACKWARDS

    # --- Speaker mentions ---------------------------------------------------------------------
    # The base form of the name ``text[start:end]`` where its context declines it, or None to keep it as
    # written: Russian "по словам Лаврова" names Лавров (the source of such a cue stands in the genitive).
    BASE_NAME: Callable[[str, int, int], str | None] = _as_written
    # (kind, pattern) pairs, in order, that a whole speaker mention may match: a pronoun ("she"),
    # a relative ("who"), a group ("officials"), a name ("Truss"), a description ("the minister").
    WHOLE_MENTION: tuple[tuple[MentionKind, regex.Pattern[str]], ...] = ()
    # The pairs of WHOLE_MENTION, in order, that a phrase can match, read from its words before any
    # pattern is tried ("launched a petition" ends on a lower-case word: it is never tried as a name);
    # None: every pair is tried.
    WHOLE_MENTION_CANDIDATES: Callable[[str], tuple[tuple[MentionKind, regex.Pattern[str]], ...]] | None = None
    # The fewest words of a description: English and Romance ones open with an article ("the minister");
    # Russian has none, and one title word is a description ("журналист", "министр").
    DESCRIPTION_WORDS: int = 2
    # The most words between a subject and the colon that introduces its quote: "Mr. Smith shot back:" (5);
    # German verb phrases run longer ("Dabei griff sie auch direkt den Präsidenten an:").
    COLON_PHRASE_WORDS: int = 5
    # Whether what follows a cue is its content even when it reads like a trailing cue's time or place,
    # once the cue's subject opens the sentence (no quote before it): "Trump called for a repeal",
    # "Republicans have refused to hold hearings".  Off where such phrases close the verb (German
    # "Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab").
    CONTENT_AFTER_OPENING_SUBJECT: bool = False
    # The most words of a noun phrase opening a sentence that is taken as the subject of a cue when no
    # mention production matches it ("Experts on North Korea and nuclear nonproliferation said");
    # 0 looks no further than the mention productions (a verb-second language fronts other phrases).
    SUBJECT_PHRASE_WORDS: int = 0
    # Whether the description production ends where its noun phrase ends, so a subject needs no cut
    # before its finite verb: German "Der Bundespräsident (konstatierte)" (English descriptions run on).
    DESCRIPTION_ENDS_PHRASE: bool = False
    # A subject at the start of a clause, one named group per kind: "she ...", "The minister ...".
    SPEAKER_AT_START: regex.Pattern[str] = _NEVER
    # A noun that names what the quote right after it is called, ending at the opening mark:
    # German "die Fernsehserie „…“", "des Trägers „…“" (the quote is the name of a thing).
    NAMING_NOUN: regex.Pattern[str] = _NEVER
    # A work or a show, ending at the opening mark of a quote in title case that is its name: English
    # "his 2002 book, ''Make Your Kid a Millionaire,''", "MSNBC’s “Morning Joe”".
    WORK_BEFORE_TITLE: regex.Pattern[str] = _NEVER
    # (?r) A definite article, and at most two adjectives, ending at the opening mark of a quote that
    # names a thing: German "die regierende „People's Power Party“", "im „Championnat du Monde“".
    NAMING_ARTICLE: regex.Pattern[str] = _NEVER
    # A subject after a fronted phrase and the finite verb, groups as SPEAKER_AT_START: German
    # "Dabei griff (sie)", "Am Montag äußerte sich (der Minister)".
    FRONTED_SUBJECT: regex.Pattern[str] = _NEVER
    # A sentence that opens on an object or an adverb, then the finite cue, then its subject, groups as
    # SPEAKER_AT_START: German "Der Zeitung sagte (Müller)", "Die Tat bezeichnete (er)", "Abschließend
    # fügte (die Ministerin) hinzu".  Tried before SPEAKER_AT_START at the start of a sentence.
    FRONTED_OBJECT: regex.Pattern[str] = _NEVER
    # The start of a noun phrase or word that cannot be the subject of a verb after it, matched at the
    # mention's start: German "Den Namen", "Der englischsprachigen Zeitung", "Relativierend".
    OBJECT_PHRASE: regex.Pattern[str] = _NEVER
    # A name and a colon: "John McCain: Republican Populist Anger ...".
    NAME_COLON: regex.Pattern[str] = _NEVER
    # A possessive noun phrase, matched whole: "Truss's remarks".
    POSSESSIVE: regex.Pattern[str] = _NEVER
    # A name after a determiner and its modifiers: "a visibly relieved Ortiz".
    MODIFIED_NAME: regex.Pattern[str] = _NEVER
    # Roles and a name, up to punctuation: "explained CBS moderator Nancy Cordes:".
    TITLED_UNTIL_PUNCT: regex.Pattern[str] = _NEVER
    # Lower-case modifiers before a name: "a defiant" (Trump).
    MODIFIERS: regex.Pattern[str] = _NEVER
    # Conjunctions before a mention: "and officials", "But Truss".
    LEADING_CONJUNCTION: regex.Pattern[str] = _NEVER
    # (?r) A subject pronoun ending a window: "In 2010 she".  Matched at the start of the window's
    # trailing space (a pronoun ends on a letter), so the pattern is tried at that one place.
    PRONOUN_AT_END: regex.Pattern[str] = _NEVER
    # An opening phrase without its comma, then a name ending the window: "In a Bloomberg interview Trump".
    NAME_AFTER_OPENING: regex.Pattern[str] = _NEVER
    # (?r) A bracket after a name: "Sen. Marco Rubio (R-Fla.)".
    PARENTHETICAL_AT_END: regex.Pattern[str] = _NEVER
    # The character every ``PARENTHETICAL_AT_END`` match ends on before the window's trailing space (its
    # closing bracket): a window whose last character is another is not searched.  Empty: always searched.
    PARENTHETICAL_CLOSE: str = ""
    # (?r) A relative pronoun ending a window: "a tweet from Rikkie Wells who".  Matched, as
    # ``PRONOUN_AT_END`` is, at the start of the window's trailing space.
    RELATIVE_AT_END: regex.Pattern[str] = _NEVER
    # A relative clause inside a subject: "a White House official who spoke".
    RELATIVE_INSIDE: regex.Pattern[str] = _NEVER
    # A past tense before an object inside a noun phrase: "the inspector deemed the".
    VERB_IN_PHRASE: regex.Pattern[str] = _NEVER
    # A determiner after a one-word "name": "Denouncing the forces".
    OBJECT_FOLLOWS: regex.Pattern[str] = _NEVER
    # A capitalised word that only opens a noun phrase: "Mexican newspapers have".
    NOUN_PHRASE_GOES_ON: regex.Pattern[str] = _NEVER
    # After a capitalised word that opens a description, lower-case words, then a title and a name:
    # "Republican presidential hopeful (Sen. Ted Cruz)".
    TITLED_NAME_IN_DESCRIPTION: regex.Pattern[str] = _NEVER
    # An opening adverbial before a sentence's subject: "Additionally,", "In this regard,", "PORTLAND, Ore. -".
    INTRODUCTORY: regex.Pattern[str] = _NEVER
    # (?r) The subject of a subordinate clause ending in "and": "when he brought up the bombing and".
    SUBORDINATE_SUBJECT: regex.Pattern[str] = _NEVER
    # (?r) A subordinator before a subject: "so subdued that (Mr. Trump)".
    SUBORDINATOR: regex.Pattern[str] = _NEVER
    # An appositive's start: "a", "the", "research director".
    APPOSITIVE_START: regex.Pattern[str] = _NEVER
    # A comma before a main verb in a relative clause's claim: ", tweeted".
    MAIN_VERB_AFTER_COMMA: regex.Pattern[str] = _NEVER
    # (?r) Adverbs, time phrases and "to" phrases between a speaker and the cue: "also", "on Thursday", "went on to".
    TRAILING_ADVERBS: regex.Pattern[str] = _NEVER
    # The last two characters of every word a ``TRAILING_ADVERBS`` match can end on, before the space that
    # runs to the window's end ("also", "Monday", "to", any "-ly"): a window whose last word ends on none of
    # them holds no match, and the pattern is not tried there (see ``mentions.word_tail``).  Empty: not
    # known, the pattern is always tried.
    TRAILING_ADVERBS_TAILS: frozenset[str] = _NONE
    # Where a speaker after an inverted cue ends: "said a GOP data expert| who", "cried his wife| impatiently".
    SPEAKER_TAIL: regex.Pattern[str] = _NEVER

    # --- Cues and reported claims (frames) --------------------------------------------------
    # (re) Any cue word: "said", "believes".
    CUE_ANYWHERE: re.Pattern[str] = _NEVER_RE
    # (re) A cue of speech: "said", "cried".
    SPEECH_CUE_WORD: re.Pattern[str] = _NEVER_RE
    # Prepositional cues: "according to", "in the words of".  The group ``cue``; the speaker follows the
    # match, or, where the pattern has a ``source`` group that took part, is that group (German "Nach
    # offiziellen Angaben sind ...": the phrase itself is the source).
    # (Or the :class:`Branches` of that pattern, scanned as one: the same matches, found faster.)
    ACCORDING_TO: regex.Pattern[str] | Branches = _NEVER
    # Whether the clause goes on right after an according-to source, with no comma: German "Laut
    # Polizei wurden drei Menschen verletzt", "Dabei wurden nach Angaben der Feuerwehr zwei Häuser zerstört".
    ACCORDING_IN_CLAUSE: bool = False
    # "in X's opinion": "In his view,".  Groups ``cue`` and ``speaker``.  (Or its :class:`Branches`.)
    IN_OPINION: regex.Pattern[str] | Branches = _NEVER
    # A document or place speaking through an impersonal cue before the clause it reports, up to the
    # comma that opens the clause: German "In dem Bericht heißt es, …", "Aus Paris hieß es, …".
    # Groups ``speaker`` and ``cue``.
    DOCUMENT_CLAUSE: regex.Pattern[str] = _NEVER
    # (re) The cue of "as X put it": "put it".
    PUT_IT: re.Pattern[str] = _NEVER_RE
    # (?r) The speaker of "as X put it": "As Ms. Simonyan".
    AS_SPEAKER: regex.Pattern[str] = _NEVER
    # Objects between a cue and "that": "told reporters that".
    COMPLEMENT_GAP: regex.Pattern[str] = _NEVER
    # A subject in that gap: "said he was ashamed that".
    SUBJECT_IN_GAP: regex.Pattern[str] = _NEVER
    # An addressee, then a clause's subject: "told reporters| he feels".
    TOLD_OBJECT: regex.Pattern[str] = _NEVER
    # Where and when after a trailing cue, to the sentence end: "explained in a conversation with RT.".
    TRAILING_GAP: regex.Pattern[str] = _NEVER
    # (?r) Modals, negations and adverbs before a claim's cue: "Lawmakers| could not (say)".
    MODALS_BEFORE_CUE: regex.Pattern[str] = _NEVER
    # The last two characters of every word a ``MODALS_BEFORE_CUE`` match can end on (as ``TRAILING_ADVERBS_TAILS``).
    MODALS_BEFORE_CUE_TAILS: frozenset[str] = _NONE
    # (?r) A passive verb and "to" before a cue: "voters are expected to (reject)" reports no one's stance.
    PASSIVE_INFINITIVE_BEFORE: regex.Pattern[str] = _NEVER
    # The last two characters of every word a ``PASSIVE_INFINITIVE_BEFORE`` match can end on ("to").
    PASSIVE_INFINITIVE_TAILS: frozenset[str] = _NONE
    # After a cue word that is no verb but a noun or a passive: "Health worries| have dogged",
    # "battleground states| could", "Additional reporting| by", "a view echoed| by".
    NOUN_AFTER_CUE: regex.Pattern[str] = _NEVER
    # The first two characters of every word a ``NOUN_AFTER_CUE`` match opens on after the space behind the cue
    # ("by", "is", "'s"): where the word after a cue opens otherwise, the pattern is not tried (see
    # ``claims.word_head``).  Empty: not known, the pattern is always tried.
    NOUN_AFTER_CUE_HEADS: frozenset[str] = _NONE
    # (?r) A passive auxiliary before a cue: "was (revealed)".
    PASSIVE_BEFORE: regex.Pattern[str] = _NEVER
    # The last two characters of every word a ``PASSIVE_BEFORE`` match can end on (as ``TRAILING_ADVERBS_TAILS``).
    PASSIVE_BEFORE_TAILS: frozenset[str] = _NONE
    # (?r) A thing put out, before a participle cue: "issued a statement (saying)".
    NOUN_BEFORE_PARTICIPLE: regex.Pattern[str] = _NEVER
    # (re) A second cue coordinated with the first: "and said", "but also insisted".
    COORDINATED_CUE: re.Pattern[str] = _NEVER_RE
    # (re) A second complement clause of the same cue: "said the plan failed| and that |...".
    SECOND_COMPLEMENT: re.Pattern[str] = _NEVER_RE
    # Whether a cue is the stem of a separable verb whose particle does not close its clause (before
    # ``hi``): German "teilte" is a cue in "teilte … mit," but not in "teilte das Brot".
    PARTICLE_LEFT_OUT: Callable[[str, str, int, int], bool] = _never_left_out
    # Whether a fronted phrase puts the subject after the finite cue (verb second): German "Am Montag
    # sagte der Minister, ...".  An inversion form with no subject before it then takes the one after it.
    SUBJECT_AFTER_CUE: bool = False
    # Whether a verb-final clause opens on its subject, objects and all between it and the cue: German
    # "…, indem sie den Aufsichtsrat zum Handeln aufforderte:" (``sie`` speaks).
    SUBJECT_OPENS_SUBORDINATE: bool = False
    # Whether a quoted sentence no cue attributes is the words of the previous sentence's subject in its
    # paragraph: German "X verurteilte die Haltung der Regierung. „Diese Regierung hat …“".
    SUBJECT_SPEAKS_NEXT: bool = False
    # Whether the pieces of a quote split by its attribution stay separate quotations, each with the
    # speaker: German news counts "„A“, sagte Beck. „B“" as two quotations; English joins them into one.
    SPLIT_QUOTES_SEPARATE: bool = False
    # Whether a clause of any length that holds a cue and ends in a colon introduces the quote after
    # it, its subject speaking: German "Der Vorsitzende, X, kritisierte die Entscheidung scharf: „…“",
    # "Dazu brachte die Sprecherin ihre Sorge zum Ausdruck: „…“" (English keeps to short clauses).
    COLON_CLAUSE_CUE: bool = False
    # Where a subject after a fronted cue ends and its clause begins, over where and when it was said:
    # "(der Minister) am Montag in Berlin, ", "(der Minister), dass".
    AFTER_INVERTED_SUBJECT: regex.Pattern[str] = _NEVER
    # A document that says the quote, with an impersonal cue and no person: German "In dem Antrag heißt
    # es: „…“" (searched in the text before the opening mark, anchored at its end), and "„…“, heißt es in
    # der Mitteilung." (matched right after the closing mark); ``speaker`` is the document, ``cue`` the verb.
    DOCUMENT_BEFORE: regex.Pattern[str] = _NEVER
    DOCUMENT_AFTER: regex.Pattern[str] = _NEVER
    # A passive introduction naming the quoted person: German "wird X wie folgt zitiert: „…“" (searched
    # before the opening mark, anchored at its end) and "„…“, wird X zitiert." (matched right after the
    # closing mark); ``speaker`` is the person, ``cue`` the participle.
    QUOTED_PASSIVE_BEFORE: regex.Pattern[str] = _NEVER
    QUOTED_PASSIVE_AFTER: regex.Pattern[str] = _NEVER

    # --- Quotes and their attribution ------------------------------------------------------
    # “…”, – Truss said.
    TRAILING: regex.Pattern[str] = _NEVER
    # “…,” said Truss.
    INVERTED: regex.Pattern[str] = _NEVER
    # A narrator's clause inside a quotation, matched from the comma or dash that opens it to where it
    # ends: French "« …, a lancé le ministre. … »", Russian "«…, — подчеркнула Захарова. — …»".  The parser
    # leaves it out of the quotation's pieces; None where news sets no incise inside quotation marks.
    QUOTED_INCISE: regex.Pattern[str] | None = None
    # “…” ― Sonya Herridge
    SIGNATURE: regex.Pattern[str] = _NEVER
    # A cue with no subject after a quote, where the language drops the subject pronoun: Spanish
    # "«…», añadió.", Italian "“…”, ha detto.", Portuguese "“…”, acrescentou." (the speaker is the
    # nearest subject before the quote; English and German always name one).
    DROPPED_SUBJECT: regex.Pattern[str] = _NEVER
    # “…,” TASS quoted him as saying.
    QUOTED_AS: regex.Pattern[str] = _NEVER
    # Punctuation and a dash between a quote and its attribution: ", –".
    TRAILING_LEAD: regex.Pattern[str] = _NEVER
    # (?r) A preposition before a participle cue: "began by (saying)".
    BY_GERUND: regex.Pattern[str] = _NEVER
    # A participle or comma between two cues: "said, (adding)", "by (saying)".
    PARTICIPLE_LINK: regex.Pattern[str] = _NEVER
    # A participle phrase after an inverted speaker: "said Truss| batting for".
    PARTICIPLE_PHRASE: regex.Pattern[str] = _NEVER
    # (?r) What makes a quote a term: "the so-called", "a group called".
    SCARE_QUOTE_INTRO: regex.Pattern[str] = _NEVER
    # (?r) A name for a thing even inside a claim: "what is called a".
    NAMED_THING: regex.Pattern[str] = _NEVER
    # (?r) A possessor and its noun of saying: "his statement on Wednesday that".
    POSSESSED_CLAIM: regex.Pattern[str] = _NEVER
    # Between that noun and the quote: "on Wednesday that", "for".
    CLAIM_GAP: regex.Pattern[str] = _NEVER
    # (re) A noun of saying: "statement", "remark".
    CLAIM_NOUN: re.Pattern[str] = _NEVER_RE
    # An opening question clause: "Asked whether Clinton".
    ASKED_CLAUSE: regex.Pattern[str] = _NEVER
    # (?r) A naming by someone: "what Gilbert called".
    WHAT_CALLED: regex.Pattern[str] = _NEVER
    # Where a clause starts inside a sentence: ", ", " but ".
    CLAUSE_START: regex.Pattern[str] = _NEVER
    # A verb after a subject: " referred", " also said".
    VERB_AFTER: regex.Pattern[str] = _NEVER
    # What may end a sentence after its cue: " in a statement.".
    ENDS_ON_CUE: regex.Pattern[str] = _NEVER
    # A cue, its speaker, a colon: "Stated Stone:".
    INVERTED_COLON: regex.Pattern[str] = _NEVER
    # (?r) A determiner or preposition ending a window: "declared the need for a".
    ENDS_IN_DETERMINER: regex.Pattern[str] = _NEVER
    # Words that open a clause in the gap after a cue: "that", "whether", "is".
    THAT: regex.Pattern[str] = _NEVER
    # A subject and its verb in that gap: "he feels".
    CLAUSE_IN_GAP: regex.Pattern[str] = _NEVER
    # A speaker and a colon opening the sentence: "Philip Bump:", "From the report:".
    COLON_INTRO_START: regex.Pattern[str] = _NEVER
    # (?r) The same after a dash: "Pollsters agree - Carl Bialik:".
    COLON_INTRO_DASH: regex.Pattern[str] = _NEVER
    # (?r) A cue, its speaker, then the quote: ", explained CBS moderator Nancy Cordes:".
    INVERTED_INTRO: regex.Pattern[str] = _NEVER
    # (?r) "According to HuffPo:".
    ACCORDING_INTRO: regex.Pattern[str] = _NEVER

    # --- Reports that go on without a cue ---------------------------------------------------
    # A mark of reported speech: a sentence holding one, after a report, goes on with that report
    # (German Konjunktiv I "sei", "habe" and the modal "soll"; English marks nothing).
    REPORTED_SPEECH_MARK: regex.Pattern[str] = _NEVER
