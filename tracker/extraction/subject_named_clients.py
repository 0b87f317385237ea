"""The client an agency's subject names, preferred to the agency's own say.

An agency files its mail under its client's name ("Entrevista Quenzada Lácteos – <post>", "<post> bij
Vorsterman Hout – feedback", "Ilvescroft Mills - <post> - interview") and signs with its own: its display
name ("Person | Agency"), its domain and its signature then outweigh the one subject that names the
client, though the agency only relays its client's step. Where the mail is an agency's (the caller's
judgement: is_agency_sender, a client firm, a relayed step) and the sender is shown to be one by more than a
word of its signature (shows_an_agency), the one organisation its subject names that no sender's say
backs, written as a firm's name and neither the agency written shorter, a place nor a platform, is the
employer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tracker.extraction.agency_trades import is_agency_domain, names_an_agency
from tracker.extraction.employer_agencies import speaks_of_a_client
from tracker.extraction.employer_candidates import SENDER, Candidate
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail

# The small words a firm's name holds between its capitalised ones ("Bank of Tarrow", "Hale & Moor").
_JOINING = frozenset(
    {"&", "+", "of", "de", "del", "des", "du", "la", "le", "di", "della", "van", "von", "der"}
)


def shows_an_agency(names: list[str], email: PreparedEmail) -> bool:
    """Whether the sender is shown to be an agency by more than a word of its signature: the name its say
    won with (`names`, its cluster's readings) or its domain says the trade, or the mail speaks of its
    client. (An employer's own office signs "Classified Staffing" under the district's name, and its
    subject names one of its schools.)"""
    return (
        any(names_an_agency(name) for name in names)
        or is_agency_domain(email.sender.domain)
        or speaks_of_a_client(email)
    )


def subject_client(
    best: list[Candidate],
    clusters: Sequence[list[Candidate]],
    is_weak: Callable[[list[Candidate]], bool],
) -> list[Candidate] | None:
    """The one cluster the subject names that the sender's say does not back, where the agency's own
    (`best`, backed by the sender) won; None where the subject names none, or several. `is_weak` passes over
    a cluster that names only a place, a platform or a system."""
    return the_one_beside_the_agency(
        best,
        clusters,
        lambda cluster: (
            all(c.from_text for c in cluster)
            and any(c.place is not None and c.place[0] == "subject" for c in cluster)
            and _written_as_a_firm(cluster[0].name)
            and not _spelled_by(cluster[0].name, best)
            and not is_weak(cluster)
        ),
    )


def the_one_beside_the_agency(
    best: list[Candidate],
    clusters: Sequence[list[Candidate]],
    names_the_client: Callable[[list[Candidate]], bool],
) -> list[Candidate] | None:
    """The one cluster other than `best` that `names_the_client` and the sender's say does not back, where
    the agency's own (`best`, backed by the sender) won; None where none, or several, stand beside it."""
    if not any(c.place == SENDER for c in best):
        return None
    named = [
        cluster
        for cluster in clusters
        if cluster is not best and not any(c.place == SENDER for c in cluster) and names_the_client(cluster)
    ]
    return named[0] if len(named) == 1 else None


def _written_as_a_firm(name: str) -> bool:
    """Whether `name` is written as a firm's name is: two words or more, each capitalised but the joining
    ones, no figure ("Thurs 11am" is a date, "Kundentermin" one noun)."""
    words = name.split()
    return (
        len(words) > 1
        and not any(ch.isdigit() for ch in name)
        and all(word[0].isupper() or word.lower() in _JOINING for word in words)
    )


def _spelled_by(name: str, sender: list[Candidate]) -> bool:
    """Whether the sender's own names hold the subject's, or it theirs: the organisation itself written
    shorter in its subject, not a client."""
    letters = run_together(name)
    own = [spelling for c in sender if len(spelling := run_together(c.name)) > 2]
    return any(letters in spelling or spelling in letters for spelling in own)
