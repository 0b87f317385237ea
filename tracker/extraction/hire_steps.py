"""Mail about a step of the reader's own hire: a background, fingerprint or DBS check, references asked
for, a drug test, onboarding paperwork, a welcome before the first day, a job change completed.

Such a step is no new submission (docs/DESIGN.md, bookkeeping): it joins the one application open at
its employer. A check (background, DBS, references, a drug test) states no status: checks come before
an offer as often as after, so the status stays where the interview or the offer left it; unless the mail
says the check waits on the reader's offer or start date ("as part of your conditional offer", "to avoid
delays to your start date"; not "any offer of employment would depend on it", no offer of the reader's): the
offer was made, and stands. A welcome
before the first day or onboarding paperwork says the reader was hired: the furthest status there is,
an offer (`welcomes_a_hire`), as a person keeping the tracker would write it. It is the
reader's step only where the mail says it is theirs ("your background check", "Ihr erster
Arbeitstag") and names a hire: an advert for "faster background checks", a school's "your child's
first day" or a driving platform's "your background check is complete" is not.
"""

from __future__ import annotations

import re

from tracker.extraction.match_words import MatchWords
from tracker.extraction.text import PreparedEmail

_CHECK = (
    r"(?:background|pre-employment|criminal record|dbs|fingerprint(?:ing)?|drug|reference)"
    r" (?:checks?|screening|screen|investigation|test|appointment|application|forms?|report)"
)
# Onboarding asked of the reader: they were hired. Hourly work's "your new hire orientation"; Brazil's
# admission: "concluir sua admissão", "documentos admissionais", "exame admissional" (a medical, no test).
# The reader's own admission only: a school's "taxa de admissão" or a university's "processo de admissão"
# is none.
_ONBOARDING = re.compile(
    r"\byour (?:onboarding|new hire) (?:tasks|paperwork|documents|forms)\b|\bcomplete your onboarding\b"
    r"|\byour (?:new hire |new employee |employee )?orientation\b"
    r"|\b(?:sua|seu) admiss[ãa]o\b|\b(?:exame|documentos?|documentação|processo) admissiona(?:l|is)\b"
)
# The reader's own step: "your background check", "your enhanced DBS application", "your onboarding
# tasks", "we have contacted your referees", "references for your conditional offer" (not a profile's
# "add your references").
_READERS_STEP = re.compile(
    rf"\byour (?:(?:new|enhanced|upcoming|standard|basic|pre-employment)\s+)?{_CHECK}"
    # A screening firm's "a background check as part of your employment process", "Background Check
    # Authorization for Acme": the check the reader is asked to authorise is theirs.
    rf"|\b{_CHECK} (?:as part of your|authori[sz]ation|consent)\b"
    r"|\b(?:requested|contacted|nominate|nominated) (?:\w+ )?(?:referees|references)\b"
    r"|\b(?:references|referees) for your (?:\w+ )?(?:offer|application|appointment)\b"
    rf"|{_ONBOARDING.pattern}|\byour job change\b",
)
# The reader's first day is their hire's step only under a welcome ("Welcome to Corvid!"); a laptop
# shipped "before your first day" is IT's errand.
_FIRST_DAY = re.compile(
    r"\byour first (?:working )?day\b|\bihr erster arbeitstag\b|\bvotre premier jour\b"
    r"|\bseu primeiro dia\b|\bje eerste werkdag\b"
)
_WELCOME = re.compile(r"\b(?:welcome|willkommen|bienvenue|benvenut[oa]|bienvenid[oa]|welkom|bem-vind[oa])\b")
# A hire, not a gig platform's sign-up ("your background check is complete and you're approved to drive"):
# the mail names a job, an offer, a hire or onboarding, or the employer the check is for.
_HIRE = re.compile(
    r"\b(?:offer|employment|hire|hired|hiring|position|post|role|job|vacancy|onboarding|first day|"
    r"new hire|arbeitstag|stelle|poste|vaga|cargo|admissão|contratação|functie)\b"
)
_CHECK_FOR_AN_EMPLOYER = re.compile(rf"(?i:{_CHECK}) for (?:the )?[A-Z]")
# Words one of which every step above holds, from the patterns (the reader's step, or a first day under a
# welcome): most mail holds none and is passed over by `in` tests.
_STEP_PRECHECK = MatchWords(_READERS_STEP, _FIRST_DAY)


def is_hire_step(email: PreparedEmail) -> bool:
    """Whether the mail is about a step of the reader's own hire (this module's doc)."""
    subject, body = email.subject_lower, email.body_lower
    if not (_STEP_PRECHECK.may_match(subject) or _STEP_PRECHECK.may_match(body)):
        return False
    readers_step = _READERS_STEP.search(subject) or _READERS_STEP.search(body)
    if not (readers_step or (_WELCOME.search(subject) and _FIRST_DAY.search(body))):
        return False
    return bool(_HIRE.search(subject) or _HIRE.search(body) or _CHECK_FOR_AN_EMPLOYER.search(email.body))


def welcomes_a_hire(email: PreparedEmail) -> bool:
    """Whether the hire step is the reader's welcome or onboarding (hired), or a check the mail says comes
    after the reader's offer ("as part of your conditional offer", "delays to your start date"), not a check
    that may come before one (still open)."""
    subject, body = email.subject_lower, email.body_lower
    if _ONBOARDING.search(subject) or _ONBOARDING.search(body):
        return True
    if _AFTER_THE_OFFER.search(subject) or _AFTER_THE_OFFER.search(body):
        return True
    return bool(_WELCOME.search(subject) and _FIRST_DAY.search(body))


# A check the reader's offer or start date waits on: the offer was made ("your conditional offer", "your
# offer of employment", "we will let you know your start date", "Ihr Eintrittsdatum", "votre date d'arrivée",
# "je startdatum", "tu fecha de incorporación", "sua data de início", "la tua data di inizio"). Wider than the
# OFFER tables' "before your start date" (phrases/en_status.py and each language's), which read any mail: in
# a check's mail the reader's start date named at all says the offer stands; in other mail only one set.
_AFTER_THE_OFFER = re.compile(
    r"\byour (?:conditional |contingent |provisional |job |employment )?offer\b|\byour offer of employment\b"
    r"|\byour (?:anticipated |expected |planned |proposed )?start(?:ing)? date\b"
    r"|\bihr(?:em)? (?:eintrittsdatum|eintrittstermin|arbeitsbeginn)\b|\bvotre date d'(?:arrivée|embauche)\b"
    r"|\bje (?:startdatum|begindatum)\b|\btu fecha de (?:incorporación|inicio)\b"
    r"|\bsua data de (?:início|admissão)\b|\bla (?:tua|sua) data di inizio\b"
)


def only_the_check_confirms(email: PreparedEmail) -> bool:
    """Whether every receipt-like phrase the mail holds is its check ("background check"): then its
    "applied" confirms no submission, it is a step of one already made."""
    hits = [*email.subject_hits.get("CONFIRMATION", ()), *email.body_hits.get("CONFIRMATION", ())]
    return bool(hits) and all(is_a_check(hit.group(0).lower()) for hit in hits)


def is_a_check(phrase: str) -> bool:
    """Whether a receipt-like `phrase` (lowercased) is only a check's name ("background check")."""
    return _A_CHECK.fullmatch(phrase) is not None


_A_CHECK = re.compile(r"(?:background|pre-employment) (?:checks?|screenings?|screens?|investigations?)")
