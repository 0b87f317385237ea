"""Where a German post read after "als" or the post's noun ends: at the clause the sentence goes on with.

German writes every noun with a capital, and a post's name is nouns, the small words that join them ("für",
"und", "im") and the adjectives before a noun ("kaufmännische Verwaltung"). The sentence's own words after
it are lowercase and stand before no noun: "Ihre Bewerbung als Laborant (m/w/d) Mikrobiologie gibt es ...",
"Ihre Bewerbung als Erzieher*in aus dem Verfahren genommen", "die Zeit, die Sie in Ihre Bewerbung als
Steuerfachangestellte investiert haben". Where no list of verbs or adverbs knows the word, its shape does.
"""

from __future__ import annotations

import re

# The post's slot in a German sentence: after "als" or the post's noun ("Stelle", "Position").
_GERMAN_SLOT = re.compile(r"(?:\bals|\b(?:stelle|position|rolle|tätigkeit|vakanz))\s+[„\"]?$")
_SLOT_REACH = 24
# The small words a post's name holds in lowercase: German's and English's joining words.
_JOINING = (
    r"(?:für|und|oder|im|in|mit|der|des|den|dem|die|das|von|vom|zur|zum|am|an|auf|als|bzw|u|sowie|bis|"
    r"of|and|for|the|to|de|du|la)"
)
# A lowercase word the sentence goes on with: no joining word, and no noun (a capital), bracket, quote or
# number after it, as an adjective of the post's name has.
_CLAUSE_WORD = re.compile(
    rf"\s(?!{_JOINING}(?![a-zäöüß]))[a-zäöüß]{{2,30}}(?=[\s.,;:!?]|$)(?!\s+[A-ZÄÖÜ(„\"\d])"
)


def german_clause_end(body: str, body_lower: str, start: int, end: int) -> int:
    """Where the title read from `start` to `end` in `body` ends when it sits in a German application's
    post slot: before the first lowercase word of the sentence it runs on into, outside its brackets."""
    if "bewerb" not in body_lower or not _GERMAN_SLOT.search(body_lower, max(0, start - _SLOT_REACH), start):
        return end
    for word in _CLAUSE_WORD.finditer(body, start + 1, end):
        if body.count("(", start, word.start()) == body.count(")", start, word.start()):
            return word.start()
    return end
