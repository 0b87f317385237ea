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

from tracker.extraction.match_words import MatchWords
from tracker.extraction.phrases import hold_words
from tracker.extraction.phrases.hold_shape import HIRING
from tracker.extraction.text import PreparedEmail

# "Until further notice", by language.
_UNTIL_FURTHER_NOTICE = re.compile(
    r"\b(?:until further notice|for the foreseeable future|jusqu'à nouvel (?:ordre|avis)|"
    r"fino a nuovo (?:avviso|ordine)|fino a data da destinarsi|hasta nuevo aviso|hasta nueva orden|"
    r"até nova ordem|até novo aviso|tot nader (?:bericht|order|orde)|bis auf weiteres)\b"
)
# A pause of hiring in the same sentence: a hiring word and a hold's (hold_words.py, or a pause's stem
# this reader adds: "postponed", "interrompu", "paradas"), or a pause's noun alone.
_HOLDS = hold_words.alternation(
    hold_words.PAUSED, hold_words.PAUSING, hold_words.CANCELLED, hold_words.CANCELLING
)
_PAUSED = (
    rf"(?:{_HOLDS}|postponed|suspend\w*|gel\w+|sospe\w+|bloccat\w+|congela\w+|paraliza\w+|parad[oa]s?|"
    r"interromp\w+|stil te leggen)"
)
_PAUSE = re.compile(
    rf"\b(?:{HIRING}\b[^.!?\n]{{0,60}}?\b{_PAUSED}|{_PAUSED}\b[^.!?\n]{{0,60}}?\b{HIRING}|"
    r"hiring freeze|vacaturestop|einstellungsstopp|gel des (?:recrutements|embauches)|"
    r"blocco delle assunzioni|congelaci[óo]n de (?:la )?contrataci[óo]n|"
    r"congelamento (?:das )?contrata[çc][õo]es)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# Words every form of _UNTIL_FURTHER_NOTICE holds, from its pattern: most mail has none.
_NOTICE_PRECHECK = MatchWords(_UNTIL_FURTHER_NOTICE)


def pauses_hiring(email: PreparedEmail) -> bool:
    """True when a sentence of the body pauses hiring until further notice."""
    body = email.body_lower
    if not _NOTICE_PRECHECK.may_match(body):
        return False
    for notice in _UNTIL_FURTHER_NOTICE.finditer(body):
        start = max(body.rfind(end, 0, notice.start()) for end in ".!?\n") + 1
        end = _SENTENCE_END.search(body, notice.end())
        if _PAUSE.search(body, start, end.start() if end else len(body)):
            return True
    return False
