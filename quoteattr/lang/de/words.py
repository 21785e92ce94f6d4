"""Small word classes that tell a German speaker's name from the other capitalised words.

German capitalises every noun, so a capital letter says far less than in English: ``Die
Staatsanwaltschaft``, ``Angaben der Polizei`` and ``Experten`` are all capitalised and none is a name.
The grammar therefore reads a capitalised word as a name only when it is none of these:

* ``NOT_NAMES``: capitalised function words that open sentences (articles, pronouns, conjunctions,
  adverbs: ``Die``, ``Er``, ``Demnach``, ``Außerdem``), and the months and weekdays.
* ``NOUN_SUFFIXES``: endings that only common nouns have (``Regierung``, ``Sicherheit``,
  ``Gewerkschaft``, ``Organisation``); a word with one is a common noun (or the head of an
  organisation's name, which is no person).  Short endings that names also have (``-er``, ``-en``,
  ``-el``) are deliberately not listed.
* ``NOUN_SUFFIX_EXCEPTIONS``: names (and function words) that end like a noun all the same.
* ``COMMON_NOUNS``: frequent nouns in speaker position that no ending reveals (``Firma``, ``Bruder``).
* ``NAME_PARTICLES``: lower-case words inside a name (``Ursula von der Leyen``, ``Thomas de
  Maizière``).
* ``CLAUSE_WORDS``: words that make a phrase a clause rather than a noun phrase.
* ``PHRASE_OPENERS``: prepositions that open a fronted phrase (``Am Montag sagte ...``, ``In einer
  Erklärung hieß es ...``); in German the finite verb comes right after that phrase and the
  subject after the verb.

``NOT_NAMES`` is compared as written, the other tables in lower case.
"""

from __future__ import annotations

from quoteattr.lang.de.dates import MONTHS, WEEKDAYS

NOT_NAMES: frozenset[str] = (
    frozenset(
        """
    Der Die Das Des Dem Den Ein Eine Eines Einem Einen Einer Kein Keine
    Dieser Diese Dieses Diesem Diesen Jener Jene Jenes Jeder Jede Jedes Alle Beide Einige Viele Manche
    Mehrere Andere Weitere Solche
    Er Sie Es Wir Ich Man Ihr Ihre Ihrem Ihren Ihrer Sein Seine Seinem Seinen Seiner Unser Unsere
    Ihm Ihn Ihnen Uns Mir Mich Sich
    Und Oder Aber Doch Denn Sondern Auch Noch Nur Schon Bereits Erst Dann Danach Demnach Wonach Damit
    Dabei Dazu Daher Darum Deshalb Deswegen Dennoch Trotzdem Jedoch Allerdings Außerdem Zudem Ferner
    Zwar Sogar Vielmehr Immerhin Inzwischen Mittlerweile Unterdessen Indes Indessen Derweil Zuvor Zuletzt
    Zunächst Später Früher Heute Gestern Morgen Jetzt Nun Damals Bisher Seitdem Hier Dort Da So Wie
    Als Wenn Weil Obwohl Während Nachdem Bevor Seit Ob Dass Was Wer Wem Wen Wessen Wo Warum Wann
    Welche Welcher Welches Nicht Nichts Niemand Jemand Alles Etwas Viel Mehr Wenig Ja Nein Bitte
    Laut Nach Gemäß Zufolge Mit Ohne Für Gegen Bei Von Vor Aus Auf An In Im Am Ins Zum Zur Über Unter
    Neben Zwischen Durch Um Bis Trotz Wegen Seitens Angesichts Hinsichtlich
    Offenbar Offensichtlich Möglicherweise Vermutlich Wahrscheinlich Angeblich Tatsächlich Insgesamt
    Laut Ebenfalls Ebenso Gleichzeitig Zugleich Anschließend Daraufhin Schließlich Letztlich Endlich
    Insbesondere Besonders Dagegen Hingegen Stattdessen Ansonsten Somit Folglich Entsprechend Ähnlich
    Bislang Monatelang Jahrelang Erstmals Ursprünglich Weiter Weiterhin Darüber Darüberhinaus Hierzu
    Hierdurch Hierbei Darauf Dafür Darin Daraus Davon Dadurch Daneben Zusammen Selbst Offiziell
    Grundsätzlich Persönlich Hauptsächlich Praktisch Parallel Weltweit Aktuell Momentan Gegenwärtig
    Derzeit Zurzeit Meistens Oft Häufig Selten Sinngemäß Unmissverständlich Überraschend
    Überraschenderweise Glücklicherweise Erwartungsgemäß Ausgerechnet Vieles Zu Ab Ist Sind War Waren
    Indem Zumal Sobald Solange Falls Besorgt
    """.split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)

NOUN_SUFFIXES: tuple[str, ...] = (
    "ung",
    "ungen",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "schaft",
    "schaften",
    "tion",
    "tionen",
    "sion",
    "sionen",
    "ität",
    "itäten",
    "ismus",
    "ismen",
    "nis",
    "nisse",
    "nissen",
    "tum",
    "tümer",
    "ment",
    "ments",
    "ium",
    "ien",
    "ei",
    "eien",
    "anz",
    "enz",
    "ie",
    "politik",
    "kritik",
    "republik",
    "technik",
    "fabrik",
    "klinik",
    "musik",
    "statistik",
    "agentur",
    "kultur",
    "struktur",
    "angaben",
    "berichten",
    "zeitung",
    "behörde",
    "behörden",
    "gericht",
    "amt",
    "ministerium",
    # genitive singular of the neuter and masculine endings above (des Ministeriums, des Gerichts)
    "iums",
    "tums",
    "ments",
    "amts",
    "amtes",
    "gerichts",
    "gerichtes",
    "nisses",
)

# Frequent capitalised nouns in speaker position that no ending above reveals: bodies, kin,
# documents.  They head a description (``die Firma``, ``sein Bruder``, ``ein Papier``), never a name.
COMMON_NOUNS: frozenset[str] = frozenset(
    """
    Firma Stadt Gruppe Union Senat Presse Unternehmen Unternehmens Konzern Verein Betreiber Mitglied
    Mitglieder Bruder Schwester Vater Mutter Sohn Tochter Mann Ehemann Ehefrau Familie Manager Artikel
    Papier Schreiben Gesetzentwurf Analyse Umfrage Frage Stimmen Vorwürfe Staaten Landes Land Länder
    Bundesländer Region Seite Seiten Kreise Nachrichten Fernsehsender Sender Wetterdienst Dienst Welle
    Prozent Grundgesetz Flughafen Flughafens Initiatoren Kampagne Arbeit
    """.split()
)

# Names that end like a common noun: a surname or place with one of the endings above.
NOUN_SUFFIX_EXCEPTIONS: frozenset[str] = frozenset(
    """
    jung hartung marie sophie julie natalie melanie stephanie valerie leslie annie jamie lei mei wei fei
    alexei andrei sergei franz lorenz clement dennis janis lucien damien adrien bastien julien fabien
    vivien baradei die sie wie
    """.split()
)

NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "zu",
        "vom",
        "zur",
        "di",
        "da",
        "del",
        "la",
        "le",
        "bin",
        "al",
        "el",
        "ibn",
        "ten",
        "ter",
    }
)

CLAUSE_WORDS: frozenset[str] = frozenset(
    """
    ist sind war waren sei seien hat haben hatte hatten habe wird werden wurde wurden werde
    kann können konnte konnten könne muss müssen musste musste müsse soll sollen sollte sollten
    will wollen wollte wollten dass ob weil wenn als obwohl nachdem der die das welcher welche welches
    """.split()
)

PHRASE_OPENERS: tuple[str, ...] = tuple(
    """
    Am Im In An Auf Bei Nach Vor Seit Während Wegen Trotz Mit Ohne Für Gegen Über Unter Zum Zur Vom
    Beim Aus Durch Um Bis Angesichts Anlässlich Gegenüber Laut Zufolge Gestern Heute Bereits Zuvor
    Später Zudem Außerdem Dabei Zugleich Gleichzeitig Anschließend Daraufhin Ebenfalls Auch Allerdings
    Jedoch Dennoch Trotzdem Inzwischen Zunächst Zuletzt Schließlich
    """.split()
)


def has_noun_suffix(word: str) -> bool:
    """Whether a capitalised word ends like a German common noun, so that it names no person.

    >>> has_noun_suffix("Staatsanwaltschaft"), has_noun_suffix("Regierung"), has_noun_suffix("Polizeiangaben")
    (True, True, True)
    >>> has_noun_suffix("Justizministeriums")
    True
    >>> has_noun_suffix("Merkel"), has_noun_suffix("Jung"), has_noun_suffix("Die")
    (False, False, False)
    """
    lowered = word.lower()
    return lowered not in NOUN_SUFFIX_EXCEPTIONS and lowered.endswith(NOUN_SUFFIXES)


# The most frequent German words, lower case: they tell German apart and end no noun phrase.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im sie er es auch wie sagte
    wird werden hat haben bei nach aus noch nur oder aber sei habe wurde dass zum zur
    """.split()
)
