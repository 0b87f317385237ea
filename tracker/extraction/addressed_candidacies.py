"""Mail a person at the employer writes to the reader about what the reader sent, or about the post, with
no step the tables or the everyday words read: the reader's application's mail, applied.

A hiring manager or an owner rarely writes a receipt's phrases: "Got your resume, thanks. I'll look it
over this weekend", "Just following up on your application: we're still working through everyone",
"Hi Dana, we're still interviewing for the receptionist position and should decide by the 20th". Its
structure says whose mail it is: a person's name from the organisation's own domain (never free mail, a
board or a platform), writing to the reader (greeted by name, answered in a thread, or opening on the
reader's CV), about what the reader sent (their CV, resume, application, candidacy or portfolio, in the
second person) or, where it greets the reader by name or answers them, about the post named as the one
it is ("the receptionist position", "the Payroll Officer role"). A step stands where one is read
(addressed_steps.py); else the application is where it was, applied.

Its lookalikes keep their reading: a recruiter who found the reader ("came across your CV", "your
profile"), a referral thanked for, a mentor's notes on a CV, mail the reader writes as the one hiring,
and what is no job (a flat, a loan, a place to study: job_context.names_no_job).
"""

from __future__ import annotations

import re

from tracker.extraction.addressed_hires import subject_names_a_post
from tracker.extraction.addressed_steps import proposed_step
from tracker.extraction.answered_steps import UNREAD_READINGS
from tracker.extraction.greeting_words import GREETING_WORDS
from tracker.extraction.job_context import names_no_job, written_to_the_one_hiring
from tracker.extraction.kind_reading import KindReading
from tracker.extraction.mailbox_words import NO_PERSONS_MAILBOX
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.platforms import domain_employer
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.text import PreparedEmail
from tracker.models import Kind, Status

# What the reader sent, in the second person, in the seven languages: "your resume", "your CV", "your
# application", "your portfolio", "je cv", "Ihre Bewerbung", "votre candidature", "tu currículum", "il tuo
# curriculum", "o seu currículo" (not a profile, which a recruiter finds on their own).
_SENT_NOUNS = (
    r"(?:cv|c\.v\.|resume|résumé|curriculum(?: vitae)?|currículum|currículo|curriculo|lebenslauf|"
    r"(?:bewerbungs)?unterlagen|application|candidacy|candidature|candidatura|bewerbung|sollicitatie|"
    r"postulación|portfolio|cover letter|covering letter|work samples?|anschreiben|lettre de motivation|"
    r"carta de presentación|motivatiebrief|sollicitatiebrief|lettera di presentazione)"
)
_SENT = re.compile(
    rf"\b(?:your|{word_list('addressed_second_person')}) "
    rf"(?:(?:updated|latest|recent|online|job|written|full) )?{_SENT_NOUNS}\b"
)
# A CV asked for is none the reader sent: "reply with your updated resume", "kindly share your CV".
_ASKED_BEFORE = re.compile(
    r"\b(?:send|share|forward|attach|submit|upload|add|ajoutez|ajouter|e-?mail|reply with|revert with|update|"
    r"mail|whatsapp|provide|envoyer|envoyez|apportez|apporter|schicken|senden|bringen sie|bring|mitbringen|"
    r"enviar|envía|envie|traga|trae|traiga|sturen|stuur|neem|inviare|invia|porta|portate)"
    r"(?: (?:me|us|over|across|in|through|along|back))*(?: with)? $"
)
_ASKED_REACH = 30
# Received or thanked for: "got your resume", "thanks for sending your CV" open a mail with no greeting.
_RECEIVED_BEFORE = re.compile(
    r"\b(?:got|received|have|had|read|seen|reviewed|looked (?:at|over|through)|went through|gone through|"
    r"thanks?(?: you)?(?: so much)? for(?: sending| dropping off| your)?|cheers for(?: sending)?)"
    r"(?: in| over| through)? $"
)
# The reader's own mail about the post, or a talk with them, thanked for under a subject naming the post:
# "thanks for your email", "thank you for your interest", "thanks again for chatting on Friday".
_THANKS_FOR_THE_READERS_MAIL = re.compile(
    r"\b(?:thanks|thank you|cheers|many thanks) (?:so much |very much |again )?for (?:(?:your|the) "
    r"(?:e-?mail|message|note|interest|enquiry|inquiry|reply|response|time|call|chat|conversation)\b|"
    r"(?:chatting|speaking|talking|meeting|coming in|popping in))|"
    r"\b(?:great|good|lovely|nice) (?:chatting|speaking|talking|to speak|to chat) (?:with|to) you\b"
)
# The post named as the one the mail is about: "the receptionist position", "the Payroll Officer role", "our
# sous chef opening"; a market's or a search's "the job" is none.
_THE_POST = re.compile(
    r"\b(?:the|this|our|that) (?!new )(?:[\w'/&-]+ ){0,4}?(?:role|position|opening|vacancy|job|post)\b"
    r"(?! (?:market|search|hunt|boards?|alerts?|seekers?|fairs?|listings?|sites?|ads?|office))"
)
# The reader found, not answered: "I came across your CV", "saw your resume on Reed", "your CV on our
# database"; or a third party's candidacy: a referral thanked for, a candidate recommended.
_NOT_THE_READERS_OWN = re.compile(
    r"\b(?:came across|come across|found|spotted|noticed|saw|seen|pulled) your (?:\w+ )?(?:cv|resume|résumé|"
    r"profile|details)\b|"
    r"\byour (?:cv|resume|résumé|profile|details) (?:on|in|from|through) (?:our |the |a )?"
    r"(?:database|linkedin|naukri|indeed|reed|seek|monster|totaljobs|jobstreet|bayt|job ?board|portal)\b|"
    r"\bfor (?:referring|recommending|introducing|putting forward)\b|\breferral\b|"
    # Someone else's candidacy the reader is asked to help: "my friend Ana is interviewing for the role on
    # your team ... could you put in a good word?".
    r"\bput in a (?:good )?word\b|\bmy (?:friend|colleague|former colleague|cousin|brother|sister|son|"
    r"daughter|nephew|niece|mentee|student)\b|"
    r"\b(?:feedback|comments|notes|suggestions|edits|tips|thoughts|pointers) on your (?:cv|resume|résumé|"
    r"cover letter|covering letter|application|portfolio)\b|"
    # A mentor's or a friend's words: advice, congratulations on a job elsewhere, keeping in touch.
    r"\b(?:a few |some )?(?:pointers|suggestions|tips|advice)\b|\bcongrat\w*|\b(?:keep|stay) in touch\b|"
    r"\byour network\b|\bknows? (?:anyone|someone|somebody)\b|\bpass (?:it|this) (?:on|along)\b|"
    # A recruiter still asking: "can I submit you to Harlow?", "would you like me to put you forward?", "if
    # you're interested".
    r"\b(?:can|may|shall|could) (?:i|we) (?:submit|put|send|forward|present|share)\b|"
    r"\b(?:happy|ok|okay|comfortable) (?:for|with) (?:me|us) to\b|\bwould you (?:like|want) (?:me|us) to\b|"
    r"\bare you (?:open|interested|keen)\b|\bif you(?:'re| are) (?:interested|keen|open)\b|"
    # What is no job: a volunteer's place, a flat, a loan, a place to study.
    r"\bvolunteer\w*|\bapartment|\bflat\b|\btenancy\b|\brental\b|\blease\b|\bloan\b|\bmortgage\b|"
    r"\badmissions?\b|\bmanuscript\b|\bmembership\b|\bscholarship\b|\bvisa\b|\bcredit card\b|"
    r"\b(?:degree|msc|mba|phd|bachelor's|master's) (?:programme|program|course)\b"
)
# The reader or the writer's side in the sentence that names the post: "thanks for your interest in the
# coordinator opening", "we're still interviewing for the receptionist position" (a colleague's "Jo starts
# Monday in the coordinator role" names neither).
_SECOND_PERSON = re.compile(r"\b(?:you(?:r|rs|'re|'ve|'d|'ll)?|we(?:'re|'ve|'d|'ll)?|us)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_SENTENCE_REACH = 200
# As sure as a step stated by hand (answered_steps.py's readings are weighed the same).
_STRENGTH = 0.6
_REASON = "a person at the employer writes to the reader about their candidacy"
_OPENING = 200


# The reader greeted by name on the mail's first line, by any greeting ("Dear Aaron,", "Good morning
# Priya,", "Hi Tasha - thanks for applying!", "Kia ora Hemi,") or none ("Tim," over the message).
_GREETED = re.compile(
    rf"\s*(?:{GREETING_WORDS}\b[ ,]*)?"
    r"(?P<name>[^\W\d_][^\n,:!;?]{0,40}?)\s*(?:[,:!;]|\n| [-–—] )",
    re.I,  # "Good morning Priya,": the greeting as a mail writes it, capitalised
)
# Whom a greeting addresses that is no one reader: "Dear Candidate", "Hi all", "Dear Hiring Manager"; or a
# greeting's word alone ("Hello," "Hi,"), which names no one.
_NOBODY_BY_NAME = re.compile(
    rf"^{GREETING_WORDS}$|"
    r"^(?:(?:mr|mrs|ms|miss|dr|prof)\.? )?(?:all|everyone|everybody|team|folks|guys|there|friends?|"
    r"colleagues?|candidates?|applicants?|jobseekers?|job seekers?|members?|customers?|users?|subscribers?|"
    r"sir|madam|sir/madam|sir or madam|hiring (?:manager|team)|recruiter|valued \w+|"
    r"thanks|thank you|unfortunately|sorry|great|yes|no|ok|okay|good news|congratulations|update|"
    r"greetings(?: of the day)?|hope \w+|all the best)$",
    re.I,
)


def _greets_by_name(body: str) -> bool:
    """True when the mail's first line greets someone by name, with or without a greeting's word."""
    found = _GREETED.match(body)
    if found is None:
        return False
    name = found["name"].strip()
    words = name.split()
    return len(words) <= 3 and all(word[:1].isupper() for word in words) and not _NOBODY_BY_NAME.match(name)


def _names_the_readers_post(body: str) -> bool:
    """True when a sentence of the mail names the post and the reader: "thanks for your interest in the
    coordinator opening", "we're still interviewing for the receptionist position, you'll hear by Friday"."""
    for found in _THE_POST.finditer(body):
        start = max(0, found.start() - _SENTENCE_REACH)
        ends = [end.start() for end in _SENTENCE_END.finditer(body, start, found.start())]
        start = ends[-1] if ends else start
        after = _SENTENCE_END.search(body, found.end(), found.end() + _SENTENCE_REACH)
        end = after.start() if after else min(len(body), found.end() + _SENTENCE_REACH)
        if _SECOND_PERSON.search(body, start, end):
            return True
    return False


def _sent_by_the_reader(text: str, end: int | None = None) -> list[re.Match[str]]:
    """The mentions of what the reader sent (not what the writer asks them to send) in `text`."""
    return [
        found
        for found in _SENT.finditer(text, 0, len(text) if end is None else end)
        if not _ASKED_BEFORE.search(text, max(0, found.start() - _ASKED_REACH), found.start())
    ]


def _opens_on_what_the_reader_sent(body: str) -> bool:
    """True when the mail's opening says what the reader sent was received: "Got your resume. When can you
    come in?" addresses the reader without a greeting."""
    return any(
        _RECEIVED_BEFORE.search(body, max(0, found.start() - _ASKED_REACH), found.start())
        for found in _sent_by_the_reader(body, _OPENING)
    )


def writes_about_the_readers_candidacy(email: PreparedEmail) -> bool:
    """True when a person at the employer writes to the reader about what the reader sent them, or, greeting
    them or answering them, about the post (this module's doc)."""
    sender = email.sender
    if not looks_like_person_name(sender.name) or domain_employer(sender) is None:
        return False
    if NO_PERSONS_MAILBOX.search(f"{sender.local} {sender.name.lower()}"):  # "careers.team@", "X Carrières"
        return False
    body = email.body_lower
    if (
        _NOT_THE_READERS_OWN.search(body)
        or _NOT_THE_READERS_OWN.search(email.subject_lower)
        or written_to_the_one_hiring(email)
        or any(names_no_job(email))
    ):
        return False
    if email.body_hits.get("OUTREACH") or email.body_hits.get("APPLICANT_VOICE"):
        # "Would you be open to a chat about the role?": a cold contact's words; "thank you for taking the
        # time to meet with me": the applicant's own, from a domain of their own.
        return False
    addressed = email.answers_a_mail or _greets_by_name(email.body)
    if _sent_by_the_reader(body):
        return addressed or _opens_on_what_the_reader_sent(body)
    if not addressed:
        return False
    if _SENT.search(email.subject_lower) or _names_the_readers_post(body):
        return True
    return subject_names_a_post(email) and bool(_THANKS_FOR_THE_READERS_MAIL.search(body))


def with_addressed_candidacy(
    kind: KindReading, status: StatusReading, email: PreparedEmail
) -> tuple[KindReading, StatusReading]:
    """The kind and status of mail no pattern read that a person at the employer writes to the reader about
    their candidacy or the post: an application's, at the step it sets, else applied."""
    if kind.kind is Kind.APPLICATION or kind.reason not in UNREAD_READINGS:
        return kind, status
    if not writes_about_the_readers_candidacy(email):
        return kind, status
    kind = KindReading(Kind.APPLICATION, _STRENGTH, _REASON)
    if status.status is not None:
        return kind, status
    step = proposed_step(email) or Status.APPLIED
    return kind, StatusReading(step, _STRENGTH, False, status.signals, subject_signals=status.subject_signals)
