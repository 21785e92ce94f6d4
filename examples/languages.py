"""Languages: detection, an explicit language, and a language without attribution data.

    python examples/languages.py

Prints the language detected for a sentence in each language quoteattr has a
folder for, then what extraction returns for a language that has no attribution
grammar yet: its quotations, and a warning that says why speakers are missing.
"""

from __future__ import annotations

import quoteattr
from quoteattr.lang import available_languages, detect_language, get_language

SENTENCES = [
    "“We will not back down,” the minister said on Monday.",
    "„Wir werden nicht nachgeben“, sagte der Minister am Montag.",
    "« Nous ne céderons pas », a déclaré le ministre lundi.",
    "«No vamos a ceder», dijo el ministro el lunes.",
    "«Мы не отступим», — заявил министр в понедельник.",
    "「我々は屈しない」と大臣は月曜日に述べた。",
]


def main() -> None:
    print("languages with a folder:", ", ".join(available_languages()))
    for sentence in SENTENCES:
        code = detect_language(sentence)
        language = get_language(code)
        doc = quoteattr.extract(sentence)
        speakers = [q.speaker.mention if q.speaker else None for q in doc.quotes]
        print(
            f"{code}  {language.name:<10} attribution={language.attributes!s:<5} quotes={len(doc.quotes)} "
            f"speakers={speakers}  {sentence}"
        )
        for warning in doc.warnings:
            if warning.kind == "no-attribution-data":
                print(f"    warning: {warning.message}")


if __name__ == "__main__":
    main()
