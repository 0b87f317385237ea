"""The evidence the kind rules (kind_rules.py) decide on: where an email's confirmation, news and steps
stand, which kinds of phrase it has (alerts, outreach, portal mail, surveys, marketing, advice, the
reader's own voice) and what its sender and subject say. Gathered once per email, from the phrase scan
that prepare() made (text.py) and the status signals status_rules read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extraction import phrases, platforms
from tracker.extraction.company_registers import REGISTER_WORDS
from tracker.extraction.job_context import has_job_context, names_no_job, written_to_the_one_hiring
from tracker.extraction.posting_lists import listing_start
from tracker.extraction.questionnaire_steps import questionnaire_is_a_step
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.talk_held import turned_down_after_the_talk
from tracker.extraction.text import PreparedEmail

_ALERT_SENDER = re.compile(
    # An alert's mailbox in the seven languages: "alert@", "alertas@", "alertes@", "avvisi@", "jobagent@".
    r"(?:^|[-_.+])(?:job)?(?:alerts?|alertas|alertes|avvisi|meldingen)(?:$|[-_.+])|jobalert|jobagent|"
    r"job-?alerts?|recommendations?|(?<!messaging-)digest|"
    r"jobs-listings|jobmail|suggestions",
    re.I,
)
# A newsletter's mailbox, in its own language too ("nieuwsbrief@", "infolettre@", "boletin@").
_NEWSLETTER_SENDER = re.compile(
    r"newsletter|nieuwsbrief|infolettre|boletin|news(?:$|[-_.])|marketing|events?(?:$|[-_.])", re.I
)
# Job boards list jobs as cards: "Data Analyst · Acme · Boston, MA". Several cards make a listing.
_LISTING_CARDS = 3
# A sender's postal or register line sets its parts apart with the same mark ("Werkstoffe GmbH · Hafenweg
# 5 · 28197 Bremen · HRB 4711"): a street with its number, a postcode before a town, a register's word.
_POSTAL_LINE = re.compile(
    r"(?:straße|strasse|str\.|weg|platz|gasse|allee|ring|street|road|laan|straat|rue|calle|via) \d|"
    r"\b\d{4,5} [a-zäöüß]{3}|"
    # (company_registers.REGISTER_WORDS, and the register numbers' labels only a postal line's reading takes.)
    rf"\b(?:{REGISTER_WORDS}|hra|ust-id|siret|p\.\s?iva)\b"
)
_NEWS_CATEGORIES = ("withdrawn", "rejected", "search_stopped", "offer")
_PROCESS_CATEGORIES = ("interview", "assessment", "assessment_tool")
_PROCESS_PHRASES = ("INTERVIEW", "ASSESSMENT", "ASSESSMENT_TOOL")
_NOT_HIRING = "NOT_HIRING_INTERVIEW"
_NO_HIRING_PROCESS = "NO_HIRING_PROCESS"
_PROFILE_FIGURES = "PROFILE_FIGURES"
_JOB_ADVICE = "JOB_ADVICE"
_JOB_TIP = "JOB_TIP"
_APPLICANT_VOICE = "APPLICANT_VOICE"


@dataclass(frozen=True)
class Evidence:
    """What one mail says that tells its kind: where its news and steps stand, which kinds of phrase it
    has, what its sender and subject say."""

    confirmation_at: int | None
    news_at: int | None
    process_at: int | None
    references: int
    # Where the body first names an application ("your application for Relationship Manager"), or None.
    reference_at: int | None
    # Of `references`, those naming the writer's own process, nobody's application: "nuestro proceso de
    # selección", "our hiring process", "unser Bewerbungsprozess".
    our_process_references: int
    alert_hits: int
    alert_at: int | None
    outreach_hits: int
    outreach_at: int | None
    # The first interview phrase asks for a call or a chat ("do you have time for a call?").
    asks_for_a_call: bool
    # Outreach naming a client: an agency proposing someone else's role ("a position with a client").
    outreach_for_client: bool
    # Outreach saying the writer found the reader ("your profile caught my attention", "seu perfil
    # chamou-me a atenção") or introducing the writer as one who recruits ("I lead recruiting at
    # Quillstack"): a cold contact, not an answer to the reader's application.
    cold_contact: bool
    reminder: bool
    # The reminder to finish an application comes in the subject or before any listing of jobs.
    reminder_first: bool
    # And before any receipt: "you started an application but haven't sent it ... thanks for your interest".
    reminder_before_receipt: bool
    account: bool
    account_first: bool
    survey: bool
    survey_first: bool
    marketing: bool
    # Distinct marketing phrases, and whether one of them sells something ("30% off", "course").
    marketing_hits: int
    selling: bool
    job_context: bool
    # Names what was applied for, and it is no job: a university place, a flat, a loan, a talk.
    names_no_job: bool
    subject_application: bool
    subject_alert: bool
    subject_news: bool
    subject_confirms: bool
    alert_sender: bool
    not_hiring_interview: bool
    # Written to the one hiring: an interviewer's kit, the candidates one screens, a job post's applicants.
    reader_hires: bool
    # Work-finding mail no employer's process is behind: a gig marketplace, an unemployment office.
    no_hiring_process: bool
    # Distinct phrases written to job seekers at large ("what to do after a rejection").
    advice_hits: int
    # Someone pointing the reader to a job: "I thought of you", "are you going to apply?".
    job_tip: bool
    # Where the writer first speaks as the applicant: "Please find attached my CV", "je suis disponible
    # jeudi".
    applicant_voice_at: int | None

    @property
    def anchor_at(self) -> int | None:
        found = [at for at in (self.confirmation_at, self.news_at, self.process_at) if at is not None]
        return min(found) if found else None


def gather(email: PreparedEmail, status: StatusReading) -> Evidence:
    """The evidence `email` gives, given the status signals its text states."""
    subject, hits, subject_hits = email.subject_lower, email.body_hits, email.subject_hits
    signals = status.signals
    news = [signals.first[c] for c in _NEWS_CATEGORIES if c in signals.first]
    process = [signals.first[c] for c in _PROCESS_CATEGORIES if c in signals.first]
    alert_matches = hits.get("JOB_ALERT", [])
    cards = _card_marks(email.body_lower)
    listing_at = _listing_at(email.body_lower.find(" · ") if cards >= _LISTING_CARDS else -1, email)
    subject_signals = status.subject_signals
    marketing_words = {m.group(0) for m in (*hits.get("MARKETING", ()), *subject_hits.get("MARKETING", ()))}
    no_job_in_mail, no_job_sender = names_no_job(email)
    # A questionnaire the reader must fill in to go on with their application is a step, not a survey of a
    # past one (a salary survey's minutes name nobody's application).
    surveyed = bool(hits.get("SURVEY") or subject_hits.get("SURVEY")) and not questionnaire_is_a_step(email)
    return Evidence(
        confirmation_at=signals.first.get("confirmation"),
        news_at=min(news) if news else None,
        process_at=min(process) if process else None,
        references=_references(hits),
        reference_at=hits["APPLICATION_REFERENCE"][0].start() if hits.get("APPLICATION_REFERENCE") else None,
        our_process_references=sum(
            bool(_OURS_BEFORE.search(found.string, max(0, found.start() - _OURS_REACH), found.start()))
            for found in hits.get("APPLICATION_REFERENCE", ())
        ),
        alert_hits=len({match.group(0) for match in alert_matches}) + (2 if listing_at >= 0 else 0),
        alert_at=min(
            [m.start() for m in alert_matches[:1]] + ([listing_at] if listing_at >= 0 else []), default=None
        ),
        outreach_hits=len({match.group(0) for match in hits.get("OUTREACH", ())}),
        outreach_at=hits["OUTREACH"][0].start() if hits.get("OUTREACH") else None,
        asks_for_a_call=bool(hits.get("INTERVIEW")) and bool(_A_CALL.search(hits["INTERVIEW"][0].group(0))),
        outreach_for_client=any("client" in match.group(0) for match in hits.get("OUTREACH", ())),
        cold_contact=any(_COLD_CONTACT.search(match.group(0)) for match in hits.get("OUTREACH", ())),
        reminder=bool(hits.get("REMINDER") or subject_hits.get("REMINDER")),
        reminder_first=bool(subject_hits.get("REMINDER")) or _before(hits.get("REMINDER"), alert_matches),
        reminder_before_receipt=bool(subject_hits.get("REMINDER"))
        or _before(hits.get("REMINDER"), hits.get("CONFIRMATION", [])),
        account=bool(hits.get("ACCOUNT") or subject_hits.get("ACCOUNT")),
        account_first=bool(subject_hits.get("ACCOUNT"))
        or (
            _before(hits.get("ACCOUNT"), alert_matches)
            # A step set before the account's word is what its login or passcode serves: a video call's
            # "Passcode:", a test platform's "Password:" under the invitation, no portal's own mail.
            and not (process and min(process) < hits["ACCOUNT"][0].start())
        ),
        survey=surveyed,
        survey_first=surveyed
        and (
            bool(subject_hits.get("SURVEY"))
            or _before(hits.get("SURVEY"), [m for c in _PROCESS_PHRASES for m in hits.get(c, ())])
        ),
        marketing=bool(hits.get("MARKETING") or subject_hits.get("MARKETING"))
        or bool(_NEWSLETTER_SENDER.search(email.sender.local)),
        marketing_hits=len(marketing_words),
        selling=any(_SELLING.search(word) for word in marketing_words),
        job_context=has_job_context(email, no_job_in_mail, no_job_sender)
        or (not (no_job_in_mail or no_job_sender) and turned_down_after_the_talk(email, status.status)),
        names_no_job=no_job_in_mail or no_job_sender,
        subject_application=bool(phrases.SUBJECT_APPLICATION.search(subject)),
        subject_alert=bool(phrases.SUBJECT_ALERT.search(subject)),
        subject_news=bool(subject_signals.first) or status.from_subject,
        subject_confirms=any(
            category in subject_signals.first for category in ("confirmation", *_NEWS_CATEGORIES)
        ),
        alert_sender=bool(_ALERT_SENDER.search(email.sender.local))
        or (platforms.is_job_board(email.sender) and bool(_ALERT_SENDER.search(email.sender.name))),
        not_hiring_interview=bool(hits.get(_NOT_HIRING) or subject_hits.get(_NOT_HIRING)),
        reader_hires=written_to_the_one_hiring(email),
        # An ATS's mail is an employer's process whatever it says; a job board's may be its own figures.
        no_hiring_process=(
            bool(hits.get(_NO_HIRING_PROCESS) or subject_hits.get(_NO_HIRING_PROCESS))
            # A board's figures about the reader's profile outweigh a step it promises or an application
            # it names; without those, such mail is "other" by its job words (kind_without_news.py).
            or (
                bool(hits.get(_PROFILE_FIGURES) or subject_hits.get(_PROFILE_FIGURES))
                and bool(
                    news or process or "confirmation" in signals.first or hits.get("APPLICATION_REFERENCE")
                )
            )
        )
        and not (platforms.platform_of(email.sender) and not platforms.is_job_board(email.sender)),
        advice_hits=len(
            {m.group(0) for m in (*hits.get(_JOB_ADVICE, ()), *subject_hits.get(_JOB_ADVICE, ()))}
        ),
        job_tip=bool(hits.get(_JOB_TIP) or subject_hits.get(_JOB_TIP)),
        applicant_voice_at=hits[_APPLICANT_VOICE][0].start() if hits.get(_APPLICANT_VOICE) else None,
    )


# The writer's own ("our", in the seven languages), and at most one word, before an application's mention.
_OURS_BEFORE = re.compile(
    r"\b(?:our|unser(?:e[mnrs]?)?|notre|nos|nuestros?|nuestras?|onze|ons|nosso|nossa|nossos|nostro|nostra|"
    r"nostri)\s+(?:[\w-]+\s+)?$"
)
_OURS_REACH = 30
_A_CALL = re.compile(
    r"\b(?:call|chat|phone|telefonat|anruf|appel|échange|llamada|charla|telefoongesprek|belletje|chiamata|telefonema)\b"
)
# What a search finds of the reader, and a recruiter introducing themselves, in the outreach phrases.
_COLD_CONTACT = re.compile(
    r"profil|perfil|profiel|background|resume|\bcv\b|linkedin|github|lebenslauf|curriculum|currículo|"
    # The reader's career the writer noticed: "your track record", "ton parcours", "jouw loopbaan".
    r"track record|werdegang|parcours|trayectoria|percorso|percurso|trajetória|loopbaan|"
    r"\bi (?:lead|run|head|manage|handle)\b|\b(?:i am|i'm|i work as) an?\b|\bmy name is\b"
)
# Marketing that sells: a discount, a course, coaching, a paid plan.
_SELLING = re.compile(
    r"% off|discount|promo|coupon|course|coach|bootcamp|masterclass|free trial|premium|enrol|save \$|"
    r"descuento|curso|desconto|sconto|corso|réduction|formation|rabatt|kurs|korting|cursus"
)


def _references(hits: dict[str, list[re.Match[str]]]) -> int:
    """How many mentions of an application the body makes, outside advice to job seekers at large (a
    careers service's "faire relire votre candidature" names nobody's)."""
    references = hits.get("APPLICATION_REFERENCE", ())
    advice = hits.get(_JOB_ADVICE)
    if not advice:
        return len(references)
    return sum(not any(tip.start() <= found.start() < tip.end() for tip in advice) for found in references)


# A recruiter filling a client's role, in the seven languages: "for one of our clients", "pour l'un de nos
# clients", "für einen mittelständischen Kunden", "para un cliente", "voor een opdrachtgever", "num cliente
# nosso", "per un'azienda cliente".
_FOR_A_CLIENT = re.compile(
    r"\b(?:for|with|on behalf of) (?:a|an|one of (?:our|my)) (?:[\w-]+ ){0,3}?clients?\b|"
    r"\bpour (?:l'un de nos|un de nos|un|une|notre) (?:[\w-]+ ){0,2}?clients?\b|"
    r"\bfür (?:einen|unseren|einen unserer) (?:[\w-]+ ){0,2}?kunden\b|"
    r"\bpara (?:un|una|uno de nuestros|nuestro) (?:[\w-]+ ){0,2}?clientes?\b|"
    r"\b(?:voor|bij) (?:een|één van onze|een van onze|onze) (?:[\w-]+ ){0,2}?(?:klant|opdrachtgever)s?\b|"
    r"\b(?:para|num|n?um) (?:um )?cliente(?: nosso)?\b|"
    r"\bper (?:un|una|un'|uno dei nostri|un nostro) ?(?:[\w-]+ ){0,2}?client[ei]\b|\bazienda cliente\b"
)


def recruits_for_a_client(email: PreparedEmail) -> bool:
    """True when the writer recruits for a client of theirs: an agency's role, not the writer's own."""
    return bool(_FOR_A_CLIENT.search(email.body_lower))


def _listing_at(cards_at: int, email: PreparedEmail) -> int:
    """Where the body's listing of jobs starts: its cards' first mark, or its list of postings a line each
    (posting_lists.py), whichever comes first; -1 when it lists none."""
    listed_at = listing_start(email.body)
    found = [at for at in (cards_at, listed_at) if at >= 0]
    return min(found) if found else -1


def _before(matches: list | None, others: list) -> bool:
    """True when `matches` has one and it comes before the first of `others` (or there are none)."""
    if not matches:
        return False
    return not others or matches[0].start() < others[0].start()


def _card_marks(body: str) -> int:
    """The card marks (" · ") of the body's lines, a sender's postal or register lines left out: a
    newsletter's or a shop's footer is no listing of jobs."""
    if " · " not in body:
        return 0
    return sum(
        line.count(" · ") for line in body.split("\n") if " · " in line and not _POSTAL_LINE.search(line)
    )
