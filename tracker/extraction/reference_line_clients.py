"""The client a staffing agency's reference line names under its signature (reference_lines).

The part labelled as the client ("Cliente: X" after the post on the line) names the employer wherever the
line puts it. A reference line with no label is read only in an agency's mail (employer_agencies): an
employer's own reference line may name its department or its site there, an agency's names its client.
A bracket closing the client's part says where it sits or whose group it is ("(Modena)", "(Grupo X)"):
no part of its name. The agency naming itself or its branch there is no client.
"""

from __future__ import annotations

import re

from tracker.extraction.client_firms import (
    CLIENT_FIRM,
    CLIENT_FIRM_WEIGHT,
    agency_sender_spellings,
    spells_the_agency,
)
from tracker.extraction.employer_agencies import is_agency_sender
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.name_reading import finish_name
from tracker.extraction.reference_lines import reference_lines
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail

_BRACKET_AFTER = re.compile(r"\s?\([^()]{1,60}\)$")
# A part labelled as the client says whose post it is as a form's "Client: X" line does
# (employer_layout); a part no label names weighs as a client firm its prose names.
_LABELLED_WEIGHT = 4.0


def add_reference_line_clients(found: list[Candidate], email: PreparedEmail) -> None:
    """The client an agency's reference line names, as a client firm its text names."""
    lines = reference_lines(email)
    if not lines or (not all(line.labelled for line in lines) and not is_agency_sender(email)):
        lines = [line for line in lines if line.labelled]
    own = agency_sender_spellings(email) if lines else []
    for line in lines:
        written = _BRACKET_AFTER.sub("", line.client).strip()
        name = finish_name(written.split())
        letters = run_together(name or "")
        if not name or len(letters) < 3 or spells_the_agency(letters, own):
            continue  # the agency naming itself or its branch
        weight = _LABELLED_WEIGHT if line.labelled else CLIENT_FIRM_WEIGHT
        add_candidate(found, name, weight, ("body", line.at, CLIENT_FIRM))
