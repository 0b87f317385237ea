"""A German post named in the case its sentence puts it in, and the name a tracker writes for it.

"auf die Stelle einer Wissenschaftlichen Mitarbeiterin", "an der Position des Restaurantleiters", "die
Stelle eines Technischen Zeichners": after the post's noun a German sentence names the post in the genitive,
with its article. The post is "Wissenschaftliche Mitarbeiterin", "Restaurantleiter", "Technischer Zeichner":
the article goes, an adjective takes the ending it has without one (feminine "-e", masculine "-er") and a
masculine noun loses its genitive "-s" ("Mitarbeiters") or a weak noun its "-en" ("Referenten").
"""

from __future__ import annotations

import re

# The articles of a post named in the genitive or dative, and of its two forms ("einer/eines").
_ARTICLE = re.compile(
    r"^(?P<article>einer|eines|des|der)(?:\s*/\s*(?P<other>einer|eines|des|der))?\s+(?=[A-ZÄÖÜ])"
)
_FEMININE = frozenset({"einer", "der"})
# A declined adjective before the post's noun: a capitalised word of an adjective's ending and "-en"
# ("Technischen", "Wissenschaftlichen", "Leitenden", "Operativen"; not a weak noun's "Referenten").
_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][\w-]*(?:isch|lich|ig|end|ell|al|iv|är)en$")
# A weak masculine noun's genitive ("Referenten", "Praktikanten", "Doktoranden", "Architekten"): "-en" after
# "nt", "nd" or "kt" is its ending; any other noun's genitive is its "-s" ("Mitarbeiters", "Ingenieurs"),
# or "-es" after "zt", "st" ("Oberarztes").
_WEAK_NOUN = re.compile(r"(?<=[nk][td])en$")
_GENITIVE_S = re.compile(r"(?<=[^aeiouäöü][tz])es$|(?<=[a-zäöü])s$")


def in_its_own_case(title: str) -> str:
    """`title` as a post's name, where it opens with the article of a post named in the genitive or dative
    and a capitalised word: "einer Wissenschaftlichen Mitarbeiterin" -> "Wissenschaftliche Mitarbeiterin"."""
    found = _ARTICLE.match(title)
    if found is None:
        return title
    feminine = found["article"] in _FEMININE and found["other"] is None
    words = title[found.end() :].split(" ")
    noun_at = next((at for at, word in enumerate(words) if not _ADJECTIVE.match(word)), len(words))
    if noun_at == len(words):
        return title[found.end() :]  # no noun after its adjectives: the article alone goes
    ending = "e" if feminine else "er"
    words[:noun_at] = [word[:-2] + ending for word in words[:noun_at]]
    if not feminine:
        words[noun_at] = "/".join(_nominative(part) for part in words[noun_at].split("/"))
    return " ".join(words)


def _nominative(noun: str) -> str:
    """A masculine noun's nominative from its genitive: "Mitarbeiters" -> "Mitarbeiter"; a feminine
    form beside it ("Laboringenieurin") is kept."""
    if noun.endswith("in") or noun.endswith("ss"):
        return noun
    weak = _WEAK_NOUN.sub("", noun)
    return weak if weak != noun else _GENITIVE_S.sub("", noun)
