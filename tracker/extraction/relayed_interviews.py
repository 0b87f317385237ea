"""An agency confirming its client's interview, which is no cold contact though it speaks as a recruiter.

A German Personaldienstleister writes the step first and its client after: "wie besprochen bestätige ich
Ihnen hiermit das Vorstellungsgespräch im Auftrag unseres Kunden X: Montag, 16.02., 10:00 Uhr", signed
"Personalberaterin". Its recruiter's words ("im Auftrag unseres Kunden", the signature's role) are those
of cold outreach, which introduces the client or the reader's profile first and only then proposes a
call. A meeting named before any recruiter's word, not a call, with its clock time, is the reader's step.
"""

from __future__ import annotations

import re

from tracker.extraction.kind_evidence import Evidence
from tracker.extraction.text import PreparedEmail


def confirms_a_clients_interview(email: PreparedEmail, evidence: Evidence) -> bool:
    """True when the mail names a meeting (not a call) before any recruiter's word and sets its hour."""
    return (
        evidence.process_at is not None
        and evidence.outreach_at is not None
        and evidence.process_at < evidence.outreach_at
        and not evidence.asks_for_a_call
        and not evidence.cold_contact
        and bool(email.body_hits.get("TIME_SHAPE"))
    )


# The client's own wish to meet the reader, which only a client that has seen their CV has: "my client, a
# mid-size insurer, would like to invite you to an interview", "the client would like to meet you". A cold
# contact offers the agency's call about a client's role instead ("I'm recruiting for a client ... free
# for a call?"). In the seven languages the client is the subject, its wish the verb and the reader its
# object: "mon client souhaite vous rencontrer", "unser Mandant würde Sie gern kennenlernen", "a nuestro
# cliente le gustaría conocerte", "il mio cliente vorrebbe incontrarla", "o nosso cliente gostaria de
# conhecê-lo", "mijn opdrachtgever wil je graag ontmoeten".
_APPOSITION = r"(?:,[^,.\n]{1,60},)? "
_CLIENTS_WISH = re.compile(
    r"\b(?:my|our|the) client" + _APPOSITION + r"(?:would (?:like|love)|wants|is keen|has asked) to "
    r"(?:meet|interview|invite|speak (?:to|with)|see|offer) you\b|"
    r"\b(?:mon|notre|le) client" + _APPOSITION + r"(?:souhaite|souhaiterait|aimerait|voudrait|désire|veut) "
    r"(?:vivement |beaucoup )?(?:vous|te) (?:rencontrer|recevoir|voir|parler|inviter)\b|"
    r"\b(?:unser|mein|der) (?:kunde|mandant|auftraggeber)" + _APPOSITION + r"(?:möchte|würde|will) "
    r"(?:sie|dich) (?:\w+ ){0,5}?(?:kennenlernen|kennen lernen|treffen|einladen|sprechen)\b|"
    r"\b(?:mi|nuestro|el) cliente" + _APPOSITION + r"(?:le |les )?(?:gustaría|quiere|quisiera|desea|querría) "
    r"(?:conocer|entrevistar|ver|invitar)(?:te|le|lo|la)\b|"
    r"\b(?:il (?:mio|nostro)|il) cliente" + _APPOSITION + r"(?:ti |la |vi )?(?:vorrebbe|desidera|vuole) "
    r"(?:incontrar|conoscer|veder|sentir|invitar)(?:ti|la|vi|e)\b|"
    r"\bo (?:meu |nosso )?cliente" + _APPOSITION + r"(?:gostaria de|quer|deseja|pretende) "
    r"(?:(?:te|o|a|lhe) )?(?:conhecer|entrevistar|receber|encontrar|convidar|conhecê|entrevistá|recebê)"
    r"(?:-(?:te|o|a|lo|la|lhe))?(?!\w)|"
    r"\b(?:mijn|onze|de) (?:klant|opdrachtgever)" + _APPOSITION + r"(?:wil|zou) (?:je|jou|u) "
    r"(?:\w+ ){0,3}?(?:ontmoeten|spreken|uitnodigen|leren kennen|zien)\b|"
    r"\b(?:mijn|onze|de) (?:klant|opdrachtgever)"
    + _APPOSITION
    + r"(?:wil|zou) (?:\w+ ){0,2}?met (?:je|jou|u) "
    r"(?:\w+ ){0,2}?kennismaken\b"
)
_CLIENT_WORDS = ("client", "kunde", "mandant", "auftraggeber", "klant", "opdrachtgever")


def relays_a_clients_wish(email: PreparedEmail) -> bool:
    """True when an agency relays its client's wish to meet, interview or hire the reader."""
    body = email.body_lower
    return any(word in body for word in _CLIENT_WORDS) and _CLIENTS_WISH.search(body) is not None
