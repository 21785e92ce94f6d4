"""The German word tables: verb inflection, separable verbs, name and title tests, language wiring."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given

from quoteattr.lang import get_language
from quoteattr.lang.de import cues, dates, pronouns, titles, venues, words
from quoteattr.lang.de.abbreviations import ABBREVIATIONS
from quoteattr.lang.de.attribution import REPORTED_SPEECH_MARK
from quoteattr.lang.patterns import alternation
from tests.pattern_oracle import same_answers, texts_from, windows


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("sagen", ("sagt", "sagen", "sagte", "sagten", "gesagt", "sage", "sagte")),
        ("sprechen", ("spricht", "sprechen", "sprach", "sprachen", "gesprochen", "spreche", "spräche")),
        ("schreiben", ("schreibt", "schreiben", "schrieb", "schrieben", "geschrieben", "schreibe", "schriebe")),
        ("betonen", ("betont", "betonen", "betonte", "betonten", "betont", "betone", "betonte")),
        ("erklären", ("erklärt", "erklären", "erklärte", "erklärten", "erklärt", "erkläre", "erklärte")),
        ("meinen", ("meint", "meinen", "meinte", "meinten", "gemeint", "meine", "meinte")),
        ("berichten", ("berichtet", "berichten", "berichtete", "berichteten", "berichtet", "berichte", "berichtete")),
        ("äußern", ("äußert", "äußern", "äußerte", "äußerten", "geäußert", "äußere", "äußerte")),
        ("warnen", ("warnt", "warnen", "warnte", "warnten", "gewarnt", "warne", "warnte")),
        ("entgegnen", ("entgegnet", "entgegnen", "entgegnete", "entgegneten", "entgegnet", "entgegne", "entgegnete")),
        (
            "kritisieren",
            ("kritisiert", "kritisieren", "kritisierte", "kritisierten", "kritisiert", "kritisiere", "kritisierte"),
        ),
        (
            "versprechen",
            ("verspricht", "versprechen", "versprach", "versprachen", "versprochen", "verspreche", "verspräche"),
        ),
        ("wissen", ("weiß", "wissen", "wusste", "wussten", "gewusst", "wisse", "wüsste")),
    ],
)
def test_inflections_of_simple_verbs(verb: str, expected: tuple[str, ...]) -> None:
    """Weak verbs are derived, strong ones and their inseparable compounds come from the irregular table."""
    forms = cues.inflections(verb)
    assert forms.particle == ""
    assert tuple(forms[2:]) == expected


def test_regular_rule_is_not_applied_to_strong_verbs() -> None:
    """A strong verb never gets the weak -te preterite or -t participle."""
    forms = cues.inflections("sprechen").forms
    assert "sprechte" not in forms
    assert "gesprecht" not in forms
    assert "sagte" not in forms


@pytest.mark.parametrize(
    ("verb", "particle", "finite", "participle", "joined"),
    [
        ("mit|teilen", "mit", "teilte", "mitgeteilt", "mitteilte"),
        ("hinzu|fügen", "hinzu", "fügte", "hinzugefügt", "hinzufügte"),
        ("bekannt|geben", "bekannt", "gab", "bekanntgegeben", "bekanntgab"),
        ("an|kündigen", "an", "kündigte", "angekündigt", "ankündigte"),
        ("hin|weisen", "hin", "wies", "hingewiesen", "hinwies"),
        ("aus|führen", "aus", "führte", "ausgeführt", "ausführte"),
        ("vor|werfen", "vor", "warf", "vorgeworfen", "vorwarf"),
    ],
)
def test_separable_verbs_split_in_main_clauses(
    verb: str, particle: str, finite: str, participle: str, joined: str
) -> None:
    """``teilte ... mit`` in a main clause, ``mitteilte`` in a verb-final clause, ``mitgeteilt`` as participle."""
    forms = cues.inflections(verb)
    assert forms.particle == particle
    assert forms.preterite_3sg == finite
    assert forms.participle == participle
    assert joined in forms.subordinate
    assert joined not in forms.finite
    assert forms.infinitive == verb.replace("|", "")


def test_split_separable_leaves_lookalikes_whole() -> None:
    """Only a bar marks a particle: ``antworten`` does not start with the particle ``an``."""
    assert cues.split_separable("antworten") == ("", "antworten")
    assert cues.inflections("antworten").participle == "geantwortet"


def test_every_table_verb_inflects_to_distinct_lower_case_words() -> None:
    """Each cue verb yields lower-case single words, its infinitive among them."""
    for verb in cues.SPEECH_VERBS + cues.BELIEF_VERBS:
        forms = cues.inflections(verb)
        assert forms.infinitive in forms.forms
        assert all(form == form.lower() and " " not in form and "|" not in form for form in forms.forms), verb


def test_irregular_entries_have_seven_forms_and_no_duplicates_in_tables() -> None:
    """The irregular table is complete per verb and the verb tables list each verb once."""
    assert all(len(forms) == 7 for forms in cues.IRREGULAR.values())
    assert len(set(cues.SPEECH_VERBS)) == len(cues.SPEECH_VERBS)
    assert len(set(cues.BELIEF_VERBS)) == len(cues.BELIEF_VERBS)


def test_subjunctive_markers() -> None:
    """Konjunktiv I and II of auxiliaries and modals mark reported speech; the indicative does not."""
    for marker in ("habe", "sei", "seien", "werde", "könne", "müsse", "wolle", "solle", "dürfe", "hätte", "wäre"):
        assert marker in cues.SUBJUNCTIVE_MARKERS
    assert {"würde", "würden"} <= cues.SUBJUNCTIVE_MARKERS
    for indicative in ("hat", "ist", "sind", "wird", "kann", "muss"):
        assert indicative not in cues.SUBJUNCTIVE_MARKERS
    assert "sei" in cues.STRICT_SUBJUNCTIVE and "würde" not in cues.STRICT_SUBJUNCTIVE
    assert "soll" in cues.REPORTATIVE_MODALS and "sollte" not in cues.REPORTATIVE_MODALS


_MARKERS = sorted(cues.SUBJUNCTIVE_MARKERS | cues.STRICT_SUBJUNCTIVE | cues.REPORTATIVE_MODALS)
# The shape REPORTED_SPEECH_MARK had: a look-behind tried at every character of a text.
_MARK_BEFORE = regex.compile(rf"(?<![\w-])(?i:{alternation(_MARKERS)})(?![\w-])")
# Letters the markers hold in any case, letters that fold to them (KELVIN SIGN, LONG S), digits, a
# combining mark, a hyphen, an underscore, spaces and punctuation, and the markers themselves (as often).
_MARK_CHARACTERS = "dghklmswäöüDGHKLMSWÄÖÜeinrt\N{KELVIN SIGN}\N{LATIN SMALL LETTER LONG S}ß7_-\u0308 .,\n--  "
_MARK_PIECES = [*_MARK_CHARACTERS * 2, *_MARKERS, *(m.upper() for m in _MARKERS[::9])]


@given(windows(texts_from(_MARK_PIECES)))
def test_reported_speech_mark_matches_as_its_look_behind_shape(window: tuple[str, int, int]) -> None:
    """Equivalence: a start of word with no hyphen before finds what a look-behind for neither found."""
    same_answers(_MARK_BEFORE, REPORTED_SPEECH_MARK, *window)


def test_reported_speech_mark_needs_a_whole_word() -> None:
    """The marker stands alone: not inside a word, not after a hyphen."""
    assert [m.group() for m in REPORTED_SPEECH_MARK.finditer("Er sei da, Ex-sei, Haussei, SEI.")] == ["sei", "SEI"]


def test_prepositional_cues() -> None:
    """``laut X``, ``X zufolge``, ``nach Angaben von X`` and ``so X`` are all in the tables."""
    assert "laut" in cues.PREPOSITIONS and "gemäß" in cues.PREPOSITIONS
    assert "zufolge" in cues.POSTPOSITIONS
    assert {"Angaben", "Ansicht"} <= set(cues.SOURCE_NOUNS)
    assert "Polizeiangaben".lower().endswith(cues.SOURCE_NOUN_ENDINGS)
    assert cues.TRAILING_SO == "so"
    assert "wie" in cues.COMPARISON
    assert "heißt es" in cues.IMPERSONAL_CUES


def test_pronouns_and_groups() -> None:
    """``sie`` is feminine and plural; ``er`` only masculine; group nouns are capitalised."""
    assert "sie" in pronouns.FEMININE and "sie" in pronouns.PLURAL
    assert "er" in pronouns.MASCULINE and "er" not in pronouns.FEMININE
    assert {"der", "die", "das", "ein", "eine", "dieser"} <= set(pronouns.DETERMINERS)
    assert {"Experten", "Ermittler", "Behörden", "Polizei"} <= set(pronouns.GROUP_NOUNS)
    assert all(noun[0].isupper() for noun in pronouns.GROUP_NOUNS)


def test_titles() -> None:
    """Each masculine title has a feminine form; compounds are titles by their head; a thing is not."""
    assert titles.feminine("Minister") == "Ministerin"
    assert titles.feminine("Bürgermeister") == "Bürgermeisterin"
    assert titles.feminine("Vorsitzender") == "Vorsitzende"
    assert titles.feminine("Zeitung") is None
    for word in ("Bundeskanzlerin", "Sprecher", "Abgeordnete", "Präsident", "Landesinnenministerin", "Polizeisprecher"):
        assert titles.is_title(word), word
    for word in ("Zeitung", "Merkel", "Regierung"):
        assert not titles.is_title(word), word
    assert "Bundeskanzlerin" in titles.FEMININE_TITLES and "Bundeskanzler" not in titles.FEMININE_TITLES


def test_names_are_told_from_capitalised_nouns() -> None:
    """Noun endings mark common nouns; names with such an ending are exceptions; function words are no names."""
    for noun in ("Regierung", "Sicherheit", "Gewerkschaft", "Organisation", "Polizei", "Ergebnis", "Ministerium"):
        assert words.has_noun_suffix(noun), noun
    for name in ("Merkel", "Scholz", "Jung", "Franz", "Baerbock", "Steinmeier"):
        assert not words.has_noun_suffix(name), name
    for word in ("Die", "Er", "Demnach", "Außerdem", "Montag", "Januar"):
        assert word in words.NOT_NAMES, word
    assert "Merkel" not in words.NOT_NAMES
    assert {"von", "der", "de"} <= words.NAME_PARTICLES


def test_abbreviations_dates_and_venues() -> None:
    """Abbreviations keep their full stop; months and weekdays are numbered; venues are grouped by kind."""
    assert {"z.b.", "u.a.", "dr.", "prof.", "st.", "nr.", "bzw.", "ca.", "v.a."} <= ABBREVIATIONS
    assert all(entry.endswith(".") for entry in ABBREVIATIONS)
    assert "so." not in ABBREVIATIONS
    assert dates.MONTHS["Januar"] == 1 and dates.MONTHS["Dezember"] == 12 and dates.MONTHS["Jänner"] == 1
    assert dates.WEEKDAYS["Montag"] == 0 and dates.WEEKDAYS["Sonntag"] == 6
    assert dates.RELATIVE_DAYS["gestern"] == -1 and dates.RELATIVE_DAYS["heute"] == 0
    assert "Pressekonferenz" in venues.HEADS["press_conference"]
    assert "Interview" in venues.HEADS["interview"] and "Rede" in venues.HEADS["speech"]
    assert "im Gespräch mit" in venues.MEDIUM_PHRASES


def test_language_value_carries_the_abbreviations() -> None:
    """The German language value has its segmentation table and its attribution grammar."""
    german = get_language("de")
    assert german.segmentation.abbreviations == ABBREVIATIONS
    assert german.attributes
