"""The desk a public body's selection mail is sent from, in the seven languages: its electronic office, its
competitions' office, its applicants' portal.

A council, a health authority or a consortium sends a competition's notices under its own name and the
desk's: "Sede electrónica · Consorcio X", "Portale Concorsi ASST X", "Stadt X – Bewerbungsportal",
"Selecties Lokaal Bestuur X", "Prefeitura de X – Concursos", "Ville de X - Concours". The desk's words are no
part of the body's name; display_names.py takes them off as it takes a firm's "Careers" or "Recruiting".
"""

from __future__ import annotations

# Several words first, so that a longer desk is taken whole ("Portal de Empleo Público", not "Portal").
PUBLIC_DESK_WORDS = (
    # Spanish: the e-office every Spanish body notifies from, the competitions' office and portal.
    r"sede electr[oó]nica",
    r"registro electr[oó]nico",
    r"portal(?:e)?(?: de| dei| do| des)? (?:empleo(?: p[uú]blico)?|emprego|concursos|concorsi|concours)",
    r"empleo p[uú]blico",
    r"(?:oficina|sistema|direcci[oó]n|departamento|secci[oó]n) de concursos",
    r"oposiciones",
    r"procesos selectivos",
    # Portuguese: the selection processes' desk and the candidates' portal.
    r"processos? seletivos?",
    r"portal do candidato",
    # Italian: the competitions' desk.
    r"selezioni pubbliche",
    # German: the applicants' portal, written as one word.
    r"(?:bewerbungs|bewerber|karriere|stellen|job)portal",
    # French: the candidates' space.
    r"espace candidats?",
    # The desk named by its competitions or selections alone, never inside a name's "of": Spanish and
    # Portuguese "X – Concursos", "Concursos Públicos – X", Italian "Concorsi X", French "X - Concours",
    # Dutch "Selecties X", "X - Team Selectie", English "X Competitions"; not "Instituto X de Concursos",
    # an organiser's own name.
    r"(?<!\bde )(?<!\bdi )(?<!\bdes )(?<!\bdo )(?<!\bda )(?<!\bvan )(?<!\bof )"
    r"(?:concursos?(?: p[uú]blicos?)?|concorsi|concours|selecties?|competitions)",
)


def public_desk_alternation() -> str:
    """The desks' words as one regex alternation (caseless, to stand between word boundaries)."""
    return "|".join(PUBLIC_DESK_WORDS)
