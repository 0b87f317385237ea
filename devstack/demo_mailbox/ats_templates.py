"""Applicant-tracking systems writing on an employer's behalf, each in its own recognisable style.

The styles live in ats_styles.py; this module turns a lifecycle step into a draft in one of them.
"""

from __future__ import annotations

import random
from datetime import timedelta
from email.utils import formataddr

from devstack.demo_mailbox import phrases
from devstack.demo_mailbox.ats_styles import STYLES, AtsStyle
from devstack.demo_mailbox.layout import Block, Brand, Button, Link, Rows, render_html, render_text
from devstack.demo_mailbox.model import (
    APPLICATION,
    APPLIED,
    ASSESSMENT,
    INTERVIEW,
    OFFER,
    REJECTED,
    WITHDRAWN,
    Draft,
    EmailTruth,
    Role,
    Step,
)

# For statuses an ATS has no dedicated subject for.
_FALLBACK_SUBJECTS = {
    REJECTED: (
        "Your application to {company}",
        "Update on your application",
        "{company} - Application Status",
    ),
    OFFER: ("Your offer from {company}", "Offer letter: {title}"),
}
_NEXT_STEPS = (
    "Next steps with {company}",
    "{company}: next steps for {title}",
    "Your application to {company}",
)

_SIGNATURES = (
    "Sincerely,\n{company} Talent Acquisition",
    "Best,\nThe {bare} Recruiting Team",
    "Thanks,\n{company}",
    "Kind regards,\n{company} Careers",
)


def requisition_label(style_key: str, role: Role) -> str:
    """The requisition id as this ATS prints it ("R-48213", "JR0048213", "2026-4821", "Req ID 48213")."""
    digits = role.requisition
    if style_key == "workday":
        return f"R-{digits}" if int(digits) % 2 else f"JR00{digits}"
    if style_key == "icims":
        return f"{role.applied_at.year}-{digits[:4]}"
    return digits


def _title_as_shown(rng: random.Random, style_key: str, role: Role) -> str:
    req = requisition_label(style_key, role)
    if style_key == "workday":
        return rng.choice([f"{req} {role.title} (Open)", f"{role.title} ({req})", f"{role.title} - {req}"])
    if style_key == "icims":
        return rng.choice([f"{role.title} (Job ID {req})", f"{req} {role.title}"])
    if style_key == "lever" and rng.random() < 0.5:
        return f"{role.title} - {role.location}"
    if style_key == "taleo":
        return f"{role.title} ({req})"
    return role.title


def ats_email(rng: random.Random, key: str, role: Role, step: Step) -> Draft:
    """One email from the ATS `key` for this step of the application."""
    style = STYLES[key]
    company = role.employer.spelled(rng)
    shown = _title_as_shown(rng, key, role) if step.titled else None
    fmt = {"company": company, "title": shown or "", "slug": role.employer.slug}
    subject = step.reuse_subject or _subject(rng, style, step, fmt)
    portal = style.portal.format(**fmt)
    blocks: list[Block] = [rng.choice(style.greetings)]
    blocks += _status_paragraphs(rng, role, step, company, shown, portal)
    if key in ("workday", "icims", "taleo") and step.titled:
        blocks.append(Rows((("Job title", shown), ("Location", role.location))))
    if step.status in (APPLIED, WITHDRAWN, REJECTED) and key in ("workday", "icims", "smartrecruiters"):
        blocks.append(Button("Go to Candidate Home" if key == "workday" else "View your application", portal))
    blocks.append(rng.choice(_SIGNATURES).format(company=company, bare=company.removeprefix("The ")))
    footer: list[Block] = [line.format(**fmt) for line in style.footer]
    footer.append(Link("Privacy", f"https://{role.employer.domain}/privacy"))
    layout = rng.choice(style.layouts)
    sender_name, reply_to = rng.choice(style.sender_names).format(**fmt), None
    if step.status in (INTERVIEW, ASSESSMENT) and key in ("greenhouse", "lever", "ashby"):
        # Recruiters write through the ATS: their name on the ATS address, replies going to them.
        sender_name, reply_to = role.recruiter.full, formataddr((role.recruiter.full, role.recruiter.address))
    truth_title = role.title if shown else None
    brand = Brand(style.brand.name, style.brand.color, logo_text=style.brand.logo_text.format(**fmt))
    return Draft(
        sender_name=sender_name,
        sender_address=rng.choice(style.addresses).format(**fmt),
        reply_to=reply_to,
        subject=subject,
        truth=EmailTruth(APPLICATION, step.status, role.employer.name, truth_title, role.key),
        text=render_text(blocks, footer) if layout in ("text", "both") else None,
        html=render_html(blocks, brand, _preheader(step, company), footer) if layout != "text" else None,
        important=step.status in (INTERVIEW, OFFER),
        charset=style.charset,
        encoding=rng.choice(style.encodings),
        msgid_style=style.msgid_style,
        msgid_domain=style.msgid_domain,
        bulk=step.status == APPLIED,
    )


def _subject(rng: random.Random, style: AtsStyle, step: Step, fmt: dict[str, str]) -> str:
    options = style.subjects.get(step.status) or _FALLBACK_SUBJECTS.get(step.status, _NEXT_STEPS)
    if step.variant == "update_subject":
        options = ("Your application update",)
    elif step.variant == "cancelled":
        options = (
            "Update regarding {title}",
            "{company} - Requisition Update",
            "Position update from {company}",
        )
    usable = [s for s in options if step.titled or "{title}" not in s] or ["Your application to {company}"]
    return rng.choice(usable).format(**fmt)


def _status_paragraphs(
    rng: random.Random, role: Role, step: Step, company: str, title: str | None, portal: str
) -> list[Block]:
    status = step.status
    if status == APPLIED and step.variant == "long":
        return [*phrases.confirmation(rng, company, title), *phrases.long_posting(company, role.title)]
    if status == APPLIED:
        return list(phrases.confirmation(rng, company, title))
    if status == REJECTED:
        return list(phrases.rejection(rng, company, title))
    if status == WITHDRAWN:
        if step.variant == "cancelled":
            return list(phrases.requisition_closed(rng, company, title))
        return list(phrases.withdrawal_confirmed(rng, company, title))
    if status == ASSESSMENT:
        deadline = (step.when + timedelta(days=5)).strftime("%B %-d")
        return [*phrases.assessment(rng, company, title, "take-home", deadline), Button("Start", portal)]
    if status == INTERVIEW:
        when = (step.when + timedelta(days=4)).strftime("%A, %B %-d")
        return [*phrases.interview_invitation(rng, company, title, when), Button("Pick times", portal)]
    offer = phrases.offer(rng, company, role.title, "the first Monday of next month", "$148,000")
    return [*offer, Button("Review your offer", portal)]


def _preheader(step: Step, company: str) -> str:
    return {
        APPLIED: f"We've received your application to {company}.",
        REJECTED: f"An update from {company} about your application.",
        WITHDRAWN: f"An update from {company} about your application.",
    }.get(step.status, f"Next steps with {company}")
