"""What an email is: an application, a job alert, recruiter outreach, or anything else.

An application is mail about a process the recipient is in: its news (received, rejected, invited...)
comes first. Job boards append "similar jobs" to application mail and quote "apply"/"interview" in
alerts, so an alert is recognised by its subject, sender and by alert language that comes before
any application news (job_alerts.py). A started-but-unsubmitted application, a portal account or a survey
is "other", and so is news or a step no application of the reader's is behind (news_without_application.py);
what is left is an application's mail, a recruiter's outreach or an alert (application_or_outreach.py).
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.answered_applications import answers_the_readers_cv
from tracker.extraction.applicant_voice import tells_their_own_step, written_by_the_applicant
from tracker.extraction.application_or_outreach import kind_of_application_or_outreach
from tracker.extraction.board_sentences import relayed_employers
from tracker.extraction.family_mail import from_family
from tracker.extraction.friends_asking import a_friend_asks_after_the_step
from tracker.extraction.hand_sent_steps import writes_the_reader_a_step
from tracker.extraction.job_alerts import is_alert
from tracker.extraction.kind_evidence import Evidence, gather
from tracker.extraction.kind_reading import NOT_AN_APPLICATION, PORTAL_MAIL, UNMEASURED, KindReading
from tracker.extraction.kind_without_news import kind_from_subject
from tracker.extraction.news_without_application import kind_of_news_without_application
from tracker.extraction.phrases import roles
from tracker.extraction.referee_requests import asks_about_someone_else
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.text import PreparedEmail
from tracker.extraction.third_parties import acts_for_a_named_organisation
from tracker.models import Kind, Status

ABOUT_SOMEONE_ELSE = "the reader asked as someone else's referee"
# A mail server's answer to the reader's own mail: "Automatic reply: Application for Test Engineer" quotes
# the reader's subject above an out-of-office note (Outlook's, Gmail's, and their translations).
_AUTOMATIC_REPLY = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|abwesenheitsnotiz|"
    r"automatische antwort|réponse automatique|absence du bureau|risposta automatica|respuesta automática|"
    r"automatisch antwoord|resposta automática)\s*:",
    re.I,
)


def _a_test_set_for_a_named_organisation(email: PreparedEmail, status: StatusReading) -> bool:
    """Whether the mail sets the reader a test (its status) acting for an organisation it names."""
    return status.status is Status.ASSESSMENT and acts_for_a_named_organisation(email)


def _no_news_but_a_receipt(evidence: Evidence) -> bool:
    """Whether the only news the mail states is a receipt, in its body."""
    return evidence.news_at is None and not evidence.subject_news


def read_kind(email: PreparedEmail, status: StatusReading) -> KindReading:
    """Decide the kind of `email`, given the status its body states."""
    evidence = gather(email, status)
    if email.body_was_empty:
        return kind_from_subject(email, evidence)
    body_news = evidence.confirmation_at is not None or evidence.news_at is not None
    if not body_news and _AUTOMATIC_REPLY.match(email.subject):
        # Its subject is the reader's own, its body an absence: no news of any application. (An
        # employer's mailbox acknowledging a CV sent to it says so: "we have received your application".)
        return KindReading(Kind.OTHER, UNMEASURED, "an automatic reply to the reader's own mail")
    if from_family(email.sender):
        # "Dad told me you've got the interview with Aviva": the family's news of the reader's step, no
        # employer's process behind the mail.
        return KindReading(Kind.OTHER, UNMEASURED, "personal mail from the reader's family")
    if a_friend_asks_after_the_step(email):
        # "Und, wie lief das Vorstellungsgespräch?": a friend asks how the reader's step went; no one in the
        # process asks that (friends_asking.py).
        return KindReading(Kind.OTHER, UNMEASURED, "a friend asking after the reader's interview")
    if asks_about_someone_else(email):
        # "Jordan Pike has applied for the Office Administrator post and listed you as a reference ...
        # shortlisted, interviews on 3 June": another candidate's steps, told to the reader as their referee.
        return KindReading(Kind.OTHER, UNMEASURED, ABOUT_SOMEONE_ELSE)
    if written_by_the_applicant(email, evidence):
        # The reader's own application or answer, sent from their own mailbox: "Please find attached my CV",
        # "Merci pour votre message, je suis disponible jeudi". Its "interview" is one the reader hopes for
        # or agrees to; the employer's own mail records the step. (An employer's "Thanks, received." above
        # the reader's quoted words is read from the employer's mailbox: carried_mail.py.)
        return KindReading(Kind.OTHER, UNMEASURED, "the reader's own mail to an employer")
    if tells_their_own_step(email, evidence):
        # "Je serai présente jeudi à 10h pour l'entretien", signed by the sender from their own mailbox.
        return KindReading(Kind.OTHER, UNMEASURED, "the reader telling an employer their own step")
    has_news = body_news or evidence.subject_news
    if evidence.account_first and not has_news:
        return KindReading(Kind.OTHER, PORTAL_MAIL, "portal account")
    if (
        evidence.account_first
        and not evidence.subject_news
        and evidence.news_at is None
        and evidence.process_at is None
        and evidence.references == 0
        and not evidence.subject_application
        and not _FOR_A_POST.match(email.body_lower, evidence.confirmation_at or 0)
    ):
        # "Bedankt voor je inschrijving. We hebben je cv ontvangen": an agency's registration receives a
        # CV, for no role (an application names itself: "your application for Nurse Practitioner", "your
        # CV for the Finance Manager role").
        return KindReading(Kind.OTHER, UNMEASURED, "a registration that received a CV, no application")
    if (
        evidence.reminder_first
        and (not has_news or (evidence.reminder_before_receipt and _no_news_but_a_receipt(evidence)))
        and evidence.process_at is None
    ):
        # "You started applying for X but didn't finish ... Other jobs you might like": the unfinished
        # application is the mail's matter (no application: datasets/README.md), its listing an aside; a
        # "thanks for your interest" after the reminder is its courtesy, no receipt.
        return KindReading(Kind.OTHER, PORTAL_MAIL, "unsubmitted application")
    if _an_unsent_application_first(email, evidence):
        # "You started applying for X but your application has not been sent. Answer the screening
        # questionnaire ... the vacancy closes on Friday": the questions, the questionnaire and the posting's
        # close are the unsent form's, no employer's step (datasets/README.md: no application).
        return KindReading(Kind.OTHER, PORTAL_MAIL, "unsubmitted application, its form's steps after it")
    if is_alert(evidence):
        return KindReading(Kind.JOB_ALERT, NOT_AN_APPLICATION, "alert language before any application news")
    if (
        platforms.is_job_board(email.sender)
        and (evidence.marketing or evidence.alert_hits)
        and not (
            evidence.references
            or evidence.confirmation_at is not None
            or evidence.subject_confirms
            or (evidence.subject_application and evidence.news_at is not None)
            # A marketplace relaying the employer's step in a sentence the employer opens ("X has closed
            # your interview process") above its matching jobs.
            or (evidence.news_at is not None and bool(relayed_employers(email)))
        )
    ):
        # A job board's newsletter quotes "interview details" and "offers"; mail about one's own
        # application names it, in its body or, relaying the employer's decision, in its subject
        # ("Votre candidature au poste de X chez Y" above the employer's "nous avons décidé de poursuivre
        # avec d'autres candidats" and the board's similar jobs).
        if evidence.alert_hits >= 2:
            return KindReading(Kind.JOB_ALERT, NOT_AN_APPLICATION, "job board listing, no application named")
        return KindReading(Kind.OTHER, NOT_AN_APPLICATION, "job board newsletter, no application named")
    if (
        evidence.advice_hits
        and (evidence.advice_hits >= 2 or (evidence.marketing and not evidence.subject_application))
        # (A career fair's "como se destacar no processo seletivo" names a process, and nobody's news.)
        and (has_news or evidence.process_at is not None or evidence.references)
        # A webinar's "cómo destacar en un proceso de selección" names a process, but nobody's.
        and (evidence.references == 0 or (evidence.marketing and evidence.advice_hits >= 2))
        and evidence.confirmation_at is None
    ):
        # A coach's newsletter on "what to do after a rejection", business news of rescinded offers: they
        # quote rejections and offers (their subjects too: "Absage erhalten?") to readers at large. The
        # reader's own news names their application in its body or subject ("Ihre Bewerbung bei X" over
        # "wir haben uns für andere Bewerberinnen und Bewerber entschieden" and a job newsletter's advert).
        return KindReading(Kind.OTHER, UNMEASURED, "advice or news to job seekers at large")
    if evidence.job_tip and evidence.confirmation_at is None:
        # A friend's "ho visto un'offerta di lavoro in Ferrero, ti ci vedo!", the reader's own "did you
        # apply?": a job and even "ta candidature" named, but no hiring step of anyone's.
        return KindReading(Kind.OTHER, UNMEASURED, "someone pointing the reader to a job")
    if evidence.reader_hires and not (evidence.subject_confirms and not evidence.marketing):
        # The reader interviews, screens, refers or rejects candidates, or is sold tools to: their news
        # is not the reader's own ("Faster background checks for your hiring team" is an advert).
        return KindReading(Kind.OTHER, UNMEASURED, "written to the one hiring")
    reading = kind_of_news_without_application(email, status, evidence, has_news)
    if reading is not None:
        return reading
    if (
        evidence.selling
        and evidence.marketing_hits >= 2
        and evidence.references == 0
        and evidence.confirmation_at is None
        and not evidence.subject_confirms
        and status.status in (None, Status.INTERVIEW, Status.ASSESSMENT)
    ):
        # "Preparing for a technical interview? 30% off our course": selling interview preparation.
        return KindReading(Kind.OTHER, NOT_AN_APPLICATION, "a course or coaching sold around interviews")
    if evidence.marketing and not (body_news or evidence.subject_confirms) and evidence.process_at is None:
        # Newsletters and courses talk about interviews and offers; only an application's news counts.
        return KindReading(Kind.OTHER, NOT_AN_APPLICATION, "newsletter or marketing")
    if (
        (has_news or evidence.process_at is not None or evidence.references or evidence.names_no_job)
        and not (evidence.job_context or evidence.outreach_hits)
        # A person setting the reader a step by hand names no job: the thread or the talk before it did
        # (hand_sent_steps.py).
        and (evidence.names_no_job or not writes_the_reader_a_step(email, status))
        # A person answering the CV the reader sent them names no job either (answered_applications.py).
        and (evidence.names_no_job or not answers_the_readers_cv(email))
        # Nor does a test platform setting a test for the organisation it names ("per conto di X ti
        # invitiamo a completare un test online": third_parties.py).
        and (evidence.names_no_job or not _a_test_set_for_a_named_organisation(email, status))
    ):
        # (A recruiter's own words say job: "I'm a headhunter ... could we schedule a call?")
        # Credit cards, apartments, admissions, visas: applications, but not for a job.
        return KindReading(Kind.OTHER, UNMEASURED, "an application, but nothing says it is for a job")
    # "How was your interview with Acme?": a survey names the step it asks about. Under a survey's subject
    # ("Hoe heb jij onze sollicitatieprocedure ervaren?") the body's "you applied" is the step asked about.
    surveyed = evidence.survey_first and (
        not body_news
        or (bool(email.subject_hits.get("SURVEY")) and evidence.news_at is None)
        or _a_survey_of_a_past_application(email, evidence)
    )
    if surveyed:
        return KindReading(Kind.OTHER, NOT_AN_APPLICATION, "survey about a past step")
    # An update subject that states nothing is a guess; a body that reads as portal mail outweighs it.
    stated_news = body_news or (evidence.subject_news and status.stated)
    if not stated_news and evidence.process_at is None:
        portal_mail = (
            (evidence.reminder, "unsubmitted application"),
            (evidence.account, "portal account"),
            (evidence.survey, "survey"),
            (evidence.marketing, "marketing"),
        )
        for flag, reason in portal_mail:
            if flag:
                return KindReading(Kind.OTHER, PORTAL_MAIL, reason)
    if (
        evidence.account
        and evidence.outreach_at is not None
        and (evidence.news_at is None or evidence.outreach_at < evidence.news_at)
        and evidence.references == 0
        and evidence.confirmation_at is None
        and not (evidence.subject_application or evidence.subject_news)
    ):
        # "We noticed you follow us ... no opening matches your profile right now. Join our talent
        # community": a stranger asked to join a pool; no application of the reader's to turn down.
        return KindReading(Kind.OTHER, UNMEASURED, "an invitation to join a talent pool")
    return kind_of_application_or_outreach(email, evidence, has_news)


# A post named right after what was received: "your CV for the Finance Manager role", "als Lagerist".
_FOR_A_POST = re.compile(
    r"[^.\n]{0,80}?\b(?:for|für|pour|para|voor|per|als|como|come|as|au poste|al puesto) (?:[\w'-]+ ){0,4}?"
    r"(?:role|position|vacancy|post|job|stelle|poste|puesto|vacature|functie|posizione|vaga|"
    rf"{roles.PERSON_ROLES[2:]})"
)


# A reminder's own words telling the application unsent: begun ("you started applying", "empezaste a
# postularte", "Sie haben begonnen, aber noch nicht abgeschickt"), or named as not sent, incomplete or a draft
# ("your application has not been submitted"). A bare "complete your application" is also an employer's
# request for a further step, and a bare "you haven't completed" may be a test's.
_APPLICATION_BEGUN = re.compile(
    r"start|began|begun|empez|comenz|inici|inizi|começ|commenc|début|begonnen|angefangen"
)
_APPLICATION_WORD = re.compile(r"appl|candida|postul|inscri|bewerb|sollicit|solicit|domanda")
_NOT_SENT = re.compile(
    r"\bnot\b|n't|\bno\b|não|nicht|\bpas\b|\bnon\b|\bniet\b|incomplet|unvollständig|onvolledig|"
    r"draft|entwurf|rascunho|borrador|bozza|a meio|half"
)


def _tells_the_application_unsent(phrase: str) -> bool:
    return bool(_APPLICATION_BEGUN.search(phrase)) or bool(
        _APPLICATION_WORD.search(phrase) and _NOT_SENT.search(phrase)
    )


def _an_unsent_application_first(email: PreparedEmail, evidence: Evidence) -> bool:
    """Whether the mail opens on the reader's application being unsent, before any receipt, news or step its
    body states, with no news in its subject: what follows is what is left to fill in before sending."""
    if evidence.subject_news or not evidence.reminder:
        return False
    reminders = [m for m in email.body_hits.get("REMINDER", ()) if _tells_the_application_unsent(m.group(0))]
    if not reminders:
        return False
    statements = [
        at for at in (evidence.confirmation_at, evidence.news_at, evidence.process_at) if at is not None
    ]
    return not statements or reminders[0].start() < min(statements)


# What a receipt says was done with the application: received, registered, thanked for. A survey says only
# that the reader applied ("you recently applied for a role with X", "je hebt onlangs gesolliciteerd bij X").
_RECEIVED = re.compile(
    r"receiv|recib|receb|reçu|ricev|ontvang|erhalten|eingegangen|registr|regist|enregistr|submitted|"
    r"enviad|envoy|inviat|verstuurd|übermittelt|"
    # A thanks for it is its receipt too: "thanks for your application", "merci pour votre candidature".
    r"thank|gracias|obrigad|merci|dank|grazie|agradec"
)


def _a_survey_of_a_past_application(email: PreparedEmail, evidence: Evidence) -> bool:
    """Whether the mail's only news is that the reader applied, told by a survey: no news, step or news in
    its subject, and no receipt stating the application received (a receipt inviting to a survey stays the
    receipt)."""
    if evidence.news_at is not None or evidence.process_at is not None or evidence.subject_news:
        return False
    return not any(_RECEIVED.search(found.group(0)) for found in email.body_hits.get("CONFIRMATION", ()))
