"""Cyrillic names meet their Latin spellings: in :func:`quoteattr.same_person` and across documents.

A corpus mixes Russian reports quoting ``Лавров`` with English ones quoting ``Lavrov``; the
transliteration table of ``quoteattr/data/name_variants.py`` folds both to one key, and the Russian
title words of ``quoteattr/lang/ru/names.py`` leave the name alone in ``министр ... Сергей Лавров``.
"""

from __future__ import annotations

import pytest

import quoteattr


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Лавров", "Lavrov"),
        ("Захарова", "Zakharova"),
        ("Сергей Лавров", "Sergei Lavrov"),
        ("Сергей Лавров", "Sergey Lavrov"),
        ("Мария Захарова", "Maria Zakharova"),
        ("Дмитрий Песков", "Dmitry Peskov"),
        ("Шойгу", "Shoigu"),
        ("пресс-секретарь Кремля Дмитрий Песков", "Kremlin spokesman Dmitry Peskov"),
        ("министр иностранных дел России Сергей Лавров", "Russian Foreign Minister Sergei Lavrov"),
    ],
)
def test_same_person_across_scripts(cyrillic: str, latin: str) -> None:
    """Transliteration is symmetric: the Cyrillic and the Latin spelling are one person either way round."""
    assert quoteattr.same_person(cyrillic, latin)
    assert quoteattr.same_person(latin, cyrillic)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Лавров", "Peskov"), ("Лавров", "Lavrova"), ("Сергей Лавров", "Sergei Ryabkov"), ("Захарова", "Zakharov")],
)
def test_different_people_across_scripts(a: str, b: str) -> None:
    """Transliteration never joins two surnames, nor a man's surname with its feminine form."""
    assert not quoteattr.same_person(a, b)


def _ids(documents: list[quoteattr.Document]) -> list[str | None]:
    return [q.speaker.id for d in quoteattr.link_speakers(documents) for q in d.quotes if q.speaker]


def test_link_speakers_joins_cyrillic_and_latin() -> None:
    """Лавров in a Russian report and Lavrov in an English one get one corpus speaker id."""
    doc_ru = quoteattr.extract(
        "«Мы не намерены отступать от своих принципов», — заявил Лавров.", lang="ru", doc_id="ru"
    )
    doc_en = quoteattr.extract("“We will not retreat from our principles,” Lavrov said.", lang="en", doc_id="en")
    ids = _ids([doc_ru, doc_en])
    assert len(ids) == 2 and ids[0] == ids[1]


def test_link_speakers_strips_russian_titles() -> None:
    """A Russian title before the name is a role, so the titled name meets the English one."""
    doc_ru = quoteattr.extract(
        "Министр иностранных дел России Сергей Лавров заявил: «Мы готовы к диалогу с партнёрами».",
        lang="ru",
        doc_id="ru",
    )
    doc_en = quoteattr.extract(
        "“We are ready for dialogue,” Russian Foreign Minister Sergei Lavrov said.", lang="en", doc_id="en"
    )
    ids = _ids([doc_ru, doc_en])
    assert len(ids) == 2 and ids[0] == ids[1] == "sergei-lavrov"


def test_link_speakers_keeps_two_russians_apart() -> None:
    doc_a = quoteattr.extract("«Мы не намерены отступать», — заявил Лавров.", lang="ru", doc_id="a")
    doc_b = quoteattr.extract("«Это провокация», — написала Захарова.", lang="ru", doc_id="b")
    ids = _ids([doc_a, doc_b])
    assert len(ids) == 2 and ids[0] != ids[1]
