"""Verbs of saying and believing, and the prepositions that attribute, in Italian.

``SPEECH_VERBS`` introduce direct quotations and reported claims (“…”, ha detto
Meloni; Meloni ha detto che …); ``BELIEF_VERBS`` introduce beliefs (``ritiene
che``) and serve reported claims only.  Every verb is listed by its infinitive;
:func:`inflections` derives the forms news prose uses (presente, passato remoto,
imperfetto, futuro, condizionale, participio, gerundio) for the regular
conjugations, with the spelling rules of ``-care``/``-gare`` (spiegherà) and
``-ciare``/``-giare`` (annuncerà) and the ``-isc-`` verbs (ribadisce);
``IRREGULAR`` lists the verbs that follow none.  The passato prossimo and the
reported conditional (``ha detto``, ``avrebbe detto``, ``ha poi aggiunto``) are
built by :func:`compound_forms`.
"""

from __future__ import annotations

SPEECH_VERBS: tuple[str, ...] = (
    "dire",
    "dichiarare",
    "aggiungere",
    "affermare",
    "spiegare",
    "sottolineare",
    "precisare",
    "annunciare",
    "assicurare",
    "ribadire",
    "rispondere",
    "replicare",
    "osservare",
    "commentare",
    "raccontare",
    "ammettere",
    "avvertire",
    "denunciare",
    "ricordare",
    "confermare",
    "insistere",
    "concludere",
    "scrivere",
    "chiedere",
    "domandare",
    "rilevare",
    "evidenziare",
    "promettere",
    "ammonire",
    "tuonare",
    "attaccare",
    "incalzare",
    "proseguire",
    "continuare",
    "garantire",
    "sostenere",
    "riferire",
    "rivelare",
    "lamentare",
    "ironizzare",
    "esclamare",
    "chiarire",
    "smentire",
    "twittare",
    "gridare",
    "sussurrare",
    "mormorare",
)

BELIEF_VERBS: tuple[str, ...] = ("ritenere", "pensare", "credere", "stimare", "temere", "sperare", "considerare")

# Verbs that narrate dialogue more than they report: their inverted subject may be any phrase.
DIALOGUE_VERBS: tuple[str, ...] = ("gridare", "sussurrare", "mormorare", "esclamare", "domandare")

# Forms of the irregular verbs: presente 3sg, 3pl, passato remoto 3sg, 3pl, imperfetto 3sg, 3pl,
# futuro 3sg, condizionale 3sg, participio passato, gerundio.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "dire": ("dice", "dicono", "disse", "dissero", "diceva", "dicevano", "dirà", "direbbe", "detto", "dicendo"),
    "aggiungere": (
        "aggiunge", "aggiungono", "aggiunse", "aggiunsero", "aggiungeva", "aggiungevano",
        "aggiungerà", "aggiungerebbe", "aggiunto", "aggiungendo",
    ),
    "rispondere": (
        "risponde", "rispondono", "rispose", "risposero", "rispondeva", "rispondevano",
        "risponderà", "risponderebbe", "risposto", "rispondendo",
    ),
    "ammettere": (
        "ammette", "ammettono", "ammise", "ammisero", "ammetteva", "ammettevano",
        "ammetterà", "ammetterebbe", "ammesso", "ammettendo",
    ),
    "promettere": (
        "promette", "promettono", "promise", "promisero", "prometteva", "promettevano",
        "prometterà", "prometterebbe", "promesso", "promettendo",
    ),
    "concludere": (
        "conclude", "concludono", "concluse", "conclusero", "concludeva", "concludevano",
        "concluderà", "concluderebbe", "concluso", "concludendo",
    ),
    "scrivere": (
        "scrive", "scrivono", "scrisse", "scrissero", "scriveva", "scrivevano",
        "scriverà", "scriverebbe", "scritto", "scrivendo",
    ),
    "chiedere": (
        "chiede", "chiedono", "chiese", "chiesero", "chiedeva", "chiedevano",
        "chiederà", "chiederebbe", "chiesto", "chiedendo",
    ),
    "insistere": (
        "insiste", "insistono", "insistette", "insistettero", "insisteva", "insistevano",
        "insisterà", "insisterebbe", "insistito", "insistendo",
    ),
    "sostenere": (
        "sostiene", "sostengono", "sostenne", "sostennero", "sosteneva", "sostenevano",
        "sosterrà", "sosterrebbe", "sostenuto", "sostenendo",
    ),
    "ritenere": (
        "ritiene", "ritengono", "ritenne", "ritennero", "riteneva", "ritenevano",
        "riterrà", "riterrebbe", "ritenuto", "ritenendo",
    ),
}  # fmt: skip

# -ire verbs that insert -isc- in the present: "ribadisce", "garantiscono".
ISC_VERBS: frozenset[str] = frozenset(
    {"ribadire", "ammonire", "garantire", "riferire", "chiarire", "smentire", "suggerire"}
)


def _are(stem: str) -> tuple[str, ...]:
    """The forms of an -are verb from its stem: dichiar- -> dichiara, dichiarano, dichiarò, ..."""
    future = stem + "h" if stem.endswith(("c", "g")) else stem  # "spiegherà", "replicherà"
    future = future[:-1] if future.endswith(("ci", "gi")) else future  # "annuncerà", not "annuncierà"
    return (
        stem + "a",
        stem + "ano",
        stem + "ò",
        stem + "arono",
        stem + "ava",
        stem + "avano",
        future + "erà",
        future + "erebbe",
        stem + "ato",
        stem + "ando",
    )


def _ere(stem: str) -> tuple[str, ...]:
    """The forms of a regular -ere verb: cred- -> crede, credono, credette, ..."""
    return (
        stem + "e",
        stem + "ono",
        stem + "ette",
        stem + "ettero",
        stem + "eva",
        stem + "evano",
        stem + "erà",
        stem + "erebbe",
        stem + "uto",
        stem + "endo",
    )


def _ire(stem: str, isc: bool) -> tuple[str, ...]:
    """The forms of an -ire verb: avvert- -> avverte; ribad- -> ribadisce (``isc``)."""
    present = stem + "isc" if isc else stem
    return (
        present + "e",
        present + "ono",
        stem + "ì",
        stem + "irono",
        stem + "iva",
        stem + "ivano",
        stem + "irà",
        stem + "irebbe",
        stem + "ito",
        stem + "endo",
    )


def inflections(verb: str) -> tuple[str, ...]:
    """The simple forms of a verb, infinitive first, then the ten forms ``IRREGULAR`` lists.

    >>> inflections("spiegare")[1:4]
    ('spiega', 'spiegano', 'spiegò')
    >>> inflections("annunciare")[7]
    'annuncerà'
    >>> "diceva" in inflections("dire"), "dirato" in inflections("dire")
    (True, False)
    """
    if verb in IRREGULAR:
        return (verb, *IRREGULAR[verb])
    stem, ending = verb[:-3], verb[-3:]
    if ending == "are":
        return (verb, *_are(stem))
    if ending == "ere":
        return (verb, *_ere(stem))
    return (verb, *_ire(stem, verb in ISC_VERBS))


def participle(verb: str) -> str:
    """The past participle: detto, dichiarato, ribadito."""
    return inflections(verb)[9]


# Auxiliaries of the compound tenses: passato prossimo, trapassato, condizionale passato, futuro anteriore.
AUXILIARIES: tuple[str, ...] = ("ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "avrà", "abbia")
# Adverbs that sit between the auxiliary and the participle: "ha poi aggiunto", "ha anche detto".
MIDDLE_ADVERBS: tuple[str, ...] = (
    "poi",
    "anche",
    "inoltre",
    "già",
    "ancora",
    "infatti",
    "però",
    "quindi",
    "pure",
    "invece",
    "più volte",
    "subito",
    "sempre",
    "chiaramente",
)


def compound_forms(verb: str) -> tuple[str, ...]:
    """The compound tenses of a verb: ``ha detto``, ``hanno detto``, ``avrebbe detto``.

    >>> "ha dichiarato" in compound_forms("dichiarare")
    True
    >>> "ha dichiarare" in compound_forms("dichiarare")
    False
    """
    past = participle(verb)
    return tuple(f"{aux} {past}" for aux in AUXILIARIES)


# Prepositional cues: "secondo il ministro", "stando a fonti", "a detta di".
PREPOSITIONAL_CUES: tuple[str, ...] = ("secondo", "stando a", "a detta di", "a parere di", "a giudizio di")

# Nouns of saying whose possessor speaks: "la sua dichiarazione secondo cui".
CLAIM_NOUNS: tuple[str, ...] = (
    "dichiarazione",
    "dichiarazioni",
    "parole",
    "affermazione",
    "affermazioni",
    "frase",
    "messaggio",
    "comunicato",
    "promessa",
    "avvertimento",
)
