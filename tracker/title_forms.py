"""One title written in both grammatical genders or in either, compared as one (for
tracker/compatible_spellings.py `compatible_titles`).

Postings write a role in both forms ("Magasinier / Magasinière", "Lagerist / Lageristin", "Camarero/a",
"Addetto/a", "Operador(a)") and one application's later mail writes one of them ("Camarera de sala",
"Lageristin Wareneingang"). The title key folds the French and German feminine into the masculine, so
the two forms become one word written twice ("lagerist lagerist"); the Romance forms written by their
ending alone leave a lone letter ("camarero a"), and a lone feminine title keeps its ending
("camarera"). For comparison only (the stored key is left as it is), both keys lose the lone ending
letter, the last "a" or "o" of each word, and a word written twice in a row.
"""

from __future__ import annotations

# The other gender's ending written after a mark ("/a", "(a)", "/o"), a word of its own in the key.
_LONE_ENDINGS = frozenset({"a", "o"})
# A Romance word's gendered ending ("camarero", "camarera": "camarer"; "magazziniere", "magazziniera").
_GENDERED_ENDINGS = ("a", "o", "e")


def in_one_form(key: str) -> str:
    """A title key with its genders written as one: no lone ending letter, each word without its final
    "a", "o" or "e" (words of four letters or more), and no word written twice in a row."""
    words: list[str] = []
    for word in key.split():
        if word in _LONE_ENDINGS:
            continue
        if len(word) > 3 and word.endswith(_GENDERED_ENDINGS):
            word = word[:-1]
        if not words or words[-1] != word:
            words.append(word)
    return " ".join(words)
