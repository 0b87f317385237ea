"""A recruiter's desk on their post's line, the organisation signing on the line below it: "Senior Recruiter -
Energy & Utilities" over "Harbinvale Staffing Ltd", "Recruiter, Nursing Division" over "Corrowick Health
Staffing". What follows the post's separator is the writer's desk, division or sector, whatever its words;
the line under it is the organisation, known by an organisation's mark (a noun like "Staffing", a legal
form) or by the sender's own domain spelling it (domain_spelled_lines.py). Read by
employer_signoffs.add_signature_lines.
"""

from __future__ import annotations

from tracker.extraction.building_names import opens_an_address
from tracker.extraction.domain_spelled_lines import domain_spells_line
from tracker.extraction.employer_candidates import own_domain_label
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail


def desk_over_its_organisation(desk: str, following: str, email: PreparedEmail) -> bool:
    """True when `desk`, read after a recruiter's post on their line, is their desk and the `following`
    line (a signature's short line) is the organisation they sign for, which then names it, not the desk."""
    if not following or opens_an_address(following):
        return False
    if looks_like_person_name(following):
        return False
    compact_desk, compact_line = run_together(desk), run_together(following)
    if not compact_desk or compact_desk in compact_line:
        return False  # "Recruiter | Acme" over "Acme Ltd": one organisation written twice
    if names_an_organisation(following) or LEGAL_FORM_AT_END.search(following):
        return True
    return domain_spells_line(own_domain_label(email), following)
