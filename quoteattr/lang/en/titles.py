"""Titles, roles, countries and group words: what surrounds a name in news copy.

News names people with their office attached ("British Foreign Secretary Liz
Truss", "Sen. Elizabeth Warren", "Pavel Feldman, deputy director of ...") and
then refers back by the office alone ("the head of British diplomacy", "the
minister", "the analyst").  :mod:`quoteattr.names` uses these tables to peel the
office off a name (:func:`~quoteattr.names.parse_name`) and to decide whether a
later description fits a person (:func:`~quoteattr.names.role_matches`).

Every comparison is case-insensitive unless a table says otherwise.  Phrases are
written in lower case with single spaces; a phrase with a full stop (``sen.``)
matches only with its full stop.
"""

from __future__ import annotations

# --- Honorifics -------------------------------------------------------------
#: Courtesy and rank abbreviations written before a name, mapped to the role they
#: imply (``None``: a courtesy title that says nothing about the office).  Forms
#: without a full stop are listed only where British style drops it (Mr, Dr) and
#: the bare word is not also a common name or word: ``Sen`` (Amartya Sen) and
#: ``Rep`` are therefore listed with their full stop only.
#: The gender an honorific states, so that Mr. Bennet and Mrs. Bennet stay two people.
HONORIFIC_GENDER: dict[str, str] = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "m": "m",
    "monsieur": "m",
    "herr": "m",
    "senor": "m",
    "señor": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "mme": "f",
    "madame": "f",
    "mlle": "f",
    "frau": "f",
    "senora": "f",
    "señora": "f",
}

HONORIFICS: dict[str, str | None] = {
    "mr.": None,
    "mr": None,
    "mrs.": None,
    "mrs": None,
    "ms.": None,
    "ms": None,
    "miss": None,
    "mx.": None,
    "sir": None,
    "dame": None,
    "lord": None,
    "lady": None,
    "m.": None,  # French Monsieur in wire copy: M. Macron
    "mme": None,
    "mme.": None,
    "herr": None,
    "frau": None,
    "dr.": "Doctor",
    "dr": "Doctor",
    "prof.": "Professor",
    "prof": "Professor",
    "sen.": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "lt. gov.": "Lieutenant Governor",
    "gen.": "General",
    "lt.": "Lieutenant",
    "col.": "Colonel",
    "maj.": "Major",
    "capt.": "Captain",
    "cmdr.": "Commander",
    "adm.": "Admiral",
    "sgt.": "Sergeant",
    "rev.": "Reverend",
    "fr.": "Father",
    "pres.": "President",
    "amb.": "Ambassador",
    "atty.": "Attorney",
    "supt.": "Superintendent",
    "hon.": None,  # "the Hon." is a courtesy, not an office
}

# --- Office titles and their equivalences --------------------------------------
#: Role classes for coreference: each key is one office, each value the phrases
#: news uses for it.  Two roles are compatible when they share a class, so "the
#: head of British diplomacy" fits a "British Foreign Secretary" because both
#: phrases are in ``foreign minister``.  Country words are removed before the
#: phrases are looked up (see :data:`DEMONYMS`), so "head of diplomacy" also
#: covers "head of the Russian diplomacy".  Put the most specific phrase in the
#: class it names: "secretary of state for defence" is a defence minister even
#: though "secretary of state" alone is the US foreign minister.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "foreign minister": (
        "foreign minister",
        "foreign secretary",
        "foreign affairs minister",
        "foreign affairs secretary",
        "minister of foreign affairs",
        "minister for foreign affairs",
        "minister for europe and foreign affairs",  # France
        "secretary of state",  # United States
        "foreign and commonwealth secretary",
        "head of diplomacy",
        "chief diplomat",
        "top diplomat",
    ),
    "defence minister": (
        "defence minister",
        "defense minister",
        "defence secretary",
        "defense secretary",
        "minister of defence",
        "minister of defense",
        "secretary of defense",
        "secretary of state for defence",
    ),
    "interior minister": ("interior minister", "home secretary", "minister of the interior", "minister of interior"),
    "finance minister": (
        "finance minister",
        "minister of finance",
        "chancellor of the exchequer",
        "treasury secretary",
        "secretary of the treasury",
    ),
    "prime minister": ("prime minister", "premier", "pm", "head of government"),
    "president": ("president", "head of state"),
    "vice president": ("vice president", "vice-president"),
    "chancellor": ("chancellor", "federal chancellor"),
    "secretary general": ("secretary general", "secretary-general"),
    "ambassador": ("ambassador", "envoy", "permanent representative"),
    "spokesperson": (
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "press secretary",
        "official representative",
        "press officer",
    ),
    "senator": ("senator", "sen."),
    "representative": ("representative", "congressman", "congresswoman", "rep.", "member of congress"),
    "member of parliament": ("member of parliament", "mp", "parliamentarian"),
    "governor": ("governor", "gov."),
    "mayor": ("mayor", "lord mayor"),
    "expert": (
        "expert",
        "analyst",
        "specialist",
        "political scientist",
        "political analyst",
        "researcher",
        "scholar",
        "observer",
        "commentator",
    ),
    "director": ("director", "director general", "director-general"),
    "deputy director": ("deputy director", "assistant director", "vice director"),
    "professor": ("professor", "prof."),
    "doctor": ("doctor", "dr.", "physician"),
    "general": ("general", "gen."),
    "commander": ("commander", "commander-in-chief", "commander in chief"),
    "chief executive": ("chief executive", "chief executive officer", "ceo"),
    "chairman": ("chairman", "chairwoman", "chairperson", "chair"),
    "journalist": ("journalist", "reporter", "correspondent"),
    "king": ("king", "monarch"),
    "queen": ("queen",),
    "pope": ("pope", "pontiff"),
    "speaker": ("speaker", "house speaker"),
    "minister": ("minister", "cabinet minister", "government minister"),
    "secretary": ("secretary",),
    "diplomat": ("diplomat",),
    "official": ("official",),
    "leader": ("leader",),
}

#: Generic words that may refer back to any of several offices: "the minister"
#: fits a foreign minister, a defence minister or a prime minister; "the
#: diplomat" fits a foreign minister or an ambassador.  A hypernym never narrows:
#: it is looked up only when no more specific phrase covers the same words.
ROLE_HYPERNYMS: dict[str, tuple[str, ...]] = {
    "minister": (
        "minister",
        "foreign minister",
        "defence minister",
        "interior minister",
        "finance minister",
        "prime minister",
    ),
    "secretary": (
        "secretary",
        "foreign minister",
        "defence minister",
        "interior minister",
        "finance minister",
        "secretary general",
    ),
    "diplomat": ("diplomat", "foreign minister", "ambassador"),
    "official": (
        "official",
        "foreign minister",
        "defence minister",
        "interior minister",
        "finance minister",
        "spokesperson",
        "ambassador",
        "director",
        "deputy director",
        "minister",
    ),
    "politician": (
        "president",
        "prime minister",
        "minister",
        "foreign minister",
        "defence minister",
        "interior minister",
        "finance minister",
        "senator",
        "representative",
        "member of parliament",
        "governor",
        "mayor",
        "chancellor",
    ),
    "lawmaker": ("senator", "representative", "member of parliament"),
    "legislator": ("senator", "representative", "member of parliament"),
    "leader": ("leader", "president", "prime minister", "chancellor", "king", "queen"),
    "head": ("director", "chairman", "chief executive", "president"),
}

#: Words that modify an office without changing which office it is ("former
#: U.S. President", "acting prime minister").  They stay in the role text but are
#: ignored when roles are compared.
TITLE_MODIFIERS: frozenset[str] = frozenset(
    """
    former then acting interim outgoing incoming late current ex ex- senior junior leading chief top first
    deputy vice assistant associate principal lead executive federal national state minority majority
    """.split()
)

#: Further words that appear only inside office titles, so that a run of them in
#: front of a name is read as a title ("Kremlin spokesman", "Lord Mayor of the
#: City of London").  Lower case; an office word must not also be a common given
#: name ("will", "grant") or surname, or names would lose their first word.
TITLE_WORDS_EXTRA: frozenset[str] = frozenset(
    """
    of for the and on to at in affairs foreign defence defense interior home finance treasury state security
    general staff armed forces affairs economic economy trade health justice education energy culture
    commonwealth exchequer union development international european public foreign-policy policy
    house congressional parliamentary party opposition ruling spokesman spokeswoman spokesperson press
    adviser advisor aide counsellor councillor counselor envoy attache chargé minister ministers
    head heads chief prince princess duke duchess emperor empress sheikh crown
    """.split()
)

#: Title words that are also common surnames.  Alone, or after a courtesy title
#: (Mr. Major, King), such a word is read as a surname; in front of a name it is
#: still a title (King Charles, General Mark Milley).
SURNAME_TITLES: frozenset[str] = frozenset(
    {"king", "major", "speaker", "chancellor", "prince", "duke", "head", "general"}
)

#: All offices recognised as titles in front of a name: the class phrases, the
#: hypernyms and the honorific expansions.  Derived, do not edit: add to the
#: tables above instead.
TITLES: frozenset[str] = frozenset(
    {phrase for phrases in ROLE_SYNONYMS.values() for phrase in phrases}
    | set(ROLE_HYPERNYMS)
    | {role.lower() for role in HONORIFICS.values() if role}
)

# --- Countries ---------------------------------------------------------------
#: Demonym -> country, as capitalised in English.  Matched case-sensitively so
#: that "us" the pronoun is never the United States.
DEMONYMS: dict[str, str] = {
    "American": "United States",
    "British": "United Kingdom",
    "English": "United Kingdom",
    "Russian": "Russia",
    "Soviet": "Russia",
    "Ukrainian": "Ukraine",
    "Belarusian": "Belarus",
    "German": "Germany",
    "French": "France",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Portuguese": "Portugal",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Polish": "Poland",
    "Czech": "Czech Republic",
    "Slovak": "Slovakia",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Greek": "Greece",
    "Turkish": "Turkey",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Estonian": "Estonia",
    "Latvian": "Latvia",
    "Lithuanian": "Lithuania",
    "Austrian": "Austria",
    "Swiss": "Switzerland",
    "Irish": "Ireland",
    "Chinese": "China",
    "Taiwanese": "Taiwan",
    "Japanese": "Japan",
    "Korean": "Korea",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Saudi": "Saudi Arabia",
    "Egyptian": "Egypt",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Australian": "Australia",
    "Kazakh": "Kazakhstan",
    "Georgian": "Georgia",
    "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan",
    "European": "European Union",  # "the European commissioner"
}

#: Other names of a country (official, short, abbreviated) -> the country.
#: Case-sensitive for the same reason as :data:`DEMONYMS` ("US", not "us").
COUNTRY_ALIASES: dict[str, str] = {
    "United States": "United States",
    "United States of America": "United States",
    "U.S.": "United States",
    "U.S.A.": "United States",
    "US": "United States",
    "USA": "United States",
    "America": "United States",
    "United Kingdom": "United Kingdom",
    "U.K.": "United Kingdom",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "England": "United Kingdom",
    "Russian Federation": "Russia",
    "Russia": "Russia",
    "Ukraine": "Ukraine",
    "Germany": "Germany",
    "France": "France",
    "China": "China",
    "PRC": "China",
    "People's Republic of China": "China",
    "Taiwan": "Taiwan",
    "Japan": "Japan",
    "South Korea": "South Korea",
    "North Korea": "North Korea",
    "DPRK": "North Korea",
    "Turkey": "Turkey",
    "Türkiye": "Turkey",
    "EU": "European Union",
    "E.U.": "European Union",
    "European Union": "European Union",
}

#: Capitals and seats of government that stand for their country in news
#: ("Washington considers ...").  Only used when comparing roles, never to read
#: a name: Washington is also a surname.
COUNTRY_METONYMS: dict[str, str] = {
    "Washington": "United States",
    "White House": "United States",
    "London": "United Kingdom",
    "Downing Street": "United Kingdom",
    "Whitehall": "United Kingdom",
    "Moscow": "Russia",
    "Kremlin": "Russia",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Berlin": "Germany",
    "Paris": "France",
    "Beijing": "China",
    "Tokyo": "Japan",
    "Ankara": "Turkey",
    "Brussels": "European Union",
}

# --- Not people --------------------------------------------------------------
#: Pronouns that may stand as a speaker before coreference resolves them.  A
#: speaker whose name is one of these is nobody in particular and is never
#: merged into a person.
PRONOUNS: frozenset[str] = frozenset("he she they it we i you him her them his hers their theirs one who".split())

#: Words that make a speaker an organisation or group rather than a person when
#: they appear among the words of its name ("the Foreign Ministry", "Western
#: countries").  Lower case; plural group nouns included.  Exclusion: words that
#: are also surnames (Court, Service, Union, Bank, Banks, Fund, Group) are left
#: out, or Margaret Court and Robert Service would become institutions.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    """
    kremlin pentagon ministry department office government administration cabinet council commission committee
    agency institute center centre university college academy party alliance organization organisation
    bureau embassy army navy forces police parliament congress senate duma rada company corporation corp
    inc ltd foundation association federation newspaper countries nations states governments officials
    allies authorities diplomats sources media delegation coalition movement
    nato un eu osce imf who tass rt reuters ria interfax xinhua afp ap bbc cnn
    """.split()
)

#: Multi-word organisations whose words are each innocent ("White House").
ORGANISATION_PHRASES: frozenset[str] = frozenset(
    {"white house", "downing street", "state department", "foreign office", "the west", "whitehall"}
)
