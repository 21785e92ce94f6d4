"""Finding a language by its code: every folder ``quoteattr/lang/<code>/`` is one language.

A folder is a language when its ``__init__.py`` defines ``LANGUAGE``, a
:class:`~quoteattr.lang.language.Language`.  Folders are imported the first time
their code is asked for, so adding a language is adding a folder.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from pathlib import Path

from quoteattr.errors import InputError
from quoteattr.lang.language import Language

_CODE = re.compile(r"[a-z]{2,3}\Z")
_FOLDER = Path(__file__).resolve().parent


@functools.cache
def available_languages() -> tuple[str, ...]:
    """The codes of every language folder, sorted.

    >>> "en" in available_languages()
    True
    """
    return tuple(
        sorted(info.name for info in pkgutil.iter_modules([str(_FOLDER)]) if info.ispkg and _CODE.match(info.name))
    )


def get_language(code: str | Language) -> Language:
    """The language with this ISO 639 code (``"en"``, ``"de"``...); a :class:`Language` is returned as is.

    >>> get_language("EN").name
    'English'
    >>> get_language("xx")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    quoteattr.errors.InputError: unknown language code 'xx': quoteattr knows de, en, ...
    """
    if isinstance(code, Language):
        return code
    if not isinstance(code, str):
        raise InputError(f"a language is a code such as 'en' or a Language, got {type(code).__name__}")
    normalised = code.strip().lower().replace("_", "-").split("-")[0]
    if normalised not in available_languages():
        raise InputError(f"unknown language code {code!r}: quoteattr knows {', '.join(available_languages())}")
    return _load(normalised)


@functools.cache
def _load(code: str) -> Language:
    module = importlib.import_module(f"quoteattr.lang.{code}")
    language = getattr(module, "LANGUAGE", None)  # a folder builds it on first use, in its language.py
    if not isinstance(language, Language):
        raise InputError(f"quoteattr/lang/{code}/__init__.py must define LANGUAGE, a quoteattr.lang.Language")
    return language
