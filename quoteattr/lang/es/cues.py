"""Speech cues: the Spanish verbs and phrases that signal an attribution.

``SPEECH_VERBS`` are verbs of saying (they introduce direct quotes and reported
claims: ``dijo``, ``afirmó``, ``ha señalado``); ``BELIEF_VERBS`` introduce beliefs
and findings (``cree que ...``) and serve reported claims only.  Each verb is
listed by its infinitive; :func:`inflections` derives the third-person forms a
news report uses (present, preterite, imperfect, future, conditional), the
participle and the gerund from the ending (-ar, -er, -ir), and ``IRREGULAR``
lists whole paradigms of verbs whose stem changes (``decir``: ``dice``,
``dijo``).  Compound tenses (``ha dicho``, ``había afirmado``) are cue phrases
built by :func:`compound_forms` from the participle.  Spanish has no clitic
inversion: the verb simply stands before its subject (``«…», dijo el ministro``).

>>> inflections("afirmar")[:5]
('afirmar', 'afirma', 'afirman', 'afirmó', 'afirmaron')
>>> inflections("decir")[3], participle("decir"), participle("señalar"), gerund("añadir")
('dijo', 'dicho', 'señalado', 'añadiendo')
>>> finite_forms("decir")[:3], compound_forms("decir")[:2]
(('dice', 'dicen', 'dijo'), ('ha dicho', 'han dicho'))
>>> "decí" in inflections("decir"), "dicho" in finite_forms("decir"), "ha decido" in compound_forms("decir")
(False, False, False)
"""

from __future__ import annotations

from quoteattr.lang.grammar_builder import Conjugation

SPEECH_VERBS: tuple[str, ...] = (
    "decir",
    "afirmar",
    "declarar",
    "asegurar",
    "señalar",
    "explicar",
    "añadir",
    "agregar",
    "indicar",
    "subrayar",
    "destacar",
    "advertir",
    "sostener",
    "manifestar",
    "comentar",
    "insistir",
    "reconocer",
    "admitir",
    "preguntar",
    "responder",
    "contestar",
    "replicar",
    "anunciar",
    "confirmar",
    "negar",
    "denunciar",
    "criticar",
    "apuntar",
    "precisar",
    "aclarar",
    "recordar",
    "concluir",
    "prometer",
    "alertar",
    "expresar",
    "escribir",
    "tuitear",
    "relatar",
    "contar",
    "exclamar",
    "gritar",
    "susurrar",
    "reiterar",
    "defender",
    "lamentar",
    "enfatizar",
    "recalcar",
    "informar",
    "revelar",
    "argumentar",
    "zanjar",
    "sentenciar",
    "ironizar",
    "bromear",
    "reprochar",
    "exigir",
    "pedir",
)

# Verbs that narrate a dialogue turn after a dash: "—No —murmuró ella—."
DIALOGUE_VERBS: tuple[str, ...] = ("murmurar", "musitar", "suspirar", "balbucear", "interrumpir", "repetir", "gruñir")

BELIEF_VERBS: tuple[str, ...] = (
    "creer",
    "pensar",
    "considerar",
    "estimar",
    "opinar",
    "sugerir",
    "temer",
    "esperar",
    "calcular",
    "prever",
)

# Whole paradigms, in the order of :func:`inflections`: present (3sg, 3pl), preterite (3sg, 3pl),
# imperfect (3sg, 3pl), future 3sg, conditional 3sg, participle, gerund.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "decir": ("dice", "dicen", "dijo", "dijeron", "decía", "decían", "dirá", "diría", "dicho", "diciendo"),
    "advertir": (
        "advierte",
        "advierten",
        "advirtió",
        "advirtieron",
        "advertía",
        "advertían",
        "advertirá",
        "advertiría",
        "advertido",
        "advirtiendo",
    ),
    "sostener": (
        "sostiene",
        "sostienen",
        "sostuvo",
        "sostuvieron",
        "sostenía",
        "sostenían",
        "sostendrá",
        "sostendría",
        "sostenido",
        "sosteniendo",
    ),
    "manifestar": (
        "manifiesta",
        "manifiestan",
        "manifestó",
        "manifestaron",
        "manifestaba",
        "manifestaban",
        "manifestará",
        "manifestaría",
        "manifestado",
        "manifestando",
    ),
    "negar": ("niega", "niegan", "negó", "negaron", "negaba", "negaban", "negará", "negaría", "negado", "negando"),
    "recordar": (
        "recuerda",
        "recuerdan",
        "recordó",
        "recordaron",
        "recordaba",
        "recordaban",
        "recordará",
        "recordaría",
        "recordado",
        "recordando",
    ),
    "contar": (
        "cuenta",
        "cuentan",
        "contó",
        "contaron",
        "contaba",
        "contaban",
        "contará",
        "contaría",
        "contado",
        "contando",
    ),
    "concluir": (
        "concluye",
        "concluyen",
        "concluyó",
        "concluyeron",
        "concluía",
        "concluían",
        "concluirá",
        "concluiría",
        "concluido",
        "concluyendo",
    ),
    "escribir": (
        "escribe",
        "escriben",
        "escribió",
        "escribieron",
        "escribía",
        "escribían",
        "escribirá",
        "escribiría",
        "escrito",
        "escribiendo",
    ),
    "pensar": (
        "piensa",
        "piensan",
        "pensó",
        "pensaron",
        "pensaba",
        "pensaban",
        "pensará",
        "pensaría",
        "pensado",
        "pensando",
    ),
    "creer": ("cree", "creen", "creyó", "creyeron", "creía", "creían", "creerá", "creería", "creído", "creyendo"),
    "sugerir": (
        "sugiere",
        "sugieren",
        "sugirió",
        "sugirieron",
        "sugería",
        "sugerían",
        "sugerirá",
        "sugeriría",
        "sugerido",
        "sugiriendo",
    ),
    "prever": (
        "prevé",
        "prevén",
        "previó",
        "previeron",
        "preveía",
        "preveían",
        "preverá",
        "prevería",
        "previsto",
        "previendo",
    ),
    "pedir": ("pide", "piden", "pidió", "pidieron", "pedía", "pedían", "pedirá", "pediría", "pedido", "pidiendo"),
    "repetir": (
        "repite",
        "repiten",
        "repitió",
        "repitieron",
        "repetía",
        "repetían",
        "repetirá",
        "repetiría",
        "repetido",
        "repitiendo",
    ),
    "defender": (
        "defiende",
        "defienden",
        "defendió",
        "defendieron",
        "defendía",
        "defendían",
        "defenderá",
        "defendería",
        "defendido",
        "defendiendo",
    ),
    "gruñir": (
        "gruñe",
        "gruñen",
        "gruñó",
        "gruñeron",
        "gruñía",
        "gruñían",
        "gruñirá",
        "gruñiría",
        "gruñido",
        "gruñendo",
    ),
    "reconocer": (
        "reconoce",
        "reconocen",
        "reconoció",
        "reconocieron",
        "reconocía",
        "reconocían",
        "reconocerá",
        "reconocería",
        "reconocido",
        "reconociendo",
    ),
}

# The auxiliary of a compound tense, third person: "ha dicho", "han afirmado", "había señalado".
AUXILIARIES: tuple[str, ...] = ("ha", "han", "había", "habían", "habría", "habrían", "habrá")

# "según el ministro", "de acuerdo con la policía", "en palabras de Sánchez", "a juicio de los expertos".
PREPOSITIONAL_CUES: tuple[str, ...] = (
    "según",
    "de acuerdo con",
    "en palabras de",
    "a juicio de",
    "a decir de",
    "citando a",
    "conforme a",
)

# Nouns of saying: "la declaración de Sánchez", "sus palabras".
CLAIM_NOUNS: tuple[str, ...] = ("declaración", "declaraciones", "palabras", "afirmación", "comentario", "mensaje")

# Words between a speaker and the cue: "Sánchez también dijo", "el ministro ya había advertido".
CUE_ADVERBS: tuple[str, ...] = (
    "también",
    "ya",
    "además",
    "luego",
    "después",
    "hoy",
    "ayer",
    "anoche",
    "incluso",
    "solo",
    "sólo",
    "entonces",
    "finalmente",
    "posteriormente",
    "públicamente",
    "recientemente",
    "nuevamente",
)

# Words that open the clause after a cue: "dijo que", "preguntó si", "explicó cómo".
COMPLEMENTIZERS: tuple[str, ...] = ("que", "si", "cómo", "cuándo", "dónde", "por qué", "qué", "quién")

_ENDINGS: dict[str, tuple[str, ...]] = {
    # present 3sg, 3pl; preterite 3sg, 3pl; imperfect 3sg, 3pl; future; conditional; participle; gerund
    "ar": ("a", "an", "ó", "aron", "aba", "aban", "ará", "aría", "ado", "ando"),
    "er": ("e", "en", "ió", "ieron", "ía", "ían", "erá", "ería", "ido", "iendo"),
    "ir": ("e", "en", "ió", "ieron", "ía", "ían", "irá", "iría", "ido", "iendo"),
}

# The forms of every verb above, from _ENDINGS, IRREGULAR and AUXILIARIES.
CONJUGATION = Conjugation(endings=_ENDINGS, irregular=IRREGULAR, auxiliaries=AUXILIARIES)
inflections = CONJUGATION.inflections
participle = CONJUGATION.participle
gerund = CONJUGATION.gerund
finite_forms = CONJUGATION.finite_forms
compound_forms = CONJUGATION.compound_forms
