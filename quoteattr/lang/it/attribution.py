"""The Italian attribution grammar: every production the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.it.grammar` compose the patterns below;
each stands under a comment saying what it matches.  Productions Italian news
does not use (the English possessive, "as X put it", "quoted him as saying")
keep their never-matching defaults.

>>> ATTRIBUTION.INVERTED.match(", ha detto Giorgia Meloni.").group("cue", "speaker")
('ha detto', 'Giorgia Meloni')
>>> ATTRIBUTION.INVERTED.match(", Giorgia Meloni ha detto.") is None
True
"""

from __future__ import annotations

import re

import regex

from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.it import grammar
from quoteattr.lang.it.abbreviations import ABBREVIATIONS
from quoteattr.lang.it.cues import CLAIM_NOUNS
from quoteattr.lang.it.pronouns import DETERMINERS, RELATIVE
from quoteattr.lang.it.words import (
    ADVERB_ENDINGS,
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    NOT_NAMES,
    PHRASE_OPENERS,
    PLACES,
    SPEAKING_HEADS,
    SUBJECT_VERBS,
    WORD_OPENERS,
)
from quoteattr.lang.patterns import NEVER, alternation
from quoteattr.models import MentionKind

_DETERMINERS = (
    r"(?:il|lo|la|i|gli|le|l['’]|un|uno|una|un['’]|del|dello|della|dei|degli|delle|dell['’]|di|d['’]|al|allo|"
    r"alla|ai|agli|alle|all['’]|suo|sua|suoi|sue|questo|questa|quel|quella)"
)

# --- Speaker mentions --------------------------------------------------------------------------

WHOLE_MENTION: tuple[tuple[MentionKind, regex.Pattern[str]], ...] = (
    ("pronoun", regex.compile(grammar.PRONOUN)),
    ("relative", regex.compile(grammar.RELATIVE_PRONOUN)),
    ("group", regex.compile(rf"{grammar.GROUP}(?:\s+[\p{{L}}\-’']+){{0,4}}")),
    ("group", regex.compile(grammar.QUANTITY)),
    ("name", regex.compile(grammar.NAME)),
    ("description", regex.compile(grammar.DESCRIPTION)),
    # "premier Giorgia Meloni": a role and a name with no determiner.
    ("name", regex.compile(grammar.TITLED_NAME)),
)
LEADING_CONJUNCTION = regex.compile(
    r"\s*(?:(?:e|ed|ma|poi|quindi|dunque|però|tuttavia|infine|anche|intanto|invece)\s+)+",
    regex.IGNORECASE,
)
NOUN_PHRASE_GOES_ON = regex.compile(
    r"\s+\p{Ll}[\p{L}\-]*\s+(?:ha|hanno|è|sono|era|aveva|avevano|va|vanno|può|deve|dice|dicono)\b"
)
PRONOUN_AT_END = regex.compile(rf"(?r)(?<=\s)(?:{grammar.PRONOUN})(?=\s*\Z)")
PARENTHETICAL_AT_END = regex.compile(rf"(?r){grammar.PARENTHETICAL}\s*\Z")
# "il presidente eletto il 7 maggio": a participle before an object inside a noun phrase.
VERB_IN_PHRASE = regex.compile(r"\s\p{Ll}+(?:ato|ito|uto)(?=\s+(?:il|lo|la|i|gli|le|l['’]|un|una|suo|sua)\b)")
RELATIVE_AT_END = regex.compile(r"(?r)(?<=\p{L},?\s)che(?=\s*\Z)")
RELATIVE_INSIDE = regex.compile(r"\s(?:che|il quale|la quale)\s+\p{Ll}")
MAIN_VERB_AFTER_COMMA = regex.compile(rf",\s+(?={grammar.SPEECH_CUE}\b)")
# A determiner, a role and its complement, then a name: "il ministro dell'Interno Matteo Piantedosi".
MODIFIED_NAME = regex.compile(
    rf"{_DETERMINERS}\s*(?:(?!(?:{grammar.ARTICULATED}|a|da|in|con|su|per|tra|fra)\s)[\p{{Ll}}\-]+\s+"
    rf"|(?:{grammar.ARTICULATED})\s*\p{{Lu}}[\p{{L}}\-]+\s+){{1,4}}"
    rf"(?P<name>{grammar.NAME})"
)
TITLED_UNTIL_PUNCT = regex.compile(rf"\s*(?P<name>{grammar.TITLED_NAME})(?=\s*[,:;.!?]|\s*\Z)")
SUBORDINATE_SUBJECT = regex.compile(
    rf"(?r)\b(?:quando|mentre|perché|poiché|dopo che|se)\s+"
    rf"(?P<subject>{grammar.PRONOUN}|{grammar.NAME})\s+\p{{Ll}}+[^,;:]*\be\s*\Z"
)
SUBORDINATOR = regex.compile(r"(?r)\b(?:che|quando|mentre|e|ma|se|dove|perché|poiché)\s+")
APPOSITIVE_START = regex.compile(
    r"\s*(?:il|lo|la|i|gli|le|l['’]|un|uno|una|un['’]|\p{Ll}+\s+(?:di|del|della|dell['’]|a|presso))\b"
)
_NOT_MODIFIERS = sorted(FUNCTION_WORDS | {"che", "cui"})
MODIFIERS = regex.compile(
    rf"\s*(?:(?:il|lo|la|i|gli|le|un|uno|una)\s+|l['’])?(?:(?!(?:{alternation(_NOT_MODIFIERS)})\b)[\p{{Ll}}\-]+\s+){{1,3}}"
)
# "ha detto il ministro, che ...", "ha detto Maria sorridendo": the speaker ends before a relative
# clause, a gerund, an adverb, a time or a prepositional phrase.
SPEAKER_TAIL = regex.compile(
    r"\s+(?:che|il quale|la quale|durante|davanti|a|al|alla|ai|in|nel|nella|su|sul|dopo|prima|con|lunedì|martedì|"
    rf"mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|\p{{Ll}}+(?:ando|endo|{'|'.join(ADVERB_ENDINGS)}))\b"
)
_ADVERB = rf"\w+(?:{'|'.join(ADVERB_ENDINGS)})"
# "Martedì, il ministro ...", "Dal canto suo, ...", "ROMA (ANSA) -": an opening adverbial is not the subject.
INTRODUCTORY = regex.compile(
    rf"\s*(?:(?i:{alternation(WORD_OPENERS)})\b,?\s+)*"
    r"(?:(?:"
    rf"{_ADVERB}"
    r"|(?i:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi)[^,.;:]{0,30}"
    rf"|(?i:{alternation(PHRASE_OPENERS)})\b[^,.;:]{{0,80}}"
    r"|\p{Lu}\p{Ll}+(?:ando|endo)\b[^,.;:]{0,60}"
    r")\s*,"
    r"|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*\([^()\n]{1,20}\)\s*[\-\N{EN DASH}\N{EM DASH}]{1,2}"
    r"|\p{Lu}{2}[\p{Lu} .'\-]*\s*[\-\N{EN DASH}\N{EM DASH}]{1,2}"
    r")?\s*"
)

# --- Cues and reported claims ------------------------------------------------------------------

# What may stand between a cue and its clause: "ha detto ai giornalisti che".
COMPLEMENT_GAP = regex.compile(r"(?:[^.;:!?«»“”\"]){0,80}?\bche\b")
SUBJECT_IN_GAP = regex.compile(r"\b(?:lui|lei|loro|io|noi)\b")
TRAILING_GAP = regex.compile(
    rf"(?:\s+\w+(?:{alternation(ADVERB_ENDINGS)}))?(?:\s+(?:a|al|alla|all['’]|ai|in|nel|nella|durante|davanti|su|dopo|prima|da|via|lunedì|martedì|"
    r"mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi)\b(?:(?!\bche\b)[^,.;:!?«»“”\"]){0,80})?\s*[.!?]*\s*\Z"
)
PASSIVE_BEFORE = regex.compile(
    r"(?r)\b(?:è|sono|era|erano|è stato|è stata|sono stati|sarà|essere|stato|stata|viene|venne)\s+\Z"
)
NOUN_BEFORE_PARTICIPLE = regex.compile(
    r"(?r)\b(?:comunicato|messaggio|tweet|post|lettera|nota|dichiarazione|video|rapporto|intervista)\b"
    r"(?:\s+\S+){0,3}\s*\Z"
)
COORDINATED_CUE = re.compile(rf"\s(?:e|ma)\s+(?:\w+(?:{alternation(ADVERB_ENDINGS)})\s+)?{grammar.SPEECH_CUE}\b")
NAME_COLON = regex.compile(rf"(?P<speaker>{grammar.NAME})[^\S\n]?(?P<cue>:)\s+(?=\S)")

# --- Quotes and their attribution --------------------------------------------------------------

TRAILING_LEAD = regex.compile(rf"\s*{grammar.PUNCT}?{grammar.DASH}?")
# Italian puts no preposition before a gerund: a participle cue follows a comma only.
BY_GERUND = regex.compile(NEVER)
_TERM = r"(?:cosiddett[oaie]|presunt[oaie]|battezzat[oaie]|soprannominat[oaie])"
SCARE_QUOTE_INTRO = regex.compile(rf"(?r)\b{_TERM}(?:\s+(?:il|lo|la|i|gli|le|un|una)|\s+l['’])?\s*\Z", regex.IGNORECASE)
NAMED_THING = regex.compile(
    rf"(?r)\b(?:quello che viene chiamato|ciò che viene definito|{_TERM})(?:\s+(?:il|lo|la|un|una)|\s+l['’])?\s*\Z",
    regex.IGNORECASE,
)
# "la sua dichiarazione secondo cui “…”": the possessor of a noun of saying speaks.
POSSESSED_CLAIM = regex.compile(
    rf"(?r)(?:\b(?:[Ll]a|[Ll]e|[Ii]l|[Ii]|[Ll]o|[Gg]li)\s+)(?P<pronoun>\b(?:sua|suo|sue|suoi|loro))(?P<name>(?!))?"
    rf"\s+(?:[\p{{Ll}}\-]+\s+){{0,1}}(?P<cue>{alternation(CLAIM_NOUNS)})\b"
    r"(?P<gap>[^«»“”\".;!?]{0,60}?)\s*\Z"
)
CLAIM_GAP = regex.compile(
    r"\s*(?:(?:di|del|ieri|oggi)\s+[^,]{0,40}?\s*)?"
    r"(?:secondo\s+cui|sul|sulla|su|:|,)\s*(?:il|lo|la|i|gli|le|l['’]|un|una)?\s*"
)
ASKED_CLAUSE = regex.compile(
    r"\s*(?:[Ii]nterpellat|[Ii]nterrogat|[Ii]ntervistat)[oaie]\s+(?:su|sul|sulla|da|dal)\b[^,;:«»“”\"]*\Z"
)
CLAIM_NOUN = re.compile(rf"\b(?:{alternation(CLAIM_NOUNS)})\b")
# "quella che Meloni ha definito “…”", "ciò che lui chiama “…”": the naming is the speaker's.
WHAT_CALLED = regex.compile(
    rf"(?r)\b(?:[Qq]uell[oa]|[Cc]iò)\s+che\s+(?P<speaker>{grammar.NAME}|{grammar.PRONOUN}|{grammar.DESCRIPTION}?)\s+"
    r"(?P<cue>(?:ha\s+)?(?:definito|chiamato|definisce|chiama|descritto|descrive)(?:\s+come)?)"
    r"(?:\s+(?:il|lo|la|un|una))?\s*\Z"
)
CLAUSE_START = regex.compile(r"[,;:(]\s+|\s(?:ma|e|mentre)\s+")
VERB_AFTER = regex.compile(r"\s+(?:\p{Ll}+\s+)?\p{Ll}+\b")
ENDS_ON_CUE = regex.compile(
    rf"(?:\s+\w+(?:{alternation(ADVERB_ENDINGS)}))?(?:\s+(?:a|al|alla|ai|in|nel|nella|durante|davanti|su|dopo|prima|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|domenica|ieri|oggi)\b(?:(?!\bche\b)[^,.;:!?«»“”\"]){0,80})?\s*[.:]\s*"
)
# "ha evocato la necessità di un “…”": a quote after a determiner is part of a noun phrase;
# "il cosiddetto “…”" too: the quote is a noun phrase's head.
ENDS_IN_DETERMINER = regex.compile(rf"(?r)(?:\b{_DETERMINERS}|\b(?:per|su|contro|con)|\b{_TERM})\s*\Z")
PARTICIPLE_LINK = regex.compile(r"\s*,\s*")
# Words that open a clause in the gap after a cue: "ha detto che", "ha chiesto se".
THAT = regex.compile(r"\b(?:che|se|come|perché|è|sono|era|ha|hanno|sarà|va)\b")
CLAUSE_IN_GAP = regex.compile(r"\b(?:lui|lei|loro|noi|io)\s+\p{Ll}+")
_COLON_SPEAKER = rf"(?P<speaker>{grammar.NAME}|{grammar.VERBLESS_DESCRIPTION})\s*(?P<cue>:)\s*\Z"
COLON_INTRO_START = regex.compile(rf"\s*{_COLON_SPEAKER}")
COLON_INTRO_DASH = regex.compile(rf"(?r)(?<=[\N{{EM DASH}}\N{{EN DASH}}-]\s*){_COLON_SPEAKER}")
# "Secondo il ministro: “…”", "Stando all'Ansa, “…”".
ACCORDING_INTRO = regex.compile(
    rf"(?r)\b(?P<cue>[Ss]econdo|[Ss]tando\s+a)\s+(?P<speaker>{grammar.NAME}|{grammar.DESCRIPTION})\s*[:,]\s*\Z"
)
PARTICIPLE_PHRASE = regex.compile(r"\s+\p{Ll}+(?:ando|endo)\b[^,.;:!?«»“”\"]{0,60}\Z")

ATTRIBUTION = AttributionGrammar(
    SPEECH_FORMS=grammar.SPEECH_FORMS,
    BELIEF_FORMS=grammar.BELIEF_FORMS,
    DIALOGUE_FORMS=grammar.DIALOGUE_FORMS,
    CUE_BASE_FORMS=frozenset(),
    INVERSION_FORMS=grammar.SPEECH_FORMS | grammar.ADVERB_COMPOUNDS,
    PARTICIPLE_CUES=grammar.GERUNDS,
    PASSIVE_CUES=frozenset(grammar.SPEECH_PARTICIPLES + grammar.BELIEF_PARTICIPLES),
    TELL_FORMS=frozenset(),
    SUBJECT_VERBS=SUBJECT_VERBS,
    CLAUSE_WORDS=CLAUSE_WORDS,
    FUNCTION_WORDS=FUNCTION_WORDS,
    NOT_NAMES=NOT_NAMES,
    NAME_OPENERS=frozenset({"Il", "La", "Lo", "L'", "L’"}),
    SUBJECT_WORDS=frozenset({"lui", "lei", "loro", "io", "noi", "voi", "egli", "ella"}),
    STOP_SUBJECTS=frozenset("ciò questo quello qui lì dove cui".split()),
    AFTER_VERB=frozenset("il lo la i gli le l' l’ un uno una suo sua suoi sue questo questa".split()),
    DETERMINERS=frozenset(DETERMINERS),
    DEMONSTRATIVES=frozenset({"questo", "questa", "questi", "queste", "quel", "quella", "ciò"}),
    RELATIVES=frozenset(RELATIVE),
    PLACES=PLACES,
    SPEAKING_HEADS=SPEAKING_HEADS,
    ABBREVIATIONS=ABBREVIATIONS,
    TITLE_SMALL_WORDS=frozenset("di del della dei degli delle il lo la i gli le l' l’ e a in per su un una".split()),
    INDEFINITE_SPEAKERS=frozenset({"uno", "una", "qualcuno"}),
    IMPERSONAL_PRONOUNS=frozenset({"io", "noi", "voi", "tu", "si", "ciò"}),
    GENERIC_PRONOUNS=frozenset({"si"}),
    GENDER_PAIRS=frozenset({frozenset({"lui", "lei"}), frozenset({"egli", "ella"})}),
    ANSWER_WORDS=frozenset({"sì", "no"}),
    PAST_ENDINGS=("ato", "ata", "ati", "ate", "ito", "ita", "uto", "uta"),
    ADVERB_ENDINGS=ADVERB_ENDINGS,
    MANNER_ENDINGS=ADVERB_ENDINGS,
    PARTICIPLE_ENDINGS=("ando", "endo"),
    COORDINATION_ENDINGS=(" e",),
    WHAT_HINT=" che ",
    ACCORDING_HINT="",
    WHOLE_MENTION=WHOLE_MENTION,
    SPEAKER_AT_START=grammar.SPEAKER_AT_START,
    NAME_COLON=NAME_COLON,
    MODIFIED_NAME=MODIFIED_NAME,
    TITLED_UNTIL_PUNCT=TITLED_UNTIL_PUNCT,
    MODIFIERS=MODIFIERS,
    LEADING_CONJUNCTION=LEADING_CONJUNCTION,
    PRONOUN_AT_END=PRONOUN_AT_END,
    PARENTHETICAL_AT_END=PARENTHETICAL_AT_END,
    RELATIVE_AT_END=RELATIVE_AT_END,
    RELATIVE_INSIDE=RELATIVE_INSIDE,
    VERB_IN_PHRASE=VERB_IN_PHRASE,
    NOUN_PHRASE_GOES_ON=NOUN_PHRASE_GOES_ON,
    INTRODUCTORY=INTRODUCTORY,
    SUBORDINATE_SUBJECT=SUBORDINATE_SUBJECT,
    SUBORDINATOR=SUBORDINATOR,
    APPOSITIVE_START=APPOSITIVE_START,
    MAIN_VERB_AFTER_COMMA=MAIN_VERB_AFTER_COMMA,
    TRAILING_ADVERBS=grammar.TRAILING_ADVERBS,
    SPEAKER_TAIL=SPEAKER_TAIL,
    CUE_ANYWHERE=grammar.CUE_ANYWHERE,
    SPEECH_CUE_WORD=grammar.SPEECH_CUE_WORD,
    ACCORDING_TO=grammar.ACCORDING_TO,
    IN_OPINION=grammar.IN_OPINION,
    COMPLEMENT_GAP=COMPLEMENT_GAP,
    SUBJECT_IN_GAP=SUBJECT_IN_GAP,
    TRAILING_GAP=TRAILING_GAP,
    PASSIVE_BEFORE=PASSIVE_BEFORE,
    NOUN_BEFORE_PARTICIPLE=NOUN_BEFORE_PARTICIPLE,
    COORDINATED_CUE=COORDINATED_CUE,
    TRAILING=grammar.TRAILING,
    INVERTED=grammar.INVERTED,
    SIGNATURE=grammar.SIGNATURE,
    TRAILING_LEAD=TRAILING_LEAD,
    BY_GERUND=BY_GERUND,
    PARTICIPLE_LINK=PARTICIPLE_LINK,
    PARTICIPLE_PHRASE=PARTICIPLE_PHRASE,
    SCARE_QUOTE_INTRO=SCARE_QUOTE_INTRO,
    NAMED_THING=NAMED_THING,
    POSSESSED_CLAIM=POSSESSED_CLAIM,
    CLAIM_GAP=CLAIM_GAP,
    CLAIM_NOUN=CLAIM_NOUN,
    ASKED_CLAUSE=ASKED_CLAUSE,
    WHAT_CALLED=WHAT_CALLED,
    CLAUSE_START=CLAUSE_START,
    VERB_AFTER=VERB_AFTER,
    ENDS_ON_CUE=ENDS_ON_CUE,
    ENDS_IN_DETERMINER=ENDS_IN_DETERMINER,
    THAT=THAT,
    CLAUSE_IN_GAP=CLAUSE_IN_GAP,
    COLON_INTRO_START=COLON_INTRO_START,
    COLON_INTRO_DASH=COLON_INTRO_DASH,
    ACCORDING_INTRO=ACCORDING_INTRO,
)
