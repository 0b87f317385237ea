"""A full stop inside a word is no sentence's end: "Software Developer .NET (m/v/x)", "Programador .NET
Senior", "ASP.NET Developer". The sentence anchors (anchors.py) read a title up to its sentence's full stop;
here each reads a dot that a letter follows as the title's own, in every language.
"""

import re

# Every title's own characters (the first class after its group opens) read a dot that
# a letter follows (the text is lowercased), in every language's sentence; a dot before a space, a digit
# ("Vacature 26.0117") or an ordinal's mark ("Ref.ª") is read as before.
_TITLE_CLASSES = ("[^\\n.!?;]", "[^\\n.!?;(]")
# The punctuation ending a title's sentence, a full stop among it: "\\s*[.!?;]".
_SENTENCE_STOP = re.compile(r"\\s\*\[[^\]]*\.[^\]]*\]")


_Anchor = tuple[str, float, bool, bool]


def with_dots_inside_words(titles: list[_Anchor]) -> list[_Anchor]:
    """`titles` (anchors.py's (pattern, weight, needs a role's word, needs a capital after)), each title
    reading a dot a letter follows as its own character and never as its sentence's end."""
    read: list[_Anchor] = []
    for pattern, weight, needs_role_word, needs_capital_after in titles:
        group = pattern.find("(?P<t>")
        found = [(at, chars) for chars in _TITLE_CLASSES if (at := pattern.find(chars, group)) >= 0]
        if group >= 0 and found:
            at, chars = min(found)
            pattern = f"{pattern[:at]}(?:{chars}|\\.(?=[a-z])){pattern[at + len(chars) :]}"
            # ... and its end reads no such dot as the sentence's full stop.
            pattern = pattern[:at] + _SENTENCE_STOP.sub(r"\g<0>(?!(?<=\\.)[a-z])", pattern[at:])
        read.append((pattern, weight, needs_role_word, needs_capital_after))
    return read
