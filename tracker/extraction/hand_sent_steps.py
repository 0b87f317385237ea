"""A person of an organisation writing the reader a step of their hiring by hand, in words that name no job.

Three shapes, all from a person in the organisation's own mailbox: an answer in a thread ("Re: Next
steps": "Tuesday at 2pm works, I'll send an invite for the video call", above the reader's "I'm free
Tuesday", which prepare() trims), an offer sent under a subject that names only it ("Proposta": "segue a
proposta em anexo"; "Our offer": "please find our offer attached"), and a step set after an earlier one
the mail names ("danke für das nette Gespräch! Als nächsten Schritt ...": earlier_steps.py). The thread
named the job earlier, the conversation before the offer did; the mail itself is the reader's application
all the same. (An admissions office or a landlord names what was applied for, read before; a
journalist's interview is no hiring step.)
"""

from __future__ import annotations

import re

from tracker.extraction.earlier_steps import follows_an_earlier_step
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases import roles
from tracker.extraction.platforms import domain_employer
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.text import PreparedEmail
from tracker.models import Status

_STEPS = frozenset({Status.INTERVIEW, Status.ASSESSMENT, Status.OFFER})
# A subject naming only the offer, in the seven languages: "Offer letter", "Proposta", "La nostra proposta",
# "Notre proposition", "Vertragsangebot", "Ihr Vertrag", "Ons aanbod".
_ONLY_THE_OFFER = re.compile(
    r"(?:(?:our|your|the|job|formal) )?offer(?: letter)?|"
    r"(?:(?:la|a|nossa|nostra|la nostra|a nossa|nuestra|la tua|la sua|tu|su) )?"
    r"(?:proposta|oferta|propuesta|offerta)"
    r"(?: (?:de|di) (?:trabalho|trabajo|lavoro|emprego|empleo|assunzione))?|"
    r"(?:(?:notre|votre|ta) )?(?:proposition|offre)(?: d'embauche)?|"
    r"(?:(?:unser|ihr|dein) )?(?:vertragsangebot|arbeitsvertrag|vertrag|vertragsentwurf|vertragsunterlagen|"
    r"angebot)|"
    r"(?:(?:ons|je|uw) )?aanbod"
)


# What a thread about a hire is called: its step ("Re: Entrevista", "AW: Ihr Gesprächstermin"), the
# application ("Re: your application - React contract"), the post ("Re: Data Analyst role"). (A bare "Re:
# Meeting", "Re: chat" or "Re: Gesprek" is anyone's.)
_HIRE_TOPICS = (
    "INTERVIEW",
    "ASSESSMENT",
    "TEST_SHAPE",
    "APPLICATION_REFERENCE",
    "SUBJECT_APPLICATION",
    "JOB_CONTEXT",
    "OFFER_SHAPE",
)
_A_ROLE = re.compile(roles.PERSON_ROLES)
# A thread named after the process's next step, and nothing else: "Re: Next steps", "RE: Prochaines étapes",
# "AW: Nächste Schritte", "Re: Vervolgstappen", "Re: Prossimi passi", "RES: Próximos passos", "RE: Siguientes
# pasos". Deals have next steps too: such a thread is a hire's only where the reply sets a meeting and
# names no business of a sale ("send me your availability for a demo", "the quote", "the invoice").
_NEXT_STEPS = re.compile(
    r"(?:(?:our|the) )?next steps?|(?:les )?prochaines? [ée]tapes?|(?:die )?n[äa]chsten? schritte?|"
    r"(?:de )?(?:vervolgstappen|volgende stappen?)|(?:i )?prossimi passi|(?:os )?pr[óo]ximos passos|"
    r"(?:los )?(?:siguientes|pr[óo]ximos) pasos"
)
_A_SALE = re.compile(
    r"\b(?:demo|démo|quote|quotation|invoice|pricing|purchase order|renewal|devis|facture|rechnung|"
    r"kostenvoranschlag|presupuesto|factura|orçamento|fatura|preventivo|fattura|factuur|offerte)\b"
)


def _names_the_hire(email: PreparedEmail) -> bool:
    """True when the subject names a hiring step, the application or a post: a colleague's "Re: Q3
    planning", a practice's "AW: Termin" or an agent's "Re: Viewing" names none."""
    return any(email.subject_hits.get(topic) for topic in _HIRE_TOPICS) or bool(
        _A_ROLE.search(email.subject_lower)
    )


def _a_hires_next_steps(email: PreparedEmail, status: StatusReading) -> bool:
    """True when a "Next steps" mail sets the reader a meeting, a test or an offer and sells nothing."""
    return (
        status.status in _STEPS
        and bool(_NEXT_STEPS.fullmatch(email.subject_lower.strip(" .:!?")))
        and not _A_SALE.search(email.body_lower)
    )


def writes_the_reader_a_step(email: PreparedEmail, status: StatusReading) -> bool:
    """True when a person at an organisation sets the reader a hiring step by hand: answering the reader's
    mail in a thread about a hire with an interview, a test or an offer, or sending the offer under a
    subject that names only it."""
    if status.status not in _STEPS:
        return False
    if not (looks_like_person_name(email.sender.name) and domain_employer(email.sender) is not None):
        return False
    if email.answers_a_mail:
        # (A reply whose subject names no hire may name an earlier round: "AW: Kennenlernen - zweite Runde".)
        return (
            _names_the_hire(email)
            or _a_hires_next_steps(email, status)
            or follows_an_earlier_step(email, status)
        )
    if _a_hires_next_steps(email, status):
        return True  # "Next steps": "we'd like you to meet the team on Thursday", not in a thread
    if follows_an_earlier_step(email, status):
        return True  # "danke für das nette Gespräch! Als nächsten Schritt ...": the thread's next step
    return status.status is Status.OFFER and bool(
        _ONLY_THE_OFFER.fullmatch(email.subject_lower.strip(" .:!"))
    )
