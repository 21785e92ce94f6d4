"""Stage 3: link each quotation to its speaker and cue, merge split quotes, add reported claims.

The stage is split by job:

* :mod:`~quoteattr.attribution.rules`: the rule contract and each rule's confidence;
* :mod:`~quoteattr.attribution.mentions`: speaker mentions;
* :mod:`~quoteattr.attribution.claims`: reported-claim frames ("X said (that) ...");
* :mod:`~quoteattr.attribution.quote_rules`: the quotation rules and their order;
* :mod:`~quoteattr.attribution.kinds`: direct, partial and term quotations;
* :mod:`~quoteattr.attribution.discourse`: split quotes, carried paragraphs, dialogue, nested quotes;
* :mod:`~quoteattr.attribution.link`: :func:`link_quotes`, the stages in order.
"""

from quoteattr.attribution.link import Linked, link_quotes
from quoteattr.attribution.mentions import Mention, trim_possessive

__all__ = ["Linked", "Mention", "link_quotes", "trim_possessive"]
