"""Speech cues: the verbs, prepositions and moods that signal a German attribution.

German news reports speech in three ways, and each needs its own table:

* a **verb of saying** with its speaker, before or after the content (``Müller sagte, ...``,
  ``Am Montag sagte Müller, ...``, ``„...“, sagte Müller.``);
* a **preposition or postposition** that names the source (``laut Müller``, ``Müller zufolge``,
  ``nach Angaben der Polizei``, ``..., so Müller.``);
* the **subjunctive** (Konjunktiv I, or II where I looks like the indicative) of the reported clause
  itself (``Müller sagte, er habe nichts gewusst.``), which also carries reported speech on across
  the following sentences without a new cue (``Dies sei nicht nachzuweisen.``), and the reportative
  modal *sollen* (``Der Täter soll geflohen sein.``: someone says so).

Verbs are listed by their infinitive.  A separable verb is written with a bar between its particle and
its stem (``mit|teilen``): in a main clause the stem comes second and the particle last (``teilte ...
mit``), in a subordinate clause and in the participle they are one word (``wie sie mitteilte``,
``hat mitgeteilt``).  :func:`inflections` derives every finite form a cue needs; strong and irregular
stems are listed once, as simple verbs, in :data:`IRREGULAR`, and their compounds
(``versprechen``, ``hin|weisen``) take their forms from there.
"""

from __future__ import annotations

from typing import NamedTuple

# Verbs of saying: they introduce direct quotations and reported claims.
SPEECH_VERBS: tuple[str, ...] = (
    "sagen",
    "sprechen",
    "erklären",
    "betonen",
    "meinen",
    "berichten",
    "schreiben",
    "mit|teilen",
    "hinzu|fügen",
    "ergänzen",
    "bekannt|geben",
    "an|kündigen",
    "hin|weisen",
    "aus|führen",
    "fest|stellen",
    "klar|stellen",
    "fort|fahren",
    "an|merken",
    "bemerken",
    "äußern",
    "bestätigen",
    "dementieren",
    "bestreiten",
    "ab|streiten",
    "zurück|weisen",
    "ein|räumen",
    "zu|geben",
    "gestehen",
    "behaupten",
    "versichern",
    "beteuern",
    "unterstreichen",
    "hervor|heben",
    "warnen",
    "mahnen",
    "drohen",
    "fordern",
    "verlangen",
    "auf|fordern",
    "appellieren",
    "bitten",
    "kritisieren",
    "bemängeln",
    "beklagen",
    "klagen",
    "vor|werfen",
    "loben",
    "bezeichnen",
    "nennen",
    "antworten",
    "erwidern",
    "entgegnen",
    "kontern",
    "fragen",
    "rufen",
    "schreien",
    "melden",
    "verkünden",
    "verkündigen",
    "erzählen",
    "schildern",
    "beschreiben",
    "zitieren",
    "an|geben",
    "aus|sagen",
    "dar|legen",
    "begründen",
    "versprechen",
    "zu|sagen",
    "widersprechen",
    "an|deuten",
    "ein|wenden",
    "zu|stimmen",
    "bei|pflichten",
    "vor|schlagen",
    "empfehlen",
    "raten",
    "prophezeien",
    "voraus|sagen",
    "informieren",
    "verraten",
    "twittern",
    "posten",
    "verlautbaren",
    "verlauten",
    "spotten",
    "scherzen",
    "resümieren",
    "bilanzieren",
    "kommentieren",
    "bekräftigen",
    "charakterisieren",
    "konstatieren",
    "an|prangern",
    "zu|sichern",
    "aus|rufen",
    "skandieren",
    "urteilen",
    "erläutern",
    "präzisieren",
    "verweisen",
)

# Verbs of belief, intention and finding: they introduce reported claims ("Experten glauben, ...",
# "Die Studie zeigt, dass ...") but not direct quotations.
BELIEF_VERBS: tuple[str, ...] = (
    "glauben",
    "denken",
    "finden",
    "hoffen",
    "fürchten",
    "befürchten",
    "erwarten",
    "vermuten",
    "an|nehmen",
    "aus|gehen",
    "schätzen",
    "wissen",
    "bezweifeln",
    "zweifeln",
    "planen",
    "beabsichtigen",
    "wollen",
    "zeigen",
    "belegen",
    "ergeben",
    "sehen",
    "halten",
    "überzeugen",
    "wünschen",
    "verdächtigen",
    "ein|schätzen",
    "beurteilen",
    "bewerten",
    "vorher|sagen",
)

# Strong and irregular simple verbs: their 3sg and 3pl present, 3sg and 3pl preterite, past participle,
# Konjunktiv I and Konjunktiv II in the third person singular.  Compounds (``versprechen``,
# ``hin|weisen``, ``bekannt|geben``) are derived from the simple verb here.
IRREGULAR: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "sprechen": ("spricht", "sprechen", "sprach", "sprachen", "gesprochen", "spreche", "spräche"),
    "schreiben": ("schreibt", "schreiben", "schrieb", "schrieben", "geschrieben", "schreibe", "schriebe"),
    "geben": ("gibt", "geben", "gab", "gaben", "gegeben", "gebe", "gäbe"),
    "weisen": ("weist", "weisen", "wies", "wiesen", "gewiesen", "weise", "wiese"),
    "heißen": ("heißt", "heißen", "hieß", "hießen", "geheißen", "heiße", "hieße"),
    "nennen": ("nennt", "nennen", "nannte", "nannten", "genannt", "nenne", "nennte"),
    "denken": ("denkt", "denken", "dachte", "dachten", "gedacht", "denke", "dächte"),
    "wissen": ("weiß", "wissen", "wusste", "wussten", "gewusst", "wisse", "wüsste"),
    "finden": ("findet", "finden", "fand", "fanden", "gefunden", "finde", "fände"),
    "sehen": ("sieht", "sehen", "sah", "sahen", "gesehen", "sehe", "sähe"),
    "gehen": ("geht", "gehen", "ging", "gingen", "gegangen", "gehe", "ginge"),
    "stehen": ("steht", "stehen", "stand", "standen", "gestanden", "stehe", "stünde"),
    "halten": ("hält", "halten", "hielt", "hielten", "gehalten", "halte", "hielte"),
    "nehmen": ("nimmt", "nehmen", "nahm", "nahmen", "genommen", "nehme", "nähme"),
    "werfen": ("wirft", "werfen", "warf", "warfen", "geworfen", "werfe", "würfe"),
    "fahren": ("fährt", "fahren", "fuhr", "fuhren", "gefahren", "fahre", "führe"),
    "heben": ("hebt", "heben", "hob", "hoben", "gehoben", "hebe", "höbe"),
    "streiten": ("streitet", "streiten", "stritt", "stritten", "gestritten", "streite", "stritte"),
    "streichen": ("streicht", "streichen", "strich", "strichen", "gestrichen", "streiche", "striche"),
    "rufen": ("ruft", "rufen", "rief", "riefen", "gerufen", "rufe", "riefe"),
    "schreien": ("schreit", "schreien", "schrie", "schrien", "geschrien", "schreie", "schriee"),
    "bitten": ("bittet", "bitten", "bat", "baten", "gebeten", "bitte", "bäte"),
    "raten": ("rät", "raten", "riet", "rieten", "geraten", "rate", "riete"),
    "schlagen": ("schlägt", "schlagen", "schlug", "schlugen", "geschlagen", "schlage", "schlüge"),
    "empfehlen": ("empfiehlt", "empfehlen", "empfahl", "empfahlen", "empfohlen", "empfehle", "empföhle"),
    "wenden": ("wendet", "wenden", "wandte", "wandten", "gewandt", "wende", "wendete"),
    "prophezeien": (
        "prophezeit",
        "prophezeien",
        "prophezeite",
        "prophezeiten",
        "prophezeit",
        "prophezeie",
        "prophezeite",
    ),
    "wollen": ("will", "wollen", "wollte", "wollten", "gewollt", "wolle", "wollte"),
}

# Prefixes that never separate and take no ``ge-`` in the participle (``erklärt``, ``versprochen``).
INSEPARABLE_PREFIXES: tuple[str, ...] = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "über", "unter")

# Endings of verbs that take no ``ge-`` in the participle (``kritisiert``, ``zitiert``).
NO_GE_ENDINGS: tuple[str, ...] = ("ieren",)

# Verbs that are read as a cue only together with a word that follows them: ``geht davon aus``,
# ``stellte klar``; the word is part of the cue (``ausgehen`` alone is ``to go out``).
CUE_COMPANIONS: dict[str, str] = {
    "aus|gehen": "davon",
    "halten": "für",
    "sehen": "darin",
}

# Impersonal cues that name no speaker: the source is the document or the outlet mentioned near them
# (``In der Mitteilung heißt es, ...``, ``Aus Regierungskreisen verlautete, ...``).
IMPERSONAL_CUES: tuple[str, ...] = (
    "heißt es",
    "hieß es",
    "hatte es geheißen",
    "verlautete",
    "verlautet",
    "war zu hören",
    "ist zu hören",
    "ist zu lesen",
    "war zu lesen",
    "wird berichtet",
    "wurde berichtet",
    "wird gemeldet",
    "wurde gemeldet",
)

# Prepositions that put a document or an outlet before the impersonal cue or after it: ``In dem
# Antrag heißt es``, ``heißt es auf der Webseite``, ``hieß es vom Ministerium``.
DOCUMENT_PREPOSITIONS: tuple[str, ...] = ("in", "im", "auf", "aus", "bei", "von", "vom")
# Adverbs that stand for a document named before: ``Darin heißt es: „…“``.
DOCUMENT_ADVERBS: tuple[str, ...] = ("darin", "hierin", "dort")

# Prepositions that put their source right after them: ``laut Polizei``, ``gemäß der Studie``,
# ``nach Angaben der Polizei`` (``nach`` only with one of :data:`SOURCE_NOUNS` after it).
PREPOSITIONS: tuple[str, ...] = ("laut", "gemäß", "nach", "zufolge")

# Postpositions that follow their source: ``der Polizei zufolge``, ``Berichten zufolge``.
POSTPOSITIONS: tuple[str, ...] = ("zufolge", "nach", "gemäß")

# Nouns of information and opinion between ``nach`` and the source (``nach Angaben der Polizei``,
# ``nach Ansicht von Experten``, ``nach eigenen Angaben``), and before ``zufolge`` when the source
# follows them as a genitive (``Angaben der Polizei zufolge``).  Compounds are common
# (``Polizeiangaben``, ``Behördenangaben``): :data:`SOURCE_NOUN_ENDINGS` catches them.
SOURCE_NOUNS: tuple[str, ...] = (
    "Angaben",
    "Ansicht",
    "Meinung",
    "Auffassung",
    "Einschätzung",
    "Einschätzungen",
    "Darstellung",
    "Aussage",
    "Aussagen",
    "Informationen",
    "Erkenntnissen",
    "Berichten",
    "Bericht",
    "Worten",
    "Schätzungen",
    "Schätzung",
    "Überzeugung",
    "Auskunft",
    "Meldungen",
    "Zeugenaussagen",
    "Sicht",
    "Angabe",
    "Studie",
    "Studien",
    "Umfrage",
    "Umfragen",
    "Ermittlungen",
    "Schilderung",
    "Schilderungen",
    "Bekunden",
)

# Endings of compounds that are source nouns: ``Polizeiangaben``, ``Medienberichten``.
SOURCE_NOUN_ENDINGS: tuple[str, ...] = ("angaben", "berichten", "informationen", "aussagen", "schätzungen")

# Adverbs that point back to a source named just before: ``Demnach soll ...``, ``..., wonach ...``.
ANAPHORIC_CUES: tuple[str, ...] = ("demnach", "wonach", "danach", "dementsprechend")

# ``..., so Müller.``: the word that opens a trailing source with no verb.
TRAILING_SO: str = "so"

# ``wie Müller sagte``, ``wie die Polizei mitteilte``: a comparison clause whose verb is a cue,
# in verb-final order.
COMPARISON: tuple[str, ...] = ("wie",)

# Conjunctions that open the content clause of an indirect report: ``sagte, dass ...``,
# ``fragte, ob ...``.
COMPLEMENTIZERS: tuple[str, ...] = ("dass", "ob", "wonach")

# ``zitiert ... mit den Worten``, ``äußerte sich mit den Worten``: phrases between a cue and a quotation.
QUOTATIVE_PHRASES: tuple[str, ...] = ("mit den Worten", "mit der Aussage", "unter Berufung auf")

# Subjunctive forms of the auxiliaries and modals: a clause holding one is a reported clause
# (``sagte, er habe ...``) and a following sentence holding one continues the report without a new cue.
# Konjunktiv I where it differs from the indicative, and Konjunktiv II, which replaces it where
# Konjunktiv I would look like the indicative (``sie hätten`` for ``sie haben``).
SUBJUNCTIVE_MARKERS: frozenset[str] = frozenset(
    """
    habe habest sei seiest seien seiet werde werdest könne könnest müsse müssest wolle wollest
    solle sollest dürfe dürfest möge mögest wisse
    hätte hätten wäre wären würde würden könnte könnten müsste müssten dürfte dürften
    sollte sollten wollte wollten möchte möchten
    """.split()
)

# Konjunktiv I forms that no other form shares: these alone mark a reported clause.  Konjunktiv II
# (``würde``, ``könnte``) is also a conditional, so it marks reported speech only after a cue.
STRICT_SUBJUNCTIVE: frozenset[str] = frozenset(
    "habe sei seien werde könne müsse wolle solle dürfe möge wisse gebe liege stehe gelte komme gehe".split()
)

# The reportative modal: ``Der Täter soll geflohen sein`` says that someone claims it.  A sentence
# with one continues the report of the last named source.
REPORTATIVE_MODALS: frozenset[str] = frozenset({"soll", "sollen"})


class VerbForms(NamedTuple):
    """The forms of one cue verb that news copy uses, third person.

    ``particle`` is the separable particle (``mit`` for ``mit|teilen``) or ``""``; the finite forms
    are written without it, as they stand in a main clause (``teilte ... mit``), and
    :meth:`subordinate` joins them for verb-final clauses (``wie sie mitteilte``).
    """

    infinitive: str
    particle: str
    present_3sg: str
    present_3pl: str
    preterite_3sg: str
    preterite_3pl: str
    participle: str
    subjunctive_1: str
    subjunctive_2: str

    @property
    def finite(self) -> tuple[str, ...]:
        """The finite forms as they stand in a main clause, without the particle."""
        return (
            self.present_3sg,
            self.present_3pl,
            self.preterite_3sg,
            self.preterite_3pl,
            self.subjunctive_1,
            self.subjunctive_2,
        )

    @property
    def subordinate(self) -> tuple[str, ...]:
        """The finite forms with their particle joined, as in a verb-final clause."""
        return tuple(self.particle + form for form in self.finite)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every distinct single-word form: finite, joined, participle and infinitive."""
        words = (*self.finite, *self.subordinate, self.participle, self.infinitive)
        return tuple(dict.fromkeys(words))


def split_separable(verb: str) -> tuple[str, str]:
    """The particle and the stem verb of a table entry: ``("mit", "teilen")`` or ``("", "sagen")``.

    >>> split_separable("mit|teilen")
    ('mit', 'teilen')
    >>> split_separable("antworten")
    ('', 'antworten')
    """
    particle, _, stem = verb.rpartition("|")
    return particle, stem


_VOWELS = "aeiouäöüy"


def _stem(infinitive: str) -> str:
    # ändern -> änder, handeln -> handel, sagen -> sag
    if infinitive.endswith(("ern", "eln")):
        return infinitive[:-1]
    return infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]


def _needs_e(stem: str) -> bool:
    # berichtet, redet, rechnet, zeichnet; but warnt, lernt, wohnt, filmt
    if stem.endswith(("t", "d")):
        return True
    if stem.endswith(("m", "n")) and len(stem) > 1:
        before = stem[-2]
        if before == "h" and len(stem) > 2:
            return stem[-3] not in _VOWELS  # wohnt, but rechnet
        return before not in _VOWELS + "lrmn"
    return False


def _inseparable_prefix(verb: str) -> str:
    for prefix in sorted(INSEPARABLE_PREFIXES, key=len, reverse=True):
        if verb.startswith(prefix) and verb[len(prefix) :] in IRREGULAR:
            return prefix
    return ""


def _weak_forms(verb: str) -> tuple[str, str, str, str, str, str, str]:
    stem = _stem(verb)
    link = "e" if _needs_e(stem) else ""
    third = stem + link + "t"
    past = stem + link + "te"
    no_ge = verb.endswith(NO_GE_ENDINGS) or verb.startswith(INSEPARABLE_PREFIXES)
    participle = third if no_ge else "ge" + third
    subjunctive_1 = stem + "e" if not stem.endswith("e") else stem
    return (third, verb, past, past + "n", participle, subjunctive_1, past)


def _simple_forms(verb: str) -> tuple[str, str, str, str, str, str, str]:
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    prefix = _inseparable_prefix(verb)
    if prefix:
        base = IRREGULAR[verb[len(prefix) :]]
        participle = base[4].removeprefix("ge")
        return (
            prefix + base[0],
            prefix + base[1],
            prefix + base[2],
            prefix + base[3],
            prefix + participle,
            prefix + base[5],
            prefix + base[6],
        )
    return _weak_forms(verb)


def inflections(verb: str) -> VerbForms:
    """The third-person forms of a cue verb, written as in :data:`SPEECH_VERBS` (``mit|teilen``).

    Weak verbs are derived (``sagen``: sagt, sagte, gesagt, sage); strong ones come from
    :data:`IRREGULAR`, also inside compounds (``versprechen``, ``bekannt|geben``).

    >>> inflections("sagen").finite
    ('sagt', 'sagen', 'sagte', 'sagten', 'sage', 'sagte')
    >>> inflections("sagen").participle
    'gesagt'
    >>> forms = inflections("mit|teilen")
    >>> forms.preterite_3sg, forms.particle, forms.participle, forms.subordinate[2]
    ('teilte', 'mit', 'mitgeteilt', 'mitteilte')
    >>> inflections("erklären").participle
    'erklärt'
    >>> inflections("kritisieren").participle
    'kritisiert'
    >>> inflections("bekannt|geben").preterite_3sg, inflections("bekannt|geben").participle
    ('gab', 'bekanntgegeben')
    >>> "sagte" in inflections("sprechen").forms
    False
    """
    particle, stem = split_separable(verb)
    third, plural, past, past_plural, participle, subjunctive_1, subjunctive_2 = _simple_forms(stem)
    return VerbForms(
        infinitive=particle + stem,
        particle=particle,
        present_3sg=third,
        present_3pl=plural,
        preterite_3sg=past,
        preterite_3pl=past_plural,
        participle=particle + participle,
        subjunctive_1=subjunctive_1,
        subjunctive_2=subjunctive_2,
    )
