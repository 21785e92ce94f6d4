"""The French attribution grammar: every production the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.fr.grammar` compose the patterns below;
each stands under a comment saying what it matches.  Productions French news
does not use (the English possessive, "as X put it", "quoted him as saying")
keep their never-matching defaults.

>>> ATTRIBUTION.INVERTED.match(", a déclaré Emmanuel Macron.").group("cue", "speaker")
('a déclaré', 'Emmanuel Macron')
>>> ATTRIBUTION.INVERTED.match(", Emmanuel Macron a déclaré.") is None
True
"""

from __future__ import annotations

import re

import regex

from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.fr import grammar
from quoteattr.lang.fr.abbreviations import ABBREVIATIONS
from quoteattr.lang.fr.cues import CLAIM_NOUNS
from quoteattr.lang.fr.pronouns import DETERMINERS, RELATIVE
from quoteattr.lang.fr.words import (
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
from quoteattr.lang.patterns import alternation
from quoteattr.models import MentionKind

_DETERMINERS = r"(?:le|la|les|l['’]|un|une|des|du|de|d['’]|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces)"

# --- Speaker mentions --------------------------------------------------------------------------

WHOLE_MENTION: tuple[tuple[MentionKind, regex.Pattern[str]], ...] = (
    ("pronoun", regex.compile(grammar.PRONOUN)),
    ("relative", regex.compile(grammar.RELATIVE_PRONOUN)),
    ("group", regex.compile(rf"{grammar.GROUP}(?:\s+[\p{{L}}\-’']+){{0,4}}")),
    ("group", regex.compile(grammar.QUANTITY)),
    ("name", regex.compile(grammar.NAME)),
    ("description", regex.compile(grammar.DESCRIPTION)),
    # "président Emmanuel Macron": a role and a name with no determiner.
    ("name", regex.compile(grammar.TITLED_NAME)),
)
LEADING_CONJUNCTION = regex.compile(
    r"\s*(?:(?:et|mais|puis|alors|ensuite|donc|or|car|pourtant|cependant|toutefois|enfin|aussi)\s+)+",
    regex.IGNORECASE,
)
NOUN_PHRASE_GOES_ON = regex.compile(
    r"\s+\p{Ll}[\p{L}\-]*\s+(?:a|ont|est|sont|était|avait|avaient|va|vont|peut|doit|dit|disent)\b"
)
PRONOUN_AT_END = regex.compile(rf"(?r)(?<=\s)(?:{grammar.PRONOUN})(?=\s*\Z)")
PARENTHETICAL_AT_END = regex.compile(rf"(?r){grammar.PARENTHETICAL}\s*\Z")
# "le président élu le 7 mai": a participle before an object inside a noun phrase.
VERB_IN_PHRASE = regex.compile(r"\s\p{Ll}+é(?=\s+(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette|ces)\b)")
RELATIVE_AT_END = regex.compile(r"(?r)(?<=\p{L}\s)qui(?=\s*\Z)")
RELATIVE_INSIDE = regex.compile(r"\s(?:qui|dont)\s+\p{Ll}")
MAIN_VERB_AFTER_COMMA = regex.compile(rf",\s+(?={grammar.SPEECH_CUE}\b)")
# A determiner, a role and its complement, then a name: "le ministre de l'Intérieur Gérald Darmanin".
MODIFIED_NAME = regex.compile(
    rf"{_DETERMINERS}\s*(?:(?!(?:de|du|des|à|au|aux|en|pour|sur|chez)\s)[\p{{Ll}}\-]+\s+"
    rf"|(?:de|du|des|d['’]|de la|de l['’])\s*\p{{Lu}}[\p{{L}}\-]+\s+){{1,4}}"
    rf"(?P<name>{grammar.NAME})"
)
TITLED_UNTIL_PUNCT = regex.compile(rf"\s*(?P<name>{grammar.TITLED_NAME})(?=\s*[,:;.!?]|\s*\Z)")
SUBORDINATE_SUBJECT = regex.compile(
    rf"(?r)\b(?:quand|lorsque|alors que|parce que|après que|puisque|si)\s+"
    rf"(?P<subject>{grammar.PRONOUN}|{grammar.NAME})\s+\p{{Ll}}+[^,;:]*\bet\s*\Z"
)
SUBORDINATOR = regex.compile(r"(?r)\b(?:qu['’]|(?:que|quand|lorsque|et|mais|si|où|car|puisque)\s+)")
APPOSITIVE_START = regex.compile(r"\s*(?:le|la|les|l['’]|un|une|des|\p{Ll}+\s+(?:de|du|des|à|chez))\b")
_NOT_MODIFIERS = sorted(FUNCTION_WORDS | {"qui", "que", "dont"})
MODIFIERS = regex.compile(
    rf"\s*(?:(?:le|la|les|un|une)\s+|l['’])?(?:(?!(?:{alternation(_NOT_MODIFIERS)})\b)[\p{{Ll}}\-]+\s+){{1,3}}"
)
# "a déclaré le ministre, qui ...", "a dit Marie en souriant": the speaker ends before a relative
# clause, a gerund, an adverb, a time or a prepositional phrase.
SPEAKER_TAIL = regex.compile(
    r"\s+(?:qui|dont|que|lors|devant|à|au|aux|dans|en|sur|pendant|après|avant|avec|lundi|mardi|mercredi|jeudi|"
    rf"vendredi|samedi|dimanche|hier|\p{{Ll}}+(?:{'|'.join(ADVERB_ENDINGS)}))\b"
)
_ADVERB = rf"\w+(?:{'|'.join(ADVERB_ENDINGS)})"
# "Mardi, le ministre ...", "De son côté, elle ...", "PARIS (AFP) -": an opening adverbial is not the subject.
INTRODUCTORY = regex.compile(
    rf"\s*(?:(?i:{alternation(WORD_OPENERS)})\b,?\s+)*"
    r"(?:(?:"
    rf"{_ADVERB}"
    r"|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)[^,.;:]{0,30}"
    rf"|(?i:{alternation(PHRASE_OPENERS)})\b[^,.;:]{{0,80}}"
    r"|\p{Lu}\p{Ll}+ant\b[^,.;:]{0,60}"
    r")\s*,"
    r"|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*\([^()\n]{1,20}\)\s*[\-\N{EN DASH}\N{EM DASH}]{1,2}"
    r"|\p{Lu}{2}[\p{Lu} .'\-]*\s*[\-\N{EN DASH}\N{EM DASH}]{1,2}"
    r")?\s*"
)

# --- Cues and reported claims ------------------------------------------------------------------

# What may stand between a cue and its clause: "a déclaré à la presse que", "a dit qu'".
COMPLEMENT_GAP = regex.compile(r"(?:[^.;:!?«»“”\"]){0,80}?\bqu(?:e\b|['’])")
SUBJECT_IN_GAP = regex.compile(r"\b(?:il|elle|ils|elles|je|nous|on)\b")
TRAILING_GAP = regex.compile(
    rf"(?:\s+\w+(?:{alternation(ADVERB_ENDINGS)}))?(?:\s+(?:à|au|aux|dans|lors|pendant|devant|sur|en|après|avant|depuis|via|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|hier|ce)\b(?:(?!\bque?\b)[^,.;:!?«»“”\"]){0,80})?\s*[.!?]*\s*\Z"
)
PASSIVE_BEFORE = regex.compile(r"(?r)\b(?:est|sont|était|étaient|a été|ont été|sera|seront|être|été)\s+\Z")
NOUN_BEFORE_PARTICIPLE = regex.compile(
    r"(?r)\b(?:communiqué|message|tweet|lettre|déclaration|courrier|texte|publication|vidéo|rapport)\b"
    r"(?:\s+\S+){0,3}\s*\Z"
)
COORDINATED_CUE = re.compile(rf"\s(?:et|mais)\s+(?:\w+(?:{alternation(ADVERB_ENDINGS)})\s+)?{grammar.SPEECH_CUE}\b")
NAME_COLON = regex.compile(rf"(?P<speaker>{grammar.NAME})[^\S\n]?(?P<cue>:)\s+(?=\S)")

# --- Quotes and their attribution --------------------------------------------------------------

TRAILING_LEAD = regex.compile(rf"\s*{grammar.PUNCT}?{grammar.DASH}?")
# "en ajoutant : « … »": a gerund's subject is the sentence's.
BY_GERUND = regex.compile(r"\ben\Z")
_TERM = (
    r"(?:soi-disant|prétendu(?:e|s|es)?|baptisé(?:e|s|es)?|surnommé(?:e|s|es)?|qualifié(?:e|s|es)? de|dit(?:e|s|es))"
)
SCARE_QUOTE_INTRO = regex.compile(rf"(?r)\b{_TERM}(?:\s+(?:le|la|les|un|une)|\s+l['’])?\s*\Z", regex.IGNORECASE)
NAMED_THING = regex.compile(
    rf"(?r)\b(?:ce qu['’]on appelle|ce que l['’]on appelle|{_TERM})(?:\s+(?:le|la|les|un|une)|\s+l['’])?\s*\Z",
    regex.IGNORECASE,
)
# "sa déclaration selon laquelle « … »", "ses propos sur « … »": the possessor of a noun of saying speaks.
POSSESSED_CLAIM = regex.compile(
    rf"(?r)(?P<pronoun>\b(?:[Ss]a|[Ss]on|[Ss]es|[Ll]eur|[Ll]eurs))(?P<name>(?!))?"
    rf"\s+(?:[\p{{Ll}}\-]+\s+){{0,1}}(?P<cue>{alternation(CLAIM_NOUNS)})\b"
    r"(?P<gap>[^«»“”\".;!?]{0,60}?)\s*\Z"
)
CLAIM_GAP = regex.compile(
    r"\s*(?:(?:de|du|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+[^,]{0,40}?\s*)?"
    r"(?:selon\s+laquelle|selon\s+lequel|sur|:|,)\s*(?:le|la|les|l['’]|un|une)?\s*"
)
ASKED_CLAUSE = regex.compile(r"\s*[Ii]nterrogée?s?\s+(?:sur|à propos|au sujet|par)\b[^,;:«»“”\"]*\Z")
CLAIM_NOUN = re.compile(rf"\b(?:{alternation(CLAIM_NOUNS)})\b")
# "ce que Macron a qualifié de « … »", "ce qu'il appelle « … »": the naming is the speaker's.
WHAT_CALLED = regex.compile(
    rf"(?r)\b[Cc]e\s+qu(?:e\s+|['’])(?P<speaker>{grammar.NAME}|{grammar.PRONOUN}|{grammar.DESCRIPTION}?)\s+"
    r"(?P<cue>(?:a\s+)?(?:appelé|qualifié|décrit|appelle|qualifie|décrit|nomme|nommé)(?:\s+(?:de|d['’]|comme))?)"
    r"(?:\s+(?:le|la|les|un|une))?\s*\Z"
)
CLAUSE_START = regex.compile(r"[,;:(]\s+|\s(?:mais|et|alors que|tandis que)\s+")
VERB_AFTER = regex.compile(r"\s+(?:\p{Ll}+\s+)?\p{Ll}+\b")
ENDS_ON_CUE = regex.compile(
    rf"(?:\s+\w+(?:{alternation(ADVERB_ENDINGS)}))?(?:\s+(?:à|au|aux|dans|lors|pendant|devant|sur|en|après|avant|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|hier)\b(?:(?!\bque?\b)[^,.;:!?«»“”\"]){0,80})?\s*[.:]\s*"
)
# "a évoqué la nécessité d'un « … »": a quote after a determiner is part of a noun phrase.
# "le soi-disant « … »" too: the quote is a noun phrase's head.
ENDS_IN_DETERMINER = regex.compile(rf"(?r)(?:\b{_DETERMINERS}|\b(?:pour|sur|contre|avec)|\b{_TERM})\s*\Z")
PARTICIPLE_LINK = regex.compile(r"\s*,\s*|\s+en\s+")
# Words that open a clause in the gap after a cue: "a dit que", "a demandé si".
THAT = regex.compile(r"(?:\bqu['’]|\b(?:que|si|comment|pourquoi|est|sont|était|a|ont|sera|va)\b)")
CLAUSE_IN_GAP = regex.compile(r"\b(?:il|elle|ils|elles|nous|je|on)\s+\p{Ll}+")
_COLON_SPEAKER = rf"(?P<speaker>{grammar.NAME}|{grammar.VERBLESS_DESCRIPTION})\s*(?P<cue>:)\s*\Z"
COLON_INTRO_START = regex.compile(rf"\s*{_COLON_SPEAKER}")
COLON_INTRO_DASH = regex.compile(rf"(?r)(?<=[\N{{EM DASH}}\N{{EN DASH}}-]\s*){_COLON_SPEAKER}")
# "Selon le ministre : « … »", "D'après l'AFP, « … »".
ACCORDING_INTRO = regex.compile(
    rf"(?r)\b(?P<cue>[Ss]elon|[Dd]['’]après)\s+(?P<speaker>{grammar.NAME}|{grammar.DESCRIPTION})\s*[:,]\s*\Z"
)
PARTICIPLE_PHRASE = regex.compile(r"\s+\p{Ll}+ant\b[^,.;:!?«»“”\"]{0,60}\Z")

ATTRIBUTION = AttributionGrammar(
    SPEECH_FORMS=grammar.SPEECH_FORMS,
    BELIEF_FORMS=grammar.BELIEF_FORMS,
    DIALOGUE_FORMS=grammar.DIALOGUE_FORMS,
    CUE_BASE_FORMS=frozenset(),
    INVERSION_FORMS=grammar.SPEECH_FORMS | grammar.INVERSION_CUES | grammar.ADVERB_COMPOUNDS,
    PARTICIPLE_CUES=grammar.PRESENT_PARTICIPLES,
    PASSIVE_CUES=frozenset(grammar.SPEECH_PARTICIPLES + grammar.BELIEF_PARTICIPLES),
    TELL_FORMS=frozenset(),
    SUBJECT_VERBS=SUBJECT_VERBS,
    CLAUSE_WORDS=CLAUSE_WORDS,
    FUNCTION_WORDS=FUNCTION_WORDS,
    NOT_NAMES=NOT_NAMES,
    NAME_OPENERS=frozenset({"Le", "La", "Les", "L'", "L’"}),
    SUBJECT_WORDS=frozenset({"il", "elle", "ils", "elles", "on", "je", "nous", "vous"}),
    STOP_SUBJECTS=frozenset("ce cela ça ceci ici là quoi où dont y".split()),
    AFTER_VERB=frozenset("le la les l' l’ un une son sa ses leur leurs ce cette ces".split()),
    DETERMINERS=frozenset(DETERMINERS),
    DEMONSTRATIVES=frozenset({"ce", "cet", "cette", "ces", "cela", "ceci", "ça"}),
    RELATIVES=frozenset(RELATIVE),
    PLACES=PLACES,
    SPEAKING_HEADS=SPEAKING_HEADS,
    ABBREVIATIONS=ABBREVIATIONS,
    TITLE_SMALL_WORDS=frozenset("de du des la le les l' l’ et à en pour sur un une".split()),
    INDEFINITE_SPEAKERS=frozenset({"l'un", "l’un", "l'une", "l’une"}),
    IMPERSONAL_PRONOUNS=frozenset({"je", "nous", "vous", "on", "ça", "cela", "tu"}),
    GENERIC_PRONOUNS=frozenset({"on"}),
    GENDER_PAIRS=frozenset({frozenset({"il", "elle"}), frozenset({"ils", "elles"})}),
    ANSWER_WORDS=frozenset({"oui", "non"}),
    PAST_ENDINGS=("é", "ée", "és", "ées"),
    ADVERB_ENDINGS=ADVERB_ENDINGS,
    MANNER_ENDINGS=ADVERB_ENDINGS,
    PARTICIPLE_ENDINGS=("ant",),
    COORDINATION_ENDINGS=(" et",),
    WHAT_HINT="e qu",
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
