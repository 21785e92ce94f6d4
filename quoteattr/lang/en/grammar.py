"""The attribution grammar: regular expressions composed from named fragments.

Each fragment matches one part of an attribution (a speaker, a cue, a dash),
so the patterns read like the grammar they implement::

    TRAILING  = PUNCT? DASH? SPEAKER ADVERBS? CUE       “…”, – Truss said.
    INVERTED  = PUNCT? DASH? CUE SPEAKER                “…,” said Truss.
    LEADING   = SPEAKER ADVERBS? CUE [,:]?              She added, “…”

All lexicons come from this folder's tables; patterns are built once at import.
"""

from __future__ import annotations

import re

import regex

from quoteattr.lang.attribution_grammar import Branches
from quoteattr.lang.en.cues import (
    BELIEF_VERBS,
    CUE_ADVERBS,
    DIALOGUE_VERBS,
    OPINION_NOUNS,
    PREPOSITIONAL_CUES,
    SPEECH_VERBS,
    inflections,
)
from quoteattr.lang.en.pronouns import (
    DETERMINERS,
    GROUP_NOUNS,
    OBJECT_PRONOUNS,
    QUANTITY_WORDS,
    RELATIVE,
    SUBJECT_PRONOUNS,
)
from quoteattr.lang.en.words import LY_NOUNS
from quoteattr.lang.grammar_builder import DASH, PUNCT, word_tails
from quoteattr.lang.patterns import WORD_START, alternation, suffix_alternation


def _forms(verbs: tuple[str, ...]) -> list[str]:
    return [form for verb in verbs for form in inflections(verb)]


SPEECH_FORMS = frozenset(_forms(SPEECH_VERBS))
DIALOGUE_FORMS = frozenset(_forms(DIALOGUE_VERBS))
BELIEF_FORMS = frozenset(_forms(BELIEF_VERBS)) - SPEECH_FORMS

# A cue word: any form of a speech or belief verb, or "according to".
CUE = rf"(?:{alternation(_forms(SPEECH_VERBS) + _forms(BELIEF_VERBS))})"
SPEECH_CUE = rf"(?:{alternation(_forms(SPEECH_VERBS) + _forms(DIALOGUE_VERBS))})"
# Words that may stand between a speaker and the cue: "Truss also said", "he has said".
# Any other lower-case -ly word is an adverb there too ("Cruz gingerly said"), unless it is a noun.
LY_ADVERB = rf"(?:(?!(?:{'|'.join(LY_NOUNS)})\b)\p{{Ll}}{{2,}}ly\b)"
ADVERBS = rf"(?:(?:{alternation(CUE_ADVERBS)}|{LY_ADVERB})\s+){{0,3}}"
# A dash between a quote and its attribution: “…”, – Truss said.
# One capitalised word of a name or title: Truss, U.S., O’Neill, Jean-Yves, McCain, P&G.
# A full stop belongs to initials (U.S., J.), short abbreviations (Mr., Sen., Gov.), never to a
# long word: "Nothing. Trump" is two sentences, not a name.
CAP_WORD = r"(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\p{Ll}{0,3}\.|\p{Lu}[\p{L}\p{M}’'\-.]*\p{L}|\p{Lu}+&\p{Lu}+|\p{Lu})"
# Lower-case words allowed inside names and titles: Secretary of State, Ursula von der Leyen.
NAME_CONNECTOR = r"(?:of|the|for|de|da|del|della|di|du|des|le|la|van|von|der|den|ten|ter|bin|ibn|al|el|y|and)"
# Words of a name are separated by spaces or one line break (hard-wrapped text), never a blank line.
NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
# A name may open with a particle: "de Blasio", "van Hollen", "al-Assad".  The particles joined to the
# name by a hyphen make one word with it, the only word of a name that opens in lower case.
HYPHENED_PARTICLES = ("al-", "el-")
NAME_PARTICLE = (
    r"(?:(?:de|del|van|von|der|da|di|du|le|la|bin|ibn)\s+"
    rf"|(?:{'|'.join(particle.removesuffix('-') for particle in HYPHENED_PARTICLES)})-)"
)
NAME = rf"(?:{NAME_PARTICLE}?{CAP_WORD}(?:{NAME_GAP}(?:{NAME_CONNECTOR}{NAME_GAP}){{0,2}}{CAP_WORD}){{0,7}})"
# "Ryan’s campaign", "the senator’s office": a possessive noun phrase speaks for an organisation.
POSSESSIVE_PHRASE = rf"(?:{NAME}(?:’s|'s|’|')\s+\p{{Ll}}[\p{{L}}\-]*)"
# "former South Carolina Gov. Jim Hodges", "Clinton campaign Chairman John Podesta": roles before a name.
TITLED_NAME = rf"(?:(?:[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}.\-/’']*\s+){{1,5}}{CAP_WORD}\s+{CAP_WORD})"
# "Sen. Marco Rubio (R-Fla.)": party and state, or an age, in brackets after a name.
PARENTHETICAL = r"(?:\s*\([^()\n]{1,30}\))"
PRONOUN = rf"(?:{alternation(SUBJECT_PRONOUNS)}|{alternation([p.capitalize() for p in SUBJECT_PRONOUNS])})"
DETERMINER = rf"(?:{alternation(DETERMINERS)}|{alternation([d.capitalize() for d in DETERMINERS])})"
# The words DETERMINER matches, each as written.
DETERMINER_FORMS = frozenset(DETERMINERS) | frozenset(d.capitalize() for d in DETERMINERS)
# "the head of British diplomacy", "a spokeswoman for the campaign", "officials".
DESCRIPTION = rf"(?:{DETERMINER}\s+[\p{{L}}\p{{N}}’'\-.&]+(?:\s+[\p{{L}}\p{{N}}’'\-.&]+){{0,7}})"
GROUP = rf"(?:(?i:{alternation(GROUP_NOUNS)}))"
# The words GROUP matches, in lower case: each ASCII letters only, so an ASCII word is one of them, in any
# case, where its lower case is in this set.
GROUP_FORMS = frozenset(noun.lower() for noun in GROUP_NOUNS)
# "75 percent of Democrats", "Two-thirds of Democratic insiders", "Only 24 percent": a share of a group.
QUANTITY_QUALIFIERS = ("only", "about", "nearly", "almost", "just", "more than", "less than", "fewer than")
RATIO_JOINER = "-in-"  # "one-in-five", "two-in-three"
QUANTITY = (
    rf"(?:(?:{'|'.join(f'[{q[0].upper()}{q[0]}]{q[1:]}' for q in QUANTITY_QUALIFIERS)})\s+)?"
    rf"(?:\d+(?:\.\d+)?\s*(?:percent|per cent|%)|(?i:{alternation(QUANTITY_WORDS)})|\w+{RATIO_JOINER}\w+)"
    rf"(?:\s+of\s+[\p{{L}}\p{{N}}’'\-.]+(?:\s+[\p{{L}}\p{{N}}’'\-.]+){{0,5}})?"
)
# The words a QUANTITY match can open on, but for a number and a ratio word: the first word of a
# qualifier (with its first letter in either case) or of a quantity word (in any case, in lower case here).
QUANTITY_OPENERS = frozenset(q.split()[0] for q in QUANTITY_QUALIFIERS) | frozenset(
    q.split()[0].capitalize() for q in QUANTITY_QUALIFIERS
)
QUANTITY_WORD_OPENERS = frozenset(word.split()[0].lower() for word in QUANTITY_WORDS)
RELATIVE_PRONOUN = rf"(?:{alternation(RELATIVE)})"
# "Obama’s former campaign strategist": a possessive name and a few lower-case words.
POSSESSIVE_DESCRIPTION = rf"(?:{NAME}(?:’s|'s)\s+\p{{Ll}}[\p{{L}}\-]*(?:\s+\p{{Ll}}[\p{{L}}\-]*){{0,3}})"
SPEAKER = rf"(?:{PRONOUN}|{POSSESSIVE_DESCRIPTION}|{NAME}|{DESCRIPTION}|{GROUP})"

# “…”, – Truss said.   “…,” the minister added.   “…,” he told RT.
TRAILING = regex.compile(rf"\s*{PUNCT}?{DASH}?(?P<speaker>{SPEAKER})\s+{ADVERBS}(?P<cue>{SPEECH_CUE})\b(?:\s+that\b)?")
# “…,” said Truss.   “…,” says John Smith, an analyst.  A participle ("“…,” saying the plan
# failed") is never inverted: its subject is the sentence's, and what follows is its object.
INVERTED_CUE = rf"(?:(?!\w+ing\b){SPEECH_CUE})"
INVERTED = regex.compile(
    rf"\s*{PUNCT}?{DASH}?(?P<cue>{INVERTED_CUE})\s+"
    rf"(?P<speaker>{POSSESSIVE_DESCRIPTION}|{NAME}|{TITLED_NAME}|{DESCRIPTION}|{PRONOUN}|one|another)(?=[\s,.;:!?)]|\Z)"
)
# “…” ― Sonya Herridge: a dash and a name alone on the rest of the line sign the quote
# (reader comments, epigraphs, pull quotes).  An optional ", role" may follow the name.
SIGNATURE = regex.compile(
    rf"[^\S\n]*[,.]?[^\S\n]*(?P<dash>[\N{{EN DASH}}\N{{EM DASH}}\N{{HYPHEN-MINUS}}\N{{HORIZONTAL BAR}}]{{1,2}})[^\S\n]*"
    rf"(?P<speaker>{NAME}){PARENTHETICAL}?(?:,[^\n.!?“”\"]{{1,80}})?[^\S\n]*[.]?[^\S\n]*(?=\n|\Z)"
)
# The dashes of SIGNATURE: a line holding none of them holds no signature.
SIGNATURE_DASHES = ("\N{EN DASH}", "\N{EM DASH}", "\N{HYPHEN-MINUS}", "\N{HORIZONTAL BAR}")
# “…,” TASS quoted him as saying.   X quoted Y as saying “…”
QUOTED_AS = regex.compile(
    rf"(?P<via>{NAME})\s+{ADVERBS}(?P<cue>quoted|quotes|cited|cites)\s+(?P<speaker>him|her|them|{NAME})"
    rf"\s+as\s+(?:saying|stating|telling)\b"
)
# Cue words anywhere (for reported claims), with "according to" and "in X's opinion".
# Plain ASCII patterns scanned over whole texts use the standard library's engine,
# several times faster than ``regex`` on a large alternation of literals.
CUE_ANYWHERE = re.compile(rf"{WORD_START}(?P<cue>{CUE})\b(?!-)")
SPEECH_CUE_WORD = re.compile(rf"(?<![\w-]){SPEECH_CUE}\b")
ACCORDING_TO = regex.compile(rf"\b(?P<cue>(?i:{alternation(PREPOSITIONAL_CUES)}))\s+")
# The same scan, a branch per cue (longest first, as the alternation prefers): each branch is a
# literal the engine searches for directly, several times faster than the alternation over a text.
ACCORDING_TO_BRANCHES = Branches(
    *(
        regex.compile(rf"\b(?P<cue>(?i:{alternation([cue])}))\s+")
        for cue in sorted(PREPOSITIONAL_CUES, key=len, reverse=True)
    )
)


def _in_opinion(cue: str) -> str:
    """ "In his view", "in Smith’s opinion": the cue word (``cue`` spells how it may be written), a person."""
    return (
        rf"\b(?P<cue>{cue})\s+(?P<speaker>{NAME}|his|her|their)(?:’s|'s|’|')?"
        rf"\s+(?:{alternation(OPINION_NOUNS)})\b"
    )


def _to_person(cue: str) -> str:
    """ "To Sharp, Trump is the “kind-hearted” man who ...", "because to her, “…”": "to" and a person
    opening a clause, then a comma, say whose view the clause is."""
    return (
        rf"(?:(?={cue}\s)(?<=\A|[.!?”\"]\s+|\n|\b(?:because|but|and|while|that)\s+)"
        rf"(?P<cue>{cue})\s+(?P<speaker>{NAME}|him|her|them)(?=,))"
    )


IN_OPINION = regex.compile(rf"{_in_opinion('[Ii]n')}|{_to_person('[Tt]o')}")
# The same scan, a branch for each alternative and each way its first word is written ("In", "in"):
# a branch opening on one literal word is searched for directly, a third of the alternation's cost.
# "in" is in every text, an opinion noun in half of them: a text holding none is not scanned for "in".
IN_OPINION_BRANCHES = Branches(
    *(regex.compile(branch) for branch in (_in_opinion("In"), _in_opinion("in"), _to_person("To"), _to_person("to"))),
    hints=(OPINION_NOUNS, OPINION_NOUNS, "", ""),
)
SPEAKER_AT_END = regex.compile(
    rf"(?:(?P<pronoun>\b{PRONOUN})|(?P<relative>\b{RELATIVE_PRONOUN})|(?P<name>{NAME})|(?P<description>\b{DESCRIPTION})"
    rf"|(?P<group>\b{GROUP}))\s*\Z"
)
OBJECT_PRONOUN = rf"(?:{alternation(OBJECT_PRONOUNS)})"
# Everything in a name but its apostrophes (O’Neill holds one): letters, marks, hyphens, full stops, the
# ampersand of P&G, and the space between its words.  A possessive's name, then, runs on such characters
# up to an apostrophe: a look ahead for one turns most names away from the possessive alternative before
# the name is read twice (once as a possessive's, once as itself).
_APOSTROPHE_AFTER_NAME = r"(?=[\p{L}\p{M}\-.&\s]*+[’'])"
SPEAKER_AT_START = regex.compile(
    rf"\s*(?:(?P<pronoun>(?:{PRONOUN}|{OBJECT_PRONOUN})\b)|(?P<possessive>{_APOSTROPHE_AFTER_NAME}{POSSESSIVE_PHRASE}\b)"
    rf"|(?P<name>{NAME})|(?P<description>{DESCRIPTION})|(?P<group>{GROUP}\b))"
)
# "was prompted to say", "went on to say", "continued to insist": a verb phrase ending in "to" before the cue.
TO_PHRASE = (
    r"(?:\s+(?:was|were|is|are|has|have|had|will|would)?\s*(?:\w+ed|went on|goes on|go on|want|wants|used)\s+to)"
)
# "Sean Spicer on Thursday evening said": when, between the speaker and the cue.
_TIME_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "month", "year")
_DAY_PARTS = ("morning", "afternoon", "evening", "night")
TIME_PHRASE = (
    rf"(?:\s+(?:on|last|this|earlier|late|early)\s+(?:{'|'.join(_TIME_WORDS + _DAY_PARTS)})"
    rf"(?:\s+(?:{'|'.join(_DAY_PARTS)}))?)"
)
TRAILING_ADVERBS = regex.compile(
    rf"(?r)(?:{TO_PHRASE}|{TIME_PHRASE}|\s+(?:{suffix_alternation(CUE_ADVERBS)}|{LY_ADVERB}))+\s*\Z"
)
# What a TRAILING_ADVERBS match ends on: the "to" of TO_PHRASE, a time word, an adverb, an "-ly" adverb.
TRAILING_ADVERBS_TAILS = word_tails("to", *_TIME_WORDS, *_DAY_PARTS, *CUE_ADVERBS, "ly")

# "so called" and "so-called" before a quote name a thing: "called" there is no cue.
_SO_BEFORE = regex.compile(r"(?r)(?<![\w\-])[Ss]o[ \-]\Z")


def so_called(text: str, cue: str, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` is the "called" of "so called" (but not of "also called")."""
    return cue == "called" and _SO_BEFORE.search(text, max(0, cue_start - 4), cue_start) is not None
