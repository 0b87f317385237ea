"""The rest of an inbox (kind "other"): careers-portal housekeeping, newsletters, shopping, deliveries,
bank mail, social notifications, friends and family, and calendar spam. Several borrow job words."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from devstack.demo_mailbox.layout import Block, Brand, Button, Heading, Link, Rows, render_html, render_text
from devstack.demo_mailbox.model import OTHER, Cast, Draft, EmailTruth
from devstack.demo_mailbox.people import FAMILY, FRIENDS, Person

NOT_JOB = EmailTruth(OTHER)


def bulk_draft(rng, name, address, subject, blocks, brand, category="CATEGORY_PROMOTIONS", **extra) -> Draft:
    """Bulk mail that is not about jobs: HTML, sometimes with a text twin, and an unsubscribe footer."""
    footer: list[Block] = [
        Link("Unsubscribe", f"https://{address.split('@')[1]}/unsubscribe"),
        "View in browser",
    ]
    text = render_text(blocks, footer) if rng.random() < 0.6 else None
    return Draft(
        sender_name=name,
        sender_address=address,
        subject=subject,
        truth=NOT_JOB,
        text=text,
        html=render_html(blocks, brand, preheader=extra.pop("preheader", None), footer=footer),
        category=category,
        encoding=rng.choice(["quoted-printable", "base64", None]),
        msgid_style="ses",
        msgid_domain=address.split("@")[1],
        bulk=True,
        **extra,
    )


def portal_account(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    """Account created / password reset / complete-your-profile from an employer's careers portal."""
    employer = rng.choice(cast.applied_employers)
    kind = rng.choice(["created", "reset", "profile"])
    subject, lines = {
        "created": (
            f"Welcome to {employer.name} Careers",
            [
                "Your candidate account has been created.",
                "Use it to apply for jobs and to keep your profile up to date.",
            ],
        ),
        "reset": (
            "Reset your password",
            [
                f"We received a request to reset the password for your {employer.name} candidate account.",
                "If you did not request this, you can ignore this email.",
            ],
        ),
        "profile": (
            "Complete your candidate profile",
            [
                "Candidates with a complete profile are 3x more likely to be noticed by recruiters.",
                "Add your skills, work history and preferences.",
            ],
        ),
    }[kind]
    blocks: list[Block] = [
        "Hello Alex,",
        *lines,
        Button("Sign in", f"https://{employer.slug}.wd5.myworkdayjobs.com"),
    ]
    return bulk_draft(
        rng,
        f"{employer.name}",
        f"{employer.slug}@myworkday.com",
        subject,
        blocks,
        Brand(employer.name),
        category="CATEGORY_UPDATES",
    )


def interview_tips(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    subject = rng.choice(
        [
            "5 questions to ask at the end of your interview",
            "How to negotiate your job offer",
            "The Career Brief: acing the system design interview",
            "Rejected? Here's what to do next",
        ]
    )
    blocks: list[Block] = [
        Heading(subject),
        "This week: how hiring managers really read your resume, why the "
        "first five minutes of an interview matter, and a script for negotiating an offer.",
        Button("Read more", "https://careerbrief.co/issues/112"),
    ]
    return bulk_draft(
        rng, "The Career Brief", "newsletter@careerbrief.co", subject, blocks, Brand("The Career Brief")
    )


def delivery(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    order = f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    subject = rng.choice(
        [
            f"Your package has shipped (order {order})",
            "Out for delivery today",
            f"Delivered: your order {order}",
        ]
    )
    arrival = (when + timedelta(days=2)).strftime("%A, %B %-d")
    blocks: list[Block] = [
        Heading(subject),
        Rows((("Order", order), ("Estimated arrival", arrival))),
        Button("Track package", "https://track.example.com"),
    ]
    return bulk_draft(
        rng,
        "Parcelly",
        "shipment-tracking@parcelly.com",
        subject,
        blocks,
        Brand("Parcelly"),
        category="CATEGORY_UPDATES",
    )


def bank_mail(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    subject = rng.choice(
        [
            f"Your {when.strftime('%B')} statement is ready",
            "Payment received - thank you",
            "Security alert: new sign-in to your account",
        ]
    )
    blocks: list[Block] = ["Hi Alex,", subject + ".", "Sign in to online banking to see the details."]
    return bulk_draft(
        rng,
        "Harbor Credit Union",
        "alerts@harborcu.org",
        subject,
        blocks,
        Brand("Harbor CU"),
        category="CATEGORY_UPDATES",
    )


def social(rng: random.Random, cast: Cast, when: datetime) -> Draft:
    employer = rng.choice(cast.other_employers + cast.applied_employers)
    subject = rng.choice(
        [
            f"Alex, you appeared in {rng.randint(3, 30)} searches this week",
            f"Congratulate Jordan Park on starting a new position at {employer.name}",
            "You have 3 new invitations",
            "Alex, add Maya Holm (Data Engineer)",
        ]
    )
    blocks: list[Block] = [Heading(subject), Button("View", "https://www.linkedin.com/notifications")]
    return bulk_draft(
        rng,
        "LinkedIn",
        "notifications-noreply@linkedin.com",
        subject,
        blocks,
        Brand("LinkedIn"),
        category="CATEGORY_SOCIAL",
    )


def personal(rng: random.Random, cast: Cast, when: datetime) -> list[Draft]:
    """Friends and family; sometimes a short back-and-forth (only their side reaches the inbox)."""
    first, last, domain = rng.choice(FRIENDS + FAMILY)
    sender = Person(first, last, domain)
    subject, text, alex_note, answer = rng.choice(_PERSONAL)
    drafts = [_personal_draft(sender, subject, text + f"\n{first}\n")]
    if rng.random() < 0.4:
        drafts.append(_personal_draft(sender, subject, answer, answers_note=alex_note + "\n\nAlex"))
    return drafts


# subject, their message, Alex's answer (sent mail), their reply
_PERSONAL = (
    (
        "dinner saturday?",
        "Are you free Saturday? Thinking tacos at 7.\n",
        "Yes! What should I bring?",
        "Just you!\n",
    ),
    ("Photos from the weekend", "Here are the photos from the lake.\n", "These are great!", "Told you!\n"),
    (
        "Moving help",
        "Could you help me move on the 14th? Pizza on me.\n",
        "Sure, what time?",
        "9am. Thank you!!\n",
    ),
    (
        "how's the job hunt going?",
        "Thinking of you! Any interviews lined up? Call me this week.\n",
        "A few first rounds, fingers crossed. I'll call Sunday.",
        "Proud of you. Talk Sunday!\n",
    ),
)


def _personal_draft(sender: Person, subject: str, text: str, answers_note: str | None = None) -> Draft:
    return Draft(
        sender_name=sender.full,
        sender_address=sender.address,
        subject=subject,
        truth=NOT_JOB,
        text=text,
        answers_note=answers_note,
        html_from_text=True,
        category="CATEGORY_PERSONAL",
        msgid_style="gmail",
        msgid_domain="mail.gmail.com",
        utc_offset_hours=-5,
    )


# name -> (builder, weight for random draws, included at least once)
OTHERS = {
    "portal_account": (portal_account, 3, True),
    "interview_tips": (interview_tips, 3, True),
    "delivery": (delivery, 3, False),
    "bank_mail": (bank_mail, 2, False),
    "social": (social, 3, False),
    "personal": (personal, 3, True),
}
