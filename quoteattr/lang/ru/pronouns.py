"""Russian pronouns and group nouns a speaker mention may be.

Russian has no articles: a description is a bare noun phrase (``глава МИД``),
so there is no determiner table; demonstratives (``этот``) open a description
the way an article would.  Pronouns are listed in the nominative, the case of a
subject; the object forms are for "его слова" style possessives only.
"""

from __future__ import annotations

# Personal pronouns that may be a speaker, nominative: «…», — сказал он.
SUBJECT_PRONOUNS: tuple[str, ...] = ("он", "она", "они", "я", "мы", "вы", "оно")

# Relative pronouns that open a relative clause: "эксперт, который ...".
RELATIVE: tuple[str, ...] = ("который", "которая", "которое", "которые", "кто")

# Demonstratives and quantifiers that open a description: "этот политик", "один из депутатов".
DETERMINERS: tuple[str, ...] = (
    "этот",
    "эта",
    "это",
    "эти",
    "тот",
    "та",
    "те",
    "один",
    "одна",
    "одни",
    "другой",
    "другая",
    "многие",
    "некоторые",
    "все",
)

# Nouns for a group of people who may speak together: «…», — говорят эксперты.  Nominative plural.
GROUP_NOUNS: tuple[str, ...] = (
    "эксперты",
    "аналитики",
    "политологи",
    "экономисты",
    "чиновники",
    "власти",
    "военные",
    "депутаты",
    "сенаторы",
    "врачи",
    "учёные",
    "ученые",
    "жители",
    "местные жители",
    "очевидцы",
    "свидетели",
    "организаторы",
    "журналисты",
    "критики",
    "сторонники",
    "противники",
    "участники",
    "представители",
    "источники",
    "собеседники",
    "правозащитники",
    "спасатели",
    "синоптики",
    "медики",
    "следователи",
)

# Personal pronouns by what they refer to, for coreference: "она" is a woman, "они" a group.
FEMININE: frozenset[str] = frozenset({"она", "её", "ее", "ей", "неё", "нее", "ней"})
MASCULINE: frozenset[str] = frozenset({"он", "его", "ему", "него", "нему", "ним", "нём", "нем"})
PLURAL: frozenset[str] = frozenset({"они", "их", "им", "них", "ними"})

# Common Russian women's given names, lower case: a name opening with one is a woman's.
# (Surnames say it by their ending, -ова/-ева/-ина/-ая, which no table here can state.)
FEMININE_NAMES: frozenset[str] = frozenset(
    """
    мария анна елена ольга наталья наталия екатерина татьяна ирина светлана юлия людмила галина марина
    дарья анастасия ксения валентина вера надежда любовь евгения александра полина алла лариса нина элла
    софья алина виктория кристина маргарита вероника тамара зоя лидия инна жанна эльвира
    """.split()
)
