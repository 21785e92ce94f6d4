"""Speech cues: the verbs and phrases that signal an attribution.

``SPEECH_VERBS`` are verbs of saying (they introduce direct quotes and reported
claims); ``BELIEF_VERBS`` introduce beliefs, intentions and findings ("she
thinks that...", "a poll found that...") and are used for reported claims only.
Every verb is listed by its base form; :func:`inflections` derives said/says/
saying-style forms, with irregular forms listed in ``IRREGULAR``.  To add a
verb, add its base form to one of the tuples (and its irregular forms if any).
"""

from __future__ import annotations

SPEECH_VERBS: tuple[str, ...] = (
    "say",
    "tell",
    "add",
    "note",
    "stress",
    "explain",
    "clarify",
    "admit",
    "argue",
    "warn",
    "insist",
    "recall",
    "suggest",
    "claim",
    "state",
    "declare",
    "announce",
    "report",
    "ask",
    "answer",
    "reply",
    "respond",
    "tweet",
    "post",
    "write",
    "continue",
    "confirm",
    "deny",
    "acknowledge",
    "assert",
    "contend",
    "maintain",
    "observe",
    "remark",
    "comment",
    "emphasize",
    "emphasise",
    "predict",
    "promise",
    "vow",
    "pledge",
    "urge",
    "accuse",
    "complain",
    "concede",
    "boast",
    "joke",
    "quip",
    "muse",
    "recount",
    "testify",
    "conclude",
    "agree",
    "disagree",
    "estimate",
    "reveal",
    "hint",
    "allege",
    "counter",
    "retort",
    "shout",
    "yell",
    "whisper",
    "mutter",
    "exclaim",
    "caution",
    "underline",
    "underscore",
    "point",
    "describe",
    "declare",
    "proclaim",
    "threaten",
    "demand",
    "pronounce",
    "reiterate",
    "concur",
    "wonder",
    "lament",
    "complain",
    "scoff",
    "sneer",
    "snap",
    "mock",
    "cry",
    "plead",
    "beg",
    "inform",
    "advise",
    "assure",
    "affirm",
    "specify",
    "elaborate",
    "tout",
    "boast",
    "brag",
    "opine",
    "acknowledge",
    "repeat",
    "remember",
    "murmur",
    "inquire",
    "enquire",
    "protest",
    "press",
    "interject",
    "interrupt",
    "call",
    "label",
    "dub",
    "blast",
    "slam",
    "hail",
    "praise",
    "criticize",
    "criticise",
    "denounce",
    "condemn",
    "decry",
    "deride",
    "question",
    "shoot",
    "fire",
)

# Verbs that attribute a quotation right next to them ("“But it is,” returned she") but are too
# common in other senses to introduce a reported claim ("he returned to Washington").
DIALOGUE_VERBS: tuple[str, ...] = (
    "return",
    "rejoin",
    "resume",
    "interpose",
    "sigh",
    "laugh",
    "venture",
    "persist",
    "begin",
    "smile",
    "nod",
    "groan",
    "sob",
    "gasp",
    "growl",
    "grumble",
    "stammer",
    "chuckle",
    "hiss",
    "breathe",
    "read",
    "put",
    "bark",
    "scream",
    "holler",
    "gush",
    "rant",
    "thunder",
    "roar",
    "snort",
    "go",
    "sing",
    "chant",
    "cheer",
    "react",
    "fume",
    "marvel",
)

BELIEF_VERBS: tuple[str, ...] = (
    "endorse",
    "support",
    "oppose",
    "defend",
    "propose",
    "cite",
    "decline",
    "refuse",
    "seek",
    "believe",
    "think",
    "feel",
    "hope",
    "fear",
    "expect",
    "want",
    "plan",
    "know",
    "reckon",
    "doubt",
    "find",
    "show",
    "indicate",
    "conclude",
    "estimate",
    "suspect",
    "worry",
    "assume",
    "consider",
    *(
        # Stances: verbs of judging or taking a side, whose content is the noun phrase or
        # infinitive after them ("rejected the proposal", "dismissed the report as a hoax").
        # Kept to those that, in news, almost always report what someone said or holds.
        "reject",
        "dismiss",
        "express",
        "mention",
        "echo",
        "blame",
        "rail",  # "has railed against the trade deal"
        "rule",  # "Politifact then ruled that the statement is “true”"
    ),
)

# Irregular forms (base: forms).  Regular forms are derived by `inflections`.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "sing": ("sing", "sings", "sang", "sung", "singing"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "cry": ("cry", "cries", "cried", "crying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "clarify": ("clarify", "clarifies", "clarified", "clarifying"),
    "specify": ("specify", "specifies", "specified", "specifying"),
    "deny": ("deny", "denies", "denied", "denying"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "worry": ("worry", "worries", "worried", "worrying"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "snap": ("snap", "snaps", "snapped", "snapping"),
    "beg": ("beg", "begs", "begged", "begging"),
    "brag": ("brag", "brags", "bragged", "bragging"),
    "plan": ("plan", "plans", "planned", "planning"),
    "concur": ("concur", "concurs", "concurred", "concurring"),
    "affirm": ("affirm", "affirms", "affirmed", "affirming"),
    "point": ("point out", "points out", "pointed out", "pointing out"),
    "shoot": ("shot back", "shoots back", "shooting back"),
    "fire": ("fired back", "fires back", "firing back"),
    "echo": ("echo", "echoes", "echoed", "echoing"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "begin": ("begin", "begins", "began", "beginning"),
    "read": ("read", "reads", "reading"),  # “…,” the statement read.
    "put": ("put it", "puts it", "putting it"),  # as Milbank put it, “…”
    "go": ("went on", "goes on", "going on"),  # “…,” Trump went on.
}

# Multi-word cues that attribute like a verb ("according to X, ...").
# Verbs that may come before their speaker: "“…,” said the minister", and with a colon or comma
# before the quote, "In other words, explained CBS moderator Nancy Cordes: “…”".  Verbs that take
# an object (described the impact, denounced her record, told reporters) are left out: the noun
# after them is not the speaker, unless it is a name ("“…,” blasted Trump").
INVERTED_INTRO_VERBS: tuple[str, ...] = (
    "say",
    "explain",
    "add",
    "note",
    "write",
    "argue",
    "continue",
    "recall",
    "insist",
    "state",
    "observe",
    "warn",
    "declare",
    "conclude",
    "remark",
    "quip",
    "reply",
    "respond",
    "ask",
    "tweet",
    "shout",
    "cry",
    "exclaim",
    "joke",
    "chime",
)

# "what Sroka called a “let a thousand flowers bloom” approach": the naming is the speaker's.
NAMING_CUES: tuple[str, ...] = (
    "called",
    "calls",
    "call",
    "has called",
    "have called",
    "had called",
    "likes to call",
    "described as",
    "describes as",
    "termed",
    "terms",
    "dubbed",
    "dubs",
    "labeled",
    "labelled",
    "branded",
    "referred to as",
    "refers to as",
    "characterized as",
    "characterizes as",
)

# "his statement that “Islam hates us”", "Trump’s call for “a total ban”": nouns of saying whose
# possessor is the speaker of the quotation that follows.
CLAIM_NOUNS: tuple[str, ...] = tuple(
    """
    statement statements remark remarks claim claims comment comments call calls promise promises pledge
    vow warning warnings assertion insistence suggestion argument contention prediction accusation
    accusations charge declaration description characterization words assessment admission boast demand
    plea quip retort tweet tweets message slogan refrain mantra observation announcement threat proposal
    proclamation verdict conclusion insinuation criticism complaint response reply answer joke line
    """.split()
)

# "what is called a “debate”": a passive naming makes the quotation a term even inside a claim.
PASSIVE_NAMING: tuple[str, ...] = (
    "is called",
    "are called",
    "was called",
    "were called",
    "been called",
    "being called",
    "be called",
)

# Words right before a quotation that make it a term, nobody's words: the so-called “rules-based
# order”, a group called “We The People”, what is called a “debate”.
TERM_INTROS: tuple[str, ...] = (
    "so-called",
    "so called",
    "dubbed",
    "nicknamed",
    "known as",
    "termed",
    "the term",
    "the word",
    "the phrase",
    "the notion of",
    "the notion of a",
    "the notion of an",
    "the idea of",
    "the idea of a",
    "the idea of an",
    "the concept of",
    "the concept of a",
    "the concept of an",
    "labeled",
    "labelled",
    "titled",
    "entitled",
    "named",
    *PASSIVE_NAMING,
)

PREPOSITIONAL_CUES: tuple[str, ...] = ("according to", "in the words of", "quoting")

# "In X's opinion/view" cues: the words after the possessive.
OPINION_NOUNS: tuple[str, ...] = ("opinion", "view", "words", "estimation", "judgment", "judgement", "assessment")

# Adverbs that may stand between a speaker and a cue ("Truss also said").
CUE_ADVERBS: tuple[str, ...] = (
    "himself",
    "herself",
    "itself",
    "themselves",
    "also",
    "later",
    "then",
    "once",
    "previously",
    "recently",
    "repeatedly",
    "again",
    "further",
    "still",
    "often",
    "even",
    "reportedly",
    "publicly",
    "privately",
    "separately",
    "earlier",
    "simply",
    "flatly",
    "bluntly",
    "quickly",
    "firmly",
    "directly",
    "frankly",
    "openly",
    "clearly",
    "explicitly",
    "angrily",
    "sharply",
    "jokingly",
    "quietly",
    "forcefully",
    "emphatically",
    "has",
    "have",
    "had",
    "would",
    "will",
    "did",
    "does",
    "do",
    "had",
    "just",
    "never",
    "not",
    "already",
    "has also",
    "is",
    "was",
    "were",
    "are",
)

# Modals and negations between a subject and its cue ("Lawmakers could not say", "he didn’t
# say"): looked past when finding a claim's subject, but never taken as a quote's lead-in
# ("The mayor should begin ''building bridges''" is no introduction).
MODAL_ADVERBS: tuple[str, ...] = (
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "cannot",
    *(
        f"{verb}n{apostrophe}t"
        for verb in ("did", "does", "do", "has", "have", "had", "would", "could", "should", "is", "was", "are", "were")
        for apostrophe in ("’", "'")
    ),
    "won’t",
    "won't",
    "can’t",
    "can't",
)


def _regular_forms(base: str) -> tuple[str, ...]:
    if base.endswith("e"):
        return (base, base + "s", base + "d", base[:-1] + "ing")
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return (base, base[:-1] + "ies", base[:-1] + "ied", base + "ing")
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return (base, base + "es", base + "ed", base + "ing")
    return (base, base + "s", base + "ed", base + "ing")


def inflections(base: str) -> tuple[str, ...]:
    """Every form of a cue verb: base, third person, past, participle, gerund.

    >>> inflections("note")
    ('note', 'notes', 'noted', 'noting')
    >>> inflections("say")
    ('say', 'says', 'said', 'saying')
    """
    return IRREGULAR.get(base) or _regular_forms(base)
