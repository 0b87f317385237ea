"""An application told to be still under consideration: no decision yet, the application stands (applied).

"Your application is still with us", "the team is still reviewing applications", "Ihre Bewerbung befindet
sich weiterhin in Prüfung", "votre candidature est toujours à l'étude", "tu solicitud sigue activa",
"tu postulación continúa en proceso de evaluación", "la tua candidatura è ancora in fase di valutazione",
"a sua candidatura continua em análise", "je sollicitatie is nog in behandeling". An update that says only
this decides nothing: it is no rejection (the guess an update subject gets when its body states no news,
status_rules.py), but the labels' "applied" ("under review" / "still reviewing" with no decision). Read
only where the body states no other news. Words are lowercase, bounded, matched on lowercased text.
"""

from __future__ import annotations

import re

# The application (or the reader's file) named as the sentence's subject, in the seven languages.
_APPLICATION = (
    r"(?:application|candidacy|applications|cv|resume|profile|bewerbung|bewerbungsunterlagen|unterlagen|"
    r"candidature|dossier|solicitud|candidatura|postulaci[oó]n|perfil|sollicitatie|profilo)"
)
# Its state: still being weighed ("under review", "in Prüfung", "à l'étude", "en evaluación", "in fase di
# valutazione", "em análise", "in behandeling"), still with the people who weigh it, or still active.
_UNDER_REVIEW = (
    r"(?:under (?:review|consideration)|being (?:reviewed|considered|assessed)|in (?:review|consideration)|"
    r"with (?:us|the (?:\w+ )?(?:team|committee|panel|manager))|(?:complete and )?with (?:the|our) (?:\w+ )?"
    r"(?:team|committee|panel)|active|in (?:der )?(?:prüfung|bearbeitung|auswahl|sichtung)|aktiv|"
    r"(?:à l'étude|en cours(?: d'(?:étude|examen|évaluation|analyse))?|en (?:examen|évaluation|analyse)|"
    r"active)|"
    r"(?:activa|en (?:proceso(?: de (?:evaluación|revisión|valoración|selección))?|evaluación|revisión|"
    r"valoración|estudio|análisis)|siendo (?:valorada|evaluada|revisada|estudiada|analizada))|"
    r"(?:in (?:fase di |corso di )?(?:valutazione|esame|revisione|corso)|attiva)|"
    r"(?:ativa|em (?:análise|avaliação|processo(?: de (?:avaliação|análise|seleção))?))|"
    r"(?:in behandeling|in (?:de )?(?:beoordeling|selectie)|actief))"
)
_STILL = re.compile(
    # "your application is still with us", "la tua candidatura è ancora in fase di valutazione", "tu
    # solicitud sigue activa y está siendo valorada", "tu postulación continúa en proceso de evaluación".
    rf"\b{_APPLICATION} (?:\S+ ){{0,10}}?(?:is|remains|are|ist|bleibt|befindet sich|est|reste|demeure|sigue|"
    rf"continúa|permanece|está|se encuentra|è|resta|rimane|continua|segue|ainda está|is|blijft|wordt)"
    rf"(?: (?:still|weiterhin|noch|nach wie vor|derzeit|toujours|encore|todavía|aún|ancora|tuttora|ainda|nog|"
    rf"steeds|nog steeds|currently|actuellement|actualmente|attualmente|atualmente|momenteel))?"
    rf"(?: (?:y|e|and|und|et|en) (?:está|è|is|est|ist))? {_UNDER_REVIEW}"
    # "the hiring committee is still working its way through them", "we are still reviewing applications",
    # "wir prüfen noch", "nous étudions toujours", "seguimos revisando", "stiamo ancora valutando",
    # "ainda estamos analisando", "we zijn nog bezig".
    r"|\b(?:is|are|we're|they're) still (?:working (?:its|their|our|through)|reviewing|considering|assessing|"
    r"going through|in the process)\b|\bstill (?:under review|being reviewed|under consideration)\b"
    r"|\b(?:prüfen|sichten) (?:\w+ )?noch\b|\b(?:étudions|examinons|évaluons) (?:toujours|encore)\b|"
    r"\b(?:seguimos|continuamos|estamos todavía|estamos aún) (?:revisando|evaluando|valorando|analizando)\b|"
    r"\bstiamo ancora (?:valutando|esaminando)\b|\b(?:ainda estamos|continuamos|seguimos) "
    r"(?:analisando|avaliando)\b|\b(?:zijn|is) (?:nog|nog steeds) (?:bezig met|aan het) (?:beoordelen|"
    r"selecteren|bekijken|de selectie)\b"
)


def still_in_review(text: str) -> bool:
    """True when `text` (a body, lowercased) tells the application is still under consideration."""
    return _STILL.search(text) is not None
