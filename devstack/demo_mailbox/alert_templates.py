"""Job alerts: digests, "X is hiring", saved searches. Never applications, whatever words they use."""

from __future__ import annotations

import random
from datetime import datetime

from devstack.demo_mailbox.layout import Block, Brand, Button, Heading, Link, Rows, render_html, render_text
from devstack.demo_mailbox.model import JOB_ALERT, Cast, Draft, EmailTruth
from devstack.demo_mailbox.people import LOCATIONS

ALERT = EmailTruth(JOB_ALERT)
_UNSUBSCRIBE = "Unsubscribe from these alerts"


def listing(rng: random.Random, cast: Cast) -> tuple[str, str, str]:
    """A job posting (title, employer, location); sometimes at an employer Alex applied to."""
    pool = cast.applied_employers if rng.random() < 0.3 else cast.other_employers
    return rng.choice(cast.roles), rng.choice(pool).name, rng.choice(LOCATIONS)


def job_cards(rng: random.Random, cast: Cast, count: int) -> list[Block]:
    """`count` job postings as an alert lists them, some with salary ranges and badges."""
    blocks: list[Block] = []
    for _ in range(count):
        title, company, location = listing(rng, cast)
        low = rng.randrange(95, 200, 5)
        salary = f"${low}K - ${low + rng.randrange(20, 80, 5)}K" if rng.random() < 0.5 else ""
        blocks.append(
            Rows(((title, f"{company} \u00b7 {location}" + (f" \u00b7 {salary}" if salary else "")),))
        )
        if rng.random() < 0.3:
            blocks.append(
                rng.choice(["Actively recruiting", "Easy Apply", "Be an early applicant", "Promoted"])
            )
    return blocks


def alert_draft(
    rng, name, address, subject, blocks, brand, footer, category="CATEGORY_UPDATES", **extra
) -> Draft:
    """A job alert from a bulk sender: HTML, usually with a text twin; `extra` sets other Draft fields."""
    layout = rng.choice(["both", "both", "html"])
    return Draft(
        sender_name=name,
        sender_address=address,
        subject=subject,
        truth=ALERT,
        text=render_text(blocks, footer) if layout == "both" else None,
        html=render_html(blocks, brand, preheader=extra.pop("preheader", subject), footer=footer),
        category=category,
        encoding=rng.choice(["quoted-printable", "base64"]),
        msgid_style="ses",
        msgid_domain=address.split("@")[1],
        bulk=True,
        **extra,
    )


def linkedin_digest(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    title, company, location = listing(rng, cast)
    more = rng.randint(4, 14)
    subject = rng.choice(
        [
            f"{title} at {company} and {more} more jobs in {location.split(',')[0]} for you",
            "Jobs you may be interested in",
            "Jobs you may like",
            f"\U0001f525 {more} new jobs for \u201c{title.lower()}\u201d",
            f"New jobs similar to {title} at {company}",
        ]
    )
    blocks: list[Block] = [Heading("Your job alert"), *job_cards(rng, cast, rng.randint(3, 7))]
    blocks.append(Button("See all jobs", "https://www.linkedin.com/jobs/search/?savedSearchId=1718"))
    footer: list[Block] = [
        "You are receiving Job Alert emails.",
        Link(_UNSUBSCRIBE, "https://www.linkedin.com/comm/jobs/alerts"),
    ]
    return alert_draft(
        rng,
        "LinkedIn Job Alerts",
        "jobalerts-noreply@linkedin.com",
        subject,
        blocks,
        Brand("LinkedIn", "#0a66c2"),
        footer,
        subject_encoding="B" if subject[0] == "\U0001f525" else None,
    )


def company_is_hiring(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    title, company, location = listing(rng, cast)
    subject = rng.choice(
        [f"{company} is hiring: {title}", f"{company} is hiring", f"Apply now: {title} at {company}"]
    )
    blocks: list[Block] = [
        f"{company} is hiring for roles that match your profile.",
        Rows(((title, location),)),
        "Apply now and be one of the first 25 applicants.",
        Button("Apply now", "https://www.linkedin.com/jobs/view/4022"),
    ]
    return alert_draft(
        rng,
        "LinkedIn",
        "jobs-listings@linkedin.com",
        subject,
        blocks,
        Brand("LinkedIn", "#0a66c2"),
        [Link(_UNSUBSCRIBE, "https://www.linkedin.com/comm/psettings")],
        category="CATEGORY_SOCIAL",
    )


def indeed_alert(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    title, company, location = listing(rng, cast)
    count = rng.randint(5, 40)
    subject = rng.choice(
        [f"{count} new {title.lower()} jobs in {location}", f"{title} - {company} and {count} more new jobs"]
    )
    blocks: list[Block] = [
        f"Jobs matching \u201c{title.lower()}\u201d near {location}",
        *job_cards(rng, cast, 5),
    ]
    blocks.append(Button("View all jobs", "https://www.indeed.com/jobs?q=data+engineer"))
    return alert_draft(
        rng,
        "Indeed",
        "alert@indeed.com",
        subject,
        blocks,
        Brand("Indeed", "#2557a7"),
        [Link(_UNSUBSCRIBE, "https://www.indeed.com/alerts")],
    )


def glassdoor_alert(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    title, company, _ = listing(rng, cast)
    subject = rng.choice(
        [f"Alex, {company} is hiring for {title}. Apply Now.", f"{title}: new jobs near you"]
    )
    blocks: list[Block] = [
        "Based on your job alert",
        *job_cards(rng, cast, 4),
        "Salary estimates powered by Glassdoor community data.",
    ]
    return alert_draft(
        rng,
        "Glassdoor Jobs",
        "noreply@glassdoor.com",
        subject,
        blocks,
        Brand("Glassdoor", "#0caa41"),
        [Link(_UNSUBSCRIBE, "https://www.glassdoor.com/alerts")],
    )


def saved_search(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    employer = rng.choice(cast.applied_employers)
    subject = rng.choice(
        ["New jobs matching your saved search", f"{employer.name} Careers: new jobs for you"]
    )
    blocks: list[Block] = [
        "Hello Alex,",
        f"New positions matching your search \u201cdata\u201d have been posted at {employer.name}:",
        Rows(tuple((rng.choice(cast.roles), rng.choice(LOCATIONS)) for _ in range(3))),
        "You have not applied to these positions. Click below to view them and apply.",
        Button("View jobs", f"https://{employer.slug}.wd5.myworkdayjobs.com/careers"),
    ]
    return alert_draft(
        rng,
        f"{employer.name} Careers",
        f"{employer.slug}@myworkday.com",
        subject,
        blocks,
        Brand(employer.name),
        [Link("Manage job alerts", f"https://{employer.domain}/careers")],
    )


def long_digest(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    """A very long weekly digest (tens of kilobytes)."""
    blocks: list[Block] = [Heading("Your weekly job digest"), *job_cards(rng, cast, 60)]
    for _ in range(12):
        blocks.append(" ".join(rng.sample(_DESCRIPTION, len(_DESCRIPTION))))
    return alert_draft(
        rng,
        "Indeed",
        "weekly@indeed.com",
        "Your weekly digest: 60 jobs picked for you",
        blocks,
        Brand("Indeed", "#2557a7"),
        [Link(_UNSUBSCRIBE, "https://www.indeed.com/alerts")],
    )


_DESCRIPTION = (
    "You will design, build and operate batch and streaming pipelines that power analytics and products.",
    "The team owns the warehouse, the orchestration layer and the data contracts with upstream services.",
    "You have shipped production Python and SQL, and you care about tests, observability and cost.",
    "Experience with Airflow, dbt, Spark or Flink is a plus; curiosity matters more than any one tool.",
    "We offer a competitive salary, equity, four weeks of paid time off and a learning budget.",
    "This role is hybrid, with two days a week in the office and flexible hours the rest of the week.",
)

# name -> (builder, weight for random draws, included at least once)
ALERTS = {
    "linkedin_digest": (linkedin_digest, 8, False),
    "company_is_hiring": (company_is_hiring, 3, False),
    "indeed_alert": (indeed_alert, 6, False),
    "glassdoor_alert": (glassdoor_alert, 3, False),
    "saved_search": (saved_search, 2, False),
    "long_digest": (long_digest, 0, True),
}
