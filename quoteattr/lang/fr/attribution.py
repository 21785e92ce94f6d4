"""The French attribution grammar: every production the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.fr.grammar` and the words below fill the
shapes of :mod:`quoteattr.lang.grammar_builder`; the productions no other
language shares are written out here, each under a comment saying what it
matches.  Productions French news does not use (the English possessive, "as X
put it", "quoted him as saying") keep their never-matching defaults.

>>> ATTRIBUTION.INVERTED.match(", a déclaré Emmanuel Macron.").group("cue", "speaker")
('a déclaré', 'Emmanuel Macron')
>>> ATTRIBUTION.INVERTED.match(", Emmanuel Macron a déclaré.") is None
True
"""

from __future__ import annotations

import regex

from quoteattr.lang import grammar_builder as build
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

_DETERMINERS = r"(?:le|la|les|l['’]|un|une|des|du|de|d['’]|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces)"
_ARTICLE = r"\s+(?:le|la|les|un|une)|\s+l['’]"
_ADVERB = rf"\w+(?:{'|'.join(ADVERB_ENDINGS)})"
_MANNER = rf"\w+(?:{alternation(ADVERB_ENDINGS)})"
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
# "soi-disant", "baptisé", "qualifié de": what makes the quote after it a term.
_TERM = (
    r"(?:soi-disant|prétendu(?:e|s|es)?|baptisé(?:e|s|es)?|surnommé(?:e|s|es)?|qualifié(?:e|s|es)? de|dit(?:e|s|es))"
)
_COLON_INTRO_START, _COLON_INTRO_DASH = build.colon_intro(
    f"{grammar.NAME}|{grammar.VERBLESS_DESCRIPTION}", space=r"\s*"
)

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
    # --- Speaker mentions ---------------------------------------------------------------------
    WHOLE_MENTION=build.mention_patterns(
        ("pronoun", grammar.PRONOUN),
        ("relative", grammar.RELATIVE_PRONOUN),
        ("group", rf"{grammar.GROUP}(?:\s+[\p{{L}}\-’']+){{0,4}}"),
        ("group", grammar.QUANTITY),
        ("name", grammar.NAME),
        ("description", grammar.DESCRIPTION),
        # "président Emmanuel Macron": a role and a name with no determiner.
        ("name", grammar.TITLED_NAME),
    ),
    SPEAKER_AT_START=grammar.SPEAKER_AT_START,
    NAME_COLON=build.name_colon(grammar.NAME, space=r"[^\S\n]?"),
    NAME_COLON_HINT=":",
    # A determiner, a role and its complement, then a name: "le ministre de l'Intérieur Gérald Darmanin".
    MODIFIED_NAME=build.modified_name(
        _DETERMINERS, "de|du|des|à|au|aux|en|pour|sur|chez", "de|du|des|d['’]|de la|de l['’]", grammar.NAME
    ),
    TITLED_UNTIL_PUNCT=build.titled_until_punct(grammar.TITLED_NAME),
    MODIFIERS=build.modifiers(
        r"(?:le|la|les|un|une)\s+|l['’]", alternation(sorted(FUNCTION_WORDS | {"qui", "que", "dont"}))
    ),
    LEADING_CONJUNCTION=build.leading_conjunction(
        "et|mais|puis|alors|ensuite|donc|or|car|pourtant|cependant|toutefois|enfin|aussi"
    ),
    PRONOUN_AT_END=build.pronoun_at_end(grammar.PRONOUN),
    PARENTHETICAL_AT_END=build.parenthetical_at_end(grammar.PARENTHETICAL),
    RELATIVE_AT_END=build.relative_at_end("qui", before=""),
    RELATIVE_INSIDE=build.relative_inside("qui|dont"),
    # "le président élu le 7 mai": a participle before an object inside a noun phrase.
    VERB_IN_PHRASE=build.verb_in_phrase("é", "le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette|ces"),
    NOUN_PHRASE_GOES_ON=build.noun_phrase_goes_on("a|ont|est|sont|était|avait|avaient|va|vont|peut|doit|dit|disent"),
    # "Mardi, le ministre ...", "De son côté, elle ...", "PARIS (AFP) -": an opening adverbial is not the subject.
    INTRODUCTORY=build.introductory(
        rf"{_ADVERB}|(?i:{_DAYS})[^,.;:]{{0,30}}|(?i:{alternation(PHRASE_OPENERS)})\b[^,.;:]{{0,80}}"
        r"|\p{Lu}\p{Ll}+ant\b[^,.;:]{0,60}",
        words=alternation(WORD_OPENERS),
    ),
    SUBORDINATE_SUBJECT=build.subordinate_subject(
        "quand|lorsque|alors que|parce que|après que|puisque|si", f"{grammar.PRONOUN}|{grammar.NAME}", "et"
    ),
    SUBORDINATOR=regex.compile(r"(?r)\b(?:qu['’]|(?:que|quand|lorsque|et|mais|si|où|car|puisque)\s+)"),
    APPOSITIVE_START=build.appositive_start(r"le|la|les|l['’]|un|une|des|\p{Ll}+\s+(?:de|du|des|à|chez)"),
    MAIN_VERB_AFTER_COMMA=build.main_verb_after_comma(grammar.SPEECH_CUE),
    TRAILING_ADVERBS=grammar.TRAILING_ADVERBS,
    # "a déclaré le ministre, qui ...", "a dit Marie en souriant": the speaker ends before a relative
    # clause, a gerund, an adverb, a time or a prepositional phrase.
    SPEAKER_TAIL=build.speaker_tail(
        rf"qui|dont|que|lors|devant|à|au|aux|dans|en|sur|pendant|après|avant|avec|{_DAYS}"
        rf"|\p{{Ll}}+(?:{'|'.join(ADVERB_ENDINGS)})"
    ),
    # --- Cues and reported claims ---------------------------------------------------------------
    CUE_ANYWHERE=grammar.CUE_ANYWHERE,
    SPEECH_CUE_WORD=grammar.SPEECH_CUE_WORD,
    ACCORDING_TO=grammar.ACCORDING_TO,
    IN_OPINION=grammar.IN_OPINION,
    # "a déclaré à la presse que", "a dit qu'".
    COMPLEMENT_GAP=build.complement_gap(r"\bqu(?:e\b|['’])"),
    SUBJECT_IN_GAP=build.any_word("il|elle|ils|elles|je|nous|on"),
    TRAILING_GAP=build.trailing_gap(
        f"à|au|aux|dans|lors|pendant|devant|sur|en|après|avant|depuis|via|{_DAYS}|ce",
        adverb=_MANNER,
        clause_word=r"\bque?\b",
    ),
    PASSIVE_BEFORE=build.passive_before("est|sont|était|étaient|a été|ont été|sera|seront|être|été"),
    NOUN_BEFORE_PARTICIPLE=build.noun_before_participle(
        "communiqué|message|tweet|lettre|déclaration|courrier|texte|publication|vidéo|rapport"
    ),
    COORDINATED_CUE=build.coordinated_cue("et|mais", rf"{_MANNER}\s+", grammar.SPEECH_CUE),
    # --- Quotes and their attribution -----------------------------------------------------------
    TRAILING=grammar.TRAILING,
    INVERTED=grammar.INVERTED,
    # « Nous ne reculerons pas, a lancé le ministre. La loi sera appliquée. »: an inverted cue inside the marks.
    QUOTED_INCISE=grammar.INVERTED,
    SIGNATURE=grammar.SIGNATURE,
    # The dashes of SIGNATURE: a line holding none of them holds no signature.
    SIGNATURE_HINTS=("\N{EN DASH}", "\N{EM DASH}", "\N{HYPHEN-MINUS}", "\N{HORIZONTAL BAR}"),
    TRAILING_LEAD=build.trailing_lead(build.PUNCT, build.DASH),
    # "en ajoutant : « … »": a gerund's subject is the sentence's.
    BY_GERUND=regex.compile(r"\ben\Z"),
    PARTICIPLE_LINK=regex.compile(r"\s*,\s*|\s+en\s+"),
    PARTICIPLE_PHRASE=build.participle_phrase("ant"),
    SCARE_QUOTE_INTRO=build.named_term(_TERM, _ARTICLE),
    NAMED_THING=build.named_term(rf"(?:ce qu['’]on appelle|ce que l['’]on appelle|{_TERM})", _ARTICLE),
    # "sa déclaration selon laquelle « … »", "ses propos sur « … »": the possessor of a noun of saying speaks.
    POSSESSED_CLAIM=regex.compile(
        rf"(?r)(?P<pronoun>\b(?:[Ss]a|[Ss]on|[Ss]es|[Ll]eur|[Ll]eurs))(?P<name>(?!))?"
        rf"\s+(?:[\p{{Ll}}\-]+\s+){{0,1}}(?P<cue>{alternation(CLAIM_NOUNS)})\b"
        r"(?P<gap>[^«»“”\".;!?]{0,60}?)\s*\Z"
    ),
    CLAIM_GAP=regex.compile(
        r"\s*(?:(?:de|du|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+[^,]{0,40}?\s*)?"
        r"(?:selon\s+laquelle|selon\s+lequel|sur|:|,)\s*(?:le|la|les|l['’]|un|une)?\s*"
    ),
    CLAIM_NOUN=build.claim_noun(alternation(CLAIM_NOUNS)),
    ASKED_CLAUSE=regex.compile(r"\s*[Ii]nterrogée?s?\s+(?:sur|à propos|au sujet|par)\b[^,;:«»“”\"]*\Z"),
    # "ce que Macron a qualifié de « … »", "ce qu'il appelle « … »": the naming is the speaker's.
    WHAT_CALLED=regex.compile(
        rf"(?r)\b[Cc]e\s+qu(?:e\s+|['’])(?P<speaker>{grammar.NAME}|{grammar.PRONOUN}|{grammar.DESCRIPTION}?)\s+"
        r"(?P<cue>(?:a\s+)?(?:appelé|qualifié|décrit|appelle|qualifie|décrit|nomme|nommé)(?:\s+(?:de|d['’]|comme))?)"
        r"(?:\s+(?:le|la|les|un|une))?\s*\Z"
    ),
    CLAUSE_START=build.clause_start("mais|et|alors que|tandis que"),
    VERB_AFTER=build.verb_after(),
    ENDS_ON_CUE=build.ends_on_cue(
        f"à|au|aux|dans|lors|pendant|devant|sur|en|après|avant|{_DAYS}", adverb=_MANNER, clause_word=r"\bque?\b"
    ),
    # "a évoqué la nécessité d'un « … »": a quote after a determiner is part of a noun phrase.
    # "le soi-disant « … »" too: the quote is a noun phrase's head.
    ENDS_IN_DETERMINER=build.ends_in_determiner(rf"\b{_DETERMINERS}|\b(?:pour|sur|contre|avec)|\b{_TERM}", start=""),
    # Words that open a clause in the gap after a cue: "a dit que", "a demandé si".
    THAT=regex.compile(r"(?:\bqu['’]|\b(?:que|si|comment|pourquoi|est|sont|était|a|ont|sera|va)\b)"),
    CLAUSE_IN_GAP=build.clause_in_gap("il|elle|ils|elles|nous|je|on"),
    COLON_INTRO_START=_COLON_INTRO_START,
    COLON_INTRO_DASH=_COLON_INTRO_DASH,
    # "Selon le ministre : « … »", "D'après l'AFP, « … »".
    ACCORDING_INTRO=build.according_intro(r"[Ss]elon|[Dd]['’]après", f"{grammar.NAME}|{grammar.DESCRIPTION}"),
)
