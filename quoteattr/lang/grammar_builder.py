"""Shapes of attribution productions that news grammars share, filled with one language's words.

French, Italian, Spanish, Portuguese and Russian news attribute quotes with the
same constructions: a conjunction before a subject, a pronoun ending a window,
"SPEAKER:" opening a quote, "according to X:", where and when after a cue, a
dash signing a quote.  Only the words differ.  Each function here builds one
production of :class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`
from the words a language folder passes in, so a language's ``attribution.py``
lists its words and the few productions that are truly its own, and a fix to a
shared shape reaches every language that uses it.

Nothing here spells a word of any language (the language layer's rule): every
word arrives as a parameter, written as regular-expression source ("et|mais",
"(?:le|la)", ``alternation(TABLE)``) so that a language keeps the exact
alternation order and the few in-word patterns (``l['’]``) it needs.  Boundaries
default to ``\\b``; a language whose words hold hyphens or whose script
``\\b`` serves badly passes its own (Russian: ``(?<![\\p{L}\\-])``).

Patterns are compiled with :mod:`regex` unless the function says ``re`` (the
fields the grammar declares as ``re`` patterns, scanned over whole texts).
Patterns marked ``(?r)`` search backwards from the end of their window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import regex

from quoteattr.lang.patterns import WORD_START, alternation
from quoteattr.models import MentionKind

QUOTE_MARKS = (
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}" + r"\""
)
"""The quotation marks a phrase around a cue never crosses, as character-class source: « » “ ” and ".

A language whose news opens with another mark (Russian „) passes its own set.
"""

_DASHES = r"[\-\N{EN DASH}\N{EM DASH}]{1,2}"
_SIGNATURE_DASH = r"(?P<dash>[\N{EN DASH}\N{EM DASH}\N{HORIZONTAL BAR}]{1,2})"

# The punctuation that ends the quoted words before a trailing or inverted cue, then a dash before the
# cue, each with the space after it: "« … », – a déclaré X", "«…» – disse X".  A hyphen-minus or a
# doubled dash stands in for a dash in plain text.  Every language passes these to trailing_lead,
# trailing and inverted.
PUNCT = r"(?:[,.!?;:\N{HORIZONTAL ELLIPSIS}]\s*)"
DASH = r"(?:[\N{EN DASH}\N{EM DASH}\N{HYPHEN-MINUS}\N{HORIZONTAL BAR}]{1,2}\s*)"


# --- Speaker mentions --------------------------------------------------------------------------


def mention_patterns(*kinds: tuple[MentionKind, str]) -> tuple[tuple[MentionKind, regex.Pattern[str]], ...]:
    """The whole-mention productions, in the order given: the first kind whose pattern matches wins.

    >>> [kind for kind, pattern in mention_patterns(("pronoun", "elle"), ("name", r"\\p{Lu}\\w+"))]
    ['pronoun', 'name']
    >>> mention_patterns(("pronoun", "elle"))[0][1].fullmatch("Marie") is None
    True
    """
    return tuple((kind, regex.compile(source)) for kind, source in kinds)


def speaker_at_start(*, pronoun: str, description: str, group: str, name: str) -> regex.Pattern[str]:
    """A subject at the start of a clause, one named group per kind, tried pronoun first, name last.

    Each argument carries its own end (``PRONOUN\\b``): a language whose pronouns
    close on a hyphen or an apostrophe says so itself.

    >>> start = speaker_at_start(pronoun=r"ella\\b", description=r"la \\w+", group="(?!)", name=r"\\p{Lu}\\w+")
    >>> start.match(" la ministra dijo").lastgroup
    'description'
    >>> start.match(" ellas") is None
    True
    """
    return regex.compile(
        rf"\s*(?:(?P<pronoun>{pronoun})|(?P<description>{description})|(?P<group>{group})|(?P<name>{name}))"
    )


def leading_conjunction(conjunctions: str) -> regex.Pattern[str]:
    """Conjunctions before a mention, in any case: "Et Macron", "mais le ministre".

    >>> leading_conjunction("et|mais").match("Mais et Macron").group()
    'Mais et '
    >>> leading_conjunction("et|mais").match("Etienne") is None
    True
    """
    return regex.compile(rf"\s*(?:(?:{conjunctions})\s+)+", regex.IGNORECASE)


def pronoun_at_end(pronoun: str) -> regex.Pattern[str]:
    """(?r) A subject pronoun ending a window: "En 2010 elle".

    >>> pronoun_at_end("elle|il").search("En 2010 elle ").group()
    'elle'
    >>> pronoun_at_end("elle|il").search("En 2010 Michelle") is None
    True
    """
    return regex.compile(rf"(?r)(?<=\s)(?:{pronoun})(?=\s*\Z)")


def parenthetical_at_end(bracket: str = r"\s*\([^()\n]{1,30}\)") -> regex.Pattern[str]:
    """(?r) A bracket after a name, ending a window: "Pedro Sánchez (PSOE)".

    >>> parenthetical_at_end().search("Pedro Sánchez (PSOE) ").start()
    13
    >>> parenthetical_at_end().search("(PSOE) Pedro Sánchez") is None
    True
    """
    return regex.compile(rf"(?r){bracket}\s*\Z")


def relative_at_end(relative: str, *, before: str = ",?") -> regex.Pattern[str]:
    """(?r) A relative pronoun ending a window, after a word and what may stand between (a comma).

    >>> relative_at_end("che").search("il ministro, che").start()
    13
    >>> relative_at_end("che", before="").search("il ministro, che") is None
    True
    """
    return regex.compile(rf"(?r)(?<=\p{{L}}{before}\s){relative}(?=\s*\Z)")


def relative_inside(relatives: str) -> regex.Pattern[str]:
    """A relative clause inside a subject: "un responsable qui parle".

    >>> relative_inside("qui|dont").search("un responsable qui parle").group()
    ' qui p'
    >>> relative_inside("qui|dont").search("un responsable Qui") is None
    True
    """
    return regex.compile(rf"\s(?:{relatives})\s+\p{{Ll}}")


def subordinator(subordinators: str, *, start: str = r"\b") -> regex.Pattern[str]:
    """(?r) A subordinator before a subject: "como explicó (el ministro)".

    >>> subordinator("como|que").search("y como ").group()
    'como '
    >>> subordinator("como|que").search("cómo ") is None
    True
    """
    return regex.compile(rf"(?r){start}(?:{subordinators})\s+")


def subordinate_subject(subordinators: str, subject: str, conjunction: str) -> regex.Pattern[str]:
    """(?r) The subject of a subordinate clause that ends in "and": "quand il a évoqué l'attentat et".

    >>> shape = subordinate_subject("quand", "il|elle", "et")
    >>> shape.search("quand il a évoqué l'attentat et ").group("subject")
    'il'
    >>> shape.search("quand il a évoqué l'attentat, et ") is None
    True
    """
    return regex.compile(rf"(?r)\b(?:{subordinators})\s+(?P<subject>{subject})\s+\p{{Ll}}+[^,;:]*\b{conjunction}\s*\Z")


def appositive_start(openers: str, *, end: str = r"\b") -> regex.Pattern[str]:
    """An appositive's start: an article, or a role and its preposition ("directeur de").

    >>> appositive_start("le|la").match(" la ministre") is not None
    True
    >>> appositive_start("le|la").match(" lame") is None
    True
    """
    return regex.compile(rf"\s*(?:{openers}){end}")


def noun_phrase_goes_on(verbs: str) -> regex.Pattern[str]:
    """A capitalised word that only opens a noun phrase, a lower-case noun and a finite verb after it.

    >>> noun_phrase_goes_on("a|ont").match(" français ont") is not None
    True
    >>> noun_phrase_goes_on("a|ont").match(" Macron a") is None
    True
    """
    return regex.compile(rf"\s+\p{{Ll}}[\p{{L}}\-]*\s+(?:{verbs})\b")


def verb_in_phrase(participle: str, determiners: str) -> regex.Pattern[str]:
    """A participle before an object inside a noun phrase: "le président élu le 7 mai".

    >>> verb_in_phrase("é", "le|la").search("le député nommé le 7").group()
    ' nommé'
    >>> verb_in_phrase("é", "le|la").search("le député nommé") is None
    True
    """
    return regex.compile(rf"\s\p{{Ll}}+{participle}(?=\s+(?:{determiners})\b)")


def modified_name(determiner: str, not_modifiers: str, of: str, name: str) -> regex.Pattern[str]:
    """A determiner, a role and its complement, then a name: "le ministre de l'Intérieur Gérald Darmanin".

    ``not_modifiers`` are the words that end the role (prepositions), ``of`` the
    words that open its complement before a capitalised noun.

    >>> shape = modified_name("le", "de|à", "de", r"(?:\\p{Lu}\\w+\\s?)+")
    >>> shape.match("le ministre de Intérieur Gérald Darmanin").group("name")
    'Gérald Darmanin'
    >>> shape.match("le de Intérieur") is None
    True
    """
    return regex.compile(
        rf"{determiner}\s*(?:(?!(?:{not_modifiers})\s)[\p{{Ll}}\-]+\s+"
        rf"|(?:{of})\s*\p{{Lu}}[\p{{L}}\-]+\s+){{1,4}}"
        rf"(?P<name>{name})"
    )


def modifiers(article: str, not_modifiers: str) -> regex.Pattern[str]:
    """An optional article, then one to three lower-case modifiers before a name: "le très discret".

    >>> modifiers(r"(?:le|la)\\s+", "de|et").match(" le très discret Bayrou").group()
    ' le très discret '
    >>> modifiers(r"(?:le|la)\\s+", "de|et").match(" de Bayrou") is None
    True
    """
    return regex.compile(rf"\s*(?:{article})?(?:(?!(?:{not_modifiers})\b)[\p{{Ll}}\-]+\s+){{1,3}}")


def titled_until_punct(titled_name: str) -> regex.Pattern[str]:
    """Roles and a name, up to punctuation or the window's end: "a déclaré le président Emmanuel Macron:".

    >>> titled_until_punct(r"président \\p{Lu}\\w+").match(" président Macron:").group("name")
    'président Macron'
    >>> titled_until_punct(r"président \\p{Lu}\\w+").match(" président Macron a") is None
    True
    """
    return regex.compile(rf"\s*(?P<name>{titled_name})(?=\s*[,:;.!?]|\s*\Z)")


def main_verb_after_comma(speech_cue: str) -> regex.Pattern[str]:
    """A comma before a main verb of saying, after a relative clause: ", a déclaré".

    >>> main_verb_after_comma("a déclaré").match(", a déclaré") is not None
    True
    >>> main_verb_after_comma("a déclaré").match(", a déclarée") is None
    True
    """
    return regex.compile(rf",\s+(?={speech_cue}\b)")


def trailing_adverbs(adverbs: str) -> regex.Pattern[str]:
    """(?r) Adverbs and time phrases between a speaker and the cue, ending the window: "Sánchez también ayer".

    >>> trailing_adverbs("también|ayer").search("Sánchez también ayer ").group()
    ' también ayer '
    >>> trailing_adverbs("también|ayer").search("Sánchez ") is None
    True
    """
    return regex.compile(rf"(?r)(?:\s+(?:{adverbs}))+\s*\Z")


def word_tails(*words: str) -> frozenset[str]:
    """The last two characters of each of ``words``: what a backwards pattern's last word ends on, for the
    ``*_TAILS`` fields of a grammar.  Each word has two characters at least, so its tail is its own.

    >>> sorted(word_tails("also", "to", "ly"))
    ['ly', 'so', 'to']
    >>> word_tails("I")
    Traceback (most recent call last):
    ...
    ValueError: a tail needs a word of two characters at least: 'I'
    """
    checked = _of_two_characters(words, "a tail")
    return frozenset(word[-2:] for word in checked)


def word_heads(*words: str) -> frozenset[str]:
    """The first two characters of each of ``words``: what a pattern anchored after a cue opens on, for the
    ``*_HEADS`` fields of a grammar.  Each word has two characters at least, so its head is its own.

    >>> sorted(word_heads("by", "is", "’s"))
    ['by', 'is', '’s']
    >>> word_heads("a")
    Traceback (most recent call last):
    ...
    ValueError: a head needs a word of two characters at least: 'a'
    """
    checked = _of_two_characters(words, "a head")
    return frozenset(word[:2] for word in checked)


def _of_two_characters(words: tuple[str, ...], needed_for: str) -> tuple[str, ...]:
    """``words``, each of two characters at least, as a tail or head of two characters is the word's own."""
    for word in words:
        if len(word) < 2:
            raise ValueError(f"{needed_for} needs a word of two characters at least: {word!r}")
    return words


def speaker_tail(tail: str, *, end: str = r"\b", comma: bool = False) -> regex.Pattern[str]:
    """Where a speaker after an inverted cue ends: a relative, a preposition, a time, (a comma).

    >>> speaker_tail("qui|lors").search("le ministre qui").start()
    11
    >>> speaker_tail("qui|lors").search("le ministre, quitte") is None
    True
    >>> speaker_tail("qui", comma=True).search("le ministre, puis").start()
    11
    """
    return regex.compile(rf"\s+(?:{tail}){end}" + ("|," if comma else ""))


def introductory(
    phrases: str, *, words: str = "", agency_stop: str = "", split_dateline: bool = False
) -> regex.Pattern[str]:
    """An opening adverbial before a sentence's subject: a phrase and its comma, or a dateline.

    ``words`` open a sentence with or without a comma ("De plus"); ``phrases`` end
    at a comma ("Mardi soir,").  Datelines are shapes, not words: "PARIS (AFP) -",
    "MADRID -"; ``agency_stop`` is what may stand between the agency and the dash
    (Spanish "(EFE).-"), and ``split_dateline`` also takes the ".-" left at a
    sentence's start when the segmenter split a dateline at its full stop.

    >>> intro = introductory(r"(?i:mardi)[^,]*")
    >>> intro.match("Mardi soir, le ministre").end(), intro.match("PARIS (AFP) - Le ministre").end()
    (12, 14)
    >>> intro.match("Le ministre a dit").end()
    0
    """
    lead = rf"(?:(?i:{words})\b,?\s+)*" if words else ""
    split = r"|[.\-\N{EN DASH}\N{EM DASH}]{1,2}(?=\s)" if split_dateline else ""
    return regex.compile(
        rf"\s*{lead}(?:(?:{phrases})\s*,"
        rf"|\p{{Lu}}[\p{{L}}.]*(?:\s+\p{{Lu}}[\p{{L}}.]*){{0,2}}\s*\([^()\n]{{1,20}}\)\s*{agency_stop}{_DASHES}"
        rf"|\p{{Lu}}{{2}}[\p{{Lu}} .'\-]*\s*{_DASHES}"
        rf"{split})?\s*"
    )


# --- Cues and reported claims ------------------------------------------------------------------


def cue_anywhere(cue: str, *, end: str = r"\b(?!-)") -> re.Pattern[str]:
    """(re) Any cue word, in group ``cue``, not inside a hyphenated word.

    >>> cue_anywhere("dijo").search("y dijo que").group("cue")
    'dijo'
    >>> cue_anywhere("dijo").search("el dijo-dijo") is None
    True
    """
    return re.compile(rf"{WORD_START}(?P<cue>{cue}){end}")


def speech_cue_word(speech_cue: str, *, end: str = r"\b") -> re.Pattern[str]:
    """(re) A cue of speech, a whole word.

    >>> speech_cue_word("dijo").search("y dijo") is not None
    True
    >>> speech_cue_word("dijo").search("predijo") is None
    True
    """
    return re.compile(rf"(?<![\w-]){speech_cue}{end}")


def according_to(cues: str, *, start: str = r"\b", space: str = r"\s+") -> regex.Pattern[str]:
    """A prepositional cue in any case, and the space after it: "Según ", "de acuerdo con ".

    ``space`` is what joins the cue to its source; Portuguese also joins "de" to an article
    with none ("nas palavras d|a ministra").

    >>> according_to("según").search("Dijo, Según la policía").group("cue")
    'Según'
    >>> according_to("según").search("asegún") is None
    True
    """
    return regex.compile(rf"{start}(?P<cue>(?i:{cues})){space}")


def complement_gap(that: str, *, quotes: str = QUOTE_MARKS) -> regex.Pattern[str]:
    """What may stand between a cue and its clause, up to the word that opens it: "dijo a la prensa que".

    >>> complement_gap(r"\\bque\\b").match(" a la prensa que").group()
    ' a la prensa que'
    >>> complement_gap(r"\\bque\\b").match(" a la prensa. Y que") is None
    True
    """
    return regex.compile(rf"(?:[^.;:!?{quotes}]){{0,80}}?{that}")


def any_word(words: str, *, start: str = r"\b", end: str = r"\b") -> regex.Pattern[str]:
    """One of ``words``, whole: a subject pronoun in a cue's gap, a word that opens its clause.

    >>> any_word("il|elle").search("a dit qu'elle") is not None
    True
    >>> any_word("il|elle").search("a dit aux fidèles") is None
    True
    """
    return regex.compile(rf"{start}(?:{words}){end}")


def clause_in_gap(pronouns: str, *, start: str = r"\b") -> regex.Pattern[str]:
    """A subject pronoun and its verb in the gap after a cue: "dijo a la prensa (ella piensa)".

    >>> clause_in_gap("ella").search("dijo ella piensa").group()
    'ella piensa'
    >>> clause_in_gap("ella").search("dijo ella, Ana") is None
    True
    """
    return regex.compile(rf"{start}(?:{pronouns})\s+\p{{Ll}}+")


def _after_cue(places: str, end: str, *, adverb: str, place_end: str, clause_word: str, quotes: str) -> str:
    """Where and when after a cue: an adverb, then a place or time phrase that holds no clause."""
    lead = rf"(?:\s+{adverb})?" if adverb else ""
    phrase = rf"(?:(?!{clause_word})[^,.;:!?{quotes}]){{0,80}}" if clause_word else rf"[^,.;:!?{quotes}]{{0,80}}"
    return rf"{lead}(?:\s+(?:{places}){place_end}{phrase})?{end}"


def trailing_gap(
    places: str, *, adverb: str = "", place_end: str = r"\b", clause_word: str = "", quotes: str = QUOTE_MARKS
) -> regex.Pattern[str]:
    """Where and when after a trailing cue, to the sentence's end: "..., dijo el ministro en una entrevista.".

    ``places`` open the phrase (prepositions, days); ``clause_word`` is what the
    phrase may not hold, since a complement clause makes the cue a claim's.

    >>> gap = trailing_gap("en|ayer", clause_word=r"\\bque\\b")
    >>> gap.match(" en una entrevista.") is not None
    True
    >>> gap.match(" en una entrevista que") is None
    True
    """
    source = _after_cue(
        places, r"\s*[.!?]*\s*\Z", adverb=adverb, place_end=place_end, clause_word=clause_word, quotes=quotes
    )
    return regex.compile(source)


def ends_on_cue(
    places: str, *, adverb: str = "", place_end: str = r"\b", clause_word: str = "", quotes: str = QUOTE_MARKS
) -> regex.Pattern[str]:
    """What may end a sentence after its cue, up to its full stop or colon: " en una rueda de prensa.".

    >>> ends_on_cue("en|ayer").match(" en una rueda de prensa. ").group()
    ' en una rueda de prensa. '
    >>> ends_on_cue("en|ayer").match(" con la prensa.") is None
    True
    """
    source = _after_cue(
        places, r"\s*[.:]\s*", adverb=adverb, place_end=place_end, clause_word=clause_word, quotes=quotes
    )
    return regex.compile(source)


def passive_before(auxiliaries: str) -> regex.Pattern[str]:
    """(?r) A passive auxiliary before a cue: "fue (anunciado)".

    >>> passive_before("fue|es").search("el plan fue ") is not None
    True
    >>> passive_before("fue|es").search("el plan nunca ") is None
    True
    """
    return regex.compile(rf"(?r)\b(?:{auxiliaries})\s+\Z")


def noun_before_participle(nouns: str) -> regex.Pattern[str]:
    """(?r) A thing put out, and at most three words, before a participle cue: "un communiqué (affirmant)".

    >>> noun_before_participle("communiqué").search("a publié un communiqué ") is not None
    True
    >>> noun_before_participle("communiqué").search("a publié un long texte ") is None
    True
    """
    return regex.compile(rf"(?r)\b(?:{nouns})\b(?:\s+\S+){{0,3}}\s*\Z")


def coordinated_cue(conjunctions: str, adverb: str, speech_cue: str, *, end: str = r"\b") -> re.Pattern[str]:
    """(re) A second cue coordinated with the first, an adverb between: "y también dijo".

    >>> coordinated_cue("y|pero", r"también\\s+", "dijo").search("negó y también dijo") is not None
    True
    >>> coordinated_cue("y|pero", r"también\\s+", "dijo").search("negó y luego dijo") is None
    True
    """
    return re.compile(rf"\s(?:{conjunctions})\s+(?:{adverb})?{speech_cue}{end}")


def name_colon(name: str, *, space: str = "") -> regex.Pattern[str]:
    """A name and a colon, the text going on after it: "Macron : la France ...".

    >>> name_colon(r"\\p{Lu}\\w+", space=r"[^\\S\\n]?").match("Macron : la France").group("speaker")
    'Macron'
    >>> name_colon(r"\\p{Lu}\\w+").match("Macron : la France") is None
    True
    """
    return regex.compile(rf"(?P<speaker>{name}){space}(?P<cue>:)\s+(?=\S)")


def claim_noun(nouns: str) -> re.Pattern[str]:
    """(re) A noun of saying, a whole word: "declaración", "palabras".

    >>> claim_noun("palabras").search("sus palabras,") is not None
    True
    >>> claim_noun("palabras").search("palabrasbis") is None
    True
    """
    return re.compile(rf"\b(?:{nouns})\b")


# --- Quotes and their attribution --------------------------------------------------------------


def trailing_lead(punct: str, dash: str) -> regex.Pattern[str]:
    """Punctuation and a dash between a quote and its attribution: ", –".

    >>> trailing_lead(r"(?:[,.]\\s*)", "-").match(", -dijo").group()
    ', -'
    >>> trailing_lead(r"(?:[,.]\\s*)", "-").match("dijo").group()
    ''
    """
    return regex.compile(rf"\s*{punct}?{dash}?")


def trailing(*, punct: str, dash: str, speaker: str, before_cue: str, cue: str, end: str) -> regex.Pattern[str]:
    """A subject, then its cue, after a quote: "«…», Sánchez dijo."; ``end`` keeps a claim's cue out.

    >>> shape = trailing(punct=r"(?:,\\s*)", dash="-", speaker=r"\\p{Lu}\\w+", before_cue="", cue="dijo", end=r"\\b")
    >>> shape.match(", Sánchez dijo.").group("speaker", "cue")
    ('Sánchez', 'dijo')
    >>> shape.match(", dijo Sánchez.") is None
    True
    """
    return regex.compile(rf"\s*{punct}?{dash}?(?P<speaker>{speaker})\s+{before_cue}(?P<cue>{cue}){end}")


def inverted(*, punct: str, dash: str, before_cue: str, cue: str, after_cue: str, speaker: str) -> regex.Pattern[str]:
    """A cue, then its subject, after a quote: "«…», dijo el ministro." (the speaker ends the clause).

    >>> shape = inverted(punct=r"(?:,\\s*)", dash="-", before_cue="", cue="dijo", after_cue="", speaker=r"\\p{Lu}\\w+")
    >>> shape.match(", dijo Sánchez.").group("cue", "speaker")
    ('dijo', 'Sánchez')
    >>> shape.match(", dijo que no") is None
    True
    """
    return regex.compile(
        rf"{_cue_after_quote(punct, dash, before_cue, cue, after_cue)}\s+"
        rf"(?P<speaker>{speaker})"
        r"(?=[\s,.;:!?)\N{EM DASH}]|\Z)"
    )


def dropped_subject(*, punct: str, dash: str, before_cue: str, cue: str, after_cue: str = "") -> regex.Pattern[str]:
    """A cue alone after a quote, its subject dropped: "«…», añadió." (the cue ends the word).

    >>> shape = dropped_subject(punct=r"(?:,\\s*)", dash="-", before_cue="", cue="añadió|dijo")
    >>> shape.match(", añadió.").group("cue")
    'añadió'
    >>> shape.match(", añadiós") is None
    True
    """
    return regex.compile(rf"{_cue_after_quote(punct, dash, before_cue, cue, after_cue)}(?![\p{{L}}\p{{M}}\-])")


def _cue_after_quote(punct: str, dash: str, before_cue: str, cue: str, after_cue: str) -> str:
    """The cue after a quote's closing punctuation, with its clitics: what the inverted and the dropped-subject
    shapes share before the one names its speaker and the other ends on the cue."""
    return rf"\s*{punct}?{dash}?{before_cue}(?P<cue>{cue}){after_cue}"


def signature(name: str, *, quotes: str = QUOTE_MARKS) -> regex.Pattern[str]:
    """A dash and a name alone on the rest of the line, maybe a role after a comma: "«…» — Mario Draghi".

    >>> signature(r"\\p{Lu}\\w+(?: \\p{Lu}\\w+)*").match(" — Mario Draghi, economista\\n").group("speaker")
    'Mario Draghi'
    >>> signature(r"\\p{Lu}\\w+(?: \\p{Lu}\\w+)*").match(" — Mario Draghi dijo\\n") is None
    True
    """
    return regex.compile(
        rf"[^\S\n]*[,.]?[^\S\n]*{_SIGNATURE_DASH}[^\S\n]*"
        rf"(?P<speaker>{name})(?:,[^\n.!?{quotes}]{{1,80}})?[^\S\n]*[.]?[^\S\n]*(?=\n|\Z)"
    )


def named_term(term: str, article: str) -> regex.Pattern[str]:
    """(?r) What makes the quote after it a term, nobody's words: "le soi-disant", "el llamado".

    >>> named_term("llamad[oa]", r"\\s+(?:el|la)").search("el Llamado ") is not None
    True
    >>> named_term("llamad[oa]", r"\\s+(?:el|la)").search("ha llamado a ") is None
    True
    """
    return regex.compile(rf"(?r)\b{term}(?:{article})?\s*\Z", regex.IGNORECASE)


def participle_phrase(ending: str, *, quotes: str = QUOTE_MARKS) -> regex.Pattern[str]:
    """A participle phrase after an inverted speaker, to the window's end: "a dit Marie en souriant".

    >>> participle_phrase("ant").search("Marie souriant largement") is not None
    True
    >>> participle_phrase("ant").search("Marie sourit largement") is None
    True
    """
    return regex.compile(rf"\s+\p{{Ll}}+{ending}\b[^,.;:!?{quotes}]{{0,60}}\Z")


def clause_start(conjunctions: str) -> regex.Pattern[str]:
    """Where a clause starts inside a sentence: a comma or a bracket, or a conjunction.

    >>> [m.group() for m in clause_start("mais|et").finditer("Il part et elle reste, seule")]
    [' et ', ', ']
    >>> clause_start("mais|et").search("jamais") is None
    True
    """
    return regex.compile(rf"[,;:(]\s+|\s(?:{conjunctions})\s+")


def verb_after(*, end: str = r"\b") -> regex.Pattern[str]:
    """A verb after a subject, maybe after one lower-case word: " a déclaré", " dijo".

    >>> verb_after().match(" dijo ayer").group()
    ' dijo ayer'
    >>> verb_after().match(" Sánchez") is None
    True
    """
    return regex.compile(rf"\s+(?:\p{{Ll}}+\s+)?\p{{Ll}}+{end}")


def inverted_colon(*, cue: str, speaker: str, after: str = "", lead: str = "", adverbs: str = "") -> regex.Pattern[str]:
    """A fronted cue, its subject and a colon opening a sentence: "Dijo el ministro:".

    ``after`` are words the fronted cue may follow ("así"), ``lead`` what may
    stand right before it, ``adverbs`` what may stand between cue and subject.

    >>> inverted_colon(cue="Dijo", speaker=r"el \\w+").search("Dijo el ministro:") is not None
    True
    >>> inverted_colon(cue="Dijo", speaker=r"el \\w+").search("y Dijo el ministro:") is None
    True
    """
    opening = rf"(?:^|(?<=[.!?]\s)|(?<=\b{after}\s))" if after else r"(?:^|(?<=[.!?]\s))"
    return regex.compile(rf"{opening}{lead}(?P<cue>{cue})\s+{adverbs}(?P<speaker>{speaker}):\s*\Z")


def ends_in_determiner(words: str, *, start: str = r"\b") -> regex.Pattern[str]:
    """(?r) A determiner or preposition ending a window: "evocó la necesidad de un (quote)".

    >>> ends_in_determiner("un|de").search("la necesidad de un ") is not None
    True
    >>> ends_in_determiner("un|de").search("dijo Sánchez ") is None
    True
    """
    return regex.compile(rf"(?r){start}(?:{words})\s*\Z")


def colon_intro(speaker: str, *, space: str = "") -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A speaker and a colon: opening the sentence, and (?r) after a dash ("Sondages - Jean Dupont:").

    >>> start, dash = colon_intro(r"\\p{Lu}\\w+")
    >>> start.match(" Dupont:").group("speaker"), dash.search("Sondages - Dupont:").group("speaker")
    ('Dupont', 'Dupont')
    >>> start.match(" Dupont a dit:") is None
    True
    """
    colon_speaker = rf"(?P<speaker>{speaker}){space}(?P<cue>:)\s*\Z"
    return (
        regex.compile(rf"\s*{colon_speaker}"),
        regex.compile(rf"(?r)(?<=[\N{{EM DASH}}\N{{EN DASH}}-]\s*){colon_speaker}"),
    )


def inverted_intro(cue: str, speaker: str, *, after_comma: str = "") -> regex.Pattern[str]:
    """(?r) A cue, its speaker and a colon or comma after a clause: ", señaló la ministra:".

    >>> inverted_intro("señaló", r"la \\w+").search("En su discurso, señaló la ministra: ").group("speaker")
    'la ministra'
    >>> inverted_intro("señaló", r"la \\w+").search("Señaló la ministra: ") is None
    True
    """
    return regex.compile(rf"(?r)(?<=[,;]\s*{after_comma})(?P<cue>{cue})\s+(?P<speaker>{speaker})\s*[:,]\s*\Z")


def according_intro(cue: str, speaker: str, *, start: str = r"\b", space: str = r"\s+") -> regex.Pattern[str]:
    """(?r) A prepositional cue and its source before the quote: "Según el ministro:", "Selon l'AFP,".

    ``space`` joins the cue to its source, as for :func:`according_to`.

    >>> according_intro("Según", r"el \\w+").search("Según el ministro: ").group("cue", "speaker")
    ('Según', 'el ministro')
    >>> according_intro("Según", r"el \\w+").search("Según el ministro dijo ") is None
    True
    """
    return regex.compile(rf"(?r){start}(?P<cue>{cue}){space}(?P<speaker>{speaker})\s*[:,]\s*\Z")


# --- Verb forms --------------------------------------------------------------------------------


def both_apostrophes(words: list[str] | tuple[str, ...] | frozenset[str]) -> list[str]:
    """Every word as written with a straight and with a typographic apostrophe, sorted.

    News writes elisions either way; a word list that holds both matches both.

    >>> both_apostrophes(["s'est dit", "all'Ansa"])
    ["all'Ansa", 'all’Ansa', "s'est dit", 's’est dit']
    >>> both_apostrophes(["dit"])
    ['dit']
    """
    return sorted({variant for word in words for variant in (word, word.replace("'", "’"))})


@dataclass(frozen=True)
class VerbForms:
    """The cue words of a list of verbs, from a language's paradigm of each verb and its compound tenses.

    A paradigm (``inflections``) lists the infinitive, the finite forms, the
    participle and the gerund, in that order (see :class:`Conjugation`);
    ``compound_forms`` gives the auxiliary-and-participle phrases.  The cue
    tables are lists of these forms, verb by verb, so their alternations stay
    in one order.

    >>> forms = VerbForms(
    ...     inflections=lambda verb: (verb, verb[:-2] + "e", verb[:-2] + "es", verb[:-2] + "é", verb[:-2] + "ant"),
    ...     compound_forms=lambda verb: ("a " + verb[:-2] + "é",),
    ... )
    >>> forms.simple(("parler",)), forms.participles(("parler",)), forms.gerunds(("parler",))
    (['parle', 'parles', 'parlant'], ['parlé'], ['parlant'])
    >>> forms.every_form(("chanter",)), forms.compounds(("chanter", "parler"))
    (['chanter', 'chante', 'chantes', 'chanté', 'chantant'], ['a chanté', 'a parlé'])
    >>> "parler" in forms.simple(("parler",))
    False
    """

    inflections: Callable[[str], tuple[str, ...]]
    compound_forms: Callable[[str], tuple[str, ...]]

    def every_form(self, verbs: tuple[str, ...]) -> list[str]:
        """Every simple form, the infinitive included."""
        return [form for verb in verbs for form in self.inflections(verb)]

    def simple(self, verbs: tuple[str, ...]) -> list[str]:
        """The finite forms and the gerund: neither the infinitive nor the participle, which need an auxiliary."""
        return [form for verb in verbs for form in self._simple(self.inflections(verb))]

    def participles(self, verbs: tuple[str, ...]) -> list[str]:
        """The participle of each verb."""
        return [self.inflections(verb)[-2] for verb in verbs]

    def gerunds(self, verbs: tuple[str, ...]) -> list[str]:
        """The gerund (present participle) of each verb."""
        return [self.inflections(verb)[-1] for verb in verbs]

    def compounds(self, verbs: tuple[str, ...]) -> list[str]:
        """Every compound tense."""
        return [form for verb in verbs for form in self.compound_forms(verb)]

    @staticmethod
    def _simple(paradigm: tuple[str, ...]) -> tuple[str, ...]:
        return paradigm[1:-2] + paradigm[-1:]


def compound_cue(auxiliary: str, middle: str, participles: list[str], simple: list[str]) -> str:
    """A cue, as pattern source: an auxiliary, maybe an adverb, and a participle; or a simple form.

    >>> import regex
    >>> cue = regex.compile(compound_cue("(?:a|ont)", r"(?:\\s+aussi)?", ["dit"], ["dit", "déclare"]))
    >>> [cue.fullmatch(text) is not None for text in ("a dit", "ont aussi dit", "déclare", "a déclare")]
    [True, True, True, False]
    """
    return rf"(?:{auxiliary}{middle}\s+{alternation(participles)}|{alternation(simple)})"


def compound_cue_at_word_start(
    auxiliaries: Sequence[str], middle: str, participles: list[str], simple: Sequence[str]
) -> str:
    """A :func:`compound_cue` of the ``auxiliaries`` where no word character or hyphen stands before it,
    as pattern source: ``(?<![\\w-])`` and the cue, written to open on the class of the cues' first letters.

    The pattern takes the first letter, looks behind it, then goes on with the rests of the words that
    open on that letter (a look behind tells which), so the standard library's engine skips to the
    places where some cue's first letter stands instead of looking behind at every place: over a text
    of quotation marks and spaces it tries a tenth of them, and over French news it costs what the
    look-behind did.  At each place the compound is tried before the simple form, as in
    :func:`compound_cue`, so a match is the one the look-behind and the cue give; the participles are
    written once.

    >>> cue = re.compile(compound_cue_at_word_start(["a", "ont"], r"(?:\\s+aussi)?", ["dit"], ["dit", "ajoute"]))
    >>> [m.group() for m in cue.finditer("Il a dit, ont aussi dit, ajoute; redit, a-dit")]
    ['a dit', 'ont aussi dit', 'ajoute']
    """

    def rests(words: Sequence[str]) -> str:
        """The words as one branch for each first letter, each opening on a look behind at that letter."""
        by_letter: dict[str, list[str]] = {}
        for word in set(words):
            by_letter.setdefault(word[0], []).append(word[1:])
        return "|".join(f"(?<={re.escape(first)}){alternation(rest)}" for first, rest in sorted(by_letter.items()))

    firsts = "".join(re.escape(first) for first in sorted({word[0] for word in (*auxiliaries, *simple)}))
    compound = rf"(?:{rests(auxiliaries)}){middle}\s+{alternation(participles)}"
    return rf"[{firsts}](?<![\w-].)(?:{compound}|{rests(simple)})"


def compound_cue_scans(
    auxiliaries: Sequence[str],
    middle: str,
    participles: tuple[list[str], list[str]],
    simple: tuple[list[str], list[str]],
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``CUE_ANYWHERE`` and ``SPEECH_CUE_WORD`` of a language whose cues include compound tenses, on the
    standard library's engine: every cue, then the speech cues alone (``participles`` and ``simple``
    forms each as speech, then belief), each a :func:`compound_cue_at_word_start` ending at a word's end
    that no hyphen or apostrophe continues.

    >>> every, speech = compound_cue_scans(["a"], "", (["dit"], ["cru"]), (["dit"], ["croit"]))
    >>> [m.group("cue") for m in every.finditer("il a dit, a cru, croit; a-t-il dit")]
    ['a dit', 'a cru', 'croit', 'dit']
    >>> [m.group() for m in speech.finditer("il a dit, a cru, croit")]
    ['a dit']
    """
    (speech_participles, belief_participles), (speech_simple, belief_simple) = participles, simple
    end = r"\b(?![-’'])"
    every = compound_cue_at_word_start(
        auxiliaries, middle, speech_participles + belief_participles, speech_simple + belief_simple
    )
    speech = compound_cue_at_word_start(auxiliaries, middle, speech_participles, speech_simple)
    return re.compile(rf"(?P<cue>{every}){end}"), re.compile(rf"{speech}{end}")


@dataclass(frozen=True)
class Conjugation:
    """The forms of verbs that inflect by the ending of their infinitive, as cue tables need them.

    ``endings`` maps an infinitive's ending (its verb class) to the suffixes that
    replace it, one per form: the finite forms first, then the participle, then
    the gerund.  ``irregular`` gives those forms whole for verbs whose stem
    changes; ``auxiliaries`` make compound tenses with the participle.  Spanish
    and Portuguese share this shape and differ only in the tables.

    >>> toy = Conjugation(
    ...     endings={"ar": ("a", "ó", "ado", "ando")}, irregular={"dar": ("da", "dio", "dado", "dando")},
    ...     auxiliaries=("ha",),
    ... )
    >>> toy.inflections("hablar"), toy.finite_forms("hablar")
    (('hablar', 'habla', 'habló', 'hablado', 'hablando'), ('habla', 'habló'))
    >>> toy.participle("dar"), toy.gerund("dar"), toy.compound_forms("hablar")
    ('dado', 'dando', ('ha hablado',))
    >>> "dó" in toy.inflections("dar")
    False
    """

    endings: Mapping[str, tuple[str, ...]]
    irregular: Mapping[str, tuple[str, ...]]
    auxiliaries: tuple[str, ...]

    def inflections(self, infinitive: str) -> tuple[str, ...]:
        """The infinitive, then its finite forms, its participle and its gerund."""
        if infinitive in self.irregular:
            return (infinitive, *self.irregular[infinitive])
        ending = max((ending for ending in self.endings if infinitive.endswith(ending)), key=len)
        stem = infinitive[: -len(ending)]
        return (infinitive, *(stem + suffix for suffix in self.endings[ending]))

    def participle(self, infinitive: str) -> str:
        """The participle, which makes compound tenses and passives."""
        return self.inflections(infinitive)[-2]

    def gerund(self, infinitive: str) -> str:
        """The gerund, a participle cue whose subject is the sentence's."""
        return self.inflections(infinitive)[-1]

    def finite_forms(self, infinitive: str) -> tuple[str, ...]:
        """The finite forms, which may stand before their subject."""
        return self.inflections(infinitive)[1:-2]

    def compound_forms(self, infinitive: str) -> tuple[str, ...]:
        """The compound tenses: each auxiliary, then the participle."""
        return tuple(f"{aux} {self.participle(infinitive)}" for aux in self.auxiliaries)
