"""The hiring department's words in the other languages, one list for every reader that tells them.

A post's department ("Técnica de RRHH", hr_posts.py), a signature's role or team line ("Responsable RH chez
X", "L'équipe Recrutement de X", signature_lines.py), a display name's department ("Recursos Humanos X",
display_names.py) and a department signing before its organisation's name (name_finishing.py) name the
same department by the same words. Each reader builds its pattern from these lists and writes beside them,
named, the words only it reads (its own language's compounds, the English ones, a looser spelling).
"""

from __future__ import annotations

from collections.abc import Iterable

# Human resources named in full: French, Spanish and Portuguese, Italian.
HUMAN_RESOURCES_IN_FULL = ("ressources humaines", "recursos humanos", "risorse umane")
# Its short forms beyond English's "HR": French "RH", Spanish "RRHH".
HUMAN_RESOURCES_SHORT = ("rh", "rrhh")
# The department that recruits, named for what it does: French, Portuguese, Spanish, Italian, Dutch.
RECRUITING_DEPARTMENT = ("recrutement", "recrutamento", "selección", "selezione", "werving")


def words_alternation(*word_lists: Iterable[str], between: str = " ") -> str:
    """The lists' words as one regex alternation, in their order, `between` for the space inside a word
    (r"\\s+" for a reader that takes any spacing)."""
    return "|".join(word.replace(" ", between) for words in word_lists for word in words)
