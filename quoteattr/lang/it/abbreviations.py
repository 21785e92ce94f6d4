"""Italian abbreviations whose full stop ends no sentence: ``sig. Rossi``, ``dott.ssa``, ``on.``, lower case."""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    sig. sigg. sig.ra dott. dott.ssa prof. prof.ssa on. avv. ing. sen. dr. ecc. pag. pagg. art. n. s. ss. geom.
    rag. arch. mons. gen. col. cap. magg. ten. vol. cfr. es.
    """.split()
)
