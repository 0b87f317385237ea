"""The employer's reply to the reader's own withdrawal: the application is withdrawn.

The reader writes that they withdraw ("I'd like to withdraw my application", "ik wil mijn sollicitatie
intrekken", "desisto da minha candidatura") and the employer answers above the quote with no news of its
own: "Thanks for telling us, and good luck in the new post", "Helemaal goed, bedankt voor het laten
weten", "Obrigado pelo aviso". The answer often names neither the withdrawal nor the post (a kind
word and good luck), so the quote says what the answer is about. The new part decides where it states
news of its own (a counter-offer, a rejection): only an answer stating none takes the quote's withdrawal.
A step the answer names with no time set is the one the reader withdrew after ("the team enjoyed your
interview", "Nous avons apprécié votre entretien"): the quote's withdrawal is still the news. So are a
rejection's words that only close the file the reader withdrew or wish them well ("wir haben Ihre Bewerbung
aus dem Verfahren genommen", "alles Gute für Ihren weiteren Weg", "hemos cerrado tu candidatura"): a
rejection is the answer's own news only where it tells of another candidate chosen or the post filled.
"""

from __future__ import annotations

import re

from tracker.extraction.addressed_hires import subject_names_a_post
from tracker.extraction.kind_reading import KindReading
from tracker.extraction.phrases.rejection_shape import another_chosen_or_post_filled
from tracker.extraction.platforms import domain_employer
from tracker.extraction.quote_writers import unquoted, written_by_the_replier
from tracker.extraction.quoted_applications import quoted_writer
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.status_sentences import sentence_bounds
from tracker.extraction.text import PreparedEmail, lowercase
from tracker.models import Kind, Status

# The reader withdrawing in the first person, per language (bounded gaps, one sentence).
_READER_WITHDRAWS = re.compile(
    r"\bi(?:'d|'m|'ve)?(?: \w+){0,4} withdraw(?:ing)? (?:my|myself)\b|"
    r"\bi(?:'d|'m|'ve)?(?: \w+){0,4} withdraw(?:ing)? from (?:the|your|this) (?:\w+ ){0,2}?"
    r"(?:process|recruitment|selection|consideration)\b|"
    r"\btrek (?:ik )?(?:\w+ ){0,2}?(?:me|mij|mijn (?:sollicitatie|kandidatuur))\b|"
    # The post named between: "mijn kandidatuur voor de functie van planner graag intrekken".
    r"\bmijn (?:sollicitatie|kandidatuur) (?:[\w-]+ ){0,8}?(?:in te trekken|intrekken)\b|"
    r"\b(?:me|mij) terug te trekken\b|"
    r"\b(?:me|mij) (?:\w+ ){0,2}?terugtrekken\b|"
    r"\b(?:desistir|retirar|desisto)(?: d[ae])? (?:a )?minha candidatura\b|"
    r"\bdesist(?:ir|o) do (?:processo|procedimento|concurso)\b|"
    # The withdrawal told as the reader's own noun: "comunicar a minha desistência", "mi renuncia al proceso",
    # "mon désistement", "la mia rinuncia alla selezione", "my withdrawal from the process".
    r"\bminha desistência\b|\bmi (?:renuncia|desistimiento) (?:al|del|a la) (?:proceso|puesto|plaza|"
    r"candidatura|convocatoria)\b|\bmon désistement\b|\bla mia rinuncia\b|\bmy withdrawal from\b|"
    r"\b(?:retirar|retiro|desistir de|desisto de|renunciar a|renuncio a) mi (?:candidatura|postulación|"
    r"solicitud)\b|\b(?:retirarme|me retiro) del proceso\b|"
    r"\b(?:retirer|retire)(?: \w+){0,2} ma candidature\b|\bme retirer du processus\b|"
    r"\b(?:je me|me) désist(?:e|er)\b|"
    r"\bmeine bewerbung (?:\w+ ){0,3}?zurück(?:zu)?ziehen\b|\bziehe (?:ich )?(?:\w+ ){0,2}?meine bewerbung\b|"
    r"\b(?:ritirare|ritiro) la mia candidatura\b|\britirarmi dal(?:la)? (?:processo|selezione)\b|"
    # The reader declining to go on, in the first person: "je préfère ne pas donner suite à la mission",
    # "I've decided not to pursue the role", "prefiero no seguir con el proceso".
    r"\bi(?:'ve| have)? decided not to (?:pursue|proceed|go ahead|continue)\b|"
    r"\bi(?:'d| would) (?:rather|prefer) not to (?:pursue|proceed|go ahead|continue)\b|"
    r"\bje (?:préfère|préférerais|souhaite|vais|dois) ne pas donner suite\b|"
    r"\bj'ai décidé de ne pas donner suite\b|"
    r"\b(?:he decidido|prefiero|preferiría) no (?:seguir|continuar)(?: adelante)? (?:con|en) el proceso\b|"
    r"\b(?:decidi|prefiro|preferia) não (?:seguir|continuar|avançar) (?:com|no) (?:o )?processo\b|"
    r"\b(?:ho deciso di|preferisco|preferirei) non (?:proseguire|continuare|andare avanti)\b|"
    r"\bich (?:habe mich (?:\w+ ){0,2}?entschieden|möchte|werde),? (?:\w+ ){0,4}?nicht weiter (?:zu )?"
    r"(?:verfolgen|teilzunehmen|teilnehmen)\b|"
    r"\bik (?:heb (?:\w+ ){0,2}?besloten|kies ervoor) (?:om )?(?:\w+ ){0,3}?niet verder te gaan\b"
)
# How far into the quote the reader's own mail is read: the one answered, not the thread below it.
_QUOTE_READ = 1500
_STRENGTH = 0.6
_REASON = "the employer answers the reader's own withdrawal"
# Steps an answer names only as what went before the withdrawal, unless it sets a time for one.
_PAST_STEPS = frozenset({Status.INTERVIEW, Status.ASSESSMENT})
_YIELDING = frozenset({None, Status.APPLIED}) | _PAST_STEPS


def quotes_the_readers_withdrawal(email: PreparedEmail) -> bool:
    """True when `email` answers, from an organisation's mailbox, a quoted mail withdrawing in the first
    person: the reader's own (an employer withdraws no application of its own). A small employer writing
    from a personal mailbox answers it too, where the quote's header names another writer than the replier
    and the subject names the post ("Re: Bench Joiner": "Thanks for telling me so early" from the owner's
    free mail over the reader's own mail)."""
    if not email.answers_a_mail or not email.quoted:
        return False
    if domain_employer(email.sender) is None and not _quoted_from_another(email):
        return False
    if email.body_hits.get("APPLICANT_VOICE"):
        return False  # the reader's own mail over their earlier one
    quote = " ".join(unquoted(line).strip() for line in email.quoted[:_QUOTE_READ].split("\n"))
    return _READER_WITHDRAWS.search(lowercase(quote).replace("\u2019", "'")) is not None


def _quoted_from_another(email: PreparedEmail) -> bool:
    """True when the quote's header gives a writer's address that is not the replier's, under a subject
    naming the post (a friend told of it answers "Re: news")."""
    writer = quoted_writer(email)
    return (
        writer is not None
        and not written_by_the_replier(f"<{writer.address}>", email.sender)
        and subject_names_a_post(email)
    )


def with_acknowledged_withdrawal(
    kind: KindReading, status: StatusReading, email: PreparedEmail
) -> tuple[KindReading, StatusReading]:
    """Withdrawn, and an application's mail, where the employer answers the reader's withdrawal stating no
    news of its own; any other reading stands."""
    if kind.kind is Kind.JOB_ALERT:
        return kind, status
    if status.status in _PAST_STEPS and email.body_hits.get("TIME_SHAPE"):
        return kind, status  # a meeting proposed at an hour: the employer asks the reader to stay
    if not quotes_the_readers_withdrawal(email):
        return kind, status  # most mail: no quote, or none withdrawing (asked before the sentences)
    if status.status not in _YIELDING and not _closing_the_withdrawn_file(status, email):
        return kind, status
    if kind.kind is not Kind.APPLICATION:
        kind = KindReading(Kind.APPLICATION, _STRENGTH, _REASON)
    return kind, StatusReading(
        Status.WITHDRAWN, _STRENGTH, False, status.signals, subject_signals=status.subject_signals
    )


def _closing_the_withdrawn_file(status: StatusReading, email: PreparedEmail) -> bool:
    """True when the answer's rejection tells of no other candidate chosen and no post filled in any of its
    rejection's sentences: its words close the file the reader withdrew or wish them well."""
    if status.status is not Status.REJECTED:
        return False
    text = email.body_lower
    told = [*email.body_hits.get("REJECTION", ()), *email.body_hits.get("REJECTION_SHAPE", ())]
    return not any(
        another_chosen_or_post_filled(text[slice(*sentence_bounds(text, match.start(), match.end()))])
        for match in told
    )
