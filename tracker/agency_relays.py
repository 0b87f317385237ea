"""Staffing agencies' own addresses, and the names that are only the agency's.

An agency's receipt often names no client ("an important client in the food sector"): the employer read
is the agency. Its later mail about the same role names the client. Matching joins the two
(relay_matching.relayed_application) by the agency's own domain and the role, never by a platform's domain
(an ATS or a job board sends for every employer).
"""

from __future__ import annotations

import functools

from tracker.extraction.company import is_agency_domain
from tracker.extraction.platforms import platform_of, registrable_domain
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import Sender
from tracker.names import sender_domain


@functools.lru_cache(maxsize=4096)
def agency_domain(sender: str) -> str:
    """The registrable domain of a From address that is a staffing agency's own ("randstad.it"), else ''
    (an ATS's or a job board's domain is never an agency's, whatever its name: "recruitee.com")."""
    domain = sender_domain(sender)
    if not domain or not is_agency_domain(domain) or platform_of(Sender.parse(sender)):
        return ""
    return registrable_domain(domain)


def names_the_agency(key: str, domain: str) -> bool:
    """Whether an employer key is the agency whose domain it is ("northbridge recruitment" for
    "northbridge-recruitment.com", "randstad" for "randstad.it", "hale and pine staffing" for
    "halepinestaffing.com": a label leaves a name's "&" out, or one inner word: "hale staffing" for "Hale
    Technical Staffing"): its client is not named."""
    label = run_together(domain.split(".")[0], any_script=True)
    spellings = {run_together(key, any_script=True), run_together(_without_and(key), any_script=True)}
    return bool(label) and (
        any(joined and (joined.startswith(label) or label.startswith(joined)) for joined in spellings)
        or label in _without_an_inner_word(_without_and(key))
    )


def _without_an_inner_word(key: str) -> set[str]:
    """The key run together with one of its inner words left out, as an agency's domain shortens its name
    ("meadowline staffing" for "Meadowline Technical Staffing"): its first and last word stay, so a client
    whose name begins with the agency's ("Meadowline Foods") is not one of them."""
    words = key.split()
    return {
        run_together(" ".join(words[:i] + words[i + 1 :]), any_script=True) for i in range(1, len(words) - 1)
    }


def _without_and(key: str) -> str:
    """A key without the "and" its "&" (or "et", "und"...) is keyed as ("hale and pine" -> "hale pine")."""
    return " ".join(word for word in key.split() if word != "and")


def relay_domain(relay: str) -> str:
    """The agency's domain a relay placeholder (relay_matching.relay_placeholder) was made for."""
    return relay.partition("relay:")[2].partition("|")[0]
