"""Counts that describe a generated mailbox: what kinds of mail it holds and how applications ended."""

from __future__ import annotations

from collections import Counter
from email.parser import BytesHeaderParser
from email.utils import parseaddr

from devstack.demo_mailbox.model import FINAL_STATUSES, STATUS_RANK, DemoEmail

# Sender domains of the hiring platforms, job boards and tools the generator imitates.
PLATFORM_DOMAINS = {
    "myworkday.com": "Workday",
    "greenhouse-mail.io": "Greenhouse",
    "greenhouse.io": "Greenhouse",
    "hire.lever.co": "Lever",
    "ashbyhq.com": "Ashby",
    "icims.com": "iCIMS",
    "smartrecruiters.com": "SmartRecruiters",
    "taleo.net": "Taleo",
    "oraclecloud.com": "Oracle Recruiting",
    "workablemail.com": "Workable",
    "linkedin.com": "LinkedIn",
    "indeed.com": "Indeed",
    "hackerrankforwork.com": "HackerRank",
    "codility.com": "Codility",
    "hirevue.com": "HireVue",
    "goodtime.io": "GoodTime",
    "calendly.com": "Calendly",
    "docusign.net": "DocuSign",
    "glassdoor.com": "Glassdoor",
    "ziprecruiter.com": "ZipRecruiter",
}


def platform_of(sender_address: str) -> str | None:
    """The platform a sender address belongs to ("Workday", "LinkedIn", ...), or None for anyone else."""
    domain = sender_address.rpartition("@")[2].lower()
    for suffix, platform in PLATFORM_DOMAINS.items():
        if domain == suffix or domain.endswith("." + suffix):
            return platform
    return None


def final_statuses(mailbox: list[DemoEmail]) -> dict[str, str]:
    """Each application's status at the end of the mailbox: the latest final status if it has one, else
    the furthest status reached."""
    by_key: dict[str, list[DemoEmail]] = {}
    for email in mailbox:
        if email.truth.application_key and email.truth.status:
            by_key.setdefault(email.truth.application_key, []).append(email)
    result = {}
    for key, emails in by_key.items():
        emails.sort(key=lambda email: email.received_at)
        finals = [email.truth.status for email in emails if email.truth.status in FINAL_STATUSES]
        result[key] = finals[-1] if finals else max((e.truth.status for e in emails), key=STATUS_RANK.get)
    return result


def describe(mailbox: list[DemoEmail]) -> dict:
    """Counts by kind, by status (of application emails), by sending platform, and of applications by
    final status."""
    parser = BytesHeaderParser()
    platforms: Counter[str] = Counter()
    application_platforms: Counter[str] = Counter()
    for email in mailbox:
        platform = platform_of(parseaddr(str(parser.parsebytes(email.raw)["From"]))[1]) or "other"
        platforms[platform] += 1
        if email.truth.application_key:
            application_platforms[platform if platform != "other" else "employer"] += 1
    finals = final_statuses(mailbox)
    return {
        "emails": len(mailbox),
        "applications": len(finals),
        "by_kind": dict(Counter(email.truth.kind for email in mailbox).most_common()),
        "by_status": dict(
            Counter(email.truth.status for email in mailbox if email.truth.status).most_common()
        ),
        "applications_by_final_status": dict(Counter(finals.values()).most_common()),
        "application_emails_by_sender": dict(application_platforms.most_common()),
        "by_platform": dict(platforms.most_common()),
        "first": mailbox[0].received_at.isoformat() if mailbox else None,
        "last": mailbox[-1].received_at.isoformat() if mailbox else None,
    }
