"""Coreference: the registry, titled and subject names, and a language without a coreference grammar."""

from __future__ import annotations

from dataclasses import replace

from quoteattr.attribution.mentions import Mention
from quoteattr.coref import Registry, resolve, subject_names, titled_names
from quoteattr.lang import get_language

EN = get_language("en")


def test_a_surname_resolves_to_the_fullest_earlier_name() -> None:
    registry = Registry(EN)
    text = "British Foreign Secretary Liz Truss spoke. Truss said so."
    assert resolve(text, Mention(26, 35, "name"), registry) == ("Liz Truss", "name")
    assert resolve(text, Mention(43, 48, "name"), registry) == ("Liz Truss", "name")


def test_a_pronoun_skips_people_of_the_other_gender() -> None:
    registry = Registry(EN)
    registry.add_name("Liz Truss", [])
    registry.add_name("Mr. Blinken", [])
    found = registry.by_pronoun("she")
    assert found is not None and found.name == "Liz Truss"


def test_a_description_finds_the_person_whose_role_fits() -> None:
    registry = Registry(EN)
    registry.add_titled("Russian Foreign Minister Sergei Lavrov")
    found = registry.by_description("the minister")
    assert found is not None and found.name == "Sergei Lavrov"


def test_a_relative_pronoun_takes_the_name_before_it() -> None:
    registry = Registry(EN)
    text = "Sergei Lavrov, who spoke"
    assert resolve(text, Mention(15, 18, "relative"), registry) == ("Sergei Lavrov", "description")


def test_titled_names_need_three_words() -> None:
    text = "Russian Foreign Minister Sergei Lavrov met Sen. Rubio."
    assert [name for _, _, name in titled_names(text, EN)] == ["Russian Foreign Minister Sergei Lavrov"]


def test_subject_names_skip_words_that_name_no_one() -> None:
    # One capitalised word is a name only if the text also writes it inside a sentence.
    text = "Lavrov spoke first. However came later. Then Lavrov left."
    spans = [(0, 19), (20, 39), (40, 57)]
    assert [name for _, _, name in subject_names(text, spans, EN)] == ["Lavrov"]


def test_a_language_without_a_coreference_grammar_guesses_no_gender() -> None:
    bare = replace(EN, coref=None)
    registry = Registry(bare)
    registry.add_name("Liz Truss", [])
    registry.add_name("Antony Blinken", [])
    found = registry.by_pronoun("she")  # not known as feminine: the most recent person
    assert found is not None and found.name == "Antony Blinken" and found.feminine is None
    assert titled_names("Russian Foreign Minister Sergei Lavrov said.", bare) == []
