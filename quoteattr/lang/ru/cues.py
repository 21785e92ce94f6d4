"""Speech cues: the verbs and prepositional phrases that signal a Russian attribution.

Russian news reports speech with a verb of saying in the past tense, which
agrees with its subject in gender and number (``сказал``, ``сказала``,
``сказало``, ``сказали``), and comes in two aspects listed as two verbs
(perfective ``заявить``, imperfective ``заявлять``).  After a quotation the
verb comes first and its subject follows: ``«…», — заявил Лавров.``  The
present tense (``говорит``, ``считает``) is used for claims that still hold.

Verbs are listed by their infinitive.  :func:`inflections` derives the past
forms from the infinitive (``-ть`` becomes ``-л``, ``-ла``, ``-ло``, ``-ли``)
and the third-person present of imperfective verbs from their conjugation;
verbs whose present does not follow the rule are in :data:`IRREGULAR_PRESENT`.
Perfective verbs have no present: their ``скажет`` is a future, no report.
"""

from __future__ import annotations

# Verbs of saying, perfective: they report one act of speech.
PERFECTIVE_SPEECH: tuple[str, ...] = (
    "сказать",
    "заявить",
    "отметить",
    "подчеркнуть",
    "добавить",
    "сообщить",
    "пояснить",
    "заметить",
    "признать",
    "уточнить",
    "написать",
    "рассказать",
    "ответить",
    "объяснить",
    "предупредить",
    "указать",
    "призвать",
    "констатировать",
    "резюмировать",
    "напомнить",
    "подтвердить",
    "опровергнуть",
    "возразить",
    "воскликнуть",
    "спросить",
    "процитировать",
    "прокомментировать",
    "пообещать",
    "отрезать",
    "продолжить",
)

# Verbs of saying, imperfective: they report speech in progress, repeated or still holding.
IMPERFECTIVE_SPEECH: tuple[str, ...] = (
    "говорить",
    "заявлять",
    "отмечать",
    "подчёркивать",
    "подчеркивать",
    "добавлять",
    "сообщать",
    "пояснять",
    "утверждать",
    "настаивать",
    "писать",
    "рассказывать",
    "отвечать",
    "объяснять",
    "предупреждать",
    "указывать",
    "признавать",
    "напоминать",
    "спрашивать",
    "уверять",
)

# Verbs of belief: they report what someone thinks, not what they said.
BELIEF_VERBS: tuple[str, ...] = ("считать", "полагать", "думать", "надеяться", "сомневаться")

SPEECH_VERBS: tuple[str, ...] = PERFECTIVE_SPEECH + IMPERFECTIVE_SPEECH

# Third-person present (singular, plural) of imperfective verbs that the ending rule gets wrong.
IRREGULAR_PRESENT: dict[str, tuple[str, str]] = {
    "писать": ("пишет", "пишут"),
    "признавать": ("признаёт", "признают"),
    "надеяться": ("надеется", "надеются"),
    "сомневаться": ("сомневается", "сомневаются"),
}

# Past forms the ending rule gets wrong: verbs whose stem changes or which are reflexive.
IRREGULAR_PAST: dict[str, tuple[str, ...]] = {
    "опровергнуть": ("опроверг", "опровергла", "опровергло", "опровергли"),
    "надеяться": ("надеялся", "надеялась", "надеялось", "надеялись"),
    "сомневаться": ("сомневался", "сомневалась", "сомневалось", "сомневались"),
}

# Prepositional cues: the source of a report stands after them, in the genitive (``по словам Лаврова``)
# or the dative (``согласно заявлению``).
GENITIVE_CUES: tuple[str, ...] = (
    "по словам",
    "по мнению",
    "по данным",
    "по информации",
    "по сообщению",
    "по сведениям",
    "по оценке",
    "по оценкам",
    "по утверждению",
)
PREPOSITIONAL_CUES: tuple[str, ...] = (*GENITIVE_CUES, "согласно")

# Subordinating words that open a reported claim after the cue: ``заявил, что …``, ``спросил, будет ли``.
COMPLEMENTIZERS: tuple[str, ...] = ("что", "чтобы", "будто", "ли")


def _present(verb: str) -> tuple[str, ...]:
    if verb in IRREGULAR_PRESENT:
        return IRREGULAR_PRESENT[verb]
    if verb.endswith(("ать", "ять")):
        stem = verb[:-2]
        return (stem + "ет", stem + "ют")
    if verb.endswith("ить"):
        stem = verb[:-3]
        plural = "ат" if stem.endswith(("ж", "ш", "ч", "щ")) else "ят"
        return (stem + "ит", stem + plural)
    return ()


def inflections(verb: str) -> tuple[str, ...]:
    """The forms of ``verb`` a cue takes: past in every gender and number, then the present if imperfective.

    >>> inflections("заявить")
    ('заявил', 'заявила', 'заявило', 'заявили')
    >>> inflections("говорить")
    ('говорил', 'говорила', 'говорило', 'говорили', 'говорит', 'говорят')
    >>> inflections("писать")[-2:]
    ('пишет', 'пишут')
    >>> "скажет" in inflections("сказать")
    False
    """
    past = IRREGULAR_PAST.get(verb) or tuple(verb[:-2] + ending for ending in ("л", "ла", "ло", "ли"))
    present = () if verb in PERFECTIVE_SPEECH else _present(verb)
    return past + present
