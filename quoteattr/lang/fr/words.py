"""French words the attribution grammar must know that are neither cues, pronouns nor titles.

``NOT_NAMES`` are capitalised words that open sentences but never name a
speaker (``Mais``, ``Selon``, ``Lundi``); ``FUNCTION_WORDS`` cannot end a
description; ``SUBJECT_VERBS`` and ``CLAUSE_WORDS`` make a phrase a clause.
"""

from __future__ import annotations

from quoteattr.lang.fr.dates import MONTHS, WEEKDAYS

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    le la les l' l’ un une des du de d' d’ au aux et ou mais donc car ni que qu' qu’ qui quoi dont où à en dans
    par pour sur sous avec sans chez vers entre contre depuis pendant avant après ce cet cette ces son sa ses
    leur leurs ne pas plus très aussi
    """.split()
)

# Auxiliaries and common verbs that make a phrase a clause: "le projet est", "les élus ont voté".
SUBJECT_VERBS: frozenset[str] = frozenset(
    """
    est sont était étaient sera seront serait a ont avait avaient aura auront aurait fait font va vont peut
    peuvent doit doivent veut veulent faut semble
    """.split()
)
CLAUSE_WORDS: frozenset[str] = frozenset(
    """
    qui que qu' qu’ parce lorsque quand si puisque comme ne n' n’ pas est sont a ont était
    """.split()
)

# Capitalised words that open sentences and are never a speaker.
NOT_NAMES: frozenset[str] = frozenset(
    """
    Mais Et Or Donc Car Pourtant Cependant Toutefois Ainsi Alors Ensuite Enfin Puis Selon Pour Par Dans En Au Aux
    Sur Sous Avec Sans Après Avant Depuis Pendant Lors Si Quand Lorsque Comme Le La Les L' L’ Un Une Des Ce Cette
    Ces Cet Il Elle Ils Elles On Je Nous Vous Hier Aujourd'hui Aujourd’hui Demain Jeudi Non Oui Certes Même
    D'après D’après De Du Interrogé Interrogée Mercredi
    """.split()
) | frozenset(word.capitalize() for word in MONTHS + WEEKDAYS)

# Words that open an adverbial at the start of a sentence: "Lundi, ...", "Selon lui, ...".
PHRASE_OPENERS: tuple[str, ...] = (
    "en",
    "dans",
    "lors",
    "après",
    "avant",
    "depuis",
    "pendant",
    "face",
    "pour",
    "sur",
    "par",
    "à",
    "au",
    "aux",
    "dès",
    "malgré",
    "interrogé",
    "interrogée",
)
WORD_OPENERS: tuple[str, ...] = (
    "mais",
    "et",
    "or",
    "puis",
    "alors",
    "ainsi",
    "pourtant",
    "cependant",
    "toutefois",
    "enfin",
    "ensuite",
    "d'ailleurs",
    "d’ailleurs",
    "de son côté",
    "de leur côté",
    "pour sa part",
)
# Endings of adverbs: "notamment", "publiquement", "également".  Not "-ment" alone: nouns end so too
# (gouvernement, parlement, Clément).
ADVERB_ENDINGS: tuple[str, ...] = (
    "amment",
    "emment",
    "iquement",
    "ivement",
    "alement",
    "airement",
    "ièrement",
    "ellement",
    "ablement",
    "iblement",
    "plement",
    "ulement",
    "uement",
    "ainement",
    "ctement",
    "ètement",
    "ortement",
    "ettement",
    "isément",
)
# Place names that are no speakers, lower case.
PLACES: frozenset[str] = frozenset(
    "paris lyon marseille bruxelles france europe washington moscou berlin londres kiev kyiv pékin".split()
)
# Heads of a phrase "le cabinet de X" that speak for their possessor.
SPEAKING_HEADS: frozenset[str] = frozenset("entourage cabinet équipe porte-parole avocat avocate".split())
