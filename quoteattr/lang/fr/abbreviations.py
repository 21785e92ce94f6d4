"""French abbreviations whose full stop ends no sentence: ``M. Macron``, ``p. ex.``, ``av. J.-C.``.

``Mme`` and ``Dr`` take no full stop in French typography, so only the forms
written with one are listed, lower case.
"""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    m. mm. p. pp. cf. env. etc. av. apr. j.-c. ex. vol. chap. art. no. dép. st. ste. gén. col. cap. lt. prof.
    """.split()
)
