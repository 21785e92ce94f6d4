"""Small word classes that tell a Spanish speaker's name from the other words of a sentence.

Spanish capitalises names but not months, weekdays, demonyms or titles (``el presidente``,
``el lunes``, ``los españoles``), so a capitalised word is mostly a name or a sentence opener.
``NOT_NAMES`` lists the openers (articles, prepositions, conjunctions, adverbs) so that ``Según``,
``Además`` or ``Este`` never start a speaker's name.  ``NAME_PARTICLES`` join the parts of a
name (``Isabel Díaz de la Vega``); ``y`` is left out: ``Sánchez y Feijóo`` are two people.
"""

from __future__ import annotations

NOT_NAMES: frozenset[str] = frozenset(
    """
    El La Los Las Lo Un Una Unos Unas Su Sus Este Esta Estos Estas Ese Esa Esos Esas Aquel Aquella Esto Eso
    En Por Para Con Sin Según Sobre Entre Desde Hasta Hacia Tras Durante Ante Bajo Contra Mediante De Del Al A
    Y E O U Ni Pero Aunque Sino Mientras Cuando Como Si Porque Pues Que Donde Cuándo Cómo Qué Quién Dónde
    Además También Tampoco Ya No Sí Así Hoy Ayer Mañana Anoche Ahora Luego Después Antes Entonces Incluso
    Sin Embargo Asimismo Finalmente Posteriormente Por Otro Todo Toda Todos Todas Cada Otro Otra Varios Varias
    Él Ella Ellos Ellas Yo Nosotros Nosotras Usted Ustedes Le Les Se Me Nos Te Muchos Muchas Algunos Algunas
    Lunes Martes Miércoles Jueves Viernes Sábado Domingo
    """.split()
)

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    el la los las lo un una unos unas y e o u ni que de del al a en por para con sin según sobre entre desde
    hasta hacia tras durante ante bajo contra su sus se le les me nos te mi mis tu tus pero aunque sino como si
    porque pues donde cuando mientras muy más menos ya no sí también tampoco este esta estos estas ese esa
    esos esas es son fue fueron era eran ha han había habían
    """.split()
)

# Lower-case words that join parts of a name: "Díaz de la Vega", "Ortega y Gasset" is left out.
NAME_PARTICLES: frozenset[str] = frozenset({"de", "del", "la", "las", "los", "da", "di", "van", "von"})

# Words that make a phrase a clause, not a name or a description: verbs and subordinators.
CLAUSE_WORDS: frozenset[str] = frozenset(
    """
    es son era eran fue fueron ha han había habían será serían sería está están estaba estaban tiene tienen
    tenía tenían hay puede pueden podría debe deben va van iba quien quienes porque cuando mientras aunque
    si no
    """.split()
)

# Finite verbs that make a phrase a clause: "el ministro es", "la policía ha".
SUBJECT_VERBS: frozenset[str] = frozenset(
    """
    es son era eran fue fueron ha han había habían será serán sería serían está están estaba estaban estuvo
    tiene tienen tenía tenían tuvo puede pueden podía podría debe deben va van iba fue hizo hace hacen
    """.split()
)

# Prepositions and subordinators that open an adverbial before a sentence's subject: "En la rueda de prensa,".
PHRASE_OPENERS: tuple[str, ...] = (
    "en",
    "tras",
    "durante",
    "después de",
    "antes de",
    "desde",
    "al",
    "con",
    "sin",
    "ante",
    "por su parte",
    "por otro lado",
    "sin embargo",
    "además",
    "asimismo",
    "en cambio",
    "mientras",
    "cuando",
    "aunque",
)

# Adverbs in -mente: "Posteriormente,", "públicamente".
ADVERB_ENDINGS: tuple[str, ...] = ("mente",)

# Heads of a phrase that speak for an organisation: "el portavoz del ministerio", "la oficina de Sánchez".
SPEAKING_HEADS: frozenset[str] = frozenset(
    {"portavoz", "oficina", "gabinete", "equipo", "entorno", "campaña", "abogado"}
)
