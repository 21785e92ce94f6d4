"""Small word classes the attribution grammar needs to tell a speaker from other words.

* ``NOT_NAMES``: capitalised words that open sentences but never name a speaker
  ("Indeed, ...", "His ...", "Asked about it, ...").
* ``LABELS``: the labels of headlines and credit lines ("The Latest:", "Correction:"), never a speaker.
* ``FUNCTION_WORDS``: words a noun phrase cannot end with ("the minister of").
* ``CLAUSE_WORDS``: words that make a phrase a clause rather than a noun phrase
  ("the result is a sentence I", "every time he").
* ``PHRASE_OPENERS``: words that open an introductory phrase ending in a comma ("Amid the
  protests, ...", "Shortly after the call ended, ..."); the subject comes after it.
* ``WORD_OPENERS``: words that open a sentence on their own, with or without a comma
  ("And then Trump went ...", "Still, she ..."); they take no phrase with them.
* ``SUBJECT_VERBS``: finite verbs that end a subject noun phrase ("The president left ...",
  "The billionaire businessman began ..."): auxiliaries and common irregular past tenses.
* ``LY_NOUNS``: lower-case words ending in -ly that are not adverbs ("the family said"), so
  that any other -ly word between a speaker and a cue is read as one ("Cruz gingerly said").
* ``HEADLINE_VERBS``: verbs a headline uses for saying ("Clinton Speaks ‘…’"), read only in headlines.
* ``SPEAKING_PLACES``: countries and capitals that speak for their governments ("Japan branded ...").
* ``PLACES``: US states and much-quoted capitals; a place alone opening a sentence
  ("California ...", a dateline) is not taken as the speaker of a stray quote.

Compared in lower case, except ``NOT_NAMES`` which is compared as written.
"""

from __future__ import annotations

NOT_NAMES: frozenset[str] = frozenset(
    """
    The This That These Those It There He She They We I You But And Or Nor However Meanwhile In On At For
    If When While After Before Although Though Because As Since So Yet Still Now Then Also What Which Who
    Whom Whose Where Why How His Her Hers Its Our Their My Your Nothing Everything Everyone Everybody Nobody
    Somebody Someone Anyone Anything Something Hours Days Minutes Weeks Months Years Asked Indeed Wait Yes
    No Well Perhaps Maybe Today Tomorrow Yesterday Tonight Here Both Each Many Most Some Several All Few
    Other Others Such Another Every Any Much More Less Please Thanks Sorry Oh Hey Look Listen Remember
    Instead Sure Sometimes Often Never Always Once Again Even Only Just Already Like Unlike Except Given
    Despite During Under Over Through Throughout Without Within Among Between Against Toward Towards Back
    Likewise Otherwise Nevertheless Nonetheless Moreover Furthermore Shortly Alongside Across Amid Amidst
    Informed Pressed Overall Ultimately Separately Elsewhere To Of By With Into Onto Upon
    Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March July September October November December
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Mon. Tue. Tues. Wed. Thu. Thurs. Fri. Sat. Sun.
    """.split()
)

# Labels that open a headline or a line of credits, never a speaker: "The Latest: Trump ...",
# "Correction: An earlier version ...", "Additional reporting by ...".
LABELS: frozenset[str] = frozenset(
    """
    latest correction corrections clarification update updated reporting contributing related watch photo
    """.split()
) | {"the latest", "editor’s note", "editor's note", "additional reporting", "read more"}

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    the a an of in on at to for with by from and or but as that this these those is are was were be been
    has have had not no it its will would can could should may might must did does do
    """.split()
)

CLAUSE_WORDS: frozenset[str] = frozenset(
    """
    is are was were be been being who whom which that what i you we if when because whether
    will would can could should may might must did does do
    """.split()
)

PHRASE_OPENERS: tuple[str, ...] = tuple(
    """
    In At On During After Before Since With Without Within For From Under Over Through Throughout Following
    Despite Speaking Earlier Later Last This When While As Asked Pressed
    Informed Reached Contacted Questioned Confronted Interviewed Once Ever Like Unlike Given
    Based According Amid Amidst Among Amongst Against Because If Although Though Until Unless Back Alongside
    Across Around Beyond Inside Outside Toward Towards Upon Behind Besides Beside Near Along Regarding
    Concerning Considering Likewise Otherwise Nevertheless Nonetheless Moreover Furthermore Shortly
    Soon Already Thus Hence Therefore Overall Ultimately Separately Elsewhere Here There
    """.split()
)

LY_NOUNS: tuple[str, ...] = tuple(
    "family assembly rally supply reply daily weekly monthly quarterly ally bully belly jelly lily holy ugly "
    "early only friendly elderly lonely lovely costly deadly likely unlikely".split()
)

WORD_OPENERS: tuple[str, ...] = tuple(
    "And But So Yet Then Now Still Also Even Instead Meanwhile Indeed Again Plus Or Nor".split()
)

SUBJECT_VERBS: frozenset[str] = frozenset(
    """
    is are was were has have had will would can could should may might must did does do
    began begun went gone left took taken made gave given came saw got gotten kept held brought stood ran
    put set let sent spent built led lost met paid won spoke broke chose drove rose fell struck became grew
    knew threw drew bought caught fought sought taught sat hit cut shut quit hung hid bit beat wore tore
    swore shook woke forgot understood
    """.split()
)

# Heads of a possessive phrase that speak for someone ("Ryan’s campaign", "Trump’s spokeswoman");
# other heads ("Truss’s remarks", "NATO’s plan") name a thing, not a speaker.
SPEAKING_HEADS: frozenset[str] = frozenset(
    """
    campaign office team spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors
    lawyer lawyers attorney attorneys staff press secretary administration government ministry department
    committee family son daughter wife husband mother father brother sister friend friends supporters
    """.split()
)

# Endings of sentence adverbs ("Additionally", "Clearly", "Reportedly"), chosen so that names
# ending in -ly (Kelly, Skelly, Beverly) are not caught.
ADVERB_ENDINGS: tuple[str, ...] = (
    "ally",
    "ely",
    "ily",
    "ntly",
    "ously",
    "ively",
    "ately",
    "edly",
    "ully",
    "arly",
    "ctly",
    "ssly",
)

# Verbs a headline uses for saying, capitalised like every headline word: "Clinton Speaks ‘Directly To
# White People’", "Lawmakers Rip Trump As A ‘Disgusting Fraud’". Read only in a headline.
HEADLINE_VERBS: frozenset[str] = frozenset(
    """
    speaks slams rips blasts knocks hits mocks touts vows urges warns praises lauds pans rebukes scolds
    """.split()
)

# Countries and capitals that stand for their governments: "Japan branded North Korea an “outlaw
# nation”", "Moscow warned". A subject of its own verb, such a place speaks.
SPEAKING_PLACES: frozenset[str] = frozenset(
    """
    china russia ukraine britain france germany japan israel iran iraq syria mexico canada
    moscow beijing tokyo kyiv kiev tehran jerusalem london paris berlin washington brussels
    """.split()
)

PLACES: frozenset[str] = frozenset(
    place.replace("_", " ")
    for place in """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia wisconsin wyoming washington
    new_hampshire new_jersey new_mexico new_york north_carolina north_dakota rhode_island
    south_carolina south_dakota west_virginia
    london paris berlin moscow beijing tokyo brussels kyiv kiev madrid rome jerusalem tehran baghdad
    chicago boston philadelphia atlanta miami houston dallas denver seattle detroit cleveland phoenix
    america europe asia africa china russia ukraine britain england france germany japan israel iran iraq
    syria mexico canada
    """.split()
)

# Nouns of works and shows, and the participles that give a title: the capitalised quote right after
# them is the work's name, nobody's words ("his 2002 book, ''Make Your Kid a Millionaire,''", "the
# spot, titled “Arrogant,”"). Ads and slogans are left out: their quoted words are somebody's.
WORK_NOUNS: tuple[str, ...] = tuple(
    """
    book books memoir novel film movie documentary show program programme series episode podcast song
    album column op-ed essay commentary headline titled entitled
    """.split()
)
