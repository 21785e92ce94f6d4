"""Words too common to tell two renderings of a quotation apart.

Clustering compares quotations by their words; these carry no evidence that two
renderings are the same utterance, so shingles skip them and the index does not
search on them.  One list for every corpus, whatever its languages: clustering
does not depend on the language of a document.  Lower case, apostrophes written
as ASCII (the normalised form).
"""

from __future__ import annotations

STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing don't down during each few for from further had has
    have having he her here hers herself him himself his how i i'm if in into is it it's its itself just
    let's me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that that's the their theirs them themselves then there these
    they this those through to too under until up very was we we're were what when where which while who
    whom why will with would you your yours yourself yourselves us said says say saying told
    """.split()
)
