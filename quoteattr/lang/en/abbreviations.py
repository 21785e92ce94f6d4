"""Abbreviations after which a full stop does not end a sentence.

Lower-case comparison; include the final full stop.  Titles (Mr., Sen.),
months (Jan.), US states in AP style (Calif.), and common Latin (e.g., i.e.).
"""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. capt. sgt. adm. maj. cmdr. cpl. pvt. rev. fr. sr. jr.
    st. mt. ft. gen. atty. supt. pres. sec. amb. hon. messrs. mmes. mme. mlle.
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun.
    ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn.
    miss. mo. mont. neb. nev. okla. ore. pa. penn. tenn. tex. va. vt. wash. wis. wyo.
    u.s. u.k. u.n. e.u. d.c. u.s.a. n.y. l.a. p.m. a.m. e.g. i.e. etc. vs. v. no. nos. inc. corp. co. ltd.
    approx. est. dept. univ. assn. bros. ph.d.
    """.split()
)
