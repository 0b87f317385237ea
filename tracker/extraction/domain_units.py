"""A display name that is a unit of the organisation its sender's domain spells, not the employer.

"Clinical Applications <clinapps@stmarkshealth.org>" signing above "St. Mark's Health System": the unit's
name is dropped where the text spells out the organisation, or replaced by the organisation signed below it
(signed_units.py). company.find_employer asks this of the candidates it judged plausible.
"""

from __future__ import annotations

from tracker.extraction import platforms
from tracker.extraction.agency_trades import is_agency_domain
from tracker.extraction.employer_candidates import SENDER, Candidate
from tracker.extraction.employer_matching import run_together, same_employer
from tracker.extraction.employer_signoffs import SIGN_OFF_WEIGHT
from tracker.extraction.signed_units import organisation_signed_below
from tracker.extraction.text import PreparedEmail


def without_units_of_the_domain(candidates: list[Candidate], email: PreparedEmail) -> list[Candidate]:
    """ "Clinical Applications <clinapps@stmarkshealth.org>" signing above "St. Mark's Health System": a
    display name its own domain does not spell, where the text spells out the name the domain abbreviates,
    is a department of that organisation, not the employer. An agency's or a platform's mail is left alone
    (its display name and the client the text names differ by nature)."""
    display = email.sender.name.strip()
    # Only a name read from the display name can be a unit: mail without one is spared the domain's questions.
    shown = [c for c in candidates if c.place == SENDER and c.name in display]
    if not shown:
        return candidates
    label = platforms.domain_employer(email.sender)
    if not label or platforms.platform_of(email.sender) or is_agency_domain(email.sender.domain):
        return candidates
    units = {
        c.name
        for c in shown
        if not same_employer(c.name, label)
        and run_together(c.name) not in label  # "Defensie" of werkenbijdefensie.nl is the name
    }
    if not units:
        return candidates
    spelled_out = (
        c for c in candidates if c.text_says and c.name not in units and " " in c.name
    )  # "St. Mark's Health System" for "stmarkshealth"
    if any(same_employer(c.name, label) for c in spelled_out):
        return [c for c in candidates if c.name not in units]
    # "Clinic Coordinator" signing above "Maple Grove Dental": the organisation below the unit's line.
    signed = next(filter(None, (organisation_signed_below(unit, label, email) for unit in units)), None)
    if signed is None:
        return candidates
    return [c for c in candidates if c.name not in units] + [Candidate(signed, SIGN_OFF_WEIGHT, True)]
