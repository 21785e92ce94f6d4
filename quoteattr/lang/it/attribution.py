"""The Italian attribution grammar: every production the attribution stage reads, built once at import.

The fragments of :mod:`quoteattr.lang.it.grammar` and the words below fill the
shapes of :mod:`quoteattr.lang.grammar_builder`; the productions no other
language shares are written out here, each under a comment saying what it
matches.  Productions Italian news does not use (the English possessive, "as X
put it", "quoted him as saying") keep their never-matching defaults.

>>> ATTRIBUTION.INVERTED.match(", ha detto Giorgia Meloni.").group("cue", "speaker")
('ha detto', 'Giorgia Meloni')
>>> ATTRIBUTION.INVERTED.match(", Giorgia Meloni ha detto.") is None
True
"""

from __future__ import annotations

import regex

from quoteattr.lang import grammar_builder as build
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

_DETERMINERS = (
    r"(?:il|lo|la|i|gli|le|l['’]|un|uno|una|un['’]|del|dello|della|dei|degli|delle|dell['’]|di|d['’]|al|allo|"
    r"alla|ai|agli|alle|all['’]|suo|sua|suoi|sue|questo|questa|quel|quella)"
)
_ADVERB = rf"\w+(?:{'|'.join(ADVERB_ENDINGS)})"
_MANNER = rf"\w+(?:{alternation(ADVERB_ENDINGS)})"
_DAYS = "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi"
# "cosiddetto", "presunto", "soprannominato": what makes the quote after it a term.
_TERM = r"(?:cosiddett[oaie]|presunt[oaie]|battezzat[oaie]|soprannominat[oaie])"
_COLON_INTRO_START, _COLON_INTRO_DASH = build.colon_intro(
    f"{grammar.NAME}|{grammar.VERBLESS_DESCRIPTION}", space=r"\s*"
)

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
    # --- Speaker mentions ---------------------------------------------------------------------
    WHOLE_MENTION=build.mention_patterns(
        ("pronoun", grammar.PRONOUN),
        ("relative", grammar.RELATIVE_PRONOUN),
        ("group", rf"{grammar.GROUP}(?:\s+[\p{{L}}\-’']+){{0,4}}"),
        ("group", grammar.QUANTITY),
        ("name", grammar.NAME),
        ("description", grammar.DESCRIPTION),
        # "premier Giorgia Meloni": a role and a name with no determiner.
        ("name", grammar.TITLED_NAME),
    ),
    SPEAKER_AT_START=grammar.SPEAKER_AT_START,
    NAME_COLON=build.name_colon(grammar.NAME, space=r"[^\S\n]?"),
    NAME_COLON_HINT=":",
    # A determiner, a role and its complement, then a name: "il ministro dell'Interno Matteo Piantedosi".
    MODIFIED_NAME=build.modified_name(
        _DETERMINERS, rf"{grammar.ARTICULATED}|a|da|in|con|su|per|tra|fra", grammar.ARTICULATED, grammar.NAME
    ),
    TITLED_UNTIL_PUNCT=build.titled_until_punct(grammar.TITLED_NAME),
    MODIFIERS=build.modifiers(
        r"(?:il|lo|la|i|gli|le|un|uno|una)\s+|l['’]", alternation(sorted(FUNCTION_WORDS | {"che", "cui"}))
    ),
    LEADING_CONJUNCTION=build.leading_conjunction(
        "e|ed|ma|poi|quindi|dunque|però|tuttavia|infine|anche|intanto|invece"
    ),
    PRONOUN_AT_END=build.pronoun_at_end(grammar.PRONOUN),
    PARENTHETICAL_AT_END=build.parenthetical_at_end(grammar.PARENTHETICAL),
    RELATIVE_AT_END=build.relative_at_end("che"),
    RELATIVE_INSIDE=build.relative_inside("che|il quale|la quale"),
    # "il presidente eletto il 7 maggio": a participle before an object inside a noun phrase.
    VERB_IN_PHRASE=build.verb_in_phrase("(?:ato|ito|uto)", "il|lo|la|i|gli|le|l['’]|un|una|suo|sua"),
    NOUN_PHRASE_GOES_ON=build.noun_phrase_goes_on("ha|hanno|è|sono|era|aveva|avevano|va|vanno|può|deve|dice|dicono"),
    # "Martedì, il ministro ...", "Dal canto suo, ...", "ROMA (ANSA) -": an opening adverbial is not the subject.
    INTRODUCTORY=build.introductory(
        rf"{_ADVERB}|(?i:{_DAYS})[^,.;:]{{0,30}}|(?i:{alternation(PHRASE_OPENERS)})\b[^,.;:]{{0,80}}"
        r"|\p{Lu}\p{Ll}+(?:ando|endo)\b[^,.;:]{0,60}",
        words=alternation(WORD_OPENERS),
    ),
    SUBORDINATE_SUBJECT=build.subordinate_subject(
        "quando|mentre|perché|poiché|dopo che|se", f"{grammar.PRONOUN}|{grammar.NAME}", "e"
    ),
    SUBORDINATOR=build.subordinator("che|quando|mentre|e|ma|se|dove|perché|poiché"),
    APPOSITIVE_START=build.appositive_start(
        r"il|lo|la|i|gli|le|l['’]|un|uno|una|un['’]|\p{Ll}+\s+(?:di|del|della|dell['’]|a|presso)"
    ),
    MAIN_VERB_AFTER_COMMA=build.main_verb_after_comma(grammar.SPEECH_CUE),
    TRAILING_ADVERBS=grammar.TRAILING_ADVERBS,
    # "ha detto il ministro, che ...", "ha detto Maria sorridendo": the speaker ends before a relative
    # clause, a gerund, an adverb, a time or a prepositional phrase.
    SPEAKER_TAIL=build.speaker_tail(
        rf"che|il quale|la quale|durante|davanti|a|al|alla|ai|in|nel|nella|su|sul|dopo|prima|con|{_DAYS}"
        rf"|\p{{Ll}}+(?:ando|endo|{'|'.join(ADVERB_ENDINGS)})"
    ),
    # --- Cues and reported claims ---------------------------------------------------------------
    CUE_ANYWHERE=grammar.CUE_ANYWHERE,
    SPEECH_CUE_WORD=grammar.SPEECH_CUE_WORD,
    ACCORDING_TO=grammar.ACCORDING_TO,
    IN_OPINION=grammar.IN_OPINION,
    # "ha detto ai giornalisti che".
    COMPLEMENT_GAP=build.complement_gap(r"\bche\b"),
    SUBJECT_IN_GAP=build.any_word("lui|lei|loro|io|noi"),
    TRAILING_GAP=build.trailing_gap(
        f"a|al|alla|all['’]|ai|in|nel|nella|durante|davanti|su|dopo|prima|da|via|{_DAYS}",
        adverb=_MANNER,
        clause_word=r"\bche\b",
    ),
    PASSIVE_BEFORE=build.passive_before(
        "è|sono|era|erano|è stato|è stata|sono stati|sarà|essere|stato|stata|viene|venne"
    ),
    NOUN_BEFORE_PARTICIPLE=build.noun_before_participle(
        "comunicato|messaggio|tweet|post|lettera|nota|dichiarazione|video|rapporto|intervista"
    ),
    COORDINATED_CUE=build.coordinated_cue("e|ma", rf"{_MANNER}\s+", grammar.SPEECH_CUE),
    # --- Quotes and their attribution -----------------------------------------------------------
    TRAILING=grammar.TRAILING,
    INVERTED=grammar.INVERTED,
    SIGNATURE=grammar.SIGNATURE,
    # The dashes of SIGNATURE: a line holding none of them holds no signature.
    SIGNATURE_HINTS=("\N{EN DASH}", "\N{EM DASH}", "\N{HYPHEN-MINUS}", "\N{HORIZONTAL BAR}"),
    # “…”, ha detto.   “…”, ha poi aggiunto.   Italian drops the subject pronoun: the speaker is the nearest
    # subject before.
    DROPPED_SUBJECT=build.dropped_subject(punct=build.PUNCT, dash=build.DASH, before_cue="", cue=grammar.SPEECH_CUE),
    TRAILING_LEAD=build.trailing_lead(build.PUNCT, build.DASH),
    # Italian puts no preposition before a gerund: a participle cue follows a comma only.
    BY_GERUND=regex.compile(NEVER),
    PARTICIPLE_LINK=regex.compile(r"\s*,\s*"),
    PARTICIPLE_PHRASE=build.participle_phrase("(?:ando|endo)"),
    SCARE_QUOTE_INTRO=build.named_term(_TERM, r"\s+(?:il|lo|la|i|gli|le|un|una)|\s+l['’]"),
    NAMED_THING=build.named_term(
        rf"(?:quello che viene chiamato|ciò che viene definito|{_TERM})", r"\s+(?:il|lo|la|un|una)|\s+l['’]"
    ),
    # "la sua dichiarazione secondo cui “…”": the possessor of a noun of saying speaks.
    POSSESSED_CLAIM=regex.compile(
        rf"(?r)(?:\b(?:[Ll]a|[Ll]e|[Ii]l|[Ii]|[Ll]o|[Gg]li)\s+)(?P<pronoun>\b(?:sua|suo|sue|suoi|loro))(?P<name>(?!))?"
        rf"\s+(?:[\p{{Ll}}\-]+\s+){{0,1}}(?P<cue>{alternation(CLAIM_NOUNS)})\b"
        r"(?P<gap>[^«»“”\".;!?]{0,60}?)\s*\Z"
    ),
    CLAIM_GAP=regex.compile(
        r"\s*(?:(?:di|del|ieri|oggi)\s+[^,]{0,40}?\s*)?"
        r"(?:secondo\s+cui|sul|sulla|su|:|,)\s*(?:il|lo|la|i|gli|le|l['’]|un|una)?\s*"
    ),
    CLAIM_NOUN=build.claim_noun(alternation(CLAIM_NOUNS)),
    ASKED_CLAUSE=regex.compile(
        r"\s*(?:[Ii]nterpellat|[Ii]nterrogat|[Ii]ntervistat)[oaie]\s+(?:su|sul|sulla|da|dal)\b[^,;:«»“”\"]*\Z"
    ),
    # "quella che Meloni ha definito “…”", "ciò che lui chiama “…”": the naming is the speaker's.
    WHAT_CALLED=regex.compile(
        rf"(?r)\b(?:[Qq]uell[oa]|[Cc]iò)\s+che\s+(?P<speaker>{grammar.NAME}|{grammar.PRONOUN}|{grammar.DESCRIPTION}?)\s+"
        r"(?P<cue>(?:ha\s+)?(?:definito|chiamato|definisce|chiama|descritto|descrive)(?:\s+come)?)"
        r"(?:\s+(?:il|lo|la|un|una))?\s*\Z"
    ),
    CLAUSE_START=build.clause_start("ma|e|mentre"),
    VERB_AFTER=build.verb_after(),
    ENDS_ON_CUE=build.ends_on_cue(
        f"a|al|alla|ai|in|nel|nella|durante|davanti|su|dopo|prima|{_DAYS}", adverb=_MANNER, clause_word=r"\bche\b"
    ),
    # "ha evocato la necessità di un “…”": a quote after a determiner is part of a noun phrase;
    # "il cosiddetto “…”" too: the quote is a noun phrase's head.
    ENDS_IN_DETERMINER=build.ends_in_determiner(rf"\b{_DETERMINERS}|\b(?:per|su|contro|con)|\b{_TERM}", start=""),
    # Words that open a clause in the gap after a cue: "ha detto che", "ha chiesto se".
    THAT=build.any_word("che|se|come|perché|è|sono|era|ha|hanno|sarà|va"),
    CLAUSE_IN_GAP=build.clause_in_gap("lui|lei|loro|noi|io"),
    COLON_INTRO_START=_COLON_INTRO_START,
    COLON_INTRO_DASH=_COLON_INTRO_DASH,
    # "Secondo il ministro: “…”", "Stando all'Ansa, “…”".
    ACCORDING_INTRO=build.according_intro(r"[Ss]econdo|[Ss]tando\s+a", f"{grammar.NAME}|{grammar.DESCRIPTION}"),
)
