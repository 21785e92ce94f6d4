"""Abbreviations after which a full stop does not end a Portuguese sentence.

Lower-case comparison; each entry includes its final full stop.  Honorifics (``Sr.``, ``Dra.``),
``n.º``, ``pág.``, ``art.``, ``av.``, ranks (``gen.``, ``cel.``), ``etc.`` (which mostly runs on)
and the abbreviated months.
"""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    sr. sra. srs. sras. dr. dra. drs. prof. profa. eng. d. n.º nº. n. pág. págs. art. cap. av. gen. cel. cap.
    dep. sen. exmo. exma. aprox. cia. ltda. jan. fev. mar. abr. jun. jul. ago. set. out. nov. dez. vs. etc.
    """.split()
)
