"""The post itself held or called off, read from the shape of a sentence: the reader's application is
withdrawn with it ("withdrawn" by the datasets' convention for a post on hold or cancelled).

"The Programme Coordinator position has been put on pause", "la ricerca è stata sospesa", "de vacature
is ingetrokken", "el proceso queda en pausa": a word for the post (or its hiring) and a held one after
it, in one sentence, neither negated ("the role has not been cancelled") nor hedged (the caller drops
"if the role is cancelled"). hiring_pauses.py reads the hiring paused "until further notice".

Words are lowercase, in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.interview_shape import negation_in
from tracker.extraction.phrases.tables import accents_optional

# Hiring, in the seven languages (hiring_pauses.py reads it too).
HIRING = (
    r"(?:hiring|recruit\w*|intake|programme|program|scheme|cohort|vacanc\w+|recrutement\w*|embauche\w*|assunzion\w+|"
    r"selezion\w+|contrataci[óo]n\w*|selecci[óo]n|recrutamento\w*|contrata[çc][ãa]o|werving\w*|"
    r"vacature\w*|sollicitatie\w*|einstellung\w*|besetzung\w*|stellenbesetzung\w*)"
)
# The post, the process or its search.
_POST = (
    rf"(?:{HIRING}|position|role|post|opening|requisition|search|stelle|poste|puesto|vacante|proceso|vaga|"
    r"processo|posizione|ricerca|functie)"
)
# Held, frozen, called off.
_HELD_FRAGMENT = (
    r"\b(?:paused|put on (?:pause|hold)|on hold|frozen|cancell?ed|withdrawn|suspended|gel[ée]e?|suspendue?|"
    r"annul[ée]e?|congelad[oa]|cancelad[oa]|suspendid[oa]|en pausa|em pausa|suspens[oa]|congelat[oa]|"
    r"sospes[oa]|annullat[oa]|ingetrokken|geannuleerd|opgeschort|storniert|gestrichen|zurückgezogen|"
    r"ausgesetzt|eingefroren|pausiert)(?!\w)"
)
_POST_HELD = re.compile(rf"\b{_POST}\b[^.!?\n]{{0,60}}?{_HELD_FRAGMENT}")
_NEGATED = re.compile(r"\b(?:not|no longer|nicht|pas|ne|no|niet|não|non)\b|n't\b")
# Where a shaped sentence may be, found in the phrase index's one pass over a text (category HOLD_SHAPE).
ANCHORS = [accents_optional(_HELD_FRAGMENT)]


def is_post_held(sentence: str) -> bool:
    """True when a (lowercased, unhedged) sentence says the post was put on hold or called off."""
    held = _POST_HELD.search(sentence)
    # "the role has not been put on hold", "não foi suspensa"; not a negation after it ("on hold: we have no
    # date yet") nor Portuguese "no" ("suspenso no momento").
    return held is not None and not negation_in(sentence[: held.end()], _NEGATED)
