"""What an email is: an application, a job alert, recruiter outreach, or anything else.

An application is mail about a process the recipient is in: its news (received, rejected, invited...)
comes first. Job boards append "similar jobs" to application mail and quote "apply"/"interview" in
alerts, so an alert is recognised by its subject, sender and by alert language that comes before
any application news. A started-but-unsubmitted application, a portal account or a survey is "other".
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.answered_applications import answers_the_readers_cv
from tracker.extraction.applicant_voice import tells_their_own_step, written_by_the_applicant
from tracker.extraction.board_sentences import relayed_employers
from tracker.extraction.family_mail import from_family
from tracker.extraction.hand_sent_steps import writes_the_reader_a_step
from tracker.extraction.jobseekers_at_large import greets_jobseekers_at_large
from tracker.extraction.kind_evidence import Evidence, gather, recruits_for_a_client
from tracker.extraction.kind_reading import (
    APPLICATION_MENTION,
    APPLICATION_NEWS,
    APPLICATION_STEP,
    NOT_AN_APPLICATION,
    PORTAL_MAIL,
    UNMEASURED,
    KindReading,
)
from tracker.extraction.kind_without_news import A_POST, kind_from_subject, kind_of_unread_mail
from tracker.extraction.news_lookalikes import (
    a_step_offered_at_large,
    about_a_saved_job,
    looks_like_news,
    to_past_applicants,
)
from tracker.extraction.open_events import applications_yet_to_open, offers_an_event
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases import roles
from tracker.extraction.referee_requests import asks_about_someone_else
from tracker.extraction.relayed_interviews import confirms_a_clients_interview, relays_a_clients_wish
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
    if _is_alert(evidence):
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
        not body_news or (bool(email.subject_hits.get("SURVEY")) and evidence.news_at is None)
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
    if has_news:
        return KindReading(Kind.APPLICATION, APPLICATION_NEWS, "application news")
    if evidence.process_at is not None:
        if (
            evidence.outreach_hits >= 2
            and evidence.references == 0
            # "Votre candidature - X" over "votre parcours a retenu notre attention ... vous rencontrer":
            # the subject names the reader's application, which a cold contact never has.
            and not email.subject_hits.get("APPLICATION_REFERENCE")
            and not confirms_a_clients_interview(email, evidence)
        ):
            return KindReading(Kind.RECRUITER_OUTREACH, NOT_AN_APPLICATION, "cold contact proposing a call")
        if (
            evidence.outreach_hits == 1
            and evidence.outreach_at is not None
            and evidence.outreach_at < evidence.process_at
            and evidence.asks_for_a_call
            and evidence.references == 0
            and evidence.confirmation_at is None
            and not (evidence.subject_application or evidence.subject_news)
        ):
            # "I came across your background ... Do you have time for a call?": the recruiter introduces
            # a role first, then asks for a call (not "invites you to an interview"); no application of
            # the reader's is named.
            return KindReading(Kind.RECRUITER_OUTREACH, UNMEASURED, "a cold introduction, then a call")
        if (
            evidence.cold_contact
            and looks_like_person_name(email.sender.name)
            and not _HIRING_TEAM.search(f"{email.sender.local} {email.sender.name.lower()}")
            and evidence.outreach_at is not None
            and evidence.outreach_at < evidence.process_at
            and evidence.references == 0
            and evidence.confirmation_at is None
            and not (evidence.subject_application or evidence.subject_news)
        ):
            # "Estou a recrutar ... o seu perfil chamou-me a atenção. Teria disponibilidade para uma breve
            # entrevista?": a person who found the reader before proposing a step; no application is named.
            # "I lead recruiting at Quillstack and we'd love to interview you" introduces the writer first.
            # (A hiring team's "Votre profil a retenu notre attention ... un entretien", from "Recrutement
            # Ondine <recrutement@...>", may answer one.)
            return KindReading(Kind.RECRUITER_OUTREACH, UNMEASURED, "a cold contact, then a step")
        if (
            evidence.references == 0
            and not evidence.subject_application
            and not relays_a_clients_wish(email)
            and (
                evidence.outreach_for_client
                or (
                    (evidence.outreach_hits or looks_like_person_name(email.sender.name))
                    and evidence.confirmation_at is None
                    and not evidence.subject_news
                    and recruits_for_a_client(email)
                )
            )
        ):
            # "I have a Finance Manager position with a client. Can you come by for a chat?", "Je recrute un
            # Responsable logistique pour l'un de nos clients. Seriez-vous disponible ...": an agency
            # proposing a step to someone who never applied (unmeasured on the dev sources).
            return KindReading(Kind.RECRUITER_OUTREACH, UNMEASURED, "an agency proposing a step")
        return KindReading(Kind.APPLICATION, APPLICATION_STEP, "interview or assessment step")
    if evidence.outreach_hits >= 2 or (
        evidence.outreach_hits == 1 and evidence.references == 0 and not evidence.subject_application
    ):
        return KindReading(Kind.RECRUITER_OUTREACH, NOT_AN_APPLICATION, "recruiter language, no application")
    if evidence.advice_hits and not evidence.references and evidence.subject_application:
        # "5 mistakes that get your application rejected": advice names "your application" in its subject.
        return KindReading(Kind.OTHER, UNMEASURED, "advice to job seekers at large")
    if evidence.references > evidence.our_process_references or evidence.subject_application:
        # (A live stream on "cómo es nuestro proceso de selección" names the writer's process, nobody's
        # application.)
        return KindReading(Kind.APPLICATION, APPLICATION_MENTION, "mentions an application, no news")
    if evidence.alert_hits:
        return KindReading(Kind.JOB_ALERT, NOT_AN_APPLICATION, "some alert language")
    return kind_of_unread_mail(email)


# A hiring team's mailbox or name, not one recruiter's: "Recrutement Ondine <recrutement@ondine.fr>".
_HIRING_TEAM = re.compile(
    r"recrut|reclut|recruit|career|carreira|karriere|job|talent|hiring|selec|bewerbung|werving|\brh\b|rrhh|"
    r"\bhr\b|people"
)
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


# A post named right after what was received: "your CV for the Finance Manager role", "als Lagerist".
_FOR_A_POST = re.compile(
    r"[^.\n]{0,80}?\b(?:for|für|pour|para|voor|per|als|como|come|as|au poste|al puesto) (?:[\w'-]+ ){0,4}?"
    r"(?:role|position|vacancy|post|job|stelle|poste|puesto|vacature|functie|posizione|vaga|"
    rf"{roles.PERSON_ROLES[2:]})"
)
# What only an offer nobody applied for says: hired unseen, a kit or a cheque sent, details asked by reply.
_UNSOLICITED_OFFER = re.compile(
    r"\bno (?:job )?interview (?:is )?(?:required|needed|necessary)\b|\bstarter kit\b|"
    r"\b(?:reply|respond|text|whatsapp)(?: back| us)? with your (?:full name|phone|cell|mobile|home address|"
    r"bank|date of birth)|\b(?:send|mail) you a (?:check|cheque)\b|"
    r"\b(?:ohne|kein) vorstellungsgespräch\b|\bsans entretien\b|\bsin entrevista\b|"
    r"\b(?:zonder|geen) sollicitatiegesprek\b|\bsem entrevista\b|\bsenza colloquio\b"
)


def _is_alert(evidence: Evidence) -> bool:
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
