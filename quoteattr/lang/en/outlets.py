"""News outlets: who relays the words (wire agencies, broadcasters, papers), and how to spot an unknown one.

An outlet is recognised in three ways, strongest first:

1. A name or variant listed in :data:`OUTLETS` (case-sensitive: ``AP`` and ``RT`` are outlets, ``ap`` and
   ``rt`` are not).  A leading ``the``/``The`` in the text is allowed and is not part of the match.
2. An unknown capitalised name ending in one of :data:`MEDIA_WORDS` (``the Kyiv Post``, ``Radio Liberty``...).
3. Any capitalised name, but only in the strongest patterns (``X quoted him as saying``,
   ``in an interview with X``), where the grammar itself says X is a medium.

Rules for :data:`OUTLETS`:

* ``name`` is the canonical name reported in ``Via.name`` and ``Venue.outlet``; every variant maps to it.
* Leave out variants that are also common words or people (``Fox`` is Liam Fox, ``the Sun`` the star,
  ``the Hill`` Capitol Hill, ``Time`` the noun, ``Dawn`` the morning): such outlets still match with their
  media word (``Fox News``, ``Time magazine`` via the descriptor) or in the strong patterns.
* ``broadcast`` marks television and radio, which may be a venue on their own (``said on MSNBC``).
"""

from __future__ import annotations

from typing import NamedTuple


class Outlet(NamedTuple):
    name: str  # canonical name
    variants: tuple[str, ...] = ()  # other spellings, each mapped to ``name``
    broadcast: bool = False  # television or radio: ``on CNN`` is a broadcast venue


OUTLETS: tuple[Outlet, ...] = (
    # Wire and news agencies.
    Outlet("TASS", ("ITAR-TASS",)),
    Outlet("RIA Novosti", ("RIA",)),
    Outlet("Interfax", ("Interfax-Ukraine",)),
    Outlet("Sputnik"),
    Outlet("Reuters"),
    Outlet("Associated Press", ("The Associated Press", "AP")),
    Outlet("AFP", ("Agence France-Presse", "Agence France Presse")),
    Outlet("Bloomberg", ("Bloomberg News",), broadcast=True),
    Outlet("Xinhua", ("Xinhua News Agency",)),
    Outlet("Kyodo", ("Kyodo News",)),
    Outlet("Yonhap", ("Yonhap News Agency",)),
    Outlet("Anadolu", ("Anadolu Agency",)),
    Outlet("ANSA"),
    Outlet("EFE"),
    Outlet("dpa", ("DPA",)),
    Outlet("Ukrinform"),
    Outlet("UNIAN"),
    Outlet("PTI", ("Press Trust of India",)),
    Outlet("ANI"),
    # Broadcasters.
    Outlet("RT", ("Russia Today",), broadcast=True),
    Outlet("CNN", (), broadcast=True),
    Outlet("BBC", ("BBC News", "BBC Radio", "BBC Radio 4", "BBC World Service"), broadcast=True),
    Outlet("Fox News", ("Fox Business",), broadcast=True),
    Outlet("MSNBC", (), broadcast=True),
    Outlet("NBC", ("NBC News",), broadcast=True),
    Outlet("CBS", ("CBS News",), broadcast=True),
    Outlet("ABC", ("ABC News",), broadcast=True),
    Outlet("NPR", ("National Public Radio",), broadcast=True),
    Outlet("PBS", (), broadcast=True),
    Outlet("CNBC", (), broadcast=True),
    Outlet("C-SPAN", (), broadcast=True),
    Outlet("Newsmax", (), broadcast=True),
    Outlet("Sky News", (), broadcast=True),
    Outlet("ITV", ("ITV News",), broadcast=True),
    Outlet("Channel 4", ("Channel 4 News",), broadcast=True),
    Outlet("CBC", ("CBC News",), broadcast=True),
    Outlet("Al Jazeera", (), broadcast=True),
    Outlet("Al Arabiya", (), broadcast=True),
    Outlet("France 24", (), broadcast=True),
    Outlet("RFI", ("Radio France Internationale",), broadcast=True),
    Outlet("Deutsche Welle", ("DW",), broadcast=True),
    Outlet("Euronews", (), broadcast=True),
    Outlet("Voice of America", ("VOA",), broadcast=True),
    Outlet("Radio Free Europe/Radio Liberty", ("RFE/RL", "Radio Free Europe", "Radio Liberty"), broadcast=True),
    Outlet("Channel One", ("Channel One Russia", "Pervyi Kanal"), broadcast=True),
    Outlet("Rossiya 1", ("Rossiya-1",), broadcast=True),
    Outlet("NTV", (), broadcast=True),
    Outlet("Zvezda", (), broadcast=True),
    Outlet("CGTN", (), broadcast=True),
    Outlet("CCTV", (), broadcast=True),
    Outlet("NHK", (), broadcast=True),
    # Papers, magazines and online outlets.
    Outlet("The New York Times", ("New York Times", "NYT")),
    Outlet("The Washington Post", ("Washington Post",)),
    Outlet("The Wall Street Journal", ("Wall Street Journal", "WSJ")),
    Outlet("USA Today"),
    Outlet("Los Angeles Times", ("LA Times",)),
    Outlet("Politico", ("POLITICO",)),
    Outlet("Axios"),
    Outlet("Semafor"),
    Outlet("Newsweek"),
    Outlet("The New Yorker", ("New Yorker",)),
    Outlet("The Economist", ("Economist",)),
    Outlet("The Guardian", ("Guardian",)),
    Outlet("The Times", ()),
    Outlet("The Telegraph", ("Daily Telegraph", "The Daily Telegraph", "Telegraph")),
    Outlet("The Independent", ()),
    Outlet("Financial Times", ("The Financial Times", "FT")),
    Outlet("Daily Mail", ("The Daily Mail",)),
    Outlet("Der Spiegel", ("Spiegel",)),
    Outlet("Die Welt", ()),
    Outlet("Bild", ("Bild am Sonntag",)),
    Outlet("Frankfurter Allgemeine Zeitung", ("FAZ",)),
    Outlet("Süddeutsche Zeitung", ()),
    Outlet("Le Monde", ()),
    Outlet("Le Figaro", ()),
    Outlet("Corriere della Sera", ()),
    Outlet("La Repubblica", ()),
    Outlet("El País", ("El Pais",)),
    Outlet("Kommersant", ()),
    Outlet("Izvestia", ()),
    Outlet("Vedomosti", ()),
    Outlet("RBC", ()),
    Outlet("Komsomolskaya Pravda", ()),
    Outlet("Rossiyskaya Gazeta", ()),
    Outlet("Novaya Gazeta", ()),
    Outlet("Meduza", ()),
    Outlet("Ukrainska Pravda", ()),
    Outlet("The Kyiv Independent", ("Kyiv Independent",)),
    Outlet("Kyiv Post", ()),
    Outlet("Global Times", ()),
    Outlet("China Daily", ()),
    Outlet("South China Morning Post", ("SCMP",)),
    Outlet("Nikkei", ("Nikkei Asia",)),
    Outlet("Asahi Shimbun", ()),
    Outlet("Yomiuri Shimbun", ()),
    Outlet("Haaretz", ()),
    Outlet("The Times of Israel", ("Times of Israel",)),
    Outlet("The Jerusalem Post", ("Jerusalem Post",)),
    Outlet("The Times of India", ("Times of India",)),
    Outlet("Hindustan Times", ()),
    Outlet("The Hindu", ()),
)

# Television shows, mapped to the canonical name of their network: ``on Face the Nation`` is a broadcast
# venue on CBS.  Only titles that are not everyday phrases when capitalised mid-sentence.
SHOWS: dict[str, str] = {
    "Fox News Sunday": "Fox News",
    "Face the Nation": "CBS",
    "60 Minutes": "CBS",
    "Meet the Press": "NBC",
    "This Week": "ABC",
    "Good Morning America": "ABC",
    "State of the Union": "CNN",
    "Newsnight": "BBC",
    "Hardtalk": "BBC",
    "HARDtalk": "BBC",
    "The Andrew Marr Show": "BBC",
    "PBS NewsHour": "PBS",
    "NewsHour": "PBS",
    "Hannity": "Fox News",
    "Morning Joe": "MSNBC",
}

# Words that make an unknown capitalised name an outlet when it ends the name: ``the Kyiv Post``,
# ``Moscow Times``, ``Echo of Moscow Radio``.  Compared case-sensitively (``the post`` is not an outlet).
MEDIA_WORDS: tuple[str, ...] = (
    "News",
    "Times",
    "Post",
    "Journal",
    "Radio",
    "TV",
    "Television",
    "Agency",
    "Press",
    "Herald",
    "Tribune",
    "Gazette",
    "Telegraph",
    "Chronicle",
    "Magazine",
    "Broadcasting",
    "Newspaper",
    "Zeitung",
)

# Of the media words, those that make an unknown outlet a broadcaster (``on Ukraine 24 TV``).
BROADCAST_WORDS: tuple[str, ...] = ("Radio", "TV", "Television", "Broadcasting")

# Lower-case descriptors that may stand between a preposition and an outlet's name and are left out of
# the name: ``in an interview with the newspaper Izvestia``, ``told the news agency TASS``.
DESCRIPTORS: tuple[str, ...] = (
    "news agency",
    "state news agency",
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "broadcaster",
    "state broadcaster",
    "TV channel",
    "channel",
    "radio station",
    "outlet",
    "news outlet",
    "website",
    "news site",
    "publication",
)
