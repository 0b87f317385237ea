"""Employers writing from their own domains: careers inboxes, recruiters and hiring managers.

Recruiters write like people (plain text, a webmail client's HTML twin, signatures that spell the company
their own way); calendar invitations and offer letters carry the parts such mail really has.
"""

from __future__ import annotations

import random
import zlib
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from devstack.demo_mailbox import phrases
from devstack.demo_mailbox.model import (
    APPLIED,
    ASSESSMENT,
    INTERVIEW,
    OFFER,
    REJECTED,
    WITHDRAWN,
    Attachment,
    Draft,
    Role,
    Step,
    application_truth,
)
from devstack.demo_mailbox.people import Person, utc_offset_for, zone_for


def direct_email(rng: random.Random, role: Role, step: Step) -> Draft:
    """One email from the employer itself for this step of the application."""
    if step.status == APPLIED:
        return _careers_confirmation(rng, role, step)
    if step.variant == "calendar":
        return _calendar_invitation(rng, role, step)
    if step.variant == "empty":
        subject = (
            f"Interview confirmed: {role.title} \u2013 {role.employer.name} \u2013 {_slot(step.when, 3)}"
        )
        return _from_recruiter(rng, role, step, subject, "")
    text, subject, attachments, *scheduled = _WRITERS[step.status](rng, role, step)
    draft = _from_recruiter(rng, role, step, subject, text)
    draft.attachments = attachments
    draft.scheduled = scheduled[0] if scheduled else ()
    return draft


def _from_recruiter(rng: random.Random, role: Role, step: Step, subject: str, text: str) -> Draft:
    writer = role.hiring_manager if step.status == ASSESSMENT else role.recruiter
    titled = step.titled and (role.title in subject or role.title in text)
    signature = f"\n\n{writer.full}\n{_job_line(writer, step)} | {role.employer.spelled(rng, 0.5)}\n"
    return Draft(
        sender_name=writer.full,
        sender_address=writer.address,
        subject=subject,
        truth=application_truth(role, step.status, titled),
        text=text + signature if text else "",
        html_from_text=bool(text) and rng.random() < 0.7,
        category="CATEGORY_PERSONAL",
        important=step.status in (INTERVIEW, OFFER),
        encoding=rng.choice([None, "quoted-printable"]),
        msgid_style=rng.choice(["gmail", "outlook"]),
        msgid_domain=role.employer.domain,
        utc_offset_hours=utc_offset_for(role.location),
    )


def _job_line(writer: Person, step: Step) -> str:
    """The writer's job title: the same on every email they send."""
    titles = _MANAGER_TITLES if step.status == ASSESSMENT else _RECRUITER_TITLES
    return titles[zlib.crc32(writer.address.encode()) % len(titles)]


_MANAGER_TITLES = ("Engineering Manager, Data", "Head of Data Platform", "Director of Engineering")
_RECRUITER_TITLES = ("Senior Technical Recruiter", "Talent Acquisition Partner", "Recruiting Lead")


def _slot(when: datetime, days: int) -> str:
    return _weekday_after(when, days).strftime("%a %b %-d, 2pm")


def _weekday_after(when: datetime, days: int) -> datetime:
    """`days` after `when`, moved on to the Monday if that is a weekend day (nobody interviews then)."""
    day = when + timedelta(days=days)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _greet(rng: random.Random) -> str:
    return rng.choice(["Hi Alex,", "Hello Alex,", "Hi Alex -", "Alex,", "Good morning Alex,"])


Written = tuple  # (text, subject, attachments[, scheduled]): what a writer below returns


def _interview(rng: random.Random, role: Role, step: Step) -> Written:
    company = role.employer.spelled(rng)
    if step.reply:
        slot = _weekday_after(step.when, rng.randint(2, 5))
        day = slot.strftime("%A, %B %-d")
        text = rng.choice(
            [
                f"Perfect, you're confirmed for {day} at 2pm with {role.hiring_manager.full}. You'll get a "
                "calendar invite with the video link shortly.",
                f"Thanks for getting back to me! The team would like you back for the final round on {day}. "
                "It's four 45-minute conversations; I'll send the agenda separately.",
            ]
        )
        # "at 2pm" with no zone: the recruiter's own, the one their Date header is written in.
        own_zone = timezone(timedelta(hours=utc_offset_for(role.location)))
        confirmed = ((INTERVIEW, datetime.combine(slot.date(), time(14), own_zone)),) if "2pm" in text else ()
        return f"{_greet(rng)}\n\n{text}\n\nBest,", "", (), confirmed
    slot = _weekday_after(step.when, rng.randint(2, 6))
    abbreviation, zone = zone_for(role.location)
    when = slot.strftime("%A, %B %-d at %-I%p") + f" {abbreviation}"
    subject = rng.choice(
        [
            f"Interview invitation: {role.title} at {company}",
            f"Next steps with {company}",
            f"{company} - {role.title} - Interview",
            f"Quick chat about the {role.title} role?",
        ]
    )
    text = _greet(rng) + "\n\n" + "\n\n".join(phrases.interview_invitation(rng, company, role.title, when))
    if "link below" in text:
        text += f"\n\nhttps://calendly.com/{role.recruiter.first.lower()}-{role.employer.slug}/interview"
    stated = datetime.combine(slot.date(), time(slot.hour), ZoneInfo(zone))
    return text + "\n\nBest,", subject, (), ((INTERVIEW, stated),) if when in text else ()


def _assessment(rng: random.Random, role: Role, step: Step) -> Written:
    due = _weekday_after(step.when, 7)
    abbreviation, zone = zone_for(role.location)
    deadline = due.strftime("%A, %B %-d") + f" at 5:00 PM {abbreviation}"
    company = role.employer.spelled(rng)
    paragraphs = phrases.assessment(rng, company, role.title, "take-home", deadline)
    subject = rng.choice([f"Take-home exercise for the {role.title} role", f"{company}: technical exercise"])
    body = "\n\n".join(paragraphs) + "\n\nThe brief and a starter repository are in the link below:\n"
    return (
        f"{_greet(rng)}\n\n{body}https://{role.employer.domain}/hiring/exercise/{role.key}\n\nThanks,",
        subject,
        (),
        (("deadline", datetime.combine(due.date(), time(17), ZoneInfo(zone))),),
    )


def _offer(rng: random.Random, role: Role, step: Step) -> tuple[str, str, tuple[Attachment, ...]]:
    company = role.employer.spelled(rng)
    salary = f"${rng.randrange(128, 196, 4)},000"
    start = (step.when + timedelta(days=rng.randint(21, 35))).strftime("%B %-d, %Y")
    if step.variant == "letter":
        paragraphs = phrases.offer(rng, company, role.title, start, salary)
        subject = rng.choice(
            [f"Offer letter \u2013 {role.title} \u2013 {company}", f"Your offer from {company}"]
        )
        letter = Attachment("Offer_Letter_Alex_Rivera.pdf", "application/pdf", _pdf_blob(role, salary, start))
        return _greet(rng) + "\n\n" + "\n\n".join(paragraphs) + "\n\nWarmly,", subject, (letter,)
    text = (
        f"I'm thrilled to let you know that the team would like to extend you an offer for the {role.title} "
        f"role! I'd love to walk you through the details. Do you have 20 minutes tomorrow? The formal letter "
        f"will follow right after we speak."
    )
    return f"{_greet(rng)}\n\n{text}\n\nCongratulations,", f"Great news from {company}!", ()


def _rejection(rng: random.Random, role: Role, step: Step) -> tuple[str, str, tuple[Attachment, ...]]:
    company = role.employer.spelled(rng)
    title = role.title if step.titled else None
    paragraphs = phrases.rejection(rng, company, title, after_interview=step.reply)
    subject = f"Your application for {role.title}" if step.titled else f"Your application to {company}"
    return _greet(rng) + "\n\n" + "\n\n".join(paragraphs) + "\n\nAll the best,", subject, ()


def _withdrawal(rng: random.Random, role: Role, step: Step) -> tuple[str, str, tuple[Attachment, ...]]:
    company = role.employer.spelled(rng)
    if step.variant == "cancelled":
        paragraphs = phrases.requisition_closed(rng, company, role.title)
        return (
            _greet(rng) + "\n\n" + "\n\n".join(paragraphs) + "\n\nBest,",
            f"Update on the {role.title} role",
            (),
        )
    text = (
        f"Thanks for letting me know, and congratulations on your new role! I've withdrawn your application "
        f"for the {role.title} position on our side, so you won't receive any further emails about it."
    )
    return f"{_greet(rng)}\n\n{text}\n\nBest of luck,", f"Withdrawing my application - {role.title}", ()


_WRITERS = {
    INTERVIEW: _interview,
    ASSESSMENT: _assessment,
    OFFER: _offer,
    REJECTED: _rejection,
    WITHDRAWN: _withdrawal,
}


def _careers_confirmation(rng: random.Random, role: Role, step: Step) -> Draft:
    company = role.employer.spelled(rng)
    paragraphs = phrases.confirmation(rng, company, role.title)
    text = (
        "Dear Alex,\n\n" + "\n\n".join(paragraphs) + f"\n\nThe {company.removeprefix('The ')} People Team\n"
    )
    return Draft(
        sender_name=f"{company} Careers",
        sender_address=rng.choice(["careers", "jobs", "talent"]) + f"@{role.employer.domain}",
        subject=rng.choice([f"Application received \u2013 {role.title}", "We've received your application"]),
        truth=application_truth(role, APPLIED),
        text=text,
        encoding=rng.choice([None, "quoted-printable", "base64"]),
        msgid_domain=role.employer.domain,
        utc_offset_hours=utc_offset_for(role.location),
    )


def _calendar_invitation(rng: random.Random, role: Role, step: Step) -> Draft:
    """A Google-Calendar-style invitation with its text/calendar part."""
    start = _weekday_after(step.when, rng.randint(2, 6)).replace(hour=18, minute=0, second=0, microsecond=0)
    end = start + timedelta(minutes=45)
    title = f"Interview: Alex Rivera / {role.title} ({role.employer.name})"
    shown = start.strftime("%a %b %-d, %Y 2pm - 2:45pm (EDT)")
    recruiter = role.recruiter
    text = (
        f"Alex Rivera has been invited to the following event.\n\n{title}\n{start.strftime('%A %B %-d, %Y')} "
        f"\u22c5 2pm \u2013 2:45pm\nEastern Time - New York\n\nJoin with Google Meet\n"
        f"meet.google.com/{role.key[-3:]}x-intv-rw\n\nOrganizer\n{recruiter.address}\n\nGuests\n"
        f"{recruiter.address} - organizer\n{role.hiring_manager.address}\nalex.rivera@example.com\n\n"
        "Reply for alex.rivera@example.com\nYes | No | Maybe | More options\n\n"
        "Invitation from Google Calendar\n"
    )
    stamp = "%Y%m%dT%H%M%SZ"
    ics = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\nDTSTART:{start.strftime(stamp)}\r\nDTEND:{end.strftime(stamp)}\r\n"
        f"DTSTAMP:{step.when.strftime(stamp)}\r\nORGANIZER;CN={recruiter.full}:mailto:{recruiter.address}\r\n"
        f"UID:{role.key}-{start.strftime('%Y%m%d')}@google.com\r\n"
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Alex Rivera:"
        f"mailto:alex.rivera@example.com\r\nSUMMARY:{title}\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return Draft(
        sender_name=recruiter.full,
        sender_address=recruiter.address,
        subject=f"Invitation: {title} @ {shown} (alex.rivera@example.com)",
        truth=application_truth(role, INTERVIEW),
        text=text,
        html_from_text=True,
        important=True,
        category="CATEGORY_PERSONAL",
        calendar=ics,
        scheduled=((INTERVIEW, start),),
        msgid_style="calendar",
        msgid_domain="google.com",
        utc_offset_hours=0,
    )


def _pdf_blob(role: Role, salary: str, start: str) -> bytes:
    """A small file that looks like a one-page PDF offer letter."""
    content = f"BT /F1 12 Tf 72 720 Td (Offer of Employment - {role.title} - {salary} - start {start}) Tj ET"
    body = (
        "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n"
        f"4 0 obj\n<< /Length {len(content)} >>\nstream\n{content}\nendstream\nendobj\n"
        "trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    return body.encode("latin-1", "replace")
