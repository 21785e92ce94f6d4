"""Venue words: the occasions and media a German utterance happens in, by kind.

A venue is mostly a prepositional phrase: ``auf einer Pressekonferenz``, ``in einem Interview``,
``bei einer Rede``, ``in einer Erklärung``, ``im Gespräch mit der Zeitung``.  :data:`HEADS` lists the
head nouns of each kind in the cases they take after those prepositions (dative singular is the
nominative for feminine and most neuter nouns; plurals add ``-n``); :data:`INTRODUCERS` the
prepositions, with their contracted forms (``im`` = ``in dem``, ``beim`` = ``bei dem``).  German
compounds its venues (``Bundespressekonferenz``, ``Fernsehinterview``), so a word ending in a head
counts as that head, as with titles.

Entries are plain words, matched as whole words as written.  Within :data:`HEADS` the kinds are
tried in the order listed, so ``Pressekonferenz`` wins over ``Konferenz``.
"""

from __future__ import annotations

HEADS: dict[str, tuple[str, ...]] = {
    "press_conference": ("Pressekonferenz", "Pressekonferenzen", "Medienkonferenz", "Pressetermin"),
    "briefing": ("Pressebriefing", "Briefing", "Unterrichtung", "Hintergrundgespräch"),
    "hearing": ("Anhörung", "Anhörungen", "Verhandlung", "Prozess", "Vernehmung", "Befragung", "Aussage"),
    "interview": ("Interview", "Interviews", "Gespräch", "Gesprächs", "Talkshow", "Sendung"),
    "speech": ("Rede", "Reden", "Ansprache", "Grundsatzrede", "Regierungserklärung", "Predigt", "Vortrag", "Vorlesung"),
    "statement": (
        "Pressemitteilung",
        "Pressemitteilungen",
        "Pressemeldung",
        "Presseerklärung",
        "Mitteilung",
        "Erklärung",
        "Stellungnahme",
        "Kommuniqué",
        "Bericht",
        "Brief",
        "Schreiben",
        "Gastbeitrag",
        "Kommentar",
        "Beitrag",
    ),
    "meeting": (
        "Sitzung",
        "Sitzungen",
        "Parteitag",
        "Gipfel",
        "Gipfeltreffen",
        "Treffen",
        "Konferenz",
        "Tagung",
        "Versammlung",
        "Kongress",
        "Debatte",
        "Plenum",
        "Bundestag",
        "Landtag",
        "Ausschuss",
        "Kundgebung",
        "Veranstaltung",
        "Wahlkampfauftritt",
    ),
    "broadcast": ("Fernsehen", "Rundfunk", "Radio", "Sender", "Fernsehsender", "Radiosender", "Podcast"),
    "social": (
        "Twitter",
        "Facebook",
        "Instagram",
        "Tweet",
        "Kurznachrichtendienst",
        "Blog",
        "Internetseite",
        "Website",
    ),
}

# Prepositions (and their contractions with the article) that open a venue phrase.
INTRODUCERS: tuple[str, ...] = (
    "auf",
    "in",
    "im",
    "bei",
    "beim",
    "während",
    "nach",
    "vor",
    "am Rande",
    "anlässlich",
    "gegenüber",
    "über",
)

# Phrases that name the medium or interlocutor without a head noun: ``sagte der Zeitung``,
# ``im Gespräch mit``, ``gegenüber Journalisten``.
MEDIUM_PHRASES: tuple[str, ...] = (
    "im Gespräch mit",
    "in einem Gespräch mit",
    "in einem Interview mit",
    "im Interview mit",
    "gegenüber Journalisten",
    "gegenüber Reportern",
    "gegenüber der Presse",
    "vor Journalisten",
    "vor Reportern",
    "vor der Presse",
    "im Fernsehen",
    "im Radio",
    "im Internet",
    "auf Twitter",
    "auf Facebook",
    "auf Instagram",
)
