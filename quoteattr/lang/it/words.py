"""Italian words the attribution grammar must know that are neither cues, pronouns nor titles.

``NOT_NAMES`` are capitalised words that open sentences but never name a
speaker (``Ma``, ``Secondo``, ``Lunedì``); ``FUNCTION_WORDS`` cannot end a
description; ``SUBJECT_VERBS`` and ``CLAUSE_WORDS`` make a phrase a clause.
"""

from __future__ import annotations

from quoteattr.lang.it.dates import MONTHS, WEEKDAYS

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    il lo la i gli le l' l’ un uno una un' un’ di del dello della dei degli delle dell' dell’ a al allo alla ai
    agli alle all' all’ da dal dalla dai dagli dalle in nel nello nella nei negli nelle su sul sulla sui con per
    tra fra e ed o ma che chi non più molto anche suo sua suoi sue
    """.split()
)

# Auxiliaries and common verbs that make a phrase a clause: "il progetto è", "i deputati hanno".
SUBJECT_VERBS: frozenset[str] = frozenset(
    """
    è sono era erano sarà saranno sarebbe ha hanno aveva avevano avrà avranno avrebbe fa fanno va vanno può
    possono deve devono vuole vogliono sembra
    """.split()
)
CLAUSE_WORDS: frozenset[str] = frozenset("che perché quando se poiché come non è sono ha hanno era".split())

# Capitalised words that open sentences and are never a speaker.
NOT_NAMES: frozenset[str] = frozenset(
    """
    Ma E Ed O Però Quindi Dunque Tuttavia Inoltre Poi Infine Anche Secondo Per Nel Nella In Con Su Sul Dopo Prima
    Durante Mentre Se Quando Come Il Lo La I Gli Le L' L’ Un Uno Una Questo Questa Lui Lei Loro Io Noi Voi Ieri
    Oggi Domani Sì No Già Intanto Stando Interpellato Interpellata
    """.split()
) | frozenset(word.capitalize() for word in MONTHS + WEEKDAYS)

# Words that open an adverbial at the start of a sentence: "Nel corso dell'incontro, ...".
PHRASE_OPENERS: tuple[str, ...] = (
    "in",
    "nel",
    "nella",
    "durante",
    "dopo",
    "prima",
    "per",
    "su",
    "sul",
    "a",
    "al",
    "alla",
    "da",
    "dal",
    "interpellato",
    "interpellata",
    "intervistato",
    "intervistata",
    "parlando",
)
WORD_OPENERS: tuple[str, ...] = (
    "ma",
    "e",
    "poi",
    "però",
    "quindi",
    "dunque",
    "tuttavia",
    "inoltre",
    "infine",
    "intanto",
    "invece",
    "da parte sua",
    "dal canto suo",
)
# Endings of adverbs: "chiaramente", "duramente".  "-mente" names no noun ("mente" alone is one, too short).
ADVERB_ENDINGS: tuple[str, ...] = ("mente",)
# Place names that are no speakers, lower case.
PLACES: frozenset[str] = frozenset(
    "roma milano napoli torino italia europa bruxelles washington mosca berlino londra kiev kyiv pechino".split()
)
# Heads of "lo staff di X" that speak for their possessor.
SPEAKING_HEADS: frozenset[str] = frozenset("staff entourage portavoce avvocato avvocata ufficio".split())
