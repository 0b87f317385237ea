"""Names read as the employer that are no evidence of which employer it is.

When the reading goes wrong it takes the employer from whoever wrote or sent the mail: the job board
or ATS ("LinkedIn", "Workday"), the department ("Human Resources", "Talent Acquisition"), the
recruiter ("Mitchell, Sarah"). Such a name is the same on mail about many employers, so keying
applications by it merges unrelated ones (bench/track_noise.py: one board's name on 10% of an inbox's
mail took its pair precision to .5). Matching treats such a name as no employer named: the email is
keyed by its thread, else its requisition id, else itself (match_keys.employer_key), and its record is
flagged for review with why.
"""

from __future__ import annotations

import functools
import re

from tracker.compatible_spellings import compatible_employers
from tracker.extraction.employer_sender import DISPLAY_WEIGHT, sender_employers
from tracker.extraction.name_words import department_alternation
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.platforms import (
    JOB_BOARD_DOMAINS,
    ats_tenant,
    is_platform_name,
    platform_of,
)
from tracker.extraction.team_words import is_team
from tracker.extraction.text import Sender
from tracker.hr_posts import is_hr_post
from tracker.names import company_key

# What is asked of a sender or a name for every email at each re-plan of its employer, read once (the
# functions of this module are not cached: mutation testing must see each change to them).
_parse = functools.lru_cache(maxsize=4096)(Sender.parse)
_tenant = functools.lru_cache(maxsize=4096)(ats_tenant)
_platform = functools.lru_cache(maxsize=4096)(platform_of)
_platform_name = functools.lru_cache(maxsize=4096)(is_platform_name)
_sender_employers = functools.lru_cache(maxsize=4096)(sender_employers)
# Every reason below begins so (application_folding clears it when mail naming the employer joins the record).
_READ = "the employer read, "
_BOARD_KEYS = {company_key(name) for name in JOB_BOARD_DOMAINS.values()}
# A hiring department with nothing of its organisation: "Office of Human Resources", "Recruiting Team";
# or one of its people's posts, a signature's line under the writer's name ("HR Business Partner",
# "HR-businesspartner", "Talent Acquisition Specialist", "Recruitment Officer").
_DEPARTMENT = re.compile(
    r"^(?:the\s+)?(?:(?:office|department|division)\s+of\s+)?"
    # (A hiring team's words, name_words.DEPARTMENT_WORDS, and the department's in other words.)
    r"(?:human\s+resources?|talent\s+acquisition|people(?:\s+(?:and|&)\s+culture|\s+operations|\s+team)|"
    rf"{department_alternation()}|staffing|personnel|ressources\s+humaines|rh|personalabteilung|"
    r"recursos\s+humanos)"
    r"(?:[\s-]+(?:team|department|office|services|dept\.?|(?:business[\s-]*)?partners?|managers?|"
    r"specialists?|advis[eo]rs?|officers?|coordinators?|generalists?|consultants?))?$",
    re.I,
)

# Who runs a pre-employment check for the employer: a screening or reference firm, a records office. Its
# name is on one step of many employers' hires ("Your DBS application - Staff Nurse"), never the employer.
_CHECKS = {
    company_key(name)
    for name in (
        "Checkr",
        "HireRight",
        "Sterling",
        "First Advantage",
        "GoodHire",
        "Accurate Background",
        "Fieldprint",
        "Xref",
        "Referoo",
        "SkillSurvey",
        "Crosschq",
        "DBS",
        "Disclosure and Barring Service",
        "Disclosure Scotland",
        "AccessNI",
    )
}


def why_no_employer(company: str | None, sender: str) -> str | None:
    """Why `company`, read from mail `sender` sent, names no employer, or None when it may.

    A job board's name never names the employer (unless an ATS sends for it as a tenant of that name);
    an ATS's or another platform's name does not in mail a platform sent for another tenant or none
    (Oracle is an employer too: "no-reply@oracle.com", "oracle@taleo.net"; an employer's name in mail
    no platform sent is taken as read); a pre-employment check's firm or office never; a department
    alone never; a person's name never when written
    "Last, First" or when it is the writer's own.
    """
    if not company or not company.strip():
        return None
    name = company.strip()
    parsed = _parse(sender)
    tenant = _tenant(parsed)
    if tenant and company_key(tenant) == company_key(name):
        return None
    if _platform_name(name) and (
        company_key(name) in _BOARD_KEYS
        or tenant  # an ATS writing for another tenant
        or (_platform(parsed) and not _own_domain(parsed, name))
    ):
        return f"{_READ}{name!r}, is the name of a job board or applicant-tracking system"
    if company_key(name) in _CHECKS:
        return f"{_READ}{name!r}, is the name of who runs a pre-employment check"
    # is_team: the teams of every language; is_hr_post: their people's posts ("HR-adviseur", "Chargée RH")
    if _DEPARTMENT.match(name) or is_team(name) or is_hr_post(name):
        return f"{_READ}{name!r}, is the name of a department"
    if looks_like_person_name(name) and ("," in name or _writes_as(parsed, name)):
        return f"{_READ}{name!r}, is a person's name"
    return None


def _own_domain(sender: Sender, name: str) -> bool:
    """Whether the sender's address is at the bare domain `name` is named by ("no-reply@oracle.com"
    for Oracle, "x@workday.com" for Workday), as a company's own mail is; what an ATS sends for its
    tenants comes from a subdomain ("talent.icims.com") or another domain ("myworkday.com")."""
    return bool(sender.domain) and company_key(sender.domain) == company_key(name)


def _writes_as(sender: Sender, name: str) -> bool:
    """Whether the sender's address spells the last word of `name` as a word of its own, as a
    person's own mailbox does ("priya.costa@..." for Priya Costa); an employer's seldom does
    ("Van Dijk Logistiek <werken@...>", "Ferri Tessuti <ferritessuti@...>")."""
    words = re.findall(r"[a-z]+", name.lower())
    return bool(words) and words[-1] in re.split(r"[._-]", sender.local)


def is_no_employer_reason(reason: str | None) -> bool:
    """Whether a review reason is one `why_no_employer` gave."""
    return bool(reason and reason.startswith(_READ))


def sender_employer(sender: str) -> str:
    """The key of the employer a From header names by itself, '' when it does not say for sure: its
    display name's employer when its own domain (or tenant) spells the same ("Ulvik Careers
    <careers@uline.com>"), or when there is no address to say otherwise; a platform, a person, an
    address at a domain the display name does not spell (an ATS the rules do not know) name none."""
    parsed = _parse(sender)
    found = _sender_employers(parsed)
    display = [company_key(name) for name, weight in found if weight == DISPLAY_WEIGHT]
    if not display or not display[0]:
        return ""
    if not parsed.address:
        return display[0]
    spelled = [company_key(name) for name, weight in found if weight < DISPLAY_WEIGHT]
    return display[0] if any(_spelled_alike(display[0], other) for other in spelled) else ""


def _spelled_alike(key: str, other: str) -> bool:
    """Whether a display name's employer and a domain's (or tenant's) are one spelling: "uline" and
    "uline", "american first finance" and "americanfirstfinance", "ford" and "fordmotor"."""
    joined, other_joined = key.replace(" ", ""), other.replace(" ", "")
    return bool(other_joined) and (joined.startswith(other_joined) or other_joined.startswith(joined))


def senders_disagree(key: str, sender: str, member_senders: list[str]) -> str | None:
    """Why an email whose employer was read as `key` is not joined by that name alone to an application
    of that name whose mail came from `member_senders`: its sender names another employer than `key`,
    and so does one of the application's senders, a third (a name read wrong on both: "David Chen" on
    mail from Ulvik and from Northmere Finance). An agency relaying the employer's role is no such
    case (the employer's own mail names it), nor a platform or person that names no employer."""
    mine = sender_employer(sender)
    if not mine or compatible_employers(mine, key):
        return None
    for other in map(sender_employer, member_senders):
        if other and not compatible_employers(other, key) and not compatible_employers(other, mine):
            return (
                f"kept apart: its employer was read as {key!r}, but its sender names {mine!r} and an "
                f"email of the application of that name {other!r}"
            )
    return None
