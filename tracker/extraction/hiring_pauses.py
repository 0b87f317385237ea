"""A hiring pause until further notice: the post withdrawn, not the reader turned down.

An employer writing by hand, or a graduate scheme's team, tells the reader that hiring stopped for now:
"our 2027 graduate intake has been paused until further notice", "abbiamo deciso di sospendere le
assunzioni fino a nuovo avviso", "nous gelons les recrutements jusqu'à nouvel ordre", "hemos paralizado
el proceso de contratación hasta nuevo aviso", "suspendemos o recrutamento até nova ordem", "een
vacaturestop tot nader bericht", "ein Einstellungsstopp bis auf Weiteres". By the datasets' convention a
post on hold or no longer recruited for is "withdrawn", whatever regret ("purtroppo", "helaas") or
closing ("we will not be progressing applications") the sentence around it adds. The pause and "until
further notice" are read in one sentence, in the seven languages.
"""

from __future__ import annotations

import re

from tracker.extraction.status_sentences import hedges, sentence_bounds
from tracker.extraction.text import PreparedEmail

# "Until further notice", by language.
_UNTIL_FURTHER_NOTICE = re.compile(
    r"\b(?:until further notice|for the foreseeable future|jusqu'à nouvel (?:ordre|avis)|"
    r"fino a nuovo (?:avviso|ordine)|fino a data da destinarsi|hasta nuevo aviso|hasta nueva orden|"
    r"até nova ordem|até novo aviso|tot nader (?:bericht|order|orde)|bis auf weiteres)\b"
)
# A pause of hiring in the same sentence: a hiring word and a pause's, or a pause's noun alone.
_HIRING = (
    r"(?:hiring|recruit\w*|intake|programme|program|scheme|cohort|vacanc\w+|recrutement\w*|embauche\w*|assunzion\w+|"
    r"selezion\w+|contrataci[óo]n\w*|selecci[óo]n|recrutamento\w*|contrata[çc][ãa]o|werving\w*|"
    r"vacature\w*|sollicitatie\w*|einstellung\w*|besetzung\w*|stellenbesetzung\w*)"
)
_PAUSED = (
    r"(?:paused|postponed|suspended|frozen|on hold|halted|suspend\w*|gel\w+|sospe\w+|bloccat\w+|"
    r"congela\w+|paraliza\w+|parad[oa]s?|interromp\w+|stil te leggen|stilgelegd|opgeschort|bevroren|"
    r"ausgesetzt|eingefroren|pausiert|gestoppt)"
)
_PAUSE = re.compile(
    rf"\b(?:{_HIRING}\b[^.!?\n]{{0,60}}?\b{_PAUSED}|{_PAUSED}\b[^.!?\n]{{0,60}}?\b{_HIRING}|"
    r"hiring freeze|vacaturestop|einstellungsstopp|gel des (?:recrutements|embauches)|"
    r"blocco delle assunzioni|congelaci[óo]n de (?:la )?contrataci[óo]n|"
    r"congelamento (?:das )?contrata[çc][õo]es)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# Words every form of _UNTIL_FURTHER_NOTICE holds: most mail has none.
_NOTICE_WORDS = ("notice", "foreseeable", "nouvel", "nuov", "destinarsi", "nuev", "nov", "nader", "weiteres")


def pauses_hiring(email: PreparedEmail) -> bool:
    """True when a sentence of the body pauses hiring until further notice."""
    body = email.body_lower
    if not any(word in body for word in _NOTICE_WORDS):
        return False
    for notice in _UNTIL_FURTHER_NOTICE.finditer(body):
        start = max(body.rfind(end, 0, notice.start()) for end in ".!?\n") + 1
        end = _SENTENCE_END.search(body, notice.end())
        if _PAUSE.search(body, start, end.start() if end else len(body)):
            return True
    return False


# The post itself held or called off, with no "until further notice": "the Programme Coordinator position
# has been put on pause", "la ricerca è stata sospesa", "de vacature is ingetrokken", "el proceso queda en
# pausa". A word for the post and a held one, in one sentence; the post's words are the hiring ones above
# and the process's or the post's own.
_POST = (
    rf"(?:{_HIRING}|position|role|post|opening|requisition|search|stelle|poste|puesto|vacante|proceso|vaga|"
)
_POST += r"processo|posizione|ricerca|functie)"
_HELD = (
    r"(?:paused|put on (?:pause|hold)|on hold|frozen|cancell?ed|withdrawn|suspended|gel[ée]e?|suspendue?|"
    r"annul[ée]e?|congelad[oa]|cancelad[oa]|suspendid[oa]|en pausa|em pausa|suspens[oa]|congelat[oa]|"
    r"sospes[oa]|annullat[oa]|ingetrokken|geannuleerd|opgeschort|on hold gezet|storniert|gestrichen|"
    r"zurückgezogen|ausgesetzt|eingefroren|pausiert)"
)
_POST_HELD = re.compile(rf"\b{_POST}\b[^.!?\n]{{0,60}}?\b{_HELD}(?!\w)")
# Every held word's stem, searched once: most mail has none.
_HELD_STEM = re.compile(
    r"paus|hold|froze|cancel|withdrawn|suspen|gel[ée]|annul|congela|sospes|ingetrokken|geannuleerd|"
    r"opgeschort|storniert|gestrichen|zurückgezogen|ausgesetzt|eingefroren"
)
_NEGATED = re.compile(r"\b(?:not|no longer|nicht|pas|ne|no|niet|não|non)\b|n't\b")


def post_held_at(text: str) -> int | None:
    """Where a (lowercased) text first says the post was put on hold or called off, in a sentence neither
    negated nor hedged ("if the role is cancelled"), if it does."""
    if _HELD_STEM.search(text) is None:
        return None
    for held in _POST_HELD.finditer(text):
        left, right = sentence_bounds(text, held.start(), held.end())
        sentence = text[left:right]
        if not _NEGATED.search(sentence) and not hedges(sentence, sentence):
            return held.start()
    return None
