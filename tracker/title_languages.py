"""One role named in the languages the tracker reads (EN, FR, DE, ES, NL, PT, IT).

A Swiss, Belgian or Canadian employer writes its receipt in one language and its invitation in another
("Cheffe de projet IT", then "Projektleiterin IT"): one role, though no word of the two titles is the
same. Each role below is one set of its names, as names.title_key writes them (accents folded,
lowercase, each gender's form); a title's role is replaced by the role's mark, and what is left ("IT",
"Senior") must be written alike (compatible_spellings.compatible_titles): "Chef de projet informatique" is not
"Projektleiter IT" (the tracker does not translate the rest, so it keeps the two apart).
"""

from __future__ import annotations

import functools
import re

from tracker.compatible_spellings import compatible_titles

_ROLES: tuple[tuple[str, ...], ...] = (
    (
        "project manager",
        "projektmanager",
        "projektmanagerin",
        "projektleiter",
        "projektleiterin",
        "chef de projet",
        "cheffe de projet",
        "jefe de proyecto",
        "jefa de proyecto",
        "gestor de proyectos",
        "projectleider",
        "projectmanager",
        "gestor de projeto",
        "gestora de projeto",
        "gerente de projeto",
        "responsabile di progetto",
        "capo progetto",
    ),
    (
        "product manager",
        "produktmanager",
        "produktmanagerin",
        "chef de produit",
        "cheffe de produit",
        "jefe de producto",
        "jefa de producto",
        "productmanager",
        "gerente de produto",
        "responsabile di prodotto",
    ),
    (
        "software engineer",
        "software developer",
        "softwareentwickler",
        "softwareentwicklerin",
        "softwareingenieur",
        "softwareingenieurin",
        "ingenieur logiciel",
        "ingenieure logiciel",
        "developpeur logiciel",
        "developpeuse logiciel",
        "ingeniero de software",
        "ingeniera de software",
        "softwareontwikkelaar",
        "engenheiro de software",
        "engenheira de software",
        "ingegnere del software",
        "sviluppatore software",
        "sviluppatrice software",
    ),
    (
        "data analyst",
        "datenanalyst",
        "datenanalystin",
        "analyste de donnees",
        "analista de datos",
        "data analist",
        "analista de dados",
        "analista dati",
    ),
    (
        "accountant",
        "buchhalter",
        "buchhalterin",
        "comptable",
        "contable",
        "contador",
        "contadora",
        "boekhouder",
        "contabilista",
        "contabile",
    ),
    (
        "nurse",
        "pflegefachfrau",
        "pflegefachmann",
        "krankenpfleger",
        "krankenpflegerin",
        "infirmier",
        "infirmiere",
        "enfermero",
        "enfermera",
        "verpleegkundige",
        "enfermeiro",
        "enfermeira",
        "infermiere",
        "infermiera",
    ),
    (
        "teacher",
        "lehrer",
        "lehrerin",
        "lehrperson",
        "enseignant",
        "enseignante",
        "profesor",
        "profesora",
        "leraar",
        "lerares",
        "professor",
        "professora",
        "insegnante",
    ),
    (
        "intern",
        "praktikant",
        "praktikantin",
        "stagiaire",
        "becario",
        "becaria",
        "stagiair",
        "estagiario",
        "estagiaria",
        "stagista",
        "tirocinante",
    ),
)
_MARK_OF = {name: f"#{number}" for number, names in enumerate(_ROLES) for name in names}
_ROLE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _MARK_OF), key=len, reverse=True)) + r")\b")


@functools.lru_cache(maxsize=4096)
def _marked(key: str) -> str:
    """The title key with its role replaced by the role's mark ('' when it names none of the roles)."""
    marked, count = _ROLE.subn(lambda found: _MARK_OF[found.group()], key)
    return marked if count == 1 else ""


def translated_alike(key_a: str, key_b: str) -> bool:
    """Whether two title keys name one role in two languages: the same role, in another language's
    words, with the rest written alike ("cheffe de projet it", "projektleiterin it")."""
    marked_a, marked_b = _marked(key_a), _marked(key_b)
    return bool(marked_a) and bool(marked_b) and compatible_titles(marked_a, marked_b)
