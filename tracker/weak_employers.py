"""Names read as the employer that are no evidence of which employer it is.

When the reading goes wrong it takes the employer from whoever wrote or sent the mail: the job board
or ATS ("LinkedIn", "Workday"), the department ("Human Resources", "Talent Acquisition"), the
recruiter ("Mitchell, Sarah"). Such a name is the same on mail about many employers, so keying
applications by it merges unrelated ones (bench/track_noise.py: one board's name on 10% of an inbox's
mail took its pair precision to .5). Matching treats such a name as no employer named: the email is
keyed by its thread, else its requisition id, else itself (matching.employer_key), and its record is
flagged for review with why.
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.platforms import (
    JOB_BOARD_DOMAINS,
    ats_tenant,
    is_platform_name,
    platform_of,
    registrable_domain,
)
from tracker.extraction.text import Sender
from tracker.names import company_key

# Every reason below begins so (regrouping clears it when mail naming the employer joins the record).
_READ = "the employer read, "
_BOARD_KEYS = {company_key(name) for name in JOB_BOARD_DOMAINS.values()}
# A hiring department with nothing of its organisation: "Office of Human Resources", "Recruiting Team".
_DEPARTMENT = re.compile(
    r"^(?:the\s+)?(?:(?:office|department|division)\s+of\s+)?"
    r"(?:human\s+resources?|hr|talent\s+acquisition|talent|recruit(?:ing|ment)|people(?:\s+(?:and|&)\s+culture|"
    r"\s+operations|\s+team)?|careers?|hiring|staffing|personnel|ressources\s+humaines|rh|personalabteilung|"
    r"recursos\s+humanos)"
    r"(?:\s+(?:team|department|office|services|dept\.?|partners?))?$",
    re.I,
)


@functools.lru_cache(maxsize=4096)
def why_no_employer(company: str | None, sender: str = "") -> str | None:
    """Why `company`, read from mail `sender` sent, names no employer, or None when it may.

    A job board's name never names the employer (unless an ATS sends for it as a tenant of that name);
    an ATS's or another platform's name does not in mail a platform sent for another tenant or none
    (Oracle is an employer too: "no-reply@oracle.com", "oracle@taleo.net"; an employer's name in mail
    no platform sent is taken as read); a department alone never; a person's name never when written
    "Last, First" or when it is the writer's own.
    """
    if not company or not company.strip():
        return None
    name = company.strip()
    parsed = Sender.parse(sender)
    tenant = ats_tenant(parsed)
    if tenant and company_key(tenant) == company_key(name):
        return None
    if is_platform_name(name) and (
        company_key(name) in _BOARD_KEYS
        or tenant  # an ATS writing for another tenant
        or (platform_of(parsed) and not _own_domain(parsed, name))
    ):
        return f"{_READ}{name!r}, is the name of a job board or applicant-tracking system"
    if _DEPARTMENT.match(name):
        return f"{_READ}{name!r}, is the name of a department"
    if looks_like_person_name(name) and ("," in name or _writes_as(parsed, name)):
        return f"{_READ}{name!r}, is a person's name"
    return None


def _own_domain(sender: Sender, name: str) -> bool:
    """Whether the sender's address is at the bare domain `name` is named by ("no-reply@oracle.com"
    for Oracle, "x@workday.com" for Workday), as a company's own mail is; what an ATS sends for its
    tenants comes from a subdomain ("talent.icims.com") or another domain ("myworkday.com")."""
    domain = sender.domain.lower()
    return domain == registrable_domain(domain) and company_key(domain.split(".", 1)[0]) == company_key(name)


def _writes_as(sender: Sender, name: str) -> bool:
    """Whether `name` is the sender's own display name and the address spells its last word as a word
    of its own ("Priya Costa <priya.costa@...>"); an employer's address seldom does ("Van Dijk Logistiek
    <werken@...>", "Ferri Tessuti <ferritessuti@...>")."""
    words = re.findall(r"[a-z]+", name.lower())
    if not words or name.lower() != sender.name.lower():
        return False
    return words[-1] in re.split(r"[._-]", sender.local)


def is_no_employer_reason(reason: str | None) -> bool:
    """Whether a review reason is one `why_no_employer` gave."""
    return bool(reason and reason.startswith(_READ))
