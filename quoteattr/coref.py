"""Stage 4: resolve speaker mentions (names, pronouns, descriptions) to who they are.

No model: a running registry of the people and groups a document has named so
far, most recent first.  A surname resolves to the fullest earlier name that
matches it; a pronoun to the most recent compatible speaker; a description
("the head of British diplomacy") to the person whose titles and appositives
match it through the role lexicon; a relative pronoun ("who") to the name just
before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from quoteattr.frames import Mention
from quoteattr.lang.en import grammar
from quoteattr.lang.en.pronouns import FEMININE, FEMININE_NAMES, FEMININE_TITLES, MASCULINE, PLURAL
from quoteattr.lang.en.titles import HONORIFICS, TITLES
from quoteattr.lang.en.words import NOT_NAMES, PLACES
from quoteattr.lang.patterns import alternation
from quoteattr.names import honorific_gender, parse_name, role_matches, same_person

_NAME_BEFORE = regex.compile(rf"({grammar.NAME})\s*,?\s*\Z")
_POSSESSIVE = regex.compile(r"(?:’s|'s|’|')\Z")


@dataclass(slots=True)
class Person:
    """Someone the document has named: their fullest name, roles and what pronoun fits."""

    name: str
    roles: list[str] = field(default_factory=list)
    feminine: bool | None = None
    group: bool = False


class Registry:
    """People named so far in one document, most recently mentioned last."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def _touch(self, person: Person) -> Person:
        self.people.remove(person)
        self.people.append(person)
        return person

    def add_name(self, mention_text: str, roles: list[str]) -> Person:
        bare = _POSSESSIVE.sub("", mention_text)
        parsed = parse_name(bare)
        full = parsed.name or mention_text
        if parsed.given is None and honorific_gender(bare) is not None:
            full = bare  # "Mrs. Bennet": without a given name the honorific is what tells her apart
        all_roles = [*parsed.roles, *roles]
        for person in reversed(self.people):
            if not person.group and same_person(person.name, full):
                if len(full) > len(person.name) and " " in full:
                    person.name = full
                person.roles.extend(r for r in all_roles if r not in person.roles)
                return self._touch(person)
        person = Person(full, all_roles, _feminine(full, all_roles))
        self.people.append(person)
        return person

    def add_titled(self, mention_text: str) -> None:
        """Remember someone introduced with a title, without making them the latest speaker."""
        parsed = parse_name(mention_text)
        if not parsed.roles or not parsed.has_name or " " not in parsed.name:
            return
        for person in self.people:
            if not person.group and same_person(person.name, parsed.name):
                person.roles.extend(r for r in parsed.roles if r not in person.roles)
                return
        self.people.append(Person(parsed.name, list(parsed.roles), _feminine(parsed.name, list(parsed.roles))))

    def add_described(self, text: str) -> Person:
        """Someone known only by a description ("his wife", "a spokeswoman"): a person a pronoun can find."""
        for person in reversed(self.people):
            if not person.group and person.name.lower() == text.lower():
                return self._touch(person)
        words = {w.lower().strip(".,") for w in text.split()}
        person = Person(text, [], True if words & set(FEMININE_TITLES) else None)
        self.people.append(person)
        return person

    def add_subject(self, mention_text: str) -> None:
        """Someone a sentence is about becomes the most recent person, as a reader would take it."""
        parsed = parse_name(mention_text)
        if parsed.has_name and not parsed.roles and mention_text.lower() not in PLACES:
            self.add_name(mention_text, [])

    def add_group(self, text: str) -> Person:
        for person in reversed(self.people):
            if person.group and person.name.lower() == text.lower():
                return self._touch(person)
        person = Person(text, [], None, True)
        self.people.append(person)
        return person

    def by_pronoun(self, pronoun: str) -> Person | None:
        word = pronoun.lower()
        if word in FEMININE:
            # A woman named recently wins over a more recent person of unknown gender.
            for person in reversed(self.people[-6:]):
                if person.feminine is True and not person.group:
                    return self._touch(person)
        for person in reversed(self.people):
            if word in PLURAL:
                if person.group:
                    return person
                continue
            if person.group:
                continue
            if word in FEMININE and person.feminine is False:
                continue
            if word in MASCULINE and person.feminine is True:
                continue
            if person.feminine is None and word in FEMININE | MASCULINE:
                person.feminine = word in FEMININE
            return self._touch(person)
        return None

    def by_description(self, description: str) -> Person | None:
        for person in reversed(self.people):
            if not person.group and person.roles and role_matches(description, person.roles):
                return self._touch(person)
        return None


_TITLED = regex.compile(grammar.NAME)
_RUN_BEFORE = regex.compile(rf"(?r){grammar.NAME}{grammar.NAME_GAP}\Z")


def _capitalised(phrase: str) -> str:
    return " ".join(
        word[:1].upper() + word[1:] if word not in ("of", "the", "for") else word for word in phrase.split()
    )


# Titles as printed inside a name ("Foreign Minister", "Sen.", "Secretary of State"): one fast scan
# finds them, and only the capitalised runs around them are read as names.
_TITLE_HIT = re.compile(
    r"(?<![\w.])(?:" + alternation(sorted({_capitalised(t) for t in {*TITLES, *HONORIFICS}})) + r")(?!\w)"
)
_SENTENCE_GAP = regex.compile(r"(?<=\p{Ll}{2}\.) ")


def titled_names(text: str) -> list[tuple[int, int, str]]:
    """Names with a title in them ("Russian Foreign Minister Sergei Lavrov"), three or more words long."""
    found: list[tuple[int, int, str]] = []
    covered = 0
    for hit in _TITLE_HIT.finditer(text):
        if hit.start() < covered:
            continue  # inside the name found for an earlier title word
        before = _RUN_BEFORE.search(text, max(0, hit.start() - 120), hit.start())
        match = _TITLED.match(text, before.start() if before else hit.start())
        if match is None or match.end() <= hit.start():
            continue
        covered = match.end()
        if match.group().count(" ") < 2:
            continue
        # "the City of London. She": a full stop after a word ends the name.
        start = match.start()
        for piece in _SENTENCE_GAP.split(match.group()):
            if piece.count(" ") >= 2:
                found.append((start, start + len(piece), piece))
            start += len(piece) + 1
    return found


# A name opening a sentence and followed by its verb: "Truss made", "Elizabeth looked", "Lavrov also spoke".
_SUBJECT_NAME = regex.compile(
    rf"(?P<name>{grammar.NAME})\s+(?!(?:and|or|of|the|a|an|in|on|at|to|for|with|from|by|who|which)\b)\p{{Ll}}+\b"
)


_MIDSENTENCE_CAPITAL = regex.compile(r"(?<=[\p{Ll},;:]\s)\p{Lu}[\p{L}’'\-]+")


def subject_names(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names that open a sentence as its subject ("Elizabeth looked at him."): the people a story is about."""
    found = []
    midsentence: set[str] | None = None
    for start, end in sentences:
        match = _SUBJECT_NAME.match(text, start, end)
        if match is None or match.group("name").split()[0] in NOT_NAMES:
            continue
        name = match.group("name")
        if " " not in name:
            # One capitalised word opening a sentence ("Pretty soon ...", "Was it ...") is a name only
            # if the text also capitalises it inside a sentence.
            if midsentence is None:
                midsentence = set(_MIDSENTENCE_CAPITAL.findall(text))
            if name not in midsentence:
                continue
        found.append((match.start("name"), match.end("name"), name))
    return found


def _feminine(name: str, roles: list[str]) -> bool | None:
    first = name.split()[0].lower().strip(".") if name.split() else ""
    if first in FEMININE_NAMES or any(r.lower().split()[0:1] == [t] for r in roles for t in FEMININE_TITLES):
        return True
    return None


def resolve(text: str, mention: Mention, registry: Registry) -> tuple[str, str]:
    """``(name, resolution)`` for a mention, updating the registry."""
    surface = text[mention.start : mention.end]
    if mention.kind == "name":
        return registry.add_name(surface, mention.roles).name, "name"
    if mention.kind == "pronoun":
        person = registry.by_pronoun(surface)
        return (person.name, "pronoun") if person else (surface, "pronoun")
    if mention.kind == "relative":
        before = _NAME_BEFORE.search(text, max(0, mention.start - 120), mention.start)
        if before:
            return registry.add_name(before.group(1), []).name, "description"
        return surface, "description"
    if mention.kind == "group":
        return registry.add_group(surface).name, "group"
    person = registry.by_description(surface)
    if person is not None:
        return person.name, "description"
    if surface[:1].isupper() or " of " in surface or len(surface.split()) > 3:
        return registry.add_group(surface).name, "group"
    registry.add_described(surface)
    return surface, "description"
