"""Stage 4: resolve speaker mentions (names, pronouns, descriptions) to who they are.

No model: a running registry of the people and groups a document has named so
far, most recent first.  A surname resolves to the fullest earlier name that
matches it; a pronoun to the most recent compatible speaker; a description
("the head of British diplomacy") to the person whose titles and appositives
match it through the role lexicon; a relative pronoun ("who") to the name just
before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

import regex

from quoteattr.attribution.mentions import Mention
from quoteattr.lang.coref_grammar import CorefGrammar
from quoteattr.lang.language import Language
from quoteattr.lang.patterns import NEVER
from quoteattr.names import honorific_gender, match_keys, parse_name, role_classes, role_matches, same_person

_NONE = CorefGrammar()


def _grammar(lang: Language) -> CorefGrammar:
    return lang.coref or _NONE


@dataclass(slots=True, eq=False)
class Person:
    """Someone the document has named: their fullest name, roles and what pronoun fits.

    Compared by identity: two people may carry the same name and roles (two texts that name
    no one), and the registry keeps each by its identity, so moving one to the most recent
    place moves that one.
    """

    name: str
    roles: list[str] = field(default_factory=list)
    feminine: bool | None = None
    group: bool = False


class Registry:
    """People named so far in one document, most recently mentioned last.

    The language's :class:`~quoteattr.lang.coref_grammar.CorefGrammar` says which pronoun fits whom
    and which words tell a woman.

    A new name is compared only with the people who share one of its
    :func:`~quoteattr.names.match_keys`: every pair :func:`~quoteattr.names.same_person`
    joins shares one, so the answers are those of comparing it with everyone, and a
    document naming thousands of people stays linear.

    >>> from quoteattr.lang import get_language
    >>> registry = Registry(get_language("en"))
    >>> registry.add_name("British Foreign Secretary Liz Truss", []).name
    'Liz Truss'
    >>> registry.by_pronoun("she").name, registry.by_pronoun("they") is None
    ('Liz Truss', True)
    """

    def __init__(self, lang: Language) -> None:
        self.grammar = _grammar(lang)
        # Everyone by id, least recently mentioned first: moving one to the end is O(1).
        self._people: dict[int, Person] = {}
        # Blocking: key -> the people (by id) filed under it; and when each person was last
        # mentioned, which orders the candidates as ``people`` orders everyone.
        self._blocks: dict[str, dict[int, Person]] = {}
        self._mentioned: dict[int, int] = {}
        self._clock = 0

    @property
    def people(self) -> list[Person]:
        """Everyone named so far, the most recently mentioned last."""
        return list(self._people.values())

    def _recent(self) -> Iterable[Person]:
        return reversed(self._people.values())

    def _touch(self, person: Person) -> Person:
        del self._people[id(person)]
        self._people[id(person)] = person
        self._clock += 1
        self._mentioned[id(person)] = self._clock
        return person

    def _add(self, person: Person) -> Person:
        self._people[id(person)] = person
        self._clock += 1
        self._mentioned[id(person)] = self._clock
        self._index(person)
        self._index_roles(person)
        return person

    def _index(self, person: Person) -> None:
        """File a person under their keys: a group under its name, anyone else also under the name's keys.

        The keys new to the text (most: a surname's one-letter deletions) share one block, which
        :meth:`_candidates` then reads once for all of them.  So that no one is filed under a key
        by sharing, a block is never changed once filed: a key that files others already gets a
        new block, theirs and this person's.
        """
        name, blocks, number = person.name, self._blocks, id(person)
        keys = (_group_key(name),) if person.group else (_written_key(name), *match_keys(name))
        fresh: dict[int, Person] | None = None
        for key in keys:
            block = blocks.get(key)
            if block is None:
                if fresh is None:
                    fresh = {number: person}
                blocks[key] = fresh
            elif number not in block:
                blocks[key] = {**block, number: person}

    def _index_roles(self, person: Person) -> None:
        """File a person under the classes of their roles, where descriptions look."""
        for role in person.roles:
            self._index_role(person, role)

    def _index_role(self, person: Person, role: str) -> None:
        for key in role_classes(role):
            self._blocks.setdefault(_role_key(key), {})[id(person)] = person

    def _extend_roles(self, person: Person, roles: Iterable[str]) -> None:
        """Give a person the roles they do not hold yet, each filed once: roles only grow, so only new ones are."""
        for role in roles:
            if role not in person.roles:
                person.roles.append(role)
                self._index_role(person, role)

    def _candidates(self, keys: Iterable[str]) -> list[Person]:
        """The people filed under any of ``keys``, least recently mentioned first (the order of ``people``)."""
        blocks = self._blocks
        found: dict[int, Person] | None = None
        joined = False  # whether ``found`` is a dict of its own, which blocks may be added to
        last = None
        for key in keys:
            block = blocks.get(key)
            # Most keys (a surname's one-letter deletions) file no one, and a person's keys mostly
            # share one block (see _index): read once, not once per key.
            if block is not None and block is not last:
                if found is None:
                    found = block  # most lookups meet one block: read as it is, not copied
                else:
                    if not joined:
                        found, joined = dict(found), True  # a filed block is never changed here
                    found.update(block)
                last = block
        if found is None:
            return []
        if len(found) < 2:  # most names meet no one, or the one person they name again: nothing to order
            return list(found.values())
        return sorted(found.values(), key=lambda person: self._mentioned[id(person)])

    def add_name(self, mention_text: str, roles: list[str]) -> Person:
        named = _named(mention_text, self.grammar.possessive_end)
        full = named.full
        all_roles = [*named.roles, *roles]
        for person in reversed(self._candidates(named.keys)):
            if same_person(person.name, full):
                if len(full) > len(person.name) and " " in full:
                    person.name = full
                    self._index(person)  # the old keys stay: each candidate is checked
                self._extend_roles(person, all_roles)
                return self._touch(person)
        return self._add(Person(full, all_roles, _feminine(self.grammar, full, all_roles)))

    def add_titled(self, mention_text: str) -> None:
        """Remember someone introduced with a title, without making them the latest speaker."""
        parsed = parse_name(mention_text)
        if not parsed.roles or not parsed.has_name or " " not in parsed.name:
            return
        for person in self._candidates(match_keys(parsed.name)):
            if same_person(person.name, parsed.name):
                self._extend_roles(person, parsed.roles)
                return
        roles = list(parsed.roles)
        self._add(Person(parsed.name, roles, _feminine(self.grammar, parsed.name, roles)))

    def add_described(self, text: str) -> Person:
        """Someone known only by a description ("his wife", "a spokeswoman"): a person a pronoun can find."""
        for person in reversed(self._candidates([_written_key(text)])):
            if person.name.lower() == text.lower():
                return self._touch(person)
        words = {w.lower().strip(".,") for w in text.split()}
        return self._add(Person(text, [], True if words & self.grammar.feminine_titles else None))

    def add_subject(self, mention_text: str) -> None:
        """Someone a sentence is about becomes the most recent person, as a reader would take it."""
        parsed = parse_name(mention_text)
        if parsed.has_name and not parsed.roles and mention_text.lower() not in self.grammar.places:
            self.add_name(mention_text, [])

    def add_group(self, text: str) -> Person:
        for person in reversed(self._candidates([_group_key(text)])):
            if person.name.lower() == text.lower():
                return self._touch(person)
        return self._add(Person(text, [], None, True))

    def by_pronoun(self, pronoun: str) -> Person | None:
        """The person a pronoun refers to: the most recent one its gender and number fit.

        A pronoun both feminine and plural (German "sie") goes to a woman named shortly before,
        else to the most recent group or person not known to be a man, and tells no one's gender.

        >>> from quoteattr.lang import get_language
        >>> registry = Registry(get_language("de"))
        >>> _ = registry.add_name("Angela Merkel", []), registry.add_name("Olaf Scholz", [])
        >>> registry.by_pronoun("sie").name, registry.by_pronoun("er").name
        ('Angela Merkel', 'Olaf Scholz')
        >>> registry = Registry(get_language("de"))
        >>> registry.add_name("Scholz", []) is registry.by_pronoun("er"), registry.by_pronoun("sie")  # no woman
        (True, None)
        """
        feminine, masculine, plural = self.grammar.feminine, self.grammar.masculine, self.grammar.plural
        word = pronoun.lower()
        if word in feminine:
            # A woman named recently wins over a more recent person of unknown gender.
            for person in islice(self._recent(), 6):
                if person.feminine is True and not person.group:
                    return self._touch(person)
        ambiguous = word in feminine and word in plural
        for person in self._recent():
            if ambiguous:
                # German "sie": a woman or a group; no man, and too uncertain to tell anyone's gender.
                if person.group or person.feminine is not False:
                    return person if person.group else self._touch(person)
                continue
            if word in plural:
                if person.group:
                    return person
                continue
            if person.group:
                continue
            if word in feminine and person.feminine is False:
                continue
            if word in masculine and person.feminine is True:
                continue
            if person.feminine is None and word in feminine | masculine:
                person.feminine = word in feminine
            return self._touch(person)
        return None

    def by_description(self, description: str) -> Person | None:
        """The most recent person whose roles the description fits; only those sharing a class of office are tried."""
        for person in reversed(self._candidates(_role_key(key) for key in role_classes(description))):
            if not person.group and person.roles and role_matches(description, person.roles):
                return self._touch(person)
        return None


@dataclass(frozen=True, slots=True)
class _Named:
    """What a name mention says before the registry is asked: the name kept, its roles, its keys."""

    full: str
    roles: tuple[str, ...]
    keys: frozenset[str]


@lru_cache(maxsize=1 << 14)  # mentions repeat within an article and recur across a run: a few thousand kept do
def _named(mention_text: str, possessive_end: regex.Pattern[str]) -> _Named:
    """The name a mention gives, read once per text and language: a corpus names the same people again and again.

    The answer depends on the text and the language's possessive ending alone, never on the
    document, so a kept one holds in every document of a run; the cache is bounded.

    >>> from quoteattr.lang import get_language
    >>> named = _named("British Foreign Secretary Liz Truss’s", get_language("en").coref.possessive_end)
    >>> named.full, named.roles, named.keys == match_keys("Liz Truss")
    ('Liz Truss', ('British Foreign Secretary',), True)
    >>> _named("the minister", get_language("en").coref.possessive_end).keys  # names no one
    frozenset()
    """
    bare = possessive_end.sub("", mention_text)
    parsed = parse_name(bare)
    full = parsed.name or mention_text
    if parsed.given is None and honorific_gender(bare) is not None:
        full = bare  # "Mrs. Bennet": without a given name the honorific is what tells her apart
    return _Named(full, parsed.roles, match_keys(full))


def _written_key(name: str) -> str:
    """The key of anyone by their name as written, for descriptions met again ("his wife")."""
    return "~" + name.lower()  # a prefix that no key of :func:`~quoteattr.names.match_keys` has


def _group_key(name: str) -> str:
    return "@" + name.lower()


def _role_key(role_class: str) -> str:
    return "^" + role_class


_SENTENCE_GAP = regex.compile(r"(?<=\p{Ll}{2}\.) ")


_RUN_BEFORE = 120  # characters before a title word searched for the capitalised run the name opens with


def titled_names(text: str, lang: Language, *, until: int | None = None) -> list[tuple[int, int, str]]:
    """Names with a title in them ("Russian Foreign Minister Sergei Lavrov"), three or more words long.

    ``until`` keeps only the names that end by that offset, and the text is read no further than
    they can reach: the registry takes no one named after the last quote.

    >>> from quoteattr.lang import get_language
    >>> titled_names("Russian Foreign Minister Sergei Lavrov said.", get_language("en"))
    [(0, 38, 'Russian Foreign Minister Sergei Lavrov')]
    >>> titled_names("Minister Lavrov said.", get_language("en"))  # two words: no more than a name
    []
    >>> titled_names("Russian Foreign Minister Sergei Lavrov said.", get_language("en"), until=37)
    []
    """
    grammar = _grammar(lang)
    found: list[tuple[int, int, str]] = []
    covered = 0
    run_before, name_at = grammar.name_run_before, grammar.name
    for hit in grammar.title.finditer(text):
        at = hit.start()
        if until is not None and at >= until + _RUN_BEFORE:
            break  # a name found from here starts after ``until``
        if at < covered:
            continue  # inside the name found for an earlier title word
        # The run ends where the title word starts: the pattern reads backwards and is anchored there, so
        # it is matched at that place; a backwards search failing there would try every earlier place in vain.
        before = run_before.match(text, max(0, at - _RUN_BEFORE), at)
        match = name_at.match(text, before.start() if before else at)
        if match is None or match.end() <= at:
            continue
        covered = match.end()
        name = match.group()
        if name.count(" ") < 2:
            continue
        # "the City of London. She": a full stop after a word ends the name (only a full stop and a space can).
        start = match.start()
        for piece in _SENTENCE_GAP.split(name) if ". " in name else (name,):
            if piece.count(" ") >= 2 and (until is None or start + len(piece) <= until):
                found.append((start, start + len(piece), piece))
            start += len(piece) + 1
    return found


# A capitalised word inside a sentence: after a lower-case letter or a comma, colon or semicolon and a space.
_CAPITALISED_WORD = regex.compile(r"\p{Lu}[\p{L}’'\-]+")
_MIDSENTENCE = regex.compile(r"(?<=[\p{Ll},;:]\s)")
_WORD_GOES_ON = regex.compile(r"[\p{L}’'\-]")


def _capitalised_midsentence(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole capitalised word inside a sentence ("said Elizabeth").

    Each place the word is written is tested, not every capitalised word of the text listed: a
    text asks this of a few words, if any.

    >>> _capitalised_midsentence("Pretty soon, Elizabeth left.", "Elizabeth")
    True
    >>> _capitalised_midsentence("Pretty soon. Pretty good.", "Pretty")  # only opening sentences
    False
    >>> _capitalised_midsentence("he met Elizabethan scholars", "Elizabeth")  # only inside a longer word
    False
    """
    if _CAPITALISED_WORD.fullmatch(word) is None:
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _MIDSENTENCE.match(text, at) is not None and _WORD_GOES_ON.match(text, end) is None:
            return True
        at = text.find(word, at + 1)
    return False


def subject_names(text: str, sentences: list[tuple[int, int]], lang: Language) -> list[tuple[int, int, str]]:
    """Names that open a sentence as its subject ("Elizabeth looked at him."): the people a story is about.

    >>> from quoteattr.lang import get_language
    >>> t = "Elizabeth looked at him. However, Elizabeth left."
    >>> subject_names(t, [(0, 24), (25, 49)], get_language("en"))
    [(0, 9, 'Elizabeth')]
    """
    grammar = _grammar(lang)
    subject_name, not_names = grammar.subject_name, grammar.not_names
    if subject_name.pattern == NEVER:  # a grammar without the pattern: no sentence to try
        return []
    found = []
    midsentence: dict[str, bool] = {}
    for start, end in sentences:
        match = subject_name.match(text, start, end)
        if match is None:
            continue
        name = match.group("name")
        if name.split(maxsplit=1)[0] in not_names:
            continue
        if " " not in name:
            # One capitalised word opening a sentence ("Pretty soon ...", "Was it ...") is a name only
            # if the text also capitalises it inside a sentence.
            if name not in midsentence:
                midsentence[name] = _capitalised_midsentence(text, name)
            if not midsentence[name]:
                continue
        found.append((match.start("name"), match.end("name"), name))
    return found


def subject_descriptions(text: str, sentences: list[tuple[int, int]], lang: Language) -> list[tuple[int, int, str]]:
    """Descriptions that open a sentence as its subject ("Le maire s’est exprimé."), where the grammar has them.

    >>> from quoteattr.lang import get_language
    >>> t = "Le maire s’est exprimé. Le Monde a publié."
    >>> subject_descriptions(t, [(0, 23), (24, 42)], get_language("fr"))
    [(0, 8, 'Le maire')]
    >>> subject_descriptions("The mayor spoke.", [(0, 16)], get_language("en"))  # English: names only
    []
    """
    description = _grammar(lang).subject_description
    if description.pattern == NEVER:  # most grammars have none: no sentence to try
        return []
    found = []
    for start, end in sentences:
        match = description.match(text, start, end)
        if match is not None:
            found.append((match.start("description"), match.end("description"), match.group("description")))
    return found


def _feminine(grammar: CorefGrammar, name: str, roles: list[str]) -> bool | None:
    """Whether the person is a woman, where her given name, a title or her surname's ending tells it.

    A title may stand inside the name as written ("Ministerin Schmidt": the names parser keeps words it
    does not know as titles), so the name's first word is read as a title too.
    """
    words = name.split()
    first = words[0].lower().strip(".") if words else ""
    titles = grammar.feminine_titles
    if first in grammar.feminine_names or first in titles:
        return True
    if roles and any(said[0] in titles for r in roles if (said := r.lower().split())):
        return True
    if first and " " not in name.strip():
        # A surname alone: where its ending tells the gender ("Захарова", "Лавров"), it says who "она" is.
        if first.endswith(grammar.feminine_surname_endings):
            return True
        if first.endswith(grammar.masculine_surname_endings):
            return False
    return None


def resolve(text: str, mention: Mention, registry: Registry) -> tuple[str, str]:
    """``(name, resolution)`` for a mention, updating the registry.

    >>> from quoteattr.lang import get_language
    >>> registry = Registry(get_language("en"))
    >>> t = "Liz Truss spoke. She said it."
    >>> resolve(t, Mention(0, 9, "name"), registry), resolve(t, Mention(17, 20, "pronoun"), registry)
    (('Liz Truss', 'name'), ('Liz Truss', 'pronoun'))
    """
    surface = text[mention.start : mention.end]
    if mention.kind == "name":
        return registry.add_name(surface, mention.roles).name, "name"
    if mention.kind == "pronoun":
        person = registry.by_pronoun(surface)
        return (person.name, "pronoun") if person else (surface, "pronoun")
    if mention.kind == "relative":
        before = registry.grammar.name_before.search(text, max(0, mention.start - 120), mention.start)
        if before:
            return registry.add_name(before.group(1), []).name, "description"
        return surface, "description"
    if mention.kind == "group":
        return registry.add_group(surface).name, "group"
    person = registry.by_description(surface)
    if person is not None:
        return person.name, "description"
    if surface[:1].isupper() or registry.grammar.group_description.search(surface) or len(surface.split()) > 3:
        return registry.add_group(surface).name, "group"
    registry.add_described(surface)
    return surface, "description"
