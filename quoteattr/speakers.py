"""Speaker entities: one record per person or organisation, in a document and across a corpus.

Two stages, each a function named after what it returns:

* :func:`build_speakers` groups the speaker names of one document's quotes into
  :class:`~quoteattr.models.SpeakerEntity` records ("British Foreign Secretary
  Liz Truss", "Liz Truss" and "Truss" are one entity) and stamps each quote's
  ``speaker.id``.
* :func:`link_speakers` merges the entities of many documents into corpus-wide
  ones (Annalena Berbock in one article, Annalena Baerbock in another) and
  rewrites the ids.

People are compared with :func:`quoteattr.names.match_names`, but never all
pairs: names are first *blocked* by keys computed from each name alone (the
folded surname and its one-letter deletions, so that slips such as
Baerbock/Berbock meet), and only names sharing a key are compared.  Merging is complete-link: two groups join
only if every name in one is compatible with every name in the other, so
"J. Biden" cannot chain Joe Biden and Jill Biden together.

A bare surname joins the person of that surname in its own document; across
documents it joins only when exactly one full-name person in the corpus has
that surname.  Every decision depends on the set of documents, never on their
order, and corpus ids are derived from the canonical names, so they are stable
under reordering.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

import regex

from quoteattr.lang.name_tables import name_tables
from quoteattr.lang.patterns import NEVER, alternation
from quoteattr.models import Document, Quote, Speaker, SpeakerEntity, _of_checked_fields
from quoteattr.names import (
    _SURNAME_VARIANTS,
    ParsedName,
    _compatible,
    _is_initial,
    _letters,
    _organisation_in,
    _parse,
    _role_profile,
    _slip,
    _strip_marks,
    match_names,
    name_key,
    parse_name,
    role_classes,
    role_matches,
    surname_key,
)
from quoteattr.unionfind import UnionFind

__all__ = ["assign_speakers", "build_speakers", "link_speakers", "speaker_kind"]

Kind = Literal["person", "group", "description"]

_SLUG_JUNK = regex.compile(r"[^a-z0-9]+")
# The words around names, united over every language (see quoteattr.lang.name_tables): a speaker is a
# person or a group the same way in every document of a corpus.
_TABLES = name_tables()
_ARTICLE = regex.compile(rf"^(?:{alternation(_TABLES.articles)})\s+" if _TABLES.articles else NEVER, regex.IGNORECASE)


def speaker_kind(name: str, resolution: str | None = None) -> Kind | None:
    """What a speaker name denotes: a person, a group, a description, or ``None`` for a bare pronoun.

    >>> speaker_kind("Liz Truss"), speaker_kind("the Kremlin"), speaker_kind("the analyst"), speaker_kind("she")
    ('person', 'group', 'description', None)
    """
    return _kind(name, resolution == "group")


@lru_cache(maxsize=1 << 16)
def _kind(name: str, group: bool) -> Kind | None:
    """:func:`speaker_kind`, kept per name: a corpus names the same people again and again.

    The name and whether coreference made it a group are the whole key: the tables it reads
    are built once at import, the same for every language, so a kept answer never goes stale.
    """
    stripped = name.strip()
    if stripped.casefold() in _TABLES.pronouns and not (len(stripped) > 1 and stripped.isupper()):
        return None  # "WHO" is an organisation, "who" a pronoun
    if group:
        return "group"
    parsed = parse_name(stripped)
    if parsed.has_name:
        return "person"
    words = {word.strip(".,'’").casefold() for word in stripped.split()}
    if words & _TABLES.organisation_words or any(
        phrase in stripped.casefold() for phrase in _TABLES.organisation_phrases
    ):
        return "group"
    if _role_profile(stripped).classes:
        return "description"
    # Capitalised words that are no one's name: a country or an organisation (Britain, Gazprom).
    return "group" if any(word[:1].isupper() for word in _ARTICLE.sub("", stripped).split()) else "description"


# --- Keys ------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _block_keys(parsed: ParsedName) -> frozenset[str]:
    """The blocking keys of a full name, computed from the name alone.

    Two full names that :func:`~quoteattr.names.match_names` can call one person
    always share a key, so blocking loses no match (the tests check this against
    an all-pairs oracle):

    * the folded surname and each of its one-letter deletions, which meet for
      every spelling within one edit (Baerbock/Berbock share ``berbok``);
    * the surname's group in :data:`~quoteattr.data.name_variants.SURNAME_VARIANTS`
      (Gaddafi/Qaddafi);
    * the last middle name joined to the surname, for double surnames printed
      without their hyphen (Ocasio Cortez).
    """
    key = surname_key(parsed)
    if not key or parsed.surname is None:
        return frozenset()
    keys = {f"d:{key}"} | {f"d:{key[:i]}{key[i + 1 :]}" for i in range(len(key))}
    keys |= {f"v:{group}" for group in _SURNAME_VARIANTS.get(key, ())}
    if parsed.middle and len(_letters(parsed.middle[-1])) > 1:
        keys.add(f"d:{name_key(parsed.middle[-1] + parsed.surname)}")
    return frozenset(keys)


@lru_cache(maxsize=1 << 16)
def _without_article(name: str) -> str:
    """A group's name without the article it opens with: the same groups are named in quote after quote.

    >>> _without_article(" the Kremlin"), _without_article("Gazprom")
    ('Kremlin', 'Gazprom')
    """
    return _ARTICLE.sub("", name.strip())


@lru_cache(maxsize=1 << 16)
def _group_key(name: str) -> str:
    return name_key(_without_article(name))


def _description_key(name: str) -> str:
    return " ".join(_ARTICLE.sub("", name.strip()).casefold().split())


def _slug(name: str) -> str:
    return _SLUG_JUNK.sub("-", _strip_marks(name)).strip("-") or "speaker"


# --- Clustering full names ------------------------------------------------------------


def _cluster_people(items: Iterable[frozenset[str]]) -> list[list[frozenset[str]]]:
    """Group people, each given as the set of full names (given name and surname) printed for them.

    An item is one mention's name inside a document, or one document's entity
    across a corpus.  Candidates come from shared blocking keys only; links are
    tried best score first (ties in sorted order), and two groups join only if
    every name in one is compatible with every name in the other (complete
    link), so an entity that holds both "J. Biden" and "Jill Biden" never joins
    Joe Biden.  The result depends only on the set of items, not their order.
    """
    ordered = sorted(set(items), key=sorted)
    if len(ordered) < 2:  # one person or none, as in many articles: nobody to compare
        return [[item] for item in ordered]
    forms = {form for item in ordered for form in item}
    parsed = {form: parse_name(form) for form in forms}
    keys_of = [
        _block_keys(parsed[next(iter(item))])  # one name, as every item of one document is
        if len(item) == 1
        else frozenset().union(*(_block_keys(parsed[form]) for form in item))
        for item in ordered
    ]
    if sum(map(len, keys_of)) == len(frozenset().union(*keys_of)):
        return [[item] for item in ordered]  # no two people share a key, as in most articles: each alone
    blocks: dict[str, list[int]] = defaultdict(list)
    for number, keys in enumerate(keys_of):
        for key in keys:
            blocks[key].append(number)
    candidates: set[tuple[int, int]] = set()
    for members in blocks.values():
        for position, first in enumerate(members):
            for second in members[position + 1 :]:
                candidates.add((first, second))
    links = []
    for first, second in candidates:
        scores = [
            match.score
            for a in ordered[first]
            for b in ordered[second]
            if (match := match_names(parsed[a], parsed[b])).same
        ]
        if scores:
            links.append((-max(scores), first, second))
    links.sort()
    sets = UnionFind(len(ordered))
    groups = {number: [number] for number in range(len(ordered))}  # each root's members, for complete link

    def compatible(group_a: list[int], group_b: list[int]) -> bool:
        names_a = {form for number in group_a for form in ordered[number]}
        names_b = {form for number in group_b for form in ordered[number]}
        return all(_compatible(parsed[a], parsed[b]) for a in names_a for b in names_b)

    for _, first, second in links:
        root_a, root_b = sets.find(first), sets.find(second)
        if root_a != root_b and compatible(groups[root_a], groups[root_b]):
            root = sets.union(root_a, root_b)
            groups[root].extend(groups.pop(max(root_a, root_b)))  # the root is the smaller
    return [[ordered[number] for number in sorted(members)] for _, members in sorted(groups.items())]


def _cluster_full_names(forms: Iterable[str]) -> list[list[str]]:
    """:func:`_cluster_people` for single names: the sorted groups of names that denote one person.

    Most articles name a few people, no two of whom share a blocking key: each is a group alone,
    told from the keys without the sets and orderings the general clustering builds.

    >>> _cluster_full_names(["Liz Truss", "Sergei Lavrov", "Liz Truss"])  # no two share a key
    [['Liz Truss'], ['Sergei Lavrov']]
    >>> _cluster_full_names(["Annalena Baerbock", "Annalena Berbock", "Joe Biden"])  # one slip apart
    [['Annalena Baerbock', 'Annalena Berbock'], ['Joe Biden']]
    """
    names = sorted(set(forms))
    keys = [_block_keys(parse_name(name)) for name in names]
    if sum(map(len, keys)) == len(frozenset().union(*keys)):
        return [[name] for name in names]
    groups = _cluster_people(frozenset((form,)) for form in names)
    return sorted(sorted(form for item in group for form in item) for group in groups)


def _fullest(forms: Mapping[str, int]) -> str:
    """The canonical form: the most written-out name parts, then the most mentions, then alphabetical."""
    if len(forms) == 1:  # most people are printed one way in an article: nothing to rank
        return next(iter(forms))

    def rank(form: str) -> tuple[int, int, int, int, str]:
        parsed = parse_name(form)
        written = sum(1 for part in (parsed.given, *parsed.middle) if part and not _is_initial(part))
        return (-int(parsed.given is not None), -written, -parsed.parts, -forms[form], form)

    return min(forms, key=rank)


def _unique(items: Iterable[str], *, sort: bool = False) -> list[str]:
    """Items without repeats (case-insensitive), in first-seen or sorted order."""
    seen: dict[str, str] = {}
    for item in sorted(items, key=str.casefold) if sort else items:
        if item:
            seen.setdefault(item.casefold(), item)
    return list(seen.values())


# --- One document ---------------------------------------------------------------------


_new_tuple = tuple.__new__  # a _Mention of its fields at once, without the class's constructor in Python


class _Mention(NamedTuple):  # a tuple: one is built per quote, and cheaper to build than a frozen dataclass
    quote_number: int  # position of the quote in the document's list
    start: int  # the quote's offset, to find the nearest full name before a bare surname
    raw: str
    parsed: ParsedName
    kind: Kind
    # The mention as printed, when it is itself a name of this person ("British Foreign Secretary
    # Liz Truss", "Truss" for "Liz Truss"): a source of aliases and roles.
    printed: ParsedName | None = None
    # What :func:`_read_speaker` read of the speaker: one object for every quote of the same speaker.
    read: object = None


@lru_cache(maxsize=1 << 14)
def _deletions(key: str) -> frozenset[str]:
    """A key and the keys one letter shorter: two keys within one edit share one of them.

    Kept per key: a surname comes back in document after document.

    >>> sorted(_deletions("trus"))
    ['rus', 'trs', 'tru', 'trus', 'tus']
    """
    return frozenset((key, *(key[:cut] + key[cut + 1 :] for cut in range(len(key)))))


def _by_deletion(by_surname: Mapping[str, set[int]]) -> dict[str, set[str]]:
    """Each surname key under itself and its one-letter deletions: two keys one slip apart share one.

    Needed only for a bare surname no one in the document has in full, so built only then.

    >>> sorted(_by_deletion({"truss": {0}, "trus": {1}})["trus"])
    ['trus', 'truss']
    >>> "truss" in _by_deletion({"lavrov": {0}})
    False
    """
    index: dict[str, set[str]] = defaultdict(set)
    for key in by_surname:
        for deleted in _deletions(key):
            index[deleted].add(key)
    return index


def _slipped(key: str, by_surname: Mapping[str, set[int]], by_deletion: Mapping[str, set[str]]) -> set[int]:
    """The people whose surname key is one typing slip from ``key`` (:func:`~quoteattr.names._slip`).

    Only the surnames sharing a one-letter deletion with ``key`` (``by_deletion``, :func:`_by_deletion`) are
    tried: a slip is one edit, so the two keys share one, and a document naming thousands stays linear.

    >>> people = {"baerbok": {0}, "lavrov": {1}}
    >>> _slipped("berbok", people, _by_deletion(people)), _slipped("truss", people, _by_deletion(people))
    ({0}, set())
    """
    surnames = {other for deleted in _deletions(key) for other in by_deletion.get(deleted, ())}
    return {number for other in surnames if _slip(key, other) for number in by_surname[other]}


def _named_at(full: Sequence[_Mention], cluster_of: Mapping[str, int]) -> dict[int, list[tuple[int, int]]]:
    """For each person, ``(offset, order)`` of the quotes naming them in full, sorted by offset."""
    named: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for order, mention in enumerate(full):
        named[cluster_of[mention.parsed.name]].append((mention.start, order))
    for places in named.values():
        places.sort()
    return named


def _offset(place: tuple[int, int]) -> int:
    return place[0]


def _nearest(candidates: Sequence[int], named_at: Mapping[int, list[tuple[int, int]]], start: int) -> int:
    """Of several people sharing a surname, the one named in full most recently before ``start``.

    Before the bare surname beats after it, nearer beats farther, and of two namings at one
    distance the earlier quote; each person's namings are sorted, so each is two bisections.
    """
    best: tuple[int, int, int] | None = None
    chosen = min(candidates)
    for cluster in candidates:
        places = named_at.get(cluster, [])
        cut = bisect_right(places, start, key=_offset)
        nearest = []
        if cut:
            offset = places[cut - 1][0]
            first = bisect_left(places, offset, key=_offset)
            nearest.append((0, start - offset, places[first][1]))
        if cut < len(places):
            nearest.append((1, places[cut][0] - start, places[cut][1]))
        for distance in nearest:
            if best is None or distance < best:
                best, chosen = distance, cluster
    return chosen


def build_speakers(
    doc_id: str, quotes: Sequence[Quote], roles: Mapping[str, Sequence[str]] | None = None
) -> tuple[list[SpeakerEntity], list[Quote]]:
    """Group one document's speakers into entities and set each quote's ``speaker.id``.

    ``roles`` maps a speaker name (as in ``speaker.name``) to roles found
    elsewhere in the text, such as an appositive ("a leading expert at the RISI
    Coordination Center").  Ids are ``f"{doc_id}:s{n}"`` in order of first
    mention.  A quote whose speaker is only a pronoun keeps ``speaker.id``
    unset: it names nobody in particular.

    >>> from quoteattr.models import Quote, Span, Speaker
    >>> def q(n, name):
    ...     speaker = Speaker(name=name, mention=name, start=0, end=len(name), resolution="name")
    ...     return Quote(doc="d", id=f"d:q{n}", kind="direct", text="x", start=0, end=1,
    ...                  pieces=[Span(start=0, end=1)], speaker=speaker)
    >>> entities, quotes = build_speakers("d", [q(0, "British Foreign Secretary Liz Truss"), q(1, "Truss")])
    >>> [(e.id, e.name, e.roles, e.mentions) for e in entities]
    [('d:s0', 'Liz Truss', ['British Foreign Secretary'], 2)]
    >>> [quote.speaker.id for quote in quotes]
    ['d:s0', 'd:s0']
    """
    entities, ids = assign_speakers(doc_id, [(quote.start, quote.speaker) for quote in quotes], roles)
    quotes = [
        quote if speaker_id is None else _with_speaker_id(quote, speaker_id)
        for quote, speaker_id in zip(quotes, ids, strict=True)
    ]
    return entities, quotes


@lru_cache(maxsize=1 << 16)
def _read_speaker(name: str, mention: str, group: bool) -> tuple[ParsedName, Kind, ParsedName | None] | None:
    """What a speaker tells of its entity: its name parsed, its kind and, for a person, the mention as
    printed where that is itself a name of them; ``None`` for a bare pronoun, which names no one.

    Kept per speaker: the same people are named the same way in quote after quote and article after
    article, and every answer depends on these three alone.

    >>> parsed, kind, printed = _read_speaker("Liz Truss", "British Foreign Secretary Liz Truss", False)
    >>> parsed.name, kind, printed.roles
    ('Liz Truss', 'person', ('British Foreign Secretary',))
    >>> _read_speaker("Liz Truss", "Truss", False)[2].name, _read_speaker("she", "she", False)
    ('Truss', None)
    >>> _read_speaker("Liz Truss", "the minister", False)[2] is None  # a description is no name of hers
    True
    """
    kind = _kind(name, group)
    if kind is None:
        return None
    parsed = _parse(name)  # a speaker's name is a str: parse_name without its check
    printed = None
    if kind == "person" and mention != name and _kind(mention, False):
        candidate = _parse(mention)
        printed = candidate if candidate.has_name and _compatible(candidate, parsed) else None
    return parsed, kind, printed


def assign_speakers(
    doc_id: str,
    spoken: Sequence[tuple[int, Speaker | None]],
    roles: Mapping[str, Sequence[str]] | None = None,
) -> tuple[list[SpeakerEntity], list[str | None]]:
    """The entities of one document and, for each quote, its entity id (``None``: no entity).

    The work of :func:`build_speakers` before any record is copied: ``spoken`` holds each
    quote's start offset and speaker, so that :func:`quoteattr.extract` can build each quote
    once, with its speaker id, instead of building it and then copying it to set the id.

    >>> def said(name, start):
    ...     return start, Speaker(name=name, mention=name, start=0, end=len(name), resolution="name")
    >>> entities, ids = assign_speakers("d", [said("Liz Truss", 0), (40, None), said("Truss", 80)])
    >>> [(e.id, e.name, e.mentions) for e in entities], ids
    ([('d:s0', 'Liz Truss', 2)], ['d:s0', None, 'd:s0'])
    >>> assign_speakers("d", [(0, None), said("she", 40)])  # no one named: no entity
    ([], [None, None])
    """
    roles = roles or {}
    mentions: list[_Mention] = []
    for index, (start, speaker) in enumerate(spoken):
        if speaker is None:
            continue
        name = speaker.name
        read = _read_speaker(name, speaker.mention, speaker.resolution == "group")
        if read is not None:
            mentions.append(_new_tuple(_Mention, (index, start, name, *read, read)))
    if not mentions:  # no quote with a speaker, or only pronouns: no entity, and no one to compare
        return [], [None] * len(spoken)

    people = [m for m in mentions if m.kind == "person"]
    full = [m for m in people if m.parsed.given is not None]
    clusters = _cluster_full_names({m.parsed.name for m in full})  # each name once: quotes repeat names
    cluster_of = {form: number for number, forms in enumerate(clusters) for form in forms}
    by_surname: dict[str, set[int]] = defaultdict(set)
    for number, forms in enumerate(clusters):
        for form in forms:
            by_surname[surname_key(parse_name(form))].add(number)
    by_deletion: dict[str, set[str]] | None = None  # built when a bare surname first meets no one
    named_at: dict[int, list[tuple[int, int]]] | None = None  # built when a surname first names several

    keys: list[str] = []  # each mention's cluster key, in the order of ``mentions``
    # The key of a speaker read before, by its reading (see below): a document quotes the same
    # speakers again and again, and only a bare surname that several people share (placed by the
    # quote's offset) can take another key another time.
    key_of: dict[int, str] = {}
    described = False
    for mention in mentions:
        key = key_of.get(id(mention.read))
        if key is not None:
            keys.append(key)
            continue
        kind = mention.kind
        if kind == "group":
            key = f"g:{_group_key(mention.raw)}"
        elif kind != "person":
            key = ""  # a description: placed once the people's roles are known
            described = True
        elif mention.parsed.given is not None:
            key = f"p:{cluster_of[mention.parsed.name]}"
        else:
            surname = surname_key(mention.parsed)
            candidates = sorted(by_surname.get(surname, ()))
            if not candidates and by_surname:  # with nobody named in full, nobody to have slipped from
                # Within one article a one-letter slip of a named person's surname is that person.
                by_deletion = _by_deletion(by_surname) if by_deletion is None else by_deletion
                candidates = sorted(_slipped(surname, by_surname, by_deletion))
            if len(candidates) > 1:
                named_at = _named_at(full, cluster_of) if named_at is None else named_at
                keys.append(f"p:{_nearest(candidates, named_at, mention.start)}")
                continue  # the nearest person before this quote: another quote may find another
            key = f"p:{candidates[0]}" if candidates else f"b:{surname}"
        key_of[id(mention.read)] = key
        keys.append(key)

    if described:
        # Roles gathered per person, to place descriptions the attribution left unresolved.
        roles_of: dict[str, list[str]] = defaultdict(list)
        for mention, key in zip(mentions, keys, strict=True):
            if mention.kind == "person":
                roles_of[key] += mention.parsed.roles
                if roles:
                    roles_of[key] += roles.get(mention.raw, ())
        held_roles = sorted(roles_of.items())
        for position, mention in enumerate(mentions):
            if mention.kind != "description":
                continue
            # A description naming no class of office fits nobody: no need to try everyone.
            raw = mention.raw
            fits = [key for key, held in held_roles if role_matches(raw, held)] if role_classes(raw) else []
            keys[position] = fits[0] if len(fits) == 1 else f"d:{_description_key(raw)}"

    members: dict[str, list[_Mention]] = {}  # in order of first mention
    for mention, key in zip(mentions, keys, strict=True):
        if key in members:
            members[key].append(mention)
        else:
            members[key] = [mention]

    entities: list[SpeakerEntity] = []
    id_of: dict[str, str] = {}
    for number, (key, group) in enumerate(members.items()):
        entity_id = f"{doc_id}:s{number}"
        id_of[key] = entity_id
        entities.append(_entity(entity_id, group, roles))

    ids: list[str | None] = [None] * len(spoken)
    for mention, key in zip(mentions, keys, strict=True):
        ids[mention.quote_number] = id_of[key]
    return entities, ids


def _with_speaker_id(quote: Quote, speaker_id: str) -> Quote:
    assert quote.speaker is not None
    return quote.model_copy(update={"speaker": quote.speaker.model_copy(update={"id": speaker_id})})


def _entity(entity_id: str, mentions: Sequence[_Mention], extra_roles: Mapping[str, Sequence[str]]) -> SpeakerEntity:
    # Plain loops and dicts: one entity is built for every few quotes, most from one or two mentions.
    people = [m for m in mentions if m.kind == "person"]
    forms: dict[str, int] = {}  # each form as counted, in first-seen order
    if people:
        for m in people:
            form = m.parsed.name
            forms[form] = forms.get(form, 0) + 1
        name = _fullest(forms)
    else:
        for m in mentions:
            form = _without_article(m.raw) if m.kind == "group" else m.raw.strip()
            forms[form] = forms.get(form, 0) + 1
        name = next(iter(forms)) if len(forms) == 1 else min(forms, key=lambda form: (-forms[form], -len(form), form))
    printed = [m.printed for m in mentions if m.printed is not None]
    if printed or len(forms) > 1:
        aliases = _unique([form for form in [*forms, *(p.name for p in printed)] if form != name])
    else:
        aliases = []  # one form, which is the name: most entities
    found_roles: list[str] = []
    for m in mentions:
        # A description that joined a person adds no role text; a group's words are its name, not a role.
        if m.kind == "group" or (m.kind == "description" and people):
            continue
        found_roles += m.parsed.roles
        if m.printed:
            found_roles += m.printed.roles
        if extra_roles:
            found_roles += extra_roles.get(m.raw, ())
            if m.parsed.has_name:
                found_roles += extra_roles.get(m.parsed.name, ())
    roles = _unique(found_roles) if found_roles else []
    organisation = _first_organisation(mentions, printed)
    if organisation is None and roles:
        organisation = next((org for org in map(_organisation_in, roles) if org), None)
    # Every field is of its type already (strings, lists of strings, a count of at least one): the
    # record is built as the validator would build it, without checking again.
    fields: dict[str, object] = {
        "id": entity_id,
        "name": name,
        "aliases": aliases,
        "roles": roles,
        "organisation": organisation,
        "mentions": len(mentions),
    }
    return _of_checked_fields(SpeakerEntity, fields, _ENTITY_FIELDS)


_ENTITY_FIELDS = set(SpeakerEntity.model_fields)  # the fields an entity is given: all of them


def _first_organisation(mentions: Sequence[_Mention], printed: Sequence[ParsedName]) -> str | None:
    """The first organisation a mention's name came with, then the first of the names as printed.

    >>> m = _Mention(0, 0, "the Kremlin", parse_name("the Kremlin"), "group")
    >>> _first_organisation([m], [parse_name("Kremlin spokesman Dmitry Peskov")])
    'Kremlin'
    >>> _first_organisation([m], []) is None
    True
    """
    for m in mentions:
        if m.parsed.organisation:
            return m.parsed.organisation
    for p in printed:
        if p.organisation:
            return p.organisation
    return None


# --- A corpus -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Local:
    doc_id: str
    entity: SpeakerEntity
    kind: Kind
    parsed: ParsedName


def _document_entities(doc: Document) -> tuple[list[SpeakerEntity], list[str | None]]:
    """The document's own entities and each quote's entity id, built now unless already complete.

    They are complete when every quote whose speaker names someone points at an entity of the
    document (the attribution step called :func:`build_speakers`).
    """
    known = {entity.id for entity in doc.speakers}
    complete = bool(doc.speakers) and all(
        quote.speaker.id in known
        if quote.speaker.id is not None
        else speaker_kind(quote.speaker.name, quote.speaker.resolution) is None
        for quote in doc.quotes
        if quote.speaker is not None
    )
    if complete:
        return list(doc.speakers), [quote.speaker.id if quote.speaker else None for quote in doc.quotes]
    return assign_speakers(doc.doc_id, [(quote.start, quote.speaker) for quote in doc.quotes])


def _local_kind(entity: SpeakerEntity, resolutions: set[str]) -> Kind:
    if "group" in resolutions:
        return "group"
    return speaker_kind(entity.name) or "description"


def link_speakers(documents: Sequence[Document]) -> list[Document]:
    """Merge the speaker entities of many documents into corpus-wide ones.

    Returns the documents in their input order, each quote's ``speaker.id``
    rewritten to a corpus id (derived from the canonical name: ``liz-truss``)
    and each document's ``speakers`` set to the corpus entities it uses, with
    corpus-wide aliases, roles and mention counts.  Documents whose quotes have
    no entity ids yet are passed through :func:`build_speakers` first.

    >>> from quoteattr.models import Quote, Span, Speaker
    >>> def doc(doc_id, name):
    ...     speaker = Speaker(name=name, mention=name, start=0, end=len(name), resolution="name")
    ...     quote = Quote(doc=doc_id, id=f"{doc_id}:q0", kind="direct", text="x", start=0, end=1,
    ...                   pieces=[Span(start=0, end=1)], speaker=speaker)
    ...     return Document(doc_id=doc_id, text=name, quotes=[quote])
    >>> linked = link_speakers([doc("a", "Annalena Baerbock"), doc("b", "German Foreign Minister Annalena Berbock")])
    >>> [d.quotes[0].speaker.id for d in linked], linked[1].speakers[0].aliases
    (['annalena-baerbock', 'annalena-baerbock'], ['Annalena Berbock'])
    """
    linker = SpeakerLinker()
    handles = [linker.add(doc) for doc in documents]
    linker.finish()
    return [linker.apply(doc, handle) for doc, handle in zip(documents, handles, strict=True)]


class SpeakerLinker:
    """:func:`link_speakers` in two passes, so a caller need not hold every document at once.

    ``add`` each document (it keeps only the document's speaker entities and each quote's entity id),
    ``finish`` once, then ``apply`` each document again with the handle ``add`` returned: the result
    is the document :func:`link_speakers` returns for it.  ``quoteattr extract`` spools the documents
    to a temporary file between the passes and prints each as soon as it is linked.

    >>> from quoteattr.models import Quote, Span, Speaker
    >>> speaker = Speaker(name="Liz Truss", mention="Liz Truss", start=0, end=9, resolution="name")
    >>> quote = Quote(doc="a", id="a:q0", kind="direct", text="x", start=0, end=1,
    ...               pieces=[Span(start=0, end=1)], speaker=speaker)
    >>> doc = Document(doc_id="a", text="Liz Truss", quotes=[quote])
    >>> linker = SpeakerLinker()
    >>> handle = linker.add(doc)
    >>> linker.finish()
    >>> linker.apply(doc, handle).quotes[0].speaker.id
    'liz-truss'
    >>> SpeakerLinker().apply(doc, handle)
    Traceback (most recent call last):
    ...
    RuntimeError: apply() before finish()
    """

    def __init__(self) -> None:
        self._locals: list[_Local] = []
        self._component: list[tuple[str, ...]] | None = None
        self._corpus: dict[tuple[str, ...], SpeakerEntity] = {}

    def add(self, doc: Document) -> tuple[int, list[SpeakerEntity], list[str | None]]:
        """Record ``doc``'s entities; the handle to pass to :meth:`apply` with the same document."""
        entities, ids = _document_entities(doc)
        position = len(self._locals)
        resolutions: dict[str, set[str]] = defaultdict(set)
        for quote, local_id in zip(doc.quotes, ids, strict=True):
            if quote.speaker is not None and local_id is not None:
                resolutions[local_id].add(quote.speaker.resolution)
        for entity in entities:
            kind = _local_kind(entity, resolutions[entity.id])
            self._locals.append(_Local(doc.doc_id, entity, kind, parse_name(entity.name)))
        return position, entities, ids

    def finish(self) -> None:
        """Group the recorded entities into corpus-wide ones."""
        self._component = _corpus_components(self._locals)
        self._corpus = _corpus_entities(self._locals, self._component)

    def apply(self, doc: Document, handle: tuple[int, list[SpeakerEntity], list[str | None]]) -> Document:
        """``doc`` with corpus speaker ids and entities."""
        if self._component is None:
            raise RuntimeError("apply() before finish()")
        position, entities, ids = handle
        local_to_corpus = {}
        for entity in entities:
            local_to_corpus[entity.id] = self._corpus[self._component[position]]
            position += 1
        used: dict[str, SpeakerEntity] = {}
        new_quotes = []
        for quote, local_id in zip(doc.quotes, ids, strict=True):
            if local_id in local_to_corpus:
                target = local_to_corpus[local_id]
                used.setdefault(target.id, target)
                quote = _with_speaker_id(quote, target.id)
            new_quotes.append(quote)
        for target in local_to_corpus.values():
            used.setdefault(target.id, target)
        return doc.model_copy(update={"quotes": new_quotes, "speakers": list(used.values())})


def _full_forms(entity: SpeakerEntity) -> frozenset[str]:
    """The full names (given name and surname) an entity was printed as."""
    parsed = (parse_name(name) for name in (entity.name, *entity.aliases))
    return frozenset(p.name for p in parsed if p.given is not None)


def _corpus_components(locals_: Sequence[_Local]) -> list[tuple[str, ...]]:
    """A component key for each local entity; equal keys are one corpus entity."""
    full = {
        number: _full_forms(item.entity)
        for number, item in enumerate(locals_)
        if item.kind == "person" and item.parsed.given is not None
    }
    clusters = _cluster_people(full.values())
    cluster_of = {entity: number for number, entities in enumerate(clusters) for entity in entities}
    by_surname: dict[str, set[int]] = defaultdict(set)
    for number, entities in enumerate(clusters):
        for forms in entities:
            for form in forms:
                by_surname[surname_key(parse_name(form))].add(number)
    cluster_roles: dict[int, list[str]] = defaultdict(list)
    for number, forms in full.items():
        cluster_roles[cluster_of[forms]].extend(locals_[number].entity.roles)

    keys: list[tuple[str, ...]] = []
    for number, item in enumerate(locals_):
        if item.kind == "group":
            keys.append(("g", _group_key(item.entity.name)))
        elif item.kind == "description":
            keys.append(("d", item.doc_id, item.entity.id))
        elif number in full:
            keys.append(("p", str(cluster_of[full[number]])))
        else:
            surname = surname_key(item.parsed)
            candidates = sorted(by_surname.get(surname, ()))
            if len(candidates) > 1 and item.entity.roles:
                # Several people share the surname: the roles may still single one out.
                candidates = [
                    n for n in candidates if any(role_matches(role, cluster_roles[n]) for role in item.entity.roles)
                ]
            if len(candidates) == 1:
                keys.append(("p", str(candidates[0])))
            elif not by_surname.get(surname):
                keys.append(("b", surname))  # nobody in the corpus has this surname in full
            else:
                keys.append(("u", item.doc_id, item.entity.id))  # ambiguous: stays in its document
    return keys


def _corpus_entities(
    locals_: Sequence[_Local], component: Sequence[tuple[str, ...]]
) -> dict[tuple[str, ...], SpeakerEntity]:
    members: dict[tuple[str, ...], list[_Local]] = defaultdict(list)
    for item, key in zip(locals_, component, strict=True):
        members[key].append(item)
    drafts: dict[tuple[str, ...], SpeakerEntity] = {}
    for key, items in members.items():
        items.sort(key=lambda item: (item.doc_id, item.entity.id, item.entity.name))
        forms: Counter[str] = Counter()
        for item in items:
            forms[item.entity.name] += item.entity.mentions or 1
        people = [item for item in items if item.kind == "person"]
        if people:
            name = _fullest(Counter({f: c for f, c in forms.items() if parse_name(f).has_name}))
        else:
            name = min(forms, key=lambda form: (-forms[form], -len(form), form))
        names = {item.entity.name for item in items} | {alias for item in items for alias in item.entity.aliases}
        organisations = Counter(item.entity.organisation for item in items if item.entity.organisation)
        drafts[key] = SpeakerEntity(
            id="",
            name=name,
            aliases=sorted(names - {name}),
            roles=_unique((role for item in items for role in item.entity.roles), sort=True),
            organisation=min(organisations, key=lambda org: (-organisations[org], org)) if organisations else None,
            mentions=sum(item.entity.mentions for item in items),
        )
    # Ids from the canonical names; a clash is numbered by the first document and entity of each side.
    by_slug: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key, draft in drafts.items():
        by_slug[_slug(draft.name)].append(key)
    final: dict[tuple[str, ...], SpeakerEntity] = {}
    for slug, keys in by_slug.items():
        keys.sort(key=lambda key: (members[key][0].doc_id, members[key][0].entity.id, key))
        for number, key in enumerate(keys):
            entity_id = slug if number == 0 else f"{slug}-{number + 1}"
            final[key] = drafts[key].model_copy(update={"id": entity_id})
    return final
