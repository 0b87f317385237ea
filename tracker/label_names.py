"""An organisation's own label names its employer: the names of a whole inbox it spells are one, for `track`.

An employer's domain or ATS tenant ("lassonde" of recrutement@lassonde.com, "pwc" of pwc@myworkday.com)
spells its name: whole ("Port of Antwerp-Bruges" run together), by the words after a kind's word or with
its legal form glued on (`sender_spellings.spelled_by_a_label`: "Industries Lassonde"), or as the initials
of the name its own mailbox displays ("bnc" of "Banque Nationale du Canada", "pwc" of
"PricewaterhouseCoopers"). Mail of one application reads it so several ways: a staffing agency the short
name, the employer's own confirmation the name in full; a recruiter's mail from the domain the label
itself ("BNC"). The ordinary rules meet none of these (their first words differ), and each starts an
application. Every name of the inbox one label spells is that employer's, filed under the spelling most
of its mail writes, flagged for review (`names_by_label`).

Mail from the label naming no name it spells, but one other employer only (its name in the country's
other language: "Havenbedrijf Antwerpen-Brugge"), is the spelled employer's where the label spells one
name whole and the mail's role is one that employer's mail names (the same post, from the employer's
own domain). A staffing agency's label is no employer's: its mail names its clients.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from tracker.agency_relays import agency_domain
from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.extraction.agency_trades import names_an_agency
from tracker.extraction.platforms import platform_of
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import Sender
from tracker.models import EmailMessage, Extraction
from tracker.names import company_key, title_key
from tracker.sender_organisations import ORGANISATION
from tracker.sender_spellings import are_one_employer, spelled_by_a_label

NAMED_BY_LABEL = (
    "mail naming its employer another way than its domain or tenant spells it was filed under that name"
)

# A label shorter than this spells too many names by chance ("ab", "it").
_SHORTEST_LABEL = 3
# Initials a label writes: two to five letters ("bnc", "pwc"), fewer than the name they stand for.
_LONGEST_INITIALS = 5


def names_by_label(
    items: Sequence[tuple[EmailMessage, tuple[str, ...]]], readings: list[Extraction]
) -> tuple[list[Extraction], dict[str, str]]:
    """`readings` (the inbox's, in date order; `items`: each mail with its `sender_organisations`) with
    each employer one label spells named one way (module docstring); and, by message id, why a mail
    was filed so (its application is flagged for review)."""
    result = list(readings)
    review: dict[str, str] = {}
    by_label: dict[str, list[int]] = {}
    for index, (_, keys) in enumerate(items):
        for key in keys:
            if key.startswith(ORGANISATION) and len(key) - len(ORGANISATION) >= _SHORTEST_LABEL:
                by_label.setdefault(key[len(ORGANISATION) :], []).append(index)
    # The inbox's employers, taken again only after a label renamed some of them.
    employers = _employers(result)
    for label, mails in by_label.items():
        if any(agency_domain(items[i][0].sender) for i in mails):
            continue
        displays = [Sender.parse(items[i][0].sender).name for i in mails]
        spelled = {key for key in employers if _spells(label, key, displays)}
        if any(names_an_agency(key) for key in spelled):
            continue
        # The label's own word aside ("bnc", "lassonde"), the names it spells are one employer's only where
        # spelled alike: "Data Reply" and "Storm Reply" (reply.com) are two firms of one group.
        named = [key for key in spelled if run_together(key, casefolded=True) != label]
        if any(not are_one_employer(a, b) for a in named for b in named):
            continue
        if len(spelled) >= 2:
            _one_spelling(result, review, items, spelled)
            employers = _employers(result)
        elif len(spelled) == 1:
            (whole,) = spelled
            if run_together(whole, casefolded=True) == label and len(whole.split()) > 1:
                _others_of_the_label(result, review, items, mails, whole)
                employers = _employers(result)
    return result, review


def _employers(readings: list[Extraction]) -> set[str]:
    """The keys of the employers the inbox's application readings name."""
    return {company_key(reading.company) for reading in readings if reading.is_application} - {""}


def _spells(label: str, key: str, displays: list[str]) -> bool:
    """Whether an employer key is spelled by the label: as `spelled_by_a_label` spells it, or as one
    alike to a name its mailbox displays whose initials the label writes."""
    if spelled_by_a_label(key, {label}):
        return True
    return any(
        _initials_of(label, company_key(display)) and are_one_employer(key, company_key(display))
        for display in displays
    )


def _initials_of(label: str, display_key: str) -> bool:
    """Whether a label writes a displayed name's initials: its letters, the first the name's own, in
    order within the name run together ("pwc" in "pricewaterhousecoopers"), the name two words or a
    compound far longer."""
    joined = run_together(display_key, casefolded=True)
    if not label.isalpha() or len(label) > _LONGEST_INITIALS or len(joined) <= 2 * len(label) + 2:
        return False
    if not joined.startswith(label[0]):
        return False
    at = 0
    for letter in label[1:]:
        at = joined.find(letter, at + 1)
        if at < 0:
            return False
    return True


def _one_spelling(
    result: list[Extraction],
    review: dict[str, str],
    items: Sequence[tuple[EmailMessage, tuple[str, ...]]],
    spelled: set[str],
) -> None:
    """Every application reading of a spelled key named by the spelling most of them write (the earliest
    on a tie)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index, reading in enumerate(result):
        if reading.is_application and company_key(reading.company) in spelled:
            name = reading.company or ""
            counts[name] += 1
            first.setdefault(name, index)
    name = min(counts, key=lambda name: (-counts[name], first[name]))
    for index, reading in enumerate(result):
        key = company_key(reading.company)
        if reading.is_application and key in spelled and not compatible_employers(key, company_key(name)):
            result[index] = replace(reading, company=name, company_in_full=None)
            review[items[index][0].message_id] = NAMED_BY_LABEL


def _others_of_the_label(
    result: list[Extraction],
    review: dict[str, str],
    items: Sequence[tuple[EmailMessage, tuple[str, ...]]],
    mails: list[int],
    whole: str,
) -> None:
    """The label's own mail naming one other employer, about a role the spelled employer's mail names:
    that employer's (module docstring)."""
    named = [i for i in mails if result[i].is_application and company_key(result[i].company)]
    if not named or any(platform_of(Sender.parse(items[i][0].sender)) for i in named):
        return
    others = {company_key(result[i].company) for i in named}
    if whole in others or any(not are_one_employer(a, b) for a in others for b in others):
        return
    spelling = next(r.company for r in result if r.is_application and company_key(r.company) == whole)
    titles = {title_key(r.job_title) for r in result if company_key(r.company) == whole and r.job_title} - {
        ""
    }
    for index in named:
        own = title_key(result[index].job_title)
        if own and any(compatible_titles(own, title) for title in titles):
            result[index] = replace(result[index], company=spelling, company_in_full=None)
            review[items[index][0].message_id] = NAMED_BY_LABEL
