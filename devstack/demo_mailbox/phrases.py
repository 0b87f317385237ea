"""What application emails say, status by status, in the many ways employers say it.

Each function returns paragraphs (plain strings) for one email; senders' templates wrap them in their own
greeting, layout and footer. `title` None means the email must not name the job.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable

_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def _tidied(write: Callable[..., list[str]]) -> Callable[..., list[str]]:
    """Sentences that end right after "Co." or "Inc." keep one full stop."""

    @functools.wraps(write)
    def tidy(*args, **kwargs) -> list[str]:
        return [_DOUBLE_STOP.sub(".", paragraph) for paragraph in write(*args, **kwargs)]

    return tidy


def _role(title: str | None, company: str, article: str = "the") -> str:
    return f"{article} {title} position at {company}" if title else f"a position at {company}"


@_tidied
def confirmation(rng: random.Random, company: str, title: str | None) -> list[str]:
    """Application received."""
    opening = rng.choice(
        [
            f"Thank you for applying to {company}! We have received your application for "
            f"{_role(title, company)}.",
            f"Thanks for your interest in {company}. This email confirms that we received your application"
            + (f" for {title}." if title else "."),
            f"We're excited that you applied for the {title} role at {company}."
            if title
            else f"We're excited that you applied to {company}.",
            f"Your application to {company}"
            + (f" for the {title} opening" if title else "")
            + " has been submitted successfully.",
        ]
    )
    middle = rng.choice(
        [
            "Our recruiting team is reviewing applications and will reach out if your skills and experience "
            "match the needs of the role.",
            "What happens next? A member of our talent team will review your background. If there is a fit, "
            "we will contact you to discuss next steps. Because of the volume of applications we receive, "
            "this can take a few weeks.",
            "We review every application carefully. If your profile matches what the hiring team is looking "
            "for, you'll hear from us soon.",
        ]
    )
    closing = rng.choice(
        [
            "In the meantime, feel free to learn more about our culture on our careers site.",
            "You can track the status of your application at any time in your candidate account.",
            "Please do not reply to this message; this mailbox is not monitored.",
        ]
    )
    return [opening, middle, closing]


REJECTION_CORES = (
    "After careful consideration, we have decided to move forward with other candidates whose experience "
    "more closely matches the needs of the role.",
    "We wanted to let you know that the position has been filled.",
    "Unfortunately, we will not be progressing your application at this stage.",
    "We are sorry to tell you that you were not selected for the next stage of our process.",
    "Your background is impressive, but we have decided to pursue different candidates for this opening.",
    "At this time we have chosen to proceed with applicants whose qualifications better align with our "
    "current requirements.",
    "Unfortunately, the hiring team has decided not to proceed with your candidacy.",
    "We are not able to offer you a position at this time.",
    "The hiring team reviewed your application and concluded that it is not the right match for this role.",
    "We've decided not to move forward with your application, but we'll keep your resume on file.",
    "Unfortunately we are unable to progress your application further on this occasion.",
    "We have since filled this role with an internal candidate.",
    "We received a large number of strong applications, and unfortunately yours was not selected for "
    "further consideration.",
)


@_tidied
def rejection(
    rng: random.Random, company: str, title: str | None, after_interview: bool = False
) -> list[str]:
    """Not selected. Never uses the word "rejected", as real ones rarely do."""
    if after_interview:
        opening = rng.choice(
            [
                "Thank you for taking the time to meet with our team"
                + (f" about the {title} role." if title else ".")
                + " We really enjoyed learning about your experience.",
                "Thanks again for interviewing with us. Everyone appreciated the conversations.",
            ]
        )
    elif title:
        opening = rng.choice(
            [
                f"Thank you for your interest in {company} and for applying for the {title} role.",
                f"Thank you for applying for the {title} position at {company}.",
                f"We appreciate your interest in the {title} opening with {company}.",
            ]
        )
    else:
        opening = rng.choice(
            [
                f"Thank you for your interest in {company} and for taking the time to apply.",
                f"Thank you for your application to {company}.",
                f"We appreciate the time you invested in your application to {company}.",
            ]
        )
    closing = rng.choice(
        [
            "We encourage you to apply for future openings that match your skills and interests.",
            "We wish you the best of luck in your job search and future professional endeavors.",
            "This decision is final, and we are unable to provide individual feedback. We hope you will "
            "consider us again in the future.",
            "Please keep an eye on our careers page; new roles open all the time.",
        ]
    )
    return [opening, rng.choice(REJECTION_CORES), closing]


@_tidied
def interview_invitation(rng: random.Random, company: str, title: str | None, when: str) -> list[str]:
    """Invited to a phone screen or interview loop."""
    stage = rng.choice(
        ["a 30-minute phone screen", "a first-round video interview", "a technical interview", "an onsite"]
    )
    return [
        rng.choice(
            [
                f"Thanks for applying to {company}! We were impressed by your background and would like to "
                f"invite you to {stage}" + (f" for the {title} role." if title else "."),
                f"I'm reaching out because the hiring team would like to move you forward to {stage}"
                + (f" for {title}." if title else "."),
            ]
        ),
        rng.choice(
            [
                f"Would {when} work for you? If not, please share a few times that suit you this week.",
                "Please use the link below to pick a time that works for you. Slots are 45 minutes.",
                f"We have tentatively held {when}. Let me know if that doesn't work and we'll find another.",
            ]
        ),
        "You'll be meeting with the hiring manager and a senior member of the team. No preparation is "
        "needed beyond being ready to talk through a project you're proud of.",
    ]


@_tidied
def withdrawal_confirmed(rng: random.Random, company: str, title: str | None) -> list[str]:
    """The candidate withdrew and the employer confirms it."""
    return [
        rng.choice(
            [
                f"This email confirms that you have withdrawn your application for {_role(title, company)}.",
                "As requested, we have withdrawn your candidacy"
                + (f" for the {title} role." if title else ".")
                + " Your application will no longer be considered.",
            ]
        ),
        f"Thank you for letting us know, and for your interest in {company}. If you change your mind, you "
        "are welcome to apply again for future openings.",
    ]


@_tidied
def requisition_closed(rng: random.Random, company: str, title: str | None) -> list[str]:
    """The employer cancelled the opening or put it on hold."""
    return [
        rng.choice(
            [
                f"We're writing to let you know that {_role(title, company)} has been cancelled, and we are "
                "no longer hiring for this role.",
                f"Due to a change in business priorities, {company} has put the "
                + (f"{title} requisition" if title else "requisition you applied to")
                + " on hold indefinitely. As a result, your application has been closed.",
            ]
        ),
        "None of this reflects on your qualifications. Thank you for your interest; do watch our "
        "careers site for new openings.",
    ]


@_tidied
def offer(rng: random.Random, company: str, title: str, start: str, salary: str) -> list[str]:
    """An offer of employment."""
    return [
        rng.choice(
            [
                f"On behalf of {company}, I am delighted to offer you the position of {title}!",
                f"Congratulations! We are thrilled to extend you an offer to join {company} as {title}.",
            ]
        ),
        f"Your starting base salary will be {salary} per year, with a proposed start date of {start}. "
        "The attached letter covers equity, benefits and the remaining details.",
        "Please review the offer and let us know your decision within five business days. I'm happy to "
        "set up a call to walk through anything.",
    ]


@_tidied
def assessment(rng: random.Random, company: str, title: str | None, vendor: str, deadline: str) -> list[str]:
    """Asked to complete a coding test, video interview or take-home exercise."""
    what = {
        "HackerRank": "a 90-minute coding assessment on HackerRank",
        "Codility": "an online coding test on Codility",
        "HireVue": "a short on-demand video interview on HireVue",
        "take-home": "a take-home exercise (we expect it to take about three hours)",
    }[vendor]
    return [
        f"As the next step in your application {'for ' + title if title else 'to ' + company}, we'd like "
        f"you to complete {what}.",
        f"Please complete it by {deadline}. You can take it whenever suits you before then, in one sitting.",
        "If you need an accommodation or more time, just reply and let us know.",
    ]


def long_posting(company: str, title: str) -> list[str]:
    """The full posting and legal boilerplate some ATS confirmations append (about ten kilobytes)."""
    sections = [
        f"For your records, here is the posting you applied to: {title}.",
        "About the role",
        *_LONG_SECTIONS,
        f"{company} is an equal opportunity employer; every qualified applicant is considered for "
        "employment regardless of race, color, religion, sex, sexual orientation, gender identity, "
        "national origin, disability, protected veteran status, or any other characteristic the law "
        "protects.",
    ]
    return sections + [f"{heading}: {_NOTICE}" for heading in _NOTICE_HEADINGS]


_LONG_SECTIONS = (
    "\u2022 Design, build and operate the pipelines that move data from our products into the warehouse.",
    "\u2022 Partner with analysts, scientists and product managers to turn questions into datasets.",
    "\u2022 Own data quality: tests, contracts, lineage and alerting for the tables you publish.",
    "\u2022 Improve the cost, latency and reliability of batch and streaming jobs.",
    "\u2022 Mentor teammates through design reviews, pairing and thoughtful code review.",
    "What you'll bring",
    "\u2022 5+ years of experience writing production Python and SQL.",
    "\u2022 Hands-on experience with an orchestrator (Airflow, Dagster or Prefect) and a cloud warehouse.",
    "\u2022 Comfort with streaming systems (Kafka, Kinesis or Pub/Sub) and with infrastructure as code.",
    "\u2022 Clear written communication and a habit of documenting decisions.",
    "Benefits",
    "\u2022 Medical, dental and vision coverage from day one, 401(k) matching, and a learning budget.",
    "\u2022 Four weeks of paid time off, twelve paid holidays, and sixteen weeks of paid parental leave.",
    "\u2022 A home-office stipend, commuter benefits, and an employee assistance program.",
)
_NOTICE_HEADINGS = (
    "Reasonable accommodation",
    "Pay transparency",
    "Privacy notice for applicants",
    "Notice to California residents",
    "Notice to applicants in the European Economic Area",
    "E-Verify",
    "Background checks",
    "Recruitment fraud warning",
    "Data retention",
    "Your rights",
)
_NOTICE = (
    "This notice explains how personal information submitted with an application is collected, used, "
    "shared and retained during the recruitment process, the legal bases relied on, how long it is kept, "
    "and how to exercise rights of access, correction, deletion and objection. Information is used only to "
    "assess suitability for employment, to communicate about the application, and to comply with legal "
    "obligations. It is shared with service providers who host the recruiting system and conduct checks "
    "where permitted by law, under contracts that require them to protect it. Contact the talent team with "
    "any questions about this notice or to request an accommodation at any stage of the process."
)
