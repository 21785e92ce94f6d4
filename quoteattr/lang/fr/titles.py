"""French titles and roles, masculine and feminine, that describe a speaker.

Roles are written in lower case in French (``le ministre``, ``la porte-parole``,
``le président Emmanuel Macron``); a role before a name makes a titled name,
a role after a determiner a description.  Both genders are listed because the
feminine form is a different word (``directeur``/``directrice``).
"""

from __future__ import annotations

# (masculine, feminine) pairs.
ROLES: tuple[tuple[str, str], ...] = (
    ("président", "présidente"),
    ("ministre", "ministre"),
    ("premier ministre", "première ministre"),
    ("porte-parole", "porte-parole"),
    ("secrétaire", "secrétaire"),
    ("directeur", "directrice"),
    ("maire", "maire"),
    ("député", "députée"),
    ("sénateur", "sénatrice"),
    ("avocat", "avocate"),
    ("procureur", "procureure"),
    ("juge", "juge"),
    ("chef", "cheffe"),
    ("dirigeant", "dirigeante"),
    ("responsable", "responsable"),
    ("conseiller", "conseillère"),
    ("ambassadeur", "ambassadrice"),
    ("général", "générale"),
    ("commissaire", "commissaire"),
    ("chercheur", "chercheuse"),
    ("professeur", "professeure"),
    ("économiste", "économiste"),
    ("analyste", "analyste"),
    ("expert", "experte"),
    ("syndicaliste", "syndicaliste"),
    ("militant", "militante"),
    ("candidat", "candidate"),
    ("patron", "patronne"),
    ("entraîneur", "entraîneuse"),
    ("témoin", "témoin"),
    ("habitant", "habitante"),
    ("médecin", "médecin"),
    ("préfet", "préfète"),
    ("élu", "élue"),
    ("chancelier", "chancelière"),
    ("roi", "reine"),
    ("pape", "pape"),
)
ROLE_WORDS: frozenset[str] = frozenset(word for pair in ROLES for word in pair)

# Honorifics written before a name, capitalised: "M. Macron", "Mme Borne".
HONORIFICS: tuple[str, ...] = ("M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr", "Mgr")
