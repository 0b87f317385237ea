"""News or a step no application of the reader's is behind, read before an application's news.

Work-finding mail, an offer nobody applied for, a saved job's closing, a mailer or an event open to all,
a step a profile promises, a newsletter to past applicants, an interview that is no hiring step: each
states news or a step, and the kind rules (kind_rules.py) read it as no application of the reader's.
"""

from __future__ import annotations

import re

from tracker.extraction.jobseekers_at_large import greets_jobseekers_at_large
from tracker.extraction.kind_evidence import Evidence
from tracker.extraction.kind_reading import UNMEASURED, KindReading
from tracker.extraction.kind_without_news import A_POST
from tracker.extraction.news_lookalikes import (
    a_step_offered_at_large,
    about_a_saved_job,
    looks_like_news,
    to_past_applicants,
)
from tracker.extraction.open_events import applications_yet_to_open, offers_an_event
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.text import PreparedEmail
from tracker.models import Kind, Status


def kind_of_news_without_application(
    email: PreparedEmail, status: StatusReading, evidence: Evidence, has_news: bool
) -> KindReading | None:
    """The kind of mail whose news or step no application of the reader's is behind; None for any other."""
    if evidence.no_hiring_process and not (
        has_news and A_POST.search(email.body_lower or email.subject_lower)
    ):
        # "The client has declined your proposal", "an appointment with your work coach", "your CV was
        # downloaded by 3 employers": a marketplace's or an office's news, no employer's hiring step. (News
        # of a role or a position is an employer's: "thank you for applying for the Work Coach role".)
        return KindReading(Kind.OTHER, UNMEASURED, "work-finding mail no employer's process is behind")
    if (
        # (Its "sin entrevista" may read as an interview.)
        status.status in (Status.OFFER, Status.INTERVIEW)
        and evidence.references == 0
        and evidence.confirmation_at is None
        and _UNSOLICITED_OFFER.search(email.body_lower)
    ):
        # "You have been selected for a remote Data Entry Clerk position. No interview required. Reply
        # with your phone number to accept": a scam's offer, no process of the reader's behind it.
        return KindReading(Kind.OTHER, UNMEASURED, "an offer no application or step is behind")
    if (
        evidence.news_at is not None
        and evidence.references == 0
        and evidence.confirmation_at is None
        and not evidence.subject_application
        and about_a_saved_job(email)
    ):
        # "The Warehouse Associate job that you saved is no longer accepting applications": a job saved,
        # never applied to; its closing is nobody's rejection (its subject may say so too).
        return KindReading(Kind.OTHER, UNMEASURED, "a saved job's news, no application")
    if evidence.news_at is None and evidence.confirmation_at is None and greets_jobseekers_at_large(email):
        # "Dear Jobseeker, walk-in drive this Thursday: bring your CV": a mailer to all on a board's or an
        # employment service's list, its day and interview offered to everyone.
        return KindReading(Kind.JOB_ALERT, UNMEASURED, "a mailer to job seekers at large")
    if (
        evidence.news_at is None
        and evidence.confirmation_at is None
        and not (evidence.subject_news or evidence.subject_application)
        and applications_yet_to_open(email)
    ):
        # "Join our insight evening ... our graduate programme applications open in March": an invitation
        # to those yet to apply, whose "thanks for your interest" and case exercise are nobody's step.
        return KindReading(Kind.OTHER, UNMEASURED, "an invitation before applications open")
    if (
        status.status in (Status.INTERVIEW, Status.ASSESSMENT)
        and not _a_later_round(email)
        and evidence.process_at is not None
        and evidence.news_at is None
        and evidence.confirmation_at is None
        and evidence.references == 0
        # A webinar's subject names the process it explains ("zo verloopt onze sollicitatieprocedure").
        and (not evidence.subject_application or evidence.marketing)
        # A course sold with a free webinar is read below, as measured.
        and not (evidence.selling and evidence.marketing_hits >= 2)
        and offers_an_event(email)
    ):
        # "Recruiting Day a Bergamo: prenota il tuo colloquio", an open day's "sostenere un primo colloquio
        # conoscitivo", a webinar on "hoe het eerste gesprek en het assessment verlopen": an event's steps
        # are open to all, or its topic; one that names no event word stands open over hours, to nobody
        # by name ("Ciao, giovedì saremo al Politecnico dalle 10 alle 16: passa a trovarci"). (An
        # applicant's invitation to one names the application.)
        return KindReading(Kind.OTHER, UNMEASURED, "steps at an event open to all")
    if (
        evidence.process_at is not None
        and evidence.news_at is None
        and evidence.confirmation_at is None
        and evidence.references == 0
        and not evidence.subject_application
        # A webinar's "zo overtuig je in een sollicitatiegesprek" states a step in its subject too.
        and (not evidence.subject_news or (evidence.marketing and not evidence.subject_confirms))
        and a_step_offered_at_large(email, evidence.process_at)
    ):
        # "Complete your profile: recruiters can then invite you to an interview": a profile's promise to
        # a subscriber, no employer's step (an employer names the application the step follows).
        return KindReading(Kind.OTHER, UNMEASURED, "a step offered at large, no application")
    if evidence.news_at is None and evidence.process_at is None and (has_news or evidence.references):
        past_applicants_at = to_past_applicants(email)
        first_confirmation = evidence.confirmation_at
        if (
            past_applicants_at is not None
            and first_confirmation is not None
            and past_applicants_at <= first_confirmation
            and not (evidence.subject_news or evidence.subject_application)
        ):
            # "You're receiving this because you applied to Halcrow in the past": a newsletter's reason,
            # whose "you applied" is the first confirmation it has. (Under "Your application for Supply
            # Planner - Not Selected" it is a portal's footer: the subject is the news.)
            return KindReading(Kind.OTHER, UNMEASURED, "mail to those who applied in the past")
        confirms = evidence.confirmation_at is not None or evidence.subject_confirms
        lookalike = looks_like_news(email, confirms)
        if lookalike is not None:
            return KindReading(Kind.OTHER, UNMEASURED, lookalike)
    if (
        evidence.not_hiring_interview
        and evidence.confirmation_at is None
        and evidence.news_at is None
        and evidence.references == 0
        and status.status in (None, Status.INTERVIEW, Status.ASSESSMENT)
    ):
        # A journalist's, a podcast's or an admissions office's interview, or a panel the reader sits on.
        return KindReading(Kind.OTHER, UNMEASURED, "an interview, but not a hiring step of the reader's")
    return None


# A round after the first: "convier à un second entretien" after a job dating is the reader's own step.
_LATER_ROUND = re.compile(
    r"\b(?:second|2nd|third|final|next|follow-up|deuxième|2e|dernier|zweite[sn]?|finale[sn]?|segund[oa]|tweede|"
    r"vervolg|secondo|seconda)\b"
)


def _a_later_round(email: PreparedEmail) -> bool:
    """True when the mail's first interview phrase names a round after the first."""
    interviews = email.body_hits.get("INTERVIEW") or email.subject_hits.get("INTERVIEW")
    if not interviews:
        return False
    return bool(_LATER_ROUND.search(interviews[0].group(0)))


# What only an offer nobody applied for says: hired unseen, a kit or a cheque sent, details asked by reply.
_UNSOLICITED_OFFER = re.compile(
    r"\bno (?:job )?interview (?:is )?(?:required|needed|necessary)\b|\bstarter kit\b|"
    r"\b(?:reply|respond|text|whatsapp)(?: back| us)? with your (?:full name|phone|cell|mobile|home address|"
    r"bank|date of birth)|\b(?:send|mail) you a (?:check|cheque)\b|"
    r"\b(?:ohne|kein) vorstellungsgespräch\b|\bsans entretien\b|\bsin entrevista\b|"
    r"\b(?:zonder|geen) sollicitatiegesprek\b|\bsem entrevista\b|\bsenza colloquio\b"
)
