"""Pronouns, determiners and group words that can stand as a German speaker mention.

German pronouns carry grammatical gender, not natural gender: ``sie`` is a woman, a group
(plural) or a feminine noun (``die Regierung ... sie``), and ``es`` is mostly a neuter noun
(``das Ministerium``), rarely a person (``das Mädchen``).  ``Sie`` at the start of a sentence is
therefore three-way ambiguous; the verb's number (``sagte`` / ``sagten``) settles singular against
plural.  Compared in lower case.
"""

from __future__ import annotations

MASCULINE: frozenset[str] = frozenset({"er", "ihn", "ihm", "sein", "seine", "seiner", "seinem", "seinen", "seines"})
FEMININE: frozenset[str] = frozenset({"sie", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres"})
NEUTER: frozenset[str] = frozenset({"es", "ihm", "sein", "seine", "seiner", "seinem", "seinen", "seines"})
# ``sie`` and the ``ihr-`` possessives are also plural: compare the verb's number.
PLURAL: frozenset[str] = frozenset({"sie", "ihnen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres", "wir", "uns"})
FIRST_PERSON: frozenset[str] = frozenset({"ich", "wir", "mir", "mich", "uns"})
PERSONAL: frozenset[str] = MASCULINE | FEMININE | NEUTER | PLURAL | FIRST_PERSON

# Pronouns that can be the subject of a cue verb (``sagte er``, ``Sie erklärte``).
SUBJECT_PRONOUNS: tuple[str, ...] = ("er", "sie", "es", "ich", "wir", "man")
# Pronouns a speaker appears as in the dative of ``zufolge`` and ``nach`` (``ihm zufolge``).
DATIVE_PRONOUNS: tuple[str, ...] = ("ihm", "ihr", "ihnen", "mir", "uns")
# Relative pronouns: ``der Minister, der sagte, ...``; they resolve to the noun phrase before them.
RELATIVE: tuple[str, ...] = ("der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche", "welches")
# Demonstratives that refer back to the last person named: ``Dieser sagte ...``, ``Jener erklärte``.
DEMONSTRATIVE: tuple[str, ...] = ("dieser", "diese", "dieses", "jener", "jene", "letzterer", "letztere")

# Words that open a descriptive noun phrase (``der Minister``, ``eine Sprecherin``, ``seine
# Anwältin``), in every case, since the source stands in the dative after ``laut`` and ``zufolge``
# and in the genitive after ``nach Angaben``.
DETERMINERS: tuple[str, ...] = tuple(
    """
    der die das des dem den
    ein eine eines einem einen einer
    dieser diese dieses diesem diesen
    jener jene jenes jenem jenen
    sein seine seines seinem seinen seiner
    ihr ihre ihres ihrem ihren ihrer
    unser unsere unseres unserem unseren unserer
    kein keine keines keinem keinen keiner
    mehrere einige viele manche alle beide zwei drei vier fünf zahlreiche andere weitere
    """.split()
)

# Bare plurals and collective nouns that speak on their own: ``Experten warnen``, ``die Polizei
# teilte mit``, ``Ermittler gehen davon aus``.  Listed in the nominative plural (or singular for
# collectives); the dative plural adds ``-n`` where the plural does not end in ``n`` (``Experten``,
# ``Ärzten``).
GROUP_NOUNS: tuple[str, ...] = tuple(
    """
    Experten Ermittler Behörden Polizei Staatsanwaltschaft Regierung Bundesregierung Landesregierung
    Ministerium Ministerien Beamte Beamten Politiker Kritiker Beobachter Analysten Fachleute Forscher
    Wissenschaftler Ärzte Augenzeugen Zeugen Anwohner Bewohner Einwohner Demonstranten Aktivisten
    Umweltschützer Menschenrechtler Gewerkschaften Gewerkschaft Unternehmen Veranstalter Organisatoren
    Retter Rettungskräfte Feuerwehr Militär Armee Streitkräfte Rebellen Aufständische Sicherheitskräfte
    Diplomaten Vertreter Mitarbeiter Sprecher Quellen Kreise Sicherheitskreise Regierungskreise
    Medien Zeitungen Agenturen Nachrichtenagenturen Befürworter Gegner Anhänger Wähler Bürger
    Verbraucherschützer Juristen Richter Ökonomen Volkswirte Meteorologen Mediziner Virologen
    Parteien Fraktion Opposition Koalition Verband Verbände Verbraucherzentrale Bundesamt
    """.split()
)

# Quantities that speak for a share of a group in polls: ``70 Prozent der Befragten meinen ...``.
QUANTITY_WORDS: tuple[str, ...] = (
    "Prozent",
    "%",
    "die Hälfte",
    "die Mehrheit",
    "eine Mehrheit",
    "ein Drittel",
    "zwei Drittel",
    "ein Viertel",
    "drei Viertel",
    "die meisten",
    "viele",
    "einige",
    "wenige",
)

# Given names that make their bearer a woman, in lower case: German ones and those of women German news
# often quotes.  Names that are also men's (``Andrea`` in Italy, ``Kim``) are left out.
FEMININE_NAMES: frozenset[str] = frozenset(
    """
    angela annalena elizabeth isabell isabel ursula svenja christine franziska nancy julia katarina saskia
    ricarda sahra alice
    manuela anja malu katrin kathrin claudia petra sabine susanne barbara birgit heike monika renate ulla
    ilse gabriele karin doris elke bettina kristina katja nicole stefanie stephanie daniela silke anke
    simone martina cornelia brigitte jutta hannelore marie maria anna lena laura lisa sarah sophie sophia
    hannah lea johanna katharina charlotte emma mia clara klara paula greta luisa melanie sandra tanja
    nadine kerstin astrid ingrid gisela helga ute dorothee dorothea margarete margot elisabeth christiane
    marianne regina beate iris eva ines yvonne antje dagmar marion angelika sigrid edith gertrud ruth
    esther miriam theresa teresa hillary kamala marine ségolène giorgia michelle condoleezza madeleine
    jacinda sanna mette kaja roberta federica olga natalia natalja tatjana jelena irina swetlana julija
    aenne anne annette annegret carola constanze diana elena erika evelyn friederike gesine hildegard
    ilona irmgard jana jasmin jessica judith karoline kirsten lydia magdalena marlene michaela nina
    rebecca rita rosa sonja steffi susanna ulrike vera veronika viola silvana halima fatima leila
    """.split()
)
