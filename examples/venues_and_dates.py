"""Where, through whom and when: the venue, relaying outlet and date of the demo articles' attributions.

    python examples/venues_and_dates.py

Each sentence is searched as one window, the way the attribution step searches the sentence of a quote.
The first demo article carries no publication date, so one is given here; the second carries its own
(``date 2022-04-29``), which :func:`~quoteattr.dates.published_from_text` reads.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from quoteattr.dates import find_date, published_from_text
from quoteattr.lang import get_language
from quoteattr.venues import find_venue, find_via

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ENGLISH = get_language("en")

SENTENCES = [
    "Meanwhile, at a press conference after an informal meeting of NATO foreign ministers, "
    "U.S. Secretary of State Anthony Blinken said that the foundation of the alliance is defense and deterrence.",
    "“I can say with confidence that this will be fully reflected in the strategic concept”, "
    "– TASS quoted him as saying.",
    "Speaking to journalists, she said that the responsibility lies with Russia.",
    "Truss made a similar statement back on April 27 at an Easter banquet at Mansion House, "
    "the residence of the Lord Mayor of the City of London.",
    "Russian Foreign Minister Sergei Lavrov also spoke about NATO’s global ambitions at the 30th Assembly "
    "of the Council on Foreign and Defence Policy on May 14.",
    "“And containment of China will be one of the key issues,” the analyst explained in a conversation with RT.",
    "“That is, all countries will eventually just have to deploy American and British military bases,” "
    "he said in an interview with RT.",
    "During a speech on the UK’s foreign policy on Wednesday, Truss said that Britain is against the false choice.",
    "“We will not negotiate,” he told CNN on Sunday.",
    "“It is a disgrace,” she said on CBS’s Face the Nation.",
    "Zakharova wrote on her Telegram channel yesterday that the visit was a provocation.",
    "“We will win,” he told his supporters.",
]


def describe(sentence: str, published: dt.date | None) -> str:
    """One block per sentence: the sentence, then venue, via and date on one line each."""
    venue = find_venue(sentence, 0, len(sentence), ENGLISH)
    via = find_via(sentence, 0, len(sentence), ENGLISH)
    when = find_date(sentence, 0, len(sentence), published, lang=ENGLISH)
    lines = [sentence if len(sentence) <= 100 else sentence[:97] + "..."]
    if venue is None:
        lines.append("  venue: -")
    else:
        outlet = f", outlet {venue.outlet}" if venue.outlet else ""
        lines.append(f"  venue: {venue.kind} {venue.text!r} [{venue.start}:{venue.end}]{outlet}")
    lines.append(f"  via:   {via.name} [{via.start}:{via.end}]" if via else "  via:   -")
    lines.append(f"  date:  {when.date.isoformat()} from {when.text!r}" if when else "  date:  -")
    return "\n".join(lines)


def main() -> None:
    """Print every demo sentence with what the finders report."""
    seed = next(SEEDS.glob("001_*.txt"), None)
    read = published_from_text(seed.read_text(encoding="utf-8"), ENGLISH) if seed else None
    published = read or dt.date(2022, 4, 29)
    # The Lavrov paragraph is from mid-May; a date before May 14 would put "May 14" in the year before.
    later = dt.date(2022, 5, 16)
    print(f"published (read from {seed.name if seed else 'nothing'}): {read}\n")
    for sentence in SENTENCES:
        print(describe(sentence, later if "May 14" in sentence else published))
        print()


if __name__ == "__main__":
    main()
