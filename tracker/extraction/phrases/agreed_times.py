"""A day and a clock time the writer and the reader settle between them, read as the meeting it sets.

A time proposed in a statement needs how the meeting would happen beside it (a call, an address, an
office: interview_shape.is_time_proposed), because a day and an hour alone may be a deadline. Two ways of
writing a time leave no doubt that it is a meeting's, and name no means because both sides already know
it:

- the writer agreeing to a time, in the answer to the reader's mail ("Passt, dann Dienstag 17 Uhr.",
  "Perfetto, allora martedì alle 10.", "Thursday 2pm is confirmed", "jueves a las 17h entonces",
  "woensdag om 14.00 uur is prima, ik heb het in de agenda gezet");
- the writer asking whether a time suits the reader or the reader is free then ("passt Ihnen Dienstag um
  12.15 Uhr?", "jeudi 14h, ça vous va ?", "êtes-vous disponible lundi à 9h30 ?"): a deadline is set, not
  asked whether it suits.

Words are lowercase, for the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text.
"""

from __future__ import annotations

import re

from tracker.extraction.clock_times import CLOCK_TIME
from tracker.extraction.phrases.tables import any_of

# An answer's agreeing word opening the sentence: "Passt, ...", "Perfect - ...", "Kein Problem, dann ...".
_AGREEING_OPENING = any_of(
    [
        r"^\W{0,4}(?:great|perfect|fine|lovely|brilliant|excellent|ok|okay|sure|no problem|sounds good|"
        r"that's fine|all good|done|"
        r"passt|perfekt|prima|super|gut|alles klar|gerne?|einverstanden|kein problem|wunderbar|sehr gut|"
        r"parfait|très bien|d'accord|entendu|pas de problème|ça marche|impeccable|"
        r"perfecto|genial|vale|de acuerdo|estupendo|muy bien|sin problema|listo|"
        r"perfetto|ottimo|va bene|d'accordo|benissimo|nessun problema|"
        r"goed|akkoord|helemaal goed|geen probleem|oké|"
        r"perfeito|ótimo|combinado|está bem|sem problema|muito bem) ?[,.!:;-]",
    ]
)
# The settling word after the time, closing the sentence: "jueves a las 17h entonces.", "Tuesday at 3 then".
_SETTLING_CLOSE = re.compile(r"\b(?:then|dann|alors|entonces|allora|então|dan)\W{0,3}$")
# The time judged by the writer just after it, the time the verdict's subject: "Thursday 2pm is confirmed",
# "dinsdag om 10.00 uur is prima" (not "votre voyage du 4 novembre est confirmé : départ 07h04").
_VERDICTS = [
    r"(?:is|it's) (?:confirmed|booked|fine|perfect|great)",
    r"(?:ist|wäre) (?:fixiert|bestätigt|gebucht|notiert|eingetragen)|geht klar",
    r"(?:est|c'est) (?:confirmé|noté|parfait)",
    r"(?:está|queda) (?:confirmad[oa]|apuntad[oa]|anotad[oa])",
    r"(?:è|resta) (?:confermat[oa]|fissat[oa]|segnat[oa])",
    r"(?:is|staat) (?:prima|goed|perfect|genoteerd|vast|bevestigd)",
    r"(?:está|fica) (?:confirmad[oa]|marcad[oa]|combinad[oa])",
]
_VERDICT_ON_THE_TIME = re.compile(rf"(?:{CLOCK_TIME})[^.?!\n]{{0,40}}?\b(?:{'|'.join(_VERDICTS)})\b")
# The writer entering it in their diary or fixing it: "I've pencilled Tuesday at 10am", "ik heb het in de
# agenda gezet", "dann fixieren wir Donnerstag".
_WRITERS_ENTRY = any_of(
    [
        r"\b(?:pencil+ed|penciled)\b|\bin (?:the|my|our) (?:diary|calendar)\b",
        r"\b(?:fixieren|machen) wir\b|\b(?:im|in den|in meinen) kalender\b",
        r"\bdans (?:l'|mon |notre )agenda\b",
        r"\ben (?:la|mi) agenda\b",
        r"\bin agenda\b",
        r"\bin (?:de|mijn|onze) agenda\b",
        r"\bna (?:agenda|minha agenda)\b",
    ]
)
# Asking whether a time suits the reader, or whether they are free then.
_SUITS_THE_READER = any_of(
    [
        r"\b(?:suits?|works?) (?:for )?you\b|\bare you (?:free|available)\b|"
        r"\bwould you be (?:free|available)\b|"
        r"\b(?:ok|okay|convenient) for you\b",
        r"\b(?:passt|ginge|geht) (?:es |das )?(?:ihnen|dir|bei ihnen|bei dir)\b|"
        r"\b(?:wäre|ist) (?:ihnen|dir)\b|"
        r"\b(?:sind|wären|hätten) sie (?:\w+ )?(?:zeit|verfügbar)\b|\b(?:bist|wärst|hättest) du (?:\w+ )?"
        r"(?:zeit|verfügbar)\b",
        r"\bvous (?:va|irait|convient|conviendrait|arrange|arrangerait)\b|"
        r"\bte (?:va|convient)\b|\bt'irait\b|"
        r"\b(?:êtes|seriez)-vous (?:\w+ )?(?:disponible|libre)s?\b|\bvous êtes (?:disponible|libre)s?\b",
        r"\b(?:te|le|os|les) (?:va|iría|viene|vendría|encaja|cuadra)\b|"
        r"\b(?:estás|estarías|está|estaría) (?:disponible|libre)\b|"
        r"\b(?:tienes|tiene|tendrías?) disponibilidad\b",
        r"\b(?:ti|le|vi) (?:va|andrebbe|sta bene|torna|è comodo)\b|"
        r"\b(?:sei|saresti|è|sarebbe) (?:disponibile|libera|libero)\b",
        r"\bpast (?:het |dat )?(?:je|u|jou)\b|\bschikt (?:het |dat )?(?:je|u|jou)?\b|"
        r"\b(?:ben je|bent u|zou je|zou u) (?:\w+ )?(?:beschikbaar|vrij)\b",
        r"\b(?:lhe|te) (?:convém|dá jeito|serve)\b|\bdá-lhe jeito\b|"
        r"\b(?:está|estaria|estás|estarias) (?:disponível|livre)\b|"
        r"\b(?:tem|teria|tens|terias) disponibilidade\b",
    ]
)


def settles_a_time(sentence: str) -> bool:
    """True when a (lowercased) sentence naming a day and a clock time agrees to it as the writer's answer
    ("Passt, dann Dienstag 17 Uhr.") or records it as settled ("Thursday 2pm is confirmed")."""
    stripped = sentence.strip()
    return bool(
        _AGREEING_OPENING.search(stripped)
        or _SETTLING_CLOSE.search(stripped)
        or _VERDICT_ON_THE_TIME.search(stripped)
        or _WRITERS_ENTRY.search(stripped)
    )


def asks_if_it_suits(sentence: str) -> bool:
    """True when a (lowercased) question naming a day and a clock time asks whether it suits the reader or
    they are free then ("passt Ihnen Dienstag um 12.15 Uhr?", "jeudi 14h, ça vous va ?")."""
    return sentence.rstrip().endswith("?") and _SUITS_THE_READER.search(sentence) is not None
