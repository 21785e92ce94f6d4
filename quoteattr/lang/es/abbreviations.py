"""Abbreviations after which a full stop does not end a Spanish sentence.

Lower-case comparison; each entry includes its final full stop.  Honorifics (``Sr.``, ``Dra.``),
forms of address (``Ud.``), ``etc.`` (which mostly runs on), ``núm.``, ``pág.`` and the abbreviated
months.  ``EE.UU.`` is listed whole and by parts, since the segmenter may read either.
"""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    sr. sra. srta. sres. dr. dra. dres. d. dña. lic. ing. prof. ud. uds. vd. vds. núm. nº. pág. págs. art. cap.
    av. avda. c. ee.uu. uu. ee. aprox. admón. gral. cía. s.a. dpto. ene. feb. mar. abr. jun. jul. ago. sept.
    oct. nov. dic. vs. etc.
    """.split()
)
