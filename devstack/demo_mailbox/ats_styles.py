"""The applicant-tracking systems demo employers use, one row each: addresses, subjects, layout, footer."""

from __future__ import annotations

from dataclasses import dataclass

from devstack.demo_mailbox.layout import Brand
from devstack.demo_mailbox.model import APPLIED, ASSESSMENT, INTERVIEW, REJECTED, WITHDRAWN


@dataclass(frozen=True)
class AtsStyle:
    """How one applicant-tracking system writes. Subjects with {title} are skipped for untitled emails."""

    key: str
    brand: Brand
    addresses: tuple[str, ...]  # format strings over {slug}
    sender_names: tuple[str, ...]  # format strings over {company}
    subjects: dict[str, tuple[str, ...]]
    greetings: tuple[str, ...]
    footer: tuple[str, ...]
    layouts: tuple[str, ...]  # "text", "html", "both"
    msgid_style: str
    msgid_domain: str
    portal: str  # format string over {slug}
    charset: str = "utf-8"
    encodings: tuple[str | None, ...] = (None,)


STYLES = {
    style.key: style
    for style in (
        AtsStyle(
            "workday",
            Brand("Workday", "#0875e1", logo_text="{company}"),
            ("{slug}@myworkday.com",),
            ("{company}", "{company} Careers", "{company} Talent Acquisition"),
            {
                APPLIED: (
                    "Thank you for applying to {company}",
                    "Thank you for your application - {title}",
                    "We have received your application for {title}",
                ),
                REJECTED: (
                    "Update on your application to {company}",
                    "Your application for {title}",
                    "{company} - Application Status",
                    "Thank you for your interest in {company}",
                ),
                WITHDRAWN: ("Your application has been withdrawn", "Update regarding {title}"),
                ASSESSMENT: ("Action required: complete your assessment for {company}",),
            },
            ("Dear Alex,", "Hello Alex,", "Dear Alex Rivera,"),
            ("Powered by Workday", "This message was sent from an unmonitored mailbox."),
            ("html", "html", "both"),
            "java",
            "myworkday.com",
            "https://{slug}.wd5.myworkdayjobs.com/en-US/careers/userHome",
            encodings=("quoted-printable", "base64"),
        ),
        AtsStyle(
            "greenhouse",
            Brand("Greenhouse", "#24a47f", logo_text="{company}"),
            ("no-reply@us.greenhouse-mail.io", "no-reply@greenhouse.io"),
            ("{company}", "{company} Recruiting", "{company} Hiring Team"),
            {
                APPLIED: (
                    "Thank you for applying to {company}",
                    "Thanks for applying to {company}!",
                    "{company} - Application Received",
                ),
                REJECTED: (
                    "Your application to {company}",
                    "Important information about your application to {company}",
                    "{company} | {title}",
                    "Thank you for your interest in {company}",
                ),
                INTERVIEW: (
                    "Interview availability request for {title} at {company}",
                    "Please provide your availability - {company}",
                ),
                ASSESSMENT: ("{company} - Next Steps: Coding Exercise", "Next steps for the {title} role"),
                WITHDRAWN: ("Your application to {company}",),
            },
            ("Hi Alex,", "Hello Alex,", "Dear Alex,"),
            ("Powered by Greenhouse", "Manage your data and privacy preferences"),
            ("both", "text", "html"),
            "sendgrid",
            "geopod-ismtpd-3.greenhouse-mail.io",
            "https://my.greenhouse.io/users/sign_in",
        ),
        AtsStyle(
            "lever",
            Brand("Lever", "#2a2a2a", logo_text="{company}"),
            ("no-reply@hire.lever.co",),
            ("{company}",),
            {
                APPLIED: (
                    "Thank you for your application to {company}",
                    "Thanks for applying to {company}",
                    "{company} - {title}",
                ),
                REJECTED: (
                    "{company} - {title}",
                    "Following up on your application to {company}",
                    "Your application to {company}",
                ),
                INTERVIEW: ("Let's schedule a chat - {company}",),
                WITHDRAWN: ("{company} - {title}",),
            },
            ("Hi Alex,", "Hi Alex -", "Alex,"),
            ("Sent via Lever",),
            ("both", "text"),
            "ses",
            "hire.lever.co",
            "https://jobs.lever.co/{slug}",
        ),
        AtsStyle(
            "ashby",
            Brand("Ashby", "#5b4bdb", logo_text="{company}"),
            ("no-reply@ashbyhq.com",),
            ("{company} Recruiting", "{company}"),
            {
                APPLIED: ("Thanks for applying to {company}!", "We received your application for {title}"),
                REJECTED: ("Your application to {company}", "Update from {company}", "{title} at {company}"),
                INTERVIEW: (
                    "Schedule your interview with {company}",
                    "{company}: pick a time for your interview",
                ),
                WITHDRAWN: ("Your application to {company}",),
            },
            ("Hi Alex,", "Hey Alex,"),
            ("Sent with Ashby", "Unsubscribe from candidate emails"),
            ("both", "html"),
            "ses",
            "ashbyhq.com",
            "https://jobs.ashbyhq.com/{slug}",
        ),
        AtsStyle(
            "icims",
            Brand("iCIMS", "#00558c", logo_text="{company} Careers"),
            ("donotreply-{slug}@talent.icims.com", "{slug}-careers@icims.com"),
            ("{company} Careers", "{company} Talent Acquisition"),
            {
                APPLIED: (
                    "Thank you for applying to {company} - {title}",
                    "Application received: {title}",
                    "Thank you for your interest in {company}",
                ),
                REJECTED: (
                    "{company} - Status of your application for {title}",
                    "Regarding your application with {company}",
                ),
                WITHDRAWN: ("{company} - Position update: {title}",),
            },
            ("Dear Alex,", "Dear Alex Rivera,"),
            ("This email was sent by iCIMS on behalf of {company}", "Please do not reply to this message."),
            ("html", "both"),
            "generic",
            "talent.icims.com",
            "https://careers-{slug}.icims.com/jobs/candidate",
            charset="iso-8859-1",
            encodings=("quoted-printable",),
        ),
        AtsStyle(
            "smartrecruiters",
            Brand("SmartRecruiters", "#0077c8", logo_text="{company}"),
            ("jobs-noreply@smartrecruiters.com",),
            ("{company}", "{company} Hiring Team"),
            {
                APPLIED: (
                    "Thank you for your application at {company}",
                    "Your application for {title} at {company}",
                ),
                REJECTED: (
                    "Your application for {title} at {company}",
                    "An update on your application at {company}",
                ),
                WITHDRAWN: ("Your application for {title} at {company}",),
            },
            ("Hi Alex,", "Dear Alex,"),
            ("Powered by SmartRecruiters", "You received this email because you applied for a job."),
            ("html", "both"),
            "ses",
            "smartrecruiters.com",
            "https://jobs.smartrecruiters.com/{slug}",
        ),
        AtsStyle(
            "taleo",
            Brand("Taleo", "#c74634", logo_text="{company}"),
            ("{slug}@taleo.net", "no-reply.{slug}@fa.oraclecloud.com"),
            ("{company}", "{company} Recruitment"),
            {
                APPLIED: (
                    "{company} - Job Submission Confirmation - {title}",
                    "Thank You for Your Application",
                    "{company} \u2013 Application Confirmation",
                ),
                REJECTED: (
                    "{company} - Job Application Status",
                    "Your candidacy for {title}",
                    "{company} \u2013 Application Update",
                ),
                WITHDRAWN: ("{company} - Requisition Update",),
            },
            ("Dear Alex Rivera,", "Dear Alex,"),
            ("\u00a9 Oracle Taleo. This is an automated message \u2013 please don\u2019t reply.",),
            ("text", "text", "html"),
            "java",
            "taleo.net",
            "https://{slug}.taleo.net/careersection/jobdetail.ftl",
            charset="windows-1252",
            encodings=("quoted-printable", "base64", "8bit"),
        ),
        AtsStyle(
            "workable",
            Brand("Workable", "#1b9e8e", logo_text="{company}"),
            ("noreply@candidates.workablemail.com",),
            ("{company}",),
            {
                APPLIED: (
                    "Thanks for applying to {company}",
                    "Your application for the {title} job was submitted!",
                ),
                REJECTED: (
                    "Your application for the {title} job at {company}",
                    "Thank you for your interest in {company}",
                ),
                WITHDRAWN: ("Your application for the {title} job at {company}",),
            },
            ("Hi Alex,", "Dear Alex,"),
            ("Sent by Workable on behalf of {company}", "Privacy policy"),
            ("both", "html"),
            "sendgrid",
            "candidates.workablemail.com",
            "https://apply.workable.com/{slug}",
        ),
    )
}
