"""Mail from an employer's own domain filed under the employer that domain spells, named by other senders.

The receipt of an application often comes from an ATS or a job board, naming the employer in full
("Kessling Foods LLC" on Indeed); the hiring manager then writes from the firm's own domain
(jane@kesslingfoods.com), her mail naming no employer, or a unit of it or the role where a reading looks
for one ("Dairy Procurement - Senior Buyer interview" of "Senior Buyer, Dairy Procurement"). No mail from
the domain names the employer, so the domain's own memory (tracker/sender_domains.py) holds nothing; the
inbox does: the domain's label spells one employer the other senders named ("kesslingfoods").

Mail from such a domain whose own mail names no employer its label spells is filed under that one
employer, flagged, where it names none (sender_domains.names_none) or a name made only of words of the
titles that employer's mail names (a unit or the role read as the employer). A name of anything else (an
agency consultant's client, from the agency's domain that spells the agency) stays as read. Never a
platform's domain, a free-mail one or a staffing agency's (sender_domains.own_domain). `track`'s, over the
whole inbox (tracker/inbox_names.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extraction.platforms import domain_employer
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import Sender
from tracker.models import EmailMessage, Extraction
from tracker.names import company_key, compatible_names, title_key
from tracker.sender_domains import names_none, own_domain
from tracker.sender_spellings import spelled_by_a_label

EMPLOYER_OF_OWN_DOMAIN = (
    "an email from an employer's own domain, naming no employer or only words of its role, was filed under "
    "the employer other mail named that its domain spells"
)


def named_by_own_domains(items: Sequence[tuple[EmailMessage, Extraction]]) -> dict[int, str]:
    """By position in `items` (a whole inbox's mail with its readings, in date order), the employer each
    mail from an employer's own domain is filed under where the inbox's other senders name it."""
    by_domain: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    for index, (email, extraction) in enumerate(items):
        domain = own_domain(email.sender)
        if extraction.is_application and domain and "@" not in domain:
            name = domain_employer(Sender.parse(email.sender))
            if name:
                by_domain.setdefault(domain, []).append(index)
                labels[domain] = run_together(name, casefolded=True)
    names: dict[int, str] = {}
    for domain, mails in by_domain.items():
        label = {labels[domain]}
        if any(_spelled_by(items[i], label) for i in mails):
            continue  # the domain's own mail names its employer: sender_domains' to match by
        employer = _one_employer_spelled(items, label, domain)
        if employer is None:
            continue
        employer_name, title_words = employer
        for i in mails:
            company = items[i][1].company
            if names_none(company, items[i][0].sender) or set(company_key(company).split()) <= title_words:
                names[i] = employer_name
    return names


def _spelled_by(item: tuple[EmailMessage, Extraction], label: set[str]) -> bool:
    email, extraction = item
    if names_none(extraction.company, email.sender):
        return False
    return spelled_by_a_label(company_key(extraction.company), label)


def _one_employer_spelled(
    items: Sequence[tuple[EmailMessage, Extraction]], label: set[str], domain: str
) -> tuple[str, set[str]] | None:
    """The one employer other senders' application mail names that `label` spells (its earliest spelling)
    and the words of the titles its mail names; None where there are none or several not spelled alike."""
    spellings: list[str] = []
    title_words: set[str] = set()
    for email, extraction in items:
        company = extraction.company
        if not extraction.is_application or own_domain(email.sender) == domain:
            continue
        if names_none(company, email.sender) or not _spelled_by((email, extraction), label):
            continue
        spellings.append(company or "")
        title_words.update(title_key(extraction.job_title).split())
    if not spellings or not all(compatible_names(spellings[0], other) for other in spellings):
        return None
    return spellings[0], title_words
