"""quoteattr as a spaCy pipeline component on a blank pipeline (no model to download)."""

from __future__ import annotations

try:
    import spacy
except ImportError:
    print("spaCy is not installed: pip install 'quoteattr[spacy]'")
    raise SystemExit(0) from None

import quoteattr.outputs.spacy_component  # noqa: F401  (registers "quoteattr"; the entry point does it too)

nlp = spacy.blank("en")
nlp.add_pipe("quoteattr")
doc = nlp("“We will not back down,” Foreign Secretary Liz Truss said on Wednesday.")
for span in doc._.quotes:
    print(f"{span.text!r} said by {span._.speaker.text!r} ({span._.record.attribution.rule})")
