"""The attribution rules by name: each rule's confidence and an example of what it matches.

Every place that attributes a quotation or claim names its rule and takes the
confidence from :data:`RULES`, so one name always means one confidence.  The
confidence orders rules by how often they are right (explicit patterns next to
the quotation highest, guesses from a clause's subject lowest); it is not a
calibrated probability.

>>> RULES["trailing-said"].confidence, RULES["trailing-said"].example
(0.95, '“…,” Truss said.')
>>> from typing import get_args
>>> sorted(set(RULES) ^ set(get_args(RuleName)))  # every name has one entry
[]
"""

from __future__ import annotations

from typing import NamedTuple

from quoteattr.models import RuleName


class Rule(NamedTuple):
    """A rule's confidence in [0, 1] and one line it attributes."""

    confidence: float
    example: str


RULES: dict[RuleName, Rule] = {
    # Quotations: the attribution right after the closing mark.
    "signature": Rule(0.85, "“…” ― Sonya Herridge"),
    "quoted-as": Rule(0.90, "“…”, – TASS quoted him as saying."),
    "trailing-said": Rule(0.95, "“…,” Truss said."),
    "trailing-said-appositive": Rule(0.85, "“…,” Sergei Yermakov, a leading expert at RISI, said."),
    "trailing-said-next-sentence": Rule(0.80, "“… the emails that are missing.” Trump said."),
    "inverted-said": Rule(0.95, "“…,” said Lavrov."),
    # Quotations: the attribution right before the opening mark.
    "leading-said": Rule(0.90, "She added, “…”"),
    "leading-inverted": Rule(0.85, "In other words, explained CBS moderator Nancy Cordes: “…”"),
    "leading-according": Rule(0.80, "According to the report, “…”"),
    "colon-intro": Rule(0.70, "— Maria Zakharova: “…”"),
    "inverted-colon": Rule(0.70, "Stated Stone: “…”"),
    "colon-subject": Rule(0.60, "Mr. Smith shot back: “…”"),
    "what-called": Rule(0.80, "shedding what Gilbert called “a perception problem”"),
    # Quotations with no attribution of their own.
    "headline-cue": Rule(0.60, "Francois Hollande Says Donald Trump ‘Makes You Want To Retch’"),
    "possessed-claim": Rule(0.60, "challenged over his statement on Monday that “…”"),
    "inside-claim": Rule(0.70, "Yermakov said the idea is in line with the “political order” of the US."),
    "sentence-subject": Rule(0.40, "the inspector deemed the handling of the files “extremely careless.”"),
    # Quotations that continue a speaker.
    "leading-sentence": Rule(0.70, "Maria Ortiz said in a statement. “There are no ballots left.”"),
    "continued": Rule(0.55, "She said they had made progress. “I really believe that ...”"),
    "carried": Rule(0.60, "Truss said: ¶ “…”"),
    "carried-claim": Rule(0.50, "Carter said that this would not happen. ¶ “…”"),
    "alternating": Rule(0.40, "“What is his name?” asked Mr. Pell. ¶ “Bingley.”"),
    "nested": Rule(0.50, "“… the ‘so-called’ order,” Beck said"),
    # Reported claims (frames); participle-cue also gives a quotation its speaker.
    "cue-that": Rule(0.75, "Blinken said (that) CLAUSE"),
    "trailing-cue": Rule(0.75, "CLAUSE, the minister added."),
    "middle-cue": Rule(0.70, "However, he said, it was unlikely that ..."),
    "participle-cue": Rule(0.60, "She called the choice false, stressing that ..."),
    "inverted-cue": Rule(0.70, "CLAUSE, said UK Foreign Secretary Liz Truss."),
    "according-to": Rule(0.80, "According to Sergei Yermakov, CLAUSE"),
    "in-opinion": Rule(0.80, "In his opinion, CLAUSE"),
    "as-put-it": Rule(0.70, "As Ms. Simonyan put it in a statement, CLAUSE"),
    "belief": Rule(0.55, "Truss believes (that) CLAUSE"),
    "colon-headline": Rule(0.60, "John McCain: Republican Populist Anger Appeals to ‘Bad Angels’"),
}


def confidence(rule: RuleName) -> float:
    """The confidence of ``rule``: one number per name.

    >>> confidence("carried"), confidence("carried-claim")
    (0.6, 0.5)
    """
    return RULES[rule].confidence
