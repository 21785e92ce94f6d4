"""Language-neutral helpers that turn word tables into regular-expression source.

Every language folder builds its grammar with these, so that a table of a
thousand verb forms compiles to a pattern that is fast to scan.
"""

from __future__ import annotations

from functools import cache

import regex

_Trie = dict[str, "_Trie"]


def alternation(words: list[str] | tuple[str, ...] | frozenset[str] | set[str]) -> str:
    """One pattern matching any of ``words``, as a prefix tree.

    A flat alternation of hundreds of verb forms is tried word by word at every
    position; a tree shares prefixes (say|said|says -> sa(?:y(?:s)?|id)), which
    makes the cue scan several times faster.  Longer words win over prefixes.

    >>> import regex
    >>> pattern = regex.compile(alternation(["say", "said", "says"]) + r"\\b")
    >>> [m.group() for m in pattern.finditer("she says he said it")]
    ['says', 'said']
    >>> pattern.fullmatch("sad") is None
    True
    """
    return _alternation_of(frozenset(words))


@cache
def _alternation_of(words: frozenset[str]) -> str:
    """:func:`alternation` of a set of words, built once: grammars ask for the same lists (participles,
    cue forms) in several patterns."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    branches = [regex.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def after_boundary(words: list[str] | tuple[str, ...] | frozenset[str] | set[str], not_after: str) -> str:
    """Any of ``words`` where the character before it is not in the class ``not_after``, opened by first letters.

    ``(?<![\\w.])(?:Minister|Secretary|...)`` matches the same words, but a pattern that opens with
    a look-behind is tried at every position of the text.  Here each first letter comes first and the
    look-behind checks the character before it, so a scan with the standard library's engine skips
    ahead to the places where some word's first letter stands (three times faster over news text).
    The words that share a first letter follow it as one :func:`alternation`, longest first, so a
    match is the one the plain alternation gives.

    >>> import re
    >>> pattern = re.compile(after_boundary(["Minister", "Mr.", "Dr."], r"[\\w.]") + r"(?!\\w)")
    >>> [m.group() for m in pattern.finditer("Mr. Smith, Prime Minister, Dr.Who")]
    ['Mr.', 'Minister']
    >>> pattern.search("XMinister") is None  # a letter before the word: not a match
    True
    """
    rests: dict[str, list[str]] = {}
    for word in set(words):
        if word:
            rests.setdefault(word[0], []).append(word[1:])
    branches = [
        f"{regex.escape(first)}(?<!{not_after}{regex.escape(first)}){alternation(rest)}"
        for first, rest in sorted(rests.items())
    ]
    return "(?:" + "|".join(branches) + ")" if branches else NEVER


def suffix_alternation(words: list[str] | tuple[str, ...] | frozenset[str] | set[str]) -> str:
    """One pattern matching any of ``words``, as a tree of their endings: for backwards (``(?r)``) patterns.

    A backwards pattern reads each word from its last letter, where a prefix tree
    (:func:`alternation`) shares nothing, so every word is tried in turn; a tree of
    endings shares them (also|so -> (?:al)?so) and is read as a prefix tree is
    forwards, several times faster.  Longer words win over their endings, so where
    two words end at one place the longer one is tried first: where a word boundary
    or a space must stand before the word (as in every pattern that uses this), the
    shorter ending inside a longer word never matches, and a match is the same as
    with :func:`alternation`.

    >>> import regex
    >>> pattern = regex.compile(rf"(?r)\\s(?:{suffix_alternation(['so', 'also', 'too'])})\\s*\\Z")
    >>> pattern.search("she also ").group(), pattern.search("he so ").group()
    (' also ', ' so ')
    >>> pattern.search("the torso ") is None
    True
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for ch in reversed(word):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _suffix_pattern(trie)


def _suffix_pattern(node: _Trie) -> str:
    branches = [_suffix_pattern(child) + regex.escape(ch) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


WORD_START = r"(?<![\w-])(?=\w)"
"""Where a word starts: no word character or hyphen before, a word character after.

A whole-text scan for words opens on it (see :class:`~quoteattr.lang.attribution_grammar.WordStarts`).

>>> import re
>>> [m.start() for m in re.finditer(WORD_START, "re-said, said")]
[0, 9]
"""

NEVER = r"\A(?!)"
"""A pattern that matches nothing: the value of a production a language does not have.

The anchor matters for speed, not meaning: a bare ``(?!)`` is tried (and fails) at
every position of the text, so a scan of a whole article with a production the
language lacks costs as much as a real search; anchored at the start, both ``regex``
and ``re`` give up at once.

>>> import re
>>> import regex
>>> regex.search(NEVER, "any text", 3) is None, re.search(NEVER, "") is None
(True, True)
>>> regex.search(rf"a|{NEVER}", "a") is not None  # inside an alternation it only adds nothing
True
"""
