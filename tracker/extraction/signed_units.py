"""A unit or a role signing above its organisation: "Quality Improvement Office\\nRiverbend Health System",
"Clinic Coordinator\\nMaple Grove Dental" under the display name "Clinic Coordinator" from
maplegrovedental.com. The display name is the unit's (or the writer's post), the line below it the
organisation its own domain spells: the employer.
"""

from __future__ import annotations

from tracker.extraction import platforms
from tracker.extraction.employer_matching import same_employer
from tracker.extraction.text import PreparedEmail

# A signature's block: the unit's line is among the mail's last lines.
_SIGNATURE_TAIL_LINES = 6
_ORGANISATION_MAX_CHARS = 60


def organisation_signed_below(unit: str, label: str, email: PreparedEmail) -> str | None:
    """The organisation written on the line below the line `unit` signs alone, where it is the one the
    sender's domain label spells ("Riverbend Health System" for "riverbend-health"), else None."""
    lines = email.lines[-_SIGNATURE_TAIL_LINES:]
    wanted = unit.casefold()
    for at, line in enumerate(lines[:-1]):
        if line.strip(" ,.-–|").casefold() != wanted:
            continue
        below = lines[at + 1].strip(" ,.")
        if 2 < len(below) <= _ORGANISATION_MAX_CHARS and " " in below and same_employer(below, label):
            return below
    return None


def organisation_below_display(email: PreparedEmail) -> str | None:
    """The organisation signed below the display name's own line ("Clinic Coordinator\\nMaple Grove
    Dental" from "Clinic Coordinator <frontdesk@maplegrovedental.com>"), where the domain spells it."""
    display = email.sender.name.strip()
    label = platforms.domain_employer(email.sender)
    if not display or not label or platforms.platform_of(email.sender):
        return None
    return organisation_signed_below(display, label, email)
