"""The news about the application written as a title's last segment, capitalised: "Energy Manager –
Information on the Status of the Procedure", "Chargée de projet – Évaluation 2025", "Analyst Internship
Application Next Steps".

title_lowercase_tails cuts a last segment a writer adds in lowercase, and title_run_on's NEWS_TRAILING the
one-word statuses ("- Outcome", "- Not Selected"). A subject or an assessment's name also writes the news
as a heading of capitalised nouns: the process's own nouns (its information, state, evaluation, result,
next steps), with the small words between them and a year, in every language read. A segment made only of
those is no part of the post's name; a post names a role, and none of these nouns is one alone.
"""

from __future__ import annotations

import re

from tracker.names import without_accents

# The process's news nouns, per language, lowercase without accents (a noun a role's name holds, "review"
# of "Review Analyst", is one here only because every word of the segment must be of these).
_NEWS_NOUNS = frozenset(
    {
        # en
        "information", "update", "updates", "status", "state", "outcome", "result", "results", "evaluation",
        "decision", "notification", "next", "steps", "progress", "procedure", "process",
        # de
        "informationen", "stand", "verfahren", "verfahrens", "bewerbungsverfahren", "bewerbungsverfahrens",
        "auswahlverfahren", "auswahlverfahrens", "ergebnis", "ruckmeldung", "entscheidung", "nachste",
        "schritte", "bewertung", "zwischenstand", "zwischenbescheid",
        # fr
        "resultat", "resultats", "avis", "annulation", "suivi", "etat", "etape",
        "etapes", "prochaine", "prochaines", "processus", "nouvelles", "retour",
        # es, pt, it
        "informacion", "informacao", "informazioni", "actualizacion", "atualizacao", "aggiornamento",
        "resultado", "resultados", "risultato", "risultati", "esito", "evaluacion", "avaliacao",
        "valutazione", "estado", "stato", "proceso", "processo", "decisao", "decisione", "proximos",
        "proximas", "prossimi", "pasos", "passos", "passi", "seguimiento", "acompanhamento", "cancelacion",
        "cancelamento", "annullamento",
        # nl
        "informatie", "uitslag", "resultaat", "evaluatie", "beoordeling", "beslissing",
        "volgende", "stappen", "annulering", "zaken",
        # A public selection's published marks or lists: "X - Publicación de calificaciones", "X –
        # Pubblicazione graduatoria", "X - Publication des résultats", "X – Veröffentlichung der Ergebnisse".
        "publication", "publicacion", "publicacao", "pubblicazione", "veroffentlichung", "publicatie",
        "calificaciones", "classificacoes", "graduatoria", "graduatorie", "punteggi", "classement", "notas",
        "rangschikking", "scores", "marks", "ergebnisse",
    }
)  # fmt: skip
# The small words between them: "Information zum Stand des Verfahrens", "Stand van zaken", "Résultat de".
_SMALL_WORDS = frozenset(
    {
        "of", "on", "the", "your", "zum", "zur", "des", "der", "die", "das", "ihres", "ihrer", "van",
        "de", "du", "la", "le", "l", "d", "votre", "del", "do", "da", "dos", "di", "dello", "della", "en",
        "y", "e", "et", "und", "and", "sobre", "su", "sua", "tu", "ihre",
    }
)  # fmt: skip
# The application's noun a subject glues the news onto without a dash: "X Application Next Steps".
_APPLICATION_NOUNS = frozenset({"application", "candidature", "candidatura", "bewerbung", "sollicitatie"})
# What the news may name besides its nouns: small words, the application ("Update on your application").
_WORDS_BETWEEN = _SMALL_WORDS | _APPLICATION_NOUNS
_LAST_SEGMENT = re.compile(r"\s+[-–—|]\s+(?P<tail>[^-–—|]{2,80})$")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_MOST_WORDS = 8


def without_news_segment(title: str) -> str:
    """`title` without a last segment (after a dash or a bar, or glued on after the application's noun) made
    only of the process's news nouns, small words and numbers: "X – Évaluation 2025" -> "X"."""
    segment = _LAST_SEGMENT.search(title)
    if segment and _only_news(segment["tail"]):
        head = title[: segment.start()]
        return head if any(ch.isalpha() for ch in head) else title
    words = title.split()
    for at in range(len(words) - 2, 0, -1):
        if without_accents(words[at].lower()) in _APPLICATION_NOUNS:
            if _only_news(" ".join(words[at + 1 :])):
                return " ".join(words[:at])
            break
    return title


def _only_news(text: str) -> bool:
    """Whether `text`'s words are all news nouns, small words or numbers, with two news nouns, or one and a
    number ("Évaluation 2025"): one noun alone may be a team's ("Engineer - Process")."""
    words = [without_accents(word.lower()) for word in _WORD.findall(text)]
    if not words or len(words) > _MOST_WORDS:
        return False
    if not all(word in _NEWS_NOUNS or word in _WORDS_BETWEEN or word.isdigit() for word in words):
        return False
    nouns = sum(word in _NEWS_NOUNS for word in words)
    return nouns >= 2 or (nouns == 1 and any(word.isdigit() for word in words))
