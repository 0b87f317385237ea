"""A notice that the employer viewed the reader's application: news of a submission already made, no receipt.

A job board tells the reader, days or weeks after she applied, that the hiring team opened her application
("Your application was viewed by X", "X hat deine Bewerbung angesehen", "Votre candidature a été
consultée"). It reads as "applied", as a receipt does, but it confirms no submission: a title-less one dated
more than a week after the receipt would otherwise start a second application at that employer (a receipt
that late is another submission: matching.RESUBMISSION_GAP). Recording keeps such a notice's status as
unstated (`ApplicationEvent.status_stated`), so it joins the one application open at its employer as any
status mail does. Read from the subject, where every board states it; the body's "View application status"
links say nothing. The seven languages read, each as its boards write the news: the application (or the
CV, the profile) "viewed" or "seen" by the employer, or the employer viewing it.
"""

from __future__ import annotations

import re

# The reader's application, CV or profile, in each language (folded to lower case, accents kept).
_APPLICATION = (
    r"(?:application|cv|résumé|resume|profile|bewerbung|lebenslauf|profil|candidature|solicitud|"
    r"candidatura|postulaci[oó]n|curr[ií]culum|perfil|sollicitatie)"
)
# Its being viewed, each language's participle (passive: "was viewed", "wurde angesehen", "a été consultée").
_VIEWED = (
    r"(?:viewed|seen|angesehen|angeschaut|gesehen|consult[ée]e?s?|vue?s?|vist[oa]s?|visualizad[oa]s?|"
    r"visualizzat[oa]|bekeken|gezien)"
)
_NOTICE = re.compile(
    # "your application was viewed", "deine Bewerbung wurde angesehen", "votre candidature a été consultée",
    # "tu solicitud ha sido vista", "la tua candidatura è stata visualizzata", "sua candidatura foi
    # visualizada", "je sollicitatie is bekeken" (and "X hat deine Bewerbung angesehen", "X heeft je
    # sollicitatie bekeken", the verb last): the application, then within a few words its viewing.
    rf"\b{_APPLICATION}\b[^.!?\n]{{0,40}}?\b{_VIEWED}\b"
    # "X viewed your application",
    # "X a consulté votre candidature", "X ha visto tu candidatura", "X visualizou sua candidatura".
    r"|\b(?:viewed|consult[ée]|vu|visto|vio|visualizou|visualizó|visualizzato)\b[^.!?\n]{0,30}?"
    rf"\b{_APPLICATION}\b",
    re.IGNORECASE,
)
# Words that make the subject another mail's: a receipt's ("received", "submitted") or a step's news.
_NOT_ONLY_VIEWED = re.compile(
    r"\b(?:received|submitted|eingegangen|erhalten|reçue|recibida|ricevuta|recebida|ontvangen|"
    r"interview|entretien|entrevista|colloquio|vorstellungsgespräch|gesprek)\b",
    re.IGNORECASE,
)


def views_the_application(subject: str | None) -> bool:
    """Whether `subject` tells that the employer viewed the reader's application (module docstring)."""
    if not subject or len(subject) > 300:
        return False
    return bool(_NOTICE.search(subject)) and not _NOT_ONLY_VIEWED.search(subject)
