"""Recruiters pitching roles Alex never applied to: agencies, LinkedIn InMail, in-house sourcers."""

from __future__ import annotations

import random
from datetime import datetime

from devstack.demo_mailbox.layout import Block, Brand, Button, Heading, Link, render_html, render_text
from devstack.demo_mailbox.model import RECRUITER_OUTREACH, Cast, Draft, EmailTruth
from devstack.demo_mailbox.people import AGENCIES, LOCATIONS, person

OUTREACH = EmailTruth(RECRUITER_OUTREACH)

_HOOKS = (
    "I came across your profile and was impressed by your experience with Python, SQL and Airflow.",
    "Your background in data platform work caught my eye.",
    "I noticed you've been building data pipelines at scale and thought of you right away.",
)
_CLOSES = (  # the second speaks of "them", the client: only an agency says that
    "Would you be open to a quick 15-minute call this week?",
    "If you're open to it, I'd love to get you interviewing with them before they make an offer elsewhere.",
    "Even if the timing isn't right, I'd be glad to connect for future roles.",
)
_INHOUSE_CLOSES = (_CLOSES[0], _CLOSES[2])


def agency_outreach(rng: random.Random, cast: Cast, when: datetime) -> list[Draft]:
    """An agency recruiter's pitch, sometimes followed by a nudge in the same thread."""
    agency, domain = rng.choice(AGENCIES)
    recruiter = person(rng, domain)
    title = rng.choice(cast.roles)
    industry = rng.choice(
        ["a fintech", "a healthtech", "a logistics", "a climate", "an e-commerce", "a media"]
    )
    pay = f"${rng.randrange(140, 220, 10)}k"
    subject = rng.choice(
        [
            f"{title} opportunity - fully remote, up to {pay}",
            f"Exciting {title} role with a fast-growing {industry.split()[1]} company",
            "Are you open to new opportunities?",
            f"{title} | {rng.choice(LOCATIONS)} | {pay} + equity",
        ]
    )
    text = (
        f"Hi Alex,\n\n{rng.choice(_HOOKS)}\n\nI'm partnering with {industry} client who is hiring a "
        f"{title} ({rng.choice(LOCATIONS)}). The role pays up to {pay} plus bonus, and the team is small and "
        "senior.\n\n"
        f"{rng.choice(_CLOSES)}\n\nBest regards,\n{recruiter.full}\nSenior Consultant | {agency}\n"
        f"{domain}\n\nIf you'd prefer not to hear from me, just reply STOP.\n"
    )
    pitch = _personal(rng, recruiter.full, recruiter.address, subject, text)
    if rng.random() < 0.35:
        nudge = "Hi Alex, just bumping this to the top of your inbox in case it got buried. Any interest?\n"
        return [
            pitch,
            _personal(rng, recruiter.full, recruiter.address, subject, nudge + f"\n{recruiter.first}\n"),
        ]
    return [pitch]


def inmail(rng: random.Random, cast: Cast, when: datetime) -> list[Draft]:
    """A LinkedIn InMail notification from an in-house recruiter at an employer Alex has not applied to."""
    employer = rng.choice(cast.other_employers)
    recruiter = person(rng, employer.domain)
    title = rng.choice(cast.roles)
    subject = rng.choice(
        [f"{title} role at {employer.name} - interested?", f"Opportunity at {employer.name}"]
    )
    blocks: list[Block] = [
        Heading(f"{recruiter.full} sent you a new message"),
        f"Hi Alex, I'm a recruiter at {employer.name}. We're growing the data team and I think your "
        f"experience would be a great fit for our {title} opening. No application needed yet; would you be "
        "up for a chat?",
        Button("Reply", "https://www.linkedin.com/messaging/thread/2-MTk3"),
    ]
    footer: list[Block] = [
        "You are receiving InMail notification emails.",
        Link("Unsubscribe", "https://lnkd.in/u"),
    ]
    return [
        Draft(
            sender_name=f"{recruiter.full} via LinkedIn",
            sender_address="inmail-hit-reply@linkedin.com",
            subject=subject,
            truth=OUTREACH,
            text=render_text(blocks, footer),
            html=render_html(blocks, Brand("LinkedIn", "#0a66c2"), preheader=subject, footer=footer),
            category="CATEGORY_SOCIAL",
            encoding="quoted-printable",
            msgid_style="linkedin",
            msgid_domain="linkedin.com",
        )
    ]


def inhouse_sourcer(rng: random.Random, cast: Cast, when: datetime) -> list[Draft]:
    """A sourcer writing from an employer's own domain about a role Alex has not applied to."""
    employer = rng.choice(cast.other_employers)
    sourcer = person(rng, employer.domain)
    title = rng.choice(cast.roles)
    subject = rng.choice(
        [
            f"Exploring {title} roles at {employer.name}?",
            f"{employer.name} + Alex",
            f"Hello from {employer.name}",
        ]
    )
    text = (
        f"Hi Alex,\n\nI lead technical recruiting at {employer.name}. {rng.choice(_HOOKS)} We're hiring a "
        f"{title} and I think you'd be a strong match. Here's the posting: https://{employer.domain}/careers\n\n"
        f"{rng.choice(_INHOUSE_CLOSES)}\n\nCheers,\n{sourcer.full}\nTechnical Sourcer, {employer.name}\n"
    )
    return [_personal(rng, sourcer.full, sourcer.address, subject, text)]


def _personal(rng: random.Random, name: str, address: str, subject: str, text: str) -> Draft:
    return Draft(
        sender_name=name,
        sender_address=address,
        subject=subject,
        truth=OUTREACH,
        text=text,
        html_from_text=rng.random() < 0.5,
        category=rng.choice(["CATEGORY_PERSONAL", "CATEGORY_UPDATES"]),
        msgid_style=rng.choice(["gmail", "outlook"]),
        msgid_domain=address.split("@")[1],
        utc_offset_hours=rng.choice([-4, -5, -7]),
    )


OUTREACHES = {
    "agency_outreach": (agency_outreach, 5, True),
    "inmail": (inmail, 3, True),
    "inhouse_sourcer": (inhouse_sourcer, 2, False),
}
