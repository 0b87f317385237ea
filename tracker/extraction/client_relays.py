"""An agency telling the reader, in one sentence, that its client wants to hire or meet them for a post.

A staffing agency's consultant passes the client's decision on by hand: "die Firma Kessler Metallbau würde
Sie gern als Schweißer (m/w/d) übernehmen", "de firma Van Dijk Transport wil je graag aannemen als
chauffeur C", "il mio cliente, l'azienda Fonderia Rossi, vorrebbe conoscerti per la posizione di
Operaio", "mon client aimerait faire votre connaissance pour le poste de Contrôleur de gestion H/F". The
sentence names the step (a hire, a meeting), the post and the client: the employer is the client (the
agency where the client goes unnamed, "mon client"), the title that post. Read in the seven languages.

The client putting the post on hold is relayed the same way: "notre client Laboratoires X met le poste en
stand-by", "il nostro cliente X ha messo la posizione in stand-by", "nuestro cliente X ha congelado la
posición", "onze klant X heeft de vacature on hold gezet", "our client X has paused the role": the post
withdrawn (the datasets' convention for a post on hold), the client the employer. A hold is never a cold
recruiter's, so the client who holds need not be "my" client: "the client has cancelled the search", "the
hiring manager has put the role on hold", "I heard back from my client - they have paused the search".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.extraction.match_words import MatchWords
from tracker.extraction.phrases import hold_shape, hold_words
from tracker.extraction.text import PreparedEmail
from tracker.models import Status

# The client, introduced by the agency's "my client" or the word for a firm: its name after either, or
# none after the former ("mon client aimerait").
_MY_CLIENT = (
    r"(?i:mein(?:e)? kund(?:e|in)|unser(?:e)? kund(?:e|in)|mijn klant|onze klant|il mio cliente|"
    r"la mia cliente|mi cliente|nuestro cliente|nuestra cliente|o meu cliente|a minha cliente|"
    r"(?:o )?nosso cliente|(?:a )?nossa cliente|mon client|"
    r"il nostro cliente|la nostra cliente|ma cliente|notre client|my client|our client)"
)
_FIRM_WORD = (
    r"(?i:die firma|de firma|het bedrijf|l'azienda|la ditta|la empresa|a empresa|la société|l'entreprise)"
)
_NAME = r"[A-ZÀ-Þ][\w'&.-]*(?: (?:[A-ZÀ-Þ&][\w'&.-]*|do|da|dos|de|del|van|von|der|den|di|du|des))*"
# The client's wish: "würde Sie gern", "wil je graag", "vorrebbe", "quiere", "gostaria de", "aimerait".
_WISH = (
    r"(?i:würde|möchte|will|wil|wilt|zou|vorrebbe|desidera|quiere|querría|gostaria|quer|aimerait|"
    r"souhaite|souhaiterait|voudrait|would like|wants|would love)"
)
_RELAY = re.compile(
    rf"(?:{_MY_CLIENT}(?:,? (?:{_FIRM_WORD} )?(?P<named>{_NAME}))?|{_FIRM_WORD} "
    rf"(?P<firm>{_NAME})),? {_WISH}\b(?P<rest>[^.?!\n]{{0,120}})"
)
# The step the rest of the sentence states: a hire or a meeting.
_HIRE = (
    r"übernehmen|einstellen|aannemen|in dienst nemen|assumer(?:ti|la|lo)|contratar(?:te|le|l[oa])?|"
    r"contratá-l[oa]|vous embaucher|vous recruter|t'embaucher|hire you|take you on"
)
_MEET = (
    r"kennenlernen|kennen ?leren|leren kennen|ontmoeten|conoscer(?:ti|la|lo)|incontrar(?:ti|la|lo)|"
    r"conocer(?:te|le|la)|conhecer|conhecê-l[oa]|faire (?:votre|ta) connaissance|vous rencontrer|"
    r"te rencontrer|meet you"
)
_STEP = re.compile(rf"\b(?:(?P<offer>{_HIRE})|(?P<interview>{_MEET}))(?!\w)", re.I)
# When the hire starts closes the post: "comme préparateur à partir de lundi", "als X ab Montag".
_FROM_A_DAY = (
    r"à partir d[eu']|dès|ab|met ingang|a partire da|a partir de|desde|from|starting|as of|zum|vanaf"
)
# A hire's "for good" before its verb ends the post too: "als X fest übernehmen", "als X vast aannemen".
_FOR_GOOD = r"(?:(?:fest|dauerhaft|direkt|vast|definitief|permanently) )"
# The post: "als Schweißer (m/w/d)", "pour le poste de X", "per la posizione di X", "para a vaga de X".
_POST = re.compile(
    r"\b(?:als|as(?! soon)|come|como|comme|pour le poste d(?:e |')|per la posizione di|per il ruolo di|"
    r"para el puesto de|para a vaga de|para a função de|voor de functie (?:van|als)|"
    r"for the (?:position|role) of|für die (?:stelle|position) als) "
    rf"(?P<post>[^,;:?!\n]{{2,70}}?)(?=\s*(?:\b{_FOR_GOOD}?(?:{_HIRE}|{_MEET}|{_FROM_A_DAY})(?!\w)|[,;:?!.\n]|$))",
    re.I,
)
# Where a relay can begin: its opening words, searched in the lowered body before _RELAY is tried there.
_OPENING = re.compile(rf"(?<![\w'])(?:{_MY_CLIENT}|{_FIRM_WORD})\b")
# Words every opening holds, from its pattern: most mail has none.
_OPENING_PRECHECK = MatchWords(_OPENING)


# Who else holds a post in an agency's words: the client, not "my" client; or its hiring manager, whose
# name after the words is a person's, never the client's ("the hiring manager, Sarah Jones, has ...").
_CLIENT_HOLDER = r"(?i:the client|der kunde|die kundin|de klant|el cliente|o cliente|il cliente|le client)"
_MANAGER = r"(?i:the hiring manager)"
_MANAGER_HOLDER = rf"{_MANAGER}(?:, [^,.?!\n]{{2,40}},)?"
# The client's hold, after its name in the same sentence: "met le poste en stand-by", "ha congelado la
# posición", "heeft de vacature on hold gezet", "hat die Stelle auf Eis gelegt", "has paused the role".
_HELD = re.compile(
    rf"(?:(?:{_MY_CLIENT}|{_CLIENT_HOLDER})(?:,? (?:{_FIRM_WORD} )?(?P<named>{_NAME}))?|{_MANAGER_HOLDER}|"
    rf"{_FIRM_WORD} (?P<firm>{_NAME})),? "
    r"(?P<rest>[^.?!\n]{0,100})"
)
_HELD_OPENING = re.compile(rf"(?<![\w'])(?:{_MY_CLIENT}|{_CLIENT_HOLDER}|{_MANAGER}|{_FIRM_WORD})\b")
# Held for now (hold_words.py), the client the one who holds, so no post need be named ("notre client met
# tout en stand-by"); or the post held or called off in either of hold_shape's shapes ("has frozen the role").
_ON_HOLD = re.compile(rf"\b(?:{hold_words.alternation(hold_words.PAUSED)}|stand-?by|froze|congeló)(?!\w)")
_HELD_PRECHECK = MatchWords(_ON_HOLD, hold_shape.ANCHORS[0])
_HELD_OPENING_PRECHECK = MatchWords(_HELD_OPENING)


_STEP_PRECHECK = MatchWords(_STEP)


class ClientRelay(NamedTuple):
    """The step, the client (None where the agency leaves it unnamed) and the post of a relayed wish."""

    status: Status
    client: str | None
    post: str | None


def relayed_client_step(email: PreparedEmail) -> ClientRelay | None:
    """The client's hold of the post, or its wish to hire or meet the reader, an agency relays in one
    sentence, with its post."""
    body = email.body_lower
    # (Every opening of a wish is a hold's too: most mail has none.)
    if not _HELD_OPENING_PRECHECK.may_match(body):
        return None
    if _HELD_PRECHECK.may_match(body):
        for opening in _HELD_OPENING.finditer(body):
            held = _HELD.match(email.body, opening.start())
            if held is not None and _is_held(held.group("rest").lower()):
                client = held.group("named") or held.group("firm") or _named_before(email.body, opening)
                return ClientRelay(Status.WITHDRAWN, client, None)
    if not (_STEP_PRECHECK.may_match(body) and _OPENING_PRECHECK.may_match(body)):
        return None
    for opening in _OPENING.finditer(body):
        match = _RELAY.match(email.body, opening.start())
        if match is None:
            continue
        step = _STEP.search(match.group("rest"))
        if step is None:
            continue
        post = _POST.search(match.group("rest"))
        status = Status.OFFER if step.lastgroup == "offer" else Status.INTERVIEW
        client = match.group("named") or match.group("firm") or _named_before(email.body, opening)
        return ClientRelay(status, client, post.group("post").strip() if post else None)
    return None


def _is_held(rest: str) -> bool:
    """True when the (lowercased) rest of the client's sentence holds the post or calls it off."""
    if hold_shape.hold_ended(rest):
        return False
    return _ON_HOLD.search(rest) is not None or hold_shape.is_post_held(rest)


# The client named before the agency's words, set off by commas: "Ouro Verde Alimentos, nosso cliente,
# congelou a vaga", "Acme Freight, our client, would like to meet you" (an article before it is the
# sentence's: "A Ouro Verde Alimentos, nosso cliente").
_NAMED_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?P<name>{_NAME}), $")
_ARTICLE = re.compile(r"^(?:A|O|As|Os|La|El|Le|Il|The|De|Die|Der|Das|Het|L') ")
_NAMED_BEFORE_SPAN = 80


def _named_before(body: str, opening: re.Match[str]) -> str | None:
    """The client's name right before the agency's "our client" set off by commas, if it is so named."""
    start = opening.start()
    if body[start - 2 : start] != ", " or body[opening.end() : opening.end() + 1] != ",":
        return None
    named = _NAMED_BEFORE.search(body[max(0, start - _NAMED_BEFORE_SPAN) : start])
    return _ARTICLE.sub("", named.group("name")) if named is not None else None
