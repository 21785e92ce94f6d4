"""The language layer: logic modules hold no words of a language, language folders hold them all.

Language knowledge (verbs of saying, pronouns, titles, suffixes of inflection) lives in
``quoteattr/lang/<code>/``; a logic module that types an English word into a pattern or a
word list, or tests an English suffix, fails here with the file, the line and the word.
Messages to users (exception texts, help strings, docstrings) are not language knowledge
and are not read.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import regex
from gold import case_texts
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.lang import available_languages, detect_language, get_language
from quoteattr.lang.detect import _MAYBE_NOT_LATIN as _DETECT_MAYBE_NOT_LATIN
from quoteattr.lang.detect import _NOT_LATIN as _DETECT_NOT_LATIN
from quoteattr.lang.detect import _PUNCTUATION as _DETECT_PUNCTUATION
from quoteattr.lang.detect import _words as _detection_words
from quoteattr.lang.patterns import NEVER

PACKAGE = Path(quoteattr.__file__).resolve().parent
LANG = PACKAGE / "lang"
_PATTERN_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
_COLLECTIONS = {"frozenset", "set", "tuple", "list"}
# Regex syntax that spells letters without being words: \p{Lu}, \N{EM DASH}, (?P<name>...), (?i:...), \b.
_SYNTAX = regex.compile(r"\\[pPN]\{[^}]*\}|\(\?P[<=]\w+>?|\(\?[a-zA-Z]+[:)]|\\[A-Za-z]|\{\d*,?\d*\}")
_WORD = regex.compile(r"[A-Za-z]{2,}")
# An inflection suffix tested on a word: \w+ing\b, \p{Ll}+(?:ed|s)\b, ...ly\b.
_SUFFIX_TEST = regex.compile(r"(?:\\w|\\p\{L[lu]?\}|\])(?:\+|\{[\d,]+\})\(?(?:\?:)?[a-z]+(?:\|[a-z]+)*\)?\\b")


def _labels() -> frozenset[str]:
    """The values of every closed type (``Literal[...]``: kinds, rules, options) and the package's public names
    (which the package looks up by name when first used): names, not words of a language."""
    values: set[str] = set(quoteattr.__all__)
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Literal":
                values.update(
                    c.value for c in ast.walk(node.slice) if isinstance(c, ast.Constant) and isinstance(c.value, str)
                )
    return frozenset(values)


def _vocabulary() -> frozenset[str]:
    """Every word in the English folder's tables, lower case: what a logic module must not spell."""
    words: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            words.update(w.lower() for w in _WORD.findall(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                add(key)
                add(item)
        elif isinstance(value, (tuple, list, set, frozenset)):
            for item in value:
                add(item)

    english = LANG / "en"
    for info in pkgutil.iter_modules([str(english)]):
        if info.name == "grammar":
            continue  # patterns, not tables: their words come from the tables
        module = importlib.import_module(f"quoteattr.lang.en.{info.name}")
        for name, value in vars(module).items():
            if name.isupper() and name != "SCRIPTS":  # Unicode script names ("Latin"), not words
                add(value)
    return frozenset(words)


def _logic_modules() -> Iterator[Path]:
    # Language folders hold the words; quoteattr/data holds language-neutral tables (marks, transliteration).
    folders = {LANG / code for code in available_languages()} | {PACKAGE / "data"}
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(folder in path.parents for folder in folders):
            continue
        yield path


def _knowledge_strings(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """String constants used as patterns or word lists (never docstrings or messages)."""

    def constants(node: ast.AST) -> Iterator[tuple[int, str]]:
        for child in ast.walk(node):
            if isinstance(child, ast.Constant) and isinstance(child.value, str):
                yield child.lineno, child.value

    skipped: set[int] = set()
    for node in ast.walk(tree):
        # Literal[...] types and __all__ list names, not words.
        if isinstance(node, ast.Subscript) or (
            isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
        ):
            skipped.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in _PATTERN_CALLS or name in _COLLECTIONS:
                for arg in node.args[:1]:
                    yield from constants(arg)
            if name in {"endswith", "startswith"}:
                for arg in node.args[:1]:
                    for line, value in constants(arg):
                        if value.isalpha() and value.islower():
                            yield line, f"suffix test {value!r}"
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            value = node.value
            if isinstance(value, ast.Constant | ast.JoinedStr | ast.BinOp):
                for line, text in constants(value):
                    if _SYNTAX.search(text) or "|" in text:
                        yield line, text
        elif isinstance(node, ast.Set | ast.Tuple | ast.List) and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
        ):
            yield from ((e.lineno, e.value) for e in node.elts if isinstance(e, ast.Constant))
        elif isinstance(node, ast.Compare):
            for comparator in node.comparators:
                if isinstance(comparator, ast.Constant) and isinstance(comparator.value, str):
                    yield comparator.lineno, comparator.value


def _offences(path: Path, vocabulary: frozenset[str], labels: frozenset[str] = frozenset()) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(PACKAGE.parent) if PACKAGE in path.parents else path.name
    found = []
    for line, text in _knowledge_strings(tree):
        if text.startswith("suffix test"):
            found.append(f"{where}:{line}: {text}")
            continue
        if text in labels:
            continue  # a closed type's value ("according-to", "press_conference")
        bare = _SYNTAX.sub(" ", text)
        words = sorted({w for w in _WORD.findall(bare) if w.lower() in vocabulary})
        if words:
            found.append(f"{where}:{line}: {', '.join(words)}")
        if _SUFFIX_TEST.search(text):
            found.append(f"{where}:{line}: suffix test in {text[:60]!r}")
    return found


def test_no_language_words_in_logic_modules() -> None:
    """Separation: no logic module spells a word of a language's tables or tests an inflection suffix."""
    vocabulary, labels = _vocabulary(), _labels()
    offences = [offence for path in _logic_modules() for offence in _offences(path, vocabulary, labels)]
    assert not offences, "language knowledge in logic modules (move it to quoteattr/lang/<code>/):\n" + "\n".join(
        offences
    )


def test_the_check_catches_a_word_and_a_suffix(tmp_path: Path) -> None:
    """The guard itself: a pattern with a cue word and a suffix test is reported, a neutral pattern is not."""
    module = tmp_path / "logic.py"
    module.write_text(
        "import regex\n"
        "CUE = regex.compile(r'\\b(?:said|told)\\b')\n"
        "PARTICIPLE = regex.compile(r'\\w+ing\\b')\n"
        "SPACE = regex.compile(r'\\s+\\p{Lu}')\n"
        "def f(word):\n    return word.endswith('ly')\n",
        encoding="utf-8",
    )
    offences = _offences(module, frozenset({"said", "told"}))
    assert any("said, told" in o for o in offences)
    assert any("suffix test" in o and "ing" in o for o in offences)
    assert any("'ly'" in o for o in offences)
    assert not any(":4:" in o for o in offences)


def test_logic_modules_do_not_import_a_language_folder() -> None:
    """Logic modules receive a Language; they never import one language's folder."""
    offenders = []
    for path in _logic_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if len(parts) >= 3 and parts[:2] == ["quoteattr", "lang"] and parts[2] in available_languages():
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {node.module}")
    assert not offenders, "\n".join(offenders)


def test_every_folder_is_a_language() -> None:
    """Each folder under quoteattr/lang/ loads to a Language whose code is the folder's name."""
    for code in available_languages():
        language = get_language(code)
        assert language.code == code
        assert language.name and language.scripts


def _gold_cases_by_language() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for path in sorted(Path(__file__).parent.glob("cases/attribution-*.json")):
        code = path.stem.removeprefix("attribution-")
        if code in available_languages():
            texts[code] = [case["text"] for case in json.loads(path.read_text(encoding="utf-8"))]
    return texts


GOLD_TEXTS = _gold_cases_by_language()


@pytest.mark.parametrize("code", sorted(GOLD_TEXTS))
def test_detection_picks_the_folder_of_every_gold_case(code: str) -> None:
    """Detection: each gold case of a language, alone, is detected as that language."""
    wrong = [(text[:60], detect_language(text)) for text in GOLD_TEXTS[code] if detect_language(text) != code]
    assert not wrong, wrong


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_detection_of_several_cases_of_one_language(data: st.DataObject) -> None:
    """Stability: paragraphs of one language's gold cases, in any number and order, stay that language."""
    code = data.draw(st.sampled_from(sorted(GOLD_TEXTS)))
    texts = data.draw(st.lists(st.sampled_from(GOLD_TEXTS[code]), min_size=1, max_size=4))
    assert detect_language("\n\n".join(texts)) == code


@pytest.mark.parametrize(
    "sentence",
    [
        "Dabei wurden 47 Menschen verletzt.",
        "Inzwischen sind neue Vorwürfe an die Öffentlichkeit gelangt.",
        "In Düsseldorf startete am Samstagabend die US-Rockband Bon Jovi ihre Tournee.",
        "Die Regierungspartei, die Hamas, bezeichnete die Anschläge als Notwehr.",
        "Er selbst möchte in Holland bleiben.",
        "Beide Produkte wurden in Branchenkreisen mit Spannung erwartet.",
        "Innerhalb weniger Stunden starben 150 Menschen durch Anschläge in Bagdad.",
    ],
)
def test_detection_of_a_short_german_sentence(sentence: str) -> None:
    """Detection: a short German sentence with few German function words, or with English, Dutch or
    Spanish names in it, is German, not English (the default) or Dutch (which shares "die", "in", "als")."""
    assert detect_language(sentence) == "de"


def test_detection_finds_each_language_of_a_sentence() -> None:
    """Detection: a news sentence in each language with a folder is recognised as that language."""
    sentences = {
        "en": "“We will not back down,” the minister said on Monday, adding that the talks would go on.",
        "de": "„Wir werden nicht nachgeben“, sagte der Minister am Montag, die Gespräche würden fortgesetzt.",
        "fr": "« Nous ne céderons pas », a déclaré le ministre lundi, ajoutant que les discussions se poursuivraient.",
        "es": "«No vamos a ceder», dijo el ministro el lunes, y añadió que las conversaciones seguirían.",
        "it": "«Non cederemo», ha detto il ministro lunedì, aggiungendo che i colloqui sarebbero continuati.",
        "pt": "“Não vamos ceder”, disse o ministro na segunda-feira, acrescentando que as negociações continuariam.",
        "ru": "«Мы не отступим», — заявил министр в понедельник, добавив, что переговоры продолжатся.",
        "sv": "”Vi kommer inte att ge efter”, sa ministern på måndagen och tillade att samtalen skulle fortsätta.",
        "nl": "„We zullen niet toegeven”, zei de minister maandag, en hij voegde eraan toe dat de gesprekken doorgaan.",
        "ja": "「我々は屈しない」と大臣は月曜日に述べ、協議は続くと付け加えた。",
    }
    assert set(sentences) == set(available_languages())
    for code, sentence in sentences.items():
        assert detect_language(sentence) == code, code


def test_detection_prefilter_lets_every_letter_of_the_other_scripts_through() -> None:
    """Detection: every character of Cyrillic, kana or Han is one the quick test for them finds."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    found = _DETECT_NOT_LATIN.findall(every)
    assert len(found) > 90_000  # the scripts are there, tens of thousands of Han characters among them
    assert all(_DETECT_MAYBE_NOT_LATIN.match(char) for char in found)
    assert _DETECT_MAYBE_NOT_LATIN.search("“Yes,” she said – in Zürich …") is None


def test_detection_reads_past_an_opening_paragraph_in_another_language() -> None:
    """Detection: an English lead before a longer German article leaves the article German."""
    english = "“We will not back down,” the minister said on Monday, adding that the talks would go on. " * 20
    german = "„Wir werden nicht nachgeben“, sagte der Minister am Montag, die Gespräche würden fortgesetzt. " * 40
    assert detect_language(english + german) == "de"
    assert detect_language(english * 3) == "en"


@given(st.text(max_size=40), st.integers(min_value=0, max_value=40))
def test_never_matches_nothing_anywhere(text: str, pos: int) -> None:
    """NEVER is the empty language: alone, from any position, and as one branch of an alternation."""
    assert regex.compile(NEVER).search(text, min(pos, len(text))) is None
    assert regex.fullmatch(rf"(?:{NEVER}|x)", "x") is not None
    assert regex.search(rf"{NEVER}\w", text) is None


def test_a_production_a_language_lacks_costs_nothing_to_scan() -> None:
    """Scanning a whole text for a NEVER production is far cheaper than one pass over its words.

    Logic modules scan every article for productions (a German report mark, an English
    opinion phrase) that most languages leave at the neutral default; that default must
    not be tried at every position of the text.
    """
    text = "Die Polizei sagte, man prüfe den Fall. " * 20_000
    never = regex.compile(NEVER)
    words = regex.compile(r"\w+")

    def best(scan: Callable[[], object]) -> float:
        times = []
        for _ in range(3):
            started = time.process_time()
            scan()
            times.append(time.process_time() - started)
        return min(times)

    assert best(lambda: list(never.finditer(text))) < best(lambda: words.findall(text)) / 10


@given(
    st.text(alphabet=st.sampled_from([*_DETECT_PUNCTUATION, " ", "\n", "\u00a0", "\u2003", "\x1f", "a", "Ä", "я", "1"]))
)
def test_detection_words_are_the_text_split_at_spaces_and_punctuation(text: str) -> None:
    """Oracle: detection's word scan equals replacing each punctuation mark by a space and splitting."""
    oracle = text.translate(str.maketrans(dict.fromkeys(_DETECT_PUNCTUATION, " "))).split()
    assert _detection_words(text) == oracle


def test_detection_words_split_at_every_kind_of_whitespace() -> None:
    """Oracle over all of Unicode: a character ends a word exactly when ``str.split`` splits at it."""
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert _detection_words(every) == every.translate(str.maketrans(dict.fromkeys(_DETECT_PUNCTUATION, " "))).split()


def _spans(matches: Iterator[regex.Match[str]], names: tuple[str, ...] = ()) -> list[tuple[tuple[int, int], ...]]:
    """Each match's span and those of the named groups (``(-1, -1)``: not in its pattern, or not taking part)."""
    return [(m.span(), *(m.span(n) if n in m.re.groupindex else (-1, -1) for n in names)) for m in matches]


_BRANCH_PIECES = ["ab", "abc", "b", "bc", "c", " ", "x"]


@given(st.lists(st.sampled_from(_BRANCH_PIECES), max_size=12))
def test_branches_find_the_matches_of_their_alternation(pieces: list[str]) -> None:
    """Oracle: branches scanned side by side equal the alternation's finditer, overlaps and ties included."""
    from quoteattr.lang.attribution_grammar import Branches

    text = "".join(pieces)
    branches = [r"abc?", r"b(?:c|\b)", r"c", r"(?<=a)bc"]
    alternation = regex.compile("|".join(branches))
    assert _spans(Branches(*map(regex.compile, branches)).finditer(text)) == _spans(alternation.finditer(text))


_WORD_START_PIECES = ["said", "say", "point out", "out", "un", "-", " ", "  ", "\n", "\xa0", "(", "“", "é", "_", "1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_START_PIECES), max_size=14))
def test_word_start_scans_find_the_matches_of_their_pattern(pieces: list[str]) -> None:
    """Oracle: the scans after a space, after another character and at the start equal the one pattern's
    finditer, for words that hold a space and for a pattern whose matches end on a space."""
    import re

    from quoteattr.lang.attribution_grammar import WordStarts
    from quoteattr.lang.patterns import WORD_START

    text = "".join(pieces)
    for word in (r"(?P<cue>point out|said|say)\b(?!-)", r"(?:said|out)\s", ""):
        pattern = re.compile(WORD_START + word)
        assert WordStarts(pattern).spans(text) == [match.span() for match in pattern.finditer(text)], word


def test_cue_scans_of_every_grammar_find_what_their_pattern_finds() -> None:
    """Each language's cue scan finds in the gold cases what the cue pattern's own finditer finds, and what
    the pattern finds without the look-ahead for a word character that opens its word (a cue is a word)."""
    import re

    from quoteattr.lang.attribution_grammar import WordStarts
    from quoteattr.lang.patterns import WORD_START

    texts = case_texts()
    fast = 0
    for code in available_languages():
        grammar = get_language(code).attribution
        if grammar is None:
            continue
        cues = grammar.CUE_ANYWHERE
        scan = WordStarts(cues)
        opens = cues.pattern.startswith(WORD_START)
        unguarded = re.compile(cues.pattern.replace(WORD_START, r"(?<![\w-])", 1) if opens else cues.pattern)
        for text in [*texts, " ".join(grammar.SPEECH_FORMS | grammar.BELIEF_FORMS)]:
            expected = [m.span() for m in cues.finditer(text)]
            assert scan.spans(text) == expected == [m.span() for m in unguarded.finditer(text)], (code, text)
        fast += opens
    assert fast >= 5  # English, German, Spanish, Portuguese, Russian (French and Italian: a branch per letter)


_OPINION_PIECES = [
    "In", "in", "To", "to", " ", ", ", ". ", "\n", "his", "their", "Mr. Smith", "Smith’s", "Jones'", "view", "opinion",
    "words", "of", "the", "According", "according to", "ACCORDING TO", "in the words of", "quoting", "Quoting",
    "because", "but", "him", "“", "”",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_OPINION_PIECES), max_size=16))
def test_english_opinion_and_according_to_branches_equal_their_patterns(pieces: list[str]) -> None:
    """The English scans a branch at a time find what the single patterns they were split from find."""
    from quoteattr.lang.en import grammar

    text = "".join(pieces)
    english = get_language("en").attribution
    assert english is not None
    for scanned, single in ((english.ACCORDING_TO, grammar.ACCORDING_TO), (english.IN_OPINION, grammar.IN_OPINION)):
        names = tuple(sorted(single.groupindex))
        assert _spans(scanned.finditer(text), names) == _spans(single.finditer(text), names)


def test_branches_of_every_grammar_find_what_their_alternation_finds() -> None:
    """Every production a language gives as branches scans the gold cases as the alternation of its branches."""
    from quoteattr.lang.attribution_grammar import Branches

    texts = case_texts()
    checked = 0
    for code in available_languages():
        grammar = get_language(code).attribution
        for field in ("ACCORDING_TO", "IN_OPINION"):
            branches = getattr(grammar, field, None)
            if not isinstance(branches, Branches):
                continue
            alternation = regex.compile("|".join(f"(?:{p.pattern})" for p in branches.patterns))
            names = tuple(sorted(alternation.groupindex))
            for text in texts:
                found, expected = _spans(branches.finditer(text), names), _spans(alternation.finditer(text), names)
                assert found == expected, (code, field, text)
            checked += 1
    assert checked >= 3  # English according-to and opinion, German according-to


def test_every_document_clause_holds_one_of_its_hints() -> None:
    """The hints only skip texts the pattern cannot match: each match of the gold cases holds a hint."""
    texts = case_texts()
    matched = 0
    for code in available_languages():
        grammar = get_language(code).attribution
        if grammar is None:
            continue
        for text in texts:
            for found in grammar.DOCUMENT_CLAUSE.finditer(text):
                assert any(hint in found.group() for hint in grammar.DOCUMENT_CLAUSE_HINTS), (code, found.group())
                matched += 1
    assert matched >= 3  # German "In dem Bericht heißt es, ...", "Aus Paris hieß es, ..."


# Where a grammar's WHAT_WORDS come from: the opening its WHAT_CALLED pattern is written with, which spells
# exactly those words (a character class of the two cases, then the rest of the word), whitespace after it.
_WHAT_OPENINGS = {"en": (r"(?r)\b[Ww]hat\s+", ("what", "What"))}


def _top_level_branches(source: str) -> int:
    """How many ``|`` of ``source`` stand outside every group and character class: a pattern without
    one matches only what its opening matches first.

    >>> _top_level_branches(r"a(?:b|c)[|]\\|d"), _top_level_branches(r"a|b")
    (0, 1)
    """
    depth, in_class, escaped, count = 0, False, False, 0
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            count += 1
    return count


def test_what_words_are_proved_from_the_pattern() -> None:
    """Every language that narrows "what X called" to WHAT_WORDS writes its pattern as one branch that
    opens on a spelling of exactly those words: no match without one of them."""
    narrowing = set()
    for code in available_languages():
        grammar = get_language(code).attribution
        if grammar is None or grammar.WHAT_WORDS == ("",):
            continue
        narrowing.add(code)
        opening, words = _WHAT_OPENINGS[code]
        assert grammar.WHAT_CALLED.pattern.startswith(opening), code
        assert _top_level_branches(grammar.WHAT_CALLED.pattern) == 0, code
        assert words == grammar.WHAT_WORDS, code
    assert narrowing == set(_WHAT_OPENINGS)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["what", "What", "WHAT", "that", "hat", "somewhat", " ", "\n", "Gilbert", "he", "called", "a"]),
        max_size=10,
    )
)
def test_every_what_called_opens_on_one_of_its_words(pieces: list[str]) -> None:
    """Each match of a narrowing grammar's "what X called" holds one of its WHAT_WORDS (a pattern of
    another shape would fail here, as "that" alone would)."""
    text = "".join(pieces)
    for code in _WHAT_OPENINGS:
        grammar = get_language(code).attribution
        assert grammar is not None
        for end in range(len(text) + 1):
            found = grammar.WHAT_CALLED.search(text, 0, end)
            if found is not None:
                assert any(found.group().startswith(word) for word in grammar.WHAT_WORDS), (code, found.group())


_COORDINATION_PIECES = [
    " ", ",", ", ", "\n", "and", "but", "while", "whereas", "he", "they", "said", "says", "adding", "thinks", "also",
    "quickly", "Mr.", "Obama", "Democrats", "the", "plan", "want", "-",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_COORDINATION_PIECES), max_size=14))
def test_english_coordinated_cue_equals_its_optional_comma_form(pieces: list[str]) -> None:
    """Oracle: the new subject's comma written as two branches finds what ",?" before one branch finds."""
    import re

    from quoteattr.lang.en.attribution import _NEW_SUBJECT_CUE, COORDINATED_CUE

    split = rf"|,\s{_NEW_SUBJECT_CUE}|\s{_NEW_SUBJECT_CUE}"
    assert COORDINATED_CUE.pattern.endswith(split)
    optional_comma = re.compile(COORDINATED_CUE.pattern.replace(split, rf"|,?\s{_NEW_SUBJECT_CUE}"))
    text = "".join(pieces)
    for start in range(len(text) + 1):
        found, expected = COORDINATED_CUE.search(text, start), optional_comma.search(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_every_second_complement_holds_its_hint() -> None:
    """The hint only skips claims the pattern cannot match: each match of the gold cases holds it."""
    matched = 0
    for code in available_languages():
        grammar = get_language(code).attribution
        if grammar is None:
            continue
        for text in case_texts():
            for found in grammar.SECOND_COMPLEMENT.finditer(text):
                assert grammar.SECOND_COMPLEMENT_HINT in found.group(), (code, found.group())
                matched += 1
    assert matched >= 1  # English "said the plan failed and that ..."


@pytest.mark.parametrize("code", ["fr", "it"])
def test_speech_cue_words_by_first_letter_find_what_the_look_behind_found(code: str) -> None:
    """Oracle: the French and Italian cues, a branch per first letter, scan (and the speech cues search
    windows of) the gold cases and texts of cue words, marks and spaces as ``(?<![\\w-])`` before them did."""
    import random
    import re

    grammar = importlib.import_module(f"quoteattr.lang.{code}.grammar")
    former = re.compile(rf"(?<![\w-]){grammar.SPEECH_CUE}\b(?![-’'])")
    former_cues = re.compile(rf"(?<![\w-])(?P<cue>{grammar.CUE})\b(?![-’'])")
    pieces = [
        *sorted(grammar.SPEECH_FORMS)[::7],
        *sorted(grammar.BELIEF_FORMS)[::5],
        "a",
        "ha",
        "è",
        "-",
        "’",
        "'",
        "«",
        "»",
        "\n",
        ",",
        "x",
        *" " * 12,
    ]
    pick = random.Random(0).choice
    texts = [*case_texts(), *("".join(pick(pieces) for _ in range(k % 13)) for k in range(3000))]
    for text in texts:
        for pos, endpos in ((0, len(text)), (len(text) // 3, len(text)), (1, max(1, len(text) - 2))):
            found, expected = grammar.SPEECH_CUE_WORD.search(text, pos, endpos), former.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos, endpos)
        assert [m.span() for m in grammar.SPEECH_CUE_WORD.finditer(text)] == [m.span() for m in former.finditer(text)]
        assert [m.span("cue") for m in grammar.CUE_ANYWHERE.finditer(text)] == [
            m.span("cue") for m in former_cues.finditer(text)
        ]
