"""Small word classes that tell a Portuguese speaker's name from the other words of a sentence.

Portuguese capitalises names but not months, weekdays, demonyms or titles (``o presidente``,
``na segunda-feira``, ``os portugueses``), so a capitalised word is mostly a name or a sentence
opener.  ``NOT_NAMES`` lists the openers (articles and their contractions with prepositions,
conjunctions, adverbs) so that ``Segundo``, ``No`` or ``Além`` never start a speaker's name.
``NAME_PARTICLES`` join the parts of a name (``Luiz Inácio Lula da Silva``, ``Marcelo Rebelo de
Sousa``); ``e`` is left out: ``Lula e Bolsonaro`` are two people.
"""

from __future__ import annotations

NOT_NAMES: frozenset[str] = frozenset(
    """
    O A Os As Um Uma Uns Umas Seu Sua Seus Suas Este Esta Estes Estas Esse Essa Esses Essas Aquele Aquela Isto
    Isso Em No Na Nos Nas Num Numa Por Pelo Pela Pelos Pelas Para Com Sem Segundo Sobre Entre Desde Até Após
    Durante Ante Contra De Do Da Dos Das Ao Aos À Às Neste Nesta Nesse Nessa E Ou Nem Mas Porém Embora Quando
    Como Se Porque Que Onde Quem Além Também Já Não Sim Assim Hoje Ontem Amanhã Agora Depois Antes Então Ainda
    Contudo Todavia Entretanto Aliás Ele Ela Eles Elas Eu Nós Você Vocês Todos Todas Cada Outro Outra Vários
    Várias Alguns Algumas Muitos Muitas Conforme
    """.split()
)

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    o a os as um uma uns umas e ou nem que de do da dos das em no na nos nas num numa por pelo pela pelos pelas
    para com sem segundo sobre entre desde até após durante ante contra ao aos à às seu sua seus suas se lhe lhes
    me mas porém embora como quando onde porque muito mais menos já não sim também este esta estes estas esse
    essa esses essas é são foi foram era eram tem têm tinha tinham havia
    """.split()
)

# Lower-case words that join parts of a name: "Lula da Silva", "Rebelo de Sousa", "dos Santos".
NAME_PARTICLES: frozenset[str] = frozenset({"de", "do", "da", "dos", "das", "di", "van", "von"})

# Words that make a phrase a clause, not a name or a description: verbs and subordinators.
# "são" (they are) is left out: compared in lower case, it would be the "São" of "São Paulo".
CLAUSE_WORDS: frozenset[str] = frozenset(
    """
    é era eram foi foram tem têm tinha tinham havia será seria serão está estão estava estavam há pode
    podem poderia deve devem vai vão ia quem porque quando enquanto embora se não
    """.split()
)

# Finite verbs that make a phrase a clause: "o ministro é", "a polícia tem".
SUBJECT_VERBS: frozenset[str] = frozenset(
    """
    é são era eram foi foram tem têm tinha tinham teve havia será serão seria seriam está estão estava estavam
    esteve pode podem podia poderia deve devem vai vão ia fez faz fazem
    """.split()
)

# Prepositions and phrases that open an adverbial before a sentence's subject: "Na conferência de imprensa,".
PHRASE_OPENERS: tuple[str, ...] = (
    "em",
    "no",
    "na",
    "nos",
    "nas",
    "após",
    "durante",
    "depois de",
    "antes de",
    "desde",
    "ao",
    "com",
    "sem",
    "perante",
    "por sua vez",
    "por outro lado",
    "no entanto",
    "além disso",
    "entretanto",
    "contudo",
    "enquanto",
    "quando",
    "embora",
)

# Adverbs in -mente: "Posteriormente,", "publicamente".
ADVERB_ENDINGS: tuple[str, ...] = ("mente",)

# Heads of a phrase that speak for an organisation: "o porta-voz do ministério", "o gabinete de Lula".
SPEAKING_HEADS: frozenset[str] = frozenset(
    {"porta-voz", "gabinete", "equipa", "equipe", "assessoria", "campanha", "advogado"}
)
