"""Abbreviations after which a full stop does not end a German sentence.

Lower-case comparison; each entry includes its final full stop.  German writes multi-part
abbreviations with a space (``z. B.``, ``u. a.``) as often as without (``z.B.``): the joined form
is listed whole, and the spaced one by its parts (``z.``, ``b.``), since a segmenter reads them as
two words.  Titles (``Dr.``, ``Prof.``), ``Nr.``, ``St.`` (Sankt) and abbreviated months
(``Jan.``) are included; weekday abbreviations are not (``so.`` ends many sentences).
Ordinal numbers (``am 3. Mai``) are not abbreviations: the segmenter handles a digit and full
stop followed by a month or a lower-case word.
"""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    z.b. z. b. u.a. u. a. d.h. d. h. v.a. v. a. o.ä. o. ä. u.ä. u. ä. s.o. s.u. u.u. u. u. i.d.r. z.t. z. t.
    bzw. ca. usw. etc. vgl. evtl. ggf. inkl. exkl. zzgl. sog. bzw. insb. bspw. mind. max. min. allg. betr.
    dr. prof. dipl. ing. med. phil. jur. rer. nat. hr. fr. st. hl. sen. jun. gebr. nr. abs. bd. s.
    str. tel. abt. kap. ziff. lt. gem. zit. hrsg. jh. jhd. jahrh. mio. mrd. tsd. ehem. verh.
    jan. feb. febr. mrz. apr. jun. jul. aug. sep. sept. okt. nov. dez.
    z. u. d. v. o. i.
    """.split()
)
