"""Russian words the attribution grammar reads: function words, clause words, capitalised non-names.

Russian capitalises only names and the first word of a sentence, so a
capitalised word is a name unless it is one of :data:`NOT_NAMES`: the words that
open sentences (``Однако``, ``Как``, ``По``), pronouns and adverbs.
"""

from __future__ import annotations

# The most frequent short words, lower case: prepositions, conjunctions, particles.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    и в во не на что с со по как это к ко из за от для но а или же ли бы то так уже ещё еще также тоже
    о об у при до после над под между без через про перед при чтобы если когда где
    """.split()
)

# Words that make a phrase a clause, not a name or a description: conjunctions and auxiliaries.
CLAUSE_WORDS: frozenset[str] = frozenset(
    """
    что чтобы потому поскольку если когда хотя пока где куда не ни был была было были будет будут есть
    является являются может могут стал стала стали который которая которое которые
    """.split()
)

# Capitalised words that open sentences and never name a speaker.
NOT_NAMES: frozenset[str] = frozenset(
    """
    Однако Но И А Как По Кроме Также Тем Так Поэтому При Во В На С Со К О Об За Из От До После Для Если
    Когда Хотя Пока Это Этот Эта Эти Тот Та Те Он Она Они Оно Я Мы Вы Его Её Ее Их Там Здесь Сейчас
    Теперь Затем Потом Вчера Сегодня Завтра Ранее Позже Позднее Впрочем Между Итак Напомним Кстати
    Нет Да Все Всё Что Где Кто Почему Зачем Согласно Ещё Еще Уже Лишь Только Даже Ведь
    """.split()
)

# Words that stand alone for a speaker after an inverted cue: «…», — сказал один из них.
INDEFINITE_SPEAKERS: frozenset[str] = frozenset({"один", "одна", "другой", "другая", "кто-то"})
