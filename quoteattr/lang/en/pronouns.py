"""Pronouns and group words that can stand as a speaker mention.

``PERSONAL`` pronouns resolve to the most recent compatible speaker;
``RELATIVE`` pronouns (who, which) to the noun phrase just before them;
``GROUP_NOUNS`` are bare plurals that are speakers on their own ("officials
said", "critics argue").
"""

from __future__ import annotations

FEMININE: frozenset[str] = frozenset({"she", "her", "hers", "herself"})
MASCULINE: frozenset[str] = frozenset({"he", "him", "his", "himself"})
PLURAL: frozenset[str] = frozenset({"they", "them", "their", "we", "us"})
FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})
PERSONAL: frozenset[str] = FEMININE | MASCULINE | PLURAL | FIRST_PERSON
SUBJECT_PRONOUNS: tuple[str, ...] = ("he", "she", "they", "I", "we", "you", "it")
OBJECT_PRONOUNS: tuple[str, ...] = ("him", "her", "them", "me", "us")
RELATIVE: tuple[str, ...] = ("who", "which")
# "which" stands for a thing: "the bill, which prompted Clinton to call them “super predators”" is not the bill's.
PERSONAL_RELATIVE: tuple[str, ...] = ("who",)

# Words that open a descriptive noun phrase ("the minister", "a spokeswoman", "his aide").
DETERMINERS: tuple[str, ...] = (
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "one",
    "another",
    "some",
    "many",
    "most",
    "several",
    "both",
    "all",
    "few",
    "other",
    "two",
    "three",
    "four",
    "five",
    "each",
    "such",
    "any",
    "no",
    "every",
    "more",
    "fewer",
)

GROUP_NOUNS: tuple[str, ...] = (
    "officials",
    "critics",
    "analysts",
    "experts",
    "aides",
    "sources",
    "advisers",
    "advisors",
    "observers",
    "diplomats",
    "lawmakers",
    "legislators",
    "senators",
    "voters",
    "supporters",
    "opponents",
    "protesters",
    "activists",
    "economists",
    "scientists",
    "researchers",
    "investigators",
    "prosecutors",
    "witnesses",
    "residents",
    "polls",
    "surveys",
    "reports",
    "documents",
    "records",
    "studies",
    "democrats",
    "republicans",
    "conservatives",
    "liberals",
    "progressives",
    "leaders",
    "people",
    "others",
    "strategists",
    "donors",
    "insiders",
    "allies",
    "delegates",
    "members",
    "staffers",
    "historians",
    "scholars",
    "officers",
    "police",
    "authorities",
    "organizers",
    "organisers",
    "participants",
    "respondents",
    "specialists",
    "pollsters",
    "consultants",
    "operatives",
    "lawyers",
    "attorneys",
    "executives",
    "students",
    "workers",
    "advocates",
    "spokesmen",
    "spokespeople",
    "protesters",
    "demonstrators",
    "americans",
    "europeans",
)

# Quantities that speak for a share of a group in polls: "75 percent of Democrats said yes".
QUANTITY_WORDS: tuple[str, ...] = (
    "percent",
    "per cent",
    "%",
    "half",
    "two-thirds",
    "one-third",
    "a third",
    "a quarter",
    "three-quarters",
    "a majority",
    "the majority",
    "a plurality",
    "most",
    "many",
    "some",
    "few",
)

# Female first names and titles that settle "she" vs "he" when a name is seen.
FEMININE_TITLES: tuple[str, ...] = (
    "mrs",
    "ms",
    "miss",
    "madam",
    "madame",
    "lady",
    "dame",
    "queen",
    "princess",
    "spokeswoman",
    "congresswoman",
    "chairwoman",
    "businesswoman",
    "duchess",
    "baroness",
    "sister",
    "mother",
    "wife",
)
FEMININE_NAMES: frozenset[str] = frozenset(
    """
    liz elizabeth hillary nancy annalena angela theresa ursula marine kamala michelle melania ivanka sarah
    kellyanne huma carly nikki hope jill debbie donna elizabeth condoleezza madeleine susan samantha
    maria mary anna anne ann jane janet karen linda patricia barbara jennifer jessica emily emma olivia
    sophia catherine kate katherine kathleen laura lisa margaret martha rachel rebecca ruth sandra sharon
    stephanie tammy tina tulsi valerie victoria wendy amy amanda andrea betsy betty carol caroline claire
    diane dianne elaine ellen erin eva grace heather helen irene jacqueline jeanne joan joanna judith julia
    julie kelly kim kirsten kristen lauren lucy marcia megan melissa michele monica nina pam pamela paula
    rosa sally shelley sonia susanna tanya tara teresa yulia maria zakharova olga natalia tatiana irina
    svetlana elena ekaterina marina polina alyona lyudmila valentina priti suella penny nadine nicola
    jacinda mette sanna kaja roberta frederica federica giorgia
    """.split()
)
