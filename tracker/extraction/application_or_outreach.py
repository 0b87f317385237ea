"""The last of the kind rules: an application's news or step, a recruiter's outreach, or an alert's listing.

What kind_rules.py has not read as other mail by then is about a job. A step proposed by someone the
reader never applied to (a recruiter who found their profile, an agency for its client) is outreach; news
or a step that names the reader's application is the application's.
"""

from __future__ import annotations

import re

from tracker.extraction.another_role import proposes_another_post, subject_names_an_opportunity
from tracker.extraction.kind_evidence import Evidence, recruits_for_a_client
from tracker.extraction.kind_reading import (
    APPLICATION_MENTION,
    APPLICATION_NEWS,
    APPLICATION_STEP,
    NOT_AN_APPLICATION,
    UNMEASURED,
    KindReading,
)
from tracker.extraction.kind_without_news import kind_of_unread_mail
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.relayed_interviews import confirms_a_clients_interview, relays_a_clients_wish
from tracker.extraction.text import PreparedEmail
from tracker.models import Kind


def kind_of_application_or_outreach(email: PreparedEmail, evidence: Evidence, has_news: bool) -> KindReading:
    """The kind of mail no earlier kind rule (kind_rules.py) read as other: application, outreach or alert."""
    if _another_post_proposed(email, evidence, has_news):
        return KindReading(Kind.RECRUITER_OUTREACH, UNMEASURED, "another post proposed (another_role.py)")
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
            # "Mon client, un équipementier, aimerait vous rencontrer": the client has seen the reader's CV.
            and not relays_a_clients_wish(email)
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


def _another_post_proposed(email: PreparedEmail, evidence: Evidence, has_news: bool) -> bool:
    """A further post the writer proposes, asking the reader's interest (another_role.py), under a subject
    naming no application of the reader's; where the mail tells news too (an earlier post suspended), only
    under a subject naming the opportunity: "Update on your application" over "unfortunately ... but I have
    another role, interested?" is that application's news."""
    if evidence.subject_application or evidence.subject_news or not proposes_another_post(email):
        return False
    return not has_news or subject_names_an_opportunity(email)


# A hiring team's mailbox or name, not one recruiter's: "Recrutement Ondine <recrutement@ondine.fr>".
_HIRING_TEAM = re.compile(
    r"recrut|reclut|recruit|career|carreira|karriere|job|talent|hiring|selec|bewerbung|werving|\brh\b|rrhh|"
    r"\bhr\b|people"
)
