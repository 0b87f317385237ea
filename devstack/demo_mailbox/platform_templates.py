"""Job boards and hiring tools that write about an application on the employer's behalf.

LinkedIn and Indeed (easy-apply confirmations, "viewed", rejections, interview invitations), assessment
platforms (HackerRank, Codility, HireVue), interview schedulers (GoodTime, Calendly) and DocuSign offers.
The employer is named in the text; the sender never is the employer.
"""

from __future__ import annotations

import random
from datetime import timedelta

from devstack.demo_mailbox import phrases
from devstack.demo_mailbox.layout import Block, Brand, Button, Heading, Link, Rows, render_html, render_text
from devstack.demo_mailbox.model import (
    APPLIED,
    ASSESSMENT,
    INTERVIEW,
    OFFER,
    REJECTED,
    Draft,
    Role,
    Step,
    application_truth,
)

_LINKEDIN = Brand("LinkedIn", "#0a66c2", logo_text="LinkedIn")
_INDEED = Brand("Indeed", "#2557a7", logo_text="indeed")
_LINKEDIN_FOOTER: list[Block] = [
    "This email was intended for Alex Rivera (Data Engineer | Python, SQL, Airflow)",
    Link("Learn why we included this", "https://www.linkedin.com/help/linkedin/answer/4788"),
    Link("Unsubscribe", "https://www.linkedin.com/comm/psettings/email-unsubscribe"),
    "\u00a9 2026 LinkedIn Corporation. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.",
]
_INDEED_FOOTER: list[Block] = [
    Link("Unsubscribe", "https://www.indeed.com/account/unsubscribe"),
    "\u00a9 2026 Indeed. Indeed Apply helps you apply to jobs faster.",
]


def platform_email(rng: random.Random, key: str, role: Role, step: Step) -> Draft:
    """One email from the platform `key` about this step of the application."""
    return _BUILDERS[key](rng, role, step)


def _linkedin(rng: random.Random, role: Role, step: Step) -> Draft:
    company = role.employer.name
    job_card = Rows(((role.title, f"{company} \u00b7 {role.location}"),))
    if step.variant == "viewed":
        subject = f"Your application was viewed by {company}"
        blocks: list[Block] = [
            Heading(subject),
            job_card,
            "Hiring teams usually review applications "
            "within a few weeks. You'll get another update if they reach out.",
            Button("View job", f"https://www.linkedin.com/jobs/view/{role.requisition}99"),
        ]
    elif step.status == REJECTED:
        subject = f"Your application to {role.title} at {company}"
        blocks = [
            f"Thank you for your interest in the {role.title} position at {company} in {role.location}. "
            f"Unfortunately, we will not be moving forward with your application, but we appreciate your "
            f"time and interest in {company}.",
            f"Regards,\n{company}",
            Button("Search for other jobs", "https://www.linkedin.com/jobs/"),
        ]
    else:
        subject = rng.choice(
            [f"Alex, your application was sent to {company}", f"Your application was sent to {company}"]
        )
        applied = step.when.strftime("%b %-d, %Y")
        blocks = [
            Heading(f"Your application was sent to {company}"),
            job_card,
            f"Applied on {applied}",
            Button("View application", "https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED"),
            "Now, take these next steps for more success with your job search: set a job alert and "
            "keep your profile up to date.",
        ]
    return _draft(
        rng,
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        subject,
        blocks,
        _LINKEDIN,
        _LINKEDIN_FOOTER,
        application_truth(role, step.status),
        "linkedin.com",
        category="CATEGORY_SOCIAL",
    )


def _indeed(rng: random.Random, role: Role, step: Step) -> Draft:
    company = role.employer.name
    if step.status == REJECTED:
        subject = rng.choice(
            [f"An update on your application for {role.title}", f"{company} sent you a message"]
        )
        blocks: list[Block] = [
            f"{company} sent you a message about your application for {role.title}:",
            *phrases.rejection(rng, company, role.title),
        ]
        address = "no-reply@indeed.com"
    elif step.status == INTERVIEW:
        day = (step.when + timedelta(days=3)).strftime("%A, %B %-d")
        subject = f"Interview invitation from {company} for {role.title}"
        blocks = [
            Heading(f"{company} would like to interview you"),
            Rows((("Job", role.title), ("Format", "Phone call, 30 minutes"), ("Suggested", day))),
            Button("Respond to invitation", "https://www.indeed.com/interviews"),
        ]
        address = "invitationstointerview@indeed.com"
    else:
        subject = rng.choice([f"Indeed Application: {role.title}", f"Application submitted: {role.title}"])
        blocks = [
            Heading("Application submitted"),
            f"{role.title}\n{company} - {role.location}",
            f"The following items were sent to {company}. Good luck!",
            "\u2022 Application\n\u2022 Resume",
            Button("Track your application", "https://myjobs.indeed.com/applied"),
        ]
        address = "indeedapply@indeed.com"
    sender = "Indeed Apply" if step.status == APPLIED else "Indeed"
    return _draft(
        rng,
        sender,
        address,
        subject,
        blocks,
        _INDEED,
        _INDEED_FOOTER,
        application_truth(role, step.status),
        "indeed.com",
    )


def _assessment_platform(vendor: str, address: str, color: str):
    def build(rng: random.Random, role: Role, step: Step) -> Draft:
        company = role.employer.spelled(rng)
        deadline = (step.when + timedelta(days=rng.randint(3, 7))).strftime("%B %-d, %Y")
        subject = {
            "HackerRank": f"{company} has invited you to a HackerRank test for {role.title}",
            "Codility": f"{company} invites you to take a Codility test",
            "HireVue": f"{company} - Video Interview Invitation for {role.title}",
        }[vendor]
        titled = "{title}" in subject or vendor != "Codility"
        blocks: list[Block] = [
            "Hi Alex,",
            *phrases.assessment(rng, company, role.title if titled else None, vendor, deadline),
            "This invitation expires: complete the test within 5 days of receiving this email.",
            Button("Start", f"https://{address.split('@')[1]}/t/{role.key}"),
        ]
        draft = _draft(
            rng,
            company if vendor == "HireVue" else vendor,
            address,
            subject,
            blocks,
            Brand(vendor, color),
            [f"Sent by {vendor} on behalf of {company}"],
            application_truth(role, ASSESSMENT, titled),
            address.split("@")[1],
        )
        draft.scheduled = (("deadline", step.when.replace(microsecond=0) + timedelta(days=5)),)
        return draft

    return build


def _goodtime(rng: random.Random, role: Role, step: Step) -> Draft:
    company = role.employer.name
    subject = rng.choice(
        [
            f"Please choose times for your interview with {company}",
            f"{company} | Interview scheduling for {role.title}",
        ]
    )
    blocks: list[Block] = [
        "Hi Alex,",
        *phrases.interview_invitation(rng, company, role.title, "next week"),
        Button("Choose times", f"https://app.goodtime.io/s/{role.key}"),
    ]
    return _draft(
        rng,
        f"{company} Recruiting",
        "scheduling@goodtime.io",
        subject,
        blocks,
        Brand("GoodTime", "#3b5bdb"),
        ["Scheduling powered by GoodTime"],
        application_truth(role, INTERVIEW),
        "goodtime.io",
        important=True,
    )


def _calendly(rng: random.Random, role: Role, step: Step) -> Draft:
    start = (step.when + timedelta(days=rng.randint(2, 6))).replace(hour=16, minute=0)
    when = start.strftime("%-I:%M%p - %A, %B %-d, %Y").replace("AM", "am").replace("PM", "pm")
    recruiter = role.recruiter.full
    subject = (
        f"Confirmed: {role.employer.name} Phone Screen with {recruiter} on {start.strftime('%A, %B %-d')}"
    )
    blocks: list[Block] = [
        "Hi Alex Rivera,",
        "A new event has been scheduled.",
        Rows(
            (
                ("Event Type", f"{role.employer.name} Phone Screen ({role.title})"),
                ("Invitee", "Alex Rivera"),
                ("Host", recruiter),
                ("Event Date/Time", when + " (UTC)"),
                ("Location", "This is a Google Meet web conference."),
            )
        ),
        Button("Reschedule", "https://calendly.com/reschedulings/x"),
    ]
    return _draft(
        rng,
        "Calendly",
        "notifications@calendly.com",
        subject,
        blocks,
        Brand("Calendly", "#006bff"),
        ["Sent from Calendly"],
        application_truth(role, INTERVIEW),
        "calendly.com",
        important=True,
    )


def _docusign(rng: random.Random, role: Role, step: Step) -> Draft:
    company = role.employer.spelled(rng)
    subject = f"Please DocuSign: {company} Offer Letter - Alex Rivera - {role.title}"
    blocks: list[Block] = [
        Heading(f"{role.recruiter.full} sent you a document to review and sign."),
        Button("REVIEW DOCUMENT", "https://na3.docusign.net/Signing/EmailStart.aspx"),
        f"Hi Alex, as discussed, please find your offer letter for the {role.title} position "
        f"at {company} attached for signature. Congratulations!\n{role.recruiter.full}",
        "Do Not Share This Email: this email contains a secure link to DocuSign.",
    ]
    return _draft(
        rng,
        f"{role.recruiter.full} via DocuSign",
        "dse_NA3@docusign.net",
        subject,
        blocks,
        Brand("DocuSign", "#ffcc22"),
        ["Powered by DocuSign"],
        application_truth(role, OFFER),
        "docusign.net",
        important=True,
    )


def _draft(
    rng,
    name,
    address,
    subject,
    blocks,
    brand,
    footer,
    truth,
    domain,
    category="CATEGORY_UPDATES",
    important=False,
) -> Draft:
    return Draft(
        sender_name=name,
        sender_address=address,
        subject=subject,
        truth=truth,
        text=render_text(blocks, footer) if rng.random() < 0.8 else None,
        html=render_html(blocks, brand, preheader=subject, footer=footer),
        category=category,
        important=important,
        encoding=rng.choice(["quoted-printable", "quoted-printable", "base64"]),
        msgid_style="ses" if domain != "linkedin.com" else "linkedin",
        msgid_domain=domain,
    )


_BUILDERS = {
    "linkedin": _linkedin,
    "indeed": _indeed,
    "hackerrank": _assessment_platform("HackerRank", "no-reply@hackerrankforwork.com", "#1ba94c"),
    "codility": _assessment_platform("Codility", "no-reply@codility.com", "#2e3192"),
    "hirevue": _assessment_platform("HireVue", "noreply@hirevue.com", "#00a3e0"),
    "goodtime": _goodtime,
    "calendly": _calendly,
    "docusign": _docusign,
}
PLATFORMS = tuple(_BUILDERS)
