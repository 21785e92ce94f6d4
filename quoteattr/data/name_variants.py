"""How one person's name varies in print: letters, transliterations, nicknames.

:func:`quoteattr.names.name_key` folds a name part to a comparison key in three
steps, each driven by a table here:

1. :data:`SPECIAL_LETTERS` and :data:`CYRILLIC` map letters that Unicode
   decomposition does not reduce to ASCII (ø, ß, ł, Cyrillic); then combining
   marks are dropped, so Erdoğan and Erdogan give the same letters.
2. Everything but the letters a-z goes: Ing-wen and Ingwen, O'Neill and ONeill.
3. :data:`TRANSLITERATION_RULES` are applied in order, repeatedly until nothing
   changes, so the key is idempotent: Yermakov and Ermakov both give
   ``ermakov``, Zelensky/Zelenskyy/Zelenskiy give ``zelenski``.

The rules fold *spellings of one sound* only.  They must never fold two
different names together: each rule carries the pairs it is for, and the tests
check that the names in ``tests/cases/name_pairs.json`` marked different stay
different.  Where a variation is not a rule but a fact about one name (Antony
and Anthony, Liz and Elizabeth, Gaddafi and Qaddafi), list it in a group in
:data:`GIVEN_NAME_VARIANTS` or :data:`SURNAME_VARIANTS` instead.
"""

from __future__ import annotations

# --- Step 1: letters to ASCII ----------------------------------------------------
#: Letters that NFKD leaves alone, in lower case (names are case-folded first).
SPECIAL_LETTERS: dict[str, str] = {
    "\N{LATIN SMALL LETTER O WITH STROKE}": "o",  # Søren
    "\N{LATIN SMALL LETTER AE}": "ae",  # Ærø
    "\N{LATIN SMALL LIGATURE OE}": "oe",
    "\N{LATIN SMALL LETTER SHARP S}": "ss",  # Strauß (casefold already gives ss)
    "\N{LATIN SMALL LETTER L WITH STROKE}": "l",  # Wałęsa
    "\N{LATIN SMALL LETTER D WITH STROKE}": "d",  # Đoković
    "\N{LATIN SMALL LETTER ETH}": "d",
    "\N{LATIN SMALL LETTER THORN}": "th",
    "\N{LATIN SMALL LETTER DOTLESS I}": "i",  # Turkish ı: Işıl
    "\N{LATIN SMALL LETTER H WITH STROKE}": "h",  # Maltese
}

#: Russian, Ukrainian and Belarusian Cyrillic to Latin, close to the BBC/AP
#: newsroom spelling, so that a name quoted in the original script (Лавров)
#: meets its English spelling (Lavrov).  Soft and hard signs vanish.
CYRILLIC: dict[str, str] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ў": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}

# --- Step 3: spelling folds ------------------------------------------------------
#: ``(pattern, replacement, examples)``: regular expressions over the lower-case
#: ASCII letters of one name part, applied in this order until nothing changes.
#: Examples name the spellings the rule brings together.
TRANSLITERATION_RULES: tuple[tuple[str, str, str], ...] = (
    # x and ks are one sound: Alexei/Aleksei, Alexander/Aleksandr.
    (r"x", "ks", "Alexei ~ Aleksei"),
    # ck and k spell one sound: Baerbock/Baerbok, Zuckerman/Zukerman.
    (r"ck", "k", "Zuckerman ~ Zukerman"),
    # Russian х as kh or h: Mikhail/Mihail, Khodorkovsky/Hodorkovsky.
    (r"kh", "h", "Mikhail ~ Mihail"),
    # French and German spellings of ч: Abramovitch/Abramovich.
    (r"tch", "ch", "Abramovitch ~ Abramovich"),
    # French gu before e/i keeps g hard: Serguei/Sergei.
    (r"gu(?=[ei])", "g", "Serguei ~ Sergei"),
    # Word-initial е as Ye or E: Yermakov/Ermakov, Yevgeny/Evgeny, Yeltsin/Eltsin.
    (r"^ye", "e", "Yermakov ~ Ermakov"),
    # A glide y between vowels is often dropped: Sergeyev/Sergeev, Andreyev/Andreev.
    (r"(?<=[aeiou])y(?=[aeiou])", "", "Sergeyev ~ Sergeev"),
    # Word-initial я/ю as Ya/Ia, Yu/Iu: Yulia/Iulia, Yanukovych/Ianukovych.
    (r"^y(?=[aou])", "i", "Yulia ~ Iulia"),
    # The ending -ий/-ый in every romanisation: Zelensky/Zelenskyy/Zelenskiy/Zelenskii/Zelenskij.
    (r"(?:iy|yy|ii|yi|ij|yj)$", "i", "Zelenskiy ~ Zelensky"),
    (r"y$", "i", "Dmitry ~ Dmitri"),
    # й after a vowel as y, i or j: Shoygu/Shoigu, Sergey/Sergei, Alexej/Alexei.
    (r"(?<=[aeiou])[yj](?![aeiou])", "i", "Shoygu ~ Shoigu"),
    # German -ow for -ov: Romanow/Romanov, Lawrow/Lavrov (with the w rule below).
    (r"ow$", "ov", "Romanow ~ Romanov"),
    # German w for v inside Slavic names: Lawrow/Lavrov, Medwedew/Medvedev.
    (r"(?<=[aeiou])w(?=[aeiou])", "v", "Medwedew ~ Medvedev"),
    (r"ew$", "ev", "Medwedew ~ Medvedev"),
    # Doubled letters are a spelling habit, not a sound: Zelenskyy, Mohammed/Mohamed.
    (r"(.)\1+", r"\1", "Mohammed ~ Mohamed"),
)

# --- Facts about particular names -----------------------------------------------
#: Given names that denote the same person when the surname agrees: spelling
#: variants (Antony/Anthony), transliterations the rules do not reach, and
#: common short forms (Liz/Elizabeth).  A name may be in several groups; two
#: names are variants only if they share a group, so Alexander ~ Alex ~
#: Alexandra does *not* make Alexander ~ Alexandra.  Exclusion: never group two
#: names that are commonly given to different people in one family (Bill and
#: Hillary, Joe and Hunter, Ed and David are all in different groups).
GIVEN_NAME_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("Antony", "Anthony", "Tony"),
    ("Sergei", "Sergey", "Serguei", "Sergej"),
    ("Dmitry", "Dmitri", "Dmitriy", "Dmitrii"),
    ("Alexei", "Aleksei", "Alexey", "Aleksey", "Oleksii", "Oleksiy"),
    ("Alexander", "Aleksandr", "Alexandre", "Oleksandr", "Alex", "Sasha"),
    ("Alexandra", "Aleksandra", "Alex", "Sasha"),
    ("Yuri", "Yury", "Yurii", "Iurii", "Yuriy"),
    ("Yulia", "Julia", "Iulia", "Yuliya"),
    ("Yevgeny", "Evgeny", "Yevgeniy", "Evgenii", "Eugene"),
    ("Mikhail", "Mihail", "Mykhailo"),
    ("Volodymyr", "Vladimir", "Wolodymyr"),
    ("Mohammed", "Mohammad", "Muhammad", "Mohamed", "Muhammed", "Mohamad"),
    ("Elizabeth", "Liz", "Lizzie", "Beth", "Betty", "Elisabeth"),
    ("William", "Bill", "Billy", "Will"),
    ("Robert", "Bob", "Bobby", "Rob"),
    ("Joseph", "Joe", "Joey"),
    ("Edward", "Ed", "Eddie", "Ted"),
    ("Richard", "Rick", "Rich", "Dick"),
    ("James", "Jim", "Jimmy", "Jamie"),
    ("Michael", "Mike"),
    ("Thomas", "Tom", "Tommy"),
    ("Christopher", "Chris"),
    ("Nicholas", "Nick", "Nicolas"),
    ("Benjamin", "Ben", "Bibi"),
    ("Katherine", "Catherine", "Kathryn", "Kate", "Cathy"),
    ("Margaret", "Maggie", "Meg"),
    ("Steven", "Stephen", "Steve"),
    ("Jeffrey", "Geoffrey", "Jeff"),
    ("Olaf", "Olav"),
)

#: Surnames spelled in genuinely different ways that no general rule covers.
SURNAME_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("Gaddafi", "Qaddafi", "Kadhafi", "Gadhafi", "Qadhafi", "Khadafy"),
    ("Zelensky", "Selenskyj"),  # German spelling: initial S and -yj
    ("Chaikovsky", "Tchaikovsky", "Tschaikowsky"),
)

# --- Name structure ----------------------------------------------------------------
#: Lower-case particles that belong to the surname (Ursula von der Leyen,
#: Mohammed bin Salman, Charles de Gaulle).  Capitalised, a particle starts a
#: name only if :data:`PARTICLES_ALSO_GIVEN` does not list it (Van Morrison).
PARTICLES: frozenset[str] = frozenset(
    "von van der den de del della di da das dos du la le ter ten zu bin ibn bint al el abu ben mac".split()
)

#: Particles that say "son of" and so belong to the surname itself: Mohammed bin
#: Salman is "bin Salman", never plain "Salman" (his father, King Salman).
PATRONYMIC_PARTICLES: frozenset[str] = frozenset({"bin", "ibn", "bint"})

#: Particles that are also given names when capitalised at the start of a name.
PARTICLES_ALSO_GIVEN: frozenset[str] = frozenset({"van", "ben", "abu", "mac"})

#: Arabic article prefixes joined to the surname with a hyphen (Bashar al-Assad):
#: split off so that "al-Assad" and "Assad" share a surname.
HYPHEN_PARTICLES: frozenset[str] = frozenset({"al", "el", "ad", "as", "ash", "at", "az", "ar"})

#: Generational suffixes, lower case without full stop -> how they print.  They
#: tell people apart: Donald Trump and Donald Trump Jr. are two people.
SUFFIXES: dict[str, str] = {
    "jr": "Jr.",
    "junior": "Jr.",
    "sr": "Sr.",
    "senior": "Sr.",
    "ii": "II",
    "iii": "III",
    "iv": "IV",
    "2nd": "II",
    "3rd": "III",
}

#: Family names written first in Chinese, Korean and Vietnamese usage (Tsai
#: Ing-wen, Xi Jinping, Kim Jong-un).  Used only when the other part of a
#: two-word name looks like a romanised given name (hyphenated syllables or
#: pinyin), so Lee Anderson stays given-name-first.
EAST_ASIAN_SURNAMES: frozenset[str] = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song
    tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
    yao qin xi tsai lai chiang lee kim park choi jung kang cho yoon jang lim moon shin nguyen tran le pham
    hoang vo dang bui do ho ngo duong ly hun
    """.split()
)

# One syllable of Hanyu Pinyin, initial then final: a given name made only of these (Jinping, Keqiang)
# is read as one romanised Chinese given name, not as two words.
PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u)"
)
