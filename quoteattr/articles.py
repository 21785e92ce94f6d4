"""The one reader of article inputs, shared by ``quoteattr extract``, ``corpus`` and ``index add``.

An input path is one of:

* a text file: one article, named by the file's stem (by its path without the suffix when
  another text file already took that stem, by its whole path when that too is taken: a/x.txt
  and b/x.txt, or sub/x.txt and x.txt, stay two articles with two ids);
* a JSON Lines file (``.jsonl``, ``.json``, ``.ndjson``): one article per line, an object with
  a string ``id`` and ``text`` and optional ``published`` (ISO date), ``outlet`` and ``lang``
  (a language code such as ``"en"``); blank lines are ignored;
* a directory: its text and JSON Lines files, recursively, in sorted order;
* ``-``: standard input, read as JSON Lines when its first line is a JSON object, else as one
  text article named ``stdin``.

Reading never stops at a bad input: :func:`read_articles` yields an :class:`Article` for each
good one and a :class:`Problem` (``source: message``) for each file or line it had to skip, so
every command reports problems the same way and goes on.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple

from quoteattr.errors import InputError
from quoteattr.lang import get_language

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
STDIN = "-"
"""The path that stands for standard input."""


class Article(NamedTuple):
    """One article to extract: what the JSON line (or text file) gave, and where it came from."""

    id: str
    text: str
    published: str | None = None
    outlet: str | None = None
    source: str = ""
    lang: str | None = None
    """The language code the input gave (``"en"``), or ``None`` to let extraction decide."""


class Problem(NamedTuple):
    """An input that was skipped, and why: reported as ``source: message``."""

    source: str
    message: str


# --------------------------------------------------------------------------------------------------
# JSON Lines


def _published(value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' must be an ISO date string, got {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise ValueError(f"'published' is not an ISO date: {value!r}") from None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(value: object) -> object:
    r"""A JSON string with each lone surrogate escape (``"\ud800"``, which no UTF-8 file can hold
    and no record can be written with) replaced by U+FFFD, one code point for one so offsets stay.

    >>> _without_lone_surrogates("a\ud800b") == "a\N{REPLACEMENT CHARACTER}b"
    True
    >>> _without_lone_surrogates("fine \N{GRINNING FACE}")
    'fine 😀'
    """
    if not isinstance(value, str):
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\N{REPLACEMENT CHARACTER}", value)
    return value


def parse_article(line: str, source: str) -> Article | Problem:
    """One JSON line as an :class:`Article`, or the :class:`Problem` with it.

    >>> parse_article('{"id": "a1", "text": "Hi.", "published": "2022-04-29T10:00:00Z", "lang": "en"}', "x.jsonl:1")
    Article(id='a1', text='Hi.', published='2022-04-29', outlet=None, source='x.jsonl:1', lang='en')
    >>> parse_article('{"id": 3}', "x.jsonl:2").message
    "'id' must be a non-empty string"
    >>> parse_article('{"id": "a2", "text": "Hi.", "lang": 7}', "x.jsonl:3").message
    "'lang' must be a language code such as 'en'"
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Problem(source, f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return Problem(source, f"expected a JSON object, got {type(record).__name__}")
    record = {key: _without_lone_surrogates(value) for key, value in record.items()}
    article_id, text, outlet, lang = record.get("id"), record.get("text"), record.get("outlet"), record.get("lang")
    if not isinstance(article_id, str) or not article_id.strip():
        return Problem(source, "'id' must be a non-empty string")
    if not isinstance(text, str):
        return Problem(source, "'text' must be a string")
    if outlet is not None and not isinstance(outlet, str):
        return Problem(source, "'outlet' must be a string")
    if lang is not None and (not isinstance(lang, str) or not lang.strip()):
        return Problem(source, "'lang' must be a language code such as 'en'")
    if lang is not None:
        try:
            lang = get_language(lang).code
        except InputError as error:
            return Problem(source, str(error))
    try:
        published = _published(record.get("published"))
    except ValueError as exc:
        return Problem(source, str(exc))
    return Article(article_id, text, published, outlet, source, lang)


def _jsonl_articles(lines: Iterable[str], name: str) -> Iterator[Article | Problem]:
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield parse_article(line.removeprefix("\ufeff") if number == 1 else line, f"{name}:{number}")


def _jsonl_byte_lines(lines: Iterable[bytes], name: str, codec: str) -> Iterator[Article | Problem]:
    r"""The articles of JSON Lines given as raw byte lines, each decoded on its own: a byte that is
    not valid in ``codec`` costs only its line, reported with its number.  A byte-order mark on
    the first line is dropped.

    >>> [getattr(a, "id", None) or a.message for a in _jsonl_byte_lines(
    ...     [b'\xef\xbb\xbf{"id": "a", "text": "x"}\n', b'{"id": "b", "text": "\xff"}\n', b'{"id": "c", "text": ""}'],
    ...     "f.jsonl", "utf-8")]
    ['a', 'not valid utf-8 (byte 21 of the line); pass --encoding to name its encoding', 'c']
    """
    for number, raw in enumerate(lines, 1):
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8) if codec == "utf-8" else raw
        try:
            line = raw.decode(codec)
        except UnicodeDecodeError as exc:
            message = f"not valid {codec} (byte {exc.start} of the line); pass --encoding to name its encoding"
            yield Problem(f"{name}:{number}", message)
            continue
        if line.strip():
            yield parse_article(line, f"{name}:{number}")


def _line_codec(encoding: str) -> str | Problem:
    """The codec to decode JSON Lines with line by line, or the problem with ``encoding``."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return Problem("", f"unknown encoding {encoding!r}")
    if not getattr(info, "_is_text_encoding", True):  # base64, zlib: bytes to bytes
        return Problem("", f"{encoding!r} is not a text encoding")
    return info.name


def _splits_on_newline_bytes(codec: str) -> bool:
    # In UTF-16 and UTF-32 a newline is more than the byte 0x0A: such files are decoded whole.
    return not codec.startswith(("utf-16", "utf-32"))


def _stdin_is_jsonl(data: bytes, encoding: str) -> bool:
    """Whether standard input's bytes are JSON Lines to be read line by line (its first line is an object)."""
    codec = _line_codec(encoding)
    if isinstance(codec, Problem) or not _splits_on_newline_bytes(codec) or b"\x00" in data:
        return False
    first = next((line for line in data.split(b"\n") if line.strip()), b"")
    return _looks_like_jsonl(first.removeprefix(codecs.BOM_UTF8).decode(codec, "replace"))


def _looks_like_jsonl(text: str) -> bool:
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


# --------------------------------------------------------------------------------------------------
# Text


def _decode(data: bytes, name: str, encoding: str) -> str | Problem:
    """The text of one input's bytes, or the problem with them."""
    if not data.strip():
        return Problem(name, "empty file")
    codec = _line_codec(encoding)
    if isinstance(codec, Problem):
        return codec._replace(source=name)
    # UTF-16 and UTF-32 text is full of NUL bytes; in any other encoding one NUL
    # anywhere (not only near the start) means a binary file.
    if b"\x00" in data and not codec.startswith(("utf-16", "utf-32")):
        return Problem(name, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        return Problem(name, f"not valid {encoding} (byte {exc.start}); pass --encoding to name its encoding")
    return text.removeprefix("\ufeff")


def _read_bytes(path: Path | None) -> bytes | Problem:
    name = "<stdin>" if path is None else str(path)
    if path is None and (sys.stdin is None or getattr(sys.stdin, "buffer", None) is None):
        # A closed standard input (``quoteattr extract - <&-``): Python sets sys.stdin to None.
        return Problem(name, "standard input is closed")
    try:
        return sys.stdin.buffer.read() if path is None else path.read_bytes()
    except FileNotFoundError:
        return Problem(name, "no such file")
    except IsADirectoryError:
        return Problem(name, "is a directory")
    except ValueError:  # reading a standard input that was closed while running
        return Problem(name, "standard input is closed")
    except OSError as exc:
        return Problem(name, f"cannot read ({exc.strerror or exc})")


# --------------------------------------------------------------------------------------------------
# Paths


def input_files(paths: Sequence[str | Path]) -> list[Path | Problem | None]:
    """The inputs behind the command-line paths: files as given, directories to their text and
    JSON Lines files (whatever the case of the suffix: ``a.TXT`` too), ``None`` for ``-`` (standard
    input), and a :class:`Problem` for each entry of a directory that could not be taken (a dangling
    link, a directory that cannot be read) rather than skipping it silently.

    >>> input_files(["-"])
    [None]
    """
    files: list[Path | Problem | None] = []
    for raw in paths:
        if str(raw) == STDIN:
            files.append(None)
            continue
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(
                    _directory_inputs(path), key=lambda item: str(item.source if isinstance(item, Problem) else item)
                )
            )
        else:
            files.append(path)
    return files


def _input_name(item: Path | Problem) -> str:
    return item.source if isinstance(item, Problem) else str(item)


def _directory_inputs(root: Path) -> Iterator[Path | Problem]:
    for path in (root, *root.rglob("*")):
        if path.is_dir():
            if not os.access(path, os.R_OK | os.X_OK):
                yield Problem(str(path), "cannot read directory (permission denied)")
        elif path.is_file():
            if path.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES:
                yield path
        elif path.is_symlink():
            yield Problem(str(path), "dangling link")


def read_articles(
    paths: Sequence[str | Path], *, encoding: str = "utf-8", lang: str | None = None
) -> Iterator[Article | Problem]:
    """The articles of text files, JSON Lines files, directories and ``-``, lazily, in input order,
    with a :class:`Problem` for each input that was skipped (see the module docs).  ``lang`` is
    given to every article whose input names no language of its own.

    >>> [a.message for a in read_articles(["no/such/file.txt"])]
    ['no such file']
    """
    for item in _read(paths, encoding):
        if lang is not None and isinstance(item, Article) and item.lang is None:
            item = item._replace(lang=lang)
        yield item


def _read(paths: Sequence[str | Path], encoding: str) -> Iterator[Article | Problem]:
    taken: dict[str, Path] = {}
    for path in input_files(paths):
        if isinstance(path, Problem):
            yield path
            continue
        if path is not None and path.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl_file(path, encoding)
            continue
        data = _read_bytes(path)
        name = "<stdin>" if path is None else str(path)
        if path is None and not isinstance(data, Problem) and _stdin_is_jsonl(data, encoding):
            yield from _jsonl_byte_lines(data.split(b"\n"), name, codecs.lookup(encoding).name)
            continue
        text = data if isinstance(data, Problem) else _decode(data, name, encoding)
        if isinstance(text, Problem):
            yield text
        elif path is None and _looks_like_jsonl(text):
            yield from _jsonl_articles(text.split("\n"), name)
        elif path is None:
            yield Article("stdin", text, source=name)
        else:
            yield Article(_text_id(path, taken), text, source=name)


def _text_id(path: Path, taken: dict[str, Path]) -> str:
    """A text file's article id: its stem, else its path without the suffix, else its whole path,
    else that with a number.  ``taken`` maps the ids given so far to their files; a file given
    twice gets its first id again (and is then reported as a duplicate).

    >>> taken: dict[str, Path] = {}
    >>> [_text_id(Path(p), taken) for p in ["sub/x.txt", "x.txt", "b/x.txt", "./x.txt"]]
    ['x', 'x.txt', 'b/x', 'x.txt']
    """
    real = path.resolve()
    choices = [path.stem, path.with_suffix("").as_posix(), path.as_posix()]
    choices += (f"{path.as_posix()}#{n}" for n in range(2, len(taken) + 3))
    for choice in choices:
        if taken.setdefault(choice, real) == real:
            return choice
    raise AssertionError("unreachable: more choices than ids taken")


def _jsonl_file(path: Path, encoding: str) -> Iterator[Article | Problem]:
    codec = _line_codec(encoding)
    if isinstance(codec, Problem):
        yield codec._replace(source=str(path))
        return
    try:
        if _splits_on_newline_bytes(codec):
            with path.open("rb") as binary:
                yield from _jsonl_byte_lines(binary, str(path), codec)
        else:
            with path.open(encoding=codec, errors="strict") as handle:
                yield from _jsonl_articles(handle, str(path))
    except FileNotFoundError:
        yield Problem(str(path), "no such file")
    except UnicodeDecodeError as exc:
        yield Problem(str(path), f"not valid {encoding} (byte {exc.start}); the rest of the file is skipped")
    except OSError as exc:
        yield Problem(str(path), f"cannot read ({exc.strerror or exc})")


def unique_articles(items: Iterable[Article | Problem]) -> Iterator[Article | Problem]:
    """``items`` with every article whose id was already seen turned into a :class:`Problem`.

    >>> [type(i).__name__ for i in unique_articles([Article("a", "x"), Article("a", "y", source="f:2")])]
    ['Article', 'Problem']
    """
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Article):
            if item.id in seen:
                yield Problem(item.source, f"duplicate article id {item.id!r}")
                continue
            seen.add(item.id)
        yield item


def count_articles(paths: Sequence[str | Path]) -> int:
    """A quick upper bound of the number of articles (lines of JSONL files, plus text files), for progress."""
    total = 0
    for path in input_files(paths):
        if isinstance(path, Problem):
            continue
        if path is not None and path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with path.open("rb") as handle:
                    total += sum(chunk.count(b"\n") for chunk in iter(partial(handle.read, 1 << 20), b""))
            except OSError:
                pass
        else:
            total += 1
    return total
