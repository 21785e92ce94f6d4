"""Venue words: the occasions and media an utterance happens in, by kind.

Most venues are a noun phrase after a preposition: ``at a press conference``, ``during a speech``,
``in a statement``.  :data:`HEADS` lists the head nouns of each kind; the finder accepts
``INTRODUCER [determiner] [up to four modifiers] HEAD`` and then extends the span over following
prepositional phrases (``... at Mansion House``, ``... of NATO foreign ministers``) up to a comma, a verb
or a date.  Other tables feed the phrases that have no head noun (``told reporters``, ``tweeted``,
``on Fox News Sunday``).

Entries are plain words, not patterns, so that anyone can add one.  Each is matched as a whole word as
written, with its first letter capitalised (``During a speech``) and in title case (``the Munich Security
Conference``); a space matches any run of whitespace, line breaks included.  List plurals and other
inflections as entries of their own.  Within :data:`HEADS` the kinds are tried in the order listed, so a
head of one kind that starts with a word of another (``press conference`` before ``press``) wins.
"""

from __future__ import annotations

# Head nouns by venue kind, tried in this order (the first kind with a head matching at a position wins).
HEADS: dict[str, tuple[str, ...]] = {
    "press_conference": (
        "press conference",
        "press conferences",
        "news conference",
        "news conferences",
        "press availability",
        "presser",
    ),
    "briefing": (
        "press briefing",
        "news briefing",
        "media briefing",
        "briefing",
        "briefings",
        "press gaggle",
        "gaggle",
        "media availability",
    ),
    "hearing": ("hearing", "hearings", "testimony", "deposition"),
    "interview": ("interview", "interviews", "Q&A"),
    "speech": (
        "speech",
        "speeches",
        "address",
        "keynote",
        "keynote speech",
        "keynote address",
        "lecture",
        "remarks",
        "sermon",
    ),
    "statement": (
        "statement",
        "statements",
        "communiqué",
        "communique",
        "press release",
        "news release",
        "declaration",
        "letter",
        "op-ed",
        "readout",
    ),
    "meeting": (
        # A body that meets is its own venue: ``at the UN Security Council``, ``at the G20``.
        "Security Council",
        "G7",
        "G8",
        "G20",
        "meeting",
        "meetings",
        "summit",
        "summits",
        "assembly",
        "forum",
        "banquet",
        "conference",
        "congress",
        "convention",
        "rally",
        "dinner",
        "luncheon",
        "gala",
        "reception",
        "ceremony",
        "session",
        "symposium",
        "seminar",
        "roundtable",
        "round table",
        "panel",
        "talks",
        "gathering",
        "event",
        "plenary",
        "town hall",
    ),
}

# What may introduce a venue noun phrase: ``at a press conference``, ``told a news conference``,
# ``on the sidelines of the summit``.  Not ``ahead of``/``before``/``after``: ``ahead of the summit`` says
# when, not where, the words were spoken; not ``on``: ``commented on the summit`` is a topic.
INTRODUCERS: tuple[str, ...] = (
    "at",
    "during",
    "in",
    "on the sidelines of",
    "on the margins of",
    "on the fringes of",
    "on the fringe of",
    "while at",
    "when at",
    "speaking at",
    "speaking during",
    "speaking in",
    "talking at",
    "spoke at",
    "told",
    "telling",
    "addressing",
    "addressed",
    "delivered",
    "delivering",
    "gave",
    "giving",
    "issued",
    "released",
    "published",
    "put out",
)

# Modifiers that make a venue a future one, which cannot be where past words were said:
# ``at the next summit``, ``at the upcoming meeting``.
FUTURE_MODIFIERS: tuple[str, ...] = ("next", "upcoming", "forthcoming", "coming", "planned", "future", "proposed")

# Phrases that look like the start of a venue phrase but are not one; matched as written.
NOT_VENUES: tuple[str, ...] = (
    "in the event",  # in the event of war
    "in any event",
    "at the end",  # at the end of the meeting: a time
    "at the start",
    "at the beginning",
    "at the time",
    "at a time",
    "told Congress",  # a body, not an occasion; and not an outlet
    "addressing Congress",
    "addressed Congress",
)

# Words that may follow a venue head to extend the span over a prepositional phrase: ``a press conference
# after an informal meeting of NATO foreign ministers``, ``an Easter banquet at Mansion House``.
EXTENDERS: tuple[str, ...] = (
    "of",
    "on",
    "at",
    "in",
    "with",
    "after",
    "for",
    "to",
    "alongside",
    "hosted by",
    "organised by",
    "organized by",
    "outside",
    "inside",
    "near",
)

# Words that end a venue phrase wherever they appear: function words, pronouns and the verbs that follow
# a venue in an attribution sentence (``at the summit Lavrov said``).  Date words end it too; they come
# from :mod:`quoteattr.lang.en.dates`.
STOP_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those which who whom whose where when while whether if because although though
    and or but nor so yet as than then there here
    of on at in with after before during for by from to into onto about over under since until till
    via per amid amidst among between against without within toward towards across through ahead
    alongside outside inside near behind beyond upon
    i he she it we they you him her them us me his hers its our their your my
    said says say saying told tells tell telling added adds noted notes stressed stresses explained explains
    argued argues warned warns insisted insists claimed claims declared declares stated states wrote writes
    tweeted posted announced announces urged urges called calls asked asks replied replies recalled
    is are was were be been being has have had will would could should may might can did does do must shall
    not no also already still just only even
    last next back earlier later ago yesterday today tonight tomorrow
    """.split()
)

# Social-media platforms, by the name reported as the venue's outlet.  ``X`` only matches as a whole
# capitalised word after ``on`` (``wrote on X``), never inside a sentence otherwise.
PLATFORMS: dict[str, tuple[str, ...]] = {
    "Twitter": ("Twitter",),
    "X": ("X",),
    "Telegram": ("Telegram",),
    "Facebook": ("Facebook",),
    "Instagram": ("Instagram",),
    "Truth Social": ("Truth Social",),
    "Weibo": ("Weibo",),
    "WeChat": ("WeChat",),
    "VKontakte": ("VKontakte", "VK"),
    "LinkedIn": ("LinkedIn",),
    "TikTok": ("TikTok",),
    "YouTube": ("YouTube",),
    "Threads": ("Threads",),
    "Bluesky": ("Bluesky",),
    "Mastodon": ("Mastodon",),
    "Substack": ("Substack",),
}

# What a post on a platform is called: ``in a Telegram post``, ``in a video on Facebook``.
POSTS: tuple[str, ...] = (
    "post",
    "posts",
    "tweet",
    "tweets",
    "message",
    "video",
    "video message",
    "video address",
    "video statement",
    "statement",
    "update",
    "thread",
    "livestream",
    "live stream",
)

# Where on a platform: ``on his Telegram channel``.
PLATFORM_PLACES: tuple[str, ...] = ("channel", "account", "page", "feed", "profile", "blog")

# Verbs that say the words were posted: ``wrote on Twitter``, ``posted on Telegram``.  Not ``said``: the
# cue belongs to the attribution, the venue starts at ``on``.
POSTING_VERBS: tuple[str, ...] = ("wrote", "writes", "writing", "posted", "posts", "posting", "published", "shared")

# Tweeting needs no platform name.
TWEET_VERBS: tuple[str, ...] = ("tweeted", "tweets", "tweeting", "retweeted", "re-tweeted")

# Journalists as an audience: ``told reporters``, ``speaking to journalists`` make a briefing.
AUDIENCES: tuple[str, ...] = (
    "journalists",
    "reporters",
    "correspondents",
    "newsmen",
    "newspapermen",
    "the press",
    "the media",
    "media",
    "press",
)

# Words before an audience or an outlet: ``told reporters``, ``speaking to CNN``, ``in comments to RT``.
# Not ``said to``: it is mostly ``is said to be``, and ``said`` is in nearly every attribution.
TELLING: tuple[str, ...] = (
    "told",
    "tells",
    "telling",
    "tell",
    "speaking to",
    "talking to",
    "spoke to",
    "speaks to",
    "talked to",
    "speaking with",
    "talking with",
    "spoke with",
    "talked with",
    "in comments to",
    "in remarks to",
    "in his comments to",
    "in her comments to",
    "in their comments to",
    "in written comments to",
    "in emailed comments to",
    "in brief comments to",
    "in a conversation with",
    "in a brief conversation with",
    "in conversation with",
    "in a chat with",
)

# What a statement can be given to an outlet as: ``said in a statement to CNN``.
STATEMENTS_TO: tuple[str, ...] = (
    "statement",
    "statements",
    "written statement",
    "emailed statement",
    "written response",
    "emailed response",
    "response",
    "responses",
    "email",
    "e-mail",
)

# Testimony words that make a hearing without a head noun: ``testified before the Senate``.
TESTIFYING: tuple[str, ...] = ("testified", "testifies", "testify", "testifying")

# Bodies a hearing is held before: ``told the Senate Armed Services Committee``.
HEARING_BODIES: tuple[str, ...] = ("committee", "subcommittee", "inquiry")

# Audiences that make telling a hearing: ``told lawmakers``, ``told MPs``.
HEARING_AUDIENCES: tuple[str, ...] = (
    "lawmakers",
    "legislators",
    "senators",
    "congressmen",
    "congresswomen",
    "members of Congress",
    "MPs",
    "peers",
)

# Broadcast media without a network name: ``on state television``, ``on the radio``, ``on his podcast``.
# Not ``programme`` or ``show`` alone: ``commented on the nuclear programme`` is a topic.
BROADCAST_MEDIA: tuple[str, ...] = (
    "television",
    "TV",
    "radio",
    "podcast",
    "radio show",
    "radio programme",
    "radio program",
    "television show",
    "television programme",
    "television program",
    "TV show",
    "TV programme",
    "TV program",
    "TV channel",
    "talk show",
)
