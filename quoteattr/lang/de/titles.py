"""Titles and offices: what stands before a German name and what refers back to its bearer.

German names offices with a gendered noun (``Bundeskanzler`` / ``Bundeskanzlerin``) and builds
compounds freely (``Regierungssprecher``, ``SPD-Vorsitzende``, ``Bundesinnenministerin``), so a
title is found in two ways: the whole word is in :data:`TITLES`, or the word ends with one of
:data:`TITLE_HEADS` (``...sprecher``, ``...ministerin``).  Nominalised adjectives (``Vorsitzende``,
``Abgeordneter``) inflect like adjectives: ``der Vorsitzende``, ``ein Vorsitzender``, ``die
Vorsitzende``.  Compared as written: German titles are capitalised nouns.
"""

from __future__ import annotations

# Masculine title -> feminine title.  The feminine form mostly adds ``-in`` and sometimes an umlaut.
TITLES_BY_GENDER: dict[str, str] = {
    "Bundeskanzler": "Bundeskanzlerin",
    "Kanzler": "Kanzlerin",
    "Bundespräsident": "Bundespräsidentin",
    "Präsident": "Präsidentin",
    "Vizepräsident": "Vizepräsidentin",
    "Ministerpräsident": "Ministerpräsidentin",
    "Premierminister": "Premierministerin",
    "Regierungschef": "Regierungschefin",
    "Minister": "Ministerin",
    "Bundesminister": "Bundesministerin",
    "Außenminister": "Außenministerin",
    "Innenminister": "Innenministerin",
    "Finanzminister": "Finanzministerin",
    "Verteidigungsminister": "Verteidigungsministerin",
    "Justizminister": "Justizministerin",
    "Gesundheitsminister": "Gesundheitsministerin",
    "Wirtschaftsminister": "Wirtschaftsministerin",
    "Staatssekretär": "Staatssekretärin",
    "Sprecher": "Sprecherin",
    "Regierungssprecher": "Regierungssprecherin",
    "Pressesprecher": "Pressesprecherin",
    "Polizeisprecher": "Polizeisprecherin",
    "Bürgermeister": "Bürgermeisterin",
    "Oberbürgermeister": "Oberbürgermeisterin",
    "Landrat": "Landrätin",
    "Botschafter": "Botschafterin",
    "Generalsekretär": "Generalsekretärin",
    "Chef": "Chefin",
    "Parteichef": "Parteichefin",
    "Leiter": "Leiterin",
    "Direktor": "Direktorin",
    "Geschäftsführer": "Geschäftsführerin",
    "Intendant": "Intendantin",
    "Richter": "Richterin",
    "Staatsanwalt": "Staatsanwältin",
    "Oberstaatsanwalt": "Oberstaatsanwältin",
    "Anwalt": "Anwältin",
    "Rechtsanwalt": "Rechtsanwältin",
    "Verteidiger": "Verteidigerin",
    "Professor": "Professorin",
    "Experte": "Expertin",
    "Politiker": "Politikerin",
    "Senator": "Senatorin",
    "Gouverneur": "Gouverneurin",
    "König": "Königin",
    "Fürst": "Fürstin",
    "Prinz": "Prinzessin",
    "Kaiser": "Kaiserin",
    "Trainer": "Trainerin",
    "Kommissar": "Kommissarin",
    "Beauftragter": "Beauftragte",
    "Vorsitzender": "Vorsitzende",
    "Abgeordneter": "Abgeordnete",
    "Angeklagter": "Angeklagte",
    "Verdächtiger": "Verdächtige",
    "Bundestagsabgeordneter": "Bundestagsabgeordnete",
    "Fraktionsvorsitzender": "Fraktionsvorsitzende",
    "Parteivorsitzender": "Parteivorsitzende",
    "Vorstandsvorsitzender": "Vorstandsvorsitzende",
    "Vorstand": "Vorständin",
    "Autor": "Autorin",
    "Journalist": "Journalistin",
    "Korrespondent": "Korrespondentin",
    "Wissenschaftler": "Wissenschaftlerin",
    "Forscher": "Forscherin",
    "Arzt": "Ärztin",
    "Papst": "Päpstin",
}

# Masculine titles that are the same word in the plural: ``der Sprecher`` / ``die Sprecher``.
# Their number comes from the determiner or the verb.

# Nominalised adjectives: the masculine form after a definite article drops the ``-r``
# (``der Vorsitzende``), so the bare stem is masculine or feminine and the determiner decides.
ADJECTIVAL_TITLES: tuple[str, ...] = (
    "Vorsitzende",
    "Abgeordnete",
    "Beauftragte",
    "Angeklagte",
    "Verdächtige",
    "Angestellte",
    "Beamte",
    "Bundestagsabgeordnete",
    "Fraktionsvorsitzende",
    "Parteivorsitzende",
    "Vorstandsvorsitzende",
)

# The ends of compound titles (``Regierungssprecher``, ``SPD-Chefin``, ``Innenministerin``), in lower
# case: a word ending in one of them names an office.
TITLE_HEADS: tuple[str, ...] = (
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "kanzler",
    "kanzlerin",
    "vorsitzende",
    "vorsitzender",
    "chef",
    "chefin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "sekretär",
    "sekretärin",
    "meister",
    "meisterin",
    "abgeordnete",
    "abgeordneter",
    "beauftragte",
    "beauftragter",
    "botschafter",
    "botschafterin",
    "anwalt",
    "anwältin",
    "experte",
    "expertin",
    "führer",
    "führerin",
    "vorstand",
    "kommissar",
    "kommissarin",
)

# Courtesy titles and academic degrees written before a name; ``Frau`` states the gender.
HONORIFIC_GENDER: dict[str, str] = {"Herr": "m", "Herrn": "m", "Frau": "f"}
HONORIFICS: tuple[str, ...] = ("Herr", "Herrn", "Frau", "Dr.", "Prof.", "Prof. Dr.", "Dipl.-Ing.", "Pfarrer", "Pastor")

# Military and police ranks, which stand before a name like a title (``General Müller``).
RANKS: tuple[str, ...] = (
    "General",
    "Generalleutnant",
    "Generalmajor",
    "Oberst",
    "Major",
    "Hauptmann",
    "Leutnant",
    "Admiral",
    "Kommandeur",
    "Polizeipräsident",
    "Polizeipräsidentin",
    "Kommissar",
    "Hauptkommissar",
)


def feminine(title: str) -> str | None:
    """The feminine form of a masculine title, or ``None`` when the table does not know it.

    >>> feminine("Bundeskanzler")
    'Bundeskanzlerin'
    >>> feminine("Bundeskanzlerin") is None
    True
    """
    return TITLES_BY_GENDER.get(title)


TITLES: frozenset[str] = frozenset(TITLES_BY_GENDER) | frozenset(TITLES_BY_GENDER.values()) | frozenset(RANKS)
"""Every title form, masculine and feminine."""

FEMININE_TITLES: frozenset[str] = frozenset(TITLES_BY_GENDER.values()) - frozenset(ADJECTIVAL_TITLES)
"""Titles that say the bearer is a woman (``Ministerin``); adjectival ones need their determiner."""


def is_title(word: str) -> bool:
    """Whether a word names an office: listed, or a compound ending in a title head.

    >>> is_title("Regierungssprecherin"), is_title("SPD-Vorsitzende"), is_title("Sprecher")
    (True, True, True)
    >>> is_title("Zeitung")
    False
    """
    return word in TITLES or word.lower().endswith(TITLE_HEADS)
