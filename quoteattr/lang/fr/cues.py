"""Verbs of saying and believing, and the prepositions that attribute, in French.

``SPEECH_VERBS`` introduce direct quotations and reported claims (« … »,
a déclaré Macron; Macron a déclaré que …); ``BELIEF_VERBS`` introduce beliefs
and findings (« il estime que … ») and serve reported claims only.  Every verb
is listed by its infinitive; :func:`inflections` derives the forms news prose
uses (present, passé simple, imparfait, conditional, participles) for the three
regular conjugations, and ``IRREGULAR`` lists the verbs that do not follow them.
The passé composé (``a déclaré``), pluperfect and conditional past, and clitic
inversion (``déclare-t-il``, ``a-t-elle ajouté``) are built from these forms by
:func:`compound_forms` and :func:`inverted_forms`.
"""

from __future__ import annotations

SPEECH_VERBS: tuple[str, ...] = (
    "dire",
    "déclarer",
    "ajouter",
    "affirmer",
    "expliquer",
    "souligner",
    "indiquer",
    "préciser",
    "assurer",
    "annoncer",
    "confier",
    "raconter",
    "répondre",
    "rétorquer",
    "répliquer",
    "lancer",
    "insister",
    "reconnaître",
    "admettre",
    "avertir",
    "prévenir",
    "promettre",
    "marteler",
    "dénoncer",
    "regretter",
    "rappeler",
    "confirmer",
    "démentir",
    "nier",
    "observer",
    "noter",
    "commenter",
    "poursuivre",
    "conclure",
    "estimer",
    "écrire",
    "tweeter",
    "s'exclamer",
    "demander",
    "interroger",
    "s'interroger",
    "plaider",
    "avouer",
    "témoigner",
    "résumer",
    "ironiser",
    "s'inquiéter",
    "se réjouir",
    "murmurer",
    "crier",
    "soupirer",
    "s'emporter",
    "détailler",
    "jurer",
    "protester",
    "constater",
    "relever",
    "mettre en garde",
)

BELIEF_VERBS: tuple[str, ...] = (
    "penser",
    "croire",
    "juger",
    "considérer",
    "espérer",
    "craindre",
    "savoir",
    "soupçonner",
)

# Verbs that narrate dialogue more than they report: their inverted subject may be any phrase.
DIALOGUE_VERBS: tuple[str, ...] = ("demander", "murmurer", "crier", "soupirer", "s'exclamer", "lancer")

# Verbs whose inverted form opens a dialogue incise or follows a quotation: "dit-il", "a déclaré X".
INVERTED_VERBS: tuple[str, ...] = SPEECH_VERBS

# Forms of the irregular verbs: present 3sg, present 3pl, passé simple 3sg, 3pl, imparfait 3sg, 3pl,
# future 3sg, conditional 3sg, past participle, present participle.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "dire": ("dit", "disent", "dit", "dirent", "disait", "disaient", "dira", "dirait", "dit", "disant"),
    "écrire": (
        "écrit",
        "écrivent",
        "écrivit",
        "écrivirent",
        "écrivait",
        "écrivaient",
        "écrira",
        "écrirait",
        "écrit",
        "écrivant",
    ),
    "répondre": (
        "répond",
        "répondent",
        "répondit",
        "répondirent",
        "répondait",
        "répondaient",
        "répondra",
        "répondrait",
        "répondu",
        "répondant",
    ),
    "reconnaître": (
        "reconnaît",
        "reconnaissent",
        "reconnut",
        "reconnurent",
        "reconnaissait",
        "reconnaissaient",
        "reconnaîtra",
        "reconnaîtrait",
        "reconnu",
        "reconnaissant",
    ),
    "admettre": (
        "admet",
        "admettent",
        "admit",
        "admirent",
        "admettait",
        "admettaient",
        "admettra",
        "admettrait",
        "admis",
        "admettant",
    ),
    "promettre": (
        "promet",
        "promettent",
        "promit",
        "promirent",
        "promettait",
        "promettaient",
        "promettra",
        "promettrait",
        "promis",
        "promettant",
    ),
    "mettre en garde": (
        "met en garde",
        "mettent en garde",
        "mit en garde",
        "mirent en garde",
        "mettait en garde",
        "mettaient en garde",
        "mettra en garde",
        "mettrait en garde",
        "mis en garde",
        "mettant en garde",
    ),
    "prévenir": (
        "prévient",
        "préviennent",
        "prévint",
        "prévinrent",
        "prévenait",
        "prévenaient",
        "préviendra",
        "préviendrait",
        "prévenu",
        "prévenant",
    ),
    "démentir": (
        "dément",
        "démentent",
        "démentit",
        "démentirent",
        "démentait",
        "démentaient",
        "démentira",
        "démentirait",
        "démenti",
        "démentant",
    ),
    "poursuivre": (
        "poursuit",
        "poursuivent",
        "poursuivit",
        "poursuivirent",
        "poursuivait",
        "poursuivaient",
        "poursuivra",
        "poursuivrait",
        "poursuivi",
        "poursuivant",
    ),
    "conclure": (
        "conclut",
        "concluent",
        "conclut",
        "conclurent",
        "concluait",
        "concluaient",
        "conclura",
        "conclurait",
        "conclu",
        "concluant",
    ),
    "croire": ("croit", "croient", "crut", "crurent", "croyait", "croyaient", "croira", "croirait", "cru", "croyant"),
    "craindre": (
        "craint",
        "craignent",
        "craignit",
        "craignirent",
        "craignait",
        "craignaient",
        "craindra",
        "craindrait",
        "craint",
        "craignant",
    ),
    "savoir": ("sait", "savent", "sut", "surent", "savait", "savaient", "saura", "saurait", "su", "sachant"),
    "se réjouir": (
        "se réjouit",
        "se réjouissent",
        "se réjouit",
        "se réjouirent",
        "se réjouissait",
        "se réjouissaient",
        "se réjouira",
        "se réjouirait",
        "réjoui",
        "se réjouissant",
    ),
}

# Second-group verbs (-ir, -issons): finir-like stems.
_SECOND_GROUP = frozenset({"avertir", "se réjouir"})


def _reflexive(verb: str) -> tuple[str, str]:
    """Split a reflexive infinitive: ("s'", "exclamer"), ("se ", "réjouir"), ("", "dire")."""
    for prefix in ("s'", "se "):
        if verb.startswith(prefix):
            return ("s'" if prefix == "s'" else "se "), verb[len(prefix) :]
    return "", verb


def _first_group(stem: str) -> tuple[str, ...]:
    """The forms of an -er verb from its stem: déclar- -> déclare, déclarent, déclara, ..."""
    soft = stem + "e" if stem.endswith("g") else stem  # "jugea", "jugeant"
    soft = soft[:-1] + "ç" if stem.endswith("c") else soft  # "lança", "lançant"
    double = stem + stem[-1] if stem.endswith(("pel", "jet")) else stem  # "rappelle"
    present = "è".join(double.rsplit("é", 1)) if stem.endswith(("ér", "éd", "ét")) else double  # "considère"
    return (
        present + "e",
        present + "ent",
        soft + "a",
        stem + "èrent",
        soft + "ait",
        soft + "aient",
        present + "era" if present == double else stem + "era",
        present + "erait" if present == double else stem + "erait",
        stem + "é",
        soft + "ant",
    )


def _second_group(stem: str) -> tuple[str, ...]:
    """The forms of a finir-like verb from its stem: avert- -> avertit, avertissent, ..."""
    return (
        stem + "it",
        stem + "issent",
        stem + "it",
        stem + "irent",
        stem + "issait",
        stem + "issaient",
        stem + "ira",
        stem + "irait",
        stem + "i",
        stem + "issant",
    )


def inflections(verb: str) -> tuple[str, ...]:
    """The simple forms of a verb of saying, infinitive first, then the ten forms ``IRREGULAR`` lists.

    A reflexive verb keeps its pronoun before every form but the participle (``s'est exclamé``
    is a compound form).

    >>> inflections("déclarer")[1:4]
    ('déclare', 'déclarent', 'déclara')
    >>> inflections("dire")[9]
    'dit'
    >>> "répondé" in inflections("répondre")  # not an -er verb
    False
    """
    if verb in IRREGULAR:
        return (verb, *IRREGULAR[verb])
    pronoun, base = _reflexive(verb)
    if verb in _SECOND_GROUP or (base.endswith("ir") and base not in ("dire",)):
        forms = _second_group(base[:-2])
    else:
        forms = _first_group(base[:-2])
    clitic = "s'" if pronoun == "s'" else "se "
    if not pronoun:
        return (verb, *forms)
    return (verb, *(form if i == 8 else clitic + form for i, form in enumerate(forms)))


# Auxiliaries of the compound tenses: passé composé, plus-que-parfait, conditionnel passé, futur antérieur.
AUXILIARIES: tuple[str, ...] = ("a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "avoir")
# Reflexive verbs take "être": "s'est exclamé", "se sont inquiétés".
REFLEXIVE_AUXILIARIES: tuple[str, ...] = ("s'est", "se sont", "s'était", "se serait")
# Adverbs that sit between the auxiliary and the participle: "a également déclaré".
MIDDLE_ADVERBS: tuple[str, ...] = (
    "aussi",
    "également",
    "encore",
    "déjà",
    "ensuite",
    "alors",
    "pourtant",
    "toutefois",
    "notamment",
    "d'ailleurs",
    "d’ailleurs",
    "ainsi",
    "souvent",
    "plusieurs fois",
    "récemment",
    "publiquement",
    "encore une fois",
)
# Subject pronouns of clitic inversion: "dit-il", "a-t-elle déclaré", "ont-ils ajouté".
INVERTED_PRONOUNS: tuple[str, ...] = ("il", "elle", "on", "ils", "elles")


def participle(verb: str) -> str:
    """The past participle of a verb: déclaré, dit, averti."""
    return inflections(verb)[9]


def compound_forms(verb: str) -> tuple[str, ...]:
    """The compound tenses of a verb: ``a déclaré``, ``ont déclaré``, ``aurait déclaré``, ``s'est exclamé``.

    >>> "a déclaré" in compound_forms("déclarer")
    True
    >>> "a déclarer" in compound_forms("déclarer")
    False
    """
    pronoun, _ = _reflexive(verb)
    past = participle(verb)
    auxiliaries = REFLEXIVE_AUXILIARIES if pronoun else AUXILIARIES
    return tuple(f"{aux} {past}" for aux in auxiliaries)


def _hyphen(form: str, pronoun: str) -> str:
    """Join a verb and an inverted pronoun: a vowel takes a euphonic t (``déclare-t-il``, ``dit-il``)."""
    return f"{form}-t-{pronoun}" if form.endswith(("e", "a")) else f"{form}-{pronoun}"


def inverted_forms(verb: str) -> tuple[tuple[str, str, str], ...]:
    """Clitic inversion, as (before pronoun, pronoun, after pronoun) triples.

    Simple tenses put the pronoun after the verb (``déclare-t-il``: ("déclare-t-", "il", "")),
    compound ones after the auxiliary (``a-t-elle déclaré``: ("a-t-", "elle", " déclaré")).
    Reflexive verbs are not inverted in news prose and have none.

    >>> ("dit-", "il", "") in inverted_forms("dire")
    True
    >>> ("a-t-", "elle", " déclaré") in inverted_forms("déclarer")
    True
    """
    if _reflexive(verb)[0]:
        return ()
    forms = inflections(verb)
    simple = {forms[1], forms[2], forms[3], forms[5]}  # present, passé simple, imparfait
    triples: list[tuple[str, str, str]] = []
    for pronoun in INVERTED_PRONOUNS:
        plural = pronoun.endswith("s")
        for form in sorted(simple):
            if form.endswith("nt") != plural:
                continue
            joined = _hyphen(form, pronoun)
            triples.append((joined[: -len(pronoun)], pronoun, ""))
        for aux in ("ont", "avaient", "auraient") if plural else ("a", "avait", "aurait"):
            joined = _hyphen(aux, pronoun)
            triples.append((joined[: -len(pronoun)], pronoun, " " + participle(verb)))
    return tuple(triples)


# Prepositional cues: "selon le ministre", "d'après l'AFP", "aux yeux de".
PREPOSITIONAL_CUES: tuple[str, ...] = (
    "selon",
    "d'après",
    "d’après",
    "de l'avis de",
    "de l’avis de",
    "aux dires de",
    "pour reprendre les mots de",
)

# Nouns of saying whose possessor speaks: "sa déclaration selon laquelle".
CLAIM_NOUNS: tuple[str, ...] = (
    "déclaration",
    "déclarations",
    "propos",
    "affirmation",
    "affirmations",
    "remarque",
    "phrase",
    "message",
    "communiqué",
    "promesse",
    "avertissement",
)
