"""An agency's name with its branch, town or division glued on ("Manpower Emploi", "Robert Walters Finance",
"Adecco ETT", "Hays Construction & Property", "Gi Group Treviso"): a person's tracker writes the agency
alone. Only an agency's: a firm's own "Maison Ferrand Lyon" may be its whole name.
"""

from __future__ import annotations

from tracker.extraction.agency_trades import is_agency_domain
from tracker.extraction.employer_candidates import own_domain_label
from tracker.extraction.name_words import TRADE_WORDS
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail

# The networks' names as written ("gi group", "start people", "michael page"), lowercased.
_AGENCIES = frozenset(word_list("agencies").split("|"))
_MAX_AGENCY_WORDS = 3
# The words an agency's own name goes on with past what its domain spells ("Karoo Recruit Partners" at
# karoorecruit.co.za, "Kessel Recruitment Group"): its name, not a division glued on. The hiring team's
# words a business is named by (name_words.TRADE_WORDS), with "HR" and "Careers" ("Kessel HR").
_NAME_GOES_ON = TRADE_WORDS | frozenset((
    "partners", "associates", "group", "recruiters", "staffing", "personnel",
    "consulting", "consultants", "consultancy", "search", "resourcing", "solutions", "international",
    "agency", "services", "hr", "careers", "&",
))  # fmt: skip


def without_agency_division(name: str, email: PreparedEmail) -> str:
    """The agency's own name for `name` when its first words are an agency's: a listed network's name, or
    the words an agency sender's own domain spells run together ("Robert Walters" from robertwalters.co.uk,
    "Hays" from hays.co.uk); whatever follows is a branch, a town or a division of it."""
    words = name.split(" ")
    if len(words) < 2:
        return name  # the usual case: a one-word name has nothing glued on
    label = own_domain_label(email)
    by_domain = label is not None and is_agency_domain(email.sender.domain)
    spelled = ""
    for count in range(1, min(len(words), _MAX_AGENCY_WORDS + 1)):
        head = " ".join(words[:count])
        spelled += run_together(head.split(" ")[-1], any_script=True)
        if head.lower() in _AGENCIES:
            return head
        if by_domain and spelled == label:
            return name if words[count].lower() in _NAME_GOES_ON else head
    return name
