"""The kind of mail the kind rules (kind_rules.py) read no news in: mail with no body, whose subject and
sender decide, and mail no pattern reads, whose job words say how sure its "other" is.
"""

from __future__ import annotations

import re

from tracker.extraction import phrases
from tracker.extraction.headhunter_approaches import HEADHUNTER_APPROACH, approaches_the_reader
from tracker.extraction.kind_evidence import Evidence
from tracker.extraction.kind_reading import (
    APPLICATION_SUBJECT,
    JOB_WORDS_ONLY,
    NO_JOB_LANGUAGE,
    NOT_AN_APPLICATION,
    PORTAL_MAIL,
    UNMEASURED,
    KindReading,
)
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.status_sentences import hedges
from tracker.extraction.text import PreparedEmail
from tracker.models import Kind

_JOB_VOCABULARY = re.compile(
    r"\b(?:jobs?|careers?|hiring|recruit\w*|resume|cv|interview\w*|position|application|applying|applied|"
    r"candidat\w*|employment|vacanc\w+|bewerbung|stelle)\b"
)
# The languages no dev source holds: mail with their job words (the JOB_WORDS of their phrase tables, the
# kind guard's job context too) that no pattern reads is an unmeasured reading, not the 36/36 of English
# and German. Their JOB_WORDS_ENGLISH_TOO ("cargo", "annuncio") stay out: English mail uses them too.
_UNMEASURED_LANGUAGES = ("fr", "es", "nl", "pt", "it")
_UNMEASURED_JOB_VOCABULARY = phrases.compile_fragments(
    # A whole word: "vaga" is no "vagabond" here.
    [
        rf"{fragment}\b"
        for code in _UNMEASURED_LANGUAGES
        for fragment in phrases.LANGUAGES[code].fragments("JOB_WORDS")
    ]
)
# What an employer hires for; a gig marketplace's "job" is a client's task.
A_POST = re.compile(r"\b(?:role|position|vacancy|post of|poste|stelle|puesto|vacature|posizione|vaga)\b")


def kind_from_subject(email: PreparedEmail, evidence: Evidence) -> KindReading:
    """The kind of mail with no body: its subject and sender decide."""
    if evidence.names_no_job and not evidence.job_context:
        # "Thank You for Applying to <City> College of Continuing Education": a place to study.
        return KindReading(Kind.OTHER, UNMEASURED, "an application subject naming no job, no body")
    if evidence.reader_hires or (evidence.no_hiring_process and not A_POST.search(email.subject_lower)):
        # "Your referral has moved to the interview stage", "Your proposal was declined" (not "Your
        # application for the Work Coach vacancy").
        return KindReading(Kind.OTHER, UNMEASURED, "no process of the reader's, no body")
    if evidence.subject_alert and not evidence.subject_news:
        return KindReading(Kind.JOB_ALERT, NOT_AN_APPLICATION, "alert subject, no body")
    if evidence.survey and not evidence.subject_confirms:
        return KindReading(Kind.OTHER, NOT_AN_APPLICATION, "survey subject, no body")
    if (
        phrases.SUBJECT_OUTREACH.search(email.subject_lower)
        and looks_like_person_name(email.sender.name)
        and not evidence.subject_confirms
    ):
        return KindReading(Kind.RECRUITER_OUTREACH, NOT_AN_APPLICATION, "a person proposing a role, no body")
    hedged_subject = hedges(email.subject_lower, email.subject_lower)
    if (evidence.marketing or hedged_subject) and not evidence.subject_confirms:
        return KindReading(
            Kind.OTHER, NOT_AN_APPLICATION, "marketing subject, no body"
        )  # "... could be worth $80K"
    if evidence.subject_news or evidence.subject_application:
        if evidence.reminder and not evidence.subject_news:
            return KindReading(Kind.OTHER, PORTAL_MAIL, "unsubmitted application, no body")
        return KindReading(Kind.APPLICATION, APPLICATION_SUBJECT, "application subject, no body")
    if evidence.account or evidence.reminder or evidence.survey:
        return KindReading(Kind.OTHER, PORTAL_MAIL, "portal mail, no body")
    return kind_of_unread_mail(email)


def kind_of_unread_mail(email: PreparedEmail) -> KindReading:
    """The kind of mail no pattern reads: "other", as sure as its job words let it be; a head hunter's
    approach told in wording no outreach phrase lists is outreach (headhunter_approaches.py)."""
    if approaches_the_reader(email):
        return KindReading(Kind.RECRUITER_OUTREACH, UNMEASURED, HEADHUNTER_APPROACH)
    if _JOB_VOCABULARY.search(email.head_lower):
        return KindReading(Kind.OTHER, JOB_WORDS_ONLY, "job words but no pattern")
    if _UNMEASURED_JOB_VOCABULARY.search(email.head_lower):
        return KindReading(Kind.OTHER, UNMEASURED, "job words in a language no dev source holds, no pattern")
    return KindReading(Kind.OTHER, NO_JOB_LANGUAGE, "no job-search language")
