"""Speech cues: the Portuguese verbs and phrases that signal an attribution.

``SPEECH_VERBS`` are verbs of saying (they introduce direct quotes and reported
claims: ``disse``, ``afirmou``, ``tem dito``); ``BELIEF_VERBS`` introduce beliefs
and findings (``acredita que ...``) and serve reported claims only.  Each verb is
listed by its infinitive; :func:`inflections` derives the third-person forms a
news report uses (present, preterite, imperfect, future, conditional), the
participle and the gerund from the ending (-ar, -er, -ir), and ``IRREGULAR``
lists whole paradigms of verbs that do not follow it (``dizer``: ``diz``,
``disse``).  Compound tenses (``tem dito``, ``tinha afirmado``) are cue phrases
built by :func:`compound_forms`.  After a quotation the verb stands before its
subject (``“…”, disse o ministro``), with an object pronoun joined by a hyphen
in European Portuguese (``disse-lhe``, ``garantiu-nos``): :data:`ENCLITICS`.

>>> inflections("afirmar")[:5]
('afirmar', 'afirma', 'afirmam', 'afirmou', 'afirmaram')
>>> inflections("dizer")[3], participle("dizer"), participle("referir"), gerund("acrescentar")
('disse', 'dito', 'referido', 'acrescentando')
>>> finite_forms("dizer")[:3], compound_forms("dizer")[:2]
(('diz', 'dizem', 'disse'), ('tem dito', 'têm dito'))
>>> "dizeu" in inflections("dizer"), "dito" in finite_forms("dizer"), "tem dizido" in compound_forms("dizer")
(False, False, False)
"""

from __future__ import annotations

from quoteattr.lang.grammar_builder import Conjugation

SPEECH_VERBS: tuple[str, ...] = (
    "dizer",
    "afirmar",
    "declarar",
    "assegurar",
    "garantir",
    "sublinhar",
    "destacar",
    "explicar",
    "acrescentar",
    "adiantar",
    "indicar",
    "referir",
    "salientar",
    "frisar",
    "advertir",
    "alertar",
    "avisar",
    "sustentar",
    "manifestar",
    "comentar",
    "insistir",
    "reconhecer",
    "admitir",
    "perguntar",
    "questionar",
    "responder",
    "anunciar",
    "confirmar",
    "negar",
    "denunciar",
    "criticar",
    "apontar",
    "precisar",
    "esclarecer",
    "lembrar",
    "recordar",
    "concluir",
    "prometer",
    "escrever",
    "contar",
    "relatar",
    "gritar",
    "reiterar",
    "defender",
    "lamentar",
    "revelar",
    "argumentar",
    "pedir",
    "exigir",
    "ironizar",
    "desabafar",
    "rematar",
)

# Verbs that narrate a dialogue turn after a dash: "— Não — murmurou ela."
DIALOGUE_VERBS: tuple[str, ...] = (
    "murmurar",
    "sussurrar",
    "suspirar",
    "balbuciar",
    "interromper",
    "repetir",
    "exclamar",
)

BELIEF_VERBS: tuple[str, ...] = (
    "acreditar",
    "pensar",
    "crer",
    "considerar",
    "estimar",
    "entender",
    "julgar",
    "sugerir",
    "temer",
    "esperar",
    "prever",
)

# Whole paradigms, in the order of :func:`inflections`: present (3sg, 3pl), preterite (3sg, 3pl),
# imperfect (3sg, 3pl), future 3sg, conditional 3sg, participle, gerund.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "dizer": ("diz", "dizem", "disse", "disseram", "dizia", "diziam", "dirá", "diria", "dito", "dizendo"),
    "crer": ("crê", "creem", "creu", "creram", "cria", "criam", "crerá", "creria", "crido", "crendo"),
    "prever": (
        "prevê",
        "preveem",
        "previu",
        "previram",
        "previa",
        "previam",
        "preverá",
        "preveria",
        "previsto",
        "prevendo",
    ),
    "concluir": (
        "conclui",
        "concluem",
        "concluiu",
        "concluíram",
        "concluía",
        "concluíam",
        "concluirá",
        "concluiria",
        "concluído",
        "concluindo",
    ),
    "escrever": (
        "escreve",
        "escrevem",
        "escreveu",
        "escreveram",
        "escrevia",
        "escreviam",
        "escreverá",
        "escreveria",
        "escrito",
        "escrevendo",
    ),
    "pedir": ("pede", "pedem", "pediu", "pediram", "pedia", "pediam", "pedirá", "pediria", "pedido", "pedindo"),
    "sugerir": (
        "sugere",
        "sugerem",
        "sugeriu",
        "sugeriram",
        "sugeria",
        "sugeriam",
        "sugerirá",
        "sugeriria",
        "sugerido",
        "sugerindo",
    ),
    "repetir": (
        "repete",
        "repetem",
        "repetiu",
        "repetiram",
        "repetia",
        "repetiam",
        "repetirá",
        "repetiria",
        "repetido",
        "repetindo",
    ),
}

# The auxiliary of a compound tense, third person: "tem dito", "tinha afirmado", "havia referido".
AUXILIARIES: tuple[str, ...] = ("tem", "têm", "tinha", "tinham", "havia", "haviam", "terá", "teria")

# Object pronouns joined to the verb by a hyphen: "disse-lhe", "garantiu-nos", "afirmou-se".
ENCLITICS: tuple[str, ...] = ("lhe", "lhes", "nos", "me", "se", "te", "vos")

# "segundo o ministro", "de acordo com a polícia", "nas palavras de Lula", "na opinião de especialistas".
PREPOSITIONAL_CUES: tuple[str, ...] = (
    "segundo",
    "de acordo com",
    "conforme",
    "nas palavras de",
    "na opinião de",
    "na visão de",
    "citando",
)

# Nouns of saying: "a declaração do ministro", "as palavras de Lula".
CLAIM_NOUNS: tuple[str, ...] = ("declaração", "declarações", "palavras", "afirmação", "comentário", "mensagem")

# Words between a speaker and the cue: "Lula também disse", "o ministro já tinha avisado".
CUE_ADVERBS: tuple[str, ...] = (
    "também",
    "já",
    "ainda",
    "depois",
    "hoje",
    "ontem",
    "mesmo",
    "apenas",
    "então",
    "finalmente",
    "posteriormente",
    "publicamente",
    "recentemente",
    "novamente",
)

# Words that open the clause after a cue: "disse que", "perguntou se", "explicou como".
COMPLEMENTIZERS: tuple[str, ...] = ("que", "se", "como", "quando", "onde", "porque", "por que", "quem")

_ENDINGS: dict[str, tuple[str, ...]] = {
    # present 3sg, 3pl; preterite 3sg, 3pl; imperfect 3sg, 3pl; future; conditional; participle; gerund
    "ar": ("a", "am", "ou", "aram", "ava", "avam", "ará", "aria", "ado", "ando"),
    "er": ("e", "em", "eu", "eram", "ia", "iam", "erá", "eria", "ido", "endo"),
    "ir": ("e", "em", "iu", "iram", "ia", "iam", "irá", "iria", "ido", "indo"),
}

# The forms of every verb above, from _ENDINGS, IRREGULAR and AUXILIARIES.
CONJUGATION = Conjugation(endings=_ENDINGS, irregular=IRREGULAR, auxiliaries=AUXILIARIES)
inflections = CONJUGATION.inflections
participle = CONJUGATION.participle
gerund = CONJUGATION.gerund
finite_forms = CONJUGATION.finite_forms
compound_forms = CONJUGATION.compound_forms
