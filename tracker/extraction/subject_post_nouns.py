"""The post's noun as its sentence's subject, in Spanish and Portuguese: "la posición sigue abierta", "a vaga
foi suspensa". These languages name a post right after its noun, without "de" ("para la posición Analista de
Riesgos", "à vaga Técnico de Redes"), so an anchor on the noun reads whatever follows it. After a
preposition ("para la", "en el", "à") the noun is the object the post's name completes; after its bare
article, at the head of a clause, the noun is what the sentence speaks of, and the word after it is the
sentence's verb ("el puesto permanece vacante", "a vaga mantém-se em aberto") unless the post's name,
capitalised, stands between ("la vacante Auxiliar de Farmacia se ha cubierto").
"""

from __future__ import annotations

import re

# The nouns Spanish and Portuguese name a post by without "de" after them.
_POST_NOUNS = (
    r"posición|vacante|puesto|cargo|búsqueda|busqueda|oferta|convocatoria|vaga|posição|posicao|função|funcao"
)
# The bare article and the noun, right before where the title was read; the word before the article, if any.
_ARTICLE_AND_NOUN = re.compile(rf"(?:^|[^\w'’])(?:(?P<before>\w+)\s+)?(?:la|el|a|o)\s+(?:{_POST_NOUNS})\s+$")
_REACH = 40
# A preposition before the article makes the noun its object: the post's name completes it.
_PREPOSITIONS = frozenset((
    "a", "para", "pra", "en", "de", "con", "por", "sobre", "hacia", "desde", "em", "com", "pela", "pelo",
    "entre", "sin", "sem", "tras", "ante", "até", "hasta",
))  # fmt: skip


def is_subject_noun_before(body_lower: str, start: int) -> bool:
    """Whether the title read at `start` of a mail's lowercased body follows a post's noun that is its
    sentence's subject (its bare article, no preposition before it): what follows is the sentence's verb
    unless it is capitalised."""
    found = _ARTICLE_AND_NOUN.search(body_lower, max(0, start - _REACH), start)
    return found is not None and found.end() == start and found.group("before") not in _PREPOSITIONS
