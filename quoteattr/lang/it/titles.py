"""Italian titles and roles, masculine and feminine, that describe a speaker.

Roles are written in lower case (``il ministro``, ``la portavoce``, ``il premier
Giorgia Meloni``); a role before a name makes a titled name, a role after a
determiner a description.  Both genders are listed because the feminine is
often a different word (``direttore``/``direttrice``).
"""

from __future__ import annotations

# (masculine, feminine) pairs.
ROLES: tuple[tuple[str, str], ...] = (
    ("presidente", "presidente"),
    ("premier", "premier"),
    ("vicepremier", "vicepremier"),
    ("ministro", "ministra"),
    ("portavoce", "portavoce"),
    ("sindaco", "sindaca"),
    ("segretario", "segretaria"),
    ("sottosegretario", "sottosegretaria"),
    ("direttore", "direttrice"),
    ("deputato", "deputata"),
    ("senatore", "senatrice"),
    ("avvocato", "avvocata"),
    ("procuratore", "procuratrice"),
    ("giudice", "giudice"),
    ("leader", "leader"),
    ("capo", "capo"),
    ("responsabile", "responsabile"),
    ("consigliere", "consigliera"),
    ("ambasciatore", "ambasciatrice"),
    ("generale", "generale"),
    ("commissario", "commissaria"),
    ("ricercatore", "ricercatrice"),
    ("professore", "professoressa"),
    ("economista", "economista"),
    ("analista", "analista"),
    ("esperto", "esperta"),
    ("sindacalista", "sindacalista"),
    ("candidato", "candidata"),
    ("allenatore", "allenatrice"),
    ("testimone", "testimone"),
    ("medico", "medica"),
    ("prefetto", "prefetta"),
    ("governatore", "governatrice"),
    ("cancelliere", "cancelliera"),
    ("re", "regina"),
    ("papa", "papa"),
    ("assessore", "assessora"),
)
ROLE_WORDS: frozenset[str] = frozenset(word for pair in ROLES for word in pair)
