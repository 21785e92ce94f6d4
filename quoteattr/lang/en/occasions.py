"""English venues, relaying outlets and dates: the :class:`OccasionGrammar` built from this folder's tables."""

from __future__ import annotations

import regex

from quoteattr.lang.en.date_grammar import (
    build_date_pattern,
    build_key_pattern,
    build_published_pattern,
    build_year_pattern,
)
from quoteattr.lang.en.dates import (
    MONTHS,
    RELATIVE_DAYS,
    RELATIVE_NAME_LEADERS,
    WEEKDAY_LEADERS,
    WEEKDAY_NAME_PARTS,
    WEEKDAY_QUALIFIERS,
    WEEKDAYS,
)
from quoteattr.lang.en.outlets import OUTLETS, SHOWS
from quoteattr.lang.en.venue_grammar import VIA_RULES, build_venue_rules, build_via_rules
from quoteattr.lang.en.venues import PLATFORMS
from quoteattr.lang.occasion_grammar import OccasionGrammar, rule_set


def _build() -> OccasionGrammar:
    via_rules = build_via_rules()
    assert tuple(rule.name for rule in via_rules) == VIA_RULES
    return OccasionGrammar(
        venue_rules=rule_set(build_venue_rules()),
        via_rules=rule_set(via_rules),
        outlets={variant: o.name for o in OUTLETS for variant in (o.name, *o.variants)},
        # ``told The Times``: the article is left out of the match but belongs to the listed name.
        outlet_articles=("The",),
        shows=SHOWS,
        platforms={v: name for name, variants in PLATFORMS.items() for v in variants},
        tweet_platform="Twitter",
        date=build_date_pattern(),
        date_keys=build_key_pattern(),
        years=build_year_pattern(),
        published=build_published_pattern(),
        months=MONTHS,
        weekdays=WEEKDAYS,
        relative_days={k.lower(): v for k, v in RELATIVE_DAYS.items()},
        weekday_qualifiers={k.lower(): v for k, v in WEEKDAY_QUALIFIERS.items()},
        weekday_leaders=WEEKDAY_LEADERS,
        weekday_name_parts=WEEKDAY_NAME_PARTS,
        relative_name_leaders=RELATIVE_NAME_LEADERS,
        # ``in today’s world`` is not a date; ``yesterday’s speech`` is.
        possessive_relatives=frozenset({"today"}),
        possessive=regex.compile(r"['\N{RIGHT SINGLE QUOTATION MARK}]s(?![\p{L}])"),
    )


OCCASIONS = _build()
