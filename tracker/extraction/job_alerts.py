"""Whether an email's evidence reads as a job alert: alert language before any application news.

Job boards append "similar jobs" to application mail and quote "apply"/"interview" in alerts, so an
alert is told by its subject, its sender and alert language that comes before the application's news.
"""

from __future__ import annotations

from tracker.extraction.kind_evidence import Evidence


def is_alert(evidence: Evidence) -> bool:
    if evidence.subject_news:
        return False
    # A recruiter writing about "new opportunities" is outreach unless the body reads like a digest (a
    # headhunter's own words outnumbering its "we are hiring" too); a webinar about "your dream job" is
    # marketing unless the body lists jobs.
    if (
        evidence.outreach_hits >= 2
        and (evidence.alert_hits < 2 or evidence.outreach_hits > evidence.alert_hits)
        and not evidence.alert_sender
    ):
        return False
    if evidence.marketing and evidence.alert_hits == 0:
        return False
    if evidence.subject_alert and not evidence.subject_application:
        return True
    # "Thanks for your interest in Acme - jobs you may like" over a listing: a pleasantry, then jobs.
    if (
        evidence.subject_alert
        and evidence.alert_hits
        and evidence.confirmation_at is None
        and evidence.news_at is None
        and evidence.process_at is None
    ):
        return True
    if evidence.alert_at is None:
        # An alert sender with nothing else to go on: a job alert only if the mail is about jobs, and names
        # no application of the reader's in subject and body ("Ferrari Logistica ha visualizzato la tua
        # candidatura" from "alert@indeed.com", its similar jobs in words no alert phrase holds).
        return (
            evidence.alert_sender
            and evidence.anchor_at is None
            and evidence.job_context
            and not (evidence.subject_application and evidence.references)
        )
    anchor = evidence.anchor_at
    alert_first = anchor is None or evidence.alert_at < anchor
    if (
        evidence.subject_application
        and evidence.reference_at is not None
        and evidence.reference_at < evidence.alert_at
    ):
        # "Halden Bank has viewed your application" over "Your application for Relationship Manager was
        # viewed ...", then "Similar jobs": the reader's application is named, in subject and body, before
        # the listing a board appends, from its alert mailbox too ("alert@indeed.com").
        return False
    if evidence.alert_sender and alert_first:
        return True
    if evidence.subject_application and anchor is not None:
        return False
    return alert_first and evidence.alert_hits >= 2
