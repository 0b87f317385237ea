"""A display name shaped like a person's over a system's shared mailbox: the recruiter writing, or the
employer the system sends for.

Hiring systems send every employer's mail from one shared mailbox and name the employer only in the
display name ("Rapid Route Couriers <no-reply@fountain.com>", "Lindqvist Bygg <noreply@teamtailor.com>");
they relay a recruiter's own mail under the recruiter's name from the same mailbox ("Priya Costa
<no-reply@ashbyhq.com>"). The shape cannot tell the two apart (nothing here knows given names); the mail
can: a person writes as one (in the first person, signing with their given name, introducing themself),
an organisation's notice does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extraction.employer_matching import same_employer
from tracker.extraction.person_names import looks_like_person_name, without_honorifics
from tracker.extraction.text import PreparedEmail
from tracker.extraction.valedictions import signer

# Below a display name's own weight (2.5): a body naming another employer where an employer stands ("at X",
# "applying to X") names it more strongly; alone, it names the employer.
SYSTEM_DISPLAY_WEIGHT = 2.0
# A writer speaking of themself: "I'd love to", "I am", "ich freue mich", "ik wil", "je vous", "j'ai" (not
# the Dutch "je", which is "you").
_FIRST_PERSON = re.compile(
    r"\bI(?:['’](?:m|d|ll|ve)\b| (?:am|was|will|would|have|had|hope|look|want|wanted|can|could|just|think|"
    r"saw|noticed|enjoyed|really|came|reviewed)\b)|\b(?:[Ii]ch|[Ii]k)\b|"
    r"\b[Jj]e (?:vous|suis|me|serais|souhaite|reviens)\b|\b[Jj]['’](?:ai|aimerais|espère)\b"
)


def names_the_employer(display: str, email: PreparedEmail, named: Iterable[str]) -> bool:
    """Whether the person-shaped `display` ("Rapid Route Couriers", "Priya Costa") names the employer the
    system sends for rather than a person writing: no one signs with its given name ("Best," then "Ines"), the
    writer neither introduces themself by it nor speaks in the first person, or someone else signs. Signed
    with the whole name, as a recruiter and an organisation both sign, it names the employer only where the
    text (`named`: the names it reads as employers) names no other."""
    given = without_honorifics(display).split(" ", 1)[0]
    signed = signer(email)
    if signed:
        words = signed.replace(",", " ").split()
        if words == [given]:
            return False  # "Best," then "Ines"
        if signed == display:
            return all(same_employer(name, display) for name in named)
        if looks_like_person_name(signed) and given not in words:
            return True  # another person signs: the display name is whom they write for
    if email.lines and email.lines[-1] == given:
        return False  # "...what times work for you?" then "Jane" on a line of its own
    if given in email.lines[1:] and _signature_line(display, email):
        return False  # "Jane" on a line of its own, then "Jane Roe | Recruiter | Acme": she signs
    lowered = given.lower()
    if any(f"{opening} {lowered}" in email.body_lower for opening in _INTRODUCTIONS):
        return False
    return _FIRST_PERSON.search(email.body) is None


_INTRODUCTIONS = ("this is", "my name is", "i'm", "i am")
# A signature's name line: the name whole, then its post or organisation after a separator, or nothing.
_AFTER_NAME = re.compile(r"\s*(?:$|[|,·•–—-]\s)")


def _signature_line(display: str, email: PreparedEmail) -> bool:
    """True when a line of the body opens with the whole `display` and holds nothing else or goes on after a
    separator ("Jane Roe | Recruiter | Acme", "Jane Roe, Talent Partner"): the writer's signature."""
    return any(line.startswith(display) and _AFTER_NAME.match(line, len(display)) for line in email.lines[1:])
