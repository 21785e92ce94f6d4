"""What a language's attribution grammar provides: the productions the attribution stage reads.

Each field is one compiled production or word class; a language folder builds
one :class:`AttributionGrammar` from its tables in its ``grammar.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttributionGrammar:
    """The compiled productions of one language's attribution grammar."""
