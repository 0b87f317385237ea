"""The name a mail defines for an acronym by setting the acronym in brackets after it: "Régie intercommunale
des eaux du Plateau (RIEP)", "Agenzia regionale per la mobilità (ARM)", "Servicio Municipal de Deportes
(SMD)". Romance and German public bodies write only the first word capitalised, so the run of capitalised
words written_expansions.py reads stops at the first lowercase one; the brackets say where the name ends,
and its words' initials (the joining words and articles left out) say where it starts.
"""

from __future__ import annotations

import re

from tracker.extraction.written_words import places

# Where a name defined by brackets cannot begin further left: a sentence's or a clause's mark.
_CLAUSE_MARKS = re.compile(r"[.,;:!?()\[\]«»\"“”|–—]\s")
# The words a name holds at most before its acronym in brackets: the longest public body's name.
_MOST_WORDS = 14
_ELIDED_HEAD = re.compile(r"^(?:l|d|dell|dall|all|nell|sull|qu)['’](?=\w)", re.IGNORECASE)


def bracket_defined_name(acronym: str, text: str, left_out: frozenset[str]) -> str | None:
    """The words just before "(`acronym`)" in `text` whose initials, the words of `left_out` aside (written
    in lower case), spell `acronym`, opening on a capitalised word; None when no such definition is written.
    """
    wanted = acronym.lower()
    for at in places(f"({acronym})", text):
        line = text[text.rfind("\n", 0, at) + 1 : at]
        clause = line[_last_clause_end(line) :]
        words = clause.split()[-_MOST_WORDS:]
        name = _spelling_suffix(words, wanted, left_out)
        if name:
            return name
    return None


def _last_clause_end(line: str) -> int:
    ends = [match.end() for match in _CLAUSE_MARKS.finditer(line)]
    return ends[-1] if ends else 0


def _spelling_suffix(words: list[str], wanted: str, left_out: frozenset[str]) -> str | None:
    """The shortest run of `words` ending at the last whose initials are `wanted`, opening capitalised."""
    initials = ""
    for start in range(len(words) - 1, -1, -1):
        word = _ELIDED_HEAD.sub("", words[start])
        if not word[:1].isalpha():
            return None
        if word in left_out:
            continue
        initials = word[0].lower() + initials
        if not wanted.endswith(initials):
            return None
        if initials == wanted:
            if not word[0].isupper() or start == len(words) - 1:
                return None
            # "dall'Agenzia regionale ...": the article a sentence elides before the name is none of it.
            return " ".join([word, *words[start + 1 :]])
    return None
