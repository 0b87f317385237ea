"""Whether mail is about a job, and which side of hiring it is written to.

The kind rules (kind_rules.py) read an application's news only in mail about a job: the words of hiring,
a hiring mailbox or an ATS as sender, a careers site linked; not a flat, a loan or a place at a
university, whose offices also "choose another applicant". And only the candidate's own: mail written to
the one hiring (an interviewer's calendar, a job post's applicants, a referrer) quotes the same news.
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases import roles
from tracker.extraction.text import PreparedEmail

_READER_HIRES = "READER_HIRES"
_NOT_A_JOB = "NOT_JOB_APPLICATION"
# A sender's words that say hiring or staff mail: a careers mailbox, an HR team, an ATS ("workday").
_JOB_SENDER = CaselessWords(
    r"career|job|recruit|talent|hiring|workday|\bhr\b|people|staffing|onboarding|bewerbung|karriere|personal|\brh\b|"
    r"recrut|reclut|selecci|seleção|selezione|werving|sollicit|vagas|empleo|emploi|rrhh"
)
# A link's host naming jobs or careers: "careers.acme.com", "acme.wd5.myhirevanejobs.com".
_JOBS_HOST = re.compile(
    r"https?://[\w-]+(?:\.[\w-]+)*?(?:jobs|careers?|karriere|empleos?|emplois?)[\w-]*\.[a-z]"
)
# Of those, the words only hiring's mailboxes use (German "Bewerbung", "Personal", "HR" and "people" also
# name a university's admissions or an employer's staff office).
_HIRING_SENDER = re.compile(
    r"career|job|recruit|talent|hiring|staffing|karriere|recrut|reclut|selecci|seleção|selezione|werving|"
    r"vagas|empleo|emploi"
)


def names_no_job(email: PreparedEmail) -> tuple[bool, bool]:
    """Whether the mail names something applied for that is no job (a flat, a loan, a place to study),
    and whether its sender is an office deciding such applications ("Graduate Admissions")."""
    in_mail = any(
        not _A_ROLE_AFTER.match(match.string, match.end())
        for match in (*email.body_hits.get(_NOT_A_JOB, ()), *email.subject_hits.get(_NOT_A_JOB, ()))
    )
    by_sender = bool(email.sender.name and NOT_A_JOB_SENDER.search(email.sender.name.lower()))
    return in_mail, by_sender


# A job named after the field it works in: "Tenancy Officer", "Admissions Adviser", "Loan Processing
# Assistant" name a post, not a tenancy, an admission or a loan applied for.
_A_ROLE_AFTER = re.compile(rf"(?: [\w-]+)? {roles.PERSON_ROLES}")
# Role nouns that a place to study or a programme names too ("our graduate programme", "your tutor").
_STUDY_ROLES = re.compile(r"graduate|programm?e?|fellow(?:ship)?|tutor|registrar|trainee program")
# A role noun naming a licence or a card, not a post: "driver license renewal" (a DMV's mail).
_A_LICENCE_AFTER = re.compile(r"(?:'s)? (?:licen[cs]e|permit|card)")


def has_job_context(email: PreparedEmail, no_job_in_mail: bool, no_job_sender: bool = False) -> bool:
    """True when anything says the mail is about work: job words, a role noun, an ATS or job-board sender.
    Where the mail names something applied for that is no job (`no_job_in_mail`), only hiring's own
    words do; where only its sender is such an office (`no_job_sender`), a role it names does too."""
    words = [*email.subject_hits.get("JOB_CONTEXT", ()), *email.body_hits.get("JOB_CONTEXT", ())]
    sender = f"{email.sender.local} {email.sender.name}"
    if no_job_in_mail or no_job_sender:
        # "Your rental application", "a place on the MSc", "your talk proposal": admissions interview
        # candidates and landlords choose applicants too; only hiring's own words say job, or a sender
        # that only hiring has (an ATS, "Campus Recruitment"; not a university's "bewerbung@" mailbox).
        # A college's "Admissions and HR" office also hires: its "Learning Support Assistant" is a post.
        return (
            bool(platforms.platform_of(email.sender))
            or bool(_HIRING_SENDER.search(sender.lower()))
            or any(_says_hiring(word) for word in words)
            or (not no_job_in_mail and any(_names_a_role(word) for word in words))
        )
    if platforms.platform_of(email.sender) or _JOB_SENDER.occurs_in(sender):
        return True
    if _HIRING_SENDER.search(email.sender.domain):
        return True  # an agency's consultant ("tom.hale@brightpathrecruitment.co.uk") passing on a step
    if "://" in email.body_lower and _JOBS_HOST.search(email.body_lower):
        return True  # a link to a careers site or an ATS's jobs host ("acme.wd5.myhirevanejobs.com")
    if words and not all(word.group(0).startswith("applicant") for word in words):
        return True
    # "We chose another applicant" is said of flats and loans too; the mail names which. And one
    # applies to an organisation for a job ("Thanks for applying to Lanternfish, Inc.!").
    head = email.head_lower
    if words:
        return True
    if "for applying" in head:
        return bool(_APPLIED_TO_AN_EMPLOYER.search(head)) and not _A_PLACE.search(head)
    return "our " in head and _meets_the_reader_for_the_employer(email, head)


# A person of the firm proposing that its leaders meet the reader about their work, for nothing else:
# "Our CTO would love to find 30 minutes with you to hear more about your work." (an early step, no job
# word yet; a vendor's "... about your work at Tidewell and show you a demo" has a purpose of its own).
_OUR_LEADER = re.compile(
    r"\bour (?:cto|ceo|coo|cfo|cpo|founders?|co-?founders?|head of [\w ]{2,30}?|vp of \w+|"
    r"(?:engineering|hiring|design|product) (?:manager|lead|director))\b"
)
_ABOUT_YOUR_WORK = re.compile(
    r"\b(?:hear|learn|know|talk) (?:a bit )?more about (?:you and )?your (?:work|background|experience|"
    r"career|projects)[.!?]"
)


def _meets_the_reader_for_the_employer(email: PreparedEmail, head: str) -> bool:
    """True when a person writing from a firm's own domain proposes that one of its leaders hear about
    the reader's work, and nothing more (a sales pitch or an investor goes on to their own business)."""
    return (
        bool(_OUR_LEADER.search(head))
        and bool(_ABOUT_YOUR_WORK.search(head))
        and looks_like_person_name(email.sender.name)
        and platforms.domain_employer(email.sender) is not None
    )


# Senders' names that say an office deciding applications for no job: "UC Lakeside Graduate Admissions",
# "Oakwood Apartments Leasing Office", "Apple Card", "US Visa Info" (mail with no body has only these).
NOT_A_JOB_SENDER = re.compile(
    r"\b(?:admissions?|graduate (?:division|school|studies)|financial aid|student aid|registrar|bursar|"
    r"scholarships?|leasing|apartments|rentals?|realty|lettings|mortgages?|lending|loans|card services|"
    r"(?:apple|discover|credit) card|claims|visa (?:info|services|appointments?)|passports?|immigration|"
    r"uscis|consulate|embassy|trusted traveler|dmv|volunteers?|volunteering|"
    # Startup programmes and hackathons; unemployment offices (as employers they write "Stelle", "offre").
    r"y combinator|techstars|accelerator|incubator|hackathons?|fellowships?|"
    # Gig platforms' couriers and shoppers: "Amazon Flex", "Deliveroo Riders", "Instacart Shoppers".
    r"amazon flex|shoppers?|dashers?|taskers?|couriers?|riders?|"
    r"jobcentre|jobcenter|agentur für arbeit|arbeitsagentur|france travail|pôle emploi|pole emploi|uwv|"
    r"sepe|iefp|centro per l'impiego|department of labor|workforce commission|"
    # Students' offices of the other languages.
    r"scolarité|scolarite|parcoursup|campus france|studierendensekretariat|studierendenservice|"
    r"studienservice|zulassungsstelle|hochschulstart|admisiones|becas|studentenadministratie|studielink|"
    r"pós-graduação|pos-graduacao|segreteria studenti|diritto allo studio)\b"
)
# "Thank you for applying to Acme": thanks for applying to an organisation, not for a card or a place
# at a university.
_APPLIED_TO_AN_EMPLOYER = re.compile(
    r"\bthanks?(?: you)?(?: so much)? for applying (?:to|at|with) (?![^.!?\n]{0,80}\b(?:university|college|"
    r"school|degree|master|masters|bachelor|mba|phd|admissions?|course|apartment|card|loan|scholarship|"
    r"hackathon|conference|summit|festival|competition|cohort|bootcamp|immersive|retreat)\b)"
)
# What events, courses and clubs give those who apply: a spot, a seat, a place in a cohort.
_A_PLACE = re.compile(
    r"\b(?:offer|give|grant|save|reserve|hold)(?:ing)? you a (?:spot|seat|place|ticket)\b|\b(?:limited|full) "
    r"capacity\b|\b(?:participants|attendees|hackers|cohort)\b"
)
# Words of hiring itself, which a role noun ("developer account") or an interview alone are not.
_HIRING_WORD = re.compile(
    r"positions?\b|roles?\b|jobs?\b|hiring|recruit|employ|vacanc|requisition|resum|résumé|cv\b|job offer|"
    r"offer letter|offer of employment|talent|stelle|arbeitgeber|personalabteilung|anforderungsprofil|"
    r"vorstellungsgespr|bewerbungsgespr|m/w/d|karriere|poste|emploi|recrut|embauche|offre d'emploi|empleo|"
    r"puesto|vacante|"
    r"trabajo|contrataci|reclutamiento|oferta de empleo|posici|offerta di lavoro|posizione|assunzione|"
    r"vacature|sollicit|functie|werving|vaga|recrutamento|cargo|"
    # An employer's early-careers intake: "not offered a place on the Graduate Scheme".
    r"graduate scheme|early careers|assessment cent"
)

# "A volunteer position", "your waitlist position is 2,314": the words of hiring, for no job.
_NO_JOB_BEFORE = re.compile(r"(?:volunteer|unpaid|waitlist|wait list|waiting list|queue|leaderboard) $")
_A_RANK_AFTER = re.compile(r"(?: is|:)? #?\d")


def _says_hiring(word: re.Match[str]) -> bool:
    """True when a job word found in a text is one of hiring's own, used of a job."""
    if not _HIRING_WORD.match(word.group(0)):
        return False
    text, start, end = word.string, word.start(), word.end()
    if _NO_JOB_BEFORE.search(text, max(0, start - 20), start):
        return False
    return not (word.group(0).startswith("position") and _A_RANK_AFTER.match(text, end))


_PERSON_ROLE = re.compile(roles.PERSON_ROLES)


def _names_a_role(word: re.Match[str]) -> bool:
    """True when a job word found in a text is a role noun that no place to study names."""
    return (
        bool(_PERSON_ROLE.fullmatch(word.group(0)))
        and not _STUDY_ROLES.fullmatch(word.group(0))
        and not _A_LICENCE_AFTER.match(word.string, word.end())
    )


# A role's own words: "Product Designer" is no person ("Priya Raman" is).
_ROLE_WORD = re.compile(f"{roles.PERSON_ROLES}|{roles.FIELD_WORDS}")


# The hiring side's calendar: "Interview scheduled: Priya Raman for Senior Backend Engineer" names the
# candidate, then the role (the candidate's own reads "Interview scheduled: Data Analyst at Lumen", or
# "Interview: Sam Carter - Staff Accountant - Harlow & Finch" under "Hi Sam").
_CANDIDATE_FOR_A_ROLE = re.compile(
    r"^(?:re:\s*|fwd?:\s*)*(?:interview|phone screen|onsite|debrief)(?: (?:scheduled|confirmed|booked|"
    r"rescheduled|updated|cancell?ed|reminder))?\s*[:\-–]\s*(?P<name>[^:\-–]+?) for \S",
    re.I,
)


def _names_a_candidate_for_a_role(email: PreparedEmail) -> bool:
    """True when the subject names a person, not a role and not the one the body greets, as the one
    interviewed for a role."""
    found = _CANDIDATE_FOR_A_ROLE.match(email.subject)
    if found is None:
        return False
    name = found["name"]
    if not looks_like_person_name(name) or _ROLE_WORD.search(name.lower()):
        return False
    first_name = name.split()[0].lower()
    return not re.search(rf"\b{re.escape(first_name)}\b", email.body_lower[:200])


def written_to_the_one_hiring(email: PreparedEmail) -> bool:
    """True when the reader interviews, screens or refers candidates, or is sold tools to hire with."""
    return bool(
        email.body_hits.get(_READER_HIRES) or email.subject_hits.get(_READER_HIRES)
    ) or _names_a_candidate_for_a_role(email)
